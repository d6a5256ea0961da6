/* The claims JSON of DESIGN.md, one document object. Numbers go through
 * bayan__fmt_double so the locale never changes them. */
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "extract/claims.h"

static void put_str(bayan__buf *b, const char *s)
{
    if (!s) {
        bayan__buf_puts(b, "null");
        return;
    }
    bayan__buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': bayan__buf_puts(b, "\\\""); break;
        case '\\': bayan__buf_puts(b, "\\\\"); break;
        case '\n': bayan__buf_puts(b, "\\n"); break;
        case '\r': bayan__buf_puts(b, "\\r"); break;
        case '\t': bayan__buf_puts(b, "\\t"); break;
        default:
            if (*p < 0x20)
                bayan__buf_printf(b, "\\u%04x", (unsigned)*p);
            else
                bayan__buf_putc(b, (char)*p);
        }
    }
    bayan__buf_putc(b, '"');
}

static void put_num(bayan__buf *b, int present, double v)
{
    char tmp[64];
    if (!present) {
        bayan__buf_puts(b, "null");
        return;
    }
    bayan__fmt_double(tmp, sizeof tmp, v, 6);
    bayan__buf_puts(b, tmp);
}

static const char *qual_name(bayan_qualifier q)
{
    switch (q) {
    case BAYAN_Q_NONE: return NULL;
    case BAYAN_Q_APPROX: return "approx";
    case BAYAN_Q_MORE_THAN: return "more_than";
    case BAYAN_Q_LESS_THAN: return "less_than";
    case BAYAN_Q_UP_TO: return "up_to";
    case BAYAN_Q_AT_LEAST: return "at_least";
    case BAYAN_Q_RANGE: return "range";
    }
    return NULL;
}

static const char *kind_name(bayan_group_kind k)
{
    switch (k) {
    case BAYAN_GROUP_SERIES: return "series";
    case BAYAN_GROUP_COMPARISON: return "comparison";
    case BAYAN_GROUP_SINGLE: return "single";
    }
    return "single";
}

void bayan__claim_json_fields(bayan__buf *b_, const bayan_claim *c)
{
        bayan__buf_puts(b_, "\"id\": ");
        put_str(b_, c->id);
        bayan__buf_puts(b_, ", \"text\": ");
        put_str(b_, c->text);
        bayan__buf_printf(b_, ", \"start\": %zu, \"end\": %zu, \"value\": ", c->start, c->end);
        put_num(b_, c->has_value && !c->has_range, c->value);
        bayan__buf_puts(b_, ", \"low\": ");
        put_num(b_, c->has_range, c->low);
        bayan__buf_puts(b_, ", \"high\": ");
        put_num(b_, c->has_range, c->high);
        bayan__buf_puts(b_, ", \"unit\": ");
        put_str(b_, c->unit);
        bayan__buf_puts(b_, ", \"currency\": ");
        put_str(b_, c->currency);
        bayan__buf_puts(b_, ", \"qualifier\": ");
        put_str(b_, qual_name(c->qualifier));
        bayan__buf_puts(b_, ", \"label\": ");
        put_str(b_, c->label);
        bayan__buf_puts(b_, ", \"subject\": ");
        put_str(b_, c->subject);
        bayan__buf_puts(b_, ", \"time\": ");
        put_str(b_, c->time);
        bayan__buf_puts(b_, ", \"source\": ");
        put_str(b_, c->source);
        bayan__buf_puts(b_, ", \"group\": ");
        put_str(b_, c->group);
}

bayan_status bayan_doc_claims_json(const bayan_doc *doc, char **json)
{
    bayan__buf b = BAYAN__BUF_INIT;
    if (!json)
        return BAYAN_EINVAL;
    *json = NULL;
    if (!doc)
        return BAYAN_EINVAL;
    bayan__buf_puts(&b, "{\"path\": ");
    put_str(&b, doc->path ? doc->path : "-");
    bayan__buf_puts(&b, ", \"language\": ");
    put_str(&b, doc->lang == BAYAN_LANG_EN ? "en" : "ar");
    bayan__buf_puts(&b, ",\n  \"claims\": [");
    for (size_t i = 0; i < doc->n_claims; i++) {
        const bayan_claim *c = &doc->claims[i];
        bayan__buf_puts(&b, i ? ",\n    {" : "\n    {");
        bayan__claim_json_fields(&b, c);
        bayan__buf_putc(&b, '}');
    }
    bayan__buf_puts(&b, doc->n_claims ? "],\n  \"groups\": [" : "],\n  \"groups\": [");
    for (size_t i = 0; i < doc->n_groups; i++) {
        const bayan_group *g = &doc->groups[i];
        bayan__buf_puts(&b, i ? ",\n    {" : "\n    {");
        bayan__buf_puts(&b, "\"id\": ");
        put_str(&b, g->id);
        bayan__buf_puts(&b, ", \"kind\": ");
        put_str(&b, kind_name(g->kind));
        bayan__buf_puts(&b, ", \"title\": ");
        put_str(&b, g->title);
        bayan__buf_puts(&b, ", \"unit\": ");
        put_str(&b, g->unit);
        bayan__buf_puts(&b, ", \"currency\": ");
        put_str(&b, g->currency);
        bayan__buf_puts(&b, ", \"members\": [");
        for (size_t k = 0; k < g->n_members; k++) {
            if (k)
                bayan__buf_puts(&b, ", ");
            put_str(&b, g->members[k] < doc->n_claims ? doc->claims[g->members[k]].id : NULL);
        }
        bayan__buf_puts(&b, "], \"ratio\": ");
        put_str(&b, g->ratio >= 0 && (size_t)g->ratio < doc->n_claims ? doc->claims[g->ratio].id : NULL);
        bayan__buf_putc(&b, '}');
    }
    bayan__buf_puts(&b, "]}");
    if (b.failed) {
        bayan__buf_free(&b);
        return BAYAN_ENOMEM;
    }
    *json = bayan__buf_detach(&b, NULL);
    return *json ? BAYAN_OK : BAYAN_ENOMEM;
}

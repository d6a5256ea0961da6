/* Parsing and validating chart specs (bayan.chart/1).
 *
 * jansson checks the JSON and gives the values; it does not say where each
 * key or value stands in the text, and a spec error must point at the key or
 * value that is wrong. So validation walks the text itself, key by key, with
 * a small scanner that only has to skip JSON jansson already accepted, and
 * looks each value up in jansson's tree. */
#define _GNU_SOURCE
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "render/render_int.h"

typedef struct parser {
    const char *s;
    size_t n;
    const char *path;
    bayan_diag *diag;
    bayan_status rc; /* first failure */
} parser;

/* ---- positions ---- */

static void pos_of(const char *s, size_t n, size_t off, unsigned *line, unsigned *col)
{
    unsigned l = 1, c = 1;
    if (off > n)
        off = n;
    for (size_t i = 0; i < off; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static int fail(parser *p, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(parser *p, size_t off, const char *fmt, ...)
{
    if (p->rc != BAYAN_OK)
        return -1;
    p->rc = BAYAN_ESPEC;
    if (p->diag) {
        va_list ap;
        va_start(ap, fmt);
        p->diag->status = BAYAN_ESPEC;
        p->diag->offset = off;
        pos_of(p->s, p->n, off, &p->diag->line, &p->diag->column);
        vsnprintf(p->diag->message, sizeof p->diag->message, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static int nomem(parser *p)
{
    if (p->rc == BAYAN_OK) {
        p->rc = BAYAN_ENOMEM;
        if (p->diag) {
            p->diag->status = BAYAN_ENOMEM;
            snprintf(p->diag->message, sizeof p->diag->message, "out of memory");
        }
    }
    return -1;
}

/* ---- a scanner over JSON that jansson has accepted ---- */

static size_t skip_ws(const parser *p, size_t i)
{
    while (i < p->n && (p->s[i] == ' ' || p->s[i] == '\t' || p->s[i] == '\n' || p->s[i] == '\r'))
        i++;
    return i;
}

static size_t skip_string(const parser *p, size_t i)
{
    i++; /* opening quote */
    while (i < p->n && p->s[i] != '"') {
        if (p->s[i] == '\\')
            i++;
        i++;
    }
    return i < p->n ? i + 1 : p->n;
}

static size_t skip_value(const parser *p, size_t i)
{
    i = skip_ws(p, i);
    if (i >= p->n)
        return i;
    char c = p->s[i];
    if (c == '"')
        return skip_string(p, i);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (i < p->n) {
            c = p->s[i];
            if (c == '"') {
                i = skip_string(p, i);
                continue;
            }
            if (c == '{' || c == '[')
                depth++;
            else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            i++;
        }
        return i;
    }
    while (i < p->n && p->s[i] != ',' && p->s[i] != '}' && p->s[i] != ']' && p->s[i] != ' ' &&
           p->s[i] != '\n' && p->s[i] != '\r' && p->s[i] != '\t')
        i++;
    return i;
}

/* Decodes the JSON string at i into out (ASCII escapes and \uXXXX). */
static void decode_key(const parser *p, size_t i, char *out, size_t size)
{
    size_t k = 0;
    i++;
    while (i < p->n && p->s[i] != '"' && k + 5 < size) {
        char c = p->s[i];
        if (c == '\\' && i + 1 < p->n) {
            char e = p->s[i + 1];
            i += 2;
            if (e == 'u' && i + 4 <= p->n) {
                unsigned cp = 0;
                for (int j = 0; j < 4; j++) {
                    char h = p->s[i + (size_t)j];
                    cp = cp * 16 + (unsigned)(h >= 'a' ? h - 'a' + 10 : h >= 'A' ? h - 'A' + 10 : h - '0');
                }
                i += 4;
                if (cp < 0x80) {
                    out[k++] = (char)cp;
                } else if (cp < 0x800) {
                    out[k++] = (char)(0xC0 | (cp >> 6));
                    out[k++] = (char)(0x80 | (cp & 0x3F));
                } else {
                    out[k++] = (char)(0xE0 | (cp >> 12));
                    out[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    out[k++] = (char)(0x80 | (cp & 0x3F));
                }
            } else {
                out[k++] = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
            }
            continue;
        }
        out[k++] = c;
        i++;
    }
    out[k] = '\0';
}

typedef int (*key_fn)(parser *p, json_t *obj, const char *key, size_t keyoff, size_t valoff, void *ud);
typedef int (*elem_fn)(parser *p, json_t *arr, size_t index, size_t valoff, void *ud);

/* Calls fn for each key of the object whose '{' is at off, in text order. */
static int walk_object(parser *p, json_t *obj, size_t off, key_fn fn, void *ud)
{
    size_t i = skip_ws(p, off);
    if (i >= p->n || p->s[i] != '{')
        return fail(p, i, "expected an object");
    i = skip_ws(p, i + 1);
    while (i < p->n && p->s[i] != '}') {
        char key[128];
        size_t keyoff = i;
        decode_key(p, i, key, sizeof key);
        i = skip_ws(p, skip_string(p, i));
        i = skip_ws(p, i + 1); /* ':' */
        if (fn(p, obj, key, keyoff, i, ud) < 0)
            return -1;
        i = skip_ws(p, skip_value(p, i));
        if (i < p->n && p->s[i] == ',')
            i = skip_ws(p, i + 1);
    }
    return 0;
}

static int walk_array(parser *p, json_t *arr, size_t off, elem_fn fn, void *ud)
{
    size_t i = skip_ws(p, off);
    size_t idx = 0;
    i = skip_ws(p, i + 1);
    while (i < p->n && p->s[i] != ']') {
        if (fn(p, arr, idx++, i, ud) < 0)
            return -1;
        i = skip_ws(p, skip_value(p, i));
        if (i < p->n && p->s[i] == ',')
            i = skip_ws(p, i + 1);
    }
    return 0;
}

/* ---- values ---- */

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

/* A string value, copied; null leaves *out NULL. Empty strings are kept. */
static int get_string(parser *p, json_t *v, const char *key, size_t off, size_t maxlen, char **out)
{
    if (json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return fail(p, off, "\"%s\" must be a string, not %s", key, type_name(v));
    size_t len = json_string_length(v);
    if (len > maxlen)
        return fail(p, off, "\"%s\" is too long (%zu bytes, limit %zu)", key, len, maxlen);
    if (memchr(json_string_value(v), '\0', len))
        return fail(p, off, "\"%s\" contains a NUL character", key);
    free(*out);
    *out = strdup(json_string_value(v));
    if (!*out)
        return nomem(p);
    return 0;
}

static int get_number(parser *p, json_t *v, const char *key, size_t off, double *out)
{
    if (!json_is_number(v)) {
        if (json_is_string(v))
            return fail(p, off, "\"%s\" must be a number, not a string (write 39, not \"39\")", key);
        return fail(p, off, "\"%s\" must be a number, not %s", key, type_name(v));
    }
    double d = json_number_value(v);
    if (!isfinite(d))
        return fail(p, off, "\"%s\" is not a finite number", key);
    if (fabs(d) > BAYAN__MAX_ABS)
        return fail(p, off, "\"%s\" is too large (limit 1e15 in magnitude)", key);
    *out = d;
    return 0;
}

static int get_enum(parser *p, json_t *v, const char *key, size_t off, const char *const *names, int *out)
{
    if (!json_is_string(v))
        return fail(p, off, "\"%s\" must be a string, not %s", key, type_name(v));
    const char *s = json_string_value(v);
    for (int i = 0; names[i]; i++) {
        if (!strcmp(s, names[i])) {
            *out = i;
            return 0;
        }
    }
    char list[256] = "";
    size_t k = 0;
    for (int i = 0; names[i] && k < sizeof list - 40; i++)
        k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", i ? ", " : "", names[i]);
    return fail(p, off, "\"%s\" must be one of %s; \"%.60s\" is not known", key, list, s);
}

static int get_int(parser *p, json_t *v, const char *key, size_t off, int lo, int hi, int *out)
{
    if (!json_is_integer(v)) {
        if (json_is_real(v) && floor(json_real_value(v)) == json_real_value(v) && isfinite(json_real_value(v)))
            ; /* 800.0 is fine */
        else
            return fail(p, off, "\"%s\" must be a whole number, not %s", key,
                        json_is_real(v) ? "a fraction" : type_name(v));
    }
    double d = json_number_value(v);
    if (d < lo || d > hi)
        return fail(p, off, "\"%s\" must be between %d and %d", key, lo, hi);
    *out = (int)d;
    return 0;
}

static const char *const type_names[] = {"bar", "column", "comparison", "waffle", "donut", "range",
                                         "stat", "infographic", NULL};
static const char *const qual_names[] = {"none", "approx", "more_than", "less_than", "up_to",
                                         "at_least", "range", NULL};

static int get_qualifier(parser *p, json_t *v, const char *key, size_t off, bayan__qualifier *out)
{
    int q = 0;
    if (json_is_null(v)) {
        *out = BAYAN__Q_NONE;
        return 0;
    }
    if (get_enum(p, v, key, off, qual_names, &q) < 0)
        return -1;
    *out = (bayan__qualifier)q;
    return 0;
}

/* ---- the chart object ---- */

typedef struct obj_ctx {
    bayan_chart *c;
    int top;       /* the document's root (schema required) */
    size_t off;    /* the object's '{' */
    int seen_type, seen_data, seen_schema, seen_panels;
    size_t data_off, ratio_off, panels_off;
} obj_ctx;

typedef struct datum_ctx {
    bayan__datum *d;
    size_t value_off, low_off, high_off, off;
    int seen_low, seen_high;
} datum_ctx;

static int datum_key(parser *p, json_t *obj, const char *key, size_t keyoff, size_t valoff, void *ud)
{
    datum_ctx *x = ud;
    bayan__datum *d = x->d;
    json_t *v = json_object_get(obj, key);
    if (!strcmp(key, "label"))
        return get_string(p, v, key, valoff, 1000, &d->label);
    if (!strcmp(key, "note"))
        return get_string(p, v, key, valoff, 1000, &d->note);
    if (!strcmp(key, "qualifier"))
        return get_qualifier(p, v, key, valoff, &d->qualifier);
    if (!strcmp(key, "value") || !strcmp(key, "low") || !strcmp(key, "high")) {
        if (json_is_null(v))
            return 0;
        double num = 0;
        if (get_number(p, v, key, valoff, &num) < 0)
            return -1;
        if (key[0] == 'v') {
            d->value = num;
            d->has_value = 1;
            x->value_off = valoff;
        } else if (key[0] == 'l') {
            d->low = num;
            x->seen_low = 1;
            x->low_off = valoff;
        } else {
            d->high = num;
            x->seen_high = 1;
            x->high_off = valoff;
        }
        return 0;
    }
    return fail(p, keyoff, "unknown key \"%.60s\" in a data item (expected label, value, qualifier, low, high, note)", key);
}

static int parse_chart_at(parser *p, json_t *root, size_t off, int top, bayan_chart **out);

typedef struct data_ctx {
    bayan_chart *c;
    size_t *value_offs; /* per datum: offset of its value (or the item) */
    size_t *item_offs;  /* per datum: offset of its '{' */
} data_ctx;

static int data_elem(parser *p, json_t *arr, size_t index, size_t valoff, void *ud)
{
    data_ctx *x = ud;
    json_t *v = json_array_get(arr, index);
    if (!json_is_object(v))
        return fail(p, valoff, "a data item must be an object like {\"label\": ..., \"value\": ...}, not %s",
                    type_name(v));
    datum_ctx dx = {0};
    dx.d = &x->c->data[index];
    dx.off = valoff;
    dx.value_off = valoff;
    if (walk_object(p, v, valoff, datum_key, &dx) < 0)
        return -1;
    bayan__datum *d = dx.d;
    if (dx.seen_low != dx.seen_high)
        return fail(p, dx.seen_low ? dx.low_off : dx.high_off,
                    "a range needs both \"low\" and \"high\"");
    if (dx.seen_low) {
        if (d->low > d->high)
            return fail(p, dx.high_off, "\"high\" is below \"low\"");
        d->has_range = 1;
        if (!d->has_value)
            dx.value_off = dx.low_off;
    }
    if (!d->has_value && !d->has_range)
        return fail(p, valoff, "a data item needs a \"value\" (or \"low\" and \"high\")");
    x->value_offs[index] = dx.value_off;
    x->item_offs[index] = valoff;
    return 0;
}

static int panel_elem(parser *p, json_t *arr, size_t index, size_t valoff, void *ud)
{
    bayan_chart *c = ud;
    json_t *v = json_array_get(arr, index);
    if (!json_is_object(v))
        return fail(p, valoff, "a panel must be a chart object, not %s", type_name(v));
    c->npanels = index + 1; /* owned (and freed) even when it fails */
    if (parse_chart_at(p, v, valoff, 0, &c->panels[index]) < 0)
        return -1;
    if (c->panels[index]->type == BAYAN__CT_INFOGRAPHIC)
        return fail(p, valoff, "an infographic cannot be a panel of another");
    return 0;
}

static int ratio_key(parser *p, json_t *obj, const char *key, size_t keyoff, size_t valoff, void *ud)
{
    bayan_chart *c = ud;
    json_t *v = json_object_get(obj, key);
    if (!strcmp(key, "value")) {
        if (get_number(p, v, key, valoff, &c->ratio) < 0)
            return -1;
        if (c->ratio <= 0)
            return fail(p, valoff, "a ratio must be positive");
        c->has_ratio = 1;
        return 0;
    }
    if (!strcmp(key, "qualifier"))
        return get_qualifier(p, v, key, valoff, &c->ratio_qualifier);
    return fail(p, keyoff, "unknown key \"%.60s\" in \"ratio\" (expected value, qualifier)", key);
}

static int chart_key(parser *p, json_t *obj, const char *key, size_t keyoff, size_t valoff, void *ud)
{
    obj_ctx *x = ud;
    bayan_chart *c = x->c;
    json_t *v = json_object_get(obj, key);
    int e = 0;
    if (!strcmp(key, "schema")) {
        if (!json_is_string(v) || strcmp(json_string_value(v), "bayan.chart/1"))
            return fail(p, valoff, "\"schema\" must be \"bayan.chart/1\"");
        x->seen_schema = 1;
        return 0;
    }
    if (!strcmp(key, "type")) {
        if (get_enum(p, v, key, valoff, type_names, &e) < 0)
            return -1;
        c->type = (bayan__chart_type)e;
        x->seen_type = 1;
        return 0;
    }
    if (!strcmp(key, "title"))
        return get_string(p, v, key, valoff, 2000, &c->title);
    if (!strcmp(key, "subtitle"))
        return get_string(p, v, key, valoff, 2000, &c->subtitle);
    if (!strcmp(key, "source"))
        return get_string(p, v, key, valoff, 2000, &c->source);
    if (!strcmp(key, "unit"))
        return get_string(p, v, key, valoff, 100, &c->unit);
    if (!strcmp(key, "lang")) {
        if (get_string(p, v, key, valoff, 35, &c->lang) < 0)
            return -1;
        if (c->lang) {
            for (const char *s = c->lang; *s; s++)
                if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '-' || (*s >= '0' && *s <= '9')))
                    return fail(p, valoff, "\"lang\" must be a language tag such as \"ar\" or \"en\"");
            if (!c->lang[0])
                return fail(p, valoff, "\"lang\" must not be empty");
        }
        return 0;
    }
    if (!strcmp(key, "currency")) {
        if (get_string(p, v, key, valoff, 3, &c->currency) < 0)
            return -1;
        if (c->currency) {
            const char *s = c->currency;
            if (strlen(s) != 3 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'A' || s[2] > 'Z')
                return fail(p, valoff, "\"currency\" must be an ISO 4217 code such as \"USD\"");
        }
        return 0;
    }
    if (!strcmp(key, "direction")) {
        static const char *const names[] = {"auto", "rtl", "ltr", NULL};
        if (get_enum(p, v, key, valoff, names, &e) < 0)
            return -1;
        c->direction = (bayan__direction)e;
        return 0;
    }
    if (!strcmp(key, "digits")) {
        static const char *const names[] = {"latin", "arabic", "auto", NULL};
        static const bayan_digits map[] = {BAYAN_DIGITS_LATIN, BAYAN_DIGITS_ARABIC, BAYAN_DIGITS_AUTO};
        if (get_enum(p, v, key, valoff, names, &e) < 0)
            return -1;
        c->digits = map[e];
        return 0;
    }
    if (!strcmp(key, "theme")) {
        static const char *const names[] = {"default", "print", NULL};
        if (get_enum(p, v, key, valoff, names, &e) < 0)
            return -1;
        c->print_theme = e;
        return 0;
    }
    if (!strcmp(key, "sort")) {
        static const char *const names[] = {"value", "none", NULL};
        if (get_enum(p, v, key, valoff, names, &e) < 0)
            return -1;
        c->sort_none = e;
        return 0;
    }
    if (!strcmp(key, "width"))
        return get_int(p, v, key, valoff, BAYAN__MIN_WIDTH, BAYAN__MAX_WIDTH, &c->width);
    if (!strcmp(key, "height"))
        return get_int(p, v, key, valoff, BAYAN__MIN_HEIGHT, BAYAN__MAX_HEIGHT, &c->height);
    if (!strcmp(key, "ratio")) {
        if (json_is_null(v))
            return 0;
        if (!json_is_object(v))
            return fail(p, valoff, "\"ratio\" must be an object like {\"value\": 5, \"qualifier\": \"approx\"}");
        x->ratio_off = valoff;
        if (walk_object(p, v, valoff, ratio_key, c) < 0)
            return -1;
        if (!c->has_ratio)
            return fail(p, valoff, "\"ratio\" needs a \"value\"");
        return 0;
    }
    if (!strcmp(key, "data")) {
        if (!json_is_array(v))
            return fail(p, valoff, "\"data\" must be an array of items, not %s", type_name(v));
        x->seen_data = 1;
        x->data_off = valoff;
        return 0; /* read after the type is known */
    }
    if (!strcmp(key, "panels")) {
        if (!json_is_array(v))
            return fail(p, valoff, "\"panels\" must be an array of charts, not %s", type_name(v));
        x->seen_panels = 1;
        x->panels_off = valoff;
        return 0;
    }
    return fail(p, keyoff,
                "unknown key \"%.60s\" (expected schema, type, title, subtitle, source, lang, direction, "
                "digits, unit, currency, data, ratio, width, height, theme, sort, panels)",
                key);
}

static int check_data(parser *p, bayan_chart *c, const size_t *offs, const size_t *items, size_t data_off)
{
    size_t n = c->ndata;
    const char *tn = type_names[c->type];
    size_t lo = 1, hi = BAYAN__MAX_DATA;
    switch (c->type) {
    case BAYAN__CT_COMPARISON: lo = 2; hi = 4; break;
    case BAYAN__CT_WAFFLE: hi = 4; break;
    case BAYAN__CT_DONUT: hi = 8; break;
    case BAYAN__CT_STAT: hi = 6; break;
    case BAYAN__CT_RANGE: hi = 12; break;
    default: break;
    }
    if (n < lo)
        return fail(p, data_off, "a %s chart needs at least %zu data item%s", tn, lo, lo > 1 ? "s" : "");
    if (n > hi)
        return fail(p, items[hi], "a %s chart takes at most %zu data items", tn, hi);
    int is_percent = c->unit && !strcmp(c->unit, "percent");
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        bayan__datum *d = &c->data[i];
        int needs_label = c->type == BAYAN__CT_BAR || c->type == BAYAN__CT_COLUMN ||
                          c->type == BAYAN__CT_COMPARISON || (c->type == BAYAN__CT_RANGE && n > 1) ||
                          ((c->type == BAYAN__CT_WAFFLE || c->type == BAYAN__CT_DONUT) && n > 1);
        if (needs_label && (!d->label || !d->label[0]))
            return fail(p, items[i], "this data item needs a \"label\"");
        if (c->type == BAYAN__CT_RANGE && !d->has_range)
            return fail(p, items[i], "a range chart's items need \"low\" and \"high\"");
        int needs_value = c->type == BAYAN__CT_COMPARISON || c->type == BAYAN__CT_WAFFLE ||
                          c->type == BAYAN__CT_DONUT;
        if (needs_value && !d->has_value)
            return fail(p, items[i], "a %s chart's items need a \"value\"", tn);
        if (needs_value && d->value < 0)
            return fail(p, offs[i], "a %s chart cannot show a negative value", tn);
        if (c->type == BAYAN__CT_WAFFLE && d->value > 100)
            return fail(p, offs[i], "a waffle shows shares of 100: this value is more than 100");
        if (c->type == BAYAN__CT_WAFFLE && !is_percent && c->unit)
            return fail(p, offs[i], "a waffle chart shows percentages: \"unit\" must be \"percent\"");
        if (needs_value)
            sum += d->value;
    }
    if (c->type == BAYAN__CT_WAFFLE && sum > 100.0 + 1e-9)
        return fail(p, data_off, "the waffle's shares add up to more than 100");
    if (c->type == BAYAN__CT_DONUT && is_percent && sum > 100.0 + 1e-9)
        return fail(p, data_off, "the donut's shares add up to more than 100%%");
    if (c->type == BAYAN__CT_DONUT && sum <= 0)
        return fail(p, data_off, "a donut needs a positive total");
    if (c->type == BAYAN__CT_COMPARISON && c->data[0].value <= 0 && c->data[1].value <= 0 && !c->has_ratio)
        return fail(p, data_off, "a comparison needs positive values to compute a ratio");
    return 0;
}

static int parse_chart_at(parser *p, json_t *root, size_t off, int top, bayan_chart **out)
{
    bayan_chart *c = calloc(1, sizeof *c);
    size_t *offs = NULL;
    if (!c)
        return nomem(p);
    *out = c;
    c->print_theme = -1;
    c->sort_none = -1;
    obj_ctx x = {0};
    x.c = c;
    x.top = top;
    x.off = off;
    if (walk_object(p, root, off, chart_key, &x) < 0)
        return -1;
    if (top && !x.seen_schema)
        return fail(p, off, "missing \"schema\": \"bayan.chart/1\"");
    if (!x.seen_type)
        return fail(p, off, "missing \"type\" (bar, column, comparison, waffle, donut, range, stat or infographic)");
    if (c->type == BAYAN__CT_INFOGRAPHIC) {
        if (x.seen_data)
            return fail(p, x.data_off, "an infographic has \"panels\", not \"data\"");
        if (!x.seen_panels)
            return fail(p, off, "an infographic needs \"panels\"");
        json_t *pv = json_object_get(root, "panels");
        size_t np = json_array_size(pv);
        if (np == 0)
            return fail(p, x.panels_off, "an infographic needs at least one panel");
        if (np > BAYAN__MAX_PANELS)
            return fail(p, x.panels_off, "an infographic takes at most %d panels", BAYAN__MAX_PANELS);
        c->panels = calloc(np, sizeof *c->panels);
        if (!c->panels)
            return nomem(p);
        return walk_array(p, pv, x.panels_off, panel_elem, c);
    }
    if (x.seen_panels)
        return fail(p, x.panels_off, "only an infographic has \"panels\"");
    if (!x.seen_data)
        return fail(p, off, "missing \"data\"");
    json_t *dv = json_object_get(root, "data");
    size_t nd = json_array_size(dv);
    if (nd == 0)
        return fail(p, x.data_off, "\"data\" is empty: a chart needs at least one item");
    if (nd > BAYAN__MAX_DATA)
        return fail(p, x.data_off, "\"data\" has %zu items; the limit is %d", nd, BAYAN__MAX_DATA);
    c->data = calloc(nd, sizeof *c->data);
    offs = calloc(nd * 2, sizeof *offs);
    if (!c->data || !offs) {
        free(offs);
        return nomem(p);
    }
    c->ndata = nd;
    data_ctx dx = {c, offs, offs + nd};
    int r = walk_array(p, dv, x.data_off, data_elem, &dx);
    if (r == 0)
        r = check_data(p, c, offs, offs + nd, x.data_off);
    free(offs);
    return r;
}

void bayan_chart_free(bayan_chart *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->ndata; i++) {
        free(c->data[i].label);
        free(c->data[i].note);
    }
    free(c->data);
    for (size_t i = 0; i < c->npanels; i++)
        bayan_chart_free(c->panels[i]);
    free(c->panels);
    free(c->title);
    free(c->subtitle);
    free(c->source);
    free(c->lang);
    free(c->unit);
    free(c->currency);
    free(c);
}

bayan_status bayan_chart_parse(const char *json, size_t len, const char *path, bayan_chart **out,
                               bayan_diag *diag)
{
    parser p = {json, len, path, diag, BAYAN_OK};
    json_error_t err;
    json_t *root = NULL;
    bayan_chart *c = NULL;
    if (diag)
        bayan_diag_clear(diag);
    if (!out || (!json && len))
        return BAYAN_EINVAL;
    *out = NULL;
    root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &err);
    if (!root) {
        p.rc = BAYAN_ESPEC;
        if (diag) {
            diag->status = BAYAN_ESPEC;
            if (err.position >= 0 && (size_t)err.position <= len) {
                diag->offset = (size_t)err.position;
                pos_of(json, len, (size_t)err.position, &diag->line, &diag->column);
            }
            /* jansson points past the offending token; its own line/column
             * are the ones people expect, so prefer them when given. */
            if (err.line > 0) {
                diag->line = (unsigned)err.line;
                diag->column = err.column > 0 ? (unsigned)err.column : 1;
            }
            snprintf(diag->message, sizeof diag->message, "invalid JSON: %s", err.text);
        }
        return BAYAN_ESPEC;
    }
    if (!json_is_object(root)) {
        fail(&p, skip_ws(&p, 0), "a chart spec must be a JSON object, not %s", type_name(root));
        goto out;
    }
    if (parse_chart_at(&p, root, skip_ws(&p, 0), 1, &c) < 0)
        goto out;
    *out = c;
    c = NULL;
out:
    bayan_chart_free(c);
    json_decref(root);
    return p.rc;
}

const char *bayan_chart_title(const bayan_chart *chart)
{
    return chart ? chart->title : NULL;
}

/* The pages of a plan: charts.json (the manifest), index.html (the gallery)
 * and figures.md (snippets for a report). Each names files relatively, so a
 * document's output directory can be moved or published as it is. */
#include <string.h>

#include "plan/plan_int.h"

static const char *const ext_of[] = {"png", "svg", "pdf"};

static int has_format(const bayan_plan *p, bayan_format f) { return (p->formats >> f) & 1u; }

/* The format a page shows as a picture: PNG, else SVG; -1 when neither. */
static int picture_format(const bayan_plan *p)
{
    if (has_format(p, BAYAN_FORMAT_PNG))
        return BAYAN_FORMAT_PNG;
    if (has_format(p, BAYAN_FORMAT_SVG))
        return BAYAN_FORMAT_SVG;
    return -1;
}

static const char *qual_name(bayan_qualifier q)
{
    switch (q) {
    case BAYAN_Q_APPROX: return "approx";
    case BAYAN_Q_MORE_THAN: return "more_than";
    case BAYAN_Q_LESS_THAN: return "less_than";
    case BAYAN_Q_UP_TO: return "up_to";
    case BAYAN_Q_AT_LEAST: return "at_least";
    case BAYAN_Q_RANGE: return "range";
    default: return NULL;
    }
}

static void jkey(bayan__buf *b, const char *ind, const char *k, int first)
{
    bayan__buf_puts(b, first ? "\n" : ",\n");
    bayan__buf_puts(b, ind);
    bayan__pl_json_str(b, k);
    bayan__buf_puts(b, ": ");
}

static void jstr_or_null(bayan__buf *b, const char *s)
{
    if (s)
        bayan__pl_json_str(b, s);
    else
        bayan__buf_puts(b, "null");
}

static void files_json(const bayan_plan *p, bayan__buf *b, const char *name)
{
    bayan__buf_puts(b, "[");
    int first = 1;
    for (int f = 0; f < 3; f++) {
        if (!has_format(p, (bayan_format)f))
            continue;
        if (!first)
            bayan__buf_puts(b, ", ");
        first = 0;
        bayan__buf_putc(b, '"');
        bayan__buf_puts(b, name);
        bayan__buf_putc(b, '.');
        bayan__buf_puts(b, ext_of[f]);
        bayan__buf_putc(b, '"');
    }
    bayan__buf_puts(b, "]");
}

static void claim_json(bayan__buf *b, const bayan__pclaim *c, const char *ind)
{
    bayan__buf_puts(b, "{");
    jkey(b, ind, "id", 1);
    bayan__pl_json_str(b, c->id);
    jkey(b, ind, "text", 0);
    bayan__pl_json_str(b, c->text);
    jkey(b, ind, "start", 0);
    bayan__buf_printf(b, "%zu", c->start);
    jkey(b, ind, "end", 0);
    bayan__buf_printf(b, "%zu", c->end);
    jkey(b, ind, "value", 0);
    if (c->has_value && !c->has_range)
        bayan__pl_json_num(b, c->value, 6);
    else
        bayan__buf_puts(b, "null");
    jkey(b, ind, "low", 0);
    if (c->has_range)
        bayan__pl_json_num(b, c->low, 6);
    else
        bayan__buf_puts(b, "null");
    jkey(b, ind, "high", 0);
    if (c->has_range)
        bayan__pl_json_num(b, c->high, 6);
    else
        bayan__buf_puts(b, "null");
    jkey(b, ind, "unit", 0);
    jstr_or_null(b, c->unit);
    jkey(b, ind, "currency", 0);
    jstr_or_null(b, c->currency);
    jkey(b, ind, "qualifier", 0);
    jstr_or_null(b, qual_name(c->qualifier));
    jkey(b, ind, "label", 0);
    jstr_or_null(b, c->label);
    if (c->short_label) {
        jkey(b, ind, "shown_as", 0);
        bayan__pl_json_str(b, c->short_label);
    }
    jkey(b, ind, "subject", 0);
    jstr_or_null(b, c->subject);
    jkey(b, ind, "time", 0);
    jstr_or_null(b, c->time);
    jkey(b, ind, "source", 0);
    jstr_or_null(b, c->source);
    jkey(b, ind, "sentence", 0);
    bayan__pl_json_str(b, c->sentence);
    jkey(b, ind, "sentence_start", 0);
    bayan__buf_printf(b, "%zu", c->sentence_start);
    jkey(b, ind, "sentence_end", 0);
    bayan__buf_printf(b, "%zu", c->sentence_end);
    bayan__buf_puts(b, "\n");
    bayan__buf_append(b, ind, strlen(ind) - 2);
    bayan__buf_puts(b, "}");
}

static void check_json(bayan__buf *b, const bayan__pchart *c, const char *ind)
{
    const bayan_ratio_check *k = &c->check;
    bayan__buf_puts(b, "{");
    jkey(b, ind, "chart", 1);
    bayan__pl_json_str(b, c->name);
    jkey(b, ind, "claim", 0);
    bayan__pl_json_str(b, c->ratio_claim->id);
    jkey(b, ind, "text", 0);
    bayan__pl_json_str(b, c->ratio_claim->text);
    jkey(b, ind, "between", 0);
    bayan__buf_puts(b, "[");
    bayan__pl_json_str(b, c->claims[0].id);
    bayan__buf_puts(b, ", ");
    bayan__pl_json_str(b, c->claims[1].id);
    bayan__buf_puts(b, "]");
    jkey(b, ind, "stated", 0);
    bayan__pl_json_num(b, k->stated, 6);
    jkey(b, ind, "qualifier", 0);
    jstr_or_null(b, qual_name(k->qualifier));
    jkey(b, ind, "computed", 0);
    bayan__pl_json_num(b, k->computed, 4);
    jkey(b, ind, "tolerance", 0);
    bayan__pl_json_num(b, k->tolerance, 4);
    jkey(b, ind, "consistent", 0);
    bayan__buf_puts(b, k->consistent ? "true" : "false");
    bayan__buf_puts(b, "\n");
    bayan__buf_append(b, ind, strlen(ind) - 2);
    bayan__buf_puts(b, "}");
}

static bayan_status manifest(bayan_plan *p)
{
    bayan__buf b = BAYAN__BUF_INIT;
    bayan__buf_puts(&b, "{");
    jkey(&b, "  ", "schema", 1);
    bayan__pl_json_str(&b, "bayan.charts/1");
    jkey(&b, "  ", "source", 0);
    bayan__pl_json_str(&b, p->path);
    jkey(&b, "  ", "language", 0);
    bayan__pl_json_str(&b, p->lang == BAYAN_LANG_EN ? "en" : "ar");
    jkey(&b, "  ", "title", 0);
    bayan__pl_json_str(&b, p->title);
    jkey(&b, "  ", "charts", 0);
    bayan__buf_puts(&b, "[");
    for (size_t i = 0; i < p->n_charts; i++) {
        const bayan__pchart *c = &p->charts[i];
        const char *ind = "      ";
        bayan__buf_puts(&b, i ? ", {" : "{");
        jkey(&b, ind, "name", 1);
        bayan__pl_json_str(&b, c->name);
        jkey(&b, ind, "type", 0);
        bayan__pl_json_str(&b, c->type);
        jkey(&b, ind, "kind", 0);
        bayan__pl_json_str(&b, c->kind);
        jkey(&b, ind, "group", 0);
        jstr_or_null(&b, c->group_id);
        jkey(&b, ind, "title", 0);
        bayan__pl_json_str(&b, c->title);
        jkey(&b, ind, "subtitle", 0);
        jstr_or_null(&b, c->subtitle);
        jkey(&b, ind, "alt", 0);
        bayan__pl_json_str(&b, c->alt);
        jkey(&b, ind, "spec", 0);
        bayan__buf_putc(&b, '"');
        bayan__buf_puts(&b, c->name);
        bayan__buf_puts(&b, ".json\"");
        jkey(&b, ind, "files", 0);
        files_json(p, &b, c->name);
        jkey(&b, ind, "claims", 0);
        bayan__buf_puts(&b, "[");
        for (size_t k = 0; k < c->n_claims; k++) {
            bayan__buf_puts(&b, k ? ", " : "");
            claim_json(&b, &c->claims[k], "          ");
        }
        bayan__buf_puts(&b, "]");
        jkey(&b, ind, "ratio", 0);
        if (c->ratio_claim)
            claim_json(&b, c->ratio_claim, "          ");
        else
            bayan__buf_puts(&b, "null");
        jkey(&b, ind, "ratio_check", 0);
        if (c->has_check)
            check_json(&b, c, "          ");
        else
            bayan__buf_puts(&b, "null");
        jkey(&b, ind, "repeats", 0);
        bayan__buf_puts(&b, "[");
        for (size_t k = 0; k < c->n_dups; k++) {
            bayan__buf_puts(&b, k ? ", " : "");
            bayan__pl_json_str(&b, c->dup_ids[k]);
        }
        bayan__buf_puts(&b, "]\n    }");
    }
    bayan__buf_puts(&b, "]");
    jkey(&b, "  ", "infographic", 0);
    if (p->infographic) {
        bayan__buf_puts(&b, "{");
        jkey(&b, "    ", "title", 1);
        bayan__pl_json_str(&b, p->title);
        jkey(&b, "    ", "spec", 0);
        bayan__pl_json_str(&b, "infographic.json");
        jkey(&b, "    ", "files", 0);
        files_json(p, &b, "infographic");
        bayan__buf_puts(&b, "\n  }");
    } else {
        bayan__buf_puts(&b, "null");
    }
    jkey(&b, "  ", "ratio_checks", 0);
    bayan__buf_puts(&b, "[");
    int first = 1;
    for (size_t i = 0; i < p->n_charts; i++) {
        if (!p->charts[i].has_check)
            continue;
        bayan__buf_puts(&b, first ? "" : ", ");
        first = 0;
        check_json(&b, &p->charts[i], "    ");
    }
    bayan__buf_puts(&b, "]\n}\n");
    if (b.failed) {
        bayan__buf_free(&b);
        return BAYAN_ENOMEM;
    }
    p->manifest = bayan__buf_detach(&b, NULL);
    return p->manifest ? BAYAN_OK : BAYAN_ENOMEM;
}

/* ---- the gallery ---- */

static const char css[] =
    "*{box-sizing:border-box}"
    "body{margin:0;background:#f4f5f7;color:#1d2330;font:16px/1.6 'Noto Sans Arabic','Noto Sans',system-ui,sans-serif}"
    "header{background:#1d2b3a;color:#fff;padding:28px 40px}"
    "header h1{margin:0 0 6px;font-size:28px;line-height:1.3}"
    "header p{margin:0;color:#c5cfdb}"
    "header a{color:#fff}"
    "main{max-width:1100px;margin:0 auto;padding:24px 20px 60px}"
    "figure{background:#fff;margin:0 0 28px;padding:20px;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.12)}"
    "figure img{display:block;width:100%;height:auto;border:1px solid #e3e6eb;border-radius:6px;background:#fff}"
    "figcaption h2{font-size:20px;margin:16px 0 4px}"
    "figcaption .sub{margin:0 0 8px;color:#556070}"
    "figcaption .alt{margin:8px 0;color:#3a4350;font-size:14px}"
    "blockquote{margin:10px 0;padding:8px 14px;border-inline-start:4px solid #4b7bb8;background:#f3f6fa;color:#2b3440}"
    "mark{background:#ffe9a8;padding:0 2px;border-radius:3px}"
    ".check{font-size:14px;padding:6px 10px;border-radius:6px;display:inline-block;margin:6px 0}"
    ".ok{background:#e3f4e8;color:#1d5e31}.bad{background:#fbe5e3;color:#8a2119}"
    ".files{font-size:14px;margin:6px 0 0}.files a{color:#2f5f9e}"
    ".repeat{font-size:13px;color:#6b7480}";

/* The sentence with the given claims marked, as HTML. */
static void quote_sentence(bayan__buf *b, const bayan__pclaim *const *cl, size_t n)
{
    const char *s = cl[0]->sentence;
    size_t len = strlen(s);
    size_t base = cl[0]->sentence_start + cl[0]->sentence_lead;
    size_t pos = 0;
    bayan__buf_puts(b, "<blockquote>");
    for (;;) {
        /* the next claim after pos */
        const bayan__pclaim *next = NULL;
        for (size_t i = 0; i < n; i++) {
            if (cl[i]->start < base || cl[i]->end - base > len || cl[i]->start - base < pos)
                continue;
            if (!next || cl[i]->start < next->start)
                next = cl[i];
        }
        if (!next)
            break;
        size_t a = next->start - base, e = next->end - base;
        bayan__buf t = BAYAN__BUF_INIT;
        bayan__buf_append(&t, s + pos, a - pos);
        bayan__pl_html(b, t.data ? t.data : "");
        bayan__buf_reset(&t);
        bayan__buf_append(&t, s + a, e - a);
        bayan__buf_puts(b, "<mark>");
        bayan__pl_html(b, t.data ? t.data : "");
        bayan__buf_puts(b, "</mark>");
        bayan__buf_free(&t);
        pos = e;
    }
    bayan__pl_html(b, s + pos);
    bayan__buf_puts(b, "</blockquote>\n");
}

/* Each distinct sentence of a chart's claims (and its ratio), quoted once. */
static void quotes(bayan__buf *b, const bayan__pchart *c)
{
    const bayan__pclaim *all[210];
    size_t n = 0;
    for (size_t i = 0; i < c->n_claims && n < 200; i++)
        all[n++] = &c->claims[i];
    if (c->ratio_claim)
        all[n++] = c->ratio_claim;
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i; j++)
            if (all[j]->sentence_start == all[i]->sentence_start)
                seen = 1;
        if (seen || !all[i]->sentence[0])
            continue;
        const bayan__pclaim *same[210];
        size_t m = 0;
        for (size_t j = i; j < n; j++)
            if (all[j]->sentence_start == all[i]->sentence_start)
                same[m++] = all[j];
        quote_sentence(b, same, m);
    }
}

static void check_text(bayan__buf *b, const bayan__pchart *c, int ar)
{
    const bayan_ratio_check *k = &c->check;
    char st[32], co[32], va[32], vb[32];
    bayan__fmt_double(st, sizeof st, k->stated, 2);
    bayan__fmt_double(co, sizeof co, k->computed, 2);
    bayan__fmt_double(va, sizeof va, c->claims[0].value, 4);
    bayan__fmt_double(vb, sizeof vb, c->claims[1].value, 4);
    const char *hi = c->claims[0].value >= c->claims[1].value ? va : vb;
    const char *lo = c->claims[0].value >= c->claims[1].value ? vb : va;
    if (k->stated < 1) {
        const char *t = hi;
        hi = lo;
        lo = t;
    }
    bayan__buf_printf(b, "<p class=\"check %s\">", k->consistent ? "ok" : "bad");
    bayan__buf_puts(b, ar ? "النسبة المذكورة «" : "Stated ratio “");
    bayan__pl_html(b, c->ratio_claim->text);
    if (ar)
        bayan__buf_printf(b, "» (%s)؛ المحسوبة من القيم %s ÷ %s = %s: %s", st, hi, lo, co,
                          k->consistent ? "متسقة" : "غير متسقة");
    else
        bayan__buf_printf(b, "” (%s); computed from the values %s ÷ %s = %s: %s", st, hi, lo, co,
                          k->consistent ? "consistent" : "inconsistent");
    bayan__buf_puts(b, "</p>\n");
}

static void file_links(const bayan_plan *p, bayan__buf *b, const char *name, int ar)
{
    bayan__buf_puts(b, "<p class=\"files\">");
    int first = 1;
    for (int f = 0; f < 3; f++) {
        if (!has_format(p, (bayan_format)f))
            continue;
        if (!first)
            bayan__buf_puts(b, " · ");
        first = 0;
        bayan__buf_printf(b, "<a href=\"%s.%s\">%s</a>", name, ext_of[f],
                          f == 0 ? "PNG" : f == 1 ? "SVG" : "PDF");
    }
    bayan__buf_printf(b, "%s<a href=\"%s.json\">%s</a></p>\n", first ? "" : " · ", name,
                      ar ? "المواصفة (JSON)" : "spec (JSON)");
}

static bayan_status gallery(bayan_plan *p)
{
    bayan__buf b = BAYAN__BUF_INIT;
    int ar = p->lang != BAYAN_LANG_EN;
    int pf = picture_format(p);
    bayan__buf_printf(&b, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
                      ar ? "ar" : "en", ar ? "rtl" : "ltr");
    bayan__buf_puts(&b, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    bayan__pl_html(&b, p->title);
    bayan__buf_puts(&b, "</title>\n<style>");
    bayan__buf_puts(&b, css);
    bayan__buf_puts(&b, "</style>\n</head>\n<body>\n<header>\n<h1>");
    bayan__pl_html(&b, p->title);
    bayan__buf_puts(&b, "</h1>\n<p>");
    if (ar)
        bayan__buf_printf(&b, "%zu رسمًا بيانيًا من ", p->n_charts);
    else
        bayan__buf_printf(&b, "%zu chart%s from ", p->n_charts, p->n_charts == 1 ? "" : "s");
    bayan__buf_puts(&b, "<bdi>");
    bayan__pl_html(&b, p->path);
    bayan__buf_puts(&b, "</bdi> · <a href=\"charts.json\">charts.json</a> · <a href=\"figures.md\">figures.md</a></p>\n"
                        "</header>\n<main>\n");
    if (p->infographic) {
        bayan__buf_puts(&b, "<figure id=\"infographic\">\n");
        if (pf >= 0) {
            bayan__buf_printf(&b, "<img src=\"infographic.%s\" alt=\"", ext_of[pf]);
            bayan__pl_html(&b, p->title);
            bayan__buf_puts(&b, ar ? ": أبرز الأرقام في النص\">\n" : ": the key figures in the text\">\n");
        }
        bayan__buf_puts(&b, "<figcaption>\n<h2>");
        bayan__buf_puts(&b, ar ? "الملخص المصوَّر" : "Fact sheet");
        bayan__buf_puts(&b, "</h2>\n");
        file_links(p, &b, "infographic", ar);
        bayan__buf_puts(&b, "</figcaption>\n</figure>\n");
    }
    for (size_t i = 0; i < p->n_charts; i++) {
        const bayan__pchart *c = &p->charts[i];
        bayan__buf_printf(&b, "<figure id=\"%s\">\n", c->name);
        if (pf >= 0) {
            bayan__buf_printf(&b, "<img src=\"%s.%s\" alt=\"", c->name, ext_of[pf]);
            bayan__pl_html(&b, c->alt);
            bayan__buf_puts(&b, "\">\n");
        }
        bayan__buf_puts(&b, "<figcaption>\n<h2>");
        bayan__pl_html(&b, c->title);
        bayan__buf_puts(&b, "</h2>\n");
        if (c->subtitle) {
            bayan__buf_puts(&b, "<p class=\"sub\">");
            bayan__pl_html(&b, c->subtitle);
            bayan__buf_puts(&b, "</p>\n");
        }
        bayan__buf_puts(&b, "<p class=\"alt\">");
        bayan__pl_html(&b, c->alt);
        bayan__buf_puts(&b, "</p>\n");
        quotes(&b, c);
        if (c->has_check)
            check_text(&b, c, ar);
        if (c->n_dups) {
            bayan__buf_puts(&b, "<p class=\"repeat\">");
            bayan__buf_puts(&b, ar ? "ورد الرقم نفسه مرة أخرى في النص: " : "The text gives the same figure again: ");
            for (size_t k = 0; k < c->n_dups; k++) {
                if (k)
                    bayan__buf_puts(&b, ", ");
                bayan__pl_html(&b, c->dup_ids[k]);
            }
            bayan__buf_puts(&b, "</p>\n");
        }
        file_links(p, &b, c->name, ar);
        bayan__buf_puts(&b, "</figcaption>\n</figure>\n");
    }
    /* The page reports on itself once loaded (whether every picture decoded
     * and which way it runs), for tests that read the DOM. */
    bayan__buf_puts(&b, "</main>\n<script>\n"
                        "window.addEventListener('load', function () {\n"
                        "  var imgs = document.images, ok = 0;\n"
                        "  for (var i = 0; i < imgs.length; i++) if (imgs[i].complete && imgs[i].naturalWidth > 0) ok++;\n"
                        "  var r = document.documentElement;\n"
                        "  r.setAttribute('data-images', ok + '/' + imgs.length);\n"
                        "  r.setAttribute('data-direction', getComputedStyle(document.body).direction);\n"
                        "});\n"
                        "</script>\n</body>\n</html>\n");
    if (b.failed) {
        bayan__buf_free(&b);
        return BAYAN_ENOMEM;
    }
    p->gallery = bayan__buf_detach(&b, NULL);
    return p->gallery ? BAYAN_OK : BAYAN_ENOMEM;
}

/* ---- figures.md ---- */

static bayan_status figures(bayan_plan *p)
{
    bayan__buf b = BAYAN__BUF_INIT;
    int ar = p->lang != BAYAN_LANG_EN;
    int pf = picture_format(p);
    const char *ext = pf >= 0 ? ext_of[pf] : "pdf";
    bayan__buf_puts(&b, "# ");
    bayan__pl_md(&b, p->title);
    bayan__buf_puts(&b, "\n\n");
    if (ar)
        bayan__buf_puts(&b, "<!-- مقتطفات Markdown لكل رسم بياني، تُنسخ إلى تقرير؛ الصور بجانب هذا الملف. -->\n\n");
    else
        bayan__buf_puts(&b, "<!-- Markdown snippets, one per chart, to paste into a report; the images sit beside this file. -->\n\n");
    if (p->infographic) {
        bayan__buf_printf(&b, "![");
        bayan__pl_md(&b, p->title);
        bayan__buf_printf(&b, "](infographic.%s)\n\n", ext);
    }
    for (size_t i = 0; i < p->n_charts; i++) {
        const bayan__pchart *c = &p->charts[i];
        bayan__buf_puts(&b, "## ");
        bayan__pl_md(&b, c->title);
        bayan__buf_puts(&b, "\n\n![");
        bayan__pl_md(&b, c->alt);
        bayan__buf_printf(&b, "](%s.%s)\n\n", c->name, ext);
        const char *last = NULL;
        for (size_t k = 0; k < c->n_claims; k++) {
            if (last && !strcmp(last, c->claims[k].sentence))
                continue;
            int seen = 0;
            for (size_t j = 0; j < k; j++)
                if (!strcmp(c->claims[j].sentence, c->claims[k].sentence))
                    seen = 1;
            if (seen || !c->claims[k].sentence[0])
                continue;
            last = c->claims[k].sentence;
            bayan__buf_puts(&b, "> ");
            bayan__pl_md(&b, last);
            bayan__buf_puts(&b, "\n\n");
        }
        if (c->has_check) {
            char st[32], co[32];
            bayan__fmt_double(st, sizeof st, c->check.stated, 2);
            bayan__fmt_double(co, sizeof co, c->check.computed, 2);
            if (ar)
                bayan__buf_printf(&b, "النسبة المذكورة %s، والمحسوبة من القيم %s: %s.\n\n", st, co,
                                  c->check.consistent ? "متسقة" : "غير متسقة");
            else
                bayan__buf_printf(&b, "Stated ratio %s; computed from the values %s: %s.\n\n", st, co,
                                  c->check.consistent ? "consistent" : "inconsistent");
        }
        bayan__buf_printf(&b, "%s `%s.json`\n\n", ar ? "المواصفة:" : "Spec:", c->name);
    }
    if (b.failed) {
        bayan__buf_free(&b);
        return BAYAN_ENOMEM;
    }
    p->figures = bayan__buf_detach(&b, NULL);
    return p->figures ? BAYAN_OK : BAYAN_ENOMEM;
}

bayan_status bayan__plan_pages(bayan_plan *p)
{
    bayan_status st = manifest(p);
    if (st == BAYAN_OK)
        st = gallery(p);
    if (st == BAYAN_OK)
        st = figures(p);
    return st;
}

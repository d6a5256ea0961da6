/* Planning: from a document's claims and groups to chart specs.
 *
 * A series becomes a bar chart, a comparison a comparison chart with its
 * stated ratio (checked against the values it relates), one share a waffle,
 * a range a range chart, and any other single figure a key-figure card.
 * A figure the text repeats (same value, unit and label) is charted once;
 * numbers that read as years never become values. The specs are the hinge
 * of the pipeline: plain bayan.chart/1 JSON a person can edit and render. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/plan_int.h"

typedef struct ctx {
    const bayan__plan_input *in;
    bayan_plan *p;
    int oom;
    int ar;
    size_t cap;
} ctx;

/* ---- small helpers ---- */

static const char *sep_list(int ar) { return ar ? "، " : ", "; }

static int str_eq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return !strcmp(a, b);
}

static int is_unit(const char *u, const char *name) { return u && !strcmp(u, name); }

/* A bare number between 1800 and 2100 without a unit reads as a year: the
 * extractor should never give one, but a chart must never show one. */
static int looks_like_year(const bayan_claim *c)
{
    if (c->unit && *c->unit)
        return 0;
    if (!c->has_value || c->has_range)
        return 0;
    return c->value >= 1800 && c->value <= 2100 && floor(c->value) == c->value;
}

/* A claim's text fit to show as a label: short, one line. */
static int sane_text(const char *s)
{
    return s && *s && strlen(s) <= 120 && !strchr(s, '\n');
}

static int chartable(const bayan_claim *c)
{
    if (!c->has_value && !c->has_range)
        return 0;
    if (c->has_value && !isfinite(c->value))
        return 0;
    if (c->has_range && (!isfinite(c->low) || !isfinite(c->high) || c->low > c->high))
        return 0;
    return !looks_like_year(c);
}

static size_t trim_copy(bayan__buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\t'))
        n--;
    /* sentences are quoted on one line */
    for (size_t k = i; k < n; k++)
        bayan__buf_putc(b, s[k] == '\n' || s[k] == '\r' ? ' ' : s[k]);
    return i;
}

/* A fraction of a whole ("ثلثا الناخبين", "a quarter of"), shown as a percent. */
static int is_fraction(const bayan_claim *c)
{
    if (!is_unit(c->unit, "fraction"))
        return 0;
    if (c->has_range)
        return c->low >= 0 && c->high <= 1;
    return c->has_value && c->value >= 0 && c->value <= 1;
}

static void pclaim_free(bayan__pclaim *c)
{
    if (!c)
        return;
    free(c->id);
    free(c->text);
    free(c->label);
    free(c->short_label);
    free(c->subject);
    free(c->time);
    free(c->source);
    free(c->sentence);
    free(c->unit);
    free(c->currency);
}

static void pclaim_copy(ctx *x, bayan__pclaim *d, const bayan_claim *c)
{
    const bayan__plan_input *in = x->in;
    memset(d, 0, sizeof *d);
    d->id = bayan__pl_strdup(c->id ? c->id : "", &x->oom);
    d->text = bayan__pl_strdup(c->text ? c->text : "", &x->oom);
    d->label = bayan__pl_strdup(c->label, &x->oom);
    d->subject = bayan__pl_strdup(c->subject, &x->oom);
    d->time = bayan__pl_strdup(c->time, &x->oom);
    d->source = bayan__pl_strdup(c->source, &x->oom);
    d->unit = bayan__pl_strdup(c->unit, &x->oom);
    d->currency = bayan__pl_strdup(c->currency, &x->oom);
    d->start = c->start;
    d->end = c->end;
    d->sentence_start = c->sentence_start;
    d->sentence_end = c->sentence_end;
    d->value = c->value;
    d->low = c->low;
    d->high = c->high;
    d->has_value = c->has_value;
    d->has_range = c->has_range;
    d->qualifier = c->qualifier;
    if (is_fraction(c)) {
        /* "two-thirds of voters" is drawn as the share it is: 66.7% */
        free(d->unit);
        d->unit = bayan__pl_strdup("percent", &x->oom);
        d->value = floor(d->value * 1000 + 0.5) / 10; /* 66.7, not 66.666667 */
        d->low = floor(d->low * 1000 + 0.5) / 10;
        d->high = floor(d->high * 1000 + 0.5) / 10;
    }
    if (in->bytes && c->sentence_end > c->sentence_start && c->sentence_end <= in->len) {
        bayan__buf b = BAYAN__BUF_INIT;
        d->sentence_lead = trim_copy(&b, in->bytes + c->sentence_start, c->sentence_end - c->sentence_start);
        if (b.failed)
            x->oom = 1;
        d->sentence = bayan__buf_detach(&b, NULL);
        if (!d->sentence)
            x->oom = 1;
    } else {
        d->sentence = bayan__pl_strdup("", &x->oom);
    }
}

/* Appends s with its ASCII digits as Arabic-Indic ones when the plan draws
 * Arabic digits: a time the planner puts in a title or label ("2022") reads
 * like the numbers drawn beside it. */
static void put_digits(ctx *x, bayan__buf *b, const char *s)
{
    int arabic = x->p->digits && !strcmp(x->p->digits, "arabic");
    for (const char *q = s; *q; q++) {
        if (arabic && *q >= '0' && *q <= '9') {
            char t[2] = {(char)0xD9, (char)(0xA0 + (*q - '0'))}; /* U+0660.. */
            bayan__buf_append(b, t, 2);
        } else {
            bayan__buf_putc(b, *q);
        }
    }
}

/* ---- repeated figures ---- */

/* Labels name the same thing when their folded forms are equal or one
 * contains the other ("المنغنيز" in "احتياطي المنغنيز"). */
static int same_label(const char *a, const char *b, int *oom)
{
    if (!a || !b)
        return !a && !b;
    char *ka = bayan__pl_label_key(a, oom), *kb = bayan__pl_label_key(b, oom);
    int r = 0;
    if (ka && kb && *ka && *kb)
        r = !strcmp(ka, kb) || strstr(ka, kb) || strstr(kb, ka);
    free(ka);
    free(kb);
    return r;
}

static int same_figure(const bayan_claim *a, const bayan_claim *b, int *oom)
{
    if (a->has_value != b->has_value || a->has_range != b->has_range)
        return 0;
    if (a->has_value && a->value != b->value)
        return 0;
    if (a->has_range && (a->low != b->low || a->high != b->high))
        return 0;
    if (!str_eq(a->unit, b->unit) || !str_eq(a->currency, b->currency))
        return 0;
    return same_label(a->label, b->label, oom);
}

/* ---- labels: the shortest form that still tells the items apart ---- */

typedef struct words {
    const char *w[64];
    size_t n[64];
    size_t count;
} words;

static void split_words(const char *s, words *w)
{
    w->count = 0;
    const char *p = s;
    while (*p && w->count < 64) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        w->w[w->count] = p;
        w->n[w->count] = (size_t)(q - p);
        w->count++;
        p = q;
    }
}

static int word_eq(const char *a, size_t na, const char *b, size_t nb, int *oom)
{
    char ta[128], tb[128];
    if (na >= sizeof ta || nb >= sizeof tb)
        return na == nb && !memcmp(a, b, na);
    memcpy(ta, a, na);
    ta[na] = 0;
    memcpy(tb, b, nb);
    tb[nb] = 0;
    char *ka = bayan__pl_label_key(ta, oom), *kb = bayan__pl_label_key(tb, oom);
    int r = ka && kb && !strcmp(ka, kb);
    free(ka);
    free(kb);
    return r;
}

static int ar_definite(const char *w, size_t n)
{
    static const char al[] = "\xd8\xa7\xd9\x84", wal[] = "\xd9\x88\xd8\xa7\xd9\x84";
    return (n > 4 && !memcmp(w, al, 4)) || (n > 6 && !memcmp(w, wal, 6)) || (unsigned char)w[0] < 0x80;
}

static int is_determiner(const char *w, size_t n)
{
    static const char *const dets[] = {"the", "its", "their", "his", "her", "our", "a", "an", "of", NULL};
    for (int i = 0; dets[i]; i++)
        if (strlen(dets[i]) == n && !strncmp(w, dets[i], n))
            return 1;
    if (n == 7 && !strncmp(w, "world's", 7))
        return 1;
    return 0;
}

/* Sets short_label on each claim of a series or comparison: words every
 * label starts (or ends) with go to the title, a head word the other items
 * leave understood is dropped, English determiners are dropped. */
static void shorten_labels(ctx *x, bayan__pclaim *cl, size_t n, int series)
{
    words w[32];
    size_t from[32], to[32];
    if (n > 32)
        n = 32;
    for (size_t i = 0; i < n; i++) {
        split_words(cl[i].label ? cl[i].label : "", &w[i]);
        from[i] = 0;
        to[i] = w[i].count;
    }
    if (n >= 2) {
        /* common leading and trailing words */
        for (;;) {
            int ok = 1;
            for (size_t i = 0; i < n && ok; i++)
                if (to[i] - from[i] < 2 ||
                    !word_eq(w[i].w[from[i]], w[i].n[from[i]], w[0].w[from[0]], w[0].n[from[0]], &x->oom))
                    ok = 0;
            if (!ok)
                break;
            for (size_t i = 0; i < n; i++)
                from[i]++;
        }
        /* Arabic: words cut from the front leave each item a definite noun
         * ("احتياطي المنغنيز" -> "المنغنيز"); a remainder without ال is
         * the rest of a name ("مطار الملك فهد" -> "فهد"): keep the name whole */
        for (size_t i = 0; x->ar && i < n && from[0] > 0; i++)
            if (!ar_definite(w[i].w[from[i]], w[i].n[from[i]]))
                for (size_t j = 0; j < n; j++)
                    from[j] = 0;
        for (;;) {
            int ok = 1;
            for (size_t i = 0; i < n && ok; i++)
                if (to[i] - from[i] < 2 ||
                    !word_eq(w[i].w[to[i] - 1], w[i].n[to[i] - 1], w[0].w[to[0] - 1], w[0].n[to[0] - 1], &x->oom))
                    ok = 0;
            if (!ok)
                break;
            for (size_t i = 0; i < n; i++)
                to[i]--;
        }
        /* a head word some items of a list carry and others leave
         * understood ("احتياطي المنغنيز"، "احتياطي الكروم"، "الرصاص"); two
         * compared things ("Transport", "world average") keep their words */
        for (size_t i = 0; series && i < n; i++) {
            if (to[i] - from[i] < 2)
                continue;
            size_t carriers = 0, bare = 0;
            for (size_t j = 0; j < n; j++) {
                if (to[j] - from[j] >= 2 &&
                    word_eq(w[j].w[from[j]], w[j].n[from[j]], w[i].w[from[i]], w[i].n[from[i]], &x->oom))
                    carriers++;
                else if (to[j] - from[j] == 1)
                    bare++;
            }
            if (carriers >= 2 && bare >= 1 && carriers + bare == n) {
                const char *hw = w[i].w[from[i]];
                size_t hn = w[i].n[from[i]];
                for (size_t j = 0; j < n; j++)
                    if (to[j] - from[j] >= 2 && word_eq(w[j].w[from[j]], w[j].n[from[j]], hw, hn, &x->oom))
                        from[j]++;
            }
        }
    }
    for (size_t i = 0; i < n; i++)
        while (to[i] - from[i] >= 2 && is_determiner(w[i].w[from[i]], w[i].n[from[i]]))
            from[i]++;
    /* one item names the measure ("manganese ore reserves", "احتياطي خام
     * المنغنيز") and the others only their item ("chromium", "الكروم"): keep
     * the item word, the first in English, the last in Arabic */
    if (series && n >= 3) {
        size_t multi = n, singles = 0;
        for (size_t i = 0; i < n; i++) {
            if (to[i] - from[i] == 1)
                singles++;
            else
                multi = i;
        }
        if (singles == n - 1 && multi < n) {
            const char *w1 = to[multi] - from[multi] >= 2 ? w[multi].w[from[multi] + 1] : "";
            size_t c = from[multi];
            while (c < to[multi] && w[multi].w[c][w[multi].n[c] - 1] != ':')
                c++;
            if (x->ar && c < to[multi]) {
                from[multi] = c; /* "الألمانية: زائر": the owner is the item, the noun the measure */
                to[multi] = c + 1;
            } else if (x->ar)
                from[multi] = to[multi] - 1;
            else if (!(w1[0] >= 'A' && w1[0] <= 'Z')) /* not a name like "New York" */
                to[multi] = from[multi] + 1;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (!cl[i].label || to[i] == from[i]) {
            cl[i].short_label = bayan__pl_strdup(cl[i].label ? cl[i].label : sane_text(cl[i].text) ? cl[i].text : "?",
                                                 &x->oom);
            continue;
        }
        const char *s = w[i].w[from[i]];
        const char *e = w[i].w[to[i] - 1] + w[i].n[to[i] - 1];
        size_t len = (size_t)(e - s);
        /* a trailing comma or colon left by the cut */
        while (len && (s[len - 1] == ',' || s[len - 1] == ':'))
            len--;
        char *d = malloc(len + 1);
        if (!d) {
            x->oom = 1;
            continue;
        }
        memcpy(d, s, len);
        d[len] = 0;
        cl[i].short_label = d;
    }
}

/* ---- units in words ---- */

static void unit_phrase(bayan__buf *b, const char *unit, const char *cur, int ar)
{
    if (!unit)
        return;
    if (!strcmp(unit, "percent"))
        bayan__buf_puts(b, ar ? "النسبة المئوية (%)" : "Percent (%)");
    else if (!strcmp(unit, "percentage_point"))
        bayan__buf_puts(b, ar ? "نقاط مئوية" : "Percentage points");
    else if (!strcmp(unit, "celsius"))
        bayan__buf_puts(b, ar ? "درجات مئوية (°م)" : "Degrees Celsius (°C)");
    else if (!strcmp(unit, "times"))
        bayan__buf_puts(b, ar ? "عدد المرات (×)" : "Times (×)");
    else if (!strcmp(unit, "count"))
        bayan__buf_puts(b, ar ? "العدد" : "Number");
    else if (!strcmp(unit, "currency")) {
        static const struct {
            const char *code, *ar, *en;
        } cur_names[] = {{"USD", "بالدولار الأمريكي", "US dollars"}, {"EUR", "باليورو", "Euros"},
                         {"GBP", "بالجنيه الإسترليني", "Pounds sterling"}, {"JPY", "بالين الياباني", "Japanese yen"},
                         {"SAR", "بالريال السعودي", "Saudi riyals"}, {"AED", "بالدرهم الإماراتي", "UAE dirhams"},
                         {"EGP", "بالجنيه المصري", "Egyptian pounds"}, {NULL, NULL, NULL}};
        for (int i = 0; cur_names[i].code; i++)
            if (cur && !strcmp(cur, cur_names[i].code)) {
                bayan__buf_puts(b, ar ? cur_names[i].ar : cur_names[i].en);
                return;
            }
        bayan__buf_puts(b, ar ? "القيمة" : "Value");
        if (cur) {
            bayan__buf_puts(b, " (");
            bayan__buf_puts(b, cur);
            bayan__buf_puts(b, ")");
        }
    } else {
        bayan__buf_puts(b, unit);
    }
}

static void unit_slug(bayan__buf *b, const char *unit, const char *cur)
{
    if (!unit)
        return;
    if (!strcmp(unit, "currency") && cur) {
        for (const char *s = cur; *s; s++)
            bayan__buf_putc(b, (char)(*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s));
        return;
    }
    if (!strcmp(unit, "percentage_point")) {
        bayan__buf_puts(b, "points");
        return;
    }
    bayan__buf_puts(b, unit);
}

/* ---- the charts ---- */

static bayan__pchart *new_chart(ctx *x)
{
    bayan_plan *p = x->p;
    if (p->n_charts == x->cap) {
        size_t ncap = x->cap ? x->cap * 2 : 16;
        bayan__pchart *c = realloc(p->charts, ncap * sizeof *c);
        if (!c) {
            x->oom = 1;
            return NULL;
        }
        p->charts = c;
        x->cap = ncap;
    }
    bayan__pchart *c = &p->charts[p->n_charts++];
    memset(c, 0, sizeof *c);
    return c;
}

/* The fields every member shares, or NULL. */
static const char *shared_field(const bayan__pclaim *cl, size_t n, size_t off)
{
    const char *first = *(char *const *)((const char *)&cl[0] + off);
    if (!first || !*first)
        return NULL;
    for (size_t i = 1; i < n; i++) {
        const char *s = *(char *const *)((const char *)&cl[i] + off);
        if (!str_eq(first, s))
            return NULL;
    }
    return first;
}

static int contains(const char *hay, const char *needle) { return hay && needle && strstr(hay, needle); }

static void chart_texts(ctx *x, bayan__pchart *c, const char *group_title, int unit_in_subtitle)
{
    bayan__buf b = BAYAN__BUF_INIT;
    const bayan__pclaim *f = &c->claims[0];
    const char *subject = shared_field(c->claims, c->n_claims, offsetof(bayan__pclaim, subject));
    const char *time = shared_field(c->claims, c->n_claims, offsetof(bayan__pclaim, time));
    const char *source = shared_field(c->claims, c->n_claims, offsetof(bayan__pclaim, source));
    /* title */
    if (group_title && *group_title) {
        bayan__buf_puts(&b, group_title);
    } else {
        if (subject && f->label && !contains(f->label, subject)) {
            bayan__buf_puts(&b, subject);
            bayan__buf_puts(&b, ": ");
        }
        if (f->label && *f->label)
            bayan__buf_puts(&b, f->label);
        else if (sane_text(f->text))
            bayan__buf_puts(&b, f->text);
        else
            bayan__buf_puts(&b, x->ar ? "رقم رئيسي" : "Key figure");
    }
    c->title = bayan__buf_detach(&b, NULL);
    if (!c->title)
        x->oom = 1;
    /* subtitle: unit, then whose and when, where the title does not say */
    bayan__buf_reset(&b);
    if (unit_in_subtitle)
        unit_phrase(&b, c->unit, c->currency, x->ar);
    if (subject && !contains(c->title, subject)) {
        if (b.len)
            bayan__buf_puts(&b, sep_list(x->ar));
        bayan__buf_puts(&b, subject);
    }
    if (time && !contains(c->title, time)) {
        if (b.len)
            bayan__buf_puts(&b, sep_list(x->ar));
        put_digits(x, &b, time);
    }
    if (b.len) {
        c->subtitle = bayan__buf_detach(&b, NULL);
        if (!c->subtitle)
            x->oom = 1;
    }
    bayan__buf_reset(&b);
    if (source) {
        bayan__buf_puts(&b, x->ar ? "المصدر: " : "Source: ");
        bayan__buf_puts(&b, source);
        c->source = bayan__buf_detach(&b, NULL);
        if (!c->source)
            x->oom = 1;
    }
    bayan__buf_free(&b);
}

/* Checks a stated ratio against the values it relates: the larger over the
 * smaller for a ratio of one or more. "About" allows 20%, a plain statement
 * 10% (people round "4.5 times" to "five times"), one-sided statements
 * ("more than three times") 5% on their open side. */
static void ratio_check(bayan__pchart *c)
{
    const bayan__pclaim *r = c->ratio_claim;
    if (!r || !r->has_value || r->value <= 0 || c->n_claims < 2)
        return;
    const bayan__pclaim *a = &c->claims[0], *b = &c->claims[1];
    if (!a->has_value || !b->has_value || a->value <= 0 || b->value <= 0)
        return;
    double hi = fmax(a->value, b->value), lo = fmin(a->value, b->value);
    double computed = r->value >= 1 ? hi / lo : lo / hi;
    bayan_ratio_check *k = &c->check;
    k->stated = r->value;
    k->qualifier = r->qualifier;
    k->computed = computed;
    double rel = (computed - r->value) / r->value;
    switch (r->qualifier) {
    case BAYAN_Q_MORE_THAN:
    case BAYAN_Q_AT_LEAST:
        k->tolerance = 0.05;
        k->consistent = rel >= -k->tolerance;
        break;
    case BAYAN_Q_LESS_THAN:
    case BAYAN_Q_UP_TO:
        k->tolerance = 0.05;
        k->consistent = rel <= k->tolerance;
        break;
    case BAYAN_Q_APPROX:
        k->tolerance = 0.2;
        k->consistent = fabs(rel) <= k->tolerance;
        break;
    default:
        k->tolerance = 0.1;
        k->consistent = fabs(rel) <= k->tolerance;
        break;
    }
    c->has_check = 1;
}

/* ---- specs ---- */

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

static void key(bayan__buf *b, const char *ind, const char *k)
{
    bayan__buf_puts(b, ",\n");
    bayan__buf_puts(b, ind);
    bayan__pl_json_str(b, k);
    bayan__buf_puts(b, ": ");
}

/* One chart object, its keys at indent `ind`; top adds the schema. */
static void chart_object(const bayan_plan *p, const bayan__pchart *c, bayan__buf *b, const char *ind, int top)
{
    const char *lang = p->lang == BAYAN_LANG_EN ? "en" : "ar";
    bayan__buf_puts(b, "{\n");
    bayan__buf_puts(b, ind);
    if (top) {
        bayan__buf_puts(b, "\"schema\": \"bayan.chart/1\"");
        key(b, ind, "type");
    } else {
        bayan__buf_puts(b, "\"type\": ");
    }
    bayan__pl_json_str(b, c->type);
    key(b, ind, "title");
    bayan__pl_json_str(b, c->title);
    if (c->subtitle) {
        key(b, ind, "subtitle");
        bayan__pl_json_str(b, c->subtitle);
    }
    if (c->source) {
        key(b, ind, "source");
        bayan__pl_json_str(b, c->source);
    }
    key(b, ind, "lang");
    bayan__pl_json_str(b, lang);
    key(b, ind, "direction");
    bayan__pl_json_str(b, "auto");
    key(b, ind, "digits");
    bayan__pl_json_str(b, p->digits);
    if (c->unit) {
        key(b, ind, "unit");
        bayan__pl_json_str(b, c->unit);
    }
    if (c->currency && is_unit(c->unit, "currency")) {
        key(b, ind, "currency");
        bayan__pl_json_str(b, c->currency);
    }
    if (top && !strcmp(c->type, "stat")) {
        /* a single key figure is a card, not a page */
        key(b, ind, "width");
        bayan__buf_puts(b, "640");
        key(b, ind, "height");
        bayan__buf_puts(b, "360");
    }
    if (!strcmp(c->type, "comparison") || !strcmp(c->type, "range") || !strcmp(c->type, "column")) {
        key(b, ind, "sort");
        bayan__pl_json_str(b, "none");
    }
    key(b, ind, "data");
    bayan__buf_puts(b, "[");
    for (size_t i = 0; i < c->n_claims; i++) {
        const bayan__pclaim *d = &c->claims[i];
        bayan__buf_puts(b, i ? ",\n" : "\n");
        bayan__buf_puts(b, ind);
        bayan__buf_puts(b, "  {");
        if (!(c->n_claims == 1 && !strcmp(c->type, "range"))) {
            bayan__buf_puts(b, "\"label\": ");
            bayan__pl_json_str(b, d->short_label ? d->short_label : (d->label ? d->label : d->text));
            bayan__buf_puts(b, ", ");
        }
        if (d->has_range) {
            bayan__buf_puts(b, "\"low\": ");
            bayan__pl_json_num(b, d->low, 6);
            bayan__buf_puts(b, ", \"high\": ");
            bayan__pl_json_num(b, d->high, 6);
        } else if (!strcmp(c->type, "range")) {
            /* a single value beside ranges ("2-4 °C ... and 7 °C"): a range
             * of one point, which the range chart draws as a mark */
            bayan__buf_puts(b, "\"low\": ");
            bayan__pl_json_num(b, d->value, 6);
            bayan__buf_puts(b, ", \"high\": ");
            bayan__pl_json_num(b, d->value, 6);
        } else {
            bayan__buf_puts(b, "\"value\": ");
            bayan__pl_json_num(b, d->value, 6);
        }
        const char *q = d->has_range ? NULL : qual_name(d->qualifier);
        if (q) {
            bayan__buf_puts(b, ", \"qualifier\": ");
            bayan__pl_json_str(b, q);
        }
        bayan__buf_puts(b, "}");
    }
    bayan__buf_puts(b, "\n");
    bayan__buf_puts(b, ind);
    bayan__buf_puts(b, "]");
    if (c->ratio_claim && c->ratio_claim->has_value && c->ratio_claim->value > 0) {
        key(b, ind, "ratio");
        bayan__buf_puts(b, "{\"value\": ");
        bayan__pl_json_num(b, c->ratio_claim->value, 6);
        const char *q = qual_name(c->ratio_claim->qualifier);
        if (q) {
            bayan__buf_puts(b, ", \"qualifier\": ");
            bayan__pl_json_str(b, q);
        }
        bayan__buf_puts(b, "}");
    }
    bayan__buf_puts(b, "\n");
    bayan__buf_puts(b, ind + (strlen(ind) >= 2 ? 2 : strlen(ind)));
    bayan__buf_puts(b, "}");
}

static void alt_text(ctx *x, bayan__pchart *c)
{
    static const struct {
        const char *type, *ar, *en;
    } names[] = {{"bar", "رسم بياني شريطي", "Bar chart"},
                 {"column", "رسم بياني عمودي", "Column chart"},
                 {"comparison", "رسم بياني للمقارنة", "Comparison chart"},
                 {"waffle", "رسم بياني لحصة من مائة", "Share of 100"},
                 {"range", "رسم بياني لنطاق", "Range chart"},
                 {"stat", "رقم رئيسي", "Key figure"},
                 {NULL, NULL, NULL}};
    bayan__buf b = BAYAN__BUF_INIT;
    for (int i = 0; names[i].type; i++)
        if (!strcmp(names[i].type, c->type))
            bayan__buf_puts(&b, x->ar ? names[i].ar : names[i].en);
    bayan__buf_puts(&b, ": ");
    bayan__buf_puts(&b, c->title);
    if (c->subtitle) {
        bayan__buf_puts(&b, sep_list(x->ar));
        bayan__buf_puts(&b, c->subtitle);
    }
    bayan__buf_puts(&b, ". ");
    for (size_t i = 0; i < c->n_claims; i++) {
        const bayan__pclaim *d = &c->claims[i];
        if (i)
            bayan__buf_puts(&b, x->ar ? "؛ " : "; ");
        const char *lab = d->short_label ? d->short_label : d->label;
        if (lab && *lab) {
            bayan__buf_puts(&b, lab);
            bayan__buf_puts(&b, ": ");
        }
        bayan__buf_puts(&b, d->text);
    }
    if (c->ratio_claim) {
        bayan__buf_puts(&b, x->ar ? "؛ النسبة المذكورة: " : "; stated ratio: ");
        bayan__buf_puts(&b, c->ratio_claim->text);
    }
    bayan__buf_puts(&b, ".");
    if (b.failed)
        x->oom = 1;
    c->alt = bayan__buf_detach(&b, NULL);
    if (!c->alt)
        x->oom = 1;
}

static int cmp_chart(const void *a, const void *b)
{
    const bayan__pchart *x = a, *y = b;
    if (x->first_start != y->first_start)
        return x->first_start < y->first_start ? -1 : 1;
    return strcmp(x->type, y->type);
}

static void finish_chart(ctx *x, bayan__pchart *c, size_t index)
{
    bayan__buf b = BAYAN__BUF_INIT;
    size_t w = x->p->n_charts > 99 ? 3 : 2;
    bayan__buf_printf(&b, "%0*zu-", (int)w, index + 1);
    size_t before = b.len;
    if (!x->ar && !bayan__pl_has_arabic(c->title))
        bayan__pl_slug(&b, c->title, 32);
    if (b.len == before) {
        bayan__buf_puts(&b, c->kind);
        size_t k = b.len;
        bayan__buf_putc(&b, '-');
        unit_slug(&b, c->unit, c->currency);
        if (b.len == k + 1) { /* no unit */
            b.len = k;
            b.data[k] = 0;
        }
    }
    if (b.failed)
        x->oom = 1;
    c->name = bayan__buf_detach(&b, NULL);
    if (!c->name)
        x->oom = 1;
    alt_text(x, c);
    bayan__buf s = BAYAN__BUF_INIT;
    chart_object(x->p, c, &s, "  ", 1);
    bayan__buf_putc(&s, '\n');
    if (s.failed)
        x->oom = 1;
    c->spec = bayan__buf_detach(&s, NULL);
    if (!c->spec)
        x->oom = 1;
}

/* ---- the infographic ---- */

static int cmp_size_desc(const bayan__pchart *a, const bayan__pchart *b) { return a->n_claims > b->n_claims; }

static void infographic(ctx *x)
{
    bayan_plan *p = x->p;
    enum { MAXP = 12, MAXCARDS = 12, PER_PANEL = 6 };
    const bayan__pchart *main = NULL;
    const bayan__pchart *others[64];
    size_t nothers = 0;
    if (!p->n_charts)
        return;
    /* the main series: the bar chart with the most bars, the first on a tie */
    for (size_t i = 0; i < p->n_charts; i++)
        if ((!strcmp(p->charts[i].type, "bar") || !strcmp(p->charts[i].type, "column")) &&
            (!main || cmp_size_desc(&p->charts[i], main)))
            main = &p->charts[i];
    /* the cards: key figures, in text order, grouped by unit into panels */
    const bayan__pchart *cards[MAXCARDS];
    size_t ncards = 0;
    for (size_t i = 0; i < p->n_charts && ncards < MAXCARDS; i++)
        if (!strcmp(p->charts[i].type, "stat"))
            cards[ncards++] = &p->charts[i];
    /* the other charts by importance: main, comparisons, shares, ranges, other bars */
    static const char *const order[] = {"comparison", "waffle", "range", "bar", "column", NULL};
    if (main)
        others[nothers++] = main;
    for (int t = 0; order[t]; t++)
        for (size_t i = 0; i < p->n_charts && nothers < 64; i++)
            if (!strcmp(p->charts[i].type, order[t]) && &p->charts[i] != main)
                others[nothers++] = &p->charts[i];
    /* panels of cards sharing a unit, at most six to a panel; the cards give
     * way to the charts for no more than half the page */
    size_t charts_first = nothers < MAXP / 2 ? nothers : MAXP / 2;
    size_t max_card_panels = MAXP - charts_first;
    size_t npanels_cards = 0;
    int card_panel[MAXCARDS];
    const bayan__pchart *panel_first[MAXCARDS];
    size_t panel_n[MAXCARDS];
    for (size_t i = 0; i < ncards; i++) {
        card_panel[i] = -1;
        for (size_t k = 0; k < npanels_cards; k++)
            if (str_eq(panel_first[k]->unit, cards[i]->unit) && str_eq(panel_first[k]->currency, cards[i]->currency) &&
                panel_n[k] < PER_PANEL) {
                card_panel[i] = (int)k;
                panel_n[k]++;
                break;
            }
        if (card_panel[i] < 0 && npanels_cards < max_card_panels) {
            panel_first[npanels_cards] = cards[i];
            panel_n[npanels_cards] = 1;
            card_panel[i] = (int)npanels_cards++;
        }
    }
    size_t room = MAXP - npanels_cards;
    if (nothers > room)
        nothers = room;
    bayan__buf b = BAYAN__BUF_INIT;
    const char *lang = x->ar ? "ar" : "en";
    bayan__buf_puts(&b, "{\n  \"schema\": \"bayan.chart/1\",\n  \"type\": \"infographic\",\n  \"title\": ");
    bayan__pl_json_str(&b, p->title);
    bayan__buf_puts(&b, ",\n  \"subtitle\": ");
    bayan__pl_json_str(&b, x->ar ? "أبرز الأرقام في النص" : "The key figures in the text");
    bayan__buf_puts(&b, ",\n  \"lang\": ");
    bayan__pl_json_str(&b, lang);
    bayan__buf_puts(&b, ",\n  \"direction\": \"auto\",\n  \"digits\": ");
    bayan__pl_json_str(&b, p->digits);
    bayan__buf_puts(&b, ",\n  \"panels\": [");
    int first = 1;
    for (size_t i = 0; i < nothers; i++) {
        bayan__buf_puts(&b, first ? "\n    " : ",\n    ");
        first = 0;
        chart_object(p, others[i], &b, "      ", 0);
    }
    /* card panels: one stat chart per unit, each card labelled */
    for (size_t k = 0; k < npanels_cards; k++) {
        bayan__pchart panel = *panel_first[k];
        bayan__pclaim items[PER_PANEL];
        size_t n = 0;
        for (size_t i = 0; i < ncards; i++) {
            if (card_panel[i] != (int)k)
                continue;
            items[n] = cards[i]->claims[0];
            /* a card's label says what the figure is: its chart's title */
            items[n].short_label = cards[i]->title;
            n++;
        }
        panel.claims = items;
        panel.n_claims = n;
        panel.title = x->ar ? "أرقام رئيسية" : "Key figures";
        panel.subtitle = NULL;
        panel.source = NULL;
        panel.ratio_claim = NULL;
        bayan__buf_puts(&b, first ? "\n    " : ",\n    ");
        first = 0;
        chart_object(p, &panel, &b, "      ", 0);
    }
    bayan__buf_puts(&b, "\n  ]\n}\n");
    if (b.failed)
        x->oom = 1;
    p->infographic = bayan__buf_detach(&b, NULL);
    if (!p->infographic)
        x->oom = 1;
}

/* ---- building ---- */

/* A series whose items the labels do not tell apart but their times do
 * ("5 مليارات دولار في عام 2021، و7 مليارات في عام 2022") is one measure
 * over time: a column chart, one column per time, in time order. */
static int time_before(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int digits = 1;
    for (const char *q = a; *q; q++)
        digits &= *q >= '0' && *q <= '9';
    for (const char *q = b; *q; q++)
        digits &= *q >= '0' && *q <= '9';
    if (digits && la != lb)
        return la < lb;
    return strcmp(a, b) < 0;
}

static void time_series(ctx *x, bayan__pchart *c)
{
    size_t n = c->n_claims;
    int distinct = 1, times = 1;
    for (size_t i = 0; i < n; i++) {
        if (!c->claims[i].label || !c->claims[i].short_label)
            distinct = 0;
        if (!c->claims[i].time || !*c->claims[i].time)
            times = 0;
        for (size_t j = 0; j < i; j++) {
            if (distinct && same_label(c->claims[i].short_label, c->claims[j].short_label, &x->oom))
                distinct = 0;
            if (times && !strcmp(c->claims[i].time, c->claims[j].time))
                times = 0;
        }
    }
    if (distinct || !times)
        return;
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && time_before(c->claims[j].time, c->claims[j - 1].time); j--) {
            bayan__pclaim t = c->claims[j];
            c->claims[j] = c->claims[j - 1];
            c->claims[j - 1] = t;
        }
    for (size_t i = 0; i < n; i++) {
        bayan__buf b = BAYAN__BUF_INIT;
        put_digits(x, &b, c->claims[i].time);
        free(c->claims[i].short_label);
        c->claims[i].short_label = bayan__buf_detach(&b, NULL);
        if (!c->claims[i].short_label)
            x->oom = 1;
    }
    c->type = "column";
}

static void add_chart(ctx *x, const bayan__pclaim *all, const size_t *idx, size_t n, const char *type,
                      const char *kind, const bayan_group *g, long ratio)
{
    bayan__pchart *c = new_chart(x);
    if (!c)
        return;
    c->type = type;
    c->kind = kind;
    c->claims = calloc(n, sizeof *c->claims);
    if (!c->claims) {
        x->oom = 1;
        return;
    }
    c->n_claims = n;
    c->first_start = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        const bayan__pclaim *s = &all[idx[i]];
        bayan__pclaim *d = &c->claims[i];
        *d = *s;
        d->id = bayan__pl_strdup(s->id, &x->oom);
        d->text = bayan__pl_strdup(s->text, &x->oom);
        d->label = bayan__pl_strdup(s->label, &x->oom);
        d->short_label = NULL;
        d->subject = bayan__pl_strdup(s->subject, &x->oom);
        d->time = bayan__pl_strdup(s->time, &x->oom);
        d->source = bayan__pl_strdup(s->source, &x->oom);
        d->sentence = bayan__pl_strdup(s->sentence, &x->oom);
        d->unit = bayan__pl_strdup(s->unit, &x->oom);
        d->currency = bayan__pl_strdup(s->currency, &x->oom);
        if (s->start < c->first_start)
            c->first_start = s->start;
    }
    c->unit = bayan__pl_strdup(all[idx[0]].unit, &x->oom);
    c->currency = bayan__pl_strdup(all[idx[0]].currency, &x->oom);
    if (g)
        c->group_id = bayan__pl_strdup(g->id, &x->oom);
    if (ratio >= 0) {
        c->ratio_claim = calloc(1, sizeof *c->ratio_claim);
        if (!c->ratio_claim) {
            x->oom = 1;
            return;
        }
        const bayan__pclaim *s = &all[ratio];
        bayan__pclaim *d = c->ratio_claim;
        *d = *s;
        d->id = bayan__pl_strdup(s->id, &x->oom);
        d->text = bayan__pl_strdup(s->text, &x->oom);
        d->label = bayan__pl_strdup(s->label, &x->oom);
        d->short_label = NULL;
        d->subject = bayan__pl_strdup(s->subject, &x->oom);
        d->time = bayan__pl_strdup(s->time, &x->oom);
        d->source = bayan__pl_strdup(s->source, &x->oom);
        d->sentence = bayan__pl_strdup(s->sentence, &x->oom);
        d->unit = bayan__pl_strdup(s->unit, &x->oom);
        d->currency = bayan__pl_strdup(s->currency, &x->oom);
    }
    if (n >= 2)
        shorten_labels(x, c->claims, n, !strcmp(type, "bar"));
    else
        c->claims[0].short_label = bayan__pl_strdup(
            c->claims[0].label ? c->claims[0].label
                               : sane_text(c->claims[0].text) ? c->claims[0].text : (x->ar ? "رقم رئيسي" : "Key figure"),
            &x->oom);
    if (!strcmp(type, "bar") && n >= 2)
        time_series(x, c);
    int unit_sub = strcmp(type, "stat") && strcmp(type, "waffle");
    chart_texts(x, c, g ? g->title : NULL, unit_sub);
    ratio_check(c);
}

static void add_dup(ctx *x, bayan__pchart *c, const char *id)
{
    char **d = realloc(c->dup_ids, (c->n_dups + 1) * sizeof *d);
    if (!d) {
        x->oom = 1;
        return;
    }
    c->dup_ids = d;
    d[c->n_dups] = bayan__pl_strdup(id, &x->oom);
    c->n_dups++;
}

/* The type of a single figure's chart. */
static void single_type(const bayan_claim *c, const char **type, const char **kind)
{
    if (c->has_range) {
        *type = "range";
        *kind = "range";
    } else if (((is_unit(c->unit, "percent") && c->value > 0 && c->value <= 100) || (is_fraction(c) && c->value > 0)) &&
               c->qualifier != BAYAN_Q_RANGE) {
        *type = "waffle";
        *kind = "share";
    } else {
        *type = "stat";
        *kind = "figure";
    }
}

bayan_status bayan__plan_build(const bayan__plan_input *in, const bayan_plan_opts *opts, bayan_plan **out)
{
    bayan_plan_opts o;
    ctx x = {0};
    bayan__pclaim *all = NULL;
    size_t *owner = NULL; /* per claim: chart index + 1, or 0 */
    unsigned char *in_group = NULL;
    size_t *idx = NULL;
    bayan_plan *p = NULL;
    size_t nc = in ? in->n_claims : 0;
    if (!in || !out)
        return BAYAN_EINVAL;
    *out = NULL;
    if (opts)
        o = *opts;
    else
        bayan_plan_opts_defaults(&o);
    p = calloc(1, sizeof *p);
    if (!p)
        return BAYAN_ENOMEM;
    x.in = in;
    x.p = p;
    x.ar = in->lang != BAYAN_LANG_EN;
    p->lang = x.ar ? BAYAN_LANG_AR : BAYAN_LANG_EN;
    p->formats = o.formats ? o.formats : (1u << BAYAN_FORMAT_PNG) | (1u << BAYAN_FORMAT_SVG) | (1u << BAYAN_FORMAT_PDF);
    {
        const char *path = in->path && *in->path ? in->path : "-";
        const char *base = strrchr(path, '/');
        p->path = bayan__pl_strdup(base ? base + 1 : path, &x.oom);
    }
    all = calloc(nc ? nc : 1, sizeof *all);
    owner = calloc(nc ? nc : 1, sizeof *owner);
    in_group = calloc(nc ? nc : 1, 1);
    idx = calloc(nc ? nc : 1, sizeof *idx);
    if (!all || !owner || !in_group || !idx) {
        x.oom = 1;
        goto out;
    }
    /* digits: as asked, or as the document writes its figures */
    if (o.digits == BAYAN_DIGITS_ARABIC)
        p->digits = "arabic";
    else if (o.digits == BAYAN_DIGITS_LATIN)
        p->digits = "latin";
    else {
        size_t ar_d = 0, lat_d = 0;
        for (size_t i = 0; i < nc; i++) {
            if (bayan__pl_has_arabic_digits(in->claims[i].text))
                ar_d++;
            else
                lat_d++;
        }
        p->digits = ar_d > lat_d ? "arabic" : "latin";
    }
    for (size_t i = 0; i < nc; i++)
        pclaim_copy(&x, &all[i], &in->claims[i]);
    if (x.oom)
        goto out;

    /* Items in text order: groups (by their first member) and singles. */
    typedef struct item {
        size_t start;
        long group; /* index, or -1 */
        size_t claim;
    } item;
    item *items = calloc(nc + in->n_groups + 1, sizeof *items);
    size_t nitems = 0;
    if (!items) {
        x.oom = 1;
        goto out;
    }
    for (size_t gi = 0; gi < in->n_groups; gi++) {
        const bayan_group *g = &in->groups[gi];
        size_t first = (size_t)-1;
        for (size_t k = 0; k < g->n_members; k++)
            if (g->members[k] < nc) {
                in_group[g->members[k]] = 1;
                if (in->claims[g->members[k]].start < first)
                    first = in->claims[g->members[k]].start;
            }
        if (g->ratio >= 0 && (size_t)g->ratio < nc)
            in_group[g->ratio] = 1;
        if (first != (size_t)-1)
            items[nitems++] = (item){first, (long)gi, 0};
    }
    for (size_t i = 0; i < nc; i++)
        if (!in_group[i])
            items[nitems++] = (item){in->claims[i].start, -1, i};
    /* insertion sort: stable, and the lists are short */
    for (size_t i = 1; i < nitems; i++) {
        item t = items[i];
        size_t j = i;
        while (j > 0 && items[j - 1].start > t.start) {
            items[j] = items[j - 1];
            j--;
        }
        items[j] = t;
    }

    for (size_t it = 0; it < nitems && !x.oom; it++) {
        if (items[it].group >= 0) {
            const bayan_group *g = &in->groups[items[it].group];
            size_t n = 0;
            int any_range = 0, any_negative = 0, all_new_dup = 1;
            for (size_t k = 0; k < g->n_members; k++) {
                size_t ci = g->members[k];
                if (ci >= nc || !chartable(&in->claims[ci]))
                    continue;
                /* the same figure twice in one group is shown once */
                int dup = 0;
                for (size_t j = 0; j < n; j++)
                    if (same_figure(&in->claims[idx[j]], &in->claims[ci], &x.oom))
                        dup = 1;
                if (dup)
                    continue;
                int seen = 0;
                for (size_t j = 0; j < ci; j++)
                    if (owner[j] && same_figure(&in->claims[j], &in->claims[ci], &x.oom))
                        seen = 1;
                if (!seen)
                    all_new_dup = 0;
                if (in->claims[ci].has_range)
                    any_range = 1;
                if (in->claims[ci].has_value && in->claims[ci].value < 0)
                    any_negative = 1;
                idx[n++] = ci;
            }
            if (n == 0)
                continue;
            if (all_new_dup) {
                /* a whole group the text already gave: charted once */
                for (size_t k = 0; k < n; k++)
                    for (size_t j = 0; j < idx[k]; j++)
                        if (owner[j] && same_figure(&in->claims[j], &in->claims[idx[k]], &x.oom)) {
                            add_dup(&x, &p->charts[owner[j] - 1], in->claims[idx[k]].id);
                            owner[idx[k]] = owner[j];
                            break;
                        }
                continue;
            }
            long ratio = g->ratio >= 0 && (size_t)g->ratio < nc ? g->ratio : -1;
            if (n == 1) {
                const char *type, *kind;
                single_type(&in->claims[idx[0]], &type, &kind);
                add_chart(&x, all, idx, 1, type, kind, g, -1);
            } else if (any_range) {
                add_chart(&x, all, idx, n > 12 ? 12 : n, "range", "range", g, -1);
            } else if (g->kind == BAYAN_GROUP_COMPARISON && n <= 4 && !any_negative) {
                /* (the comparison's bars grow from one edge: a figure below
                 * zero goes to a bar chart, whose axis has both sides) */
                add_chart(&x, all, idx, n, "comparison", "comparison", g, ratio);
            } else {
                /* bars largest first, as the chart shows them (stable) */
                for (size_t i = 1; i < n; i++)
                    for (size_t j = i; j > 0 && in->claims[idx[j - 1]].value < in->claims[idx[j]].value; j--) {
                        size_t t = idx[j];
                        idx[j] = idx[j - 1];
                        idx[j - 1] = t;
                    }
                add_chart(&x, all, idx, n > 200 ? 200 : n, "bar", "series", g, -1);
            }
            for (size_t k = 0; k < n; k++)
                owner[idx[k]] = p->n_charts;
        } else {
            size_t ci = items[it].claim;
            const bayan_claim *c = &in->claims[ci];
            if (!chartable(c))
                continue;
            /* a figure given again, before or after, in a group or alone */
            long prev = -1;
            for (size_t j = 0; j < nc && prev < 0; j++) {
                if (j == ci || !same_figure(&in->claims[j], c, &x.oom))
                    continue;
                if (owner[j])
                    prev = (long)j;
                else if (in_group[j] && chartable(&in->claims[j]))
                    prev = (long)j; /* a group later in the text will chart it */
            }
            if (prev >= 0) {
                if (owner[prev]) {
                    add_dup(&x, &p->charts[owner[prev] - 1], c->id);
                    owner[ci] = owner[prev];
                }
                continue;
            }
            const char *type, *kind;
            single_type(c, &type, &kind);
            idx[0] = ci;
            add_chart(&x, all, idx, 1, type, kind, NULL, -1);
            owner[ci] = p->n_charts;
        }
    }
    free(items);
    if (x.oom)
        goto out;
    /* duplicates that pointed at a group charted later: attach them now */
    for (size_t i = 0; i < nc; i++) {
        if (owner[i] || in_group[i] || !chartable(&in->claims[i]))
            continue;
        for (size_t j = 0; j < nc; j++)
            if (owner[j] && in_group[j] && same_figure(&in->claims[j], &in->claims[i], &x.oom)) {
                add_dup(&x, &p->charts[owner[j] - 1], in->claims[i].id);
                owner[i] = owner[j];
                break;
            }
    }
    if (p->n_charts > 1)
        qsort(p->charts, p->n_charts, sizeof *p->charts, cmp_chart);
    for (size_t i = 0; i < p->n_charts; i++)
        finish_chart(&x, &p->charts[i], i);
    /* the document's title, or the first chart's */
    if (in->title && *in->title)
        p->title = bayan__pl_strdup(in->title, &x.oom);
    else if (p->n_charts)
        p->title = bayan__pl_strdup(p->charts[0].title, &x.oom);
    else
        p->title = bayan__pl_strdup(p->path, &x.oom);
    if (x.oom)
        goto out;
    infographic(&x);
    if (x.oom)
        goto out;
    if (bayan__plan_pages(p) != BAYAN_OK)
        x.oom = 1;
out:
    if (all)
        for (size_t i = 0; i < nc; i++)
            pclaim_free(&all[i]);
    free(all);
    free(owner);
    free(in_group);
    free(idx);
    if (x.oom) {
        bayan_plan_free(p);
        return BAYAN_ENOMEM;
    }
    *out = p;
    return BAYAN_OK;
}

/* ---- the public API ---- */

void bayan_plan_opts_defaults(bayan_plan_opts *opts)
{
    if (!opts)
        return;
    memset(opts, 0, sizeof *opts);
    opts->digits = BAYAN_DIGITS_AUTO;
    opts->formats = (1u << BAYAN_FORMAT_PNG) | (1u << BAYAN_FORMAT_SVG) | (1u << BAYAN_FORMAT_PDF);
}

void bayan_plan_free(bayan_plan *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n_charts; i++) {
        bayan__pchart *c = &p->charts[i];
        for (size_t k = 0; k < c->n_claims; k++)
            pclaim_free(&c->claims[k]);
        free(c->claims);
        pclaim_free(c->ratio_claim);
        free(c->ratio_claim);
        for (size_t k = 0; k < c->n_dups; k++)
            free(c->dup_ids[k]);
        free(c->dup_ids);
        free(c->name);
        free(c->group_id);
        free(c->title);
        free(c->subtitle);
        free(c->source);
        free(c->alt);
        free(c->spec);
        free(c->unit);
        free(c->currency);
    }
    free(p->charts);
    free(p->title);
    free(p->path);
    free(p->infographic);
    free(p->manifest);
    free(p->gallery);
    free(p->figures);
    free(p);
}

size_t bayan_plan_chart_count(const bayan_plan *p) { return p ? p->n_charts : 0; }

#define CHART_FIELD(fn, field)                                                                                         \
    const char *fn(const bayan_plan *p, size_t i) { return p && i < p->n_charts ? p->charts[i].field : NULL; }
CHART_FIELD(bayan_plan_chart_name, name)
CHART_FIELD(bayan_plan_chart_spec, spec)
CHART_FIELD(bayan_plan_chart_type, type)
CHART_FIELD(bayan_plan_chart_title, title)
CHART_FIELD(bayan_plan_chart_alt, alt)

const char *bayan_plan_infographic_spec(const bayan_plan *p) { return p ? p->infographic : NULL; }
const char *bayan_plan_manifest(const bayan_plan *p) { return p ? p->manifest : NULL; }
const char *bayan_plan_gallery(const bayan_plan *p) { return p ? p->gallery : NULL; }
const char *bayan_plan_figures_md(const bayan_plan *p) { return p ? p->figures : NULL; }

int bayan_plan_chart_ratio_check(const bayan_plan *p, size_t i, bayan_ratio_check *out)
{
    if (!p || i >= p->n_charts || !p->charts[i].has_check)
        return 0;
    if (out)
        *out = p->charts[i].check;
    return 1;
}

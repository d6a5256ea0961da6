/* Chart planning from hand-made claims: which chart each kind of group or
 * figure becomes, labels, ratio checks, repeated figures, years, names, and
 * that every planned spec is one the renderer accepts. The claims are built
 * here (not extracted) so these tests pin the planner alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "bayan.h"
#include "plan/plan_int.h"

/* A short Arabic text in the project's own words. */
static const char text_ar[] =
    "المنطقة في أرقام\n"
    "\n"
    "تملك المنطقة 40% من احتياطي النحاس، و25% من الفضة، و10% من الذهب. "
    "وتبلغ كلفة الشحن فيها 60% من ثمن البضاعة، أي نحو أربعة أضعاف المتوسط العالمي البالغ 15%. "
    "ويغطي الرعي أكثر من 70% من أراضيها. "
    "وقد ترتفع الحرارة بين 2 و3 درجات. "
    "ويعمل في المناجم 1200 عامل منذ عام 2019. "
    "وتملك المنطقة 40% من احتياطي النحاس كما ذكرنا.";

typedef struct fixture {
    bayan_claim claims[16];
    size_t n;
    bayan_group groups[4];
    size_t ng;
    size_t mem[4][8];
} fixture;

static size_t sentence_start_of(const char *t, size_t pos)
{
    size_t s = pos;
    while (s > 0 && t[s - 1] != '.' && t[s - 1] != '\n')
        s--;
    return s;
}

static size_t sentence_end_of(const char *t, size_t pos)
{
    size_t e = pos;
    while (t[e] && t[e] != '.' && t[e] != '\n')
        e++;
    return t[e] == '.' ? e + 1 : e;
}

/* Adds a claim for the nth occurrence of `needle` (its text). */
static bayan_claim *add(fixture *f, const char *needle, int nth, double v, const char *unit, const char *label)
{
    const char *p = text_ar;
    for (int i = 0; i <= nth; i++) {
        p = strstr(i ? p + 1 : p, needle);
        assert_non_null(p);
    }
    bayan_claim *c = &f->claims[f->n];
    memset(c, 0, sizeof *c);
    static char ids[16][8];
    snprintf(ids[f->n], sizeof ids[f->n], "c%zu", f->n + 1);
    c->id = ids[f->n];
    c->text = needle;
    c->start = (size_t)(p - text_ar);
    c->end = c->start + strlen(needle);
    c->value = v;
    c->has_value = 1;
    c->unit = unit;
    c->label = label;
    c->sentence_start = sentence_start_of(text_ar, c->start);
    c->sentence_end = sentence_end_of(text_ar, c->start);
    f->n++;
    return c;
}

static void build_fixture(fixture *f)
{
    memset(f, 0, sizeof *f);
    add(f, "40%", 0, 40, "percent", "احتياطي النحاس");
    add(f, "25%", 0, 25, "percent", "الفضة");
    add(f, "10%", 0, 10, "percent", "الذهب");
    add(f, "60%", 0, 60, "percent", "كلفة الشحن")->qualifier = BAYAN_Q_NONE;
    bayan_claim *r = add(f, "أربعة أضعاف", 0, 4, "times", "المتوسط العالمي");
    r->qualifier = BAYAN_Q_APPROX;
    add(f, "15%", 0, 15, "percent", "المتوسط العالمي");
    add(f, "أكثر من 70%", 0, 70, "percent", "أراضيها")->qualifier = BAYAN_Q_MORE_THAN;
    bayan_claim *rg = add(f, "بين 2 و3 درجات", 0, 0, "celsius", "الحرارة");
    rg->has_value = 0;
    rg->has_range = 1;
    rg->low = 2;
    rg->high = 3;
    rg->qualifier = BAYAN_Q_RANGE;
    add(f, "1200 عامل", 0, 1200, "count", "عامل");
    /* a year that slipped through as a bare number: must not be charted */
    add(f, "2019", 0, 2019, NULL, NULL);
    /* the copper figure again, later */
    add(f, "40%", 1, 40, "percent", "احتياطي النحاس");
    /* groups: the series and the comparison */
    f->mem[0][0] = 0;
    f->mem[0][1] = 1;
    f->mem[0][2] = 2;
    f->groups[0] = (bayan_group){"g1", BAYAN_GROUP_SERIES, "احتياطي المعادن", "percent", NULL, 3, f->mem[0], -1};
    f->mem[1][0] = 3;
    f->mem[1][1] = 5;
    f->groups[1] =
        (bayan_group){"g2", BAYAN_GROUP_COMPARISON, "كلفة الشحن مقابل المتوسط العالمي", "percent", NULL, 2, f->mem[1], 4};
    f->ng = 2;
    for (size_t i = 0; i < 3; i++)
        f->claims[i].group = "g1";
    for (size_t i = 3; i < 6; i++)
        f->claims[i].group = "g2";
}

static bayan_plan *plan_fixture(fixture *f, bayan_digits digits)
{
    bayan__plan_input in = {0};
    in.claims = f->claims;
    in.n_claims = f->n;
    in.groups = f->groups;
    in.n_groups = f->ng;
    in.lang = BAYAN_LANG_AR;
    in.title = "المنطقة في أرقام";
    in.path = "some/dir/region.txt";
    in.bytes = text_ar;
    in.len = strlen(text_ar);
    bayan_plan_opts o;
    bayan_plan_opts_defaults(&o);
    o.digits = digits;
    bayan_plan *p = NULL;
    assert_int_equal(bayan__plan_build(&in, &o, &p), BAYAN_OK);
    assert_non_null(p);
    return p;
}

static json_t *load(const char *s)
{
    json_error_t e;
    json_t *j = json_loads(s, 0, &e);
    if (!j)
        fail_msg("invalid JSON at %d:%d: %s\n%s", e.line, e.column, e.text, s);
    return j;
}

static void test_types_in_document_order(void **state)
{
    (void)state;
    fixture f;
    build_fixture(&f);
    bayan_plan *p = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    /* series, comparison, share, range, key figure; the year and the repeat are not charted */
    static const char *const want[] = {"bar", "comparison", "waffle", "range", "stat"};
    assert_int_equal(bayan_plan_chart_count(p), 5);
    for (size_t i = 0; i < 5; i++)
        assert_string_equal(bayan_plan_chart_type(p, i), want[i]);
    assert_string_equal(bayan_plan_chart_name(p, 0), "01-series-percent");
    assert_string_equal(bayan_plan_chart_name(p, 1), "02-comparison-percent");
    assert_string_equal(bayan_plan_chart_name(p, 2), "03-share-percent");
    assert_string_equal(bayan_plan_chart_name(p, 3), "04-range-celsius");
    assert_string_equal(bayan_plan_chart_name(p, 4), "05-figure-count");
    bayan_plan_free(p);
}

static void test_specs_render_and_keep_qualifiers(void **state)
{
    (void)state;
    fixture f;
    build_fixture(&f);
    bayan_plan *p = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    for (size_t i = 0; i < bayan_plan_chart_count(p); i++) {
        const char *spec = bayan_plan_chart_spec(p, i);
        bayan_chart *c = NULL;
        bayan_diag d;
        bayan_status st = bayan_chart_parse(spec, strlen(spec), "planned.json", &c, &d);
        if (st != BAYAN_OK)
            fail_msg("spec %zu refused: %u:%u: %s\n%s", i, d.line, d.column, d.message, spec);
        bayan_chart_free(c);
        json_t *j = load(spec);
        assert_string_equal(json_string_value(json_object_get(j, "schema")), "bayan.chart/1");
        assert_string_equal(json_string_value(json_object_get(j, "lang")), "ar");
        assert_string_equal(json_string_value(json_object_get(j, "digits")), "latin");
        /* no year is ever a value */
        json_t *data = json_object_get(j, "data"), *it;
        size_t k;
        json_array_foreach(data, k, it)
        {
            json_t *v = json_object_get(it, "value");
            if (v)
                assert_false(json_number_value(v) == 2019);
        }
        json_decref(j);
    }
    /* the series: labels shortened, document order kept, unit in the subtitle */
    json_t *bar = load(bayan_plan_chart_spec(p, 0));
    json_t *data = json_object_get(bar, "data");
    assert_int_equal(json_array_size(data), 3);
    assert_string_equal(json_string_value(json_object_get(json_array_get(data, 0), "label")), "النحاس");
    assert_string_equal(json_string_value(json_object_get(json_array_get(data, 1), "label")), "الفضة");
    assert_int_equal(json_integer_value(json_object_get(json_array_get(data, 0), "value")), 40);
    assert_string_equal(json_string_value(json_object_get(bar, "title")), "احتياطي المعادن");
    assert_non_null(strstr(json_string_value(json_object_get(bar, "subtitle")), "%"));
    json_decref(bar);
    /* the comparison carries its ratio with its qualifier */
    json_t *cmp = load(bayan_plan_chart_spec(p, 1));
    json_t *ratio = json_object_get(cmp, "ratio");
    assert_non_null(ratio);
    assert_int_equal(json_integer_value(json_object_get(ratio, "value")), 4);
    assert_string_equal(json_string_value(json_object_get(ratio, "qualifier")), "approx");
    json_decref(cmp);
    /* the share keeps "more than" */
    json_t *w = load(bayan_plan_chart_spec(p, 2));
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(w, "data"), 0), "qualifier")),
                        "more_than");
    json_decref(w);
    /* the range keeps both ends */
    json_t *r = load(bayan_plan_chart_spec(p, 3));
    json_t *r0 = json_array_get(json_object_get(r, "data"), 0);
    assert_int_equal(json_integer_value(json_object_get(r0, "low")), 2);
    assert_int_equal(json_integer_value(json_object_get(r0, "high")), 3);
    json_decref(r);
    bayan_plan_free(p);
}

static void test_ratio_check(void **state)
{
    (void)state;
    fixture f;
    build_fixture(&f);
    bayan_plan *p = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    bayan_ratio_check k;
    assert_int_equal(bayan_plan_chart_ratio_check(p, 0, &k), 0);
    assert_int_equal(bayan_plan_chart_ratio_check(p, 1, &k), 1);
    assert_true(k.computed > 3.99 && k.computed < 4.01); /* 60 / 15 */
    assert_true(k.consistent);
    bayan_plan_free(p);
    /* "about four times" against 60 and 11: 5.45 is not about four */
    build_fixture(&f);
    f.claims[5].value = 11;
    p = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    assert_int_equal(bayan_plan_chart_ratio_check(p, 1, &k), 1);
    assert_true(k.computed > 5.4 && k.computed < 5.5);
    assert_false(k.consistent);
    /* and the manifest says so */
    json_t *m = load(bayan_plan_manifest(p));
    json_t *checks = json_object_get(m, "ratio_checks");
    assert_int_equal(json_array_size(checks), 1);
    assert_true(json_is_false(json_object_get(json_array_get(checks, 0), "consistent")));
    assert_int_equal(json_integer_value(json_object_get(json_array_get(checks, 0), "stated")), 4);
    json_decref(m);
    bayan_plan_free(p);
}

static void test_manifest_traces_claims_to_sentences(void **state)
{
    (void)state;
    fixture f;
    build_fixture(&f);
    bayan_plan *p = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    json_t *m = load(bayan_plan_manifest(p));
    assert_string_equal(json_string_value(json_object_get(m, "source")), "region.txt");
    json_t *charts = json_object_get(m, "charts");
    assert_int_equal(json_array_size(charts), 5);
    json_t *c0 = json_array_get(charts, 0);
    json_t *files = json_object_get(c0, "files");
    assert_int_equal(json_array_size(files), 3);
    assert_string_equal(json_string_value(json_array_get(files, 0)), "01-series-percent.png");
    json_t *cl = json_array_get(json_object_get(c0, "claims"), 0);
    size_t s = (size_t)json_integer_value(json_object_get(cl, "start"));
    size_t e = (size_t)json_integer_value(json_object_get(cl, "end"));
    assert_memory_equal(text_ar + s, "40%", e - s);
    const char *sent = json_string_value(json_object_get(cl, "sentence"));
    assert_non_null(strstr(sent, "احتياطي النحاس"));
    /* the repeated copper figure is recorded, not charted again */
    json_t *rep = json_object_get(c0, "repeats");
    assert_int_equal(json_array_size(rep), 1);
    assert_string_equal(json_string_value(json_array_get(rep, 0)), "c11");
    json_decref(m);
    bayan_plan_free(p);
}

static void test_pages(void **state)
{
    (void)state;
    fixture f;
    build_fixture(&f);
    bayan_plan *p = plan_fixture(&f, BAYAN_DIGITS_ARABIC);
    const char *html = bayan_plan_gallery(p);
    assert_non_null(strstr(html, "<html lang=\"ar\" dir=\"rtl\">"));
    assert_non_null(strstr(html, "<img src=\"01-series-percent.png\""));
    assert_non_null(strstr(html, "<img src=\"infographic.png\""));
    assert_null(strstr(html, "http://"));
    assert_null(strstr(html, "https://"));
    assert_non_null(strstr(html, "<mark>40%</mark>"));
    const char *md = bayan_plan_figures_md(p);
    assert_non_null(strstr(md, "](02-comparison-percent.png)"));
    /* digits as asked */
    json_t *j = load(bayan_plan_chart_spec(p, 0));
    assert_string_equal(json_string_value(json_object_get(j, "digits")), "arabic");
    json_decref(j);
    bayan_plan_free(p);
}

static void test_infographic(void **state)
{
    (void)state;
    fixture f;
    build_fixture(&f);
    bayan_plan *p = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    const char *ig = bayan_plan_infographic_spec(p);
    assert_non_null(ig);
    bayan_chart *c = NULL;
    bayan_diag d;
    if (bayan_chart_parse(ig, strlen(ig), "infographic.json", &c, &d) != BAYAN_OK)
        fail_msg("infographic refused: %u:%u: %s\n%s", d.line, d.column, d.message, ig);
    bayan_chart_free(c);
    json_t *j = load(ig);
    assert_string_equal(json_string_value(json_object_get(j, "type")), "infographic");
    assert_string_equal(json_string_value(json_object_get(j, "title")), "المنطقة في أرقام");
    json_t *panels = json_object_get(j, "panels");
    /* the series first, then the comparison, share, range; the card last */
    assert_string_equal(json_string_value(json_object_get(json_array_get(panels, 0), "type")), "bar");
    assert_string_equal(json_string_value(json_object_get(json_array_get(panels, 1), "type")), "comparison");
    json_t *last = json_array_get(panels, json_array_size(panels) - 1);
    assert_string_equal(json_string_value(json_object_get(last, "type")), "stat");
    json_decref(j);
    bayan_plan_free(p);
}

static void test_deterministic(void **state)
{
    (void)state;
    fixture f;
    build_fixture(&f);
    bayan_plan *a = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    bayan_plan *b = plan_fixture(&f, BAYAN_DIGITS_AUTO);
    for (size_t i = 0; i < bayan_plan_chart_count(a); i++)
        assert_string_equal(bayan_plan_chart_spec(a, i), bayan_plan_chart_spec(b, i));
    assert_string_equal(bayan_plan_manifest(a), bayan_plan_manifest(b));
    assert_string_equal(bayan_plan_gallery(a), bayan_plan_gallery(b));
    assert_string_equal(bayan_plan_infographic_spec(a), bayan_plan_infographic_spec(b));
    bayan_plan_free(a);
    bayan_plan_free(b);
}

static void test_empty_and_null(void **state)
{
    (void)state;
    bayan__plan_input in = {0};
    in.lang = BAYAN_LANG_EN;
    in.path = "empty.txt";
    bayan_plan *p = NULL;
    assert_int_equal(bayan__plan_build(&in, NULL, &p), BAYAN_OK);
    assert_int_equal(bayan_plan_chart_count(p), 0);
    assert_null(bayan_plan_infographic_spec(p));
    assert_non_null(strstr(bayan_plan_gallery(p), "dir=\"ltr\""));
    json_t *m = load(bayan_plan_manifest(p));
    json_decref(m);
    bayan_plan_free(p);
    bayan_plan_free(NULL);
    assert_null(bayan_plan_chart_spec(NULL, 0));
}

/* One measure at three times, the labels alike: a column chart in time
 * order, the times as labels, never as values. */
static void test_time_series_becomes_columns(void **state)
{
    (void)state;
    static const char t[] = "Exports\n\nExports were $9 million in 2023, $5 million in 2021 and $7 million in 2022.";
    bayan_claim cl[3];
    size_t mem[3] = {0, 1, 2};
    static const char *const texts[] = {"$9 million", "$5 million", "$7 million"};
    static const char *const times[] = {"2023", "2021", "2022"};
    static const double vals[] = {9e6, 5e6, 7e6};
    for (size_t i = 0; i < 3; i++) {
        memset(&cl[i], 0, sizeof cl[i]);
        cl[i].id = i == 0 ? "c1" : i == 1 ? "c2" : "c3";
        cl[i].text = texts[i];
        cl[i].start = (size_t)(strstr(t, texts[i]) - t);
        cl[i].end = cl[i].start + strlen(texts[i]);
        cl[i].value = vals[i];
        cl[i].has_value = 1;
        cl[i].unit = "currency";
        cl[i].currency = "USD";
        cl[i].label = "Exports";
        cl[i].time = times[i];
        cl[i].group = "g1";
        cl[i].sentence_start = 9;
        cl[i].sentence_end = strlen(t);
    }
    bayan_group g = {"g1", BAYAN_GROUP_SERIES, "Exports", "currency", "USD", 3, mem, -1};
    bayan__plan_input in = {cl, 3, &g, 1, BAYAN_LANG_EN, "Exports", "exports.txt", t, strlen(t)};
    bayan_plan *p = NULL;
    assert_int_equal(bayan__plan_build(&in, NULL, &p), BAYAN_OK);
    assert_int_equal(bayan_plan_chart_count(p), 1);
    assert_string_equal(bayan_plan_chart_type(p, 0), "column");
    assert_string_equal(bayan_plan_chart_name(p, 0), "01-exports");
    json_t *j = load(bayan_plan_chart_spec(p, 0));
    json_t *data = json_object_get(j, "data");
    static const char *const want[] = {"2021", "2022", "2023"};
    static const double wantv[] = {5e6, 7e6, 9e6};
    for (size_t i = 0; i < 3; i++) {
        assert_string_equal(json_string_value(json_object_get(json_array_get(data, i), "label")), want[i]);
        assert_true(json_number_value(json_object_get(json_array_get(data, i), "value")) == wantv[i]);
    }
    assert_string_equal(json_string_value(json_object_get(j, "sort")), "none");
    assert_string_equal(json_string_value(json_object_get(j, "currency")), "USD");
    json_decref(j);
    bayan_plan_free(p);
    /* with Arabic digits asked for, the times read like the numbers */
    bayan_plan_opts o;
    bayan_plan_opts_defaults(&o);
    o.digits = BAYAN_DIGITS_ARABIC;
    assert_int_equal(bayan__plan_build(&in, &o, &p), BAYAN_OK);
    j = load(bayan_plan_chart_spec(p, 0));
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "data"), 0), "label")),
                        "\u0662\u0660\u0662\u0661");
    json_decref(j);
    bayan_plan_free(p);
}

/* Arabic items that share the front of a name ("محطة الأمير ...") keep the
 * whole name: what would be left ("سلمان") is no noun phrase of its own */
/* The data items of the bar chart planned for an Arabic series of three
 * counts (texts found in t, with their labels and values). */
static json_t *ar_series_items(const char *t, const char *const texts[3], const char *const labels[3],
                               const double vals[3], const char *title, bayan_plan **pp)
{
    static bayan_claim cl[3];
    static size_t mem[3] = {0, 1, 2};
    for (size_t i = 0; i < 3; i++) {
        memset(&cl[i], 0, sizeof cl[i]);
        cl[i].id = i == 0 ? "c1" : i == 1 ? "c2" : "c3";
        cl[i].text = texts[i];
        cl[i].start = (size_t)(strstr(t, texts[i]) - t);
        cl[i].end = cl[i].start + strlen(texts[i]);
        cl[i].value = vals[i];
        cl[i].has_value = 1;
        cl[i].unit = "count";
        cl[i].label = labels[i];
        cl[i].group = "g1";
        cl[i].sentence_start = 0;
        cl[i].sentence_end = strlen(t);
    }
    static bayan_group g;
    g = (bayan_group){"g1", BAYAN_GROUP_SERIES, title, "count", NULL, 3, mem, -1};
    bayan__plan_input in = {cl, 3, &g, 1, BAYAN_LANG_AR, title, "series.txt", t, strlen(t)};
    assert_int_equal(bayan__plan_build(&in, NULL, pp), BAYAN_OK);
    return load(bayan_plan_chart_spec(*pp, 0));
}

static const char *item_label(json_t *spec, size_t i)
{
    return json_string_value(json_object_get(json_array_get(json_object_get(spec, "data"), i), "label"));
}

static void test_ar_names_stay_whole(void **state)
{
    (void)state;
    static const char t[] = "ونقلت محطة الأمير سلمان الشمالية 8 ملايين راكب، ومحطة الأمير نايف 5 ملايين، ومحطة الأمير فيصل 3 ملايين راكب.";
    static const char *const texts[] = {"8 ملايين راكب", "5 ملايين", "3 ملايين راكب"};
    static const char *const labels[] = {"محطة الأمير سلمان الشمالية: راكب", "محطة الأمير نايف: راكب",
                                         "محطة الأمير فيصل: راكب"};
    static const double vals[] = {8e6, 5e6, 3e6};
    bayan_plan *p = NULL;
    json_t *j = ar_series_items(t, texts, labels, vals, "راكب", &p);
    assert_string_equal(item_label(j, 0), "محطة الأمير سلمان الشمالية");
    assert_string_equal(item_label(j, 1), "محطة الأمير نايف");
    json_decref(j);
    bayan_plan_free(p);
}

/* A ranking whose first item alone names the counted noun ("الأول: طالب")
 * keeps its owner as the bar's label, not the noun. */
static void test_ar_owner_item_keeps_its_owner(void **state)
{
    (void)state;
    static const char t[] = "وجاءت الجامعة الأردنية أولا بنحو 41 ألف طالب، تلتها الجامعة الهاشمية بـ30 ألفا، ثم اليرموك بـ27 ألفا.";
    static const char *const texts[] = {"بنحو 41 ألف طالب", "30 ألفا", "27 ألفا"};
    static const char *const labels[] = {"الجامعة الأردنية: طالب", "الجامعة الهاشمية", "اليرموك"};
    static const double vals[] = {41e3, 30e3, 27e3};
    bayan_plan *p = NULL;
    json_t *j = ar_series_items(t, texts, labels, vals, "طالب", &p);
    assert_string_equal(item_label(j, 0), "الأردنية");
    assert_string_equal(item_label(j, 1), "الهاشمية");
    assert_string_equal(item_label(j, 2), "اليرموك");
    json_decref(j);
    bayan_plan_free(p);
}

static void test_slugs_and_labels(void **state)
{
    (void)state;
    bayan__buf b = BAYAN__BUF_INIT;
    bayan__pl_slug(&b, "Central Asia: the world\u2019s manganese ore reserves", 32);
    assert_string_equal(b.data, "central-asia-the-worlds");
    bayan__buf_reset(&b);
    bayan__pl_slug(&b, "  --Transport vs. world average!  ", 32);
    assert_string_equal(b.data, "transport-vs-world-average");
    bayan__buf_reset(&b);
    bayan__pl_slug(&b, "احتياطي المعادن", 32);
    assert_int_equal(b.len, 0);
    bayan__buf_reset(&b);
    bayan__pl_slug(&b, "Supercalifragilisticexpialidociousness", 10);
    assert_string_equal(b.data, "supercalif");
    bayan__buf_free(&b);
    int oom = 0;
    char *k1 = bayan__pl_label_key("والكُروم", &oom), *k2 = bayan__pl_label_key("الكروم", &oom);
    assert_string_equal(k1, k2);
    free(k1);
    free(k2);
    k1 = bayan__pl_label_key("إحتياطي  المنغنيز", &oom);
    k2 = bayan__pl_label_key("احتياطي المنغنيز", &oom);
    assert_string_equal(k1, k2);
    free(k1);
    free(k2);
    assert_int_equal(oom, 0);
    /* JSON numbers never follow the locale and never print -0 or 1e+09 */
    bayan__pl_json_num(&b, 628000000, 6);
    bayan__buf_putc(&b, ' ');
    bayan__pl_json_num(&b, 4.545454545, 4);
    bayan__buf_putc(&b, ' ');
    bayan__pl_json_num(&b, -0.0, 6);
    assert_string_equal(b.data, "628000000 4.5455 0");
    bayan__buf_free(&b);
}

/* A document of many figures in many units: the fact sheet keeps its main
 * chart and stays within the renderer's twelve panels. */
static void test_infographic_many_figures(void **state)
{
    (void)state;
    static const char *const units[] = {"tonnes", "km", "barrels", "hectares", "wells", "ships", "mines",
                                        "schools", "farms", "roads", "ports", "dams", "lakes", "towns"};
    enum { NU = sizeof units / sizeof *units };
    static char t[4096];
    static char texts[NU + 3][32];
    static char ids[NU + 3][8];
    bayan_claim cl[NU + 3];
    size_t mem[3] = {0, 1, 2};
    size_t n = 0, off = 0;
    off += (size_t)snprintf(t + off, sizeof t - off, "Many things\n\n");
    for (size_t i = 0; i < NU + 3; i++) {
        memset(&cl[i], 0, sizeof cl[i]);
        snprintf(ids[i], sizeof ids[i], "c%zu", i + 1);
        if (i < 3)
            snprintf(texts[i], sizeof texts[i], "%zu%%", 10 * (i + 1));
        else
            snprintf(texts[i], sizeof texts[i], "%zu %s", 100 + i, units[i - 3]);
        cl[i].id = ids[i];
        cl[i].text = texts[i];
        cl[i].sentence_start = off;
        cl[i].start = off + 4;
        off += (size_t)snprintf(t + off, sizeof t - off, "The %s here. ", texts[i]);
        cl[i].end = cl[i].start + strlen(texts[i]);
        cl[i].sentence_end = off - 1;
        cl[i].has_value = 1;
        cl[i].value = i < 3 ? 10.0 * (double)(i + 1) : 100.0 + (double)i;
        cl[i].unit = i < 3 ? "percent" : units[i - 3];
        cl[i].label = i < 3 ? (i == 0 ? "copper" : i == 1 ? "silver" : "gold") : units[i - 3];
        cl[i].group = i < 3 ? "g1" : NULL;
        n++;
    }
    bayan_group g = {"g1", BAYAN_GROUP_SERIES, "Shares of reserves", "percent", NULL, 3, mem, -1};
    bayan__plan_input in = {cl, n, &g, 1, BAYAN_LANG_EN, "Many things", "many.txt", t, strlen(t)};
    bayan_plan *p = NULL;
    assert_int_equal(bayan__plan_build(&in, NULL, &p), BAYAN_OK);
    assert_int_equal(bayan_plan_chart_count(p), NU + 1);
    const char *ig = bayan_plan_infographic_spec(p);
    bayan_chart *c = NULL;
    bayan_diag d;
    if (bayan_chart_parse(ig, strlen(ig), "infographic.json", &c, &d) != BAYAN_OK)
        fail_msg("infographic refused: %u:%u: %s", d.line, d.column, d.message);
    bayan_chart_free(c);
    json_t *j = load(ig);
    json_t *panels = json_object_get(j, "panels");
    assert_true(json_array_size(panels) <= 12);
    assert_string_equal(json_string_value(json_object_get(json_array_get(panels, 0), "type")), "bar");
    json_decref(j);
    bayan_plan_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_types_in_document_order),
        cmocka_unit_test(test_specs_render_and_keep_qualifiers),
        cmocka_unit_test(test_ratio_check),
        cmocka_unit_test(test_manifest_traces_claims_to_sentences),
        cmocka_unit_test(test_pages),
        cmocka_unit_test(test_infographic),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_empty_and_null),
        cmocka_unit_test(test_time_series_becomes_columns),
        cmocka_unit_test(test_ar_names_stay_whole),
        cmocka_unit_test(test_ar_owner_item_keeps_its_owner),
        cmocka_unit_test(test_slugs_and_labels),
        cmocka_unit_test(test_infographic_many_figures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

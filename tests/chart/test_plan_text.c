/* Planning from real text, through the extractor: small passages written for
 * these tests, each aimed at one planning rule (a list becomes one bar
 * chart, a repeated figure is charted once, years are never values, a share
 * becomes a waffle, Arabic pages run right to left). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "bayan.h"

static bayan_plan *plan_text(const char *text, const char *path)
{
    bayan_doc *doc = NULL;
    bayan_diag d;
    assert_int_equal(bayan_doc_new(text, strlen(text), path, &doc, &d), BAYAN_OK);
    bayan_extract_opts eo;
    bayan_extract_opts_defaults(&eo);
    assert_int_equal(bayan_doc_extract(doc, &eo), BAYAN_OK);
    bayan_plan_opts po;
    bayan_plan_opts_defaults(&po);
    bayan_plan *p = NULL;
    assert_int_equal(bayan_plan_new(doc, &po, &p), BAYAN_OK);
    bayan_doc_free(doc); /* the plan keeps what it needs */
    /* every planned spec is one the renderer accepts */
    for (size_t i = 0; i < bayan_plan_chart_count(p); i++) {
        const char *spec = bayan_plan_chart_spec(p, i);
        bayan_chart *c = NULL;
        if (bayan_chart_parse(spec, strlen(spec), "planned", &c, &d) != BAYAN_OK)
            fail_msg("%s: spec %zu refused: %s\n%s", path, i, d.message, spec);
        bayan_chart_free(c);
    }
    const char *ig = bayan_plan_infographic_spec(p);
    if (ig) {
        bayan_chart *c = NULL;
        if (bayan_chart_parse(ig, strlen(ig), "infographic", &c, &d) != BAYAN_OK)
            fail_msg("%s: infographic refused: %s\n%s", path, d.message, ig);
        bayan_chart_free(c);
    }
    return p;
}

/* Every number drawn in the plan's specs, into vals (at most max). */
static size_t spec_values(const bayan_plan *p, double *vals, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < bayan_plan_chart_count(p); i++) {
        json_t *j = json_loads(bayan_plan_chart_spec(p, i), 0, NULL);
        assert_non_null(j);
        json_t *it;
        size_t k;
        json_array_foreach(json_object_get(j, "data"), k, it)
        {
            static const char *const keys[] = {"value", "low", "high"};
            for (int q = 0; q < 3; q++) {
                json_t *v = json_object_get(it, keys[q]);
                if (v && n < max)
                    vals[n++] = json_number_value(v);
            }
        }
        json_decref(j);
    }
    return n;
}

static size_t count_type(const bayan_plan *p, const char *type)
{
    size_t n = 0;
    for (size_t i = 0; i < bayan_plan_chart_count(p); i++)
        if (!strcmp(bayan_plan_chart_type(p, i), type))
            n++;
    return n;
}

static void test_years_are_never_values(void **state)
{
    (void)state;
    const char *text = "Harbour traffic\n\n"
                       "In 2019 the harbour handled 450 ships. By 2023 it handled 610 ships, "
                       "and the port authority expects 800 ships in 2030.\n";
    bayan_plan *p = plan_text(text, "harbour.txt");
    double v[64];
    size_t n = spec_values(p, v, 64);
    assert_true(n >= 1);
    for (size_t i = 0; i < n; i++) {
        assert_false(v[i] == 2019);
        assert_false(v[i] == 2023);
        assert_false(v[i] == 2030);
    }
    bayan_plan_free(p);
}

static void test_repeated_figure_charted_once(void **state)
{
    (void)state;
    const char *text = "The valley\n\n"
                       "The valley is home to 120 bird species. Farmers have planted 3,000 olive trees. "
                       "Guides say the valley is home to 120 bird species.\n";
    bayan_plan *p = plan_text(text, "valley.txt");
    double v[64];
    size_t n = spec_values(p, v, 64), seen = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i] == 120)
            seen++;
    assert_int_equal(seen, 1);
    /* and the manifest records the repeat */
    json_t *m = json_loads(bayan_plan_manifest(p), 0, NULL);
    assert_non_null(m);
    size_t repeats = 0, k;
    json_t *c;
    json_array_foreach(json_object_get(m, "charts"), k, c) repeats += json_array_size(json_object_get(c, "repeats"));
    assert_int_equal(repeats, 1);
    json_decref(m);
    bayan_plan_free(p);
}

static void test_arabic_list_is_one_bar_chart(void **state)
{
    (void)state;
    const char *text = "محاصيل الوادي\n\n"
                       "يزرع الوادي 45% من قمح البلاد، و30% من شعيرها، و15% من عدسها. "
                       "ويعمل في الزراعة أكثر من 2000 مزارع.\n";
    bayan_plan *p = plan_text(text, "wadi.txt");
    assert_int_equal(count_type(p, "bar"), 1);
    for (size_t i = 0; i < bayan_plan_chart_count(p); i++) {
        if (strcmp(bayan_plan_chart_type(p, i), "bar"))
            continue;
        json_t *j = json_loads(bayan_plan_chart_spec(p, i), 0, NULL);
        json_t *data = json_object_get(j, "data");
        assert_int_equal(json_array_size(data), 3);
        /* largest first */
        assert_int_equal(json_integer_value(json_object_get(json_array_get(data, 0), "value")), 45);
        assert_int_equal(json_integer_value(json_object_get(json_array_get(data, 2), "value")), 15);
        assert_string_equal(json_string_value(json_object_get(j, "lang")), "ar");
        json_decref(j);
    }
    const char *html = bayan_plan_gallery(p);
    assert_non_null(strstr(html, "dir=\"rtl\""));
    bayan_plan_free(p);
}

static void test_share_becomes_waffle(void **state)
{
    (void)state;
    const char *text = "Forests\n\nForests cover more than 60% of the island.\n";
    bayan_plan *p = plan_text(text, "forests.txt");
    assert_int_equal(bayan_plan_chart_count(p), 1);
    assert_string_equal(bayan_plan_chart_type(p, 0), "waffle");
    json_t *j = json_loads(bayan_plan_chart_spec(p, 0), 0, NULL);
    json_t *d0 = json_array_get(json_object_get(j, "data"), 0);
    assert_int_equal(json_integer_value(json_object_get(d0, "value")), 60);
    assert_string_equal(json_string_value(json_object_get(d0, "qualifier")), "more_than");
    json_decref(j);
    assert_non_null(strstr(bayan_plan_gallery(p), "dir=\"ltr\""));
    bayan_plan_free(p);
}

static void test_fraction_is_a_share(void **state)
{
    (void)state;
    bayan_plan *p = plan_text("Voters\n\nTwo-thirds of voters backed the plan.\n", "voters.txt");
    assert_int_equal(bayan_plan_chart_count(p), 1);
    assert_string_equal(bayan_plan_chart_type(p, 0), "waffle");
    json_t *j = json_loads(bayan_plan_chart_spec(p, 0), 0, NULL);
    assert_string_equal(json_string_value(json_object_get(j, "unit")), "percent");
    double v = json_number_value(json_object_get(json_array_get(json_object_get(j, "data"), 0), "value"));
    assert_true(v == 66.7);
    json_decref(j);
    bayan_plan_free(p);
}

static void test_no_claims_no_charts(void **state)
{
    (void)state;
    bayan_plan *p = plan_text("A quiet note\n\nNothing here is counted.\n", "quiet.txt");
    assert_int_equal(bayan_plan_chart_count(p), 0);
    assert_null(bayan_plan_infographic_spec(p));
    assert_non_null(bayan_plan_manifest(p));
    bayan_plan_free(p);
    assert_int_equal(bayan_plan_new(NULL, NULL, &p), BAYAN_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_years_are_never_values),
        cmocka_unit_test(test_repeated_figure_charted_once),
        cmocka_unit_test(test_arabic_list_is_one_bar_chart),
        cmocka_unit_test(test_share_becomes_waffle),
        cmocka_unit_test(test_fraction_is_a_share),
        cmocka_unit_test(test_no_claims_no_charts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Time and source: the year that dates a figure, and according to whom. */
#include "extract/claims_fixture.h"

static void ar_year_and_according_to(void **state)
{
    (void)state;
    fx *f = fx_new("وفقًا لتقديرات صندوق النقد الدولي، سيبلغ حجم الاقتصاد 40 مليار دولار بحلول عام 2030.");
    fx_num(f, "40 مليار دولار", 1, "40 مليار", 4e10, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "2030", 1, "2030", 2030, NULL, BAYAN_NUM_YEAR);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 1);
    const bayan_claim *c = fx_claim(f, "40");
    assert_string_equal(c->time, "2030");
    assert_string_equal(c->source, "صندوق النقد الدولي");
    assert_contains(c->label, "حجم الاقتصاد");
    fx_free(f);
}

static void ar_year_in_previous_clause_and_bihasab(void **state)
{
    (void)state;
    fx *f = fx_new("في عام 2021، زار المدينة 900 ألف سائح، بحسب هيئة السياحة.");
    fx_num(f, "2021", 1, "2021", 2021, NULL, BAYAN_NUM_YEAR);
    fx_num(f, "900 ألف", 1, "900 ألف", 900000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "900");
    assert_string_equal(c->unit, "count");
    assert_string_equal(c->time, "2021");
    assert_string_equal(c->source, "هيئة السياحة");
    assert_contains(c->label, "سائح");
    fx_free(f);
}

static void en_according_to_and_said(void **state)
{
    (void)state;
    fx *f = fx_new("Exports grew 9% in 2023, according to the central bank. Output fell 2%, the statistics office said.");
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2023", 1, "2023", 2023, NULL, BAYAN_NUM_YEAR);
    fx_num(f, "2%", 1, "2", 2, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    const bayan_claim *a = fx_claim(f, "9%");
    assert_string_equal(a->time, "2023");
    assert_contains(a->source, "central bank");
    assert_string_equal(a->label, "Exports");
    const bayan_claim *b = fx_claim(f, "2%");
    assert_null(b->time);
    assert_contains(b->source, "statistics office");
    assert_string_equal(b->label, "Output");
    fx_free(f);
}

/* The ل that "وفقًا" and "طبقا" govern is not part of the source; with the
 * article it is written لل, and the source gets its alef back. A noun whose
 * own first letter is ل keeps it, and markers that take no ل strip nothing. */
static void ar_source_without_its_lam(void **state)
{
    (void)state;
    fx *f = fx_new("ارتفع عدد الزوار 7% وفقا للهيئة الوطنية. وبلغ العجز 3% بحسب لجنة الموازنة. "
                   "وتراجع الإنتاج 5% طبقا لمصادر نفطية. ونمت الصادرات 9% وفقا للجنة التجارة.");
    fx_num(f, "7%", 1, "7", 7, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "3%", 1, "3", 3, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "5%", 1, "5", 5, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "7")->source, "الهيئة الوطنية");
    assert_string_equal(fx_claim(f, "3")->source, "لجنة الموازنة");
    assert_string_equal(fx_claim(f, "5")->source, "مصادر نفطية");
    assert_string_equal(fx_claim(f, "9")->source, "لجنة التجارة");
    fx_free(f);
}

/* A year some words after "since"/"منذ" is a baseline, and a dateline's
 * date dates the story: neither is a figure's time. */
static void baselines_and_datelines_are_no_time(void **state)
{
    (void)state;
    fx *f = fx_new("PARIS, May 14 (AFP) - Sales fell 3% in April, the steepest drop since records began in 2009. "
                   "وبلغ العجز 5% في 2024، وهو الأعلى منذ بدء النشر عام 1990.");
    fx_num(f, "14", 1, "14", 14, NULL, BAYAN_NUM_DATE);
    fx_num(f, "3%", 1, "3", 3, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2009", 1, "2009", 2009, NULL, BAYAN_NUM_YEAR);
    fx_num(f, "5%", 1, "5", 5, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2024", 1, "2024", 2024, NULL, BAYAN_NUM_YEAR);
    fx_num(f, "1990", 1, "1990", 1990, NULL, BAYAN_NUM_YEAR);
    fx_run(f, BAYAN_LANG_EN);
    assert_null(fx_claim(f, "3%")->time);
    assert_string_equal(fx_claim(f, "5%")->time, "2024");
    fx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_year_and_according_to),
        cmocka_unit_test(ar_year_in_previous_clause_and_bihasab),
        cmocka_unit_test(en_according_to_and_said),
        cmocka_unit_test(ar_source_without_its_lam),
        cmocka_unit_test(baselines_and_datelines_are_no_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

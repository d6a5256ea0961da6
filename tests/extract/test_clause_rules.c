/* Rules of coordination and clauses: a figure coordinated after the one
 * before it is the next item of the list; a multiplier compared with "its
 * own" figure measures the figure before; a year does not date a claim
 * across بينما / while; a series title names the shared head. */
#include "extract/claims_fixture.h"

static void ar_gapped_item_joins_the_series(void **state)
{
    (void)state;
    fx *f = fx_new("وصعدت حصة الرياح إلى 12% من الكهرباء المنتجة، فيما شكلت الفحم 55% والغاز الطبيعي 33%.");
    fx_num(f, "12%", 1, "12", 12, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "55%", 1, "55", 55, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "33%", 1, "33", 33, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 3);
    /* the و that joins the item is not part of what it names */
    assert_string_equal(fx_claim(f, "33%")->label, "الغاز الطبيعي");
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].n_members, 3);
    assert_int_equal(f->doc.groups[0].kind, BAYAN_GROUP_SERIES);
    fx_free(f);
}

static void ar_waw_of_a_word_stays(void **state)
{
    (void)state;
    /* وزارة begins with و but is not joined by it */
    fx *f = fx_new("وقالت وزارة المالية إن العجز بلغ 4% العام الماضي.");
    fx_num(f, "4%", 1, "4", 4, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 1);
    assert_contains(fx_claim(f, "4%")->label, "العجز");
    fx_free(f);
}

static void en_gapped_item_joins_the_series(void **state)
{
    (void)state;
    fx *f = fx_new("Sales of cars fell by 9% in March, while sales of vans rose by 4% and sales of trucks by 2%.");
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "4%", 1, "4", 4, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2%", 1, "2", 2, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 3);
    assert_contains(fx_claim(f, "2%")->label, "trucks");
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].n_members, 3);
    assert_int_equal(f->doc.groups[0].kind, BAYAN_GROUP_SERIES);
    /* the shared head, not the first item */
    assert_string_equal(f->doc.groups[0].title, "Sales");
    fx_free(f);
}

static void ar_multiplier_against_its_own_figure(void **state)
{
    (void)state;
    fx *f = fx_new("ويصل معدل الأمية في القرى إلى 30%، وهو أعلى بأربع مرات من معدلها في العاصمة.");
    fx_num(f, "30%", 1, "30", 30, "percent", BAYAN_NUM_QUANTITY);
    bayan__num *m = fx_num(f, "بأربع مرات", 1, "بأربع", 4, "times", BAYAN_NUM_QUANTITY);
    (void)m;
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    const bayan_claim *c = fx_claim(f, "بأربع");
    assert_contains(c->label, "معدل الأمية");
    assert_lacks(c->label, "معدلها");
    fx_free(f);
}

static void en_multiplier_against_its_own_figure(void **state)
{
    (void)state;
    fx *f = fx_new("Infant mortality in the north reached 40 per 1,000, four times higher than its level in the south.");
    fx_num(f, "40 per", 1, "40", 40, "per_1000", BAYAN_NUM_QUANTITY);
    fx_num(f, "four times", 1, "four", 4, "times", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    const bayan_claim *c = fx_claim(f, "four times");
    assert_non_null(c);
    assert_lacks(c->label, "its level");
    fx_free(f);
}

static void ar_year_stays_in_its_clause(void **state)
{
    (void)state;
    fx *f = fx_new("وتستحوذ السكك الحديدية على 70% من الشحن البري، بينما يتوقع الخبراء أن يتضاعف الطلب بحلول عام 2040.");
    fx_num(f, "70%", 1, "70", 70, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2040", 1, "2040", 2040, NULL, BAYAN_NUM_YEAR);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 1);
    assert_null(fx_claim(f, "70%")->time);
    fx_free(f);
}

static void ar_year_before_a_comma_still_dates(void **state)
{
    (void)state;
    /* a comma alone does not start a contrasting clause */
    fx *f = fx_new("في عام 2019، بلغت نسبة المشاركة 61%.");
    fx_num(f, "2019", 1, "2019", 2019, NULL, BAYAN_NUM_YEAR);
    fx_num(f, "61%", 1, "61", 61, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_non_null(fx_claim(f, "61%")->time);
    assert_string_equal(fx_claim(f, "61%")->time, "2019");
    fx_free(f);
}

static void en_year_stays_in_its_clause(void **state)
{
    (void)state;
    fx *f = fx_new("Turnout was 58%, whereas the 2015 vote drew far fewer people.");
    fx_num(f, "58%", 1, "58", 58, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2015", 1, "2015", 2015, NULL, BAYAN_NUM_YEAR);
    fx_run(f, BAYAN_LANG_EN);
    assert_null(fx_claim(f, "58%")->time);
    fx_free(f);
}

static void fraction_without_of_is_a_share(void **state)
{
    (void)state;
    fx *f = fx_new("غير أن ثلث هذه المصانع أغلق أبوابه.");
    bayan__num *n = fx_num(f, "ثلث", 1, "ثلث", 1.0 / 3, NULL, BAYAN_NUM_QUANTITY);
    n->flags |= BAYAN__NUM_FRACTION;
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 1);
    assert_string_equal(f->doc.claims[0].unit, "fraction");
    assert_contains(f->doc.claims[0].label, "المصانع");
    fx_free(f);
}

static void total_after_min_asl_is_a_count(void **state)
{
    (void)state;
    fx *f = fx_new("فاز الحزب بـ88 مقعدا من أصل 250 في المجلس.");
    fx_num(f, "88", 1, "88", 88, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "250", 1, "250", 250, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    assert_string_equal(fx_claim(f, "250")->unit, "count");
    assert_contains(fx_claim(f, "250")->label, "مقعد");
    fx_free(f);
}

static void pronoun_subject_takes_the_measure_before(void **state)
{
    (void)state;
    fx *f = fx_new("Vaccination coverage reached 91% in the cities, while it stood at 72% in the villages.");
    fx_num(f, "91%", 1, "91", 91, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "72%", 1, "72", 72, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_non_null(fx_claim(f, "72%")->label);
    assert_contains(fx_claim(f, "72%")->label, "coverage");
    fx_free(f);
}

static void counted_noun_beats_the_agent(void **state)
{
    (void)state;
    fx *f = fx_new("وسجل الحارس 14 تصديًا في المباراة، وبلغ عدد المشجعين 30 ألف مشجع.");
    fx_num(f, "14", 1, "14", 14, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "30 ألف", 1, "30 ألف", 30000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    assert_contains(fx_claim(f, "14")->label, "تصدي");
    /* the agent only says whose count it is, as an owner before the noun */
    assert_contains(fx_claim(f, "14")->label, "الحارس: تصدي");
    /* a subject that names a measure stays the label */
    assert_contains(fx_claim(f, "30 ألف")->label, "عدد المشجعين");
    fx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_gapped_item_joins_the_series),
        cmocka_unit_test(ar_waw_of_a_word_stays),
        cmocka_unit_test(en_gapped_item_joins_the_series),
        cmocka_unit_test(ar_multiplier_against_its_own_figure),
        cmocka_unit_test(en_multiplier_against_its_own_figure),
        cmocka_unit_test(ar_year_stays_in_its_clause),
        cmocka_unit_test(ar_year_before_a_comma_still_dates),
        cmocka_unit_test(en_year_stays_in_its_clause),
        cmocka_unit_test(fraction_without_of_is_a_share),
        cmocka_unit_test(total_after_min_asl_is_a_count),
        cmocka_unit_test(pronoun_subject_takes_the_measure_before),
        cmocka_unit_test(counted_noun_beats_the_agent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

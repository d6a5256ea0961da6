/* Figures that continue the one before them: earlier values, results of a
 * change, multipliers; and estimates, money for a purpose. */
#include "extract/claims_fixture.h"

static void ar_from_to_values_share_the_measure(void **state)
{
    (void)state;
    fx *f = fx_new("وتراجعت نسبة الفقر في الريف من 31% عام 2010 إلى 18% في العام الماضي.");
    fx_num(f, "31%", 1, "31", 31, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2010", 1, "2010", 2010, NULL, BAYAN_NUM_YEAR);
    fx_num(f, "18%", 1, "18", 18, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "31%")->label, "نسبة الفقر");
    assert_contains(fx_claim(f, "18%")->label, "نسبة الفقر");
    assert_int_equal(f->doc.n_groups, 1);
    fx_free(f);
}

static void ar_result_of_change_takes_the_label(void **state)
{
    (void)state;
    fx *f = fx_new("ارتفعت مبيعات الأدوية بنسبة 9% لتبلغ 3 مليارات دولار.");
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "3 مليارات دولار", 1, "3 مليارات", 3e9, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "9%")->label, "مبيعات الأدوية");
    assert_contains(fx_claim(f, "مليارات")->label, "مبيعات الأدوية");
    /* a change and a level are not one chart */
    assert_int_equal(f->doc.n_groups, 0);
    fx_free(f);
}

static void ar_estimator_is_the_source(void **state)
{
    (void)state;
    fx *f = fx_new("وقدرت وزارة المالية العجز بنحو 14 مليار دينار.");
    bayan__num *n = fx_num(f, "بنحو 14 مليار دينار", 1, "14 مليار", 1.4e10, "currency", BAYAN_NUM_QUANTITY);
    n->pub.qualifier = BAYAN_Q_APPROX;
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "14");
    assert_string_equal(c->label, "العجز");
    assert_string_equal(c->source, "وزارة المالية");
    fx_free(f);
}

static void ar_money_for_a_purpose(void **state)
{
    (void)state;
    fx *f = fx_new("ورصدت البلدية 40 مليون درهم لتأهيل الحدائق العامة.");
    fx_num(f, "40 مليون درهم", 1, "40 مليون", 4e7, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "40")->label, "تأهيل الحدائق");
    fx_free(f);
}

static void en_earlier_value_and_change(void **state)
{
    (void)state;
    fx *f = fx_new("Mortgage rates eased to 6.2% from 6.8% in June. Retail sales reached $7 billion, up 4% from a year earlier.");
    fx_num(f, "6.2%", 1, "6.2", 6.2, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "6.8%", 1, "6.8", 6.8, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "$7 billion", 1, "7 billion", 7e9, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "4%", 1, "4", 4, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "6.2%")->label, "Mortgage rates");
    assert_string_equal(fx_claim(f, "6.8%")->label, "Mortgage rates");
    assert_string_equal(fx_claim(f, "$7")->label, "Retail sales");
    assert_string_equal(fx_claim(f, "4%")->label, "Retail sales");
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].n_members, 2);
    fx_free(f);
}

static void en_relative_clause_reaches_back(void **state)
{
    (void)state;
    fx *f = fx_new("The council approved the bridge, which will cost $90 million.");
    fx_num(f, "$90 million", 1, "90 million", 9e7, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "$90")->label, "bridge");
    fx_free(f);
}

static void dinar_takes_the_country_named(void **state)
{
    (void)state;
    fx *f = fx_new("وفي الكويت، بلغت الإيرادات النفطية 18 مليار دينار.");
    fx_num(f, "18 مليار دينار", 1, "18 مليار", 1.8e10, "currency", BAYAN_NUM_QUANTITY)->pub.currency = NULL;
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "18")->currency, "KWD");
    fx_free(f);
}

static void en_bare_level_after_change(void **state)
{
    (void)state;
    fx *f = fx_new("Apple's shipments rose 4% to 235 million. The price climbed to $438, roughly 30% higher than in 2019.");
    fx_num(f, "4%", 1, "4", 4, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "235 million", 1, "235 million", 2.35e8, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "$438", 1, "438", 438, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "roughly 30%", 1, "30", 30, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2019", 1, "2019", 2019, NULL, BAYAN_NUM_YEAR);
    fx_run(f, BAYAN_LANG_EN);
    const bayan_claim *c = fx_claim(f, "235");
    assert_string_equal(c->unit, "count");
    assert_string_equal(c->label, "Apple's shipments");
    assert_string_equal(fx_claim(f, "30%")->label, "price");
    fx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_from_to_values_share_the_measure),
        cmocka_unit_test(ar_result_of_change_takes_the_label),
        cmocka_unit_test(ar_estimator_is_the_source),
        cmocka_unit_test(ar_money_for_a_purpose),
        cmocka_unit_test(en_earlier_value_and_change),
        cmocka_unit_test(en_relative_clause_reaches_back),
        cmocka_unit_test(dinar_takes_the_country_named),
        cmocka_unit_test(en_bare_level_after_change),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Numbers that are not claims: years, ordinals, periods, vague plurals,
 * bare numbers that count nothing. */
#include "extract/claims_fixture.h"

static void ar_non_quantities_are_skipped(void **state)
{
    (void)state;
    fx *f = fx_new("انعقدت الدورة الـ25 في عام 2019 بعد 5 سنوات من التحضير، وحضرها آلاف الزوار.");
    fx_num(f, "الـ25", 1, "25", 25, NULL, BAYAN_NUM_ORDINAL);
    fx_num(f, "2019", 1, "2019", 2019, NULL, BAYAN_NUM_YEAR);
    fx_num(f, "5", 1, "5", 5, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "آلاف", 1, "آلاف", 1000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 0);
    fx_free(f);
}

static void en_bare_number_without_noun_is_not_a_claim(void **state)
{
    (void)state;
    fx *f = fx_new("Section 4 of the plan, signed by all 3, came after years of talks with thousands of people.");
    fx_num(f, "4", 1, "4", 4, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "3", 1, "3", 3, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "thousands", 1, "thousands", 1000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 0);
    fx_free(f);
}

static void predicated_bare_number_is_a_count(void **state)
{
    (void)state;
    fx *f = fx_new("The town's population is expected to reach 2 million by 2040.");
    fx_num(f, "2 million", 1, "2 million", 2e6, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "2040", 1, "2040", 2040, NULL, BAYAN_NUM_YEAR);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 1);
    const bayan_claim *c = fx_claim(f, "2 million");
    assert_string_equal(c->unit, "count");
    assert_contains(c->label, "population");
    assert_string_equal(c->time, "2040");
    fx_free(f);
}

static void partitive_bare_number_is_a_count(void **state)
{
    (void)state;
    fx *f = fx_new("أصيب 70 من عمال المنجم، وقال المسؤولون إن 3 نقلوا إلى المستشفى.");
    fx_num(f, "70", 1, "70", 70, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "3", 1, "3", 3, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 1);
    const bayan_claim *c = fx_claim(f, "70");
    assert_string_equal(c->unit, "count");
    assert_contains(c->label, "عمال المنجم");
    fx_free(f);
}

static void durations_are_not_claims(void **state)
{
    (void)state;
    fx *f = fx_new("Prices are 30% higher than five years ago. وتراجع الإنتاج خلال 3 سنوات.");
    fx_num(f, "30%", 1, "30", 30, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "five years", 1, "five", 5, "years", BAYAN_NUM_QUANTITY);
    fx_num(f, "3 سنوات", 1, "3", 3, "سنوات", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 1);
    assert_string_equal(f->doc.claims[0].unit, "percent");
    fx_free(f);
}

static void counts_as_subjects_of_verbs(void **state)
{
    (void)state;
    fx *f = fx_new("Of the 80 miners, 12 were rescued.");
    fx_num(f, "80", 1, "80", 80, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "12", 1, "12", 12, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    /* "the 80 miners" refers to a set; the others count what befell them */
    assert_int_equal(f->doc.n_claims, 1);
    assert_string_equal(f->doc.claims[0].text, "12");
    assert_contains(f->doc.claims[0].label, "rescued");
    fx_free(f);
    f = fx_new("قُتل 7 وأصيب 19 في الحادث.");
    fx_num(f, "7", 1, "7", 7, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "19", 1, "19", 19, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    assert_string_equal(fx_claim(f, "7")->unit, "count");
    assert_contains(fx_claim(f, "19")->label, "أصيب");
    fx_free(f);
}

static void condition_on_what_is_counted(void **state)
{
    (void)state;
    fx *f = fx_new("ونال 900 متدرب على معدل يفوق 90% في الاختبار النهائي. وتعاقدت الهيئة مع مقاولين، "
                   "بميزانية تتجاوز 40 مليون دولار.");
    fx_num(f, "900", 1, "900", 900, NULL, BAYAN_NUM_QUANTITY);
    bayan__num *c = fx_num(f, "يفوق 90%", 1, "90", 90, "percent", BAYAN_NUM_QUANTITY);
    c->pub.qualifier = BAYAN_Q_MORE_THAN;
    c->qual_start = c->start;
    c->qual_end = c->num_start - 1;
    bayan__num *b = fx_num(f, "تتجاوز 40 مليون دولار", 1, "40 مليون", 4e7, "currency", BAYAN_NUM_QUANTITY);
    b->pub.qualifier = BAYAN_Q_MORE_THAN;
    b->qual_start = b->start;
    b->qual_end = b->num_start - 1;
    fx_run(f, BAYAN_LANG_AR);
    /* the 90% sorts out the trainees counted: a condition, no figure */
    assert_non_null(fx_claim(f, "900"));
    for (size_t i = 0; i < f->doc.n_claims; i++)
        assert_null(strstr(f->doc.claims[i].text, "90%"));
    /* a budget with no count in its clause is a figure */
    assert_string_equal(fx_claim(f, "40")->unit, "currency");
    fx_free(f);
}

static void en_number_hyphen_word_is_an_adjective(void **state)
{
    (void)state;
    fx *f = fx_new("The council bought a three-storey depot and hired 45 drivers for its 20-seat minibuses.");
    fx_num(f, "three", 1, "three", 3, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_num(f, "45", 1, "45", 45, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "20", 1, "20", 20, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 1);
    assert_contains(fx_claim(f, "45")->text, "drivers");
    fx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_non_quantities_are_skipped),
        cmocka_unit_test(en_bare_number_without_noun_is_not_a_claim),
        cmocka_unit_test(predicated_bare_number_is_a_count),
        cmocka_unit_test(partitive_bare_number_is_a_count),
        cmocka_unit_test(durations_are_not_claims),
        cmocka_unit_test(counts_as_subjects_of_verbs),
        cmocka_unit_test(condition_on_what_is_counted),
        cmocka_unit_test(en_number_hyphen_word_is_an_adjective),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

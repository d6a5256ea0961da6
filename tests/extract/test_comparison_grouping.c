/* Comparisons: values set against each other in one sentence, with the
 * stated ratio attached. */
#include "extract/claims_fixture.h"

static void ar_two_values_and_ratio(void **state)
{
    (void)state;
    fx *f = fx_new("يبلغ معدل البطالة بين الشباب في المدينة 30%، وهو أعلى بثلاث مرات تقريبًا من المعدل الوطني البالغ 10%.");
    fx_num(f, "30%", 1, "30", 30, "percent", BAYAN_NUM_QUANTITY);
    bayan__num *t = fx_num(f, "بثلاث مرات تقريبًا", 1, "ثلاث", 3, "times", BAYAN_NUM_QUANTITY);
    t->pub.qualifier = BAYAN_Q_APPROX;
    fx_num(f, "10%", 1, "10", 10, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 3);
    assert_int_equal(f->doc.n_groups, 1);
    const bayan_group *g = &f->doc.groups[0];
    assert_int_equal(g->kind, BAYAN_GROUP_COMPARISON);
    assert_int_equal(g->n_members, 2);
    assert_true(g->ratio >= 0);
    const bayan_claim *r = &f->doc.claims[g->ratio];
    assert_string_equal(r->unit, "times");
    /* the ratio shares the group id, as the members do */
    assert_string_equal(r->group, g->id);
    assert_string_equal(fx_claim(f, "30%")->group, g->id);
    assert_string_equal(fx_claim(f, "10%")->group, g->id);
    assert_contains(fx_claim(f, "10%")->label, "المعدل الوطني");
    assert_contains(fx_claim(f, "30%")->label, "معدل البطالة");
    assert_non_null(g->title);
    fx_free(f);
}

static void en_contrasting_subjects(void **state)
{
    (void)state;
    fx *f = fx_new("If average temperatures worldwide rise by 2 °C, the Arctic could warm by 6 °C.");
    fx_num(f, "2 °C", 1, "2", 2, "celsius", BAYAN_NUM_QUANTITY);
    fx_num(f, "6 °C", 1, "6", 6, "celsius", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].kind, BAYAN_GROUP_COMPARISON);
    assert_contains(fx_claim(f, "2 °C")->label, "temperatures");
    assert_contains(fx_claim(f, "6 °C")->label, "Arctic");
    assert_contains(f->doc.groups[0].title, " vs ");
    fx_free(f);
}

static void separate_sentences_stay_single(void **state)
{
    (void)state;
    fx *f = fx_new("ارتفعت الصادرات بنسبة 8%. وفي قطاع آخر، تراجعت مبيعات السيارات 5%.");
    fx_num(f, "8%", 1, "8", 8, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "5%", 1, "5", 5, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    assert_int_equal(f->doc.n_groups, 0);
    fx_free(f);
}

static void counts_of_different_things_stay_single(void **state)
{
    (void)state;
    fx *f = fx_new("The city opened 12 clinics and 40 schools.");
    fx_num(f, "12", 1, "12", 12, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "40", 1, "40", 40, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_int_equal(f->doc.n_groups, 0);
    fx_free(f);
}

/* A new record against the one it passed ("متجاوزا الرقم السابق"), and
 * labels whose words differ only in their endings ("قياسيا", "القياسي"). */
static void ar_record_against_the_one_it_passed(void **state)
{
    (void)state;
    fx *f = fx_new("بلغ إنتاج المصنع 940 طنا في يوم واحد، متجاوزا أعلى مستوى سابق عند 880 طنا.");
    fx_num(f, "940 طنا", 1, "940", 940, "طن", BAYAN_NUM_QUANTITY);
    fx_num(f, "880 طنا", 1, "880", 880, "طن", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].kind, BAYAN_GROUP_COMPARISON);
    assert_string_equal(fx_claim(f, "940")->group, fx_claim(f, "880")->group);
    fx_free(f);
    f = fx_new("سجلت المحطة حملا قياسيا عند 4,100 ميغاواط، وكان الحمل القياسي في العام الماضي 3,950 ميغاواط.");
    fx_num(f, "4,100 ميغاواط", 1, "4,100", 4100, "ميغاواط", BAYAN_NUM_QUANTITY);
    fx_num(f, "3,950 ميغاواط", 1, "3,950", 3950, "ميغاواط", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_groups, 1);
    assert_string_equal(fx_claim(f, "4,100")->group, fx_claim(f, "3,950")->group);
    fx_free(f);
}

static void earlier_peak_of_the_same_count(void **state)
{
    (void)state;
    fx *f = fx_new("About 6,500 patients are waiting for surgery, down from a peak of 9,200 in the winter.");
    fx_num(f, "About 6,500", 1, "6,500", 6500, NULL, BAYAN_NUM_QUANTITY)->pub.qualifier = BAYAN_Q_APPROX;
    fx_num(f, "9,200", 1, "9,200", 9200, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_non_null(f->doc.claims[0].group);
    assert_non_null(f->doc.claims[1].group);
    assert_string_equal(f->doc.claims[0].group, f->doc.claims[1].group);
    fx_free(f);
}

static void figure_against_what_was_expected(void **state)
{
    (void)state;
    fx *f = fx_new("Builders started 41,000 homes in May, fewer than the 52,000 analysts had predicted.");
    fx_num(f, "41,000", 1, "41,000", 41000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "52,000", 1, "52,000", 52000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    /* the analysts are the ones expecting, not what is counted */
    assert_string_equal(f->doc.claims[1].text, "52,000");
    assert_string_equal(f->doc.claims[1].label, "analysts had predicted");
    assert_non_null(f->doc.claims[1].group);
    assert_string_equal(f->doc.claims[0].group, f->doc.claims[1].group);
    fx_free(f);
}

static void phrasal_verb_of_change_is_no_appositive_change(void **state)
{
    (void)state;
    fx *f = fx_new("Furniture orders fell 3.4% in April, while garden orders ticked up 1.1%.");
    fx_num(f, "3.4%", 1, "3.4", 3.4, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "1.1%", 1, "1.1", 1.1, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_non_null(f->doc.claims[0].group);
    assert_string_equal(f->doc.claims[0].group, f->doc.claims[1].group);
    fx_free(f);
}

/* "well short of the $4.1 billion needed": a figure set against the one it
 * falls short of is a comparison. */
static void short_of_what_is_needed(void **state)
{
    (void)state;
    fx *f = fx_new("Donors gave $1.4 billion, well short of the $2.2 billion the agency had sought.");
    fx_num(f, "$1.4 billion", 1, "1.4 billion", 1.4e9, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "$2.2 billion", 1, "2.2 billion", 2.2e9, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].kind, BAYAN_GROUP_COMPARISON);
    fx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_two_values_and_ratio),
        cmocka_unit_test(en_contrasting_subjects),
        cmocka_unit_test(earlier_peak_of_the_same_count),
        cmocka_unit_test(figure_against_what_was_expected),
        cmocka_unit_test(phrasal_verb_of_change_is_no_appositive_change),
        cmocka_unit_test(separate_sentences_stay_single),
        cmocka_unit_test(counts_of_different_things_stay_single),
        cmocka_unit_test(ar_record_against_the_one_it_passed),
        cmocka_unit_test(short_of_what_is_needed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

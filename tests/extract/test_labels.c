/* Labels: what each figure measures, read from the words around it. */
#include "extract/claims_fixture.h"

static void ar_min_phrase_is_label(void **state)
{
    (void)state;
    fx *f = fx_new("تنتج المزارع الصغيرة 45% من محصول القمح في البلاد.");
    fx_num(f, "45%", 1, "45", 45, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "45%");
    assert_contains(c->label, "محصول القمح");
    assert_lacks(c->label, "البلاد");
    assert_string_equal(c->unit, "percent");
    fx_free(f);
}

static void ar_verb_subject_wins_over_min_phrase(void **state)
{
    (void)state;
    fx *f = fx_new("وصلت حصة الطاقة المتجددة في ألمانيا إلى 52% من إنتاج الكهرباء.");
    fx_num(f, "52%", 1, "52", 52, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "52%");
    assert_contains(c->label, "حصة الطاقة المتجددة");
    assert_contains(c->subject, "ألمانيا");
    fx_free(f);
}

static void ar_links_between_verb_and_number_are_skipped(void **state)
{
    (void)state;
    fx *f = fx_new("انخفض عدد الزوار بنسبة تصل إلى 35% خلال الشتاء الماضي.");
    fx_num(f, "35%", 1, "35", 35, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "35%")->label, "عدد الزوار");
    fx_free(f);
}

static void ar_counted_noun_makes_a_count(void **state)
{
    (void)state;
    fx *f = fx_new("افتتحت الوزارة 120 مدرسة جديدة في الأرياف.");
    fx_num(f, "120", 1, "120", 120, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "120");
    assert_string_equal(c->text, "120 مدرسة");
    assert_string_equal(c->unit, "count");
    assert_contains(c->label, "مدرسة جديدة");
    fx_free(f);
}

static void ar_subject_before_copula(void **state)
{
    (void)state;
    fx *f = fx_new("إذا استمر الجفاف، فإن الخسائر في القطاع الزراعي ستكون 40% من قيمة المحصول.");
    fx_num(f, "40%", 1, "40", 40, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "40%");
    assert_contains(c->label, "الخسائر");
    assert_contains(c->subject, "القطاع الزراعي");
    fx_free(f);
}

static void ar_attributive_names_the_noun_before(void **state)
{
    (void)state;
    fx *f = fx_new("ويتجاوز ذلك بكثير المعدل الإقليمي البالغ 6%. ووقعت الشركة عقودًا لتوريد القطارات بقيمة 2 مليار دولار.");
    fx_num(f, "6%", 1, "6", 6, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2 مليار دولار", 1, "2 مليار", 2e9, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "6%")->label, "المعدل الإقليمي");
    const bayan_claim *m = fx_claim(f, "مليار");
    assert_contains(m->label, "القطارات");
    assert_string_equal(m->currency, "USD");
    fx_free(f);
}

static void ar_verbal_noun_of_change(void **state)
{
    (void)state;
    fx *f = fx_new("مع تراجع أسعار النفط الخام بنسبة 20%، تقلصت إيرادات الدولة.");
    fx_num(f, "20%", 1, "20", 20, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "20%")->label, "أسعار النفط");
    fx_free(f);
}

static void ar_multiplier_with_comparative(void **state)
{
    (void)state;
    fx *f = fx_new("وأسعار الشقق في العاصمة أعلى بثلاث مرات من أسعار الريف.");
    fx_num(f, "ثلاث مرات", 1, "ثلاث", 3, "times", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "ثلاث");
    assert_contains(c->label, "أعلى");
    assert_contains(c->label, "أسعار الريف");
    fx_free(f);
}

static void en_of_phrase(void **state)
{
    (void)state;
    fx *f = fx_new("Wind farms supplied 27% of the country's electricity last year.");
    fx_num(f, "27%", 1, "27", 27, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "27%")->label, "electricity");
    fx_free(f);
}

static void en_subject_of_change_verb(void **state)
{
    (void)state;
    fx *f = fx_new("In March, youth unemployment rose to 6.1%, the highest in a decade. Prices in Spain climbed 4%.");
    fx_num(f, "6.1%", 1, "6.1", 6.1, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "4%", 1, "4", 4, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "6.1%")->label, "youth unemployment");
    const bayan_claim *c = fx_claim(f, "4%");
    assert_contains(c->label, "Prices");
    assert_contains(c->subject, "Spain");
    fx_free(f);
}

static void en_counted_noun_and_object(void **state)
{
    (void)state;
    fx *f = fx_new("The factory hired 350 workers. The drought could cut the wheat harvest by 15%.");
    fx_num(f, "350", 1, "350", 350, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "15%", 1, "15", 15, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    const bayan_claim *w = fx_claim(f, "350");
    assert_string_equal(w->text, "350 workers");
    assert_string_equal(w->unit, "count");
    assert_contains(fx_claim(f, "15%")->label, "wheat harvest");
    fx_free(f);
}

static void en_attributive_of(void **state)
{
    (void)state;
    fx *f = fx_new("The group reported annual revenue of $4 billion.");
    fx_num(f, "$4 billion", 1, "4 billion", 4e9, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "$4")->label, "revenue");
    fx_free(f);
}

static void en_counted_noun_takes_what_is_said_of_it(void **state)
{
    (void)state;
    fx *f = fx_new("About 2,400 families remain in temporary shelters, officials said. Some 640 workers lost their jobs and "
                   "the plant closed.");
    fx_num(f, "2,400", 1, "2,400", 2400, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "640", 1, "640", 640, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "2,400")->label, "families remain in temporary shelters");
    assert_string_equal(fx_claim(f, "640")->label, "workers lost their jobs");
    fx_free(f);

    /* words running out inside a phrase keep only what is whole */
    f = fx_new("About 900 volunteers cleared the old harbour walls on Sunday.");
    fx_num(f, "900", 1, "900", 900, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "900")->label, "volunteers cleared");
    fx_free(f);
}

static void ar_counted_noun_takes_what_is_said_of_it(void **state)
{
    (void)state;
    fx *f = fx_new("وما زال 860 طفلا في مراكز الإيواء المؤقتة. وأكد التقرير أن 1200 أسرة تعيش دون كهرباء.");
    fx_num(f, "860", 1, "860", 860, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "1200", 1, "1200", 1200, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "860")->label, "طفلا في مراكز الإيواء المؤقتة");
    assert_contains(fx_claim(f, "1200")->label, "أسرة تعيش");
    fx_free(f);
}

static void counts_of_several_owners_name_the_owner(void **state)
{
    (void)state;
    fx *f = fx_new("Northern Rail averaged 310,000 passengers, while the coastal line averaged 95,000 passengers. "
                   "The museum added 40,000 visitors.");
    fx_num(f, "310,000", 1, "310,000", 310000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "95,000", 1, "95,000", 95000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "40,000", 1, "40,000", 40000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "310,000")->label, "Northern Rail: passengers");
    assert_string_equal(fx_claim(f, "95,000")->label, "coastal line: passengers");
    assert_string_equal(fx_claim(f, "40,000")->label, "visitors"); /* one owner: what is counted */
    fx_free(f);

    f = fx_new("وسجل ميناء صلالة 900 ألف حاوية، بينما سجل ميناء الدقم 300 ألف حاوية.");
    fx_num(f, "900 ألف", 1, "900", 900000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "300 ألف", 1, "300", 300000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "900")->label, "ميناء صلالة");
    assert_contains(fx_claim(f, "900")->label, "حاوية");
    assert_contains(fx_claim(f, "300")->label, "ميناء الدقم");
    fx_free(f);
}

static void en_appositive_is_not_the_subject(void **state)
{
    (void)state;
    fx *f = fx_new("Copper, the best-performing metal, fell 3% on Tuesday.");
    fx_num(f, "3%", 1, "3", 3, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "3%")->label, "Copper");
    fx_free(f);
}

static void en_participle_before_the_figure(void **state)
{
    (void)state;
    fx *f = fx_new("Waves reaching 8 metres battered the harbour. Japan was the second donor, pledging $40 million.");
    fx_num(f, "8 metres", 1, "8", 8, "m", BAYAN_NUM_QUANTITY);
    fx_num(f, "$40 million", 1, "40 million", 4e7, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "8 metres")->label, "Waves reaching");
    assert_string_equal(fx_claim(f, "$40")->label, "Japan");
    fx_free(f);
}

static void ar_place_between_verb_and_count(void **state)
{
    (void)state;
    fx *f = fx_new("ويعيش في المخيمات الشمالية نحو 85 ألف لاجئ، بحسب المفوضية.");
    fx_num(f, "نحو 85 ألف", 1, "85", 85000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "85")->label, "لاجئ في المخيمات الشمالية");
    fx_free(f);
}

static void ar_ma_relative_continues_the_subject(void **state)
{
    (void)state;
    fx *f = fx_new("ويبلغ متوسط ما ينفقه الزائر يوميا نحو 120 دولارا.");
    fx_num(f, "نحو 120 دولارا", 1, "120", 120, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "120")->label, "متوسط ما ينفقه الزائر");
    fx_free(f);
}

static void ar_measure_after_ba_names_the_measure(void **state)
{
    (void)state;
    fx *f = fx_new("وافتتحت الشركة أكبر مصنع في المنطقة بتكلفة 300 مليون دولار.");
    fx_num(f, "300 مليون دولار", 1, "300", 3e8, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "300")->label, "تكلفة أكبر مصنع في المنطقة");
    fx_free(f);
}

static void en_contact_relative_after_the_figure(void **state)
{
    (void)state;
    fx *f = fx_new("The fund raised $900 million, far below the $2 billion the World Bank says is required.");
    fx_num(f, "$900 million", 1, "900 million", 9e8, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "$2 billion", 1, "2 billion", 2e9, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "$2")->label, "World Bank says is required");
    fx_free(f);
}

static void en_adjectives_inside_the_noun_phrase(void **state)
{
    (void)state;
    fx *f = fx_new("Their share of total revenue climbed to 41% as the average adjusted wage rose to $19. "
                   "The typical 20-year fixed loan cost 6.1% and exports grew 3% year-on-year.");
    fx_num(f, "41%", 1, "41", 41, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "$19", 1, "19", 19, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "20", 1, "20", 20, "year", BAYAN_NUM_PERIOD);
    fx_num(f, "6.1%", 1, "6.1", 6.1, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "3%", 1, "3", 3, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    /* "total" after "of" qualifies the noun; it is not the verb "to total" */
    assert_contains(fx_claim(f, "41%")->label, "share of total revenue");
    /* an -ed adjective after a measure head, and a number glued by a hyphen */
    assert_contains(fx_claim(f, "$19")->label, "adjusted wage");
    assert_contains(fx_claim(f, "6.1%")->label, "20-year fixed loan");
    /* "year-on-year" says how it is compared, not what */
    assert_string_equal(fx_claim(f, "3%")->label, "exports");
    fx_free(f);
}

static void en_share_after_copula_names_the_state(void **state)
{
    (void)state;
    fx *f = fx_new("By Sunday the blaze in the hills was 60% contained, and the new stadium is 85% completed.");
    fx_num(f, "60%", 1, "60", 60, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "85%", 1, "85", 85, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "60%")->label, "contained");
    assert_string_equal(fx_claim(f, "85%")->label, "completed");
    fx_free(f);
}

static void en_series_item_keeps_its_place(void **state)
{
    (void)state;
    fx *f = fx_new("Vaccination coverage reached 88% in the suburbs, while it was 71% in mountain villages and 64% "
                   "among migrant workers. Prices rose 2% in May and 9% in June.");
    fx_num(f, "88%", 1, "88", 88, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "71%", 1, "71", 71, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "64%", 1, "64", 64, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2%", 1, "2", 2, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "88%")->label, "suburbs");
    assert_contains(fx_claim(f, "71%")->label, "mountain villages");
    assert_contains(fx_claim(f, "64%")->label, "migrant workers");
    assert_contains(fx_claim(f, "71%")->label, "Vaccination coverage");
    /* months are times, not items */
    assert_string_equal(fx_claim(f, "2%")->label, "Prices");
    assert_string_equal(fx_claim(f, "9%")->label, "Prices");
    fx_free(f);
}

static void en_capitalised_modifier_before_counted_noun(void **state)
{
    (void)state;
    fx *f = fx_new("The carrier has ordered 25 Embraer aircraft, and the league fined 3 Serie A clubs.");
    fx_num(f, "25", 1, "25", 25, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "3", 1, "3", 3, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "3 ")->text, "3 Serie A clubs");
    assert_string_equal(fx_claim(f, "3 ")->unit, "count");
    assert_contains(fx_claim(f, "3 ")->label, "clubs");
    fx_free(f);
}

static void rate_of_time_joins_the_label(void **state)
{
    (void)state;
    fx *f = fx_new("The ferry carries 8,000 passengers a day, up from 7,500 a year earlier. "
                   "The refinery processes 90,000 barrels daily.");
    fx_num(f, "8,000", 1, "8,000", 8000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "7,500", 1, "7,500", 7500, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "90,000 barrels", 1, "90,000", 90000, "barrel", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "8,000")->label, "a day");
    /* "a year earlier" dates the figure; it is no rate */
    assert_lacks(fx_claim(f, "7,500")->label ? fx_claim(f, "7,500")->label : "", "a year");
    assert_contains(fx_claim(f, "90,000")->label, "daily");
    assert_string_equal(fx_claim(f, "90,000")->unit, "barrel");
    fx_free(f);

    f = fx_new("ويستهلك المصنع نحو 300 ألف لتر من المياه يوميا، وتدفع الأسرة 40 دينارا شهريا.");
    fx_num(f, "300 ألف لتر", 1, "300 ألف", 300000, "لتر", BAYAN_NUM_QUANTITY);
    fx_num(f, "40 دينارا", 1, "40", 40, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "40")->label, "شهريا");
    fx_free(f);
}

static void span_of_time_of_something_keeps_its_unit(void **state)
{
    (void)state;
    fx *f = fx_new("Builders have 7.5 months of backlog, and new parents receive 20 weeks of leave. "
                   "The band played on Friday in front of 12,000 fans.");
    bayan__num *a = fx_num(f, "7.5 months", 1, "7.5", 7.5, "month", BAYAN_NUM_QUANTITY);
    a->unit_start = a->num_end + 1;
    bayan__num *b = fx_num(f, "20 weeks", 1, "20", 20, "week", BAYAN_NUM_QUANTITY);
    b->unit_start = b->num_end + 1;
    fx_num(f, "12,000", 1, "12,000", 12000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "7.5")->label, "months of backlog");
    assert_string_equal(fx_claim(f, "20 weeks")->label, "weeks of leave");
    /* "in front of" places the crowd; it measures nothing */
    assert_string_equal(fx_claim(f, "12,000")->label, "fans");
    fx_free(f);
}

static void relative_clause_and_adverb_before_the_verb(void **state)
{
    (void)state;
    fx *f = fx_new("Millions were evacuated, including 1.2 million who stayed in shelters overnight. "
                   "In Lisbon, the typical family flat still sold for more than EUR 1,500.");
    fx_num(f, "1.2 million", 1, "1.2 million", 1.2e6, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    bayan__num *m = fx_num(f, "more than EUR 1,500", 1, "1,500", 1500, "currency", BAYAN_NUM_QUANTITY);
    m->pub.qualifier = BAYAN_Q_MORE_THAN;
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "1.2 million")->label, "stayed in shelters overnight");
    /* "still" stands between the subject and its verb */
    assert_contains(fx_claim(f, "1,500")->label, "family flat");
    fx_free(f);
}

static void en_from_phrase_stays_in_the_subject(void **state)
{
    (void)state;
    fx *f = fx_new("Revenue from the city's parking meters fell 9% last year.");
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "9%")->label, "Revenue from the city's parking meters");
    fx_free(f);
}

static void en_time_adverbial_after_the_figure_is_no_label(void **state)
{
    (void)state;
    fx *f = fx_new("The council will raise the parking charge to $4 starting in March.");
    fx_num(f, "$4", 1, "4", 4, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_lacks(fx_claim(f, "$4")->label, "starting");
    assert_contains(fx_claim(f, "$4")->label, "parking charge");
    fx_free(f);
}

static void word_lists_use_key_spelling(void **state)
{
    (void)state;
    assert_true(bayan__claims_lists_ok());
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_min_phrase_is_label),
        cmocka_unit_test(ar_verb_subject_wins_over_min_phrase),
        cmocka_unit_test(ar_links_between_verb_and_number_are_skipped),
        cmocka_unit_test(ar_counted_noun_makes_a_count),
        cmocka_unit_test(ar_subject_before_copula),
        cmocka_unit_test(ar_attributive_names_the_noun_before),
        cmocka_unit_test(ar_verbal_noun_of_change),
        cmocka_unit_test(ar_multiplier_with_comparative),
        cmocka_unit_test(en_of_phrase),
        cmocka_unit_test(en_subject_of_change_verb),
        cmocka_unit_test(en_counted_noun_and_object),
        cmocka_unit_test(en_attributive_of),
        cmocka_unit_test(en_counted_noun_takes_what_is_said_of_it),
        cmocka_unit_test(ar_counted_noun_takes_what_is_said_of_it),
        cmocka_unit_test(counts_of_several_owners_name_the_owner),
        cmocka_unit_test(en_appositive_is_not_the_subject),
        cmocka_unit_test(en_participle_before_the_figure),
        cmocka_unit_test(ar_place_between_verb_and_count),
        cmocka_unit_test(ar_ma_relative_continues_the_subject),
        cmocka_unit_test(ar_measure_after_ba_names_the_measure),
        cmocka_unit_test(en_contact_relative_after_the_figure),
        cmocka_unit_test(en_adjectives_inside_the_noun_phrase),
        cmocka_unit_test(en_share_after_copula_names_the_state),
        cmocka_unit_test(en_series_item_keeps_its_place),
        cmocka_unit_test(en_capitalised_modifier_before_counted_noun),
        cmocka_unit_test(rate_of_time_joins_the_label),
        cmocka_unit_test(span_of_time_of_something_keeps_its_unit),
        cmocka_unit_test(relative_clause_and_adverb_before_the_verb),
        cmocka_unit_test(en_from_phrase_stays_in_the_subject),
        cmocka_unit_test(en_time_adverbial_after_the_figure_is_no_label),
        cmocka_unit_test(word_lists_use_key_spelling),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

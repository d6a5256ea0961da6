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

/* "بزيادة 40 مدرسة": a count sized by a verbal noun of change, after a count,
 * is the change of what the figure before measures; "مقابل 410 حالات" with
 * the same noun (singular or plural) is its earlier value */
static void ar_change_of_a_count_names_the_measure_before(void **state)
{
    (void)state;
    fx *f = fx_new("وارتفع عدد العيادات في الإقليم إلى 900 عيادة، بزيادة 40 عيادة عن العام السابق. "
                   "وبلغ عدد الإصابات 300 حالة، مقابل 410 حالات في الموسم السابق، أي بتراجع 110 حالات.");
    fx_num(f, "900", 1, "900", 900, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "40", 1, "40", 40, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "300", 1, "300", 300, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "410", 1, "410", 410, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "110", 1, "110", 110, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "40")->label, "زيادة عدد العيادات");
    assert_contains(fx_claim(f, "410")->label, "عدد الإصابات");
    assert_contains(fx_claim(f, "110")->label, "تراجع عدد الإصابات");
    fx_free(f);
}

/* "بنمو نسبته 9%": a noun with a pronoun is no subject */
static void ar_rate_pronoun_is_no_subject(void **state)
{
    (void)state;
    fx *f = fx_new("باعت المصانع المحلية 80 ألف دراجة العام الماضي، بنمو نسبته 9% على أساس سنوي.");
    fx_num(f, "80 ألف", 1, "80 ألف", 80000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const char *s = fx_claim(f, "9%")->subject;
    assert_true(s == NULL || !strstr(s, "نسبته"));
    fx_free(f);
}

/* a definite subject before a verb we do not list owns the count; after a
 * listed verb, a short definite subject does too */
static void ar_count_owned_by_the_subject(void **state)
{
    (void)state;
    fx *f = fx_new("وأوضح التقرير أن موانئ الساحل استضافت 600 سفينة خلال الربيع. "
                   "وفاز الفريق الأحمر بـ31 ميدالية في الدورة.");
    fx_num(f, "600", 1, "600", 600, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "31", 1, "31", 31, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "600")->label, "موانئ الساحل");
    assert_contains(fx_claim(f, "600")->label, "سفينة");
    assert_contains(fx_claim(f, "31")->label, "ميدالية");
    fx_free(f);
}

/* "تعتزم البلدية تشييد 14 جسرا": the verbal noun after the subject says what
 * is done to the counted things; "تكفي لتزويد 5 آلاف منزل": so does a
 * purpose after a verb */
static void ar_verbal_noun_takes_the_count(void **state)
{
    (void)state;
    fx *f = fx_new("وتعتزم البلدية تشييد 14 جسرا جديدا قبل نهاية العقد. "
                   "وتنتج المحطة طاقة تكفي لتزويد 5 آلاف منزل بالكهرباء.");
    fx_num(f, "14", 1, "14", 14, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "5 آلاف", 1, "5 آلاف", 5000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "14");
    assert_contains(c->label, "تشييد جسرا");
    assert_lacks(c->label, "البلدية");
    assert_string_equal(c->subject, "البلدية");
    assert_contains(fx_claim(f, "5 آلاف")->label, "تزويد منزل");
    fx_free(f);
}

/* "، ومخزن الميناء الشرقي في العقبة على 9 آلاف": an item joined by و with
 * no verb of its own, after an owned count, counts the same noun for its own
 * owner; the three make one series, and no label keeps the joining و */
static void ar_gapped_item_of_owned_counts(void **state)
{
    (void)state;
    fx *f = fx_new("واستقبل مخزن الميناء الغربي في حيفا 14 ألف حاوية، ومخزن الميناء الشرقي في العقبة على 9 آلاف، "
                   "بينما سجل مخزن الميناء الجنوبي في صلالة 6 آلاف حاوية.");
    fx_num(f, "14 ألف", 1, "14 ألف", 14000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "9 آلاف", 1, "9 آلاف", 9000, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "6 آلاف", 1, "6 آلاف", 6000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 3);
    const bayan_claim *c = fx_claim(f, "9 آلاف");
    assert_string_equal(c->unit, "count");
    assert_true(strncmp(c->label, "مخزن الميناء الشرقي", strlen("مخزن الميناء الشرقي")) == 0);
    assert_contains(c->label, "حاوية");
    assert_non_null(c->group);
    assert_string_equal(c->group, fx_claim(f, "14 ألف")->group);
    assert_string_equal(c->group, fx_claim(f, "6 آلاف")->group);
    fx_free(f);
}

/* "X عن N noun لمدة T": the act X reached the counted things, and T is
 * how long the act lasted, not how long the things did */
static void ar_act_before_an_counts_and_lasts(void **state)
{
    (void)state;
    fx *f = fx_new("وأدت العاصفة إلى توقف ضخ المياه عن 35 قرية لمدة ثلاثة أيام. "
                   "وتسبب الفيضان في إغلاق الطرق عن 12 بلدة لمدة يومين.");
    fx_num(f, "35", 1, "35", 35, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "ثلاثة أيام", 1, "ثلاثة", 3, "day", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_num(f, "12", 1, "12", 12, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "يومين", 1, "يومين", 2, "day", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "35")->label, "توقف ضخ المياه");
    assert_contains(fx_claim(f, "35")->label, "قرية");
    assert_contains(fx_claim(f, "12")->label, "إغلاق الطرق");
    assert_lacks(fx_claim(f, "12")->label, "الفيضان");
    const bayan_claim *d = fx_claim(f, "ثلاثة أيام");
    assert_contains(d->label, "توقف ضخ المياه");
    assert_lacks(d->label, "قرية");
    fx_free(f);
}

/* "كلفة الشحن منها": a preposition with a pronoun ends no label; "شكوى
 * لكل": the base of the rate completes it; "بكلفة إجمالية 9 ملايين": the ب that
 * joins the measure to the clause is not part of it */
static void ar_label_edges(void **state)
{
    (void)state;
    fx *f = fx_new("ولأن الجزر بعيدة عن البر، فإن كلفة الشحن إليها تبلغ 35% من ثمن البضائع. "
                   "وسجلت الهيئة 4.2 شكوى لكل 1000 راكب. وافتتحت البلدية الجسر الجديد، بكلفة إجمالية 9 ملايين دينار.");
    fx_num(f, "35%", 1, "35", 35, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "4.2", 1, "4.2", 4.2, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "1000", 1, "1000", 1000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "9 ملايين دينار", 1, "9 ملايين", 9e6, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "35%")->label, "كلفة الشحن");
    assert_contains(fx_claim(f, "4.2")->label, "شكوى لكل 1000 راكب");
    assert_string_equal(fx_claim(f, "9 ملايين")->label, "كلفة إجمالية");
    fx_free(f);
}

/* "وحل الفريق الأزرق ثالثا بـ18 ميدالية": a count after ب ending a clause
 * belongs to the clause's definite subject */
static void ar_count_after_ba_has_the_subject(void **state)
{
    (void)state;
    fx *f = fx_new("وحل الفريق الأزرق ثالثا بـ18 ميدالية. "
                   "وأضاف التقرير أن الجامعة الوطنية جاءت في الصدارة بنحو 900 بحث منشور.");
    fx_num(f, "18", 1, "18", 18, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "بنحو 900", 1, "900", 900, NULL, BAYAN_NUM_QUANTITY)->pub.qualifier = BAYAN_Q_APPROX;
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "18")->label, "الفريق الأزرق");
    assert_contains(fx_claim(f, "18")->label, "ميدالية");
    assert_contains(fx_claim(f, "900")->label, "الجامعة الوطنية");
    assert_contains(fx_claim(f, "900")->label, "بحث");
    fx_free(f);
}

/* "تلاها المصنع الثاني بـ40%": the word of following in a ranking is no part
 * of the item, and the item is not its own subject */
static void ar_ranking_follower_is_the_item(void **state)
{
    (void)state;
    fx *f = fx_new("واستحوذ المصنع الأول على 55% من الإنتاج، تلاه المصنع الثاني بـ30%.");
    fx_num(f, "55%", 1, "55", 55, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "30%", 1, "30", 30, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const bayan_claim *c = fx_claim(f, "30%");
    assert_contains(c->label, "المصنع الثاني");
    assert_lacks(c->label, "تلاه");
    fx_free(f);
}

/* "بعد أن كانت قد انكمشت بنسبة 12%": a change with its subject only in the
 * verb measures what the figure before in the sentence does */
static void ar_change_with_subject_in_the_verb(void **state)
{
    (void)state;
    fx *f = fx_new("وبلغت مبيعات الأسمدة 4.1 مليار دولار، بعد أن كانت قد انكمشت بنسبة 12% قبل ثلاثة أعوام.");
    fx_num(f, "4.1 مليار دولار", 1, "4.1 مليار", 4.1e9, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "12%", 1, "12", 12, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_non_null(fx_claim(f, "12%")->label);
    assert_contains(fx_claim(f, "12%")->label, "مبيعات الأسمدة");
    fx_free(f);
}

/* "إذ تصدّر سنويا نحو 3 ملايين طن": with nothing else named, the verb
 * before the figure says what it is */
static void ar_lone_verb_is_the_last_resort(void **state)
{
    (void)state;
    fx *f = fx_new("وتعد البلاد من كبار منتجي الشعير، إذ تصدر سنويا نحو 3 ملايين طن.");
    fx_num(f, "نحو 3 ملايين طن", 1, "3 ملايين", 3e6, "ton", BAYAN_NUM_QUANTITY)->pub.qualifier = BAYAN_Q_APPROX;
    fx_run(f, BAYAN_LANG_AR);
    assert_non_null(fx_claim(f, "3 ملايين")->label);
    assert_contains(fx_claim(f, "3 ملايين")->label, "تصدر");
    fx_free(f);
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
        cmocka_unit_test(ar_change_of_a_count_names_the_measure_before),
        cmocka_unit_test(ar_rate_pronoun_is_no_subject),
        cmocka_unit_test(ar_count_owned_by_the_subject),
        cmocka_unit_test(ar_verbal_noun_takes_the_count),
        cmocka_unit_test(ar_gapped_item_of_owned_counts),
        cmocka_unit_test(ar_act_before_an_counts_and_lasts),
        cmocka_unit_test(ar_label_edges),
        cmocka_unit_test(ar_count_after_ba_has_the_subject),
        cmocka_unit_test(ar_ranking_follower_is_the_item),
        cmocka_unit_test(ar_change_with_subject_in_the_verb),
        cmocka_unit_test(ar_lone_verb_is_the_last_resort),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Claim-or-not, units and labels in the shapes news copy writes figures:
 * a digit figure after "the"/"all", elliptical list items, figures stated
 * by verbs of winning, losing and harming, capitalised counted nouns, and
 * the non-claims news is full of (age thresholds, "the 12 months to
 * July", prepositions after a score). Sentences are our own. */
#include "extract/claims_fixture.h"
#include "extract/extract_run.h"

#include <math.h>

static const bayan_claim *find_claim(const fx *f, const char *needle)
{
    for (size_t i = 0; i < f->doc.n_claims; i++)
        if (strstr(f->doc.claims[i].text, needle))
            return &f->doc.claims[i];
    return NULL;
}

static void en_digit_figure_after_the_is_a_claim(void **state)
{
    (void)state;
    fx *f = fx_new("Factories hired fewer than the 95,000 workers analysts had forecast, and the board approved all 240 "
                   "projects on its list, leaving the 3 others and the four regions untouched.");
    fx_num(f, "95,000", 1, "95,000", 95000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "240", 1, "240", 240, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "3", 1, "3", 3, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "four", 1, "four", 4, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_string_equal(fx_claim(f, "95,000")->unit, "count");
    assert_contains(fx_claim(f, "95,000")->text, "workers");
    assert_contains(fx_claim(f, "240")->label, "projects");
    fx_free(f);
}

static void en_whole_of_a_partitive_is_a_claim(void **state)
{
    (void)state;
    fx *f = fx_new("The ruling bloc won 61 of the 150 seats, short of the 76 required to govern alone. "
                   "Of the 40 ministers, 12 kept their posts.");
    fx_num(f, "61", 1, "61", 61, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "150", 1, "150", 150, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "76", 1, "76", 76, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "40", 1, "40", 40, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "12", 1, "12", 12, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_non_null(find_claim(f, "61"));
    assert_contains(fx_claim(f, "61")->label, "ruling bloc");
    assert_contains(fx_claim(f, "150")->label, "seats");
    assert_non_null(find_claim(f, "76"));
    /* "Of the 40 ministers," opens the clause: the frame, not a figure */
    assert_null(find_claim(f, "40"));
    fx_free(f);
}

static void en_figures_stated_by_verbs(void **state)
{
    (void)state;
    fx *f = fx_new("Floods swept the delta, killing at least 310 people and injuring more than 1,900, while the "
                   "Green Party won 17 and the mining sector shed about 8,500.");
    fx_num(f, "at least 310 people", 1, "310", 310, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "more than 1,900", 1, "1,900", 1900, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "17", 1, "17", 17, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "about 8,500", 1, "8,500", 8500, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 4);
    assert_string_equal(fx_claim(f, "1,900")->unit, "count");
    assert_contains(fx_claim(f, "1,900")->label, "injuring");
    assert_contains(fx_claim(f, "17")->label, "Green Party");
    assert_contains(fx_claim(f, "8,500")->label, "mining sector");
    fx_free(f);
}

static void en_verb_after_a_determiner_is_a_noun(void **state)
{
    (void)state;
    /* "the top five": "top" is not the verb "to top" */
    fx *f = fx_new("Two smaller brands completed the top five with 6% each.");
    fx_num(f, "five", 1, "five", 5, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_num(f, "6%", 1, "6", 6, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 1);
    assert_string_equal(f->doc.claims[0].unit, "percent");
    fx_free(f);
}

static void en_capitalised_plural_is_a_counted_noun(void **state)
{
    (void)state;
    fx *f = fx_new("Some 2.3 million Canadians were without power, and flights on 737 Max jets resumed.");
    fx_num(f, "Some 2.3 million", 1, "2.3 million", 2.3e6, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "737", 1, "737", 737, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 1);
    const bayan_claim *c = fx_claim(f, "2.3 million");
    assert_string_equal(c->unit, "count");
    assert_contains(c->text, "Canadians");
    assert_contains(c->label, "Canadians");
    fx_free(f);
}

static void en_elliptical_items_take_the_counted_noun(void **state)
{
    (void)state;
    fx *f = fx_new("Construction added 21,000 new jobs, followed by hotels with 15,000 and banks with 9,000.");
    fx_num(f, "21,000", 1, "21,000", 21000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "15,000", 1, "15,000", 15000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "9,000", 1, "9,000", 9000, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 3);
    assert_string_equal(fx_claim(f, "15,000")->unit, "count");
    assert_string_equal(fx_claim(f, "15,000")->label, "hotels");
    assert_string_equal(fx_claim(f, "9,000")->label, "banks");
    /* one measure, three items: one series */
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].n_members, 3);
    fx_free(f);
}

static void en_elliptical_items_with_a_share(void **state)
{
    (void)state;
    fx *f = fx_new("Brand A led with 30 million units and a 25% market share, followed by Brand B with 21.5 million "
                   "and 18%.");
    fx_num(f, "30 million", 1, "30 million", 3e7, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "25%", 1, "25", 25, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "21.5 million", 1, "21.5 million", 2.15e7, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "18%", 1, "18", 18, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 4);
    assert_string_equal(fx_claim(f, "21.5 million")->unit, "count");
    assert_contains(fx_claim(f, "21.5 million")->label, "Brand B");
    /* 18% is measured like the 25% share, not like the count before it */
    assert_contains(fx_claim(f, "18%")->label, "market share");
    fx_free(f);
}

static void en_elliptical_item_with_a_place(void **state)
{
    (void)state;
    fx *f = fx_new("In the north, 640 people drowned, while 215 were swept away in the river towns and 94 in the hills.");
    fx_num(f, "640", 1, "640", 640, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "215", 1, "215", 215, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "94", 1, "94", 94, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 3);
    assert_string_equal(fx_claim(f, "94")->unit, "count");
    assert_contains(fx_claim(f, "94")->label, "hills");
    fx_free(f);
}

static void ar_age_thresholds_are_not_claims(void **state)
{
    (void)state;
    fx *f = fx_new("وارتفعت نسبة من تخطوا السبعين إلى 9 في المائة، فيما بلغت نسبة الشباب دون 25 عاما 41 في المائة.");
    fx_num(f, "السبعين", 1, "السبعين", 70, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_num(f, "9 في المائة", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    bayan__num *u = fx_num(f, "دون 25", 1, "25", 25, NULL, BAYAN_NUM_QUANTITY);
    u->qual_start = u->start;
    u->qual_end = u->num_start - 1;
    u->pub.qualifier = BAYAN_Q_LESS_THAN;
    fx_num(f, "41 في المائة", 1, "41", 41, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    /* the age is part of what the share is of */
    assert_contains(fx_claim(f, "9 في")->label, "نسبة من تخطوا");
    assert_contains(fx_claim(f, "41 في")->label, "نسبة الشباب");
    fx_free(f);
}

static void en_age_and_period_are_not_claims(void **state)
{
    (void)state;
    fx *f = fx_new("Rents climbed 6.1% in the 12 months to March, and the share of people aged 65 rose to 19%.");
    fx_num(f, "6.1%", 1, "6.1", 6.1, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "12 months", 1, "12", 12, "months", BAYAN_NUM_QUANTITY);
    fx_num(f, "65", 1, "65", 65, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "19%", 1, "19", 19, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_null(find_claim(f, "12 months"));
    assert_null(find_claim(f, "65"));
    fx_free(f);
}

static void ar_preposition_is_not_a_counted_noun(void **state)
{
    (void)state;
    /* the score "2-1" is split in two by the scanner; the 1 before أمام
     * counts nothing */
    fx *f = fx_new("تغلب الفريق على ضيفه 2-1 أمام 40 ألف متفرج.");
    fx_num(f, "2", 1, "2", 2, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "1", 1, "1", 1, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "40 ألف", 1, "40 ألف", 40000, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 1);
    assert_contains(f->doc.claims[0].text, "متفرج");
    fx_free(f);
}

static void league_points_are_a_count(void **state)
{
    (void)state;
    fx *f = fx_new("ورفع الفريق رصيده إلى 31 نقطة في الصدارة بفارق 5 نقاط عن أقرب منافسيه.");
    fx_num(f, "31", 1, "31", 31, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "5", 1, "5", 5, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    assert_string_equal(fx_claim(f, "31")->unit, "count");
    assert_string_equal(fx_claim(f, "5")->unit, "count");
    fx_free(f);
}

static void index_points_keep_their_unit(void **state)
{
    (void)state;
    fx *f = fx_new("وارتفع المؤشر العام للبورصة 85 نقطة، بعد أن خسر 3 نقاط أمس.");
    fx_num(f, "85", 1, "85", 85, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "3", 1, "3", 3, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    /* one unit whether the noun agrees as singular or plural */
    assert_string_equal(fx_claim(f, "85")->unit, "نقطة");
    assert_string_equal(fx_claim(f, "3")->unit, "نقطة");
    fx_free(f);
}

static void en_earlier_value_takes_the_unit(void **state)
{
    (void)state;
    fx *f = fx_new("Exports rose to 3.4 million tonnes in June from 2.9 million in May, and sales climbed 8% to "
                   "420 million.");
    fx_num(f, "3.4 million tonnes", 1, "3.4 million", 3.4e6, "tonne", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "2.9 million", 1, "2.9 million", 2.9e6, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "8%", 1, "8", 8, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "420 million", 1, "420 million", 4.2e8, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 4);
    assert_string_equal(fx_claim(f, "2.9 million")->unit, "tonne");
    assert_contains(fx_claim(f, "2.9 million")->label, "Exports");
    /* a percent change does not lend its unit to the level it reaches */
    assert_string_equal(fx_claim(f, "420 million")->unit, "count");
    fx_free(f);
}

static void en_earlier_money_takes_the_currency(void **state)
{
    (void)state;
    fx *f = fx_new("Profit grew to $2.6 billion from 1.9 billion.");
    fx_num(f, "$2.6 billion", 1, "2.6 billion", 2.6e9, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "1.9 billion", 1, "1.9 billion", 1.9e9, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_EN);
    const bayan_claim *c = fx_claim(f, "1.9 billion");
    assert_string_equal(c->unit, "currency");
    assert_string_equal(c->currency, "USD");
    assert_int_equal(f->doc.n_groups, 1);
    fx_free(f);
}

static void ar_list_item_takes_the_unit(void **state)
{
    (void)state;
    fx *f = fx_new("وبلغت صادرات المغرب 4.1 مليون طن العام الماضي، والأردن 1.6 مليون، ومصر 2.2 مليون.");
    fx_num(f, "4.1 مليون طن", 1, "4.1 مليون", 4.1e6, "طن", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "1.6 مليون", 1, "1.6 مليون", 1.6e6, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "2.2 مليون", 1, "2.2 مليون", 2.2e6, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 3);
    assert_string_equal(fx_claim(f, "1.6")->unit, "طن");
    assert_string_equal(fx_claim(f, "1.6")->label, "الأردن");
    assert_string_equal(fx_claim(f, "2.2")->unit, "طن");
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].n_members, 3);
    fx_free(f);
}

static void en_restated_figures_take_the_measure(void **state)
{
    (void)state;
    fx *f = fx_new("Operating profit climbed to $840 million, or 52 cents a share, from $610 million a year before.");
    fx_num(f, "$840 million", 1, "840 million", 8.4e8, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "52 cents", 1, "52", 0.52, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "$610 million", 1, "610 million", 6.1e8, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 3);
    assert_contains(fx_claim(f, "52 cents")->label, "share");
    /* the earlier value is the profit's, not the per-share figure's */
    assert_contains(fx_claim(f, "$610")->label, "Operating profit");
    fx_free(f);
}

static void en_conversion_in_brackets(void **state)
{
    (void)state;
    fx *f = fx_new("The town lies 30 km (19 miles) from the border, and each family will get 5,000 pounds ($6,300) "
                   "in housing grants.");
    fx_num(f, "30 km", 1, "30", 30, "km", BAYAN_NUM_QUANTITY);
    fx_num(f, "19 miles", 1, "19", 19, "mile", BAYAN_NUM_QUANTITY);
    fx_num(f, "5,000 pounds", 1, "5,000", 5000, "currency", BAYAN_NUM_QUANTITY);
    fx_num(f, "$6,300", 1, "6,300", 6300, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 4);
    const bayan_claim *km = fx_claim(f, "30 km");
    const bayan_claim *mi = fx_claim(f, "19 miles");
    if (km->label)
        assert_string_equal(mi->label, km->label);
    else
        assert_null(mi->label);
    /* the money is for what follows the brackets */
    assert_contains(fx_claim(f, "5,000")->label, "housing grants");
    assert_contains(fx_claim(f, "$6,300")->label, "housing grants");
    fx_free(f);
}

static void en_subject_before_an_aside(void **state)
{
    (void)state;
    fx *f = fx_new("Rental inflation, closely tracked by the central bank, eased to 6.2%, while core inflation, which "
                   "strips out fuel, food and alcohol, held at 2.9%.");
    fx_num(f, "6.2%", 1, "6.2", 6.2, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2.9%", 1, "2.9", 2.9, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_contains(fx_claim(f, "6.2%")->label, "Rental inflation");
    assert_contains(fx_claim(f, "2.9%")->label, "core inflation");
    fx_free(f);
}

static void en_verb_of_another_clause_is_not_the_predicate(void **state)
{
    (void)state;
    fx *f = fx_new("Officials said 800 schools had been closed and that they would pay 200 euros in fuel vouchers.");
    fx_num(f, "800", 1, "800", 800, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "200 euros", 1, "200", 200, "currency", BAYAN_NUM_QUANTITY)->pub.currency = "EUR";
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "200 euros")->label, "fuel vouchers");
    fx_free(f);
}

static void ar_label_of_x_at_n(void **state)
{
    (void)state;
    fx *f = fx_new("وأبقى البنك في اجتماعه الأخير على سعر الفائدة الرئيسي عند 11% وسعر الخصم عند 12%. "
                   "وقال التقرير إن سعر اليورو استقر عند نحو 52 جنيها.");
    fx_num(f, "11%", 1, "11", 11, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "12%", 1, "12", 12, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "نحو 52 جنيها", 1, "52", 52, "currency", BAYAN_NUM_QUANTITY)->pub.currency = "EGP";
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "11%")->label, "سعر الفائدة الرئيسي");
    assert_contains(fx_claim(f, "12%")->label, "سعر الخصم");
    assert_contains(fx_claim(f, "52")->label, "سعر اليورو");
    assert_lacks(fx_claim(f, "52")->label, "استقر");
    fx_free(f);
}

static void ar_indefinite_noun_before_a_verb_of_reaching(void **state)
{
    (void)state;
    fx *f = fx_new("وأقرت الحكومة خطة العام المقبل التي تشمل استثمارات تبلغ 40 مليار درهم.");
    fx_num(f, "40 مليار درهم", 1, "40 مليار", 4e10, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_AR);
    assert_string_equal(fx_claim(f, "40")->label, "استثمارات");
    fx_free(f);
}

static void ar_pronoun_is_not_a_label(void **state)
{
    (void)state;
    fx *f = fx_new("وقال المدير إن مبيعات الفرع نمت بنسبة 6%، وإنها أصبحت تمثل 18% من إيرادات المجموعة.");
    fx_num(f, "6%", 1, "6", 6, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "18%", 1, "18", 18, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const char *l = fx_claim(f, "18%")->label;
    assert_lacks(l, "وإنها");
    assert_contains(l, "إيرادات المجموعة");
    fx_free(f);
}

static void ar_subject_of_an_unlisted_verb(void **state)
{
    (void)state;
    fx *f = fx_new("وذكر البيان أن مشاريع الطرق الجديدة تستهلك 7 مليارات دولار سنويا.");
    fx_num(f, "7 مليارات دولار", 1, "7 مليارات", 7e9, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "7")->label, "مشاريع الطرق");
    assert_lacks(fx_claim(f, "7")->label, "تستهلك");
    fx_free(f);
}

static void ar_pronoun_suffixed_noun_refers_back(void **state)
{
    (void)state;
    fx *f = fx_new("وسجل معدل البطالة 7.1%، أي أقل بنحو نقطتين من مستواه قبل عام، في 20 مباراة.");
    fx_num(f, "7.1%", 1, "7.1", 7.1, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "بنحو نقطتين", 1, "نقطتين", 2, "percentage_point", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "نقطتين")->label, "معدل البطالة");
    fx_free(f);
}

static void ar_announced_object_after_an(void **state)
{
    (void)state;
    fx *f = fx_new("وأعلن المصرف عن أرباح فصلية بلغت 2.3 مليار ريال.");
    fx_num(f, "2.3 مليار ريال", 1, "2.3 مليار", 2.3e9, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_run(f, BAYAN_LANG_AR);
    const char *l = fx_claim(f, "2.3")->label;
    assert_contains(l, "أرباح فصلية");
    assert_lacks(l, "عن");
    fx_free(f);
}

static void ar_money_for_a_definite_sector(void **state)
{
    (void)state;
    fx *f = fx_new("ورصدت الخطة 90 مليون دينار للزراعة والري، و45 مليون دينار لقطاع النقل، وبيع النفط بـ70 دولارا للبرميل.");
    fx_num(f, "90 مليون دينار", 1, "90 مليون", 9e7, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "45 مليون دينار", 1, "45 مليون", 4.5e7, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "70 دولارا", 1, "70", 70, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    /* the label is the bare noun: its ل goes, لل gets its article back, and
     * a definite noun joined by و goes on with it */
    assert_string_equal(fx_claim(f, "90")->label, "الزراعة والري");
    assert_string_equal(fx_claim(f, "45")->label, "قطاع النقل");
    /* per barrel is a price, not what the money is for */
    assert_lacks(fx_claim(f, "70")->label, "للبرميل");
    fx_free(f);
}

static void ar_counted_noun_with_its_ala_complement(void **state)
{
    (void)state;
    fx *f = fx_new("وسدد الفريق 9 تسديدات على المرمى، وأصيب 4 أشخاص على الأقل.");
    fx_num(f, "9", 1, "9", 9, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "4", 1, "4", 4, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "9")->label, "تسديدات على المرمى");
    assert_lacks(fx_claim(f, "4")->label, "الأقل");
    fx_free(f);
}

static void en_more_noun_and_bringing_to(void **state)
{
    (void)state;
    fx *f = fx_new("The airline will add 450 more pilots, bringing its workforce to 12,800.");
    fx_num(f, "450", 1, "450", 450, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "12,800", 1, "12,800", 12800, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 2);
    assert_contains(fx_claim(f, "450")->text, "pilots");
    assert_string_equal(fx_claim(f, "450")->label, "pilots");
    assert_contains(fx_claim(f, "12,800")->label, "workforce");
    fx_free(f);
}

static void en_owner_item_and_total_of(void **state)
{
    (void)state;
    fx *f = fx_new("United had 14 corners, against Leeds's three. A total of 830 trains were cancelled.");
    fx_num(f, "14", 1, "14", 14, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "three", 1, "three", 3, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_num(f, "830", 1, "830", 830, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 3);
    assert_contains(fx_claim(f, "three")->label, "Leeds");
    assert_string_equal(fx_claim(f, "three")->unit, "count");
    assert_int_equal(f->doc.n_groups, 1);
    assert_string_equal(fx_claim(f, "830")->label, "trains were cancelled");
    fx_free(f);
}

static void en_place_phrase_is_no_label(void **state)
{
    (void)state;
    fx *f = fx_new("The final was played in front of 61,000 fans, and prices are expected to peak at 3.1% in May.");
    fx_num(f, "61,000", 1, "61,000", 61000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "3.1%", 1, "3.1", 3.1, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "61,000")->label, "fans");
    assert_contains(fx_claim(f, "3.1%")->label, "prices");
    fx_free(f);
}

static void ar_unit_noun_wahda(void **state)
{
    (void)state;
    fx *f = fx_new("وتعتزم الشركة بناء 3 آلاف وحدة سكنية، وقال المدير وحده إن 12 عاملا أصيبوا.");
    fx_num(f, "3 آلاف", 1, "3 آلاف", 3000, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "12", 1, "12", 12, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    assert_contains(fx_claim(f, "3 آلاف")->text, "وحدة");
    assert_contains(fx_claim(f, "3 آلاف")->label, "وحدة سكنية");
    fx_free(f);
}

static void ar_result_of_a_change_skips_the_link(void **state)
{
    (void)state;
    fx *f = fx_new("وارتفع عدد الزوار بنسبة 9% ليصل إلى 4.5 مليون زائر.");
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    bayan__num *n = fx_num(f, "ليصل إلى 4.5 مليون", 1, "4.5 مليون", 4.5e6, NULL, BAYAN_NUM_QUANTITY);
    n->flags |= BAYAN__NUM_SCALED;
    n->qual_start = n->start;
    n->qual_end = n->num_start - 1;
    fx_run(f, BAYAN_LANG_AR);
    const char *l = fx_claim(f, "4.5")->label;
    assert_contains(l, "عدد الزوار");
    assert_lacks(l, "بنسبة");
    fx_free(f);
}

static void part_of_a_counted_whole(void **state)
{
    (void)state;
    fx *f = fx_new("وأفاد المسح بأن 45 من أصل 60 مصنعا أغلقت أبوابها، وارتفع سعر الذهب عيار 18 إلى 2900 جنيه.");
    fx_num(f, "45", 1, "45", 45, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "60", 1, "60", 60, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "18", 1, "18", 18, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "2900 جنيه", 1, "2900", 2900, "currency", BAYAN_NUM_QUANTITY)->pub.currency = "EGP";
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 3);
    assert_string_equal(fx_claim(f, "45")->unit, "count");
    assert_contains(fx_claim(f, "45")->label, "مصنعا");
    assert_null(find_claim(f, "18"));
    fx_free(f);
}

static void en_earlier_level_after_a_comparative(void **state)
{
    (void)state;
    fx *f = fx_new("Attendance slipped to 48.5%, well below the 55.1% seen in 2018. Rents rose 0.7% from March, to "
                   "$1,940.");
    fx_num(f, "48.5%", 1, "48.5", 48.5, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "55.1%", 1, "55.1", 55.1, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "0.7%", 1, "0.7", 0.7, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "$1,940", 1, "1,940", 1940, "currency", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "55.1%")->label, "Attendance");
    assert_contains(fx_claim(f, "$1,940")->label, "Rents");
    fx_free(f);
}

static void ar_price_of_a_deal(void **state)
{
    (void)state;
    fx *f = fx_new("وأكد النادي إتمام التعاقد مع الحارس الدولي لمدة أربعة مواسم، مقابل 12 مليون دولار. "
                   "وبلغت نسبة التضخم 5% مقابل 6% العام الماضي.");
    fx_num(f, "أربعة مواسم", 1, "أربعة", 4, NULL, BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_num(f, "12 مليون دولار", 1, "12 مليون", 1.2e7, "currency", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_SCALED;
    fx_num(f, "5%", 1, "5", 5, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "6%", 1, "6", 6, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    const char *l = fx_claim(f, "12 مليون")->label;
    assert_contains(l, "التعاقد مع الحارس");
    /* after a figure of its own unit, مقابل still gives the earlier value */
    assert_contains(fx_claim(f, "6%")->label, "نسبة التضخم");
    fx_free(f);
}

static void en_four_word_counted_noun(void **state)
{
    (void)state;
    fx *f = fx_new("The club has won 17 straight away cup ties, a national record.");
    fx_num(f, "17", 1, "17", 17, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    const bayan_claim *c = fx_claim(f, "17");
    assert_contains(c->text, "ties");
    assert_contains(c->label, "ties");
    fx_free(f);
}

static void ar_multiplier_of_a_construct(void **state)
{
    (void)state;
    fx *f = fx_new("وسيستقبل الميناء نحو 900 سفينة، وهو ما يزيد على ضعف عدد السفن التي رست العام الماضي.");
    fx_num(f, "نحو 900", 1, "900", 900, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "ما يزيد على ضعف", 1, "ضعف", 2, "times", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_contains(fx_claim(f, "ضعف")->label, "عدد السفن");
    fx_free(f);
}

static void how_long_is_a_figure(void **state)
{
    (void)state;
    fx *f = fx_new("The striker signed a fresh deal for four years, five years after his debut.");
    fx_num(f, "four years", 1, "four", 4, "year", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_num(f, "five years", 1, "five", 5, "year", BAYAN_NUM_QUANTITY)->flags |= BAYAN__NUM_WORDS;
    fx_run(f, BAYAN_LANG_EN);
    /* how long the deal runs is a figure; "five years after" places it in time */
    assert_int_equal(f->doc.n_claims, 1);
    assert_contains(fx_claim(f, "four years")->label, "deal");
    fx_free(f);
}

static void en_price_threshold_is_not_a_claim(void **state)
{
    (void)state;
    fx *f = fx_new("Sales of cars priced above $40,000 rose 12%.");
    bayan__num *t = fx_num(f, "above $40,000", 1, "40,000", 40000, "currency", BAYAN_NUM_QUANTITY);
    t->pub.qualifier = BAYAN_Q_MORE_THAN;
    fx_num(f, "12%", 1, "12", 12, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_int_equal(f->doc.n_claims, 1);
    assert_string_equal(f->doc.claims[0].unit, "percent");
    fx_free(f);
}

static void en_named_subject_with_a_share(void **state)
{
    (void)state;
    fx *f = fx_new("Oppo and Honor completed the list with 7% each, as analysts expected inflation to edge up to 2.4%.");
    fx_num(f, "7%", 1, "7", 7, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "2.4%", 1, "2.4", 2.4, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "7%")->label, "Oppo and Honor");
    assert_contains(fx_claim(f, "2.4%")->label, "inflation");
    fx_free(f);
}

static void en_two_plural_nouns_counted(void **state)
{
    (void)state;
    fx *f = fx_new("Nearly 900 nurses and doctors joined the strike.");
    fx_num(f, "Nearly 900", 1, "900", 900, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_string_equal(fx_claim(f, "900")->label, "nurses and doctors joined the strike");
    fx_free(f);
}

static void ar_for_its_rival_is_no_counted_noun(void **state)
{
    (void)state;
    fx *f = fx_new("وسدد الفريق 12 تسديدة مقابل 4 لمنافسه، وضم 5 لاعبين جدد.");
    fx_num(f, "12", 1, "12", 12, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "4", 1, "4", 4, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "5", 1, "5", 5, NULL, BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_lacks(fx_claim(f, "4")->text, "لمنافسه");
    assert_lacks(fx_claim(f, "4")->label, "لمنافسه");
    /* a noun whose first letter is ل is still counted */
    assert_contains(fx_claim(f, "5")->text, "لاعبين");
    fx_free(f);
}

static void base_of_a_rate_is_no_claim(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وسجلت المحافظة 14 إصابة لكل 100 ألف نسمة، و9 حوادث لكل 1000 مركبة.", BAYAN_LANG_AR);
    assert_non_null(claim_with(doc, "14 إصابة"));
    assert_non_null(claim_with(doc, "9 حوادث"));
    assert_null(claim_with(doc, "100 ألف"));
    assert_null(claim_with(doc, "1000"));
    assert_int_equal(bayan_doc_claim_count(doc), 2);
    bayan_doc_free(doc);
    doc = extract_text("The county reported 31 overdoses per 100,000 residents, and one nurse for every 1,000 patients.",
                       BAYAN_LANG_EN);
    assert_non_null(claim_with(doc, "31"));
    assert_null(claim_with(doc, "100,000"));
    assert_null(claim_with(doc, "1,000"));
    bayan_doc_free(doc);
}

static void ar_age_band_is_no_claim(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وشكل العاملون في الفئة العمرية بين 25 و40 عاما نحو 58% من المتقدمين.", BAYAN_LANG_AR);
    assert_null(claim_with(doc, "25"));
    assert_non_null(claim_with(doc, "58%"));
    bayan_doc_free(doc);
}

static void ar_bare_dinar_takes_the_named_country(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وبلغت قيمة الدعم 45 مليون دينار بحريني، فيما ارتفعت رسوم الترخيص إلى 120 دينارا.",
                                  BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "120 دينارا");
    assert_non_null(c);
    assert_string_equal(c->unit, "currency");
    assert_string_equal(c->currency, "BHD");
    bayan_doc_free(doc);
}

static void ar_bare_dirham_in_a_moroccan_story(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("أعلنت الحكومة المغربية تخصيص 12 مليار درهم لبرنامج دعم السكن.", BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "12 مليار درهم")->currency, "MAD");
    bayan_doc_free(doc);
    doc = extract_text("وبلغت قيمة الصفقات في أبوظبي 95 مليار درهم.", BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "95 مليار درهم")->currency, "AED");
    bayan_doc_free(doc);
}

static void ar_exam_marks_are_not_degrees(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وحصل الطالب الأول في امتحان القبول على 387 درجة، فيما سجلت درجة الحرارة 44 درجة.",
                                  BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "387");
    assert_non_null(c);
    assert_string_equal(c->unit, "count");
    assert_string_equal(claim_with(doc, "44 درجة")->unit, "celsius");
    bayan_doc_free(doc);
}

static void en_change_from_to_is_two_figures(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("The council voted on Tuesday, lifting the monthly parking permit charge from $65 to $80. "
                                  "Quotes for the repairs ranged from $2,000 to $3,500.",
                                  BAYAN_LANG_EN);
    const bayan_claim *a = claim_with(doc, "$65"), *b = claim_with(doc, "$80");
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    assert_false(a->has_range);
    const bayan_claim *r = claim_with(doc, "$2,000");
    assert_non_null(r);
    assert_true(r->has_range);
    assert_null(strstr(r->label, "ranged")); /* the verb of a range is no part of what is measured */
    bayan_doc_free(doc);
}

static void en_abbreviation_before_the_counted_noun(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("About 140 NHS hospitals missed the target, against 95 a year earlier.", BAYAN_LANG_EN);
    const bayan_claim *c = claim_with(doc, "140");
    assert_non_null(c);
    assert_string_equal(c->unit, "count");
    assert_non_null(strstr(c->label, "hospitals"));
    bayan_doc_free(doc);
}

static void ar_rate_word_after_a_change_verb_is_a_link(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وأفادت الهيئة بأن صادرات الأسمدة نمت بمعدل 12 في المائة خلال الربع الأول.", BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "12 في المائة");
    assert_non_null(c);
    assert_non_null(strstr(c->label, "صادرات الأسمدة"));
    bayan_doc_free(doc);
}

static void en_word_of_level_is_no_label(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Commuters paid an average of $4.10 a trip last year.", BAYAN_LANG_EN);
    const bayan_claim *c = claim_with(doc, "$4.10");
    assert_non_null(c);
    assert_non_null(c->label);
    assert_null(strstr(c->label, "average"));
    assert_non_null(strstr(c->label, "Commuters"));
    bayan_doc_free(doc);
    doc = extract_text("The jobless rate eased to 3.9% from a peak of 4.6% in the spring.", BAYAN_LANG_EN);
    c = claim_with(doc, "4.6%");
    assert_non_null(c);
    assert_non_null(strstr(c->label, "rate"));
    bayan_doc_free(doc);
}

static void en_partitive_past_time_and_participle(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Donors have covered just 31% of this year's budget, and $45 million of unpaid "
                                  "salaries is still owed; the port handled 80% of 2022 traffic.",
                                  BAYAN_LANG_EN);
    assert_non_null(strstr(claim_with(doc, "31%")->label, "budget"));
    assert_non_null(strstr(claim_with(doc, "$45 million")->label, "unpaid salaries"));
    assert_non_null(strstr(claim_with(doc, "80%")->label, "traffic"));
    bayan_doc_free(doc);
}

static void en_level_a_change_left(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("The dollar index was last up 0.8% at 104.2, its highest since May.", BAYAN_LANG_EN);
    const bayan_claim *c = claim_with(doc, "0.8%");
    assert_non_null(c);
    doc = (bayan_doc_free(doc), extract_text("Brent crude was last down 2.1% at $81.40 a barrel.", BAYAN_LANG_EN));
    c = claim_with(doc, "$81.40");
    assert_non_null(c);
    assert_non_null(c->label);
    assert_non_null(strstr(c->label, "Brent"));
    bayan_doc_free(doc);
    doc = extract_text("Work on the bridge is 80% complete.", BAYAN_LANG_EN);
    c = claim_with(doc, "80%");
    assert_non_null(c->label);
    bayan_doc_free(doc);
}

static void ar_rate_with_pronoun_points_back(void **state)
{
    (void)state;
    /* "نموا نسبته 7%": "its rate" names the growth before it */
    bayan_doc *doc = extract_text("سجلت الصادرات الزراعية نموا نسبته 7% في الربع الأول.", BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "7%");
    assert_non_null(c);
    assert_null(strstr(c->label, "نسبته"));
    assert_non_null(strstr(c->label, "الصادرات"));
    bayan_doc_free(doc);
}

static void en_another_n_counts_the_same(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("The storm flattened 58 barns and damaged another 140.", BAYAN_LANG_EN);
    const bayan_claim *c = claim_with(doc, "140");
    assert_non_null(c);
    assert_string_equal(c->unit, "count");
    assert_non_null(strstr(c->label, "barns"));
    bayan_doc_free(doc);
}

static void ar_place_after_fi_belongs_to_the_noun(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وبلغت نسبة البطالة في المناطق الريفية 14% العام الماضي.", BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "14%");
    assert_non_null(c);
    assert_non_null(strstr(c->label, "نسبة البطالة"));
    bayan_doc_free(doc);
}

static void ar_counted_noun_stops_before_lmudda(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وأغلقت السلطات 15 مدرسة لمدة أسبوع بسبب الفيضانات.", BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "15 مدرسة");
    assert_non_null(c);
    assert_null(strstr(c->label, "لمدة"));
    bayan_doc_free(doc);
}

static void en_name_with_a_figure(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Japan led the round with $410 million, ahead of the Netherlands with $95 million.",
                                  BAYAN_LANG_EN);
    const bayan_claim *c = claim_with(doc, "$95 million");
    assert_non_null(c);
    assert_non_null(c->label);
    assert_non_null(strstr(c->label, "Netherlands"));
    bayan_doc_free(doc);
}

/* "الواردات 90 مليار درهم والصادرات 120 مليارا": the second item, right
 * after the first figure, leaves its currency understood. */
static void ar_item_after_the_figure_takes_the_currency(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وسجلت الواردات 90 مليار درهم والصادرات 120 مليارا خلال العام.", BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "120");
    assert_non_null(c);
    assert_string_equal(c->unit, "currency");
    assert_string_equal(c->currency, claim_with(doc, "90")->currency);
    assert_string_equal(c->label, "الصادرات");
    assert_non_null(c->group);
    assert_string_equal(c->group, claim_with(doc, "90")->group);
    bayan_doc_free(doc);
}

/* A fraction that is the verb's subject measures what it is a fraction of;
 * one after the subject measures that subject; duals and pronouns too. */
static void ar_fraction_subject_of_a_verb(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("يسكن ثلثا المهاجرين في الضواحي. ويعمل في التجارة ربع الشباب. "
                                  "وبلغت حصة القمح نصف الواردات. ويملك 8 ملايين أسرة مسكنا، ثلثهم في الأرياف.",
                                  BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "ثلثا");
    assert_non_null(c);
    assert_string_equal(c->unit, "fraction");
    assert_true(fabs(c->value - 2.0 / 3) < 1e-9);
    assert_string_equal(c->label, "المهاجرين");
    assert_string_equal(claim_with(doc, "ربع")->label, "الشباب");
    assert_string_equal(claim_with(doc, "نصف")->label, "حصة القمح");
    c = claim_with(doc, "ثلثهم");
    assert_non_null(c);
    assert_true(fabs(c->value - 1.0 / 3) < 1e-9);
    bayan_doc_free(doc);
}

/* "X قدره N": the indefinite noun قدره sizes is what is measured, not the
 * definite subject and verb before it. */
static void ar_qadruhu_sizes_its_noun(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وسجل الصندوق السيادي عوائد سنوية قدرها 6.1%، وحقق المصرف فائضا قدره 900 مليون دينار.",
                                  BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "6.1%")->label, "عوائد سنوية");
    assert_string_equal(claim_with(doc, "900")->label, "فائضا");
    bayan_doc_free(doc);
}

/* A counted noun's construct may start with a root و ("حالة وفاة"); a و
 * word is otherwise the next item ("طالب وطالبة"). */
static void ar_counted_noun_with_a_root_waw(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("رصد المستشفى 23 حالة وفاة و61 حالة ولادة الشهر الماضي.", BAYAN_LANG_AR);
    assert_non_null(strstr(claim_with(doc, "23")->label, "حالة وفاة"));
    assert_non_null(strstr(claim_with(doc, "61")->label, "حالة ولادة"));
    bayan_doc_free(doc);
}

/* "منهم 12 ألفا", "بينها 650": a bare part of the count before counts the
 * same thing; it is a claim, labelled as the whole. */
static void ar_part_of_a_count(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("استقبلت المخيمات 70 ألف نازح، منهم 18 ألفا دون سن العاشرة، وأحصت الفرق 900 خيمة، "
                                  "بينها 240 في الجنوب.",
                                  BAYAN_LANG_AR);
    const bayan_claim *c = claim_with(doc, "18 ألفا");
    assert_non_null(c);
    assert_string_equal(c->unit, "count");
    assert_string_equal(c->label, "نازح");
    c = claim_with(doc, "240");
    assert_non_null(c);
    assert_string_equal(c->label, "خيمة");
    bayan_doc_free(doc);
    /* an Arabic scale word makes a quantity stated, even in thousands */
    doc = extract_text("وحضر الحفل الختامي 35 ألفا.", BAYAN_LANG_AR);
    assert_non_null(claim_with(doc, "35 ألفا"));
    bayan_doc_free(doc);
}

/* A ranking: "تلاها" and "ثم" open the next items of one series, a bare
 * figure counting what the first one counts. */
static void ar_ranking_followed_by_items(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وتصدرت الهند القائمة بنحو 410 آلاف طالب، تلتها الصين بـ290 ألفا، ثم نيجيريا بـ75 ألفا.",
                                  BAYAN_LANG_AR);
    const bayan_claim *a = claim_with(doc, "410"), *b = claim_with(doc, "290"), *c = claim_with(doc, "75");
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    assert_non_null(a->group);
    assert_string_equal(a->group, b->group);
    assert_string_equal(a->group, c->group);
    bayan_doc_free(doc);
}

/* "مقابل 35% لشركة «نور»": a share followed by ل + a noun is that noun's;
 * the label names without quotation marks. Not "للمرة الثانية". */
static void ar_share_of_the_lam_noun(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("استحوذ المشغل الحكومي على 65% من المشتركين، مقابل 35% لشركة «نور». "
                                  "وارتفعت الأسعار 4% للمرة الثانية.",
                                  BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "35%")->label, "شركة نور");
    assert_null(strstr(claim_with(doc, "4%")->label ? claim_with(doc, "4%")->label : "", "مرة"));
    bayan_doc_free(doc);
}

/* "مقابل N% في X": the item set against the figure before is the place;
 * a time set against it ("في الدورة السابقة") is not. */
static void ar_place_set_against_the_figure_before(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وتبلغ البطالة 9% بين الذكور، مقابل 16% في المناطق الجبلية. "
                                  "وبلغ الإقبال 44%، مقابل 38% في الدورة السابقة.",
                                  BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "16%")->label, "المناطق الجبلية");
    assert_null(strstr(claim_with(doc, "38%")->label ? claim_with(doc, "38%")->label : "", "الدورة"));
    bayan_doc_free(doc);
}

/* "ثلاثة أضعاف ما أنفقته", "twice what it spent": a multiplier of a
 * relative clause measures against what the clause names. */
static void multiplier_of_a_relative_clause(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وجمعت البلدية 8 ملايين دينار، أي ثلاثة أضعاف ما جمعته في 2019.", BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "ثلاثة أضعاف")->label, "ما جمعته");
    bayan_doc_free(doc);
    doc = extract_text("The club sold 9,000 tickets, roughly twice what it sold in 2021.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "twice")->label, "what it sold");
    bayan_doc_free(doc);
}

/* "Retail added 38,000 jobs and leisure and hospitality 12,000": the item
 * after "and" counts the same noun, its verb understood. */
static void en_item_after_and_counts_the_same(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Retail added 38,000 jobs in May and wholesale trade 9,500.", BAYAN_LANG_EN);
    const bayan_claim *c = claim_with(doc, "9,500");
    assert_non_null(c);
    assert_string_equal(c->unit, "count");
    assert_string_equal(c->label, "wholesale trade");
    assert_non_null(c->group);
    assert_string_equal(c->group, claim_with(doc, "38,000")->group);
    bayan_doc_free(doc);
}

/* "its April peak of $32.50": a verb form after a determiner and a
 * modifier is a noun of the phrase. */
/* "كمية" is a quantity, not ك + "مية" (a hundred); a word whose ب is its
 * own letter ("بلغت", "بعدما") keeps it in a label; a shared currency name
 * takes the country the story names ("شلن" in a story from Kenya). */
static void ar_own_first_letters_and_shared_currencies(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وذكر الاتحاد أن كمية القطن المحلوج بلغت 61 ألف طن هذا الموسم.", BAYAN_LANG_AR);
    assert_int_equal(bayan_doc_claim_count(doc), 1);
    assert_string_equal(claim_with(doc, "61 ألف طن")->label, "كمية القطن المحلوج");
    bayan_doc_free(doc);
    /* a long subject headed by a measure keeps its head, up to its في phrase */
    doc = extract_text("وأكدت الهيئة أن عدد المركبات المسجلة لدى دوائر السير العامة والخاصة في الدولة بلغ 412 ألف مركبة.",
                       BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "412 ألف مركبة")->label, "عدد المركبات المسجلة لدى دوائر السير العامة والخاصة");
    bayan_doc_free(doc);
    /* ل + a present verb after a change: its result measures the same
     * thing, unless the verb names its own subject */
    doc = extract_text("وهبط سعر برميل النفط 2.3% ليستقر عند 71 دولارا، فيما سجلت المصانع 900 طلب، لتصل نسبة "
                       "الإشغال فيها إلى 84%.",
                       BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "71 دولارا")->label, "سعر برميل النفط");
    assert_string_equal(claim_with(doc, "84%")->label, "نسبة الإشغال");
    bayan_doc_free(doc);
    /* a level, then by how much it falls short of another: no pair; the
     * purpose verb ends the subject */
    doc = extract_text("وارتفع سعر طن الإسمنت ليستقر عند 820 درهما، وهو مستوى يقل بنحو 35 درهما عن ذروته.",
                       BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "820 درهما")->label, "سعر طن الإسمنت");
    assert_null(claim_with(doc, "35 درهما")->group);
    bayan_doc_free(doc);
    /* a grade of gold names a kind: part of the label, no claim of its own */
    doc = extract_text("وسجل سعر الغرام من عيار 21 نحو 265 درهما في سوق الذهب.", BAYAN_LANG_AR);
    assert_int_equal(bayan_doc_claim_count(doc), 1);
    assert_string_equal(claim_with(doc, "265")->label, "سعر الغرام من عيار 21");
    bayan_doc_free(doc);
    doc = extract_text("وقال البنك المركزي في كينيا إن التحويلات بلغت 480 مليار شلن.", BAYAN_LANG_AR);
    assert_string_equal(claim_with(doc, "480 مليار شلن")->currency, "KES");
    bayan_doc_free(doc);
    doc = extract_text("Exporters in Chile earned 9 trillion pesos, and a ferry in Sweden charges 300 kronor.",
                       BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "9 trillion pesos")->currency, "CLP");
    assert_string_equal(claim_with(doc, "300 kronor")->currency, "SEK");
    bayan_doc_free(doc);
}

/* After "a", the figure qualifies the noun that follows ("a $12 million
 * deficit", "a 4% rise in rents": what rises); a subject before "will" +
 * verb owns the figure; a plural noun then "and" + a verb and its object
 * is no pair of counted nouns. */
static void en_figure_before_its_noun_and_modal_subjects(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("The board approved the accounts, leaving a $12 million deficit mostly unfunded.",
                                  BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "$12 million")->label, "deficit");
    bayan_doc_free(doc);
    doc = extract_text("Tenants face a 4% rise in rents next spring.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "4%")->label, "rents");
    bayan_doc_free(doc);
    doc = extract_text("The water utility will receive $85 million from the state.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "$85 million")->label, "water utility");
    bayan_doc_free(doc);
    /* a share of a group, then what is said of the share */
    doc = extract_text("Only 61.5% of trains were running on time last month.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "61.5%")->label, "trains were running on time");
    bayan_doc_free(doc);
    /* a time span set against another is a figure, not a time */
    doc = extract_text("Permits took 11 days to issue, compared with 26 days before the reform.", BAYAN_LANG_EN);
    assert_non_null(claim_with(doc, "26 days"));
    bayan_doc_free(doc);
    /* items after commas, each "NOUN at" its figure, the last a bare number */
    doc = extract_text("Maize led the harvest at 3.1 million tonnes, followed by wheat at 2.2 million tonnes, "
                       "barley at 900,000 tonnes and oats at about 120,000 tonnes.", BAYAN_LANG_EN);
    const char *g = claim_with(doc, "2.2 million")->group;
    assert_non_null(g);
    assert_string_equal(claim_with(doc, "900,000")->group, g);
    assert_string_equal(claim_with(doc, "120,000")->group, g);
    bayan_doc_free(doc);
    /* what money is for says what it measures, over the verb's subject */
    doc = extract_text("The appeal raised 3 million euros for flood relief.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "3 million euros")->label, "flood relief");
    bayan_doc_free(doc);
    /* "X was worth N": the subject of the copula */
    doc = extract_text("The typical loan was worth 4,200 dollars last year.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "4,200 dollars")->label, "typical loan");
    bayan_doc_free(doc);
    /* a bare number as the subject of a passive with an irregular participle */
    doc = extract_text("Rescuers reached the village at dawn, and 23 were taken to hospital.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "23")->label, "were taken to hospital");
    bayan_doc_free(doc);
    /* a record against the one it beat */
    doc = extract_text("Ticket sales reached a record $48 million, beating the previous high of $41 million.",
                       BAYAN_LANG_EN);
    assert_non_null(claim_with(doc, "$48 million")->group);
    assert_string_equal(claim_with(doc, "$41 million")->group, claim_with(doc, "$48 million")->group);
    bayan_doc_free(doc);
    /* a change "by" a count and the level it left "to": two measures, no pair */
    doc = extract_text("Membership of the union fell by 4,100 to about 52,000 last year.", BAYAN_LANG_EN);
    assert_null(claim_with(doc, "4,100")->group);
    bayan_doc_free(doc);
    /* an -ed adjective before the plural noun it qualifies */
    doc = extract_text("The registry lists 58 licensed pharmacies in the district.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "58")->text, "58 licensed pharmacies");
    bayan_doc_free(doc);
    /* "on" before a figure links it to its owner, as "at" does: polls, league tables */
    doc = extract_text("The Greens polled 19%, with the Liberals on 14% and the Pirates on 6%.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "6%")->label, "Pirates");
    bayan_doc_free(doc);
    doc = extract_text("Hens numbered 8.2 million, ducks at 1.1 million and geese at about 350,000.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "350,000")->label, "geese");
    bayan_doc_free(doc);
    doc = extract_text("The plan closes 12 branch offices and moves the staff to the capital.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "12")->text, "12 branch offices");
    bayan_doc_free(doc);
}

static void en_noun_after_determiner_and_modifier(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Silver has lost 15% of its value since its April peak of $32.50, traders said.",
                                  BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "32.50")->label, "April peak");
    bayan_doc_free(doc);
    /* "one pupil in four": the noun read into the figure names the share */
    doc = extract_text("Inspectors found that one pupil in four missed school.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "one pupil in four")->label, "pupil");
    bayan_doc_free(doc);
    /* names joined by "and" stay one subject; "together" after it is no part of it */
    doc = extract_text("Norway and the Netherlands together pledged $90 million.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "$90 million")->label, "Norway and the Netherlands");
    bayan_doc_free(doc);
    /* "is seen at": the subject is measured, not the participle */
    doc = extract_text("Demand in the region is seen at 2.6% next year.", BAYAN_LANG_EN);
    assert_string_equal(claim_with(doc, "2.6%")->label, "Demand in the region");
    bayan_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(en_noun_after_determiner_and_modifier),
        cmocka_unit_test(en_item_after_and_counts_the_same),
        cmocka_unit_test(multiplier_of_a_relative_clause),
        cmocka_unit_test(ar_place_set_against_the_figure_before),
        cmocka_unit_test(ar_share_of_the_lam_noun),
        cmocka_unit_test(ar_ranking_followed_by_items),
        cmocka_unit_test(ar_part_of_a_count),
        cmocka_unit_test(ar_counted_noun_with_a_root_waw),
        cmocka_unit_test(ar_qadruhu_sizes_its_noun),
        cmocka_unit_test(ar_fraction_subject_of_a_verb),
        cmocka_unit_test(ar_item_after_the_figure_takes_the_currency),
        cmocka_unit_test(en_digit_figure_after_the_is_a_claim),
        cmocka_unit_test(en_whole_of_a_partitive_is_a_claim),
        cmocka_unit_test(en_figures_stated_by_verbs),
        cmocka_unit_test(en_verb_after_a_determiner_is_a_noun),
        cmocka_unit_test(en_capitalised_plural_is_a_counted_noun),
        cmocka_unit_test(en_elliptical_items_take_the_counted_noun),
        cmocka_unit_test(en_elliptical_items_with_a_share),
        cmocka_unit_test(en_elliptical_item_with_a_place),
        cmocka_unit_test(ar_age_thresholds_are_not_claims),
        cmocka_unit_test(en_age_and_period_are_not_claims),
        cmocka_unit_test(ar_preposition_is_not_a_counted_noun),
        cmocka_unit_test(league_points_are_a_count),
        cmocka_unit_test(index_points_keep_their_unit),
        cmocka_unit_test(en_earlier_value_takes_the_unit),
        cmocka_unit_test(en_earlier_money_takes_the_currency),
        cmocka_unit_test(ar_list_item_takes_the_unit),
        cmocka_unit_test(en_restated_figures_take_the_measure),
        cmocka_unit_test(en_conversion_in_brackets),
        cmocka_unit_test(en_subject_before_an_aside),
        cmocka_unit_test(en_verb_of_another_clause_is_not_the_predicate),
        cmocka_unit_test(ar_label_of_x_at_n),
        cmocka_unit_test(ar_indefinite_noun_before_a_verb_of_reaching),
        cmocka_unit_test(ar_pronoun_is_not_a_label),
        cmocka_unit_test(ar_subject_of_an_unlisted_verb),
        cmocka_unit_test(ar_pronoun_suffixed_noun_refers_back),
        cmocka_unit_test(ar_announced_object_after_an),
        cmocka_unit_test(ar_money_for_a_definite_sector),
        cmocka_unit_test(ar_counted_noun_with_its_ala_complement),
        cmocka_unit_test(en_more_noun_and_bringing_to),
        cmocka_unit_test(en_owner_item_and_total_of),
        cmocka_unit_test(en_place_phrase_is_no_label),
        cmocka_unit_test(ar_unit_noun_wahda),
        cmocka_unit_test(ar_result_of_a_change_skips_the_link),
        cmocka_unit_test(part_of_a_counted_whole),
        cmocka_unit_test(en_earlier_level_after_a_comparative),
        cmocka_unit_test(ar_price_of_a_deal),
        cmocka_unit_test(en_four_word_counted_noun),
        cmocka_unit_test(ar_multiplier_of_a_construct),
        cmocka_unit_test(how_long_is_a_figure),
        cmocka_unit_test(en_price_threshold_is_not_a_claim),
        cmocka_unit_test(en_named_subject_with_a_share),
        cmocka_unit_test(en_two_plural_nouns_counted),
        cmocka_unit_test(ar_for_its_rival_is_no_counted_noun),
        cmocka_unit_test(base_of_a_rate_is_no_claim),
        cmocka_unit_test(ar_age_band_is_no_claim),
        cmocka_unit_test(ar_bare_dinar_takes_the_named_country),
        cmocka_unit_test(ar_exam_marks_are_not_degrees),
        cmocka_unit_test(ar_bare_dirham_in_a_moroccan_story),
        cmocka_unit_test(en_change_from_to_is_two_figures),
        cmocka_unit_test(en_abbreviation_before_the_counted_noun),
        cmocka_unit_test(ar_rate_word_after_a_change_verb_is_a_link),
        cmocka_unit_test(en_name_with_a_figure),
        cmocka_unit_test(ar_place_after_fi_belongs_to_the_noun),
        cmocka_unit_test(en_word_of_level_is_no_label),
        cmocka_unit_test(en_partitive_past_time_and_participle),
        cmocka_unit_test(en_level_a_change_left),
        cmocka_unit_test(ar_rate_with_pronoun_points_back),
        cmocka_unit_test(en_another_n_counts_the_same),
        cmocka_unit_test(ar_counted_noun_stops_before_lmudda),
        cmocka_unit_test(ar_own_first_letters_and_shared_currencies),
        cmocka_unit_test(en_figure_before_its_noun_and_modal_subjects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

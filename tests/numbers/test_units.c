/* Units: percent and percentage points, currencies with their ISO codes,
 * temperatures, multipliers against occasions, physical units. */
#include "scan_helpers.h"

static void percent_forms(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("تراجعت البطالة إلى 6.2% بعد أن كانت ١١٪، ونما القطاع 14 في المائة، والزراعة 9 بالمئة، "
                               "وارتفعت الفائدة 1.5 نقطة مئوية.");
    assert_unit(num_text(doc, "6.2%"), "percent");
    assert_unit(num_text(doc, "١١٪"), "percent");
    assert_unit(num_text(doc, "14 في المائة"), "percent");
    assert_unit(num_text(doc, "9 بالمئة"), "percent");
    const bayan_number *pp0 = num_text(doc, "1.5 نقطة مئوية");
    assert_unit(pp0, "percentage_point");
    bayan_doc_free(doc);
    doc = scan_text("وحصل الحزب على %42 من الأصوات، ارتفعت 1.5 نقطة مئوية.");
    assert_value(num_text(doc, "%42"), 42);
    assert_unit(num_text(doc, "%42"), "percent");
    const bayan_number *pp = num_text(doc, "1.5 نقطة مئوية");
    assert_unit(pp, "percentage_point");
    assert_value(pp, 1.5);
    bayan_doc_free(doc);
}

static void currencies(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("استثمرت الشركة 340 مليون دولار أمريكي، وباعت بـ75 يورو، واشترت بـ12 جنيها إسترلينيا و"
                               "900 جنيه مصري و15 ريالا سعوديا و60 درهما و8 آلاف روبل و5 مليارات سوم و20 ألف تنغي.");
    const bayan_number *n = num_text(doc, "340 مليون دولار أمريكي");
    assert_value(n, 3.4e8);
    assert_unit(n, "currency");
    assert_string_equal(n->currency, "USD");
    assert_string_equal(num_with(doc, "يورو")->currency, "EUR");
    assert_string_equal(num_with(doc, "إسترلينيا")->currency, "GBP");
    assert_string_equal(num_with(doc, "مصري")->currency, "EGP");
    assert_string_equal(num_with(doc, "سعوديا")->currency, "SAR");
    assert_string_equal(num_with(doc, "درهما")->currency, "AED");
    assert_string_equal(num_with(doc, "روبل")->currency, "RUB");
    assert_string_equal(num_with(doc, "سوم")->currency, "UZS");
    assert_string_equal(num_with(doc, "تنغي")->currency, "KZT");
    bayan_doc_free(doc);
    doc = scan_text("The bill came to $45.5bn, or €3 million, after £120 and 75 yen.");
    n = num_text(doc, "$45.5bn");
    assert_value(n, 45.5e9);
    assert_string_equal(n->currency, "USD");
    assert_string_equal(num_text(doc, "€3 million")->currency, "EUR");
    assert_string_equal(num_text(doc, "£120")->currency, "GBP");
    assert_string_equal(num_text(doc, "75 yen")->currency, "JPY");
    bayan_doc_free(doc);
    doc = scan_text("The club paid £40m for him and $250k for his agent.");
    assert_value(num_text(doc, "£40m"), 40e6);
    assert_value(num_text(doc, "$250k"), 250e3);
    bayan_doc_free(doc);
}

static void temperatures(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("سجلت المحطة 47 درجة مئوية ظهرا و3 درجات ليلا، ثم 12°C، وفي الجبال -8 ℃ ودرجتين تحت الصفر.");
    assert_unit(num_text(doc, "47 درجة مئوية"), "celsius");
    assert_unit(num_text(doc, "3 درجات"), "celsius");
    assert_unit(num_text(doc, "12°C"), "celsius");
    assert_value(num_text(doc, "-8 ℃"), -8);
    const bayan_number *n = num_text(doc, "ودرجتين تحت الصفر");
    assert_value(n, -2);
    assert_unit(n, "celsius");
    bayan_doc_free(doc);
}

static void multipliers_and_occasions(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("صار الطلب أكبر بثلاث مرات، ويتوقع أن يتضاعف الإنتاج أربع مرات، وزار الوفد المصنع 12 مرة، "
                               "وارتفعت الأسعار ثلاثة أضعاف.");
    assert_unit(num_text(doc, "بثلاث مرات"), "times");
    assert_unit(num_text(doc, "أربع مرات"), "times");
    const bayan_number *occ = num_text(doc, "12 مرة");
    assert_unit(occ, "count");
    assert_value(occ, 12);
    assert_unit(num_text(doc, "ثلاثة أضعاف"), "times");
    bayan_doc_free(doc);
    doc = scan_text("Exports are now five times higher, and the team met 30 times; it hit 39C.");
    assert_unit(num_text(doc, "39C"), "celsius");
    assert_unit(num_text(doc, "five times"), "times");
    assert_unit(num_text(doc, "30 times"), "count");
    bayan_doc_free(doc);
    doc = scan_text("Output rose fivefold, costs grew 3-fold and demand may double.");
    assert_value(num_text(doc, "fivefold"), 5);
    assert_unit(num_text(doc, "fivefold"), "times");
    assert_unit(num_text(doc, "3-fold"), "times");
    assert_unit(num_text(doc, "double"), "times");
    bayan_doc_free(doc);
}

static void physical_units(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("ينتج الحقل 90 ألف برميل يوميا، ويمتد الخط 420 كم، وتولد المحطة 250 ميغاواط، وتغطي الغابة "
                               "1200 هكتار، ونقلت السفينة 30 ألف طن.");
    assert_unit(num_text(doc, "90 ألف برميل"), "برميل");
    assert_unit(num_text(doc, "420 كم"), "كم");
    assert_unit(num_text(doc, "250 ميغاواط"), "ميغاواط");
    assert_unit(num_text(doc, "1200 هكتار"), "هكتار");
    assert_unit(num_text(doc, "30 ألف طن"), "طن");
    bayan_doc_free(doc);
}

/* Durations take their unit word; a year before a time noun and a duration
 * that dates an event ("منذ 10 أعوام", "three years ago") do not. */
static void durations(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("The strike lasted four days; talks ran for 12 hours and prices rose for 3 years. "
                               "In 2020 years of growth ended. It happened three years ago.");
    assert_unit(num_text(doc, "four days"), "day");
    assert_value(num_text(doc, "four days"), 4);
    assert_unit(num_text(doc, "12 hours"), "hour");
    assert_unit(num_text(doc, "3 years"), "year");
    assert_int_equal(num_text(doc, "2020")->kind, BAYAN_NUM_YEAR);
    assert_int_equal(num_text(doc, "three years")->kind, BAYAN_NUM_DATE);
    bayan_doc_free(doc);
    /* "over" a duration is across it, "for over" is more than */
    doc = scan_text("It will cost $3 trillion over ten years. Sales fell for over ten years. Winds reached 120mph.");
    assert_int_equal(num_text(doc, "ten years")->qualifier, BAYAN_Q_NONE);
    assert_int_equal(num_text(doc, "over ten years")->qualifier, BAYAN_Q_MORE_THAN);
    assert_unit(num_text(doc, "120mph"), "mph");
    bayan_doc_free(doc);
    doc = scan_text("استمر الإضراب أربعة أيام، ودام الحصار 18 شهرا، وسجن لمدة عامين، واستغرق الفحص 45 دقيقة. "
                    "في عام 2020 سنة الجائحة، ومنذ 10 أعوام.");
    assert_unit(num_text(doc, "أربعة أيام"), "يوم");
    assert_unit(num_text(doc, "18 شهرا"), "شهر");
    assert_unit(num_text(doc, "عامين"), "سنة");
    assert_value(num_text(doc, "عامين"), 2);
    assert_unit(num_text(doc, "45 دقيقة"), "دقيقة");
    assert_int_equal(num_text(doc, "2020")->kind, BAYAN_NUM_YEAR);
    assert_int_equal(num_text(doc, "10 أعوام")->kind, BAYAN_NUM_DATE);
    bayan_doc_free(doc);
    doc = scan_text("صام 15 شهر رمضان، ثم سافر 15 شهرا.");
    assert_int_equal(num_text(doc, "15")->kind, BAYAN_NUM_DATE);
    assert_unit(num_text(doc, "15 شهرا"), "شهر");
    bayan_doc_free(doc);
}

static void basis_points(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("The yield climbed 12 basis points to 4.3%. رفع البنك الفائدة 50 نقطة أساس.");
    assert_unit(num_text(doc, "12 basis points"), "bp");
    assert_unit(num_text(doc, "4.3%"), "percent");
    assert_unit(num_text(doc, "50 نقطة أساس"), "نقطة أساس");
    bayan_doc_free(doc);
}

static void press_abbreviations_and_other_dollars(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("بلغت قيمة العقد 750 مليون ر.س، وسعر السهم 12 د.إ، والأرباح 4 مليارات ر.ق في نهاية العام.");
    const bayan_number *n = num_text(doc, "750 مليون ر.س");
    assert_value(n, 750e6);
    assert_unit(n, "currency");
    assert_string_equal(n->currency, "SAR");
    assert_string_equal(num_text(doc, "12 د.إ")->currency, "AED");
    assert_string_equal(num_text(doc, "4 مليارات ر.ق")->currency, "QAR");
    bayan_doc_free(doc);
    doc = scan_text("The miner paid C$1.2 billion, up from A$800 million, while a flat in Kowloon costs HK$9 million.");
    n = num_text(doc, "C$1.2 billion");
    assert_value(n, 1.2e9);
    assert_string_equal(n->currency, "CAD");
    assert_string_equal(num_text(doc, "A$800 million")->currency, "AUD");
    assert_string_equal(num_text(doc, "HK$9 million")->currency, "HKD");
    bayan_doc_free(doc);
}

/* The world's other currencies: by name, by a nationality before the
 * noun, by the press's short names; crore and lakh as scales. */
static void currencies_of_the_wider_world(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("The mine owes 320 million rand in royalties, the Lagos fund 4 billion naira, "
                               "a herder 90,000 tugriks and the exporter 2.5 billion Egyptian pounds.");
    assert_string_equal(num_text(doc, "320 million rand")->currency, "ZAR");
    assert_string_equal(num_text(doc, "4 billion naira")->currency, "NGN");
    assert_string_equal(num_text(doc, "90,000 tugriks")->currency, "MNT");
    const bayan_number *n = num_text(doc, "2.5 billion Egyptian pounds");
    assert_value(n, 2.5e9);
    assert_string_equal(n->currency, "EGP");
    bayan_doc_free(doc);
    /* a nationality before a word that is no currency is no unit */
    doc = scan_text("The site hired 300 Egyptian engineers.");
    assert_null(num_text(doc, "300")->unit);
    bayan_doc_free(doc);
    doc = scan_text("Tolls earned the agency Sh3.2 billion, the ferry KSh 450 a trip; the dam cost Rs 1,200 crore "
                    "and housed 40 lakh people.");
    n = num_text(doc, "Sh3.2 billion");
    assert_value(n, 3.2e9);
    assert_string_equal(n->currency, "KES");
    assert_string_equal(num_text(doc, "KSh 450")->currency, "KES");
    n = num_text(doc, "Rs 1,200 crore");
    assert_value(n, 1.2e10);
    assert_string_equal(n->currency, "INR");
    assert_value(num_text(doc, "40 lakh"), 4e6);
    bayan_doc_free(doc);
    doc = scan_text("وحول العمال 12 مليار شلن كيني، وبلغت الصادرات 900 مليون راند.");
    assert_string_equal(num_text(doc, "12 مليار شلن كيني")->currency, "KES");
    assert_string_equal(num_text(doc, "900 مليون راند")->currency, "ZAR");
    bayan_doc_free(doc);
}

static void subunits_of_currencies(void **state)
{
    (void)state;
    /* like cents: the value in the main unit */
    bayan_doc *doc = scan_text("A pint now costs 575p in central Manchester.");
    const bayan_number *n = num_text(doc, "575p");
    assert_unit(n, "currency");
    assert_string_equal(n->currency, "GBP");
    assert_value(n, 5.75);
    bayan_doc_free(doc);
    /* not the time of day, not the lines of a video */
    doc = scan_text("Doors open at 7p.m. and the match streams in 1080p.");
    assert_null(num_with(doc, "1080"));
    n = num_with(doc, "7");
    assert_non_null(n);
    assert_int_equal(n->kind, BAYAN_NUM_TIME_OF_DAY);
    bayan_doc_free(doc);
    doc = scan_text("ورفعت الشركة سعر اللتر إلى 75 هللة، وتبلغ رسوم الرسالة 15 فلسا أو فلسين للرسائل المحلية.");
    n = num_text(doc, "75 هللة");
    assert_string_equal(n->currency, "SAR");
    assert_value(n, 0.75);
    n = num_text(doc, "15 فلسا");
    assert_unit(n, "currency");
    assert_value(n, 0.015);
    assert_value(num_text(doc, "فلسين"), 0.002);
    bayan_doc_free(doc);
}

static void data_and_nights(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("وتمنح الباقة الجديدة 40 غيغابايت شهريا، ويقضي الزائر في المتوسط سبع ليال، وبعضهم ليلتين.");
    assert_unit(num_text(doc, "40 غيغابايت"), "GB");
    const bayan_number *n = num_text(doc, "سبع ليال");
    assert_value(n, 7);
    assert_unit(n, "ليلة");
    assert_value(num_text(doc, "ليلتين"), 2);
    bayan_doc_free(doc);
    doc = scan_text("Users streamed 12 GB a month on average.");
    assert_unit(num_text(doc, "12 GB"), "GB");
    bayan_doc_free(doc);
}

static void bare_numbers_have_no_unit(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("درس في الجامعة 530 طالبا.");
    const bayan_number *n = num_text(doc, "530");
    assert_null(n->unit);
    bayan_doc_free(doc);
}

static void press_abbreviation_before_a_full_stop(void **state)
{
    (void)state;
    /* the sentence's full stop is not the abbreviation's dot; a dot that a
     * comma follows is, and so is the text's last one (it serves both, as
     * Duckling's "42 ج.م." expects) */
    bayan_doc *doc = scan_text("ارتفع رأس مال الصندوق إلى 80 مليون ر.ع. وتوسع نشاطه، وبلغت الرسوم 15 ج.م.، ثم "
                               "صار السعر 3 د.ك.");
    assert_string_equal(num_text(doc, "80 مليون ر.ع")->currency, "OMR");
    assert_string_equal(num_text(doc, "15 ج.م.")->currency, "EGP");
    assert_string_equal(num_text(doc, "3 د.ك.")->currency, "KWD");
    bayan_doc_free(doc);
}

/* English news glues scales and units to numbers: m and k before a noun
 * are million and thousand ("1.1m tonnes", "12k jobs"); m otherwise is
 * metres ("300m tall", "the 100m"); "25bp" is basis points; "1M" alone is
 * no number. */
static void glued_scales_and_units(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("Imports hit 2.4m barrels as 12k workers left; the mast is 300m tall, rates fell 25bp, and the tag read 1M.");
    assert_value(num_text(doc, "2.4m barrels"), 2.4e6);
    assert_value(num_text(doc, "12k"), 12000);
    assert_unit(num_text(doc, "300m"), "m");
    assert_value(num_text(doc, "300m"), 300);
    assert_unit(num_text(doc, "25bp"), "bp");
    assert_null(num_with(doc, "1M"));
    bayan_doc_free(doc);
}

/* "times" before a measure multiplies ("8.5 times earnings", "four times
 * its size"); before a time it counts occasions ("7 times that week"). */
static void times_before_a_measure(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("The bid values the group at 11.5 times earnings, four times its size in 2015; "
                               "the board met 7 times that week.");
    assert_unit(num_text(doc, "11.5 times"), "times");
    assert_unit(num_text(doc, "four times"), "times");
    assert_unit(num_text(doc, "7 times"), "count");
    bayan_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(percent_forms),  cmocka_unit_test(currencies),
        cmocka_unit_test(temperatures),   cmocka_unit_test(multipliers_and_occasions),
        cmocka_unit_test(physical_units), cmocka_unit_test(bare_numbers_have_no_unit),
        cmocka_unit_test(durations), cmocka_unit_test(basis_points),
        cmocka_unit_test(press_abbreviations_and_other_dollars), cmocka_unit_test(subunits_of_currencies),
        cmocka_unit_test(currencies_of_the_wider_world),
        cmocka_unit_test(data_and_nights),
        cmocka_unit_test(press_abbreviation_before_a_full_stop),
        cmocka_unit_test(glued_scales_and_units),
        cmocka_unit_test(times_before_a_measure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

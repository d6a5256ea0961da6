/* Numbers that are no quantities: years, dates, periods, ordinals, times of
 * day, phone numbers, list items, references. */
#include "scan_helpers.h"

static void kind_of(const char *text, const char *numtext, bayan_num_kind kind)
{
    bayan_doc *doc = scan_text(text);
    const bayan_number *n = num_text(doc, numtext);
    if (n->kind != kind)
        fprintf(stderr, "'%s' in '%s': kind %d, expected %d\n", numtext, text, n->kind, kind);
    assert_int_equal(n->kind, kind);
    bayan_doc_free(doc);
}

static void years(void **state)
{
    (void)state;
    kind_of("افتتح الجسر عام 1998 بعد سنوات.", "1998", BAYAN_NUM_YEAR);
    kind_of("تراجعت الأرقام لعام 2021 كثيرا.", "2021", BAYAN_NUM_YEAR);
    kind_of("يكتمل المشروع بحلول عام 2040.", "2040", BAYAN_NUM_YEAR);
    kind_of("في 2019، تغير كل شيء.", "2019", BAYAN_NUM_YEAR);
    kind_of("Prices fell in 2015 and recovered.", "2015", BAYAN_NUM_YEAR);
    kind_of("في 2023 ارتفعت الأسعار.", "2023", BAYAN_NUM_YEAR);
    kind_of("حضر الحفل 2000 شخص.", "2000", BAYAN_NUM_QUANTITY);
    kind_of("A total of 1950 people signed.", "1950", BAYAN_NUM_QUANTITY);
}

static void dates_and_periods(void **state)
{
    (void)state;
    /* (a date's text holds its month: a claim dated by it reads "14 فبراير") */
    kind_of("عقد المؤتمر في 14 فبراير الماضي.", "14 فبراير", BAYAN_NUM_DATE);
    kind_of("بين 3-4 أبريل 2024 اجتمعوا.", "3-4 أبريل", BAYAN_NUM_DATE);
    kind_of("The vote is on March 9.", "March 9", BAYAN_NUM_DATE);
    kind_of("نشر التقرير في 2023-11-05.", "2023-11-05", BAYAN_NUM_DATE);
    kind_of("وقع العقد في 05/11/2023 صباحا.", "05/11/2023", BAYAN_NUM_DATE);
    kind_of("خلال الفترة 2016-2020 تضاعف العدد.", "2016-2020", BAYAN_NUM_PERIOD);
    kind_of("ما بين 2005 و2011 أغلق المصنع مرتين.", "2005 و2011", BAYAN_NUM_PERIOD);
    kind_of("From 1999 to 2004 the river flooded.", "1999 to 2004", BAYAN_NUM_PERIOD);
}

static void ordinals(void **state)
{
    (void)state;
    kind_of("احتفل بعيده الـ40 أمس.", "40", BAYAN_NUM_ORDINAL);
    kind_of("She finished 3rd in the race.", "3rd", BAYAN_NUM_ORDINAL);
}

static void times_phones_lists_refs(void **state)
{
    (void)state;
    kind_of("يبدأ الاجتماع الساعة 9 صباحا.", "9", BAYAN_NUM_TIME_OF_DAY);
    kind_of("The talks resume at 4 p.m. on Monday.", "4", BAYAN_NUM_TIME_OF_DAY);
    kind_of("موعد الإقلاع 14:45 بتوقيت المدينة.", "14:45", BAYAN_NUM_TIME_OF_DAY);
    kind_of("اتصلوا على الرقم +966 11 234 5678 للاستفسار.", "+966 11 234 5678", BAYAN_NUM_PHONE);
    kind_of("1. جمع البيانات من الميدان\n2. التحليل", "1", BAYAN_NUM_LIST_ITEM);
    kind_of("نصت المادة 12 على ذلك.", "12", BAYAN_NUM_REFERENCE);
    kind_of("تبنى المجلس القرار رقم 1701 بالإجماع.", "1701", BAYAN_NUM_REFERENCE);
}

static void words_that_are_not_numbers(void **state)
{
    (void)state;
    /* "ضعف" as weakness, "عشرة" inside an ordinal */
    bayan_doc *doc = scan_text("أدى ضعف الطلب إلى تراجع المبيعات، واحتفل الطفل بعيد ميلاده في السنة الخامسة عشرة.");
    assert_int_equal(bayan_doc_number_count(doc), 0);
    bayan_doc_free(doc);
    doc = scan_text("ارتفع الإنتاج إلى ضعف ما كان عليه.");
    assert_int_equal(bayan_doc_number_count(doc), 1);
    assert_string_equal(bayan_doc_number(doc, 0)->unit, "times");
    bayan_doc_free(doc);
}

static void codes_are_skipped(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("أطلقت الشركة شبكات 5G وطائرات F16 وزارت موقع https://example.org/page/42 اليوم بعد كوفيد-19 و"
                               "COVID-19.");
    assert_int_equal(bayan_doc_number_count(doc), 0);
    bayan_doc_free(doc);
}

static void english_year_before_a_singular_noun(void **state)
{
    (void)state;
    kind_of("Traffic is back to 85% of 2019 levels of congestion and above 2019 ridership.", "2019", BAYAN_NUM_YEAR);
    kind_of("Voters returned to the polls after the 2016 referendum result.", "2016", BAYAN_NUM_YEAR);
    /* a plural noun is what the number counts */
    kind_of("The plant employs 1950 workers.", "1950", BAYAN_NUM_QUANTITY);
}

static void four_digits_before_a_counted_noun(void **state)
{
    (void)state;
    /* an indefinite noun in ة or with tanwin after "في N" is what N counts */
    kind_of("وزعت الوزارة الكتب في 1850 مدرسة ابتدائية.", "1850", BAYAN_NUM_QUANTITY);
    kind_of("نشرت الشرطة دوريات في ٢٠١٠ نقطةً على الطرق.", "٢٠١٠", BAYAN_NUM_QUANTITY);
    /* alone, before a verb, or before "مقارنة" it is still a year */
    kind_of("افتتح المبنى الجديد في 1985.", "1985", BAYAN_NUM_YEAR);
    kind_of("وفي 2016 قررت البلدية توسيع الشارع.", "2016", BAYAN_NUM_YEAR);
    kind_of("تراجع العجز في 2018 مقارنة بالعام السابق.", "2018", BAYAN_NUM_YEAR);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(years), cmocka_unit_test(four_digits_before_a_counted_noun), cmocka_unit_test(dates_and_periods), cmocka_unit_test(ordinals),
        cmocka_unit_test(times_phones_lists_refs), cmocka_unit_test(words_that_are_not_numbers),
        cmocka_unit_test(codes_are_skipped), cmocka_unit_test(english_year_before_a_singular_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Qualifiers before and after numbers, and ranges in their written forms. */
#include "scan_helpers.h"

static void before_and_after(void **state)
{
    (void)state;
    expect("يعيش في الوادي حوالي 800 نسمة.", "حوالي 800", 800, NULL, BAYAN_Q_APPROX, BAYAN_NUM_QUANTITY);
    expect("جاء قرابة ستين مشاركا.", "قرابة ستين", 60, NULL, BAYAN_Q_APPROX, BAYAN_NUM_QUANTITY);
    expect("بلغت الخسائر ما يزيد على 15%.", "ما يزيد على 15%", 15, "percent", BAYAN_Q_MORE_THAN, BAYAN_NUM_QUANTITY);
    expect("سجلت أقل من 3 حالات.", "أقل من 3", 3, NULL, BAYAN_Q_LESS_THAN, BAYAN_NUM_QUANTITY);
    expect("قد يصل إلى 70% من الإنتاج.", "يصل إلى 70%", 70, "percent", BAYAN_Q_UP_TO, BAYAN_NUM_QUANTITY);
    expect("تحتاج لا يقل عن 40 يوما.", "لا يقل عن 40 يوما", 40, "يوم", BAYAN_Q_AT_LEAST, BAYAN_NUM_QUANTITY);
    expect("كلف المبنى 9 ملايين دولار على الأقل.", "9 ملايين دولار على الأقل", 9e6, "currency", BAYAN_Q_AT_LEAST,
           BAYAN_NUM_QUANTITY);
    expect("زاد الدخل بنحو ربع مليون.", "بنحو ربع مليون", 250000, NULL, BAYAN_Q_APPROX, BAYAN_NUM_QUANTITY);
    expect("تضاعفت الكمية بمرتين تقريبا.", "بمرتين تقريبا", 2, "times", BAYAN_Q_APPROX, BAYAN_NUM_QUANTITY);
    expect("The plant employs about 1,200 people.", "about 1,200", 1200, NULL, BAYAN_Q_APPROX, BAYAN_NUM_QUANTITY);
    expect("It costs up to $40.", "up to $40", 40, "currency", BAYAN_Q_UP_TO, BAYAN_NUM_QUANTITY);
    expect("We need at least 12 volunteers.", "at least 12", 12, NULL, BAYAN_Q_AT_LEAST, BAYAN_NUM_QUANTITY);
    expect("Copper traded near $9,800 a tonne.", "near $9,800", 9800, "currency", BAYAN_Q_APPROX, BAYAN_NUM_QUANTITY);
}

static void denied_limits_are_ceilings(void **state)
{
    (void)state;
    expect("وقالت الشركة إن الخسائر لم تتجاوز 4% هذا الربع.", "لم تتجاوز 4%", 4, "percent", BAYAN_Q_UP_TO,
           BAYAN_NUM_QUANTITY);
    expect("ويصرف التعويض بحد أقصى 2000 درهم للأسرة.", "بحد أقصى 2000 درهم", 2000, "currency", BAYAN_Q_UP_TO,
           BAYAN_NUM_QUANTITY);
    expect("Grants are capped at a maximum of $7,500 per household.", "a maximum of $7,500", 7500, "currency",
           BAYAN_Q_UP_TO, BAYAN_NUM_QUANTITY);
    expect("وأكد المدير أن مدة الانتظار لا تتعدى 20 دقيقة في المتوسط.", "لا تتعدى 20 دقيقة", 20, "دقيقة",
           BAYAN_Q_UP_TO, BAYAN_NUM_QUANTITY);
}

/* Past forms of the verbs of nearness, and "exceed" */
static void past_nearness_and_exceeding(void **state)
{
    (void)state;
    expect("وقال الاتحاد إن مبيعات الإسمنت ناهزت 14 مليون طن.", "ناهزت 14 مليون طن", 14e6, "طن", BAYAN_Q_APPROX,
           BAYAN_NUM_QUANTITY);
    expect("Claims against the insurer could exceed $2 billion, analysts said.", "exceed $2 billion", 2e9, "currency",
           BAYAN_Q_MORE_THAN, BAYAN_NUM_QUANTITY);
}

static void more_by_is_no_qualifier(void **state)
{
    (void)state;
    /* "أكثر بنسبة 11%" is 11% more, not more than 11% */
    expect("كان الاستهلاك أكثر بنسبة 23% من العام السابق.", "23%", 23, "percent", BAYAN_Q_NONE, BAYAN_NUM_QUANTITY);
}

static void check_range(const char *text, const char *numtext, double lo, double hi, const char *unit)
{
    bayan_doc *doc = scan_text(text);
    const bayan_number *n = num_text(doc, numtext);
    assert_true(n->has_range);
    assert_false(n->has_value);
    assert_true(fabs(n->low - lo) < 1e-9 && fabs(n->high - hi) < 1e-9);
    assert_int_equal(n->qualifier, BAYAN_Q_RANGE);
    assert_unit(n, unit);
    bayan_doc_free(doc);
}

static void ranges(void **state)
{
    (void)state;
    check_range("تستغرق الرحلة 5-7 ساعات.", "5-7 ساعات", 5, 7, "ساعة");
    check_range("ترتفع الحرارة ٣–٥ درجات.", "٣–٥ درجات", 3, 5, "celsius");
    check_range("يتراوح السعر من 20 إلى 35 دولارا.", "من 20 إلى 35 دولارا", 20, 35, "currency");
    check_range("يبلغ الإنفاق بين 4 و6 مليارات.", "بين 4 و6 مليارات", 4e9, 6e9, NULL);
    check_range("Growth will be between 2 and 3 percent.", "between 2 and 3 percent", 2, 3, "percent");
    check_range("It takes 10 to 14 days.", "10 to 14 days", 10, 14, "day");
}

/* "X to Y" joins two quantities only when their units agree. */
static void ranges_need_one_unit(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("Sales gained 18% to €4.2 billion, and between 5% and $3 million went to research.");
    assert_unit(num_text(doc, "18%"), "percent");
    assert_value(num_text(doc, "€4.2 billion"), 4.2e9);
    assert_unit(num_text(doc, "5%"), "percent");
    assert_string_equal(num_text(doc, "$3 million")->currency, "USD");
    bayan_doc_free(doc);
    doc = scan_text("بلغت الحصة 18% إلى 4.2 مليار يورو، وخصص بين 2% و3 ملايين دولار، والنسبة من 2% إلى 3 ملايين.");
    assert_unit(num_text(doc, "18%"), "percent");
    assert_string_equal(num_text(doc, "4.2 مليار يورو")->currency, "EUR");
    assert_value(num_text(doc, "3 ملايين دولار"), 3e6);
    assert_unit(num_text(doc, "2%"), "percent");
    assert_value(num_text(doc, "3 ملايين"), 3e6);
    bayan_doc_free(doc);
    /* the same unit on both sides, or on one: still a range */
    check_range("Prices ranged from $2 to $3 billion.", "from $2 to $3 billion", 2e9, 3e9, "currency");
    check_range("between 3% and 5%", "between 3% and 5%", 3, 5, "percent");
    /* after a verb of change, close ends are a range and far ones a change */
    check_range("Emissions rose 3 to 4 percent.", "3 to 4 percent", 3, 4, "percent");
    doc = scan_text("The index fell 12 to 3,400.");
    assert_value(num_text(doc, "12"), 12);
    assert_value(num_text(doc, "3,400"), 3400);
    bayan_doc_free(doc);
}

static void change_is_no_range(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("ارتفعت الصادرات من 40 إلى 55 مليارا.");
    assert_null(num_with(doc, "40 إلى"));
    bayan_doc_free(doc);
    doc = scan_text("Inflation fell 0.4 percentage points to 3.1 percent.");
    assert_unit(num_text(doc, "0.4 percentage points"), "percentage_point");
    assert_unit(num_text(doc, "3.1 percent"), "percent");
    bayan_doc_free(doc);
    check_range("The bridge will cost between $2bn and $3bn.", "between $2bn and $3bn", 2e9, 3e9, "currency");
    /* a share, then the level an index closed at: two numbers */
    doc = scan_text("هبط المؤشر بنسبة ٢٫٨٪ إلى ١٠٬٦٥٠ نقطة، وصعد الآخر 1.5% to 8,120 points.");
    assert_unit(num_text(doc, "٢٫٨٪"), "percent");
    assert_value(num_text(doc, "١٠٬٦٥٠"), 10650);
    assert_unit(num_text(doc, "1.5%"), "percent");
    assert_value(num_text(doc, "8,120"), 8120);
    bayan_doc_free(doc);
    check_range("زادت الأسعار بين 150 و200 في المائة.", "بين 150 و200 في المائة", 150, 200, "percent");
}

/* The article before a number makes an ordinal ("عيده الـ 40", "القرن
 * الـ21"), but after a qualifier or before a percent sign a definite
 * amount, and the qualifier reaches past it. */
static void article_after_a_qualifier(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("أصيب نحو الـ450 شخصا، وشارك قرابة الـ 70 متطوعا، وبلغت حوالي الـ35%، "
                               "وخصص أكثر من الـ 6 ملايين دينار، واحتفل النادي بعيده الـ 40 في القرن الـ21.");
    const bayan_number *n = num_with(doc, "450");
    assert_int_equal(n->kind, BAYAN_NUM_QUANTITY);
    assert_int_equal(n->qualifier, BAYAN_Q_APPROX);
    n = num_with(doc, "70");
    assert_int_equal(n->kind, BAYAN_NUM_QUANTITY);
    assert_int_equal(n->qualifier, BAYAN_Q_APPROX);
    n = num_with(doc, "35");
    assert_unit(n, "percent");
    assert_int_equal(n->qualifier, BAYAN_Q_APPROX);
    n = num_with(doc, "6 ملايين");
    assert_value(n, 6e6);
    assert_int_equal(n->qualifier, BAYAN_Q_MORE_THAN);
    assert_int_equal(num_with(doc, "40")->kind, BAYAN_NUM_ORDINAL);
    assert_int_equal(num_with(doc, "21")->kind, BAYAN_NUM_ORDINAL);
    bayan_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(before_and_after), cmocka_unit_test(more_by_is_no_qualifier),
        cmocka_unit_test(denied_limits_are_ceilings), cmocka_unit_test(past_nearness_and_exceeding),
        cmocka_unit_test(ranges), cmocka_unit_test(ranges_need_one_unit), cmocka_unit_test(change_is_no_range),
        cmocka_unit_test(article_after_a_qualifier),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

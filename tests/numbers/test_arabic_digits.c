/* Digits in three scripts, separators resolved by groups of three, bidi
 * marks inside numbers, signs and fractions. */
#include "scan_helpers.h"

static void ascii_and_arabic_indic(void **state)
{
    (void)state;
    expect("تزايد الحضور حتى وصل إلى ٤٥٠ زائرا في الصباح.", "وصل إلى ٤٥٠", 450, NULL, BAYAN_Q_UP_TO, BAYAN_NUM_QUANTITY);
    expect("قطعت القافلة ۳۲۰ كيلومترا في يومين.", "۳۲۰ كيلومترا", 320, "كم", BAYAN_Q_NONE, BAYAN_NUM_QUANTITY);
    expect("ضمت المكتبة 1250 مخطوطة نادرة.", "1250", 1250, NULL, BAYAN_Q_NONE, BAYAN_NUM_QUANTITY);
}

static void decimal_and_group_separators(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("بلغ المخزون ١٢٬٧٥٠ طنا، ونما بنسبة ٢٫٥٪، وسجل المؤشر 3,406 نقاط و 0,45 و 7.25 و"
                               " 9,8 والعدد 1,204,330 والرقم ١٬٠٠٠٬٠٠٠.");
    assert_value(num_text(doc, "١٢٬٧٥٠ طنا"), 12750);
    assert_value(num_text(doc, "٢٫٥٪"), 2.5);
    assert_value(num_text(doc, "3,406"), 3406);
    assert_value(num_text(doc, "0,45"), 0.45);
    assert_value(num_text(doc, "7.25"), 7.25);
    assert_value(num_text(doc, "9,8"), 9.8);
    assert_value(num_text(doc, "1,204,330"), 1204330);
    assert_value(num_text(doc, "١٬٠٠٠٬٠٠٠"), 1000000);
    bayan_doc_free(doc);
    /* the Arabic thousands sign before one or two digits is a decimal point */
    doc = scan_text("بلغ الدين ١٬٥ مليون دينار.");
    assert_value(num_with(doc, "١٬٥ مليون"), 1.5e6);
    bayan_doc_free(doc);
    /* both kinds: the last one, once, is the decimal point */
    doc = scan_text("السعر 14،250,75 وحدة");
    assert_value(num_text(doc, "14،250,75"), 14250.75);
    bayan_doc_free(doc);
}

static void thin_spaces_group(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("حصد الموسم 2\u202f480\u202f000 طن من القمح و 3\u2009500 طن من الشعير.");
    assert_value(num_text(doc, "2\u202f480\u202f000 طن"), 2480000);
    assert_value(num_text(doc, "3\u2009500 طن"), 3500);
    bayan_doc_free(doc);
}

static void bidi_marks_inside(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("الرصيد 8\u200e450\u200f,\u200e30 ريال و\u061c٤٥\u200f٪ من الحصة.");
    assert_value(num_with(doc, "450"), 8450.30);
    const bayan_number *p = num_with(doc, "٪");
    assert_non_null(p);
    assert_value(p, 45);
    assert_unit(p, "percent");
    bayan_doc_free(doc);
}

static void signs_and_fractions(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("سجل الميزان -3.5 مليار، ثم +2 في الربع التالي، وبلغت الحصة ٣/٤ من الإنتاج و½ الباقي.");
    assert_value(num_text(doc, "-3.5 مليار"), -3.5e9);
    assert_value(num_text(doc, "+2"), 2);
    assert_value(num_text(doc, "٣/٤"), 0.75);
    assert_value(num_text(doc, "½"), 0.5);
    bayan_doc_free(doc);
}

static void clitics_and_tatweel(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("انخفض بـ6 نقاط ثم صعد لـ450 وحدة، و17% من المدارس.");
    assert_value(num_text(doc, "6"), 6);
    assert_value(num_text(doc, "450"), 450);
    assert_value(num_text(doc, "17%"), 17);
    bayan_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ascii_and_arabic_indic), cmocka_unit_test(decimal_and_group_separators),
        cmocka_unit_test(thin_spaces_group),      cmocka_unit_test(bidi_marks_inside),
        cmocka_unit_test(signs_and_fractions),    cmocka_unit_test(clitics_and_tatweel),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

#define _GNU_SOURCE
/* Numbers are formatted for people and without the C locale: grouped,
 * scaled into words, with the unit, the qualifier and the chosen digits. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "render/render_int.h"

static void check(const char *want, int ar, int ad, const char *unit, const char *cur, double v, bayan__qualifier q,
                  bayan__fmt_style style)
{
    bayan__fmt f = {ar, ad, unit, cur};
    bayan__buf b = BAYAN__BUF_INIT;
    assert_int_equal(bayan__fmt_value(&b, &f, v, q, style), BAYAN_OK);
    if (strcmp(b.data, want))
        printf("  got \"%s\", want \"%s\"\n", b.data, want);
    assert_string_equal(b.data, want);
    bayan__buf_free(&b);
}

static void check_range(const char *want, int ar, int ad, const char *unit, double lo, double hi)
{
    bayan__fmt f = {ar, ad, unit, NULL};
    bayan__datum d = {0};
    d.low = lo;
    d.high = hi;
    d.has_range = 1;
    d.qualifier = BAYAN__Q_RANGE;
    bayan__buf b = BAYAN__BUF_INIT;
    assert_int_equal(bayan__fmt_datum(&b, &f, &d, BAYAN__FMT_SHORT), BAYAN_OK);
    if (strcmp(b.data, want))
        printf("  got \"%s\", want \"%s\"\n", b.data, want);
    assert_string_equal(b.data, want);
    bayan__buf_free(&b);
}

static void test_plain_and_grouped(void **state)
{
    (void)state;
    check("39", 0, 0, NULL, NULL, 39, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("4.5", 0, 0, NULL, NULL, 4.5, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("12,500", 0, 0, "count", NULL, 12500, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("999,999", 0, 0, "count", NULL, 999999, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("1.2 million", 0, 0, "count", NULL, 1200000, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("−3,100", 0, 0, "count", NULL, -3100, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("0.25", 0, 0, NULL, NULL, 0.25, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
}

static void test_units_english(void **state)
{
    (void)state;
    check("39%", 0, 0, "percent", NULL, 39, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("> 80%", 0, 0, "percent", NULL, 80, BAYAN__Q_MORE_THAN, BAYAN__FMT_SHORT);
    check("more than 80%", 0, 0, "percent", NULL, 80, BAYAN__Q_MORE_THAN, BAYAN__FMT_LONG);
    check("up to 50%", 0, 0, "percent", NULL, 50, BAYAN__Q_UP_TO, BAYAN__FMT_SHORT);
    check("≈5×", 0, 0, "times", NULL, 5, BAYAN__Q_APPROX, BAYAN__FMT_SHORT);
    check("$628 million", 0, 0, "currency", "USD", 628000000, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("$1.5 billion", 0, 0, "currency", "USD", 1.5e9, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("€45,000", 0, 0, "currency", "EUR", 45000, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("SAR 3 billion", 0, 0, "currency", "SAR", 3e9, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("3.5 million tonnes", 0, 0, "tonnes", NULL, 3.5e6, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("21 °C", 0, 0, "celsius", NULL, 21, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("at least 10", 0, 0, "count", NULL, 10, BAYAN__Q_AT_LEAST, BAYAN__FMT_LONG);
    check("2.5 percentage points", 0, 0, "percentage_point", NULL, 2.5, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check_range("2–4 °C", 0, 0, "celsius", 2, 4);
    check_range("−6 to 18 °C", 0, 0, "celsius", -6, 18);
}

static void test_units_arabic(void **state)
{
    (void)state;
    check("628 مليون دولار", 1, 0, "currency", "USD", 628000000, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("٦٢٨ مليون دولار", 1, 1, "currency", "USD", 628000000, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("٣٩٪", 1, 1, "percent", NULL, 39, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("\xD8\x9C" "39%", 1, 0, "percent", NULL, 39, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("أكثر من ٨٠٪", 1, 1, "percent", NULL, 80, BAYAN__Q_MORE_THAN, BAYAN__FMT_SHORT);
    check("\xD8\x9C" "حتى 50%", 1, 0, "percent", NULL, 50, BAYAN__Q_UP_TO, BAYAN__FMT_SHORT);
    check("٤٫٥", 1, 1, NULL, NULL, 4.5, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("١٢٬٥٠٠", 1, 1, "count", NULL, 12500, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("٤٠ مرة", 1, 1, "times", NULL, 40, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("٣ مرات", 1, 1, "times", NULL, 3, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("1.5 مليار دولار", 1, 0, "currency", "USD", 1.5e9, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("10 على الأقل", 1, 0, "count", NULL, 10, BAYAN__Q_AT_LEAST, BAYAN__FMT_SHORT);
    /* a negative Latin number stays whole inside right-to-left text; with
     * Arabic-Indic digits the sign leads in reading order, as in print */
    check("\xE2\x81\xA6−5\xE2\x81\xA9", 1, 0, NULL, NULL, -5, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("−٥", 1, 1, NULL, NULL, -5, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("٣ نقاط مئوية", 1, 1, "percentage_point", NULL, 3, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check_range("٢–٤ °م", 1, 1, "celsius", 2, 4);
}

static void test_ratio(void **state)
{
    (void)state;
    bayan__fmt en = {0, 0, NULL, NULL}, ar = {1, 1, NULL, NULL};
    bayan__buf b = BAYAN__BUF_INIT;
    bayan__fmt_ratio(&b, &en, 5, BAYAN__Q_APPROX);
    assert_string_equal(b.data, "≈5×");
    bayan__buf_reset(&b);
    bayan__fmt_ratio(&b, &ar, 5, BAYAN__Q_APPROX);
    assert_string_equal(b.data, "≈ ٥ أضعاف");
    bayan__buf_reset(&b);
    bayan__fmt_ratio(&b, &en, 2.6, BAYAN__Q_NONE);
    assert_string_equal(b.data, "2.6×");
    bayan__buf_free(&b);
}

/* The same strings under a locale with ',' as its decimal point. */
static void test_locale_has_no_say(void **state)
{
    (void)state;
    if (!setlocale(LC_ALL, "de_DE.UTF-8")) {
        printf("  (de_DE.UTF-8 not installed: checked under the C locale only)\n");
        return;
    }
    check("4.5", 0, 0, NULL, NULL, 4.5, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("$1.5 billion", 0, 0, "currency", "USD", 1.5e9, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    check("12,500", 0, 0, "count", NULL, 12500, BAYAN__Q_NONE, BAYAN__FMT_SHORT);
    setlocale(LC_ALL, "C");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_and_grouped), cmocka_unit_test(test_units_english),
        cmocka_unit_test(test_units_arabic),      cmocka_unit_test(test_ratio),
        cmocka_unit_test(test_locale_has_no_say),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

#define _GNU_SOURCE
/* The digits option: "arabic" draws ٠-٩ ٫ ٬ ٪ (the SVG's description says
 * so and the pixels change), "latin" draws 0-9, and "auto" follows the
 * spec's own text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "render_util.h"

static const char spec_latin_text[] =
    "{\"schema\": \"bayan.chart/1\", \"type\": \"bar\", \"lang\": \"ar\", \"unit\": \"percent\",\n"
    " \"title\": \"حصة المعادن\", \"data\": [{\"label\": \"المنغنيز\", \"value\": 39.5},\n"
    " {\"label\": \"الكروم\", \"value\": 12500}]}";
static const char spec_arabic_text[] =
    "{\"schema\": \"bayan.chart/1\", \"type\": \"bar\", \"lang\": \"ar\", \"unit\": \"percent\",\n"
    " \"title\": \"حصة المعادن في ٢٠٢٢\", \"data\": [{\"label\": \"المنغنيز\", \"value\": 39.5}]}";

static char *desc_of(const char *json, bayan_digits digits)
{
    bayan_chart *c = ru_parse_string(json);
    assert_non_null(c);
    bayan_render_opts o;
    bayan_render_opts_defaults(&o);
    o.digits = digits;
    size_t len = 0;
    char *svg = (char *)ru_render(c, &o, BAYAN_FORMAT_SVG, &len);
    assert_non_null(svg);
    char *a = strstr(svg, "<desc id=\"bayan-desc\">"), *b = a ? strstr(a, "</desc>") : NULL;
    assert_non_null(b);
    a += strlen("<desc id=\"bayan-desc\">");
    char *d = strndup(a, (size_t)(b - a));
    bayan_free(svg);
    bayan_chart_free(c);
    return d;
}

static void test_arabic_digits(void **state)
{
    (void)state;
    char *d = desc_of(spec_latin_text, BAYAN_DIGITS_ARABIC);
    printf("  arabic: %s", d);
    assert_non_null(strstr(d, "٣٩٫٥٪"));
    assert_non_null(strstr(d, "١٢٬٥٠٠٪"));
    assert_null(strstr(d, "39"));
    free(d);
}

static void test_latin_digits(void **state)
{
    (void)state;
    char *d = desc_of(spec_arabic_text, BAYAN_DIGITS_LATIN);
    printf("  latin: %s", d);
    assert_non_null(strstr(d, "39.5%"));
    free(d);
}

static void test_auto_follows_the_text(void **state)
{
    (void)state;
    char *a = desc_of(spec_arabic_text, BAYAN_DIGITS_AUTO);
    char *l = desc_of(spec_latin_text, BAYAN_DIGITS_AUTO);
    assert_non_null(strstr(a, "٣٩٫٥٪"));
    assert_non_null(strstr(l, "39.5%"));
    free(a);
    free(l);
}

/* and the picture itself changes, in the value labels only */
static void test_pixels_change(void **state)
{
    (void)state;
    bayan_chart *c = ru_parse_string(spec_latin_text);
    bayan_render_opts o;
    bayan_render_opts_defaults(&o);
    size_t n1 = 0, n2 = 0;
    o.digits = BAYAN_DIGITS_LATIN;
    unsigned char *p1 = ru_render(c, &o, BAYAN_FORMAT_PNG, &n1);
    o.digits = BAYAN_DIGITS_ARABIC;
    unsigned char *p2 = ru_render(c, &o, BAYAN_FORMAT_PNG, &n2);
    cairo_surface_t *a = ru_decode_png(p1, n1), *b = ru_decode_png(p2, n2);
    assert_non_null(a);
    assert_non_null(b);
    long differ = 0;
    for (int y = 0; y < 500; y++)
        for (int x = 0; x < 800; x++)
            differ += ru_pixel(a, x, y) != ru_pixel(b, x, y);
    printf("  %ld pixels differ between latin and arabic digits\n", differ);
    assert_true(differ > 50);
    assert_true(differ < 800 * 500 / 20);
    cairo_surface_destroy(a);
    cairo_surface_destroy(b);
    bayan_free(p1);
    bayan_free(p2);
    bayan_chart_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arabic_digits),
        cmocka_unit_test(test_latin_digits),
        cmocka_unit_test(test_auto_follows_the_text),
        cmocka_unit_test(test_pixels_change),
    };
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    bayan_render_cleanup();
    return r;
}

/* A chart's SVG bytes depend on the chart alone, not on what the process drew
 * before it (Cairo numbers SVG surfaces from a process-wide counter). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bayan.h"

static const char spec_a[] =
    "{\"schema\": \"bayan.chart/1\", \"type\": \"bar\", \"lang\": \"ar\", \"title\": \"حصة المعادن\","
    " \"unit\": \"percent\", \"data\": [{\"label\": \"المنغنيز\", \"value\": 39}, {\"label\": \"الكروم\", \"value\": 31}]}";
static const char spec_b[] =
    "{\"schema\": \"bayan.chart/1\", \"type\": \"stat\", \"lang\": \"en\", \"title\": \"Key figure\","
    " \"unit\": \"count\", \"data\": [{\"label\": \"specialists\", \"value\": 911}]}";

static unsigned char *svg_of(const char *spec, size_t *len)
{
    bayan_chart *c = NULL;
    bayan_diag d;
    bayan_render_opts o;
    unsigned char *out = NULL;
    assert_int_equal(bayan_chart_parse(spec, strlen(spec), "spec", &c, &d), BAYAN_OK);
    bayan_render_opts_defaults(&o);
    assert_int_equal(bayan_chart_render(c, &o, BAYAN_FORMAT_SVG, &out, len, &d), BAYAN_OK);
    bayan_chart_free(c);
    return out;
}

static void test_same_chart_same_svg_after_other_drawing(void **state)
{
    (void)state;
    size_t n1 = 0, n2 = 0, nb = 0;
    unsigned char *first = svg_of(spec_a, &n1);
    for (int i = 0; i < 3; i++)
        bayan_free(svg_of(spec_b, &nb));
    unsigned char *again = svg_of(spec_a, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(first, again, n1);
    assert_non_null(strstr((const char *)first, "id=\"surface1\""));
    bayan_free(first);
    bayan_free(again);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_chart_same_svg_after_other_drawing),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    bayan_render_cleanup();
    return rc;
}

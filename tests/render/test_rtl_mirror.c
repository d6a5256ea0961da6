/* Right-to-left charts mirror their layout: in an Arabic bar chart the bars
 * share a root on the right and grow leftwards, the category labels sit to
 * the right of the bars and the title ink is right-aligned; the same chart
 * forced to "ltr" is the other way round. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "render_util.h"

static const char spec_fmt[] =
    "{\"schema\": \"bayan.chart/1\", \"type\": \"bar\", \"direction\": \"%s\", \"lang\": \"ar\",\n"
    " \"title\": \"حصة المنطقة من الاحتياطي العالمي\", \"unit\": \"percent\",\n"
    " \"data\": [{\"label\": \"المنغنيز\", \"value\": 39}, {\"label\": \"الكروم\", \"value\": 31},\n"
    "          {\"label\": \"الزنك\", \"value\": 13}]}";

typedef struct geom {
    int w, h;
    int bar_rows;
    int root_min, root_max; /* the bars' common end: spread across rows */
    int tip_min, tip_max;   /* the bars' free end */
    int title_left, title_right;
    int label_side; /* +1: category label ink right of the bars' root, -1: left of it */
} geom;

static int is_bar(unsigned p)
{
    return ru_near(p, 0x0072B2, 24);
}

static int is_ink(unsigned p)
{
    return ((p >> 16) & 0xFF) < 110 && ((p >> 8) & 0xFF) < 110 && (p & 0xFF) < 120 && !is_bar(p);
}

static void measure(const char *dir, geom *g)
{
    char json[2048];
    snprintf(json, sizeof json, spec_fmt, dir);
    bayan_chart *c = ru_parse_string(json);
    assert_non_null(c);
    size_t len = 0;
    unsigned char *png = ru_render(c, NULL, BAYAN_FORMAT_PNG, &len);
    assert_non_null(png);
    cairo_surface_t *s = ru_decode_png(png, len);
    assert_non_null(s);
    memset(g, 0, sizeof *g);
    g->w = cairo_image_surface_get_width(s);
    g->h = cairo_image_surface_get_height(s);
    int rtl = !strcmp(dir, "rtl");
    g->root_min = g->tip_min = g->w;
    g->title_left = g->w;
    g->title_right = -1;
    int first_bar_y = -1, right_ink = 0, left_ink = 0;
    for (int y = 0; y < g->h; y++) {
        int lo = -1, hi = -1, n = 0;
        for (int x = 0; x < g->w; x++)
            if (is_bar(ru_pixel(s, x, y))) {
                if (lo < 0)
                    lo = x;
                hi = x;
                n++;
            }
        if (n < 30 || y < 40)
            continue;
        if (first_bar_y < 0)
            first_bar_y = y;
        g->bar_rows++;
        int root = rtl ? hi : lo, tip = rtl ? lo : hi;
        if (root < g->root_min)
            g->root_min = root;
        if (root > g->root_max)
            g->root_max = root;
        if (tip < g->tip_min)
            g->tip_min = tip;
        if (tip > g->tip_max)
            g->tip_max = tip;
        /* ink beyond the bars' root: the category labels */
        for (int x = 0; x < g->w; x++)
            if (is_ink(ru_pixel(s, x, y))) {
                if (rtl && x > hi + 2)
                    right_ink++;
                if (!rtl && x < lo - 2)
                    left_ink++;
            }
    }
    /* the title: dark ink above the first bar, below the accent rule */
    for (int y = 20; y < first_bar_y - 30 && y < g->h; y++)
        for (int x = 0; x < g->w; x++)
            if (is_ink(ru_pixel(s, x, y))) {
                if (x < g->title_left)
                    g->title_left = x;
                if (x > g->title_right)
                    g->title_right = x;
            }
    g->label_side = right_ink > left_ink ? 1 : -1;
    cairo_surface_destroy(s);
    bayan_free(png);
    bayan_chart_free(c);
}

static void test_rtl_bars_grow_leftwards(void **state)
{
    (void)state;
    geom g;
    measure("rtl", &g);
    printf("  rtl: %d bar rows, roots %d-%d, tips %d-%d, title %d-%d, labels %s\n", g.bar_rows, g.root_min,
           g.root_max, g.tip_min, g.tip_max, g.title_left, g.title_right, g.label_side > 0 ? "right" : "left");
    assert_true(g.bar_rows > 30);
    assert_true(g.root_max - g.root_min <= 2); /* one common root ... */
    assert_true(g.root_min > g.w / 2);         /* ... right of centre */
    assert_true(g.tip_max - g.tip_min > 100);  /* free ends differ: 39 vs 13 */
    assert_true(g.tip_max < g.root_min);       /* growing leftwards */
    assert_int_equal(g.label_side, 1);
    assert_true(g.title_right > g.w - 60); /* the title hugs the right margin */
    assert_true(g.title_left > 60);
}

static void test_ltr_is_the_mirror(void **state)
{
    (void)state;
    geom r, l;
    measure("rtl", &r);
    measure("ltr", &l);
    printf("  ltr: %d bar rows, roots %d-%d, tips %d-%d, title %d-%d, labels %s\n", l.bar_rows, l.root_min,
           l.root_max, l.tip_min, l.tip_max, l.title_left, l.title_right, l.label_side > 0 ? "right" : "left");
    assert_true(l.root_max - l.root_min <= 2);
    assert_true(l.root_max < l.w / 2);
    assert_true(l.tip_min > l.root_max);
    assert_int_equal(l.label_side, -1);
    assert_true(l.title_left < 60);
    /* geometry mirrors: the roots and tips sit at w-1-x of each other */
    assert_true(abs((r.w - 1 - r.root_min) - l.root_min) <= 2);
    assert_true(abs((r.w - 1 - r.tip_min) - l.tip_max) <= 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rtl_bars_grow_leftwards),
        cmocka_unit_test(test_ltr_is_the_mirror),
    };
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    bayan_render_cleanup();
    return r;
}

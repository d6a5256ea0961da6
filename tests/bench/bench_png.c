/* Benchmark: bayan's PNG encoder against Cairo's own PNG writer on an 800x500
 * chart. Reports the median time of N runs and the file sizes of each.
 *
 *   build/bench/bench_png [--runs N] [--check] [IMAGE.png ...]
 *
 * Without images it draws a realistic Arabic bar chart itself with Cairo and
 * Pango (title, labels, bars, gridlines, value labels, a source line, a
 * translucent band); with images (for example charts made by `bayan render`)
 * it loads and encodes those. --check exits 1 when bayan's encoder is not
 * faster than Cairo's or makes a file more than 10% larger (issue 3's goal),
 * or when the file does not decode back to the same pixels. */
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/buf.h"
#include "render/png.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static cairo_status_t write_cb(void *closure, const unsigned char *data, unsigned int len)
{
    return bayan__buf_append(closure, data, len) == BAYAN_OK ? CAIRO_STATUS_SUCCESS
                                                              : CAIRO_STATUS_NO_MEMORY;
}

typedef struct reader {
    const unsigned char *p;
    size_t left;
} reader;

static cairo_status_t read_cb(void *closure, unsigned char *data, unsigned int len)
{
    reader *r = closure;
    if (len > r->left)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, r->p, len);
    r->p += len;
    r->left -= len;
    return CAIRO_STATUS_SUCCESS;
}

static void text(cairo_t *cr, PangoContext *ctx, const char *s, const char *font, double x,
                 double y, int align_right, double r, double g, double b)
{
    PangoLayout *l = pango_layout_new(ctx);
    PangoFontDescription *fd = pango_font_description_from_string(font);
    pango_layout_set_font_description(l, fd);
    pango_layout_set_text(l, s, -1);
    int w, h;
    pango_layout_get_pixel_size(l, &w, &h);
    cairo_set_source_rgb(cr, r, g, b);
    cairo_move_to(cr, align_right ? x - w : x, y - h / 2.0);
    pango_cairo_show_layout(cr, l);
    pango_font_description_free(fd);
    g_object_unref(l);
}

/* A right-to-left bar chart like the ones bayan draws. */
static cairo_surface_t *draw_chart(void)
{
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 800, 500);
    cairo_t *cr = cairo_create(s);
    PangoContext *ctx = pango_cairo_create_context(cr);
    PangoLanguage *ar = pango_language_from_string("ar");
    pango_context_set_language(ctx, ar);
    pango_context_set_base_dir(ctx, PANGO_DIRECTION_RTL);

    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    text(cr, ctx, "حصة آسيا الوسطى من احتياطيات المعادن في العالم (%)", "Noto Sans Arabic Bold 17",
         776, 34, 1, 0.1, 0.1, 0.12);
    text(cr, ctx, "نسبة من الاحتياطيات العالمية المؤكدة، تقديرات ٢٠٢٣", "Noto Sans Arabic 11", 776,
         62, 1, 0.35, 0.35, 0.38);

    static const char *labels[] = {"المنغنيز", "الكروم", "الرصاص", "الزنك", "التيتانيوم"};
    static const double values[] = {39, 31, 20, 12.5, 8.7};
    static const char *vlabels[] = {"39%", "31%", "20%", "12.5%", "8.7%"};
    double x0 = 640, x1 = 70, top = 100, band = 64;
    /* gridlines and ticks */
    for (int t = 0; t <= 40; t += 10) {
        double x = x0 - (x0 - x1) * t / 40.0;
        cairo_set_source_rgb(cr, 0.88, 0.88, 0.9);
        cairo_set_line_width(cr, 1);
        cairo_move_to(cr, (int)x + 0.5, top - 8);
        cairo_line_to(cr, (int)x + 0.5, top + 5 * band);
        cairo_stroke(cr);
        char buf[16];
        snprintf(buf, sizeof buf, "%d%%", t);
        text(cr, ctx, buf, "Noto Sans 10", x + 8, top + 5 * band + 14, 1, 0.4, 0.4, 0.42);
    }
    for (int i = 0; i < 5; i++) {
        double y = top + band * i + 12, w = (x0 - x1) * values[i] / 40.0;
        cairo_set_source_rgb(cr, 0.0, 0.447, 0.698);
        cairo_rectangle(cr, x0 - w, y, w, band - 24);
        cairo_fill(cr);
        text(cr, ctx, labels[i], "Noto Sans Arabic 13", 776, y + (band - 24) / 2, 1, 0.15, 0.15,
             0.17);
        text(cr, ctx, vlabels[i], "Noto Sans Bold 12", x0 - w - 6, y + (band - 24) / 2, 1, 0.0,
             0.3, 0.5);
    }
    /* a translucent highlight band: one more run of antialiased colours */
    cairo_set_source_rgba(cr, 0.9, 0.6, 0.0, 0.15);
    cairo_rectangle(cr, 60, top - 4, 720, band);
    cairo_fill(cr);
    text(cr, ctx, "المصدر: تقديرات البنك الدولي والمسح الجيولوجي", "Noto Sans Arabic 10", 776, 470,
         1, 0.45, 0.45, 0.48);
    g_object_unref(ctx);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    return s;
}

/* Whether png decodes (with Cairo) to exactly the pixels of s. */
static int same_pixels(cairo_surface_t *s, const bayan__buf *png)
{
    reader r = {(const unsigned char *)png->data, png->len};
    cairo_surface_t *d = cairo_image_surface_create_from_png_stream(read_cb, &r);
    int ok = cairo_surface_status(d) == CAIRO_STATUS_SUCCESS;
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    ok = ok && cairo_image_surface_get_width(d) == w && cairo_image_surface_get_height(d) == h;
    if (ok) {
        cairo_surface_t *conv = d;
        if (cairo_image_surface_get_format(d) != CAIRO_FORMAT_ARGB32) {
            /* RGB24 is read back for opaque files: compare as ARGB */
            conv = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
            cairo_t *cr = cairo_create(conv);
            cairo_set_source_surface(cr, d, 0, 0);
            cairo_paint(cr);
            cairo_destroy(cr);
            cairo_surface_flush(conv);
        }
        const unsigned char *a = cairo_image_surface_get_data(s),
                            *b = cairo_image_surface_get_data(conv);
        int sa = cairo_image_surface_get_stride(s), sb = cairo_image_surface_get_stride(conv);
        for (int y = 0; y < h && ok; y++)
            ok = memcmp(a + (size_t)y * (size_t)sa, b + (size_t)y * (size_t)sb,
                        (size_t)w * 4) == 0;
        if (conv != d)
            cairo_surface_destroy(conv);
    }
    cairo_surface_destroy(d);
    return ok;
}

static int bench_one(const char *name, cairo_surface_t *s, int runs, int check)
{
    int fail = 0;
    double *tb = calloc((size_t)runs, sizeof *tb), *tc = calloc((size_t)runs, sizeof *tc);
    bayan__buf ours = BAYAN__BUF_INIT, theirs = BAYAN__BUF_INIT;
    const unsigned char *px = cairo_image_surface_get_data(s);
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    if (!tb || !tc)
        goto out;
    for (int i = 0; i < runs; i++) {
        /* alternate, so that neither side gets a warmer cache */
        bayan__buf_reset(&theirs);
        double t0 = now_ms();
        cairo_surface_write_to_png_stream(s, write_cb, &theirs);
        tc[i] = now_ms() - t0;
        bayan__buf_reset(&ours);
        t0 = now_ms();
        if (bayan__png_encode(px, w, h, stride, 0, &ours) != BAYAN_OK) {
            fprintf(stderr, "bench_png: %s: encoding failed\n", name);
            fail = 1;
            goto out;
        }
        tb[i] = now_ms() - t0;
    }
    double mb = median(tb, runs), mc = median(tc, runs);
    double size_ratio = (double)ours.len / (double)theirs.len;
    int same = same_pixels(s, &ours);
    printf("%s (%dx%d), median of %d runs:\n", name, w, h, runs);
    printf("  cairo_surface_write_to_png_stream  %8.3f ms  %8zu bytes\n", mc, theirs.len);
    printf("  bayan__png_encode                  %8.3f ms  %8zu bytes\n", mb, ours.len);
    printf("  speed-up %.1fx, size %.1f%% of Cairo's (goal: faster, <= 110%%), pixels %s\n",
           mc / mb, 100.0 * size_ratio, same ? "identical" : "DIFFER");
    if (check && (mb >= mc || size_ratio > 1.10 || !same))
        fail = 1;
out:
    bayan__buf_free(&ours);
    bayan__buf_free(&theirs);
    free(tb);
    free(tc);
    return fail;
}

int main(int argc, char **argv)
{
    int runs = 50, check = 0, fail = 0, nimages = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = atoi(argv[++i]);
            if (runs < 1)
                runs = 1;
        } else if (!strcmp(argv[i], "--check")) {
            check = 1;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: bench_png [--runs N] [--check] [IMAGE.png ...]\n");
            return 2;
        }
    }
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs")) {
            i++;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        nimages++;
        cairo_surface_t *png = cairo_image_surface_create_from_png(argv[i]);
        if (cairo_surface_status(png) != CAIRO_STATUS_SUCCESS) {
            fprintf(stderr, "bench_png: %s: cannot read\n", argv[i]);
            cairo_surface_destroy(png);
            return 2;
        }
        /* encode what a renderer hands over: an ARGB32 surface */
        int w = cairo_image_surface_get_width(png), h = cairo_image_surface_get_height(png);
        cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
        cairo_t *cr = cairo_create(s);
        cairo_set_source_surface(cr, png, 0, 0);
        cairo_paint(cr);
        cairo_destroy(cr);
        cairo_surface_flush(s);
        fail |= bench_one(argv[i], s, runs, check);
        cairo_surface_destroy(s);
        cairo_surface_destroy(png);
    }
    if (nimages == 0) {
        cairo_surface_t *s = draw_chart();
        if (getenv("BENCH_PNG_SAVE"))
            cairo_surface_write_to_png(s, getenv("BENCH_PNG_SAVE"));
        fail |= bench_one("synthetic Arabic bar chart", s, runs, check);
        cairo_surface_destroy(s);
    }
    return fail;
}

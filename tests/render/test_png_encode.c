/* bayan__png_encode: every kind of image it chooses a format for (indexed at
 * 1, 2, 4 and 8 bits, RGB, RGBA; with and without translucency), odd sizes
 * and strides, decoded back by Cairo (libpng) and compared pixel for pixel;
 * the chunks (order, CRCs, sRGB, pHYs); determinism. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <cairo.h>
#include <libdeflate.h>

#include "common/buf.h"
#include "render/png.h"

/* A deterministic generator, so a failure can be reproduced. */
static uint32_t rng_state = 12345;
static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

/* A premultiplied ARGB pixel from straight colour, as Cairo stores it. */
static uint32_t premul(unsigned a, unsigned r, unsigned g, unsigned b)
{
    r = (r * a + 127) / 255;
    g = (g * a + 127) / 255;
    b = (b * a + 127) / 255;
    return (uint32_t)a << 24 | r << 16 | g << 8 | b;
}

typedef struct image {
    int w, h, stride;
    unsigned char *px;
} image;

static image img_new(int w, int h, int extra_stride)
{
    image im = {w, h, w * 4 + extra_stride, NULL};
    im.px = malloc((size_t)im.stride * (size_t)h);
    assert_non_null(im.px);
    /* garbage in the padding: it must not reach the file */
    for (size_t i = 0; i < (size_t)im.stride * (size_t)h; i++)
        im.px[i] = (unsigned char)rnd();
    return im;
}

static void img_set(image *im, int x, int y, uint32_t v)
{
    memcpy(im->px + (size_t)y * (size_t)im->stride + 4 * (size_t)x, &v, 4);
}

static uint32_t img_get(const image *im, int x, int y)
{
    uint32_t v;
    memcpy(&v, im->px + (size_t)y * (size_t)im->stride + 4 * (size_t)x, 4);
    return v;
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

/* The chunks of a PNG, checked as they are walked: signature, lengths and
 * CRCs. Returns the number of chunks; types[i] gets each type. */
static int walk_chunks(const unsigned char *png, size_t len, char types[][5], int max)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    assert_true(len >= 8);
    assert_memory_equal(png, sig, 8);
    size_t at = 8;
    int n = 0;
    while (at < len) {
        assert_true(at + 12 <= len);
        uint32_t clen = (uint32_t)png[at] << 24 | (uint32_t)png[at + 1] << 16 |
                        (uint32_t)png[at + 2] << 8 | png[at + 3];
        assert_true(at + 12 + clen <= len);
        const unsigned char *c = png + at + 4;
        uint32_t crc = (uint32_t)c[4 + clen] << 24 | (uint32_t)c[5 + clen] << 16 |
                       (uint32_t)c[6 + clen] << 8 | c[7 + clen];
        assert_int_equal(crc, libdeflate_crc32(0, c, 4 + clen));
        assert_true(n < max);
        memcpy(types[n], c, 4);
        types[n][4] = '\0';
        n++;
        at += 12 + clen;
    }
    assert_int_equal(at, len);
    return n;
}

/* The data of the first chunk of that type, or NULL. */
static const unsigned char *find_chunk(const unsigned char *png, size_t len, const char *type,
                                       uint32_t *clen)
{
    size_t at = 8;
    while (at + 12 <= len) {
        uint32_t l = (uint32_t)png[at] << 24 | (uint32_t)png[at + 1] << 16 |
                     (uint32_t)png[at + 2] << 8 | png[at + 3];
        if (!memcmp(png + at + 4, type, 4)) {
            *clen = l;
            return png + at + 8;
        }
        at += 12 + l;
    }
    return NULL;
}

/* Encodes im, checks the file's structure, decodes it with Cairo and
 * compares every pixel with the original. Returns the IHDR colour type
 * (2 RGB, 3 indexed, 6 RGBA) and bit depth. */
static void roundtrip(const image *im, double dpi, int *colour_type, int *bit_depth,
                      size_t *file_len)
{
    bayan__buf out = BAYAN__BUF_INIT;
    assert_int_equal(bayan__png_encode(im->px, im->w, im->h, im->stride, dpi, &out), BAYAN_OK);

    char types[64][5];
    int n = walk_chunks((const unsigned char *)out.data, out.len, types, 64);
    assert_string_equal(types[0], "IHDR");
    assert_string_equal(types[n - 1], "IEND");
    int have_srgb = 0, have_gama = 0, have_chrm = 0, have_idat = 0;
    for (int i = 0; i < n; i++) {
        have_srgb += !strcmp(types[i], "sRGB");
        have_gama += !strcmp(types[i], "gAMA");
        have_chrm += !strcmp(types[i], "cHRM");
        have_idat += !strcmp(types[i], "IDAT");
        assert_string_not_equal(types[i], "tIME"); /* deterministic */
    }
    assert_int_equal(have_srgb, 1);
    assert_int_equal(have_gama, 1);
    assert_int_equal(have_chrm, 1);
    assert_true(have_idat >= 1);

    const unsigned char *p = (const unsigned char *)out.data;
    uint32_t clen;
    const unsigned char *ihdr = find_chunk(p, out.len, "IHDR", &clen);
    assert_int_equal(clen, 13);
    assert_int_equal((int)(ihdr[0] << 24 | ihdr[1] << 16 | ihdr[2] << 8 | ihdr[3]), im->w);
    assert_int_equal((int)(ihdr[4] << 24 | ihdr[5] << 16 | ihdr[6] << 8 | ihdr[7]), im->h);
    *bit_depth = ihdr[8];
    *colour_type = ihdr[9];
    if (file_len)
        *file_len = out.len;
    const unsigned char *srgb = find_chunk(p, out.len, "sRGB", &clen);
    assert_int_equal(clen, 1);
    assert_int_equal(srgb[0], 0);
    const unsigned char *gama = find_chunk(p, out.len, "gAMA", &clen);
    assert_int_equal(clen, 4);
    assert_int_equal(gama[0] << 24 | gama[1] << 16 | gama[2] << 8 | gama[3], 45455);

    reader r = {p, out.len};
    cairo_surface_t *d = cairo_image_surface_create_from_png_stream(read_cb, &r);
    assert_int_equal(cairo_surface_status(d), CAIRO_STATUS_SUCCESS);
    assert_int_equal(cairo_image_surface_get_width(d), im->w);
    assert_int_equal(cairo_image_surface_get_height(d), im->h);
    cairo_format_t fmt = cairo_image_surface_get_format(d);
    const unsigned char *dp = cairo_image_surface_get_data(d);
    int ds = cairo_image_surface_get_stride(d);
    for (int y = 0; y < im->h; y++)
        for (int x = 0; x < im->w; x++) {
            uint32_t want = img_get(im, x, y), got;
            memcpy(&got, dp + (size_t)y * (size_t)ds + 4 * (size_t)x, 4);
            if (fmt == CAIRO_FORMAT_RGB24) /* opaque: the top byte is unused */
                got |= 0xff000000u;
            if (want != got)
                fail_msg("pixel (%d,%d) of %dx%d: wrote %08x, read back %08x", x, y, im->w,
                         im->h, want, got);
        }
    cairo_surface_destroy(d);
    bayan__buf_free(&out);
}

static void test_opaque_many_colours_is_rgb(void **state)
{
    (void)state;
    image im = img_new(37, 23, 0);
    for (int y = 0; y < im.h; y++)
        for (int x = 0; x < im.w; x++)
            img_set(&im, x, y, 0xff000000u | (uint32_t)(x * 7) << 16 | (uint32_t)(y * 11) << 8 |
                                   (uint32_t)((x * y) & 0xff));
    int ct, bd;
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 2);
    assert_int_equal(bd, 8);
    free(im.px);
}

/* Every premultiplied (alpha, channel) pair must survive un-premultiplying
 * and Cairo's premultiplying on the way back. */
static void test_translucent_every_alpha_is_rgba(void **state)
{
    (void)state;
    image im = img_new(256, 256, 12);
    for (int a = 0; a < 256; a++)
        for (int c = 0; c < 256; c++) {
            unsigned v = (unsigned)(c <= a ? c : a);
            unsigned g = (unsigned)(a ? (c * 7) % (a + 1) : 0);
            img_set(&im, c, a, (uint32_t)a << 24 | v << 16 | g << 8 | (unsigned)(a - v));
        }
    int ct, bd;
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 6);
    assert_int_equal(bd, 8);
    free(im.px);
}

static void test_one_pixel(void **state)
{
    (void)state;
    int ct, bd;
    image im = img_new(1, 1, 0);
    img_set(&im, 0, 0, premul(255, 10, 200, 30));
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 3);
    assert_int_equal(bd, 1);
    img_set(&im, 0, 0, premul(128, 255, 0, 64));
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 3);
    img_set(&im, 0, 0, 0); /* fully transparent */
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 3);
    free(im.px);
}

/* Indexed images at each bit depth, at widths that end mid-byte, with
 * padding in the stride, opaque and translucent. */
static void test_palette_depths_and_odd_widths(void **state)
{
    (void)state;
    static const int ncolours[] = {2, 3, 4, 5, 16, 17, 200, 256};
    static const int want_bits[] = {1, 2, 2, 4, 4, 8, 8, 8};
    static const int widths[] = {1, 3, 5, 7, 9, 13, 31, 33};
    for (int translucent = 0; translucent < 2; translucent++)
        for (size_t k = 0; k < sizeof ncolours / sizeof *ncolours; k++)
            for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++) {
                int w = widths[wi], h = 1 + (int)(wi * 3) % 11;
                image im = img_new(w, h, (int)(wi % 3) * 4);
                uint32_t colours[256];
                for (int i = 0; i < ncolours[k]; i++) {
                    unsigned a = translucent && i % 3 == 1 ? (unsigned)(i * 37) % 255 : 255;
                    colours[i] = premul(a, (unsigned)i * 97 % 256, (unsigned)i * 13 % 256,
                                        255 - (unsigned)i);
                }
                /* every colour appears when the image is large enough */
                int c = 0;
                for (int y = 0; y < h; y++)
                    for (int x = 0; x < w; x++) {
                        int i = c < ncolours[k] ? c : (int)(rnd() % (uint32_t)ncolours[k]);
                        img_set(&im, x, y, colours[i]);
                        c++;
                    }
                int ct, bd;
                roundtrip(&im, 0, &ct, &bd, NULL);
                assert_int_equal(ct, 3);
                int used = w * h < ncolours[k] ? w * h : ncolours[k];
                int expect = used <= 2 ? 1 : used <= 4 ? 2 : used <= 16 ? 4 : 8;
                assert_int_equal(bd, expect);
                if (used == ncolours[k])
                    assert_int_equal(bd, want_bits[k]);
                free(im.px);
            }
}

/* 257 colours is one too many for a palette. */
static void test_257_colours_is_truecolour(void **state)
{
    (void)state;
    int ct, bd;
    image im = img_new(257, 3, 4);
    for (int y = 0; y < 3; y++)
        for (int x = 0; x < 257; x++)
            img_set(&im, x, y, premul(255, (unsigned)x & 0xff, (unsigned)x >> 8, 9));
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 2);
    /* and a translucent pixel after the 257th colour still makes it RGBA */
    img_set(&im, 256, 2, premul(100, 1, 2, 3));
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 6);
    free(im.px);
}

/* A chart-like picture: flat areas, bars, gradients at the edges, noise
 * where text would be; large enough to need several deflate blocks. */
static void draw_chartish(image *im, int translucent)
{
    for (int y = 0; y < im->h; y++)
        for (int x = 0; x < im->w; x++) {
            uint32_t v = premul(255, 255, 255, 255);
            if (y % 60 > 20 && y % 60 < 50 && x < (y * 7) % im->w)
                v = premul(255, 0, 114, 178);
            if (x % 97 == 0)
                v = premul(255, 220, 220, 224);
            if ((y / 9) % 5 == 2 && (x / 13) % 3 == 1 && rnd() % 3 == 0)
                v = premul(255, rnd() & 0xff, rnd() & 0xff, rnd() & 0xff);
            if (translucent && y > im->h / 2)
                v = premul((unsigned)(x + y) % 256, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
            img_set(im, x, y, v);
        }
}

static void test_large_chartish_images(void **state)
{
    (void)state;
    int ct, bd;
    image im = img_new(801, 503, 8);
    draw_chartish(&im, 0);
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 2);
    draw_chartish(&im, 1);
    roundtrip(&im, 0, &ct, &bd, NULL);
    assert_int_equal(ct, 6);
    free(im.px);
}

/* Noise does not compress like a chart: the general path takes over, and
 * the file must still be right (and not much larger than the raw pixels). */
static void test_noise(void **state)
{
    (void)state;
    int ct, bd;
    size_t len;
    image im = img_new(300, 200, 0);
    for (int y = 0; y < im.h; y++)
        for (int x = 0; x < im.w; x++)
            img_set(&im, x, y, 0xff000000u | (rnd() & 0xffffff));
    roundtrip(&im, 0, &ct, &bd, &len);
    assert_int_equal(ct, 2);
    assert_true(len < 300 * 200 * 3 * 102 / 100 + 1000);
    for (int y = 0; y < im.h; y++)
        for (int x = 0; x < im.w; x++)
            img_set(&im, x, y, premul(rnd() & 0xff, rnd() & 0xff, rnd() & 0xff, rnd() & 0xff));
    roundtrip(&im, 0, &ct, &bd, &len);
    assert_int_equal(ct, 6);
    free(im.px);
}

static void test_phys(void **state)
{
    (void)state;
    image im = img_new(4, 4, 0);
    for (int i = 0; i < 16; i++)
        img_set(&im, i % 4, i / 4, premul(255, (unsigned)i * 16, 0, 0));
    static const struct {
        double dpi;
        uint32_t ppm;
    } cases[] = {{96, 3780}, {300, 11811}, {72, 2835}, {144.5, 5689}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bayan__buf out = BAYAN__BUF_INIT;
        assert_int_equal(bayan__png_encode(im.px, 4, 4, im.stride, cases[i].dpi, &out), BAYAN_OK);
        uint32_t clen;
        const unsigned char *ph =
            find_chunk((const unsigned char *)out.data, out.len, "pHYs", &clen);
        assert_non_null(ph);
        assert_int_equal(clen, 9);
        unsigned char want[9] = {(unsigned char)(cases[i].ppm >> 24),
                                 (unsigned char)(cases[i].ppm >> 16),
                                 (unsigned char)(cases[i].ppm >> 8), (unsigned char)cases[i].ppm};
        memcpy(want + 4, want, 4);
        want[8] = 1;
        assert_memory_equal(ph, want, 9);
        /* pHYs must come before IDAT */
        const unsigned char *idat =
            find_chunk((const unsigned char *)out.data, out.len, "IDAT", &clen);
        assert_true(ph < idat);
        bayan__buf_free(&out);
    }
    bayan__buf out = BAYAN__BUF_INIT;
    assert_int_equal(bayan__png_encode(im.px, 4, 4, im.stride, 0, &out), BAYAN_OK);
    uint32_t clen;
    assert_null(find_chunk((const unsigned char *)out.data, out.len, "pHYs", &clen));
    bayan__buf_free(&out);
    free(im.px);
}

/* The same pixels give the same bytes, whatever the padding holds, and the
 * file is appended to what the buffer already has. */
static void test_deterministic_and_appends(void **state)
{
    (void)state;
    image a = img_new(211, 97, 20), b = img_new(211, 97, 20);
    draw_chartish(&a, 1);
    for (int y = 0; y < a.h; y++)
        for (int x = 0; x < a.w; x++)
            img_set(&b, x, y, img_get(&a, x, y));
    bayan__buf x = BAYAN__BUF_INIT, y = BAYAN__BUF_INIT;
    assert_int_equal(bayan__buf_puts(&y, "prefix"), BAYAN_OK);
    assert_int_equal(bayan__png_encode(a.px, a.w, a.h, a.stride, 96, &x), BAYAN_OK);
    assert_int_equal(bayan__png_encode(b.px, b.w, b.h, b.stride, 96, &y), BAYAN_OK);
    assert_int_equal(x.len + 6, y.len);
    assert_memory_equal(y.data, "prefix", 6);
    assert_memory_equal(x.data, y.data + 6, x.len);
    bayan__buf_reset(&x);
    assert_int_equal(bayan__png_encode(a.px, a.w, a.h, a.stride, 96, &x), BAYAN_OK);
    assert_memory_equal(x.data, y.data + 6, x.len);
    bayan__buf_free(&x);
    bayan__buf_free(&y);
    free(a.px);
    free(b.px);
}

static void test_bad_arguments(void **state)
{
    (void)state;
    unsigned char px[64] = {0};
    bayan__buf out = BAYAN__BUF_INIT;
    assert_int_equal(bayan__buf_puts(&out, "keep"), BAYAN_OK);
    assert_int_equal(bayan__png_encode(NULL, 1, 1, 4, 0, &out), BAYAN_ERENDER);
    assert_int_equal(bayan__png_encode(px, 0, 1, 4, 0, &out), BAYAN_ERENDER);
    assert_int_equal(bayan__png_encode(px, 1, 0, 4, 0, &out), BAYAN_ERENDER);
    assert_int_equal(bayan__png_encode(px, 2, 1, 4, 0, &out), BAYAN_ERENDER); /* stride < 8 */
    assert_int_equal(bayan__png_encode(px, -3, 1, 4, 0, &out), BAYAN_ERENDER);
    assert_int_equal(bayan__png_encode(px, 1, 1, 4, 0, NULL), BAYAN_ERENDER);
    assert_int_equal(out.len, 4);
    assert_string_equal(out.data, "keep");
    bayan__buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opaque_many_colours_is_rgb),
        cmocka_unit_test(test_translucent_every_alpha_is_rgba),
        cmocka_unit_test(test_one_pixel),
        cmocka_unit_test(test_palette_depths_and_odd_widths),
        cmocka_unit_test(test_257_colours_is_truecolour),
        cmocka_unit_test(test_large_chartish_images),
        cmocka_unit_test(test_noise),
        cmocka_unit_test(test_phys),
        cmocka_unit_test(test_deterministic_and_appends),
        cmocka_unit_test(test_bad_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* libFuzzer target: bayan__png_encode on arbitrary images, decoded again by
 * Cairo (libpng + zlib) and compared pixel for pixel. The first bytes choose
 * the size, the stride padding and how many distinct colours (so that every
 * palette depth, RGB and RGBA are reached); the rest are the pixels, made
 * valid premultiplied ARGB. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>

#include "common/buf.h"
#include "render/png.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct reader {
    const unsigned char *p;
    size_t left;
} reader;

static cairo_status_t read_cb(void *closure, unsigned char *out, unsigned int len)
{
    reader *r = closure;
    if (len > r->left)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(out, r->p, len);
    r->p += len;
    r->left -= len;
    return CAIRO_STATUS_SUCCESS;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    int w = 1 + data[0] % 97, h = 1 + data[1] % 61, pad = (data[2] % 4) * 4;
    unsigned mask = data[3]; /* fewer bits, fewer colours */
    int opaque = data[4] & 1;
    data += 5;
    size -= 5;
    int stride = w * 4 + pad;
    unsigned char *px = malloc((size_t)stride * (size_t)h);
    if (!px)
        return 0;
    for (size_t i = 0; i < (size_t)stride * (size_t)h; i++)
        px[i] = size ? data[i % size] : 0;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            unsigned char *p = px + (size_t)y * (size_t)stride + 4 * (size_t)x;
            uint32_t v;
            memcpy(&v, p, 4);
            v &= 0x01010101u * (mask | 1); /* still varied when mask is 0 */
            uint32_t a = opaque ? 255 : v >> 24;
            uint32_t r = (v >> 16) & 0xff, g = (v >> 8) & 0xff, b = v & 0xff;
            r = r > a ? a : r;
            g = g > a ? a : g;
            b = b > a ? a : b;
            v = a << 24 | r << 16 | g << 8 | b;
            memcpy(p, &v, 4);
        }
    bayan__buf out = BAYAN__BUF_INIT;
    if (bayan__png_encode(px, w, h, stride, (double)(mask % 3) * 96, &out) != BAYAN_OK)
        abort();
    reader rd = {(const unsigned char *)out.data, out.len};
    cairo_surface_t *s = cairo_image_surface_create_from_png_stream(read_cb, &rd);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_width(s) != w ||
        cairo_image_surface_get_height(s) != h)
        abort();
    int rgb24 = cairo_image_surface_get_format(s) == CAIRO_FORMAT_RGB24;
    const unsigned char *d = cairo_image_surface_get_data(s);
    int ds = cairo_image_surface_get_stride(s);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint32_t a, b;
            memcpy(&a, px + (size_t)y * (size_t)stride + 4 * (size_t)x, 4);
            memcpy(&b, d + (size_t)y * (size_t)ds + 4 * (size_t)x, 4);
            if (rgb24)
                b |= 0xff000000u;
            if (a != b)
                abort();
        }
    cairo_surface_destroy(s);
    bayan__buf_free(&out);
    free(px);
    return 0;
}

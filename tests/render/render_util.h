/* Helpers shared by the render tests: read a spec, render it, decode PNGs. */
#ifndef BAYAN_TESTS_RENDER_UTIL_H
#define BAYAN_TESTS_RENDER_UTIL_H

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bayan.h"

static inline char *ru_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *d = malloc((size_t)n + 1);
    if (d && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    fclose(f);
    if (d) {
        d[n] = '\0';
        *len = (size_t)n;
    }
    return d;
}

static inline const char *ru_source_dir(void)
{
    const char *s = getenv("BAYAN_SOURCE_DIR");
    return s ? s : BAYAN_SOURCE_DIR;
}

static inline bayan_chart *ru_parse_string(const char *json)
{
    bayan_chart *c = NULL;
    bayan_diag d;
    if (bayan_chart_parse(json, strlen(json), "test", &c, &d) != BAYAN_OK) {
        fprintf(stderr, "parse failed: %u:%u: %s\n", d.line, d.column, d.message);
        return NULL;
    }
    return c;
}

static inline bayan_chart *ru_parse_spec(const char *name)
{
    char path[1024];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/tests/render/specs/%s.json", ru_source_dir(), name);
    char *json = ru_read(path, &len);
    if (!json) {
        fprintf(stderr, "cannot read %s\n", path);
        return NULL;
    }
    bayan_chart *c = NULL;
    bayan_diag d;
    if (bayan_chart_parse(json, len, path, &c, &d) != BAYAN_OK)
        fprintf(stderr, "%s:%u:%u: %s\n", path, d.line, d.column, d.message);
    free(json);
    return c;
}

static inline unsigned char *ru_render(const bayan_chart *c, const bayan_render_opts *o, bayan_format fmt, size_t *len)
{
    unsigned char *out = NULL;
    bayan_diag d;
    if (bayan_chart_render(c, o, fmt, &out, len, &d) != BAYAN_OK) {
        fprintf(stderr, "render failed: %s\n", d.message);
        return NULL;
    }
    return out;
}

typedef struct ru_mem {
    const unsigned char *p;
    size_t left;
} ru_mem;

static inline cairo_status_t ru_read_mem(void *closure, unsigned char *data, unsigned int len)
{
    ru_mem *m = closure;
    if (len > m->left)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, m->p, len);
    m->p += len;
    m->left -= len;
    return CAIRO_STATUS_SUCCESS;
}

/* Decodes a PNG from memory into an ARGB32 surface (NULL on failure). */
static inline cairo_surface_t *ru_decode_png(const unsigned char *png, size_t len)
{
    ru_mem m = {png, len};
    cairo_surface_t *s = cairo_image_surface_create_from_png_stream(ru_read_mem, &m);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return NULL;
    }
    if (cairo_image_surface_get_format(s) != CAIRO_FORMAT_ARGB32 &&
        cairo_image_surface_get_format(s) != CAIRO_FORMAT_RGB24) {
        cairo_surface_destroy(s);
        return NULL;
    }
    return s;
}

/* The pixel (x, y) as 0xRRGGBB (alpha ignored: charts are opaque). */
static inline unsigned ru_pixel(cairo_surface_t *s, int x, int y)
{
    const unsigned char *d = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    unsigned v;
    memcpy(&v, d + (size_t)y * (size_t)stride + (size_t)x * 4, 4);
    return v & 0xFFFFFF;
}

static inline int ru_near(unsigned a, unsigned b, int tol)
{
    for (int sh = 0; sh < 24; sh += 8) {
        int x = (int)((a >> sh) & 0xFF), y = (int)((b >> sh) & 0xFF);
        if (abs(x - y) > tol)
            return 0;
    }
    return 1;
}

#endif

/* bayan: drawing chart specs (bayan.chart/1) to PNG, SVG and PDF.
 *
 *   bayan_chart *c = NULL; bayan_diag d;
 *   bayan_chart_parse(json, len, "spec.json", &c, &d);     (d: line, column of a bad spec)
 *   bayan_render_opts o; bayan_render_opts_defaults(&o);
 *   unsigned char *png = NULL; size_t n = 0;
 *   bayan_chart_render(c, &o, BAYAN_FORMAT_PNG, &png, &n, &d);
 *   bayan_write_file_atomic("chart.png", png, n, &d);
 *   bayan_free(png); bayan_chart_free(c);
 */
#ifndef BAYAN_RENDER_H
#define BAYAN_RENDER_H

#include "bayan/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bayan_chart bayan_chart;

typedef enum bayan_format { BAYAN_FORMAT_PNG = 0, BAYAN_FORMAT_SVG, BAYAN_FORMAT_PDF } bayan_format;

typedef enum bayan_digits { BAYAN_DIGITS_SPEC = 0, BAYAN_DIGITS_LATIN, BAYAN_DIGITS_ARABIC, BAYAN_DIGITS_AUTO } bayan_digits;

/* Options for bayan_chart_render; fill with bayan_render_opts_defaults.
 * Zero / NULL fields mean "as the spec says". */
typedef struct bayan_render_opts {
    int width, height;     /* CSS pixels */
    double scale;          /* device pixels per CSS pixel (PNG); default 1 */
    double dpi;            /* PNG pHYs metadata; 0 for none */
    bayan_digits digits;
    const char *theme;     /* "default", "print" */
    const char *font_dir;  /* extra fonts to add to the bundled set */
} bayan_render_opts;

BAYAN_API void bayan_render_opts_defaults(bayan_render_opts *opts);

/* Parses and validates a chart spec. On failure returns BAYAN_ESPEC (or
 * BAYAN_ENOMEM) with *out NULL and diag naming line, column and what is wrong.
 * path is used in messages only. Free with bayan_chart_free. */
BAYAN_API bayan_status bayan_chart_parse(const char *json, size_t len, const char *path,
                                         bayan_chart **out, bayan_diag *diag);
BAYAN_API void bayan_chart_free(bayan_chart *chart);

/* The chart's title, or NULL (owned by the chart). */
BAYAN_API const char *bayan_chart_title(const bayan_chart *chart);

/* Draws a chart into memory. *out (free with bayan_free) holds the whole
 * file. Deterministic: the same spec and options give the same bytes. Returns
 * BAYAN_EFONT when the bundled fonts cannot be loaded, BAYAN_ERENDER when
 * Cairo fails. */
BAYAN_API bayan_status bayan_chart_render(const bayan_chart *chart, const bayan_render_opts *opts,
                                          bayan_format format, unsigned char **out, size_t *out_len,
                                          bayan_diag *diag);

/* The format named by a file name's extension (.png, .svg, .pdf); -1 if none. */
BAYAN_API int bayan_format_from_path(const char *path);

/* Writes a whole file or nothing: a temporary file beside it, then rename. */
BAYAN_API bayan_status bayan_write_file_atomic(const char *path, const void *data, size_t len,
                                               bayan_diag *diag);

/* Convenience: renders chart in the format path's extension names and writes
 * it with bayan_write_file_atomic. BAYAN_EINVAL for an unknown extension or
 * sizes out of range, else as bayan_chart_render and bayan_write_file_atomic. */
BAYAN_API bayan_status bayan_chart_render_file(const bayan_chart *chart, const bayan_render_opts *opts,
                                               const char *path, bayan_diag *diag);

/* Releases the fonts and font maps the renderer keeps between calls (they
 * are reused to make the next chart fast). Optional, at exit; not while
 * another thread is rendering. */
BAYAN_API void bayan_render_cleanup(void);

#ifdef __cplusplus
}
#endif
#endif

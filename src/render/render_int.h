/* Internal to the render stage: the parsed chart, number formatting, fonts,
 * drawing and output backends. */
#ifndef BAYAN_RENDER_INT_H
#define BAYAN_RENDER_INT_H

#include <pango/pangocairo.h>

#include "bayan/render.h"
#include "common/buf.h"

typedef enum {
    BAYAN__CT_BAR = 0,
    BAYAN__CT_COLUMN,
    BAYAN__CT_COMPARISON,
    BAYAN__CT_WAFFLE,
    BAYAN__CT_DONUT,
    BAYAN__CT_RANGE,
    BAYAN__CT_STAT,
    BAYAN__CT_INFOGRAPHIC
} bayan__chart_type;

typedef enum {
    BAYAN__Q_NONE = 0,
    BAYAN__Q_APPROX,
    BAYAN__Q_MORE_THAN,
    BAYAN__Q_LESS_THAN,
    BAYAN__Q_UP_TO,
    BAYAN__Q_AT_LEAST,
    BAYAN__Q_RANGE
} bayan__qualifier;

typedef enum { BAYAN__DIR_AUTO = 0, BAYAN__DIR_RTL, BAYAN__DIR_LTR } bayan__direction;

typedef struct bayan__datum {
    char *label; /* may be NULL (stat) */
    char *note;
    double value, low, high;
    int has_value, has_range;
    bayan__qualifier qualifier;
} bayan__datum;

struct bayan_chart {
    bayan__chart_type type;
    char *title, *subtitle, *source, *lang, *unit, *currency;
    bayan__direction direction;
    bayan_digits digits; /* BAYAN_DIGITS_SPEC when the spec says nothing */
    int print_theme;     /* -1 unset, 0 default, 1 print */
    int sort_none;       /* -1 unset, 0 by value, 1 as given */
    int width, height;   /* 0 when unset */
    bayan__datum *data;
    size_t ndata;
    int has_ratio;
    double ratio;
    bayan__qualifier ratio_qualifier;
    struct bayan_chart **panels; /* infographic */
    size_t npanels;
};

/* Documented limits (tests/render/SPEC.md). */
#define BAYAN__MIN_WIDTH 160
#define BAYAN__MAX_WIDTH 4096
#define BAYAN__MIN_HEIGHT 120
#define BAYAN__MAX_HEIGHT 8192
#define BAYAN__MAX_SCALE 8.0
#define BAYAN__MIN_SCALE 0.25
#define BAYAN__MAX_PIXELS (64.0 * 1024 * 1024)
#define BAYAN__MAX_DATA 200
#define BAYAN__MAX_PANELS 12
#define BAYAN__MAX_ABS 1e15

/* ---- numbers for people (fmt.c) ---- */
typedef struct bayan__fmt {
    int arabic_lang;   /* Arabic words (مليون، دولار) */
    int arabic_digits; /* ٠-٩ ٫ ٬ ٪ */
    const char *unit;  /* "percent", "currency", "count", "times", "celsius", other word, NULL */
    const char *currency;
} bayan__fmt;

typedef enum {
    BAYAN__FMT_SHORT = 0, /* "> 80%", "≈5×", "$628 million" */
    BAYAN__FMT_LONG,      /* "more than 80%", "أكثر من ٨٠٪" */
    BAYAN__FMT_BARE       /* no qualifier */
} bayan__fmt_style;

/* A datum's value (or range) with unit and qualifier, appended to out. */
bayan_status bayan__fmt_datum(bayan__buf *out, const bayan__fmt *f, const bayan__datum *d,
                              bayan__fmt_style style);
/* A datum's number(s) divided by scale, with qualifier and %, without the
 * unit words (an axis caption names them): "≈590", "> 80%". */
bayan_status bayan__fmt_datum_scaled(bayan__buf *out, const bayan__fmt *f, const bayan__datum *d, double scale);
/* One number with the unit, with qualifier q. */
bayan_status bayan__fmt_value(bayan__buf *out, const bayan__fmt *f, double v, bayan__qualifier q,
                              bayan__fmt_style style);
/* A ratio: "≈5×" / "≈ ٥ أضعاف". */
bayan_status bayan__fmt_ratio(bayan__buf *out, const bayan__fmt *f, double r, bayan__qualifier q);
/* Axis ticks: a number divided by `scale` (1, 1e6, 1e9, 1e12), grouped,
 * with % for percent. */
bayan_status bayan__fmt_tick(bayan__buf *out, const bayan__fmt *f, double v, double scale);
/* The scale an axis reaching maxabs is labelled in (1 for unscaled units). */
double bayan__fmt_axis_scale(const bayan__fmt *f, double maxabs);
/* The caption naming an axis's scale and unit ("million USD", "مليون دولار"),
 * appended to out; nothing when the ticks say it all (percent). */
bayan_status bayan__fmt_axis_caption(bayan__buf *out, const bayan__fmt *f, double scale);
/* A plain number: digits, grouping and decimals as f says. */
bayan_status bayan__fmt_number(bayan__buf *out, const bayan__fmt *f, double v, int max_decimals);
/* Latin digits and separators in s replaced by Arabic-Indic ones. */
bayan_status bayan__arabic_digits(bayan__buf *out, const char *s);
/* Whether UTF-8 text contains Arabic-Indic (or Eastern) digits / Arabic letters. */
int bayan__has_arabic_digits(const char *s);
int bayan__has_arabic_letters(const char *s);

/* ---- fonts (fonts.c) ---- */
/* Borrows a Pango font map built on the bundled fonts (and extra_dir); give
 * it back with bayan__fontmap_release. Thread-safe: maps are pooled, each
 * used by one thread at a time. */
bayan_status bayan__fontmap_acquire(const char *extra_dir, PangoFontMap **out, bayan_diag *diag);
void bayan__fontmap_release(const char *extra_dir, PangoFontMap *map);

/* ---- drawing (draw.c) ---- */
/* Draws chart on cr in CSS pixels (0,0)-(w,h). */
bayan_status bayan__draw_chart(cairo_t *cr, PangoFontMap *map, const bayan_chart *chart,
                               const bayan_render_opts *opts, double w, double h, bayan_diag *diag);
/* Width and height the chart is drawn at: options, then spec, then defaults. */
void bayan__chart_size(const bayan_chart *chart, const bayan_render_opts *opts, int *w, int *h);
/* The chart's data as plain text for SVG <desc> and PDF subject. */
bayan_status bayan__chart_describe(const bayan_chart *chart, const bayan_render_opts *opts,
                                   bayan__buf *out);
int bayan__chart_is_rtl(const bayan_chart *chart);

#endif

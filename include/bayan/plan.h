/* bayan: planning the charts of a document (claims and groups to chart specs,
 * a manifest, a gallery page and Markdown snippets).
 *
 *   bayan_plan_opts o; bayan_plan_opts_defaults(&o);
 *   bayan_plan *p = NULL;
 *   if (bayan_plan_new(doc, &o, &p) != BAYAN_OK) ... (out of memory)
 *   for (size_t i = 0; i < bayan_plan_chart_count(p); i++)
 *       render bayan_plan_chart_spec(p, i) to bayan_plan_chart_name(p, i) + ".png" ...
 *   bayan_plan_free(p);
 *
 * Every string a plan returns is NUL-terminated UTF-8 owned by the plan and
 * valid until bayan_plan_free. Planning is deterministic: the same document
 * and options give byte-identical specs and pages. */
#ifndef BAYAN_PLAN_H
#define BAYAN_PLAN_H

#include "bayan/common.h"
#include "bayan/extract.h"
#include "bayan/render.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bayan_plan bayan_plan;

/* Options for bayan_plan_new; fill with bayan_plan_opts_defaults. */
typedef struct bayan_plan_opts {
    /* Digits written into every spec: LATIN, ARABIC, or AUTO/SPEC to follow
     * the document (Arabic-Indic digits when its figures are written so). */
    bayan_digits digits;
    /* The formats the caller will render, as a bit set of
     * (1u << BAYAN_FORMAT_PNG) | ...: the manifest, the gallery and the
     * Markdown name these files. Default: PNG, SVG and PDF. */
    unsigned formats;
} bayan_plan_opts;

BAYAN_API void bayan_plan_opts_defaults(bayan_plan_opts *opts);

/* Plans the charts of an extracted document (bayan_doc_extract must have
 * run). The plan copies what it needs: the document may be freed first.
 * Returns BAYAN_OK, BAYAN_EINVAL (NULL arguments) or BAYAN_ENOMEM.
 * Free with bayan_plan_free. */
BAYAN_API bayan_status bayan_plan_new(const bayan_doc *doc, const bayan_plan_opts *opts, bayan_plan **out);

/* Frees a plan. NULL is a no-op. */
BAYAN_API void bayan_plan_free(bayan_plan *plan);

/* The charts, in document order. */
BAYAN_API size_t bayan_plan_chart_count(const bayan_plan *plan);
/* The chart's stable file name without extension: "01-minerals", "02-comparison-percent". */
BAYAN_API const char *bayan_plan_chart_name(const bayan_plan *plan, size_t i);
/* Its spec, bayan.chart/1 JSON text that bayan_chart_parse accepts. */
BAYAN_API const char *bayan_plan_chart_spec(const bayan_plan *plan, size_t i);
/* Its type ("bar", "comparison", "waffle", "range", "stat"), title and alt text. */
BAYAN_API const char *bayan_plan_chart_type(const bayan_plan *plan, size_t i);
BAYAN_API const char *bayan_plan_chart_title(const bayan_plan *plan, size_t i);
BAYAN_API const char *bayan_plan_chart_alt(const bayan_plan *plan, size_t i);

/* The document's one-page fact sheet, a spec of type "infographic"; NULL
 * when the document has no charts. Its files are named "infographic.*". */
BAYAN_API const char *bayan_plan_infographic_spec(const bayan_plan *plan);

/* charts.json: every chart with its files, title, alt text and the claims
 * it shows (byte offsets and source sentences), and the checks of stated
 * ratios against the values they relate. */
BAYAN_API const char *bayan_plan_manifest(const bayan_plan *plan);
/* index.html: a self-contained gallery page in the document's direction. */
BAYAN_API const char *bayan_plan_gallery(const bayan_plan *plan);
/* figures.md: Markdown snippets to paste into a report. */
BAYAN_API const char *bayan_plan_figures_md(const bayan_plan *plan);

/* The check of a comparison's stated ratio ("about five times") against the
 * ratio of the values it relates (50 / 11 = 4.55). */
typedef struct bayan_ratio_check {
    double stated;
    bayan_qualifier qualifier; /* of the stated ratio */
    double computed;
    double tolerance;          /* relative: |computed - stated| / stated allowed */
    int consistent;            /* 1 when computed agrees with stated within tolerance */
} bayan_ratio_check;

/* The ratio check of chart i; 0 when the chart states no ratio. */
BAYAN_API int bayan_plan_chart_ratio_check(const bayan_plan *plan, size_t i, bayan_ratio_check *out);

#ifdef __cplusplus
}
#endif
#endif

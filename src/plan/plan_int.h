/* Internal to the plan stage: the plan object, its input (so tests can plan
 * hand-made claims without running the extractor), and text helpers for the
 * JSON, HTML and Markdown it writes. */
#ifndef BAYAN_PLAN_INT_H
#define BAYAN_PLAN_INT_H

#include <stddef.h>

#include "bayan/plan.h"
#include "common/buf.h"

/* What planning reads: the public views of a document's claims and groups.
 * Borrowed for the duration of bayan__plan_build only. */
typedef struct bayan__plan_input {
    const bayan_claim *claims;
    size_t n_claims;
    const bayan_group *groups;
    size_t n_groups;
    bayan_lang lang;    /* AR or EN */
    const char *title;  /* the document's title, or NULL */
    const char *path;   /* the input's path ("-" or NULL for stdin) */
    const char *bytes;  /* the original text, for source sentences */
    size_t len;
} bayan__plan_input;

/* A claim as a chart shows it (copied out of the document). */
typedef struct bayan__pclaim {
    char *id, *text, *label, *short_label, *subject, *time, *source, *sentence;
    size_t start, end, sentence_start, sentence_end;
    size_t sentence_lead; /* bytes trimmed from the sentence's start */
    double value, low, high;
    int has_value, has_range;
    char *unit, *currency;
    bayan_qualifier qualifier;
} bayan__pclaim;

typedef struct bayan__pchart {
    char *name;  /* "01-minerals" */
    const char *type; /* static: "bar", "comparison", "waffle", "range", "stat" */
    const char *kind; /* static: "series", "comparison", "share", "range", "figure" */
    char *group_id;   /* the extractor's group id, or NULL for a single figure */
    char *title, *subtitle, *source, *alt, *spec;
    char *unit, *currency;
    bayan__pclaim *claims; /* shown, in data order */
    size_t n_claims;
    bayan__pclaim *ratio_claim; /* the claim stating the ratio, or NULL */
    bayan_ratio_check check;
    int has_check;
    char **dup_ids; /* ids of repeated claims not charted again */
    size_t n_dups;
    size_t first_start; /* for ordering */
} bayan__pchart;

struct bayan_plan {
    bayan_lang lang;
    char *title;     /* the document's title, or a fallback */
    char *path;      /* basename of the input */
    const char *digits; /* static: "latin" or "arabic" */
    unsigned formats;
    bayan__pchart *charts;
    size_t n_charts;
    char *infographic; /* spec, or NULL */
    char *manifest, *gallery, *figures;
};

/* Plans from borrowed claims and groups. */
bayan_status bayan__plan_build(const bayan__plan_input *in, const bayan_plan_opts *opts, bayan_plan **out);

/* ---- text helpers (text.c) ---- */
/* A JSON string literal (quotes included), UTF-8 kept as is. */
void bayan__pl_json_str(bayan__buf *b, const char *s);
/* A JSON number: integers exactly, others with up to `dec` decimals; never
 * locale-dependent. */
void bayan__pl_json_num(bayan__buf *b, double v, int dec);
/* Text escaped for HTML element content and attribute values. */
void bayan__pl_html(bayan__buf *b, const char *s);
/* Text escaped for Markdown image alt text / quotes (brackets, newlines). */
void bayan__pl_md(bayan__buf *b, const char *s);
/* An ASCII slug of s (lowercase letters, digits, '-'), at most max bytes,
 * cut at a word boundary; "" when s has no ASCII letters or digits. */
void bayan__pl_slug(bayan__buf *b, const char *s, size_t max);
/* 1 when s contains Arabic letters / Arabic-Indic digits. */
int bayan__pl_has_arabic(const char *s);
int bayan__pl_has_arabic_digits(const char *s);
/* A malloc'd copy; NULL for NULL. Sets *oom on failure. */
char *bayan__pl_strdup(const char *s, int *oom);
/* A folded key of a label for comparing labels: no harakat or tatweel,
 * alef forms folded, lower case, a leading conjunction و dropped,
 * single spaces. malloc'd. */
char *bayan__pl_label_key(const char *s, int *oom);

/* ---- pages (pages.c) ---- */
bayan_status bayan__plan_pages(bayan_plan *p);

#endif

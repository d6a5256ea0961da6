/* bayan: reading a document and extracting its numeric claims.
 *
 *   bayan_doc *doc = NULL;
 *   bayan_diag diag;
 *   if (bayan_doc_new(bytes, len, "article.txt", &doc, &diag) != BAYAN_OK) ... diag says where
 *   bayan_extract_opts o; bayan_extract_opts_defaults(&o);
 *   bayan_doc_extract(doc, &o);
 *   for (size_t i = 0; i < bayan_doc_claim_count(doc); i++) bayan_doc_claim(doc, i)->value ...
 *   bayan_doc_free(doc);
 */
#ifndef BAYAN_EXTRACT_H
#define BAYAN_EXTRACT_H

#include "bayan/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bayan_doc bayan_doc;

typedef enum bayan_lang { BAYAN_LANG_AUTO = 0, BAYAN_LANG_AR, BAYAN_LANG_EN } bayan_lang;

typedef enum bayan_qualifier {
    BAYAN_Q_NONE = 0,
    BAYAN_Q_APPROX,
    BAYAN_Q_MORE_THAN,
    BAYAN_Q_LESS_THAN,
    BAYAN_Q_UP_TO,
    BAYAN_Q_AT_LEAST,
    BAYAN_Q_RANGE
} bayan_qualifier;

typedef enum bayan_group_kind { BAYAN_GROUP_SINGLE = 0, BAYAN_GROUP_SERIES, BAYAN_GROUP_COMPARISON } bayan_group_kind;

/* What a number expression is. Only BAYAN_NUM_QUANTITY can become a claim. */
typedef enum bayan_num_kind {
    BAYAN_NUM_QUANTITY = 0,
    BAYAN_NUM_YEAR,
    BAYAN_NUM_DATE,
    BAYAN_NUM_PERIOD,
    BAYAN_NUM_ORDINAL,
    BAYAN_NUM_TIME_OF_DAY,
    BAYAN_NUM_PHONE,
    BAYAN_NUM_LIST_ITEM,
    BAYAN_NUM_REFERENCE, /* article, law, page numbers */
    BAYAN_NUM_NAME       /* a number word inside a name */
} bayan_num_kind;

/* Options for bayan_doc_extract; fill with bayan_extract_opts_defaults. */
typedef struct bayan_extract_opts {
    bayan_lang lang; /* AUTO detects the language of the document */
} bayan_extract_opts;

BAYAN_API void bayan_extract_opts_defaults(bayan_extract_opts *opts);

/* A number expression found in the text. Strings are NUL-terminated, owned by
 * the document, valid until bayan_doc_free; absent ones are NULL. Offsets are
 * byte offsets into the original input, end-exclusive. */
typedef struct bayan_number {
    const char *text;
    size_t start, end;
    double value;        /* valid when has_value */
    double low, high;    /* valid when has_range */
    int has_value, has_range;
    const char *unit;    /* "percent", "percentage_point", "count", "currency", "celsius", "times", a unit word, or NULL */
    const char *currency; /* ISO 4217 code when unit is "currency" */
    bayan_qualifier qualifier;
    bayan_num_kind kind;
} bayan_number;

/* A numeric claim, as in DESIGN.md's claims JSON. */
typedef struct bayan_claim {
    const char *id;      /* "c1", "c2", ... */
    const char *text;    /* the quantity as written: qualifier, number, unit */
    size_t start, end;   /* byte offsets of text in the original input */
    double value;        /* valid when has_value */
    double low, high;    /* valid when has_range */
    int has_value, has_range;
    const char *unit;
    const char *currency;
    bayan_qualifier qualifier;
    const char *label;   /* what is measured */
    const char *subject; /* whose figure it is */
    const char *time;    /* when, e.g. "2022" */
    const char *source;  /* according to whom */
    const char *group;   /* id of its group, or NULL */
    size_t sentence_start, sentence_end; /* the sentence it was read from (original byte offsets) */
} bayan_claim;

typedef struct bayan_group {
    const char *id;      /* "g1", ... */
    bayan_group_kind kind;
    const char *title;
    const char *unit;
    const char *currency;
    size_t n_members;
    const size_t *members; /* indexes of claims (bayan_doc_claim) */
    long ratio;            /* index of the claim stating the ratio, or -1 */
} bayan_group;

/* Reads a document from bytes (copied). Checks UTF-8 (a BOM and CRLF are
 * accepted) and normalises Arabic presentation forms for matching. On invalid
 * UTF-8 returns BAYAN_EUTF8 with *out NULL and diag naming line, column and
 * byte offset. Input of 4 GiB or more (UINT32_MAX - 1 bytes, before or after
 * normalisation) returns BAYAN_EINPUT. path may be NULL ("-"). Free with
 * bayan_doc_free. */
BAYAN_API bayan_status bayan_doc_new(const char *bytes, size_t len, const char *path,
                                     bayan_doc **out, bayan_diag *diag);

/* Frees a document and everything it owns. NULL is a no-op. */
BAYAN_API void bayan_doc_free(bayan_doc *doc);

/* Finds the numbers, claims and groups. Returns BAYAN_OK or BAYAN_ENOMEM. */
BAYAN_API bayan_status bayan_doc_extract(bayan_doc *doc, const bayan_extract_opts *opts);

BAYAN_API const char *bayan_doc_path(const bayan_doc *doc);
/* The original bytes and their length (owned by the document). */
BAYAN_API const char *bayan_doc_bytes(const bayan_doc *doc, size_t *len);
/* The language detected (or forced) by bayan_doc_extract. */
BAYAN_API bayan_lang bayan_doc_lang(const bayan_doc *doc);
/* "ar" or "en". */
BAYAN_API const char *bayan_lang_code(bayan_lang lang);
/* "approx", "more_than", ... or NULL for BAYAN_Q_NONE. */
BAYAN_API const char *bayan_qualifier_name(bayan_qualifier q);
/* "series", "comparison", "single". */
BAYAN_API const char *bayan_group_kind_name(bayan_group_kind k);

/* Warnings found while reading (presentation forms normalised, ...): count and
 * the i-th message, with its byte offset. */
BAYAN_API size_t bayan_doc_warning_count(const bayan_doc *doc);
BAYAN_API const char *bayan_doc_warning(const bayan_doc *doc, size_t i, size_t *offset);

BAYAN_API size_t bayan_doc_number_count(const bayan_doc *doc);
BAYAN_API const bayan_number *bayan_doc_number(const bayan_doc *doc, size_t i);
BAYAN_API size_t bayan_doc_claim_count(const bayan_doc *doc);
BAYAN_API const bayan_claim *bayan_doc_claim(const bayan_doc *doc, size_t i);
BAYAN_API size_t bayan_doc_group_count(const bayan_doc *doc);
BAYAN_API const bayan_group *bayan_doc_group(const bayan_doc *doc, size_t i);

/* The title of the document: its first line when it reads like a title, else NULL. */
BAYAN_API const char *bayan_doc_title(const bayan_doc *doc);

/* Serialises one document's claims as the object of DESIGN.md's
 * "documents" array ({"path", "language", "claims", "groups"}).
 * *json is NUL-terminated; free with bayan_free. */
BAYAN_API bayan_status bayan_doc_claims_json(const bayan_doc *doc, char **json);

#ifdef __cplusplus
}
#endif
#endif

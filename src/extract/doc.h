/* Internal: the document object shared by the text, extract and group stages.
 *
 * Ownership of the pieces:
 *   text stage  (src/text/, src/extract/doc.c):  bytes, norm, map, warnings, lang detection helpers
 *   numbers     (src/extract/num*.c):            nums[] (bayan__scan_numbers)
 *   claims      (src/extract/claims*.c, src/group/): claims[], groups[], bayan_doc_extract, JSON
 */
#ifndef BAYAN_EXTRACT_DOC_H
#define BAYAN_EXTRACT_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "bayan/extract.h"

/* Flags on a scanned number. */
enum {
    BAYAN__NUM_WORDS = 1 << 0,     /* written (partly) in words: "خمسة وعشرون", "three" */
    BAYAN__NUM_OCCASIONS = 1 << 1, /* a count of occasions: "40 مرة" (not a multiplier) */
    BAYAN__NUM_SIGNED = 1 << 2,    /* written with an explicit sign */
    BAYAN__NUM_FRACTION = 1 << 3,  /* a fraction: "٣/٤", "ثلث" */
    BAYAN__NUM_ARABIC_DIGITS = 1 << 4, /* written with Arabic-Indic digits */
    BAYAN__NUM_SCALED = 1 << 5     /* multiplied by a scale word: "628 مليون", "1.5 billion" */
};

/* The longest normalised text a document may have: offsets into it are
 * kept in 32 bits (bayan__num, bayan__claim_info), which halves what a
 * number-dense document holds per figure. bayan_doc_new refuses longer
 * input with BAYAN_EINPUT. */
#define BAYAN__DOC_MAX ((size_t)UINT32_MAX - 1)

/* A number expression found by the scanner. All offsets here are into the
 * normalised text (doc->norm; < BAYAN__DOC_MAX, so 32 bits hold them);
 * pub's offsets are into the original bytes. A span with start == end is
 * absent. */
typedef struct bayan__num {
    bayan_number pub;
    uint32_t start, end;           /* qualifier + number + unit, as pub.text */
    uint32_t num_start, num_end;   /* the numeral alone ("39", "خمس", "2-4") */
    uint32_t unit_start, unit_end; /* the unit word or symbol ("%", "مليون دولار", "درجات مئوية") */
    uint32_t qual_start, qual_end; /* the qualifier phrase ("أكثر من", "تقريبًا") */
    int flags;
} bayan__num;

struct bayan_doc {
    char *path;            /* as given, "-" for stdin */
    char *bytes;           /* the original input, NUL-terminated */
    size_t len;
    char *norm;            /* normalised text for matching, NUL-terminated */
    size_t norm_len;
    size_t *map;           /* map[i]: original offset of norm byte i (norm_len + 1 entries); NULL when norm == bytes */
    bayan_lang lang;

    char **warnings;       /* messages; warning_offsets[i] is the original byte offset */
    size_t *warning_offsets;
    size_t n_warnings;

    bayan__num *nums;      /* every number expression, in text order */
    size_t n_nums;
    bayan_number *numbers; /* unused, NULL: the public views are nums[i].pub (bayan_doc_number) */

    bayan_claim *claims;
    size_t n_claims;
    bayan_group *groups;
    size_t n_groups;
    char *title;

    void *arena;           /* strings owned by the document (see src/extract/arena.h if used) */

    char *num_texts;       /* one block holding every nums[i].pub.text (scanner-owned) */
};

/* Frees claims, groups, title and arena (defined by the claims stage; doc.c
 * holds a weak no-op so the text stage links on its own). */
void bayan__doc_free_claims(bayan_doc *doc);

/* Original byte offset of a normalised offset. */
size_t bayan__doc_orig(const bayan_doc *doc, size_t norm_off);

/* Finds every number expression in doc->norm and fills doc->nums, doc->n_nums
 * and each nums[i].pub (the public view, with original offsets and text). lang is the
 * document's language (never AUTO). Replaces earlier results. */
bayan_status bayan__scan_numbers(bayan_doc *doc, bayan_lang lang);

/* Detects the language of doc->norm (Arabic letters vs Latin letters). */
bayan_lang bayan__detect_lang(const bayan_doc *doc);

#endif

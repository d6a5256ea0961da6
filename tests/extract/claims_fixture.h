/* Test fixture for the claim rules: a document whose numbers are written by
 * hand, so the label, time, source and grouping rules are tested apart from
 * the number scanner. */
#ifndef BAYAN_TEST_CLAIMS_FIXTURE_H
#define BAYAN_TEST_CLAIMS_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/claims.h"

typedef struct fx {
    bayan_doc doc;
    size_t cap;
} fx;

static inline fx *fx_new(const char *text)
{
    fx *f = calloc(1, sizeof *f);
    assert_non_null(f);
    size_t n = strlen(text);
    f->doc.bytes = malloc(n + 1);
    assert_non_null(f->doc.bytes);
    memcpy(f->doc.bytes, text, n + 1);
    f->doc.len = n;
    f->doc.norm = f->doc.bytes;
    f->doc.norm_len = n;
    f->doc.map = NULL;
    return f;
}

/* Adds the number written as `numeral` (its occ-th occurrence), with the
 * whole expression `whole` starting at the numeral's position minus
 * `lead` bytes (a qualifier before it). Returns the num for more fields. */
static inline bayan__num *fx_num(fx *f, const char *whole, int occ, const char *numeral, double value,
                          const char *unit, bayan_num_kind kind)
{
    const char *p = f->doc.norm;
    const char *hit = NULL;
    for (int i = 0; i < occ; i++) {
        hit = strstr(p, whole);
        assert_non_null(hit);
        p = hit + 1;
    }
    if (f->doc.n_nums == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 8;
        f->doc.nums = realloc(f->doc.nums, f->cap * sizeof *f->doc.nums);
        assert_non_null(f->doc.nums);
    }
    size_t start = (size_t)(hit - f->doc.norm);
    /* keep nums in text order */
    size_t at = f->doc.n_nums;
    while (at > 0 && f->doc.nums[at - 1].start > start)
        at--;
    memmove(&f->doc.nums[at + 1], &f->doc.nums[at], (f->doc.n_nums - at) * sizeof *f->doc.nums);
    f->doc.n_nums++;
    bayan__num *n = &f->doc.nums[at];
    memset(n, 0, sizeof *n);
    n->start = start;
    n->end = start + strlen(whole);
    const char *nh = strstr(hit, numeral);
    assert_non_null(nh);
    n->num_start = (size_t)(nh - f->doc.norm);
    n->num_end = n->num_start + strlen(numeral);
    if (unit) {
        n->unit_start = n->num_end;
        n->unit_end = n->end;
    }
    n->pub.text = whole;
    n->pub.start = n->start;
    n->pub.end = n->end;
    n->pub.value = value;
    n->pub.has_value = 1;
    n->pub.unit = unit;
    n->pub.kind = kind;
    if (unit && !strcmp(unit, "currency"))
        n->pub.currency = "USD";
    return n;
}

static inline void fx_range(bayan__num *n, double lo, double hi)
{
    n->pub.has_value = 0;
    n->pub.has_range = 1;
    n->pub.low = lo;
    n->pub.high = hi;
    n->pub.qualifier = BAYAN_Q_RANGE;
}

static inline void fx_run(fx *f, bayan_lang lang)
{
    bayan__claim_info *info = NULL;
    f->doc.lang = lang;
    assert_int_equal(bayan__claims_build(&f->doc, lang, &info), BAYAN_OK);
    assert_int_equal(bayan__group_claims(&f->doc, lang, info), BAYAN_OK);
    free(info);
}

static inline void fx_free(fx *f)
{
    bayan__doc_free_claims(&f->doc);
    free(f->doc.nums);
    free(f->doc.bytes);
    free(f);
}

/* The claim whose text contains `needle`, or fail. */
static inline const bayan_claim *fx_claim(const fx *f, const char *needle)
{
    for (size_t i = 0; i < f->doc.n_claims; i++)
        if (strstr(f->doc.claims[i].text, needle))
            return &f->doc.claims[i];
    fail_msg("no claim with text containing '%s' (%zu claims)", needle, f->doc.n_claims);
    return NULL;
}

static inline void assert_contains(const char *hay, const char *needle)
{
    if (!hay || !strstr(hay, needle))
        fail_msg("'%s' does not contain '%s'", hay ? hay : "(null)", needle);
}

static inline void assert_lacks(const char *hay, const char *needle)
{
    if (hay && strstr(hay, needle))
        fail_msg("'%s' should not contain '%s'", hay, needle);
}

#endif

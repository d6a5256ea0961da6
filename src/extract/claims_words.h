/* Internal: the word lists the claim rules match against, in key spelling
 * (see claims.h: alef forms as ا, ة as ه, ى as ي, no harakat). */
#ifndef BAYAN_EXTRACT_CLAIMS_WORDS_H
#define BAYAN_EXTRACT_CLAIMS_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common/str.h"

enum bayan__wl {
    WL_AR_STOP,     /* ends an Arabic noun phrase: prepositions, particles, pronouns, adverbs */
    WL_AR_REACH,    /* reaching a level: يصل، يبلغ، يتجاوز */
    WL_AR_CHANGE,   /* changing: ارتفع، انخفض، تضاعف */
    WL_AR_REPR,     /* being a share of: يمثل، يشكل */
    WL_AR_COPULA,   /* كان، يكون، أصبح */
    WL_AR_MASDAR,   /* verbal nouns of change: ارتفاع، انخفاض، زيادة */
    WL_AR_LINK,     /* between a predicate and its number: إلى، بنسبة، بمقدار */
    WL_AR_ATTRIB,   /* the noun before is what the number measures: البالغ، بقيمة */
    WL_AR_COMPAR,   /* comparatives: أعلى، أكبر، أقل */
    WL_AR_REPORT,   /* heads of a source phrase: تقديرات، بيانات */
    WL_AR_SRCMARK,  /* وفقا، حسب، بحسب */
    WL_AR_SAY,      /* قال، ذكر، أعلن */
    WL_AR_PARTICLE, /* start a clause's subject: أن، إن، فإن */
    WL_AR_AUX,      /* before a verb: قد، يمكن، سوف */
    WL_AR_REL,      /* الذي، التي */
    WL_AR_TIMEW,    /* time units: a number counting them is a period */
    WL_AR_VAGUE,    /* plural scale words alone: آلاف، عشرات */
    WL_AR_TIMEPREP, /* بحلول، خلال, حتى: end a subject taken from a clause */
    WL_AR_OCCASION, /* مرة، مرات */
    WL_AR_ESTIMATE, /* قدر، يقدر: the subject estimates, the object is measured */
    WL_EN_STOP,
    WL_EN_DET,
    WL_EN_VERB,     /* change, reach and copula verbs */
    WL_EN_REPR,
    WL_EN_AUX,
    WL_EN_LINK,
    WL_EN_ATTRIB,
    WL_EN_COMPAR,
    WL_EN_REPORT,
    WL_EN_SAY,
    WL_EN_TIMEW,
    WL_EN_VAGUE,
    WL_EN_INNER,    /* may join a backward English noun phrase: of, in, for, on */
    WL_MEASURE,     /* units of measure after a bare number (claims.c measure_word) */
    WL_AR_BEFELL,   /* what befell people: قتل، أصيب (claims.c ar_befell) */
    WL_LEVEL,       /* a level and nothing of its own: مستوى، record (claims.c generic_label) */
    WL_HEAD,        /* a phrase head naming a measure: عدد، إجمالي، total (claims.c measure_head) */
    WL_COUNTS,      /* a noun that counts: عدد، حصيلة، toll (claims.c bare_names) */
    WL_AR_FOLLOW,   /* following in a ranking: تلتها، يليه، ثم (claims.c ar_follows) */
    WL_AR_PP_PRON,  /* a preposition with a pronoun: فيها، منه، عليهم (claims.c ar_pp_pronoun) */
    WL_AR_THEN,     /* a time set against another: السابقة، الماضي، نفسه، الدورة (bare keys) */
    WL_MARKET,      /* an index or a market: مؤشر، بورصة، index (claims.c league_points; bare keys) */
    WL_COUNT_
};

/* 1 when key is in the list. */
int bayan__wl_has(enum bayan__wl wl, const char *key);

/* The lists key is in, one bit (1 << list) each. */
uint64_t bayan__wl_mask(const char *key);

/* The word lists' hash of key[0, n): from its last eight bytes (or all of
 * it, when shorter) and its length, so that the hash of the key without a
 * clitic or the article (a suffix) costs a load or two, not a pass over
 * the word. Equal hashes are compared byte by byte, so a collision only
 * costs time. */
static inline uint32_t bayan__wl_hash(const char *k, size_t n)
{
    uint64_t x;
    if (n >= 8) {
        memcpy(&x, k + n - 8, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, k, 4);
        memcpy(&b, k + n - 4, 4);
        x = (uint64_t)a << 32 | b;
    } else {
        x = 0;
        for (size_t i = 0; i < n; i++)
            x = x << 8 | (unsigned char)k[i];
    }
    x ^= (uint64_t)n * 0x9E3779B97F4A7C15ull;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 32;
    return (uint32_t)x;
}

/* Filters by a word's last four bytes (its last two Arabic letters), which
 * every suffix of four bytes or more shares with it (built with the lists'
 * table): a bit per (tail, length) of the words that may start a source
 * phrase, with the length of the word and of the word after a و/ف; a bit
 * per tail of the verbal nouns of change. */
#define BAYAN__WL_TAIL_BITS 16384u
extern unsigned char bayan__wl_src_bits[BAYAN__WL_TAIL_BITS / 8], bayan__wl_masdar_bits[BAYAN__WL_TAIL_BITS / 8];

static inline unsigned bayan__wl_tail_slot(const char *k, size_t n, size_t len)
{
    uint32_t x;
    memcpy(&x, k + n - 4, 4);
    return ((x ^ (uint32_t)len * 0x27d4eb2du) * 0x9E3779B1u) >> 18; /* 14 bits: BAYAN__WL_TAIL_BITS */
}

/* 0 when key[0, n) is surely not a word a source phrase starts with
 * (WL_AR_SRCMARK, WL_AR_SAY, WL_EN_SAY, WL_EN_REPORT, "according"), with or
 * without a leading و/ف; 1 when it may be. Call bayan__wl_init first. */
static inline int bayan__wl_source_maybe(const char *key, size_t n)
{
    if (n < 4)
        return 1;
    unsigned b = bayan__wl_tail_slot(key, n, n);
    return (bayan__wl_src_bits[b >> 3] >> (b & 7)) & 1;
}

/* 0 when no suffix of key[0, n) is a verbal noun of change (WL_AR_MASDAR)
 * of four bytes or more; 1 when one may be. Call bayan__wl_init first. */
static inline int bayan__wl_masdar_maybe(const char *key, size_t n)
{
    if (n < 4)
        return 1;
    unsigned b = bayan__wl_tail_slot(key, n, 0);
    return (bayan__wl_masdar_bits[b >> 3] >> (b & 7)) & 1;
}

/* Builds the lists' table and the filters (once per process;
 * bayan__wl_mask and bayan__wl_has call it themselves). */
void bayan__wl_init(void);

/* The lists' table (claims_words.c): open addressing from
 * bayan__wl_home(hash), an empty slot has key NULL. */
#define BAYAN__WL_SLOTS 8192
typedef struct bayan__wl_slot {
    const char *key;
    uint64_t mask;
    uint32_t hash;
    uint32_t len;
} bayan__wl_slot;
extern bayan__wl_slot bayan__wl_table[BAYAN__WL_SLOTS];

/* The slot to start probing at: FNV's low bits alone are weak. */
static inline uint32_t bayan__wl_home(uint32_t h)
{
    return (h * 0x9E3779B1u) >> 19; /* 13 bits: BAYAN__WL_SLOTS */
}

/* bayan__wl_mask for key[0, n) whose hash is h (as above); call
 * bayan__wl_init first (its hot callers do it once, not per word). Inline:
 * the rules look up several forms of nearly every word, and most words
 * stop at their first, empty or foreign, slot. */
static inline uint64_t bayan__wl_mask_h(const char *key, size_t n, uint32_t h)
{
    if (!n)
        return 0;
    uint32_t i = bayan__wl_home(h);
    while (bayan__wl_table[i].key) {
        const bayan__wl_slot *e = &bayan__wl_table[i];
        if (e->hash == h && e->len == n && bayan__bytes_eq(e->key, key, n))
            return e->mask;
        i = (i + 1) & (BAYAN__WL_SLOTS - 1);
    }
    return 0;
}

#endif

/* Internal to the number scanner: the lexicon of number words and the word
 * keys it is looked up by. */
#ifndef BAYAN_NUM_H
#define BAYAN_NUM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common/str.h"

enum bayan__nw_type {
    NW_UNIT = 1, /* 0-9 ("ثلاثة", "three") */
    NW_TEEN,     /* "عشر"/"عشرة": 10 alone, +10 after a unit */
    NW_FULL,     /* a complete number that takes no unit before it: "ستاشر", "eleven" */
    NW_TENS,     /* 20-90 */
    NW_HUND,     /* "مائة": 100, or times 100 after a unit */
    NW_HUNDS,    /* "ثلاثمائة", "مائتان": a complete hundreds */
    NW_SCALE,    /* "ألف", "مليون", "thousand", "bn" */
    NW_FRAC,     /* "نصف", "ربع", "ثلث": a fraction by itself or after "و" */
    NW_FRACPL,   /* "أرباع", "أخماس": the denominator after a unit ("ثلاثة أرباع") */
    NW_MULT,     /* "ضعف", "double": a multiplier by itself */
    NW_SIGN,     /* "سالب", "minus" */
    NW_POINT,    /* "فاصلة", "point": a spoken decimal point */
    NW_AND,      /* "and" between English number words */
    NW_DUALN     /* a dual noun that is a number and its unit at once: "درجتين", "مرتين" */
};

enum {
    NWF_DUAL = 1,      /* a dual scale word: already counts two ("ألفان") */
    NWF_TEENONLY = 2,  /* only before "عشر" ("إحدى", "اثنا") */
    NWF_AMBIG = 4,     /* not a number by itself ("واحد" after a noun, "one") */
    NWF_AL = 8,        /* may carry the article ("الثلاثين") */
    NWF_EN = 16,       /* an English word */
    NWF_PLURAL = 32,   /* a plural scale word ("آلاف"): not a number by itself */
    NWF_FRACAMB = 64,  /* a unit word that is a fraction before a definite noun ("خمس الفطيرة") */
    NWF_ARTICLE = 128  /* the English article: one, only first and only before a scale or a
                          fraction word ("a million", "a third of") */
};

typedef struct bayan__nw {
    const char *key;
    unsigned char type;
    unsigned char flags;
    double value;
} bayan__nw;

/* Looks up a word key (see bayan__num_key); NULL when it is no number word. */
const bayan__nw *bayan__nw_find(const char *key, size_t len);

/* Builds the lexicon's tables (once; thread-safe). */
void bayan__nw_init(void);

/* May a word whose key ends in these three letters (code points; 0 when the
 * word has two) be a number word? A fast filter: false means certainly not.
 * Call bayan__nw_init first. Inline: the scanner asks it of most words. */
extern unsigned char bayan__nw_triples[65536 / 8];

static inline unsigned bayan__nw_triple_bit(unsigned a, unsigned b, unsigned c)
{
    return (((a & 0xFF) << 16 | (b & 0xFF) << 8 | (c & 0xFF)) * 2654435761u) >> 16;
}

static inline int bayan__nw_triple_ok(unsigned a, unsigned b, unsigned c)
{
    unsigned bit = bayan__nw_triple_bit(a, b, c);
    return (bayan__nw_triples[bit / 8] >> (bit % 8)) & 1;
}


/* The matching key of s[a..b): harakat, tatweel and invisible marks dropped,
 * alef forms to ا, ى to ي, ة to ه, ASCII lowered. Returns its length (< cap),
 * or 0 when it does not fit. */
size_t bayan__num_key(const char *s, size_t a, size_t b, char *out, size_t cap);

#endif

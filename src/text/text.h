/* Internal: the text stage. Checks UTF-8 at the door, skips a BOM, and
 * normalises Arabic presentation forms into the letters they stand for, with
 * a map from normalised offsets back to the original bytes. */
#ifndef BAYAN_TEXT_H
#define BAYAN_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "bayan/common.h"

typedef struct bayan__presform {
    uint32_t cp;
    unsigned char len;
    const char *utf8;
} bayan__presform;

extern const bayan__presform bayan__presforms[];
extern const size_t bayan__n_presforms;

/* Decodes the code point at s[i] (s valid UTF-8, i < len) into *cp and
 * returns its length in bytes. */
static inline size_t bayan__utf8_next(const char *s, size_t len, size_t i, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s + i;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] < 0xE0 && i + 1 < len) {
        *cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if (u[0] < 0xF0 && i + 2 < len) {
        *cp = ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    if (i + 3 < len) {
        *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) | ((uint32_t)(u[2] & 0x3F) << 6) |
              (u[3] & 0x3F);
        return 4;
    }
    *cp = 0xFFFD;
    return 1;
}

/* Decodes the code point that ends just before s[i] (0 < i): its start is
 * returned through *start. */
static inline uint32_t bayan__utf8_prev(const char *s, size_t i, size_t *start)
{
    size_t j = i - 1;
    uint32_t cp;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4)
        j--;
    bayan__utf8_next(s, i, j, &cp);
    *start = j;
    return cp;
}

/* Checks that s[0..len) is well-formed UTF-8 (no overlongs, surrogates or
 * values above U+10FFFF). Returns 1, or 0 with *bad the offset of the first
 * byte that cannot start or continue a character there. */
int bayan__utf8_valid(const char *s, size_t len, size_t *bad);

/* 1-based line and column (in code points) of byte offset off in s; a line
 * ends at LF (a CR before it belongs to the line). */
void bayan__text_linecol(const char *s, size_t len, size_t off, unsigned *line, unsigned *col);

/* Normalises the text for matching. When nothing needs changing (no BOM, no
 * presentation forms) *norm and *map are set to NULL. Otherwise *norm is a new
 * NUL-terminated string and *map has *norm_len + 1 entries: map[i] is the
 * original offset of the character that produced norm byte i. *first_pf is
 * the original offset of the first presentation form, or (size_t)-1.
 * Returns BAYAN_OK or BAYAN_ENOMEM. */
bayan_status bayan__text_normalize(const char *s, size_t len, char **norm, size_t *norm_len, size_t **map,
                                   size_t *first_pf, size_t *n_pf);

/* Is cp a mark that is invisible in the text and transparent to matching:
 * bidi controls (U+200E/F, U+061C, U+202A-U+202E, U+2066-U+2069), zero-width
 * (non-)joiners and spaces (U+200B-U+200D, U+2060, U+FEFF), the soft hyphen? */
static inline int bayan__is_invisible(uint32_t cp)
{
    return cp == 0x061C || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

/* Arabic letters (the base block and its supplements), tatweel and harakat
 * included. */
static inline int bayan__is_arabic_letter(uint32_t cp)
{
    return (cp >= 0x0620 && cp <= 0x065F) || (cp >= 0x066E && cp <= 0x06D3) || cp == 0x06D5 ||
           (cp >= 0x06FA && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF) ||
           cp == 0x0670;
}

#endif

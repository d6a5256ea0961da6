/* UTF-8 checking and positions. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/text.h"

/* Are the eight bytes of w (read from memory in little-endian order: the
 * first byte lowest) four two-byte characters with lead bytes 0xD0-0xDF?
 * On a big-endian machine the test is done byte by byte. */
static inline int four_pairs(uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return (w & 0xC0F0C0F0C0F0C0F0ull) == 0x80D080D080D080D0ull;
#else
    unsigned char b[8];
    memcpy(b, &w, 8);
    for (int k = 0; k < 8; k += 2)
        if ((b[k] & 0xF0) != 0xD0 || (b[k + 1] & 0xC0) != 0x80)
            return 0;
    return 1;
#endif
}

/* How many of the eight bytes of w (little-endian, as four_pairs) are whole
 * ASCII and two-byte characters (leads 0xC2-0xDF, each followed by one
 * continuation byte): 8, or 7 when the last byte is a lead whose second byte
 * is in the next word; 0 when anything else is there (a three- or four-byte
 * character, a stray continuation byte, an overlong C0/C1 lead). Arabic
 * prose mixes letters with spaces and punctuation at any offset, which
 * four_pairs alone rejects. */
static inline int ascii_or_pairs(uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t one = 0x0101010101010101ull;
    uint64_t b7 = (w >> 7) & one, b6 = (w >> 6) & one, b5 = (w >> 5) & one;
    uint64_t cont = b7 & ~b6, lead = b7 & b6 & ~b5, longer = b7 & b6 & b5;
    uint64_t some = ((w >> 1) | (w >> 2) | (w >> 3) | (w >> 4)) & one; /* C0/C1 have none of bits 1-4 */
    if (longer || (lead & ~some) || cont != (lead << 8))
        return 0;
    return (lead >> 56) ? 7 : 8;
#else
    (void)w;
    return 0;
#endif
}

#ifdef __SSE2__
/* How many of the sixteen bytes at u (i at a character boundary) are whole
 * ASCII and two-byte characters (leads 0xC2-0xDF): 16, or 15 when the last
 * byte is a lead whose second byte comes next; 0 when anything else is
 * there. The same test as ascii_or_pairs, sixteen bytes at a step. */
static inline int ascii_or_pairs16(const unsigned char *u)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
    unsigned high = (unsigned)_mm_movemask_epi8(v);
    if (!high)
        return 16;
    /* unsigned ranges through min/max: lead C2-DF, continuation 80-BF */
    __m128i lead = _mm_and_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8((char)0xC2)), v),
                                 _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8((char)0xDF)), v));
    __m128i cont = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8((char)0xBF)), v);
    unsigned l = (unsigned)_mm_movemask_epi8(lead), c = (unsigned)_mm_movemask_epi8(cont) & high;
    if ((high & ~(l | c)) || c != ((l << 1) & 0xFFFFu))
        return 0;
    return (l >> 15) ? 15 : 16;
}
#endif

/* Running text is almost all ASCII and two-byte characters (Arabic, Latin
 * accents), so those take tight loops: sixteen bytes at a step with SSE2
 * (every x86-64), else ASCII eight bytes at a time and four two-byte
 * characters with lead bytes 0xD0-0xDF (Arabic, Hebrew, Cyrillic) checked
 * as one 64-bit word. Anything else goes through the full check of one
 * character, which also finds the offset to blame. */
int bayan__utf8_valid(const char *s, size_t len, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    for (;;) {
        for (;;) {
#ifdef __SSE2__
            if (i + 16 <= len) {
                int k = ascii_or_pairs16(u + i);
                if (k) {
                    i += (size_t)k;
                    continue;
                }
            }
#endif
            if (i + 8 <= len) {
                uint64_t w;
                memcpy(&w, u + i, 8);
                if (!(w & 0x8080808080808080ull)) {
                    i += 8;
                    continue;
                }
                /* little-endian byte order: lead bytes at even offsets */
                if (four_pairs(w)) {
                    i += 8;
                    continue;
                }
                int k = ascii_or_pairs(w);
                if (k) {
                    i += (size_t)k;
                    continue;
                }
            }
            if (i >= len)
                return 1;
            unsigned c = u[i];
            if (c < 0x80) {
                i++;
                continue;
            }
            if (c - 0xC2u < 0x1Eu && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            break;
        }
        unsigned char c = u[i];
        size_t n;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            n = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F; /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            *bad = i;
            return 0;
        }
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len) {
                *bad = i; /* cut short by the end: blame the lead byte */
                return 0;
            }
            unsigned char d = u[i + k];
            unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (d < l || d > h) {
                *bad = i + k;
                return 0;
            }
        }
        i += n + 1;
    }
}

void bayan__text_linecol(const char *s, size_t len, size_t off, unsigned *line, unsigned *col)
{
    unsigned l = 1, c = 1;
    size_t start = 0;
    if (len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
        start = 3; /* the BOM is not a column */
    if (off > len)
        off = len;
    for (size_t i = start < off ? start : off; i < off; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == '\n') {
            l++;
            c = 1;
        } else if ((b & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* The word-level view of a sentence for the claim rules: keys, tokens,
 * sentence ends. Works on doc->norm, which the text stage validated. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract/claims.h"

size_t bayan__cl_u8(const char *s, size_t len, size_t i, unsigned *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[i];
    size_t n = 1;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        c &= 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (i + n > len) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k < n; k++) {
        if ((u[i + k] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (u[i + k] & 0x3F);
    }
    *cp = c;
    return n;
}

/* The common cases inline: ASCII and the two-byte Arabic block. */
static inline size_t u8_fast(const char *s, size_t len, size_t i, unsigned *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
        *cp = ((unsigned)(c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F);
        return 2;
    }
    return bayan__cl_u8(s, len, i, cp);
}

static int is_mark(unsigned cp)
{
    return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
}

static int is_letter(unsigned cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        return 1;
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
        return 1;
    if ((cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) || cp == 0x06D5 ||
        (cp >= 0x06FA && cp <= 0x06FF))
        return 1;
    return 0;
}

static int is_digit_cp(unsigned cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9);
}

static int is_word_cp(unsigned cp)
{
    return is_letter(cp) || is_mark(cp) || is_digit_cp(cp);
}

static int is_boundary_punct(unsigned cp)
{
    switch (cp) {
    case ',': case ';': case ':': case '(': case ')': case '[': case ']': case '|':
    case 0x060C: /* ، */
    case 0x061B: /* ؛ */
    case 0x2013: case 0x2014: /* en and em dash */
    case '.': case '!': case '?': case 0x061F:
        return 1;
    }
    return 0;
}

static size_t put_cp(char *out, size_t pos, unsigned cp)
{
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    if (pos + n >= BAYAN__KEY_MAX)
        return 0;
    memcpy(out + pos, tmp, n);
    return n;
}

/* The Arabic block U+0600-U+06FF, for keys and word ends: 0 for a
 * character that is not part of a word, 1 for one a key leaves out
 * (harakat, tatweel, superscript alef), else what the key writes for it
 * (alef forms as ا, ة as ه, ى and ی as ي, ک as ك, digits as ASCII);
 * U+0600 + i at i. Generated from is_mark, is_letter, is_digit_cp and the
 * folds in the generic path of bayan__word_key (test_claims_lex checks the keys). */
static const unsigned short ar_tab[256] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0621, 0x0627, 0x0627, 0x0624, 0x0627, 0x0626, 0x0627,
    0x0628, 0x0647, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
    0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637,
    0x0638, 0x0639, 0x063A, 0x063B, 0x063C, 0x063D, 0x063E, 0x063F,
    0x0001, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647,
    0x0648, 0x064A, 0x064A, 0x0001, 0x0001, 0x0001, 0x0001, 0x0001,
    0x0001, 0x0001, 0x0001, 0x0001, 0x0001, 0x0001, 0x0001, 0x0001,
    0x0001, 0x0001, 0x0001, 0x0001, 0x0001, 0x0001, 0x0001, 0x0001,
    0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037,
    0x0038, 0x0039, 0x0000, 0x0000, 0x0000, 0x0000, 0x066E, 0x066F,
    0x0001, 0x0627, 0x0672, 0x0673, 0x0674, 0x0675, 0x0676, 0x0677,
    0x0678, 0x0679, 0x067A, 0x067B, 0x067C, 0x067D, 0x067E, 0x067F,
    0x0680, 0x0681, 0x0682, 0x0683, 0x0684, 0x0685, 0x0686, 0x0687,
    0x0688, 0x0689, 0x068A, 0x068B, 0x068C, 0x068D, 0x068E, 0x068F,
    0x0690, 0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697,
    0x0698, 0x0699, 0x069A, 0x069B, 0x069C, 0x069D, 0x069E, 0x069F,
    0x06A0, 0x06A1, 0x06A2, 0x06A3, 0x06A4, 0x06A5, 0x06A6, 0x06A7,
    0x06A8, 0x0643, 0x06AA, 0x06AB, 0x06AC, 0x06AD, 0x06AE, 0x06AF,
    0x06B0, 0x06B1, 0x06B2, 0x06B3, 0x06B4, 0x06B5, 0x06B6, 0x06B7,
    0x06B8, 0x06B9, 0x06BA, 0x06BB, 0x06BC, 0x06BD, 0x06BE, 0x06BF,
    0x06C0, 0x06C1, 0x06C2, 0x06C3, 0x06C4, 0x06C5, 0x06C6, 0x06C7,
    0x06C8, 0x06C9, 0x06CA, 0x06CB, 0x064A, 0x06CD, 0x06CE, 0x06CF,
    0x06D0, 0x06D1, 0x06D2, 0x06D3, 0x0000, 0x06D5, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037,
    0x0038, 0x0039, 0x06FA, 0x06FB, 0x06FC, 0x06FD, 0x06FE, 0x06FF,
};

/* The same table as the tokeniser reads it, by (lead byte - 0xD8) << 8 |
 * second byte: 0 for a character that is not part of a word (or a second
 * byte that is not a continuation byte), else the number of key bytes << 30
 * | 1 << 20 | the key bytes (first byte lowest). Generated with ar_tab
 * (test_claims_lex checks the keys the tokeniser makes with it). */
static const uint32_t ar_enc[1024] = {
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x8010A1D8, 0x8010A7D8, 0x8010A7D8, 0x8010A4D8, 0x8010A7D8, 0x8010A6D8, 0x8010A7D8,
    0x8010A8D8, 0x801087D9, 0x8010AAD8, 0x8010ABD8, 0x8010ACD8, 0x8010ADD8, 0x8010AED8, 0x8010AFD8,
    0x8010B0D8, 0x8010B1D8, 0x8010B2D8, 0x8010B3D8, 0x8010B4D8, 0x8010B5D8, 0x8010B6D8, 0x8010B7D8,
    0x8010B8D8, 0x8010B9D8, 0x8010BAD8, 0x8010BBD8, 0x8010BCD8, 0x8010BDD8, 0x8010BED8, 0x8010BFD8,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00100000, 0x801081D9, 0x801082D9, 0x801083D9, 0x801084D9, 0x801085D9, 0x801086D9, 0x801087D9,
    0x801088D9, 0x80108AD9, 0x80108AD9, 0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000,
    0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000,
    0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000, 0x00100000,
    0x40100030, 0x40100031, 0x40100032, 0x40100033, 0x40100034, 0x40100035, 0x40100036, 0x40100037,
    0x40100038, 0x40100039, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x8010AED9, 0x8010AFD9,
    0x00100000, 0x8010A7D8, 0x8010B2D9, 0x8010B3D9, 0x8010B4D9, 0x8010B5D9, 0x8010B6D9, 0x8010B7D9,
    0x8010B8D9, 0x8010B9D9, 0x8010BAD9, 0x8010BBD9, 0x8010BCD9, 0x8010BDD9, 0x8010BED9, 0x8010BFD9,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x801080DA, 0x801081DA, 0x801082DA, 0x801083DA, 0x801084DA, 0x801085DA, 0x801086DA, 0x801087DA,
    0x801088DA, 0x801089DA, 0x80108ADA, 0x80108BDA, 0x80108CDA, 0x80108DDA, 0x80108EDA, 0x80108FDA,
    0x801090DA, 0x801091DA, 0x801092DA, 0x801093DA, 0x801094DA, 0x801095DA, 0x801096DA, 0x801097DA,
    0x801098DA, 0x801099DA, 0x80109ADA, 0x80109BDA, 0x80109CDA, 0x80109DDA, 0x80109EDA, 0x80109FDA,
    0x8010A0DA, 0x8010A1DA, 0x8010A2DA, 0x8010A3DA, 0x8010A4DA, 0x8010A5DA, 0x8010A6DA, 0x8010A7DA,
    0x8010A8DA, 0x801083D9, 0x8010AADA, 0x8010ABDA, 0x8010ACDA, 0x8010ADDA, 0x8010AEDA, 0x8010AFDA,
    0x8010B0DA, 0x8010B1DA, 0x8010B2DA, 0x8010B3DA, 0x8010B4DA, 0x8010B5DA, 0x8010B6DA, 0x8010B7DA,
    0x8010B8DA, 0x8010B9DA, 0x8010BADA, 0x8010BBDA, 0x8010BCDA, 0x8010BDDA, 0x8010BEDA, 0x8010BFDA,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x801080DB, 0x801081DB, 0x801082DB, 0x801083DB, 0x801084DB, 0x801085DB, 0x801086DB, 0x801087DB,
    0x801088DB, 0x801089DB, 0x80108ADB, 0x80108BDB, 0x80108AD9, 0x80108DDB, 0x80108EDB, 0x80108FDB,
    0x801090DB, 0x801091DB, 0x801092DB, 0x801093DB, 0x00000000, 0x801095DB, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x40100030, 0x40100031, 0x40100032, 0x40100033, 0x40100034, 0x40100035, 0x40100036, 0x40100037,
    0x40100038, 0x40100039, 0x8010BADB, 0x8010BBDB, 0x8010BCDB, 0x8010BDDB, 0x8010BEDB, 0x8010BFDB,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
};

/* Stores the two key bytes of an ar_enc entry at k (first byte lowest):
 * one 16-bit store where that is their order in memory. */
static inline void put_key2(char *k, uint32_t e)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint16_t v = (uint16_t)e;
    memcpy(k, &v, 2);
#else
    k[0] = (char)(e & 0xFF);
    k[1] = (char)((e >> 8) & 0xFF);
#endif
}

size_t bayan__word_key(const char *s, size_t len, char *key)
{
    size_t pos = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        /* a run of Arabic word characters through ar_enc, as the tokeniser
         * reads them: two key bytes stored whatever the letter gives, while
         * there is room for two (else the checks below decide) */
        /* (up to im: two bytes to read, and room for two key bytes, as a
         * letter never keys to more bytes than it has) */
        size_t im = pos + 2 < BAYAN__KEY_MAX ? i + (BAYAN__KEY_MAX - 2 - pos) : i;
        if (im > len - 1)
            im = len - 1;
        while (i < im && u[i] - 0xD8u <= 3u) {
            uint32_t e = ar_enc[((u[i] - 0xD8u) << 8) | u[i + 1]];
            if (!e)
                break;
            put_key2(key + pos, e);
            pos += e >> 30;
            i += 2;
        }
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (pos + 1 >= BAYAN__KEY_MAX)
                break;
            key[pos++] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
            i++;
            continue;
        }
        /* the Arabic block through its table */
        if (c >= 0xD8 && c <= 0xDB && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            unsigned v = ar_tab[((c & 3u) << 6) | ((unsigned char)s[i + 1] & 0x3F)];
            i += 2;
            if (v == 1)
                continue;
            if (v == 0)
                v = 0x0600u | (((c & 3u) << 6) | ((unsigned char)s[i - 1] & 0x3F));
            if (v < 0x80) {
                if (pos + 1 >= BAYAN__KEY_MAX)
                    break;
                key[pos++] = (char)v;
            } else {
                if (pos + 2 >= BAYAN__KEY_MAX)
                    break;
                key[pos++] = (char)(0xC0 | (v >> 6));
                key[pos++] = (char)(0x80 | (v & 0x3F));
            }
            continue;
        }
        unsigned cp;
        i += u8_fast(s, len, i, &cp);
        if (is_mark(cp))
            continue;
        if (cp >= 'A' && cp <= 'Z')
            cp += 32;
        else if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671)
            cp = 0x0627;
        else if (cp == 0x0629)
            cp = 0x0647;
        else if (cp == 0x0649 || cp == 0x06CC)
            cp = 0x064A;
        else if (cp == 0x06A9)
            cp = 0x0643;
        else if (cp >= 0x0660 && cp <= 0x0669)
            cp = '0' + (cp - 0x0660);
        else if (cp >= 0x06F0 && cp <= 0x06F9)
            cp = '0' + (cp - 0x06F0);
        else if (cp == 0x2019)
            cp = '\'';
        size_t n = put_cp(key, pos, cp);
        if (!n)
            break;
        pos += n;
    }
    key[pos] = '\0';
    return pos;
}

size_t bayan__num_begin(const bayan__num *n)
{
    /* a qualifier is a few words: a span reaching much further back than
     * its numeral is not trusted */
    if (n->num_end > n->num_start && n->num_start >= n->start && n->num_start - n->start > 120)
        return n->qual_end > n->qual_start && n->qual_start <= n->num_start && n->num_start - n->qual_start <= 120
                   ? n->qual_start
                   : n->num_start;
    return n->start;
}

/* First number whose span ends after off (nums are in text order: each
 * starts where the one before ended or later), searched from lo, an index
 * known to be at or before it. A few steps forward first: sentences are
 * tokenised in text order, so the answer is usually next to lo, and a
 * binary search over a large document's numbers misses the cache at every
 * step. */
static size_t first_num_after_from(const bayan_doc *doc, size_t lo, size_t off)
{
    size_t hi = doc->n_nums, lim = lo + 16 < hi ? lo + 16 : hi;
    while (lo < lim && doc->nums[lo].end <= off)
        lo++;
    if (lo < lim || lo == hi)
        return lo;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->nums[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Doubles the token array; 0 when out of memory. */
static int grow_toks(bayan__sent *sent)
{
    size_t ncap = sent->cap ? sent->cap * 2 : 64;
    bayan__tok *p = realloc(sent->toks, ncap * sizeof *p);
    if (!p)
        return 0;
    sent->toks = p;
    sent->cap = ncap;
    return 1;
}

/* The token array while a sentence is tokenised, in locals: the keys are
 * stored through char pointers, which may alias the sentence's own
 * fields, so these would be reloaded after every key byte. */
typedef struct tok_list {
    bayan__tok *toks;
    size_t n, cap;
} tok_list;

/* Room for one more token; NULL when out of memory. */
static inline bayan__tok *new_tok(bayan__sent *sent, tok_list *tl)
{
    if (tl->n == tl->cap) {
        sent->n = tl->n;
        if (!grow_toks(sent))
            return NULL;
        tl->toks = sent->toks;
        tl->cap = sent->cap;
    }
    /* only the fields every token needs: the masks are filled when a rule
     * first asks (see claims.c), so they are not cleared here */
    bayan__tok *t = &tl->toks[tl->n++];
    t->num = -1;
    t->punct = 0;
    t->upper = 0;
    t->conj = 0;
    t->c_stop = -1;
    t->masked = 0;
    t->word = 1;
    return t;
}

/* Byte classes for the tokeniser: the ASCII word characters. */
static const unsigned char ascii_word_tab[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1};

/* The code point at s[i] when it is a word character, else 0; *n its
 * length, *fold what its key writes for it (0: nothing, as for harakat). */
static inline unsigned word_cp_at(const char *s, size_t len, size_t i, size_t *n, unsigned *fold)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *n = 1;
        *fold = (unsigned)c - 'A' < 26u ? c + 32u : c;
        return ascii_word_tab[c] ? c : 0;
    }
    if (c >= 0xD8 && c <= 0xDB && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
        unsigned x = ((c & 3u) << 6) | ((unsigned char)s[i + 1] & 0x3F);
        unsigned v = ar_tab[x];
        *n = 2;
        *fold = v == 1 ? 0 : v;
        return v ? 0x0600u | x : 0;
    }
    unsigned cp;
    *n = u8_fast(s, len, i, &cp);
    /* no harakat out here: a word character keys as itself */
    *fold = cp;
    return is_word_cp(cp) ? cp : 0;
}

/* Appends code point v to a key being built, kl bytes long so far, and
 * returns the new length. bayan__word_key's rule: a key holds at most
 * BAYAN__KEY_MAX - 1 bytes and the first code point that does not fit ends
 * it, so *klim (the room) drops to 0 then. v == 0 appends nothing. */
static inline size_t key_put(char *k, size_t kl, size_t *klim, unsigned v)
{
    if (!v)
        return kl;
    if (v < 0x80) {
        if (kl + 1 > *klim) {
            *klim = 0;
            return kl;
        }
        k[kl] = (char)v;
        return kl + 1;
    }
    if (v < 0x800) {
        if (kl + 2 > *klim) {
            *klim = 0;
            return kl;
        }
        k[kl] = (char)(0xC0 | (v >> 6));
        k[kl + 1] = (char)(0x80 | (v & 0x3F));
        return kl + 2;
    }
    size_t n = *klim ? put_cp(k, kl, v) : 0;
    if (!n)
        *klim = 0;
    return kl + n;
}

/* The key fields of token t, whose key is k[0, kl) (NUL written here). */
static inline void key_done(bayan__tok *t, char *k, size_t kl)
{
    k[kl] = '\0';
    t->key = k;
    t->klen = (unsigned char)kl;
    /* ar_conj in claims.c: a leading و or ف before two more letters */
    if (kl >= 4 && (unsigned char)k[0] == 0xD9 && ((unsigned char)k[1] == 0x88 || (unsigned char)k[1] == 0x81)) {
        int c = 0;
        for (size_t q = 2; q < kl && c < 2; q++)
            c += ((unsigned char)k[q] & 0xC0) != 0x80;
        if (c >= 2)
            t->conj = 2;
    }
}

bayan_status bayan__sent_tokenize(const bayan_doc *doc, size_t start, size_t end, bayan__sent *sent)
{
    const char *s = doc->norm;
    size_t len = doc->norm_len;
    size_t hint = sent->num_hint <= doc->n_nums ? sent->num_hint : 0;
    if (hint && doc->nums[hint - 1].end > start)
        hint = 0; /* not a sentence after the last one */
    size_t k = first_num_after_from(doc, hint, start);
    int clause = 0;
    sent->n = 0;
    sent->start = start;
    sent->end = end;
    /* a key is never longer than three bytes per byte of its token, plus
     * its NUL, and a number keeps room for a whole key (made when a rule
     * asks: claims.c): room for the whole sentence at once, so keys never
     * move */
    size_t max_nums = first_num_after_from(doc, k, end) - k + 1;
    size_t need = 4 * (end > start ? end - start : 0) + 64 + BAYAN__KEY_MAX * max_nums;
    if (sent->kcap < need) {
        char *p = realloc(sent->keys, need);
        if (!p)
            return BAYAN_ENOMEM;
        sent->keys = p;
        sent->kcap = need;
    }
    /* the number tokens' indices: no more than the numbers there */
    if (sent->num_toks_cap < max_nums) {
        size_t cap = max_nums < 64 ? 64 : max_nums;
        long *p = realloc(sent->num_toks, cap * sizeof *p);
        if (!p)
            return BAYAN_ENOMEM;
        sent->num_toks = p;
        sent->num_toks_cap = cap;
    }
    long *const num_toks = sent->num_toks;
    size_t n_num_toks = 0;
    size_t kpos = 0;
    char *const keys = sent->keys;
    tok_list tl = {sent->toks, 0, sent->cap};
    while (k < doc->n_nums && doc->nums[k].end <= start)
        k++;
    size_t next_num = k < doc->n_nums ? bayan__num_begin(&doc->nums[k]) : (size_t)-1;
    for (size_t i = start; i < end;) {
        if (i >= next_num) {
            bayan__tok *t = new_tok(sent, &tl);
            if (!t)
                return BAYAN_ENOMEM;
            t->start = i;
            t->end = doc->nums[k].end < end ? doc->nums[k].end : end;
            t->num = (int32_t)k;
            num_toks[n_num_toks++] = (long)(tl.n - 1);
            t->word = 0;
            t->clause = clause;
            t->key = keys + kpos; /* keyed on first use: bayan__tok_key_num */
            t->klen = BAYAN__TOK_UNKEYED;
            kpos += BAYAN__KEY_MAX;
            i = t->end > i ? t->end : i + 1;
            k++;
            while (k < doc->n_nums && doc->nums[k].end <= i)
                k++;
            next_num = k < doc->n_nums ? bayan__num_begin(&doc->nums[k]) : (size_t)-1;
            if (next_num < i)
                next_num = i; /* overlapping spans: the next number starts here */
            continue;
        }
        unsigned char c0 = (unsigned char)s[i];
        if (c0 == ' ') {
            i++;
            continue;
        }
        size_t n = 0;
        unsigned f = 0, cp;
        size_t lim = end < next_num ? end : next_num;
        const unsigned char *u = (const unsigned char *)s;
        uint32_t e0 = 0;
        if (c0 - 0xD8u <= 3u && i + 1 < lim && (e0 = ar_enc[((c0 - 0xD8u) << 8) | u[i + 1]]) != 0)
            cp = 0x0600; /* an Arabic word: its first letter is keyed from e0 below */
        else
            cp = word_cp_at(s, len, i, &n, &f);
        if (cp) {
            /* the key is made while the word is read */
            char *kk = keys + kpos;
            size_t klim = BAYAN__KEY_MAX - 1;
            size_t kl, j;
            if (e0) {
                put_key2(kk, e0);
                kl = e0 >> 30;
                j = i + 2;
            } else {
                kl = key_put(kk, 0, &klim, f);
                j = i + n;
            }
            while (j < lim) {
                /* a run of Arabic letters: the common case, in locals; two
                 * key bytes are stored whatever the letter gives (the key
                 * has room), the length says how many count */
                /* (at most two key bytes for two bytes read: up to jm
                 * the key cannot run out of room, so it is not checked) */
                size_t jm = klim > kl ? j + (klim - kl) : j;
                if (jm > lim)
                    jm = lim;
                while (j + 1 < jm) {
                    unsigned c = u[j] - 0xD8u;
                    if (c > 3u)
                        break;
                    uint32_t e = ar_enc[(c << 8) | u[j + 1]];
                    if (!e)
                        break;
                    j += 2;
                    put_key2(kk + kl, e);
                    kl += e >> 30;
                }
                if (j >= lim || u[j] == ' ')
                    break;
                if (u[j] < 0x80 && ascii_word_tab[u[j]] && j < jm) {
                    /* a run of ASCII letters and digits (an English word),
                     * in locals too: one key byte a byte, so room up to jm */
                    do {
                        kk[kl++] = (char)((unsigned)u[j] - 'A' < 26u ? u[j] + 32 : u[j]);
                        j++;
                    } while (j < jm && u[j] < 0x80 && ascii_word_tab[u[j]]);
                    continue;
                }
                if (j >= lim)
                    break;
                size_t m;
                unsigned c2 = word_cp_at(s, len, j, &m, &f);
                if (c2) {
                    kl = key_put(kk, kl, &klim, f);
                    j += m;
                    continue;
                }
                u8_fast(s, len, j, &c2);
                /* world's, U.S., well-known: inner marks between letters */
                if ((c2 == '\'' || c2 == 0x2019 || c2 == '-' || c2 == '.') && j + m < end) {
                    unsigned c3;
                    u8_fast(s, len, j + m, &c3);
                    if ((c3 < 0x250 && is_letter(c3) && c2 != '.') ||
                        (c2 == '.' && c3 < 0x80 && is_letter(c3) && j - i <= 2)) {
                        kl = key_put(kk, kl, &klim, c2 == 0x2019 ? '\'' : c2);
                        j += m;
                        continue;
                    }
                }
                break;
            }
            bayan__tok *t = new_tok(sent, &tl);
            if (!t)
                return BAYAN_ENOMEM;
            t->start = i;
            t->end = j;
            t->clause = clause;
            t->upper = cp >= 'A' && cp <= 'Z';
            key_done(t, kk, kl);
            kpos += kl + 1;
            /* (the space after it too, as the loop would: j < lim, so
             * j + 1 <= next_num) */
            i = j < lim && u[j] == ' ' ? j + 1 : j;
            continue;
        }
        if (c0 < 0x80)
            n = 1;
        u8_fast(s, len, i, &cp);
        if (is_boundary_punct(cp) || (cp == '-' && i > start && s[i - 1] == ' ')) {
            clause++;
            bayan__tok *t = new_tok(sent, &tl);
            if (!t)
                return BAYAN_ENOMEM;
            t->start = i;
            t->end = i + n;
            t->punct = 1;
            t->word = 0;
            t->clause = clause;
            char *kk = keys + kpos;
            for (size_t q = 0; q < n; q++)
                kk[q] = s[i + q];
            kk[n] = '\0';
            t->key = kk;
            t->klen = (unsigned char)n;
            kpos += n + 1;
        }
        i += n;
    }
    sent->n = tl.n;
    sent->n_num_toks = n_num_toks;
    sent->num_hint = k;
    return BAYAN_OK;
}

void bayan__tok_key_num(const bayan_doc *doc, bayan__tok *t)
{
    char *kk = (char *)t->key;
    bayan__word_key(doc->norm + t->start, t->end - t->start, kk);
    key_done(t, kk, strlen(kk)); /* (a NUL in the text ends the key) */
}

void bayan__sent_free(bayan__sent *sent)
{
    if (!sent)
        return;
    free(sent->toks);
    free(sent->keys);
    free(sent->num_toks);
    sent->toks = NULL;
    sent->keys = NULL;
    sent->num_toks = NULL;
    sent->n = sent->cap = sent->kcap = 0;
    sent->n_num_toks = sent->num_toks_cap = 0;
}

static int abbrev_before(const char *s, size_t dot)
{
    static const char *const abbr[] = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "corp", "ltd",
                                       "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                       "sept", "oct", "nov", "dec", "gov", "sen", "rep", "prof", "gen", "est",
                                       "approx", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", NULL};
    size_t b = dot;
    while (b > 0 && (((unsigned char)s[b - 1] < 0x80 && (s[b - 1] == '.' || (s[b - 1] | 32) >= 'a') &&
                      (s[b - 1] | 32) <= 'z') || s[b - 1] == '.'))
        b--;
    size_t n = dot - b;
    if (n == 0 || n > 6)
        return 0;
    if (n == 1)
        return 1; /* an initial: "J. Smith", "U.S." */
    char w[8];
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(s[b + i] | 32);
    w[n] = '\0';
    for (size_t i = 0; abbr[i]; i++)
        if (w[0] == abbr[i][0] && !strcmp(w, abbr[i])) /* (most fail on the first letter) */
            return 1;
    return 0;
}

/* Bytes that may end a sentence: . ! ? newline, and 0x9F, the second byte
 * of ؟ (D8 9F). Testing 0xD8, the lead byte of half the Arabic letters,
 * would make the loop's branch unpredictable. */
static const unsigned char sent_mark[256] = {['\n'] = 1, ['!'] = 1, ['?'] = 1, ['.'] = 1, [0x9F] = 1};

/* The first i in [i, lim) with sent_mark[s[i]], or lim. Sixteen bytes at a
 * step where SSE2 is there (every x86-64): most bytes are letters. */
#ifdef __SSE2__
/* One bit per byte of s[0, 16) that sent_mark holds. */
static inline unsigned mark_bits16(const unsigned char *s)
{
    const __m128i nl = _mm_set1_epi8('\n'), ex = _mm_set1_epi8('!'), qu = _mm_set1_epi8('?'),
                  dot = _mm_set1_epi8('.'), q2 = _mm_set1_epi8((char)0x9F);
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, ex)),
                               _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, qu), _mm_cmpeq_epi8(v, dot)),
                                            _mm_cmpeq_epi8(v, q2)));
    return (unsigned)_mm_movemask_epi8(hit);
}
#endif

static size_t skip_unmarked(const unsigned char *s, size_t i, size_t lim, size_t len)
{
#ifdef __SSE2__
    while (i + 16 <= lim) {
        unsigned m = mark_bits16(s + i);
        if (m)
            return i + (size_t)__builtin_ctz(m);
        i += 16;
    }
    /* the last step before lim too, while sixteen bytes of the text are
     * there to load: the marks past lim are masked off */
    if (i < lim && i + 16 <= len) {
        unsigned m = mark_bits16(s + i) & ((1u << (lim - i)) - 1);
        return m ? i + (size_t)__builtin_ctz(m) : lim;
    }
#else
    (void)len;
#endif
    while (i < lim && !sent_mark[s[i]])
        i++;
    return i;
}

size_t bayan__sentence_end(const bayan_doc *doc, size_t from, size_t *num_cursor)
{
    const unsigned char *s = (const unsigned char *)doc->norm;
    size_t len = doc->norm_len;
    size_t k = num_cursor ? *num_cursor : 0;
    size_t after_num = (size_t)-1; /* the offset just after the last number */
    while (k < doc->n_nums && doc->nums[k].end <= from)
        k++;
    size_t nb = k < doc->n_nums ? bayan__num_begin(&doc->nums[k]) : len;
    for (size_t i = from; i < len;) {
        if (i >= nb) {
            i = doc->nums[k].end > i ? doc->nums[k].end : i + 1;
            after_num = i;
            k++;
            while (k < doc->n_nums && doc->nums[k].end <= i)
                k++;
            nb = k < doc->n_nums ? bayan__num_begin(&doc->nums[k]) : len;
            continue;
        }
        /* a byte loop up to the next mark or number */
        size_t lim = nb < len ? nb : len;
        i = skip_unmarked(s, i, lim, len);
        if (i >= lim)
            continue;
        unsigned c = s[i];
        if (c == '\n') {
            if (num_cursor)
                *num_cursor = k;
            return i + 1;
        }
        if (c == 0x9F) {
            if (i == 0 || s[i - 1] != 0xD8) {
                i++;
                continue;
            }
            i--; /* ؟ starts at its lead byte */
        }
        int q_ar = c == 0x9F;
        {
            size_t j = i + (q_ar ? 2 : 1);
            while (j < len && (s[j] == '.' || s[j] == '!' || s[j] == '?' || s[j] == '"' || s[j] == ')' ||
                               s[j] == '\''))
                j++;
            int ends = j >= len || s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t' || s[j] >= 0x80;
            if (c == '.' && ends && i != after_num && abbrev_before(doc->norm, i)) /* "7 °C." ends */
                ends = 0;
            if (c == '.' && ends) {
                size_t q = j;
                while (q < len && s[q] == ' ')
                    q++;
                if (q < len && s[q] >= 'a' && s[q] <= 'z')
                    ends = 0;
            }
            if (ends) {
                if (num_cursor)
                    *num_cursor = k;
                return j;
            }
            i = j > i + 1 ? j : i + 1;
        }
    }
    if (num_cursor)
        *num_cursor = k;
    return len;
}

/* The document's string arena: blocks of at least 64 KiB, each string
 * bumped onto the newest block, all freed at once with the claims. */
typedef struct arena_block {
    struct arena_block *next;
    size_t used, cap;
    char data[];
} arena_block;

/* A new newest block with room for n + 1 bytes; NULL when out of memory. */
static __attribute__((noinline)) arena_block *arena_new_block(bayan_doc *doc, size_t n)
{
    size_t cap = n + 1 > 65536 ? n + 1 : 65536;
    arena_block *nb = malloc(sizeof *nb + cap);
    if (!nb)
        return NULL;
    nb->next = doc->arena;
    nb->used = 0;
    nb->cap = cap;
    doc->arena = nb;
    return nb;
}

/* bayan__arena_str, inline where this file copies spans. */
static inline char *arena_put(bayan_doc *doc, const char *str, size_t n)
{
    arena_block *b = doc->arena;
    if (!b || b->cap - b->used < n + 1) {
        b = arena_new_block(doc, n);
        if (!b)
            return NULL;
    }
    char *p = b->data + b->used;
    memcpy(p, str, n);
    p[n] = '\0';
    b->used += n + 1;
    return p;
}

char *bayan__arena_str(bayan_doc *doc, const char *str, size_t n)
{
    return arena_put(doc, str, n);
}

void bayan__arena_free(bayan_doc *doc)
{
    arena_block *b = doc->arena;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    doc->arena = NULL;
}

char *bayan__orig_copy(const bayan_doc *doc, size_t start, size_t end, int *oom)
{
    size_t os, oe;
    if (!bayan__orig_range(doc, start, end, &os, &oe))
        return NULL;
    char *out = malloc(oe - os + 1);
    if (!out) {
        if (oom)
            *oom = 1;
        return NULL;
    }
    memcpy(out, doc->bytes + os, oe - os);
    out[oe - os] = '\0';
    return out;
}

/* 1 when the character at s[i] is surely kept by the trimming in
 * bayan__orig_range: an ASCII letter or digit, or an Arabic letter, digit
 * or mark (U+0620-U+06FF: the Arabic marks it trims, ، ؛ ؟, are below). */
static int keeps_edge(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return ascii_word_tab[c];
    if (c >= 0xD9 && c <= 0xDB)
        return ((unsigned char)s[i + 1] & 0xC0) == 0x80;
    return c == 0xD8 && (unsigned char)s[i + 1] >= 0xA0 && (unsigned char)s[i + 1] <= 0xBF;
}

/* The start of the last character of s[start, end) (end > start). */
static size_t u8_last_lead(const char *s, size_t start, size_t end)
{
    size_t b = end - 1;
    while (b > start && ((unsigned char)s[b] & 0xC0) == 0x80)
        b--;
    return b;
}

/* bayan__orig_range of a span that may need trimming (the rare case). */
static __attribute__((noinline)) int orig_range_trim(const bayan_doc *doc, size_t start, size_t end,
                                                     size_t *os_out, size_t *oe_out)
{
    const char *s = doc->norm;
    while (start < end) {
        unsigned cp;
        size_t n = bayan__cl_u8(s, end, start, &cp);
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || is_boundary_punct(cp) ||
            cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xBB || cp == 0x200F ||
            cp == 0x200E)
            start += n;
        else
            break;
    }
    while (end > start) {
        size_t b = end - 1;
        while (b > start && ((unsigned char)s[b] & 0xC0) == 0x80)
            b--;
        unsigned cp;
        bayan__cl_u8(s, end, b, &cp);
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || is_boundary_punct(cp) ||
            cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xBB || cp == 0x200F ||
            cp == 0x200E)
            end = b;
        else
            break;
    }
    if (start >= end)
        return 0;
    size_t os = bayan__doc_orig(doc, start), oe = bayan__doc_orig(doc, end);
    if (oe <= os || oe > doc->len)
        return 0;
    *os_out = os;
    *oe_out = oe;
    return 1;
}

/* bayan__orig_range, inline where this file copies spans: trims spaces and
 * punctuation that are not part of a phrase; a span from a letter to a
 * letter (nearly all) has nothing to trim. */
static inline int orig_range(const bayan_doc *doc, size_t start, size_t end, size_t *os_out, size_t *oe_out)
{
    const char *s = doc->norm;
    if (start < end && keeps_edge(s, start) && keeps_edge(s, u8_last_lead(s, start, end))) {
        size_t os = bayan__doc_orig(doc, start), oe = bayan__doc_orig(doc, end);
        if (oe <= os || oe > doc->len)
            return 0;
        *os_out = os;
        *oe_out = oe;
        return 1;
    }
    return orig_range_trim(doc, start, end, os_out, oe_out);
}

int bayan__orig_range(const bayan_doc *doc, size_t start, size_t end, size_t *os_out, size_t *oe_out)
{
    return orig_range(doc, start, end, os_out, oe_out);
}

char *bayan__orig_arena(bayan_doc *doc, size_t start, size_t end, int *oom)
{
    size_t os, oe;
    if (!orig_range(doc, start, end, &os, &oe))
        return NULL;
    char *p = arena_put(doc, doc->bytes + os, oe - os);
    if (!p && oom)
        *oom = 1;
    return p;
}

/* The number scanner: finds every number expression in the normalised text.
 *
 * A byte loop stops only at digits, at symbols that can start a number, and
 * at the start of words (a hash lookup decides whether a word is a number
 * word, clitics stripped); everything else is passed over. At a stop a local
 * parser reads the numeral (digits with their separators, or number words
 * combined the Arabic or the English way), then looks around it: a sign, a
 * range, a unit, a qualifier, and what kind of number it is (a year, a date,
 * an ordinal...). All offsets are into doc->norm. */
#include <math.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/mem.h"
#include "common/str.h"
#include "extract/doc.h"
#include "extract/num.h"
#include "extract/num_units.h"
#include "text/text.h"

#define KEYCAP 96

/* A branch the scanner seldom takes (a rule that rarely applies): its code
 * is moved out of the function, to the cold section (gcc splits a function
 * only where a path is known cold, as one that calls a cold function; an
 * expectation alone just moves the code to its end), so that the path most
 * numbers take is compact: the scanner's code is larger than the
 * instruction cache, and misses in it cost as much as its instructions. */
static __attribute__((noinline, cold)) void rare_path(void)
{
    __asm__ volatile("");
}
#define RARE(x) (__builtin_expect(!!(x), 0) ? (rare_path(), 1) : 0)

struct memo;

typedef struct scan {
    const char *s;
    size_t n;
    bayan_lang lang;
    struct memo *memo; /* words already keyed (may be NULL) */
    bayan__num *v;
    size_t cnt, cap;
    size_t last_end; /* end of the last number reported */
} scan;

/* ---- characters ---------------------------------------------------------- */

static __attribute__((noinline, cold)) uint32_t cp_at_slow(const scan *sc, size_t i, size_t *len)
{
    uint32_t cp;
    if (i >= sc->n) {
        *len = 0;
        return 0;
    }
    *len = bayan__utf8_next(sc->s, sc->n, i, &cp);
    return cp;
}

/* The rules read characters one at a time all around each number: ASCII and
 * the two-byte characters (Arabic, Latin-1) are decoded inline, the same way
 * bayan__utf8_next does; the rest in a call. */
static inline __attribute__((always_inline)) uint32_t cp_at(const scan *sc, size_t i, size_t *len)
{
    if (i < sc->n) {
        const unsigned char *u = (const unsigned char *)sc->s + i;
        if (u[0] < 0x80) {
            *len = 1;
            return u[0];
        }
        if (u[0] < 0xE0 && i + 1 < sc->n) {
            *len = 2;
            return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
        }
    }
    return cp_at_slow(sc, i, len);
}

static __attribute__((noinline, cold)) uint32_t cp_before_slow(const scan *sc, size_t i, size_t *start)
{
    if (i == 0) {
        *start = 0;
        return 0;
    }
    return bayan__utf8_prev(sc->s, i, start);
}

/* As bayan__utf8_prev, ASCII and two-byte characters inline. */
static inline __attribute__((always_inline)) uint32_t cp_before(const scan *sc, size_t i, size_t *start)
{
    if (i >= 2) {
        const unsigned char *u = (const unsigned char *)sc->s + i;
        if (u[-1] < 0x80) {
            *start = i - 1;
            return u[-1];
        }
        if ((u[-1] & 0xC0) == 0x80 && u[-2] >= 0xC0 && u[-2] < 0xE0) {
            *start = i - 2;
            return ((uint32_t)(u[-2] & 0x1F) << 6) | (u[-1] & 0x3F);
        }
    }
    return cp_before_slow(sc, i, start);
}

static int digit_val(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0x0660 && cp <= 0x0669)
        return (int)(cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9)
        return (int)(cp - 0x06F0);
    return -1;
}

static int is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000;
}

static int is_latin(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 &&
                                                                    cp != 0xF7);
}

static inline int is_letter_slow(uint32_t cp)
{
    if (cp >= 0x0620 && cp <= 0x064A)
        return 1;
    return is_latin(cp) || bayan__is_arabic_letter(cp);
}

/* cp_class[cp] for cp < 0x800 (ASCII, Latin, Arabic: nearly every character
 * the rules look at): CC_LETTER is_letter, CC_SPACE is_space, CC_INVIS
 * bayan__is_invisible. Built once by bayan__scan_numbers, the only way into
 * this file, before anything reads it. */
enum { CC_LETTER = 1, CC_SPACE = 2, CC_INVIS = 4 };
static unsigned char cp_class[0x800];

static __attribute__((cold)) void build_cp_class(void)
{
    for (uint32_t cp = 0; cp < 0x800; cp++)
        cp_class[cp] = (unsigned char)((is_letter_slow(cp) ? CC_LETTER : 0) | (is_space(cp) ? CC_SPACE : 0) |
                                       (bayan__is_invisible(cp) ? CC_INVIS : 0));
}

static inline int is_letter(uint32_t cp)
{
    return cp < 0x800 ? cp_class[cp] & CC_LETTER : is_letter_slow(cp);
}

/* is_letter(cp) || bayan__is_invisible(cp) */
static inline int is_letter_or_invis(uint32_t cp)
{
    return cp < 0x800 ? cp_class[cp] & (CC_LETTER | CC_INVIS) : is_letter_slow(cp) || bayan__is_invisible(cp);
}

/* is_space(cp) || bayan__is_invisible(cp) */
static inline int is_space_or_invis(uint32_t cp)
{
    return cp < 0x800 ? cp_class[cp] & (CC_SPACE | CC_INVIS) : is_space(cp) || bayan__is_invisible(cp);
}

static int is_dash(uint32_t cp)
{
    return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2212 || cp == 0x2010 || cp == 0x2011;
}

static size_t skip_invis(const scan *sc, size_t i)
{
    size_t l;
    while (i < sc->n && bayan__is_invisible(cp_at(sc, i, &l)))
        i += l;
    return i;
}

static size_t skip_invis_back(const scan *sc, size_t i)
{
    size_t st;
    while (i > 0 && bayan__is_invisible(cp_before(sc, i, &st)))
        i = st;
    return i;
}

static size_t skip_sp_slow(const scan *sc, size_t i);

/* Is the character at u[0] (lead byte b) certainly no space nor invisible
 * mark? ASCII but space and tab; Arabic (lead bytes D8-DB) but U+061C. */
static inline int plain_at(const unsigned char *u, unsigned char b)
{
    return (b < 0x80 && b != ' ' && b != '\t') || (b >= 0xD9 && b <= 0xDB) || (b == 0xD8 && u[1] != 0x9C);
}

/* Spaces and invisible marks, not line breaks. Inline for the usual cases:
 * a letter, or one space then an ASCII character or an Arabic letter. */
static inline __attribute__((always_inline)) size_t skip_sp(const scan *sc, size_t i)
{
    if (i + 1 < sc->n) { /* (the text is NUL-terminated: u[i + 2] may be read) */
        const unsigned char *u = (const unsigned char *)sc->s + i;
        if (u[0] == ' ') {
            if (plain_at(u + 1, u[1]))
                return i + 1;
            return skip_sp_slow(sc, i + 1);
        }
        if (plain_at(u, u[0]))
            return i;
    }
    return skip_sp_slow(sc, i);
}

static __attribute__((noinline)) size_t skip_sp_slow(const scan *sc, size_t i)
{
    size_t l;
    for (;;) {
        if (i < sc->n && (unsigned char)sc->s[i] < 0x80) { /* ASCII: only a space or a tab is skipped */
            if (sc->s[i] != ' ' && sc->s[i] != '\t')
                return i;
            i++;
            continue;
        }
        uint32_t c = cp_at(sc, i, &l);
        if (!l || !is_space_or_invis(c))
            return i;
        i += l;
    }
}

static size_t skip_sp_back_slow(const scan *sc, size_t i);

/* Does the character that ends at u[0] (inclusive) certainly hold no space
 * nor invisible mark? As plain_at, read backwards (p >= 1 bytes before u
 * may be read). */
static inline int plain_before(const unsigned char *u, size_t p)
{
    unsigned char b = u[0];
    if (b < 0x80)
        return b != ' ' && b != '\t';
    return p >= 1 && (b & 0xC0) == 0x80 && ((u[-1] >= 0xD9 && u[-1] <= 0xDB) || (u[-1] == 0xD8 && b != 0x9C));
}

/* As skip_sp, backwards. */
static inline __attribute__((always_inline)) size_t skip_sp_back(const scan *sc, size_t i)
{
    const unsigned char *u = (const unsigned char *)sc->s;
    if (i >= 2) {
        if (u[i - 1] == ' ') {
            if (plain_before(u + i - 2, i - 2))
                return i - 1;
            return skip_sp_back_slow(sc, i - 1);
        }
        if (plain_before(u + i - 1, i - 1))
            return i;
    }
    return skip_sp_back_slow(sc, i);
}

static __attribute__((noinline)) size_t skip_sp_back_slow(const scan *sc, size_t i)
{
    size_t st;
    while (i > 0) {
        unsigned char b = (unsigned char)sc->s[i - 1];
        if (b < 0x80) { /* ASCII: only a space or a tab is skipped */
            if (b != ' ' && b != '\t')
                break;
            i--;
            continue;
        }
        uint32_t c = cp_before(sc, i, &st);
        if (!is_space_or_invis(c))
            break;
        i = st;
    }
    return i;
}

#define bytes_eq bayan__bytes_eq

/* ---- words --------------------------------------------------------------- */

typedef struct word {
    size_t a, b;
    size_t klen;
    char key[KEYCAP]; /* last: copy_word copies only its start when it can */
} word;

/* Four two-byte letters at a step: the pairs D8 A0-BF and D9 80-9F (ء-غ,
 * ف-ي and the harakat: nearly every letter of Arabic prose) are tested as
 * one 64-bit word. Each is a letter by ar_pair too, so only speed changes. */
static inline size_t ar_run8(const unsigned char *u, size_t i, size_t n)
{
    const uint64_t M = 0x00FF00FF00FF00FFULL, ONE = 0x0001000100010001ULL;
#ifdef __SSE2__
    /* eight letters at a step first: a 16-bit lane (lead | trail << 8) is
     * one of these letters when, the trail's low five bits masked off, it
     * is D8 A0 or D9 80; the first lane that is not ends the run (most
     * words end in the first block) */
    while (i + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        __m128i k = _mm_and_si128(x, _mm_set1_epi16((short)0xE0FF));
        __m128i ok = _mm_or_si128(_mm_cmpeq_epi16(k, _mm_set1_epi16((short)0xA0D8)),
                                  _mm_cmpeq_epi16(k, _mm_set1_epi16((short)0x80D9)));
        unsigned bad = ~(unsigned)_mm_movemask_epi8(ok) & 0xFFFF;
        if (bad)
            return i + (size_t)__builtin_ctz(bad); /* (even: both bytes of a lane agree) */
        i += 16;
    }
#endif
    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, u + i, 8);
        if (x >> 63 == 0 && (x & 0x80) == 0)
            break; /* (cheap exit for ASCII) */
        uint64_t lead = x & M, trail = (x >> 8) & M;
        /* little-endian: byte 0 is the first lead byte; 0xD8 or 0xD9 each.
         * A 16-bit lane of bad is not 0 where the pair is not one of these
         * letters: at a word's last block the letters before the first such
         * lane are stepped over at once (where the word ends varies from
         * word to word, so a loop over them mispredicts its exit) */
        uint64_t bad = ((lead | ONE) ^ 0x00D900D900D900D9ULL) |
                       ((trail & 0x00E000E000E000E0ULL) ^ (0x00A000A000A000A0ULL ^ ((lead & ONE) << 5)));
        if (bad)
            return i + 2 * (size_t)(__builtin_ctzll(bad) >> 4);
        i += 8;
    }
    return i;
}

/* The same test backwards: the four letters that end just before i. */
static inline size_t ar_run8_back(const unsigned char *u, size_t i)
{
    const uint64_t M = 0x00FF00FF00FF00FFULL, ONE = 0x0001000100010001ULL;
#ifdef __SSE2__
    /* eight at a step first, as in ar_run8: at the last lane (nearest the
     * start) that is not such a letter, the run goes on from just after it
     * (the lanes after it are whole letters, counted back from i) */
    while (i >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i - 16));
        __m128i k = _mm_and_si128(x, _mm_set1_epi16((short)0xE0FF));
        __m128i ok = _mm_or_si128(_mm_cmpeq_epi16(k, _mm_set1_epi16((short)0xA0D8)),
                                  _mm_cmpeq_epi16(k, _mm_set1_epi16((short)0x80D9)));
        unsigned bad = ~(unsigned)_mm_movemask_epi8(ok) & 0xFFFF;
        if (bad)
            return i - 16 + (size_t)(32 - __builtin_clz(bad)); /* (the last bad byte, odd, + 1) */
        i -= 16;
    }
#endif
    while (i >= 8) {
        uint64_t x;
        memcpy(&x, u + i - 8, 8);
        uint64_t lead = x & M, trail = (x >> 8) & M;
        if ((lead | ONE) != 0x00D900D900D900D9ULL)
            break;
        if ((trail & 0x00E000E000E000E0ULL) != (0x00A000A000A000A0ULL ^ ((lead & ONE) << 5)))
            break;
        i -= 8;
    }
    return i;
}

/* (ar_run8's letters are all letters here too: U+0620-U+065F) */
static size_t word_end(const scan *sc, size_t i)
{
    size_t l;
    i = ar_run8((const unsigned char *)sc->s, i, sc->n);
    for (;;) {
        uint32_t c = cp_at(sc, i, &l);
        if (!l || !is_letter_or_invis(c))
            return i;
        i += l;
    }
}

static size_t word_start(const scan *sc, size_t i)
{
    size_t st;
    i = ar_run8_back((const unsigned char *)sc->s, i);
    while (i > 0) {
        uint32_t c = cp_before(sc, i, &st);
        if (!is_letter_or_invis(c))
            break;
        i = st;
    }
    return i;
}

/* The word starting at i (after spaces); 0 when there is none. */
/* The rules around one number ask for the same few words again and again
 * (the word before it, by a dozen rules): the words already found and keyed
 * are kept by where they start and where they end, in small direct-mapped
 * tables. The text never changes during a scan, so an entry is right as
 * long as its offset matches. */
#define MEMO_SLOTS 256
/* The main loop asks of every word whether it may start a number; the
 * answer depends on the word's bytes alone (its key and the lexicon), and
 * prose repeats its words, so the answers are kept by the raw bytes
 * (hash -> slot, memcmp on a hit): most words are then never keyed. */
#define WMS_SLOTS 2048
#define WMS_MAX 40
typedef struct wms_entry {
    unsigned char len; /* 0: empty */
    unsigned char ok;
    char bytes[WMS_MAX];
} wms_entry;

/* The keys of the words the rules look at (next to numbers: a small
 * vocabulary), kept the same way; a key is never longer than its word. */
#define WK_SLOTS 1024
typedef struct wk_entry {
    unsigned char len; /* 0: empty */
    unsigned char klen;
    char bytes[WMS_MAX];
    char key[WMS_MAX + 1];
} wk_entry;

typedef struct memo {
    word by_start[MEMO_SLOTS];
    word by_end[MEMO_SLOTS];
    wms_entry wms[WMS_SLOTS];
    wk_entry wk[WK_SLOTS];
} memo;

/* A hash of the raw bytes p[0..len), 2 <= len <= WMS_MAX. */
static inline uint64_t raw_hash(const unsigned char *p, size_t len)
{
    uint64_t h;
    if (len >= 8) { /* the first and the last eight bytes (they overlap below 16) */
        uint64_t x, y;
        memcpy(&x, p, 8);
        memcpy(&y, p + len - 8, 8);
        h = (x * 0x9E3779B97F4A7C15ULL) ^ (y + len) * 0xC2B2AE3D27D4EB4FULL;
    } else {
        h = 1469598103934665603ULL ^ len;
        for (size_t k = 0; k < len; k++)
            h = (h ^ p[k]) * 1099511628211ULL;
    }
    return h ^ (h >> 31);
}

static int make_word(const scan *sc, size_t a, size_t b, word *w)
{
    w->a = a;
    w->b = b;
    size_t len = b - a;
    if (sc->memo && len >= 2 && len <= WMS_MAX) {
        const unsigned char *p = (const unsigned char *)sc->s + a;
        uint64_t h = raw_hash(p, len);
        wk_entry *e = &sc->memo->wk[(h ^ (h >> 29)) & (WK_SLOTS - 1)];
        if (e->len == len && bytes_eq(e->bytes, p, len)) {
            w->klen = e->klen;
            memcpy(w->key, e->key, sizeof e->key); /* a fixed size: moves, not a slow "rep movs" */
        } else {
            w->klen = bayan__num_key(sc->s, a, b, w->key, sizeof w->key);
            if (!w->klen)
                w->key[0] = '\0';
            e->len = (unsigned char)len;
            e->klen = (unsigned char)w->klen;
            memcpy(e->bytes, p, len);
            memcpy(e->key, w->key, sizeof e->key); /* (the key and its NUL, a fixed size; w->key is longer) */
        }
        return w->klen > 0;
    }
    w->klen = bayan__num_key(sc->s, a, b, w->key, sizeof w->key);
    if (!w->klen)
        w->key[0] = '\0'; /* too long to key */
    return w->klen > 0;
}

/* Copies a word: the fields and its key through the NUL, as a fixed-size
 * copy of the struct's first 64 bytes when the key ends in them (nearly
 * always), else the whole struct (a fixed-size copy is a few moves; a call to
 * memcpy costs more). */
#define WORD_HEAD 64
static inline void copy_word(word *to, const word *from)
{
    if (offsetof(word, key) + from->klen < WORD_HEAD)
        memcpy(to, from, WORD_HEAD);
    else
        *to = *from;
}

/* klen of a by_start entry that says no word starts there (nor after the
 * spaces there): next_word after a number that ends a clause is asked by
 * several rules. (Never the klen of a word: keys are shorter than KEYCAP.) */
#define NO_WORD ((size_t)-1)

static __attribute__((noinline)) int next_word_slow(const scan *sc, size_t i, word *w)
{
    size_t l, i0 = i;
    i = skip_sp(sc, i);
    if (!is_letter(cp_at(sc, i, &l))) {
        if (sc->memo && i0 < sc->n) {
            /* (at i0 + 1 after one space, as next_word looks: skip_sp
             * answers the same from there) */
            size_t j = i0 + (sc->s[i0] == ' ');
            word *m = &sc->memo->by_start[j % MEMO_SLOTS];
            m->a = m->b = j;
            m->klen = NO_WORD;
        }
        return 0; /* (w is left as it was) */
    }
    if (sc->memo) {
        word *m = &sc->memo->by_start[i % MEMO_SLOTS];
        if (m->a == i && m->b > i) {
            copy_word(w, m);
            return w->klen > 0;
        }
        int ok = make_word(sc, i, word_end(sc, i), w);
        copy_word(m, w);
        return ok;
    }
    return make_word(sc, i, word_end(sc, i), w);
}

/* The word ending at i (before spaces); 0 when there is none. */
static __attribute__((noinline)) int prev_word_slow(const scan *sc, size_t i, word *w)
{
    size_t st;
    i = skip_sp_back(sc, i);
    if (i == 0 || !is_letter(cp_before(sc, i, &st)))
        return 0;
    if (sc->memo) {
        word *m = &sc->memo->by_end[i % MEMO_SLOTS];
        if (m->b == i && m->a < i) {
            copy_word(w, m);
            return w->klen > 0;
        }
        int ok = make_word(sc, word_start(sc, i), i, w);
        copy_word(m, w);
        return ok;
    }
    return make_word(sc, word_start(sc, i), i, w);
}

/* next_word and prev_word, inline for the usual case: a word the memo holds
 * at i itself or after (before) one space. An entry starts (ends) with a
 * letter, and a letter is neither a space nor an invisible mark, so the slow
 * path would skip just that space before reaching the same entry. */
static __attribute__((noinline)) int next_word(const scan *sc, size_t i, word *w)
{
    if (sc->memo && i < sc->n) {
        size_t j = i + (sc->s[i] == ' '); /* (one space: skip_sp's answer when a letter follows) */
        const word *m = &sc->memo->by_start[j % MEMO_SLOTS];
        if (m->a == j) {
            if (m->b > j) {
                copy_word(w, m);
                return w->klen > 0;
            }
            if (m->klen == NO_WORD)
                return 0; /* no word there, as found before */
        }
    }
    return next_word_slow(sc, i, w);
}

static __attribute__((noinline)) int prev_word(const scan *sc, size_t i, word *w)
{
    if (sc->memo && i > 0) {
        size_t j = i - (sc->s[i - 1] == ' '); /* (as in next_word) */
        const word *m = &sc->memo->by_end[j % MEMO_SLOTS];
        if (m->b == j && m->a < j) {
            copy_word(w, m);
            return w->klen > 0;
        }
    }
    return prev_word_slow(sc, i, w);
}

/* Inline, so that strlen of a literal folds and memcmp becomes a compare
 * (a key holds no NUL: klen is its strlen). */
static inline __attribute__((always_inline)) int key_is(const word *w, const char *k)
{
    size_t n = strlen(k);
    return w->klen == n && !memcmp(w->key, k, n);
}

#define AR_WAW "\xd9\x88"
#define AR_FA "\xd9\x81"
#define AR_BA "\xd8\xa8"
#define AR_LAM "\xd9\x84"
#define AR_KAF "\xd9\x83"
#define AR_AL "\xd8\xa7\xd9\x84"

/* The key without a leading و or ف, then ب, ل or ك (as allowed). */
static const char *strip_cl(const char *k, int conj, int prep)
{
    /* (k[2..4] all set: strlen(k) > 4 once the clitic's two bytes matched;
     * the clitics by their bytes: و D9 88, ف D9 81, ب D8 A8, ل D9 84, ك D9 83,
     * k[1] read only when k[0] is no NUL) */
    const unsigned char *u = (const unsigned char *)k;
    if (conj && u[0] == 0xD9 && (u[1] == 0x88 || u[1] == 0x81) && u[2] && u[3] && u[4])
        u += 2;
    if (prep && ((u[0] == 0xD9 && (u[1] == 0x84 || u[1] == 0x83)) || (u[0] == 0xD8 && u[1] == 0xA8)) && u[2] && u[3] &&
        u[4])
        u += 2;
    return (const char *)u;
}

static int key_is_cl(const word *w, const char *k)
{
    return key_is(w, k) || bayan__str_eq(strip_cl(w->key, 1, 0), k) || bayan__str_eq(strip_cl(w->key, 1, 1), k);
}

static int key_in_n(const char *k, size_t n, const char *const *list);
static int key_in(const char *k, const char *const *list);

/* key_in of a word's key, or of the key with its clitics stripped (asked
 * only when stripping changed it). */
static int key_in_cl(const word *w, int conj, int prep, const char *const *list)
{
    if (key_in_n(w->key, w->klen, list)) /* (klen is the key's strlen) */
        return 1;
    const char *b = strip_cl(w->key, conj, prep);
    return b != w->key && key_in_n(b, w->klen - (size_t)(b - w->key), list);
}

/* Matches a phrase of keys (one space between words) forward from i; the
 * first word may carry و/ف when conj. Returns the end, or 0. */
static __attribute__((cold)) size_t phrase_fwd(const scan *sc, size_t i, const char *phrase, int conj)
{
    const char *p = phrase;
    int first = 1;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t pl = sp ? (size_t)(sp - p) : strlen(p);
        word w;
        if (!next_word(sc, i, &w))
            return 0;
        const char *k = first && conj ? strip_cl(w.key, 1, 0) : w.key;
        if (!(strlen(k) == pl && bytes_eq(k, p, pl)) && !(w.klen == pl && bytes_eq(w.key, p, pl)))
            return 0;
        i = w.b;
        p += pl;
        if (*p == ' ')
            p++;
        first = 0;
    }
    return i;
}

/* Words around a number, read once and matched against many phrases. */
typedef struct wcache {
    word w[5];
    int n;
    /* read lazily, as far as a phrase asks (most stop at their first word
     * read): sc is the scan, at where the next word ends (backwards, fwd 0)
     * or starts (forwards, fwd 1), done when no more can be read (five words
     * back or four forward at most) */
    const scan *sc;
    size_t at;
    int done, fwd;
} wcache;

/* The words before a number, up to five; w0 (the word before it, as
 * prev_word found it) is the first. */
static void cache_back(const scan *sc, const word *w0, wcache *c)
{
    c->w[0] = *w0;
    c->n = 1;
    c->sc = sc;
    c->at = w0->a;
    c->done = 0;
    c->fwd = 0;
}

/* Is word k of a cache there (read now when not yet)? */
static int cache_has(wcache *c, int k)
{
    while (c->n <= k && !c->done) {
        if (c->fwd ? c->n < 4 && next_word(c->sc, c->at, &c->w[c->n])
                   : c->n < 5 && prev_word(c->sc, c->at, &c->w[c->n])) {
            c->at = c->fwd ? c->w[c->n].b : c->w[c->n].a;
            c->n++;
        } else {
            c->done = 1;
        }
    }
    return k < c->n;
}

struct wset;

/* The words after i; none when a gate is given and the first word is not
 * in it (then the rest are not read). */
static void cache_fwd_gated(const scan *sc, size_t i, wcache *c, const struct wset *gate);
static void cache_fwd(const scan *sc, size_t i, wcache *c)
{
    cache_fwd_gated(sc, i, c, NULL);
}

static int wset_has(const struct wset *ws, const char *k, size_t n);

static void cache_fwd_gated(const scan *sc, size_t i, wcache *c, const struct wset *gate)
{
    c->n = 0;
    c->sc = sc;
    c->at = i;
    c->done = 0;
    c->fwd = 1;
    if (gate && (!cache_has(c, 0) || !wset_has(gate, c->w[0].key, c->w[0].klen))) {
        c->n = 0;
        c->done = 1;
    }
}

/* phrase_back against a cache (c->w[0] is the nearest word); plen is
 * strlen(phrase), last the length of its last word when the caller knows it
 * (else (size_t)-1). */
static size_t phrase_back_c(wcache *c, const char *phrase, size_t plen, size_t last, int conj, int prep)
{
    const char *end = phrase + plen;
    int k = 0;
    size_t start = (size_t)-1;
    while (end > phrase) {
        const char *b = end;
        if (last != (size_t)-1) {
            b = end - last; /* known: no walk back to the space before it */
            last = (size_t)-1;
        } else {
            while (b > phrase && b[-1] != ' ')
                b--;
        }
        size_t pl = (size_t)(end - b);
        if (!cache_has(c, k))
            return (size_t)-1;
        const word *w = &c->w[k];
        int ok = w->klen == pl && bytes_eq(w->key, b, pl);
        if (!ok && b == phrase) {
            const char *kk = strip_cl(w->key, conj, prep);
            ok = w->klen - (size_t)(kk - w->key) == pl && bytes_eq(kk, b, pl); /* (klen: strlen of key) */
        }
        if (!ok)
            return (size_t)-1;
        start = w->a;
        k++;
        end = b > phrase ? b - 1 : b;
    }
    return start;
}

/* phrase_fwd against a cache (conj: the first word may carry و/ف). */
static size_t phrase_fwd_c(wcache *c, const char *phrase, int conj)
{
    const char *p = phrase;
    int k = 0;
    size_t e = 0;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t pl = sp ? (size_t)(sp - p) : strlen(p);
        if (!cache_has(c, k))
            return 0;
        const word *w = &c->w[k];
        const char *kk = k == 0 && conj ? strip_cl(w->key, 1, 0) : w->key;
        if (!(strlen(kk) == pl && bytes_eq(kk, p, pl)) && !(w->klen == pl && bytes_eq(w->key, p, pl)))
            return 0;
        e = w->b;
        p += pl;
        if (*p == ' ')
            p++;
        k++;
    }
    return e;
}

/* Small sets of words, to tell at once that no phrase of a table can end
 * (or start) with the word at hand. Built once. All the sets share one
 * table of keys, each key with a bit per set it is in: one look-up answers
 * for every set (parse_unit asks four of the same word), in a table roomy
 * enough for short probe chains, a key's bytes, length and bits in one
 * cache line. A wset is its bit. */
#define WSET_SLOTS 4096
typedef struct wset {
    uint32_t bit;
} wset;
typedef struct wf_entry {
    const char *k; /* NULL: empty */
    uint32_t len;
    uint32_t mask; /* the sets the key is in */
} wf_entry;
static wf_entry wf_table[WSET_SLOTS];

/* Eight bytes at a step from each end (keys are mostly 6-16 bytes): a
 * byte-at-a-time hash was a chain of dependent multiplies per key. */
static unsigned wset_hash(const char *k, size_t n)
{
    uint64_t h;
    if (n >= 8) {
        uint64_t x, y;
        memcpy(&x, k, 8);
        memcpy(&y, k + n - 8, 8);
        h = (x * 0x9E3779B97F4A7C15ULL) ^ ((y + n) * 0xC2B2AE3D27D4EB4FULL);
    } else {
        uint64_t x = 0;
        if (n >= 4) { /* two overlapping four-byte reads: no call to memcpy */
            uint32_t lo, hi;
            memcpy(&lo, k, 4);
            memcpy(&hi, k + n - 4, 4);
            x = lo | (uint64_t)hi << 32;
        } else {
            for (size_t i = 0; i < n; i++)
                x = x << 8 | (unsigned char)k[i];
        }
        h = (x + n) * 0x9E3779B97F4A7C15ULL;
    }
    h ^= h >> 29;
    return (unsigned)(h ^ (h >> 17)) & (WSET_SLOTS - 1);
}

static __attribute__((cold)) void wset_add(wset *ws, const char *k, size_t n)
{
    unsigned h = wset_hash(k, n);
    while (wf_table[h].k) {
        if (wf_table[h].len == n && bytes_eq(wf_table[h].k, k, n))
            break;
        h = (h + 1) & (WSET_SLOTS - 1);
    }
    if (!wf_table[h].k) {
        wf_table[h].k = k;
        wf_table[h].len = (uint32_t)n;
    }
    wf_table[h].mask |= ws->bit;
}

/* The bits of the sets that hold the key k (n bytes); 0 for none. */
static uint32_t wset_mask(const char *k, size_t n)
{
    unsigned h = wset_hash(k, n);
    while (wf_table[h].k) {
        if (wf_table[h].len == n && bytes_eq(wf_table[h].k, k, n))
            return wf_table[h].mask;
        h = (h + 1) & (WSET_SLOTS - 1);
    }
    return 0;
}

static int wset_has(const struct wset *ws, const char *k, size_t n)
{
    return (wset_mask(k, n) & ws->bit) != 0;
}

/* The word lists asked most often (per number, several per number) get a
 * hash set each, built once; key_in finds the set by the list's address,
 * hashed into a small table (a walk along the lists cost more than the
 * set lookup once there were sixteen of them). */
#define NLISTS 16
#define LIST_SLOTS 64 /* a power of two, well above NLISTS */
static const char *const *list_ptrs[LIST_SLOTS];
static wset list_sets[NLISTS] = {{1u << 0},  {1u << 1},  {1u << 2},  {1u << 3},  {1u << 4},  {1u << 5},
                                  {1u << 6},  {1u << 7},  {1u << 8},  {1u << 9},  {1u << 10}, {1u << 11},
                                  {1u << 12}, {1u << 13}, {1u << 14}, {1u << 15}}; /* (bits 0-15) */
static unsigned char list_set_of[LIST_SLOTS];
static size_t n_lists;
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;
static __attribute__((cold)) void build_lists(void);
/* The lists' sets, by index (bit LS_BIT(ix) of a key's mask): scan_at asks
 * several of a word at once by one mask. */
enum {
    LS_MULT_NOT_OF, LS_ORDINAL_TEENS, LS_RANGE_WORDS, LS_CHANGE_ING, LS_MONTHS, LS_YEAR_BEFORE, LS_YEAR_WEAK,
    LS_REF_BEFORE, LS_TIME_AFTER, LS_PHONE_BEFORE, LS_AFTER_YEAR_OK, LS_MULT_VERBS, LS_COMPARATIVES,
    LS_CHANGE_VERBS, LS_EXAM_WORDS, LS_WEATHER_WORDS
};
#define LS_BIT(ix) (1u << (ix))

static inline unsigned list_slot(const char *const *list)
{
    uintptr_t a = (uintptr_t)list;
    return (unsigned)((a >> 3) ^ (a >> 9)) & (LIST_SLOTS - 1);
}

static __attribute__((cold)) void add_list(unsigned ix, const char *const *list)
{
    if (ix >= NLISTS)
        return;
    for (const char *const *k = list; *k; k++)
        wset_add(&list_sets[ix], *k, strlen(*k));
    unsigned h = list_slot(list);
    while (list_ptrs[h])
        h = (h + 1) & (LIST_SLOTS - 1);
    list_ptrs[h] = list;
    list_set_of[h] = (unsigned char)ix;
    n_lists++;
}

/* key_in of a key n bytes long (its strlen). (bayan__scan_numbers builds
 * the lists before any rule runs.) */
static int key_in_n(const char *k, size_t n, const char *const *list)
{
    for (unsigned h = list_slot(list); list_ptrs[h]; h = (h + 1) & (LIST_SLOTS - 1))
        if (list_ptrs[h] == list)
            return wset_has(&list_sets[list_set_of[h]], k, n);
    for (; *list; list++)
        if (bayan__str_eq(k, *list)) /* (k is NUL-terminated at n) */
            return 1;
    return 0;
}

static int key_in(const char *k, const char *const *list)
{
    return key_in_n(k, strlen(k), list);
}

/* Unit phrases after a number, and the words that start a unit rule in
 * parse_unit: a word outside unit_gate skips those rules at once. */
static const char *const UNIT_PCT[] = {"في المائه", "في المئه", "في الميه", "بالمائه", "بالمئه", "بالميه",
                                       "percent", "per cent", "pct", NULL};
static const char *const UNIT_PP[] = {"نقطه مئويه", "نقاط مئويه", "نقطتين مئويتين", "نقطتان مئويتان",
                                       "percentage points", "percentage point", NULL};
static const char *const UNIT_KEYWORDS[] = {
    "درجه", "درجات", "درجتين", "درجتان", "degrees", "degree", "سلزيوس", "فهرنهايت", "مئويه", "مرات", "مره",
    "times", "مرتين", "مرتان", "اضعاف", "ضعف", "ضعفا", "fold", NULL};
static wset unit_gate = {1u << 16};
/* The length of each UNIT_PCT and UNIT_PP phrase's first word, so that
 * parse_unit tries only the phrases that start with the word at hand. */
#define MAXUP 16
static size_t pct_first_n[MAXUP], pp_first_n[MAXUP];

/* Does phrase (whose first word is n bytes long) start with w's key? */
static inline int first_word_is(const word *w, const char *phrase, size_t n)
{
    return w->klen == n && bytes_eq(w->key, phrase, n);
}

static wset qb_last = {1u << 17}; /* last words of the qualifiers written before a number */
#define MAXQB 160
static const char *qb_last_w[MAXQB]; /* each qualifier's last word, its length, and whether it is alone */
static size_t qb_last_n[MAXQB];
static int qb_one_word[MAXQB];
static size_t qb_len[MAXQB]; /* strlen of each qualifier */
static size_t qb_count;       /* the qualifiers in the table */
/* By last word: which qualifiers (bits k < MAXQB) end in it, and which of
 * those are that one word alone, so that qual_before tries only those. */
#define QBM_SLOTS 256
#define QBM_WORDS ((MAXQB + 63) / 64)
typedef struct qb_mask {
    const char *w;
    size_t n;
    uint64_t all[QBM_WORDS], one[QBM_WORDS];
} qb_mask;
static qb_mask qbm[QBM_SLOTS];

static qb_mask *qbm_slot(const char *k, size_t n, int add)
{
    unsigned h = wset_hash(k, n) & (QBM_SLOTS - 1);
    for (unsigned probes = 0; probes < QBM_SLOTS; probes++, h = (h + 1) & (QBM_SLOTS - 1)) {
        if (!qbm[h].w) {
            if (!add)
                return NULL;
            qbm[h].w = k;
            qbm[h].n = n;
            return &qbm[h];
        }
        if (qbm[h].n == n && bytes_eq(qbm[h].w, k, n))
            return &qbm[h];
    }
    return NULL;
}

static wset qa_first = {1u << 18}; /* first words of those written after */
#define MAXQA 64
static size_t qa_first_n[MAXQA]; /* the length of each one's first word */
/* The hundredths and thousandths: "42 فلسا" (of the country's dinar,
 * found by the claims stage), "50 هللة", "75 قرشا"; n is strlen(k). */
typedef struct subunit {
    const char *k;
    size_t n;
    const char *code;
    double f;
} subunit;
#define SU(k, code, f) {k, sizeof k - 1, code, f}
static const subunit SUBUNITS[] = {
    SU("فلس", NULL, 0.001),   SU("فلسا", NULL, 0.001),    SU("فلوس", NULL, 0.001),  SU("فلسين", NULL, 0.001),
    SU("فلسان", NULL, 0.001), SU("fils", NULL, 0.001),    SU("هلله", "SAR", 0.01),  SU("هللات", "SAR", 0.01),
    SU("هللا", "SAR", 0.01),  SU("halalas", "SAR", 0.01), SU("قرش", "EGP", 0.01),   SU("قروش", "EGP", 0.01),
    SU("قرشا", "EGP", 0.01),  SU("piastres", "EGP", 0.01), {NULL, 0, NULL, 0}};
#undef SU

/* Every word the unit tables can start with (currency nouns, the English
 * nationality words before them, physical units and their two-word forms' first
 * words, time units, the subunits), and the first words of the two-word
 * physical units: parse_unit asks the tables only for these. */
static wset unit_any = {1u << 19}, phys_first = {1u << 20}, subunit_words = {1u << 21};
static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

static __attribute__((cold)) void build_sets(void)
{
    const char *const *const gate_lists[] = {UNIT_PCT, UNIT_PP, UNIT_KEYWORDS};
    for (size_t g = 0; g < sizeof gate_lists / sizeof gate_lists[0]; g++)
        for (const char *const *k = gate_lists[g]; *k; k++) {
            const char *sp = strchr(*k, ' ');
            size_t n = sp ? (size_t)(sp - *k) : strlen(*k);
            wset_add(&unit_gate, *k, n);
            if (gate_lists[g] == UNIT_PCT && k - UNIT_PCT < MAXUP)
                pct_first_n[k - UNIT_PCT] = n;
            else if (gate_lists[g] == UNIT_PP && k - UNIT_PP < MAXUP)
                pp_first_n[k - UNIT_PP] = n;
        }
    for (const bayan__qualw *t = bayan__quals_before; t->key; t++) {
        const char *sp = strrchr(t->key, ' ');
        const char *last = sp ? sp + 1 : t->key;
        wset_add(&qb_last, last, strlen(last));
        size_t k = (size_t)(t - bayan__quals_before);
        qb_count = k + 1;
        if (k < MAXQB) {
            qb_last_w[k] = last;
            qb_last_n[k] = strlen(last);
            qb_one_word[k] = !sp;
            qb_len[k] = strlen(t->key);
            qb_mask *m = qbm_slot(last, qb_last_n[k], 1);
            if (m) {
                m->all[k / 64] |= (uint64_t)1 << (k % 64);
                if (!sp)
                    m->one[k / 64] |= (uint64_t)1 << (k % 64);
            }
        }
    }
    for (const bayan__qualw *t = bayan__quals_after; t->key; t++) {
        const char *sp = strchr(t->key, ' ');
        wset_add(&qa_first, t->key, sp ? (size_t)(sp - t->key) : strlen(t->key));
        if (t - bayan__quals_after < MAXQA)
            qa_first_n[t - bayan__quals_after] = sp ? (size_t)(sp - t->key) : strlen(t->key);
    }
    const bayan__unitw *const unit_tables[] = {bayan__units_phys, bayan__units_time, bayan__currency_nouns};
    for (size_t t = 0; t < sizeof unit_tables / sizeof unit_tables[0]; t++)
        for (const bayan__unitw *e = unit_tables[t]; e->key; e++) {
            const char *sp = strchr(e->key, ' ');
            wset_add(&unit_any, e->key, sp ? (size_t)(sp - e->key) : strlen(e->key));
            if (sp && unit_tables[t] == bayan__units_phys)
                wset_add(&phys_first, e->key, (size_t)(sp - e->key));
        }
    for (const bayan__unitw *e = bayan__currency_adjs; e->key; e++)
        if (!(e->key[0] & 0x80)) /* the English adjectives that come first: "US dollars", "Kenyan shillings" */
            wset_add(&unit_any, e->key, strlen(e->key));
    for (const subunit *su = SUBUNITS; su->k; su++) {
        wset_add(&unit_any, su->k, su->n);
        wset_add(&subunit_words, su->k, su->n);
    }
}

/* ---- numerals ------------------------------------------------------------ */

typedef struct np {
    double v;
    size_t s, e;
    int flags;
    int ntok;         /* tokens combined */
    int words;        /* any word token */
    int digits_only;  /* a plain run of digits, no separators */
    int int_digits;   /* digits before the decimal point */
    int ambig;        /* a lone ambiguous word ("واحد", "one") */
    int fracamb;      /* a lone "خمس"/"سبع"/"تسع"/"عشر" */
    int code;         /* digits glued into a code: not a number */
    int ordinal;      /* "20th" */
    int year_mark;    /* "2023م", "1445هـ" */
    int dotted;       /* several dots: a date, a version, an address */
    int has_dec;
    int mult;         /* a multiplier word ("ضعف", "double") */
    int dual_only;    /* a lone dual scale word */
    int bclitic;      /* the first word carries ب ("بخمس") */
    int dualn;        /* a dual noun: number and unit in one word ("درجتين") */
    char digs[48];    /* the digits as written, ASCII ("12.5"), for dates and the spoken point */
} np;

/* Zeroing by copying a zero object: gcc turns a memset of this size into
 * "rep stos", slow to start, and these are cleared several times a number. */
static const np NP_ZERO;

/* Reads digits with separators from i (at a digit, or at a leading decimal
 * point). Resolves decimal against grouping by the groups of three. */
static __attribute__((noinline, cold)) int parse_digits_slow(const scan *sc, size_t i, np *r)
{
    enum { MAXG = 24 };
    size_t gs[MAXG], ge[MAXG]; /* group spans */
    uint32_t sep[MAXG];        /* the separator before group k (0 for the first) */
    int glen[MAXG];
    int ng = 0, arabic = 0;
    size_t p = i, l;
    uint32_t c = cp_at(sc, p, &l);
    int lead_dec = 0;
    if (c == '.' || c == 0x066B) {
        lead_dec = 1;
        p += l;
    }
    for (;;) {
        size_t a = p;
        int cnt = 0;
        for (;;) {
            c = cp_at(sc, p, &l);
            int d = digit_val(c);
            if (d < 0 && cnt && bayan__is_invisible(c)) {
                /* a bidi mark between two digits */
                size_t q = skip_invis(sc, p), l3;
                if (digit_val(cp_at(sc, q, &l3)) >= 0) {
                    p = q;
                    continue;
                }
            }
            if (d < 0)
                break;
            if (c > 0x7F)
                arabic = 1;
            cnt++;
            p += l;
        }
        if (!cnt)
            break;
        gs[ng] = a;
        ge[ng] = p;
        glen[ng] = cnt;
        if (ng == 0)
            sep[0] = lead_dec ? '.' : 0;
        ng++;
        if (ng == MAXG)
            break;
        /* a separator between digits */
        size_t q = skip_invis(sc, p);
        uint32_t sc2 = cp_at(sc, q, &l);
        int is_sep = sc2 == '.' || sc2 == ',' || sc2 == 0x066B || sc2 == 0x066C || sc2 == 0x060C || sc2 == 0x2009 ||
                     sc2 == 0x202F || sc2 == 0xA0 || sc2 == '\'';
        if (!is_sep && sc2 == ' ')
            is_sep = 1; /* a plain space groups only in "١ ٢٣٤ ٥٦٧": checked below */
        if (!is_sep)
            break;
        size_t q2 = skip_invis(sc, q + l);
        size_t l2;
        if (digit_val(cp_at(sc, q2, &l2)) < 0)
            break;
        if (sc2 == ' ' || sc2 == '\'') {
            /* exactly three digits must follow, and the run must start small */
            size_t t = q2;
            int k = 0;
            while (digit_val(cp_at(sc, t, &l2)) >= 0 && k < 5) {
                t += l2;
                k++;
            }
            if (k != 3 || glen[0] > 3)
                break;
            if (sc2 == ' ' && ng == 1) {
                /* a plain space needs two such groups: "1 234 567" */
                size_t t2 = t;
                if (cp_at(sc, t2, &l2) != ' ')
                    break;
                t2 += l2;
                int k2 = 0;
                while (digit_val(cp_at(sc, t2, &l2)) >= 0 && k2 < 5) {
                    t2 += l2;
                    k2++;
                }
                if (k2 != 3)
                    break;
            }
        }
        /* "١٬٥": the Arabic thousands sign is resolved like a comma, by the groups */
        sep[ng] = sc2 == 0x066C ? ',' : sc2;
        p = q2;
    }
    if (!ng)
        return 0;
    r->s = i;
    r->flags |= arabic ? BAYAN__NUM_ARABIC_DIGITS : 0;
    /* Which separator is the decimal point? */
    int dec = -1; /* index of the group after the decimal point */
    int cut = ng; /* groups beyond this are not part of the number */
    int nd = 0, nc = 0, nac = 0, nsp = 0;
    for (int k = 1; k < ng; k++) {
        if (sep[k] == 0x066B) {
            dec = k;
            cut = k + 1;
            break;
        }
        if (sep[k] == '.')
            nd++;
        else if (sep[k] == ',')
            nc++;
        else if (sep[k] == 0x060C)
            nac++;
        else
            nsp++;
    }
    if (lead_dec) {
        dec = 0;
        cut = 1;
    } else if (dec < 0 && ng > 1) {
        int kinds = (nd > 0) + (nc > 0) + (nac > 0);
        uint32_t last = sep[ng - 1];
        int nlast = last == '.' ? nd : last == ',' ? nc : last == 0x060C ? nac : 0;
        if (kinds >= 2 && nlast == 1 && (last == '.' || last == ',' || last == 0x060C)) {
            dec = ng - 1;
        } else if (kinds == 1 && nlast == 1 && (last == '.' || last == ',' || last == 0x060C)) {
            if (last == '.')
                dec = ng - 1;
            else if (glen[ng - 1] == 3 && glen[0] <= 3 && !(glen[0] == 1 && sc->s[gs[0]] == '0'))
                dec = -1; /* 1,234: grouping */
            else
                dec = ng - 1;
        } else if (kinds == 1 && nlast >= 2) {
            /* all groups of three: grouping; else a date, a version, an address */
            for (int k = 1; k < ng; k++)
                if (glen[k] != 3 || glen[0] > 3)
                    r->dotted = 1;
        }
        /* grouping separators need groups of three */
        for (int k = 1; k < ng && k != dec; k++) {
            if (glen[k] != 3 || glen[0] > 3) {
                if (!r->dotted) {
                    cut = k;
                    if (dec >= k)
                        dec = -1;
                }
                break;
            }
        }
    }
    if (r->dotted) {
        r->e = ge[ng - 1];
        r->code = 1;
        return 1;
    }
    if (dec >= cut)
        dec = -1;
    /* the value: all digits as an integer mantissa, scaled by the decimals */
    uint64_t mant = 0;
    double big = 0;
    int nmant = 0, frac = 0, intd = 0;
    size_t o = 0;
    for (int k = 0; k < cut; k++) {
        if (k == dec && o + 1 < sizeof r->digs)
            r->digs[o++] = '.';
        for (size_t q = gs[k]; q < ge[k];) {
            int d = digit_val(cp_at(sc, q, &l));
            q += l;
            if (d < 0)
                continue; /* a bidi mark */
            if (nmant < 19)
                mant = mant * 10 + (uint64_t)d;
            else
                big = big * 10 + d;
            nmant++;
            if (dec >= 0 && k >= dec)
                frac++;
            else
                intd++;
            if (o + 1 < sizeof r->digs)
                r->digs[o++] = (char)('0' + d);
        }
    }
    r->digs[o] = '\0';
    double v = (double)mant;
    if (nmant > 19)
        v = v * pow(10, nmant - 19) + big; /* beyond exact integers anyway */
    if (frac)
        v /= pow(10, frac);
    r->v = v;
    r->e = ge[cut - 1];
    r->int_digits = intd;
    r->has_dec = dec >= 0;
    r->digits_only = cut == 1 && dec < 0;
    return 1;
}

/* May the character at u[p] follow a separator without parse_digits_slow
 * reading on: no digit (ASCII, U+0660-U+0669) nor invisible mark (U+061C
 * and others beyond U+07FF)? Only ASCII and lead bytes D8-DA are answered:
 * the rest is left to the slow path. */
static inline int no_digit_at(const unsigned char *u, size_t p)
{
    unsigned char b = u[p];
    if (b < 0x80)
        return (unsigned char)(b - '0') >= 10;
    unsigned char d = u[p + 1]; /* (b is no NUL: u[p + 1] is in the text or its NUL) */
    return (b == 0xD8 && d != 0x9C) || (b == 0xD9 && (d < 0xA0 || d > 0xA9)) || b == 0xDA;
}

/* The separator at u[p] that parse_digits_slow reads between two groups
 * and that the fast path resolves: '.' or "٫" (1), ',', "٬" or "،" (2),
 * or 0; its length in *len. */
static inline int fast_sep(const unsigned char *u, size_t p, size_t *len)
{
    unsigned char b = u[p];
    *len = 1;
    if (b == '.')
        return 1;
    if (b == ',')
        return 2;
    *len = 2;
    if (b == 0xD9 && u[p + 1] == 0xAB)
        return 1;
    if ((b == 0xD9 && u[p + 1] == 0xAC) || (b == 0xD8 && u[p + 1] == 0x8C))
        return 2;
    return 0;
}

/* Does a run of digits end cleanly at u[p]: no digit, invisible mark or
 * separator (. , ' space ٫ ٬ ، and the rest) that parse_digits_slow would
 * read on through? A separator ends it when no digit follows. (The text is
 * NUL-terminated: a byte after one that is no NUL may be read.) */
static inline int digits_end_plain(const unsigned char *u, size_t p)
{
    unsigned char b = u[p];
    if (b == '.' || b == ',' || b == ' ' || b == '\'')
        return no_digit_at(u, p + 1);
    if (b < 0x80)
        return (unsigned char)(b - '0') >= 10;
    unsigned char d = u[p + 1];
    if ((b == 0xD9 && (d == 0xAB || d == 0xAC)) || (b == 0xD8 && d == 0x8C))
        return no_digit_at(u, p + 2);
    return (b == 0xD8 && d != 0x9C) || (b == 0xD9 && (d < 0xA0 || d > 0xA9)) || b == 0xDA;
}

/* A run of digits, ASCII or Arabic-Indic (U+0660-U+0669), from p: its
 * digits appended to mant and to digs[*o..], at most max digits in all;
 * returns where it ends, *nd the digits read, *arabic set by an Arabic
 * one. */
static inline size_t digit_run(const unsigned char *u, size_t p, size_t n, uint64_t *mant, char *digs, size_t *o,
                               size_t max, int *arabic)
{
    while (p < n && *o < max) {
        unsigned d = (unsigned char)(u[p] - '0');
        if (d < 10) {
            p++;
        } else if (u[p] == 0xD9 && (d = (unsigned char)(u[p + 1] - 0xA0)) < 10) {
            p += 2;
            *arabic = 1;
        } else {
            break;
        }
        *mant = *mant * 10 + d;
        digs[(*o)++] = (char)('0' + d);
    }
    return p;
}

/* 10^k for the decimals of parse_digits' usual numbers: exactly the values
 * pow(10, k) gives (each is a double exactly). */
static const double POW10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                               1e15, 1e16, 1e17, 1e18};

/* parse_digits, with the usual numbers read here at once: one run of
 * digits ("2023", "٢٠٢٣"), or two joined by a point or a comma ("12.5",
 * "3,5", "1,234"), ending cleanly; the same answer as parse_digits_slow,
 * which reads the rest (bidi marks, spaces and several separators, Persian
 * digits, a leading point, long runs). */
static int parse_digits(const scan *sc, size_t i, np *r)
{
    enum { MAXD = 18 }; /* digits in all: mant stays exact, digs has room */
    const unsigned char *u = (const unsigned char *)sc->s;
    size_t n = sc->n, o = 0;
    uint64_t mant = 0;
    int arabic = 0;
    char digs[MAXD + 2];
    size_t p = digit_run(u, i, n, &mant, digs, &o, MAXD, &arabic);
    size_t n1 = o;
    if (!n1 || n1 >= MAXD || r->dotted)
        return parse_digits_slow(sc, i, r);
    int grouping = 0;
    size_t n2 = 0;
    if (!digits_end_plain(u, p)) {
        size_t sl;
        int sep = p + 1 < n ? fast_sep(u, p, &sl) : 0;
        if (!sep)
            return parse_digits_slow(sc, i, r);
        size_t b = p + sl;
        p = digit_run(u, b, n, &mant, digs + 1, &o, MAXD, &arabic); /* (digs[n1] is left for the point) */
        n2 = o - n1;
        if (!n2 || o >= MAXD || !digits_end_plain(u, p))
            return parse_digits_slow(sc, i, r);
        /* "1,234": a comma before three digits after at most three, not
         * "0,123" (an ASCII zero: "٠٬٢٤٢" groups), groups; else the
         * separator is the decimal point */
        grouping = sep == 2 && n2 == 3 && n1 <= 3 && !(n1 == 1 && u[i] == '0');
        if (grouping)
            memmove(digs + n1, digs + n1 + 1, n2);
        else
            digs[n1] = '.';
    }
    size_t len = n1 + n2 + (n2 && !grouping);
    memcpy(r->digs, digs, len);
    r->digs[len] = '\0';
    r->s = i;
    r->flags |= arabic ? BAYAN__NUM_ARABIC_DIGITS : 0;
    r->v = n2 && !grouping ? (double)mant / POW10[n2] : (double)mant;
    r->e = p;
    r->int_digits = (int)(grouping ? n1 + n2 : n1);
    r->has_dec = n2 && !grouping;
    r->digits_only = !n2;
    return 1;
}

/* A number-word lookup with clitics: و/ف, then ب/ل/ك, then ال (only for
 * words that take it). *conj says whether و/ف was there. */
static const bayan__nw *lookup(const char *key, size_t klen, int allow_prep, int *conj, int *bprep)
{
    const bayan__nw *w = bayan__nw_find(key, klen);
    *conj = 0;
    *bprep = 0;
    if (w)
        return w;
    if (key[0] & 0x80) {
        const char *k = key;
        if (!strncmp(k, AR_WAW, 2) || !strncmp(k, AR_FA, 2)) {
            k += 2;
            *conj = 1;
            if ((w = bayan__nw_find(k, klen - (size_t)(k - key))))
                return w;
        }
        const char *k2 = k;
        if (allow_prep && (!strncmp(k2, AR_BA, 2) || !strncmp(k2, AR_LAM, 2) || !strncmp(k2, AR_KAF, 2))) {
            if (!strncmp(k2, AR_BA, 2))
                *bprep = 1;
            k2 += 2;
            /* "كمية" is a quantity, not ك + the spoken "مية" (a hundred) */
            if ((w = bayan__nw_find(k2, klen - (size_t)(k2 - key))) &&
                !(!strncmp(k, AR_KAF, 2) && klen - (size_t)(k2 - key) == 6 && !memcmp(k2, "\xd9\x85\xd9\x8a\xd9\x87", 6)))
                return w;
            if (!strncmp(k2, AR_LAM, 2)) { /* لل = ل + ال */
                if ((w = bayan__nw_find(k2 + 2, klen - (size_t)(k2 + 2 - key))) && (w->flags & NWF_AL))
                    return w;
            }
        }
        if (!strncmp(k, AR_AL, 4) && (w = bayan__nw_find(k + 4, klen - (size_t)(k + 4 - key))) &&
            (w->flags & NWF_AL))
            return w;
        if (!strncmp(k2, AR_AL, 4) && k2 != k && (w = bayan__nw_find(k2 + 4, klen - (size_t)(k2 + 4 - key))) &&
            (w->flags & NWF_AL))
            return w;
        *conj = 0;
        *bprep = 0;
    }
    return NULL;
}

/* May lookup find a number word for this key, with or without its clitics?
 * The filter of bayan__nw_triple_ok on the key's last three letters (two
 * or one: 0 before them), which stripping clitics from the front leaves as
 * they are, or turns into the triples the lexicon notes for its two-letter
 * words with a clitic (num_lex.c); only "a", of one letter, has none with a
 * clitic ("وa"), and parse_numeral stops at it all the same. A letter of
 * three bytes is not decoded here: the answer is then yes. */
static int key_may_be_number(const char *key, size_t klen)
{
    const unsigned char *k = (const unsigned char *)key;
    unsigned cps[3] = {0, 0, 0};
    int got = 0;
    size_t j = klen;
    while (j > 0 && got < 3) {
        unsigned cp;
        if (k[j - 1] < 0x80) {
            cp = k[j - 1];
            j--;
        } else if (j >= 2 && (k[j - 1] & 0xC0) == 0x80 && (k[j - 2] & 0xE0) == 0xC0) {
            cp = ((unsigned)(k[j - 2] & 0x1F) << 6) | (k[j - 1] & 0x3F);
            j -= 2;
        } else {
            return 1;
        }
        cps[2 - got++] = cp;
    }
    return bayan__nw_triple_ok(cps[0], cps[1], cps[2]);
}

typedef struct combo {
    double total, cur, lastunit, lastscale;
    int last; /* the last token's type; NW_UNIT.. or 100 for digits */
    int n;
    int en;
} combo;

#define T_DIG 100

/* Adds a token to a number being read; 0 when it does not continue it. */
static int combine(combo *st, int type, double v, int flags, int conj)
{
    int en = (flags & NWF_EN) != 0;
    if (type == T_DIG)
        en = st->en > 0;
    if (st->n == 0) {
        switch (type) {
        case NW_UNIT: case NW_FULL: case NW_TENS: case NW_HUNDS: case T_DIG:
            st->cur = v;
            st->lastunit = v;
            break;
        case NW_TEEN: st->cur = 10; st->lastunit = 10; break;
        case NW_HUND: st->cur = 100; break;
        case NW_SCALE:
            st->total = flags & NWF_DUAL ? 2 * v : v;
            st->lastscale = v;
            break;
        case NW_FRAC: st->cur = v; break;
        default: return 0;
        }
        st->en = type == T_DIG ? -1 : en;
        st->last = type;
        st->n = 1;
        return 1;
    }
    if (type != T_DIG && st->en >= 0 && en != st->en)
        return 0;
    if (st->en < 0 && type != T_DIG)
        st->en = en;
    int after_big = st->last == NW_HUND || st->last == NW_HUNDS || st->last == NW_SCALE ||
                    (st->last == T_DIG && st->n > 1 && fmod(st->cur, 100) == 0);
    int last_unit = st->last == NW_UNIT && st->lastunit < 10;
    switch (type) {
    case NW_TEEN:
        if (!conj && last_unit && !(flags & NWF_EN)) {
            st->cur += 10;
            st->lastunit += 10;
            break;
        }
        if (after_big && fmod(st->cur, 100) == 0) {
            st->cur += 10;
            st->lastunit = 10;
            break;
        }
        return 0;
    case NW_TENS:
        if ((conj || en) && last_unit && !en && fmod(st->cur - st->lastunit, 100) == 0) {
            st->cur += v;
            st->lastunit += v;
            break;
        }
        if (after_big && fmod(st->cur, 100) == 0) {
            st->cur += v;
            st->lastunit = v;
            break;
        }
        return 0;
    case NW_UNIT: case NW_FULL:
        if (en && st->last == NW_TENS && !conj && fmod(st->cur, 10) == 0 && type == NW_UNIT) {
            st->cur += v;
            st->lastunit = v;
            break;
        }
        if (after_big && fmod(st->cur, 100) == 0) {
            st->cur += v;
            st->lastunit = v;
            break;
        }
        return 0;
    case T_DIG:
        if (conj && after_big && fmod(st->cur, 100) == 0 && v < 100) {
            st->cur += v;
            st->lastunit = v;
            break;
        }
        if (conj && st->last == NW_SCALE && st->cur == 0 && st->en == 0 && v >= 1 && v == floor(v) &&
            v < st->lastscale) {
            /* "31 ألفا و500", "3 ملايين و200 ألف": the rest of an Arabic
             * amount, below its scale (a smaller scale may follow) */
            st->cur = v;
            st->lastunit = v;
            break;
        }
        if (!conj && st->last == NW_SCALE && st->cur == 0 && v < 1000 && v == floor(v)) {
            st->cur = v;
            st->lastunit = v;
            break;
        }
        return 0;
    case NW_HUND:
        if (!conj && (last_unit || (st->last == T_DIG && st->cur < 10 && st->cur >= 1)) && st->cur == st->lastunit) {
            st->cur *= 100;
            break;
        }
        if (!conj && en && (st->last == NW_UNIT || st->last == NW_FULL) && st->cur < 100) {
            st->cur *= 100;
            break;
        }
        if (conj && st->last == NW_SCALE && st->cur == 0) {
            st->cur = 100;
            break;
        }
        return 0;
    case NW_HUNDS:
        if (conj && st->last == NW_SCALE && st->cur == 0) {
            st->cur = v;
            break;
        }
        return 0;
    case NW_SCALE:
        if (flags & NWF_DUAL) {
            if (conj && st->last == NW_SCALE && st->cur == 0 && v < st->lastscale) {
                st->total += 2 * v;
                st->lastscale = v;
                break;
            }
            return 0;
        }
        if (!conj && st->cur > 0 && (st->lastscale == 0 || v < st->lastscale || st->total == 0)) {
            st->total += st->cur * v;
            st->cur = 0;
            st->lastscale = v;
            break;
        }
        if (!conj && st->cur == 0 && st->last == NW_SCALE && !(flags & NWF_PLURAL) && v >= 1e6) {
            st->total *= v; /* "ألف مليون" */
            st->lastscale = v;
            break;
        }
        if (conj && st->last == NW_SCALE && st->cur == 0 && v < st->lastscale && !(flags & NWF_PLURAL)) {
            st->total += v;
            st->lastscale = v;
            break;
        }
        return 0;
    case NW_FRAC:
        if (conj && st->last == NW_SCALE && st->cur == 0 && st->lastscale > 0) {
            st->total += v * st->lastscale; /* "مليونين ونصف": and half a million */
            break;
        }
        if (conj && st->last != NW_FRAC) {
            st->cur += v;
            break;
        }
        return 0;
    case NW_FRACPL:
        if (!conj && (st->last == NW_UNIT || st->last == NW_TEEN || st->last == NW_TENS || st->last == T_DIG ||
                      st->last == NW_FULL) && st->lastunit > 0) {
            st->cur = st->cur - st->lastunit + st->lastunit * v;
            break;
        }
        return 0;
    default:
        return 0;
    }
    st->last = type;
    st->n++;
    return 1;
}

/* Reads a numeral starting at i: digits, number words, or both ("2 مليون",
 * "٤ آلاف ٣ مائة و ٢١"). */
static size_t qual_before(const scan *sc, size_t s, bayan_qualifier *q, size_t floor_);

static int parse_numeral(const scan *sc, size_t i, np *r)
{
    combo st;
    memset(&st, 0, sizeof st);
    *r = NP_ZERO;
    r->int_digits = -1;
    size_t p = i, l;
    int first_ambig = 0, first_fracamb = 0, first_teenonly = 0, first_dual = 0, first_digits = 0;
    for (;;) {
        size_t q = st.n ? skip_sp(sc, p) : p;
        int conj = 0, bprep = 0;
        size_t tok_end = 0;
        uint32_t c = cp_at(sc, q, &l);
        word w;
        int have_w = 0; /* w is the word at q, read already */
        /* a separate "و"/"and" before the next token */
        if (st.n) {
            have_w = next_word(sc, q, &w);
            if (have_w && (key_is(&w, AR_WAW) || key_is(&w, "and"))) {
                conj = 1;
                have_w = 0;
                q = skip_sp(sc, w.b);
                c = cp_at(sc, q, &l);
            } else if (RARE(c == '-' && st.en > 0 && (st.last == NW_TENS || st.last == NW_UNIT))) {
                have_w = 0;
                q += l; /* "twenty-five" */
                c = cp_at(sc, q, &l);
            }
        }
        if (digit_val(c) >= 0 || (!st.n && (c == '.' || c == 0x066B))) {
            /* the first token is read into r itself (zero but int_digits,
             * as a fresh np), the next ones aside */
            np d0, *d = r;
            if (st.n) {
                d0 = NP_ZERO;
                d = &d0;
            } else {
                r->int_digits = 0;
            }
            if (!parse_digits(sc, q, d)) {
                if (!st.n)
                    r->int_digits = -1;
                break;
            }
            if (st.n == 0) {
                if (RARE(d->code))
                    return 1;
                first_digits = 1;
            }
            if (st.n) {
                /* "مليون و20%" is two numbers; "٤ آلاف ٣ مائة و ٢١" one */
                size_t l4;
                uint32_t ac = cp_at(sc, skip_sp(sc, d->e), &l4);
                if (d->v != floor(d->v) || d->code || ac == '%' || ac == 0x066A)
                    break;
            }
            if (!combine(&st, T_DIG, d->v, 0, conj))
                break;
            tok_end = d->e;
        } else if (is_letter(c)) {
            if (!have_w && !next_word(sc, q, &w)) /* q is at a letter: the word there, remembered */
                break;
            if (st.n && !key_may_be_number(w.key, w.klen))
                break; /* (what lookup would say, at once: most words after a number) */
            int wconj = 0;
            const bayan__nw *nw = lookup(w.key, w.klen, st.n == 0, &wconj, &bprep);
            if (RARE(!nw && st.n == 0 && (w.key[0] & 0x80))) {
                /* "بنحو الربع", "حوالي النصف": a fraction with the article
                 * right after a word of approximation is an amount (alone,
                 * "الربع الأول" is a quarter of the year) */
                const char *fk = strip_cl(w.key, 1, 0);
                size_t fl = w.klen - (size_t)(fk - w.key);
                const bayan__nw *fw;
                bayan_qualifier aq = BAYAN_Q_NONE;
                if (fl > 4 && !strncmp(fk, AR_AL, 4) && (fw = bayan__nw_find(fk + 4, fl - 4)) &&
                    fw->type == NW_FRAC && qual_before(sc, q, &aq, 0) != (size_t)-1 && aq == BAYAN_Q_APPROX)
                    nw = fw;
            }
            if (!nw)
                break;
            if (first_digits && (nw->flags & NWF_EN) &&
                (nw->type == NW_UNIT || nw->type == NW_FULL || nw->type == NW_TENS || nw->type == NW_TEEN))
                break; /* "$2.7bn three months ago": English never writes "5 million three" */
            if (st.n && wconj && conj)
                break; /* "و وخمسة" */
            if (st.n && (nw->flags & NWF_ARTICLE))
                break; /* "3 million a year" */
            if (nw->type == NW_AND) {
                break;
            }
            if (RARE(nw->type == NW_DUALN)) {
                if (st.n)
                    break;
                r->v = nw->value;
                r->dualn = 1;
                r->s = q;
                r->e = w.b;
                word hw;
                if (next_word(sc, w.b, &hw) && key_is(&hw, AR_WAW "\xd9\x86\xd8\xb5\xd9\x81")) {
                    r->v += 0.5; /* "مرتين ونصف": two and a half times */
                    r->e = hw.b;
                }
                r->words = 1;
                r->ntok = 1;
                r->flags |= BAYAN__NUM_WORDS;
                return 1;
            }
            if (RARE(nw->type == NW_SIGN || nw->type == NW_POINT || nw->type == NW_MULT)) {
                if (st.n == 0 && nw->type == NW_MULT) {
                    r->v = nw->value;
                    r->mult = 1;
                    r->s = q;
                    r->e = w.b;
                    r->words = 1;
                    r->ntok = 1;
                    r->flags |= BAYAN__NUM_WORDS;
                    return 1;
                }
                break;
            }
            if (!combine(&st, nw->type, nw->value, nw->flags, conj || (st.n && wconj)))
                break;
            if (st.n == 1) {
                first_ambig = (nw->flags & NWF_AMBIG) != 0;
                first_fracamb = (nw->flags & NWF_FRACAMB) != 0 && !wconj && !bprep;
                first_teenonly = (nw->flags & NWF_TEENONLY) != 0;
                first_dual = (nw->flags & (NWF_DUAL | NWF_PLURAL)) != 0 && nw->type == NW_SCALE;
                if ((nw->flags & NWF_PLURAL) && nw->type == NW_SCALE)
                    return 0; /* "آلاف" alone: thousands of, not a number */
                r->bclitic = bprep;
            }
            if (nw->type == NW_SCALE)
                r->flags |= BAYAN__NUM_SCALED;
            if (nw->type == NW_FRAC || nw->type == NW_FRACPL)
                r->flags |= BAYAN__NUM_FRACTION;
            r->words = 1;
            tok_end = w.b;
        } else {
            break;
        }
        if (st.n == 1 && !r->s && q != i)
            r->s = q;
        if (st.n == 1)
            r->s = q;
        r->e = tok_end;
        p = tok_end;
        r->ntok = st.n;
        if (RARE(st.last == NW_FRAC && st.n > 1 && st.lastscale > 0 && st.cur == 0)) {
            /* "ونصف المليون": the scale named again with the article */
            word sw;
            const bayan__nw *s2;
            if (next_word(sc, r->e, &sw) && sw.klen > 4 && !strncmp(sw.key, AR_AL, 4) &&
                (s2 = bayan__nw_find(sw.key + 4, sw.klen - 4)) && s2->type == NW_SCALE && s2->value == st.lastscale)
                r->e = sw.b;
        }
        if ((st.last == NW_FRAC && st.n > 1) || st.last == NW_FRACPL)
            break;
    }
    if (!st.n)
        return 0;
    if (st.n == 1 && first_teenonly)
        return 0;
    r->v = st.total + st.cur;
    if (r->words)
        r->flags |= BAYAN__NUM_WORDS;
    if (r->ntok > 1)
        r->digits_only = 0;
    r->ambig = st.n == 1 && first_ambig;
    r->fracamb = st.n == 1 && first_fracamb;
    r->dual_only = st.n == 1 && first_dual;
    return 1;
}

/* ---- context ------------------------------------------------------------- */

static const char *const MONTHS[] = {
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
    "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت", "محرم", "صفر", "ربيع", "جمادي", "رجب",
    "شعبان", "رمضان", "شوال", "ذو", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", NULL};

static const char *const YEAR_BEFORE[] = {
    "عام", "العام", "لعام", "بعام", "وعام", "سنه", "السنه", "لسنه", "بسنه", "منذ", "بحلول", "حلول", "مطلع",
    "اواخر", "اوائل", "منتصف", "نهايه", "بدايه", "عامي", "موسم", "ميزانيه", "year", "since", "fiscal", "mid",
    "early", "late", "spring", "summer", "autumn", "winter", "fall", "circa", NULL};

/* Prepositions that often, not always, introduce a year: enough for
 * 1900-2099 only ("في 2023", "in 2022"). */
static const char *const YEAR_WEAK[] = {"في", "خلال", "حتي", "in", "by", "during", "until", "through", "before",
                                        "after", "between", NULL};

/* Words before a bare number that make it a reference, not a quantity. */
static const char *const REF_BEFORE[] = {
    "الماده", "ماده", "للماده", "بالماده", "البند", "بند", "الفقره", "فقره", "القرار", "قرار", "رقم", "برقم",
    "الرقم", "القانون", "قانون", "الصفحه", "صفحه", "ص", "الفصل", "الباب", "الجدول", "الشكل", "الايه",
    "article", "section", "page", "resolution", "no", "number", "chapter", "clause", "paragraph", "rule",
    "table", "figure", "fig", "p", "pp", "route", "room", "flight", "law", "item", "vol", "volume", "act",
    "عيار", "العيار", "بعيار", /* a grade of gold ("عيار 21") names a kind */
    NULL};

static const char *const TIME_SPANS[] = {"seconds", "minutes", "hours", "days", "weeks", "months", "years",
                                         "decades", "games", "matches", "attempts", "tries", "seasons", NULL};
static const char *const TIME_AFTER[] = {"صباحا", "مساء", "ظهرا", "عصرا", "فجرا", "ليلا", "am", "pm", NULL};

static const char *const PHONE_BEFORE[] = {"هاتف", "الهاتف", "هاتفه", "جوال", "الجوال", "phone", "tel",
                                           "telephone", "call", "fax", "فاكس", NULL};

/* Words a bare 4-digit number may be followed by and still stand alone as a
 * year. */
static const char *const AFTER_YEAR_OK[] = {
    "و", "في", "من", "الي", "علي", "عن", "ثم", "بعد", "قبل", "حتي", "حين", "عندما", "مع", "م", "ميلادي",
    "هجري", "هـ", "ه", "وفق", "وفقا", "حسب", "بحسب", "كان", "كانت", "شهد", "شهدت", "and", "to", "in", "the",
    "when", "after", "before", "with", "from", "for", "on", "at", "as", "was", "were", "is", "that", "which",
    "by", "compared", "according", "levels", "level", "figures", "data", "census", NULL};

/* The sets (LS_BIT of the lists) that hold a word's key or, when stripping
 * its clitics changes it, the stripped key: key_in_cl of every list at once.
 * (The lists are built before any rule runs.) */
static uint32_t word_sets_cl(const word *w, int conj, int prep)
{
    uint32_t m = wset_mask(w->key, w->klen);
    const char *b = strip_cl(w->key, conj, prep);
    if (b != w->key)
        m |= wset_mask(b, w->klen - (size_t)(b - w->key));
    return m;
}

static int is_month(const word *w)
{
    return (word_sets_cl(w, 1, 1) & LS_BIT(LS_MONTHS)) != 0; /* key_in_cl(w, 1, 1, MONTHS) */
}

/* ---- units --------------------------------------------------------------- */

typedef struct unit {
    const char *name;     /* "percent", "currency", ..., NULL */
    const char *currency; /* ISO 4217 */
    size_t s, e;
    double factor;        /* 0.01 for cents */
    int negate;           /* "تحت الصفر" */
    int times_word;       /* "مرات"/"times": multiplier or occasions, decided by the caller */
    int duration;         /* "أيام", "years": not after a year ("2020 سنة الجائحة") */
} unit;

static const char *iso_code(const scan *sc, size_t a, size_t b)
{
    if (b - a != 3)
        return NULL;
    for (const char *const *c = bayan__iso_codes; *c; c++)
        if (!memcmp(sc->s + a, *c, 3))
            return *c;
    return NULL;
}

static const char *currency_symbol(uint32_t c)
{
    switch (c) {
    case '$': return "USD";
    case 0x20AC: return "EUR";
    case 0xA3: return "GBP";
    case 0xA5: return "JPY";
    case 0x20BD: return "RUB";
    case 0x20B9: return "INR";
    case 0x20BA: return "TRY";
    case 0x20AA: return "ILS";
    case 0x20B8: return "KZT";
    }
    return NULL;
}

/* Currency noun (+ adjective) at word w; fills u. */
static int currency_words(const scan *sc, const word *w0, unit *u)
{
    const bayan__unitw *cw = bayan__unitw_find(bayan__currency_nouns, w0->key);
    word w = *w0;
    size_t start = w0->a;
    const bayan__unitw *pre = NULL; /* an English adjective before the noun: "US dollars", "Kenyan shillings" */
    if (!cw && !(w0->key[0] & 0x80) && (pre = bayan__unitw_find(bayan__currency_adjs, w0->key))) {
        word w2;
        if (next_word(sc, w0->b, &w2) && (cw = bayan__unitw_find(bayan__currency_nouns, w2.key)))
            w = w2;
    }
    if (!cw)
        return 0;
    u->name = "currency";
    u->currency = pre ? pre->val : cw->val;
    u->s = start;
    u->e = w.b;
    word a;
    if (next_word(sc, w.b, &a)) {
        const char *k = a.key;
        if (!strncmp(k, AR_AL, 4))
            k += 4;
        const bayan__unitw *aw = bayan__unitw_find(bayan__currency_adjs, k);
        size_t kl = strlen(k);
        if (!aw && kl > 4 && !strcmp(k + kl - 2, "\xd8\xa7")) {
            /* the accusative: "ريالا سعوديا" */
            char tmp[KEYCAP];
            memcpy(tmp, k, kl - 2);
            tmp[kl - 2] = '\0';
            aw = bayan__unitw_find(bayan__currency_adjs, tmp);
        }
        if (aw) {
            u->currency = aw->val;
            u->e = a.b;
        }
    }
    return 1;
}

/* The words of an exam and of the weather that marks_not_degrees looks
 * for (hash sets: it reads back a dozen words per "درجات"). */
static const char *const EXAM_WORDS[] = {"امتحان", "الامتحان", "امتحانات", "الامتحانات", "طالب", "الطالب",
                                         "الطالبه", "طالبه", "طلاب", "الطلاب", "مجموع", "المجموع", "اختبار",
                                         "الاختبار", "الثانويه", "التوجيهي", "exam", "test", "score", NULL};
static const char *const WEATHER_WORDS[] = {"حراره", "الحراره", "الطقس", "الجو", "حرارتها", "الصفر", "البروده",
                                            "temperature", "temperatures", "heat", NULL};
static wset marks_words = {1u << 22}; /* the two lists together (built with the lists) */

/* "1080p", "720p": the lines of a video picture, not pence. */
static __attribute__((cold)) int video_lines(const scan *sc, size_t num_e)
{
    static const char *const lines[] = {"144", "240", "360", "480", "720", "1080", "1440", "2160", "4320", NULL};
    for (int k = 0; lines[k]; k++) {
        size_t n = strlen(lines[k]), ps;
        if (num_e >= n && !memcmp(sc->s + num_e - n, lines[k], n) &&
            (num_e == n || digit_val(cp_before(sc, num_e - n, &ps)) < 0))
            return 1;
    }
    return 0;
}

/* "درجات" after a number in a sentence about an exam, with no word of
 * weather before it: marks, not degrees. Reads back a dozen words. */
static __attribute__((cold)) int marks_not_degrees(const scan *sc, size_t num_e, const word *dw)
{
    word a;
    if (next_word(sc, dw->b, &a) && (key_is(&a, "مئويه") || key_is(&a, "سلزيوس") || key_is(&a, "celsius") ||
                                     key_is(&a, "fahrenheit") || key_is(&a, "فهرنهايت")))
        return 0;
    if (!(key_is(dw, "درجه") || key_is(dw, "درجات")))
        return 0;
    word w;
    size_t p = num_e, ps;
    while (p > 0 && !is_space(cp_before(sc, p, &ps)))
        p = ps; /* back over the number's own digits */
    int exam_seen = 0;
    for (int k = 0; k < 14 && p > 0; k++) {
        if (!prev_word(sc, p, &w)) {
            /* a number or a sign: step over it */
            p = skip_sp_back(sc, p);
            size_t q = p;
            while (p > 0 && !is_space(cp_before(sc, p, &ps)))
                p = ps;
            if (p == q)
                break;
            continue;
        }
        /* (klen is the key's strlen; the stripped key is asked only when
         * stripping changed it) */
        const char *b = strip_cl(w.key, 1, 1);
        size_t bn = w.klen - (size_t)(b - w.key);
        p = w.a;
        if (!wset_has(&marks_words, w.key, w.klen) && (b == w.key || !wset_has(&marks_words, b, bn)))
            continue; /* neither list has it (most words) */
        if (key_in_n(w.key, w.klen, WEATHER_WORDS) || (b != w.key && key_in_n(b, bn, WEATHER_WORDS)))
            return 0;
        if (key_in_n(w.key, w.klen, EXAM_WORDS) || (b != w.key && key_in_n(b, bn, EXAM_WORDS)))
            exam_seen = 1;
    }
    return exam_seen;
}

/* Is the dot at e, right after a currency abbreviation, its own? */
static __attribute__((cold)) int abbr_dot(const scan *sc, size_t e)
{
    if (e >= sc->n || sc->s[e] != '.')
        return 0;
    if (e + 1 == sc->n)
        return 1; /* the text's last character: the abbreviation's (and the stop's) */
    unsigned char c = (unsigned char)sc->s[e + 1];
    return c != ' ' && c != '\n' && c != '\r' && c != '\t';
}

/* The unit after a number ending at i. */
static int parse_unit(const scan *sc, size_t i, unit *u)
{
    size_t l, p = skip_sp(sc, i);
    int glued = p == skip_invis(sc, i);
    uint32_t c = cp_at(sc, p, &l);
    memset(u, 0, sizeof *u);
    u->factor = 1;
    if (c == '%' || c == 0x066A || c == 0xFE6A || c == 0xFF05) {
        u->name = "percent";
        u->s = p;
        u->e = p + l;
        return 1;
    }
    if (RARE(c == 0xB0 || c == 0x2103 || c == 0x2109)) {
        u->name = c == 0x2109 ? "fahrenheit" : "celsius";
        u->s = p;
        u->e = p + l;
        if (c == 0xB0) {
            size_t q = skip_sp(sc, p + l), l2;
            uint32_t d = cp_at(sc, q, &l2);
            word w;
            if ((d == 'C' || d == 'F') && !is_letter(cp_at(sc, q + 1, &l2))) {
                u->name = d == 'F' ? "fahrenheit" : "celsius";
                u->e = q + 1;
            } else if (next_word(sc, q, &w)) {
                if (key_is(&w, "مئويه") || key_is(&w, "سلزيوس") || key_is(&w, "سيلزيوس")) {
                    u->e = w.b;
                } else if (key_is(&w, "فهرنهايت")) {
                    u->name = "fahrenheit";
                    u->e = w.b;
                }
            }
        }
        goto below_zero;
    }
    if (RARE(c == 0xA2)) {
        u->name = "currency";
        u->currency = "USD";
        u->factor = 0.01;
        u->s = p;
        u->e = p + l;
        return 1;
    }
    const char *cur = currency_symbol(c);
    if (RARE(cur != NULL)) {
        u->name = "currency";
        u->currency = cur;
        u->s = p;
        u->e = p + l;
        return 1;
    }
    if (RARE(c == '-' && glued)) {
        /* "5-fold", "five-fold" */
        word fw;
        if (next_word(sc, p + 1, &fw) && fw.a == p + 1 && key_is(&fw, "fold")) {
            u->name = "times";
            u->s = p;
            u->e = fw.b;
            return 1;
        }
    }
    if (!is_letter(c))
        return 0;
    word w;
    if (!next_word(sc, p, &w)) /* p is at a letter: the word there, remembered */
        return 0;
    if (c < 0x80) {
        const char *iso = iso_code(sc, w.a, w.b);
        if (iso) {
            u->name = "currency";
            u->currency = iso;
            u->s = w.a;
            u->e = w.b;
            return 1;
        }
    }
    /* the abbreviations of the Arab press: "ج.م", "ر.س", "د.إ"; a dot after
     * the last letter is the abbreviation's ("ر.س.،", "42 ج.م." ending the
     * text) unless a space or a line end follows, where it is the sentence's
     * full stop ("مليار ر.س. وبلغت") */
    if (RARE(w.b - w.a == 2 && w.b + 3 <= sc->n && sc->s[w.b] == '.')) {
        static const struct { const char *a, *b, *code; } abbr[] = {
            {"ج", "م", "EGP"}, {"ر", "س", "SAR"}, {"ر", "ق", "QAR"}, {"ر", "ع", "OMR"}, {"د", "ك", "KWD"},
            {"د", "ب", "BHD"}, {"د", "ا", "AED"}, {"د", "أ", "JOD"}, {"د", "ع", "IQD"}, {"ل", "ل", "LBP"},
            {"د", "م", "MAD"}, {"د", "ج", "DZD"}, {"د", "ت", "TND"}, {NULL, NULL, NULL}};
        for (int k = 0; abbr[k].a; k++) {
            size_t bl = strlen(abbr[k].b);
            if (!memcmp(sc->s + w.a, abbr[k].a, 2) && w.b + 1 + bl <= sc->n &&
                !memcmp(sc->s + w.b + 1, abbr[k].b, bl) && !is_letter(cp_at(sc, w.b + 1 + bl, &l))) {
                u->name = "currency";
                u->currency = abbr[k].code;
                u->s = w.a;
                u->e = w.b + 1 + bl;
                if (abbr_dot(sc, u->e))
                    u->e++;
                return 1;
            }
        }
        if (!memcmp(sc->s + w.a, "د", 2) && w.b + 3 <= sc->n && !memcmp(sc->s + w.b + 1, "إ", 2)) {
            u->name = "currency"; /* "د.إ" (the hamza below kept) */
            u->currency = "AED";
            u->s = w.a;
            u->e = w.b + 3;
            if (abbr_dot(sc, u->e))
                u->e++;
            return 1;
        }
    }
    size_t e;
    wcache fc;
    uint32_t wm = wset_mask(w.key, w.klen); /* the sets below ask of this word: one look-up */
    if (!(wm & unit_gate.bit))
        goto not_keyword; /* most words after a number are nouns: skip the keyword rules */
    cache_fwd(sc, p, &fc);
    for (const char *const *k = UNIT_PCT; *k; k++)
        if ((k - UNIT_PCT >= MAXUP || first_word_is(&w, *k, pct_first_n[k - UNIT_PCT])) &&
            (e = phrase_fwd_c(&fc, *k, 0))) {
            u->name = "percent";
            u->s = p;
            u->e = e;
            return 1;
        }
    for (const char *const *k = UNIT_PP; *k; k++)
        if ((k - UNIT_PP >= MAXUP || first_word_is(&w, *k, pp_first_n[k - UNIT_PP])) &&
            (e = phrase_fwd_c(&fc, *k, 0))) {
            u->name = "percentage_point";
            u->s = p;
            u->e = e;
            return 1;
        }
    if (key_is(&w, "درجه") || key_is(&w, "درجات") || key_is(&w, "درجتين") || key_is(&w, "درجتان") ||
        key_is(&w, "degrees") || key_is(&w, "degree") || key_is(&w, "سلزيوس") || key_is(&w, "فهرنهايت") ||
        key_is(&w, "مئويه")) {
        if (marks_not_degrees(sc, i, &w))
            return 0; /* "حصل الطالب على 409 درجات": marks, counted */
        u->name = key_is(&w, "فهرنهايت") ? "fahrenheit" : "celsius";
        u->s = p;
        u->e = w.b;
        word a;
        if (next_word(sc, w.b, &a)) {
            if (key_is(&a, "مئويه") || key_is(&a, "سلزيوس") || key_is(&a, "سيلزيوس") || key_is(&a, "celsius") ||
                key_is(&a, "centigrade") || key_is(&a, "c")) {
                u->e = a.b;
            } else if (key_is(&a, "فهرنهايت") || key_is(&a, "fahrenheit") || key_is(&a, "f")) {
                u->name = "fahrenheit";
                u->e = a.b;
            } else if (key_is(&a, "زاويه") || key_is(&a, "شمالا") || key_is(&a, "جنوبا") || key_is(&a, "شرقا") ||
                       key_is(&a, "غربا") || key_is(&a, "north") || key_is(&a, "south") || key_is(&a, "east") ||
                       key_is(&a, "west") || key_is(&a, "angle")) {
                u->name = "degree";
            }
        }
        goto below_zero;
    }
    if (key_is(&w, "مرات") || key_is(&w, "مره") || key_is(&w, "times") || key_is(&w, "مرتين") ||
        key_is(&w, "مرتان")) {
        u->name = "times";
        u->times_word = 1;
        u->s = p;
        u->e = w.b;
        return 1;
    }
    if (key_is(&w, "اضعاف") || key_is(&w, "ضعف") || key_is(&w, "ضعفا") || key_is(&w, "fold")) {
        u->name = "times";
        u->s = p;
        u->e = w.b;
        return 1;
    }
not_keyword:
    if (RARE(p == i && w.b == p + 1 && (sc->s[p] == 'C' || sc->s[p] == 'F'))) {
        u->name = sc->s[p] == 'F' ? "fahrenheit" : "celsius"; /* "41C" */
        u->s = p;
        u->e = w.b;
        return 1;
    }
    if ((sc->s[p] == 'c' && w.b == p + 1 && p == i) || key_is(&w, "سنت") || key_is(&w, "سنتات") || key_is(&w, "سينت") || key_is(&w, "سينتات") ||
        key_is(&w, "cents") || key_is(&w, "cent")) {
        u->name = "currency";
        u->currency = "USD";
        u->factor = 0.01;
        u->s = p;
        u->e = w.b;
        return 1;
    }
    if ((sc->s[p] == 'p' && w.b == p + 1 && p == i && !(w.b < sc->n && sc->s[w.b] == '.') && !video_lines(sc, i)) ||
        key_is(&w, "pence")) {
        u->name = "currency"; /* "150p a litre" */
        u->currency = "GBP";
        u->factor = 0.01;
        u->s = p;
        u->e = w.b;
        return 1;
    }
    if (!(wm & unit_any.bit))
        return 0; /* no unit table has this word (most words after a number) */
    if (RARE(wm & subunit_words.bit)) {
        for (const subunit *su = SUBUNITS; su->k; su++)
            if (w.klen == su->n && bytes_eq(w.key, su->k, su->n)) {
                u->name = "currency";
                u->currency = su->code;
                u->factor = su->f;
                u->s = p;
                u->e = w.b;
                return 1;
            }
    }
    if (currency_words(sc, &w, u))
        return 1;
    /* physical units, two words first */
    word w2;
    if ((wm & phys_first.bit) && next_word(sc, w.b, &w2)) {
        char two[2 * KEYCAP + 2];
        memcpy(two, w.key, w.klen);
        two[w.klen] = ' ';
        memcpy(two + w.klen + 1, w2.key, w2.klen + 1);
        const bayan__unitw *pu = bayan__unitw_find(bayan__units_phys, two);
        if (pu) {
            u->name = pu->val;
            u->s = p;
            u->e = w2.b;
            return 1;
        }
    }
    const bayan__unitw *pu = bayan__unitw_find(bayan__units_phys, w.key);
    if (pu) {
        u->name = pu->val;
        u->s = p;
        u->e = w.b;
        return 1;
    }
    if ((pu = bayan__unitw_find(bayan__units_time, w.key))) {
        /* "15 شهر رمضان", "5 سنة 2020": a date, not a duration */
        word a;
        if (next_word(sc, w.b, &a) && is_month(&a))
            return 0;
        size_t q = skip_sp(sc, w.b), l2;
        if (digit_val(cp_at(sc, q, &l2)) >= 0)
            return 0;
        u->name = pu->val;
        u->duration = 1;
        u->s = p;
        u->e = w.b;
        return 1;
    }
    return 0;
below_zero:
    if ((e = phrase_fwd(sc, u->e, "تحت الصفر", 0)) || (e = phrase_fwd(sc, u->e, "دون الصفر", 0)) ||
        (e = phrase_fwd(sc, u->e, "below zero", 0))) {
        u->negate = 1;
        u->e = e;
    }
    return 1;
}

/* ---- emitting ------------------------------------------------------------ */

static bayan__num *push(scan *sc)
{
    if (sc->cnt == sc->cap) {
        size_t nc = sc->cap ? sc->cap * 2 : 64;
        size_t done = sc->cnt ? sc->v[sc->cnt - 1].end : 0;
        if (sc->cap >= 4096 && done > 0 && done < sc->n) {
            /* past the first few thousand, room for what the density so far
             * says the rest of the text holds, and a quarter more: doubling
             * would copy the array a dozen times on a long document, and
             * touch twice the memory; the slack is given back at the end */
            double est = (double)sc->cnt * ((double)sc->n / (double)done) * 1.25;
            size_t min = sc->cap + sc->cap / 2;
            nc = est > (double)min && est < (double)(SIZE_MAX / sizeof(bayan__num)) ? (size_t)est : min;
        }
        bayan__num *v = realloc(sc->v, nc * sizeof *v);
        if (!v)
            return NULL;
        bayan__mem_hint_large(v, nc * sizeof *v);
        sc->v = v;
        sc->cap = nc;
    }
    static const bayan__num zero; /* see NP_ZERO */
    bayan__num *n = &sc->v[sc->cnt++];
    *n = zero;
    return n;
}

static const char *const MULT_VERBS[] = {
    "تضاعف", "يتضاعف", "سيتضاعف", "تتضاعف", "ستتضاعف", "تضاعفت", "ضاعف", "ضاعفت", "يضاعف", "تضاعفا", "زاد",
    "زادت", "يزيد", "تزيد", "سيزيد", "ستزيد", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "سيرتفع", "سترتفع", "نما",
    "نمت", "ينمو", "تنمو", "قفز", "قفزت", "تضخم", "تضخمت", "increased", "rose", "grew", "multiplied",
    "jumped", "increase", "rise", "grow", "tripled", "doubled", NULL};
static const char *const COMPARATIVES[] = {
    "اعلي", "اكثر", "اكبر", "اقل", "اصغر", "ادني", "اسرع", "ابطا", "اغلي", "ارخص", "اطول", "اقصر", "اعمق",
    "اكثف", "اسوا", "افضل", "more", "higher", "larger", "bigger", "greater", "faster", "lower", "less",
    "smaller", "as", "longer", "cheaper", "stronger", "the", "over", NULL};

static const char *const CHANGE_VERBS[] = {
    "انخفض", "انخفضت", "تراجع", "تراجعت", "هبط", "هبطت", "رفع", "رفعت", "خفض", "خفضت", "تغير", "تحول",
    "fell", "dropped", "declined", "rising", "falling", "rose", "increased", "decreased", "cut", "raised",
    "lowered", "climbed", "slipped", "grew", "jumped", "slumped", "fall", "rise", "drop", "changed", "moved",
    NULL};

/* Words that make "from X to Y" a range whatever verb came before. */
static const char *const RANGE_WORDS[] = {"ranging", "range", "ranged", "ranges", "varying", "varied", "تراوح",
                                          "تتراوح", "يتراوح", "تراوحت", "بين", "between", NULL};

/* The -ing forms and nouns of change, before "from ... to" only. */
static const char *const CHANGE_ING[] = {"climbing", "raising", "increasing", "cutting", "lowering", "dropping",
                                         "declining", "growing", "jumping", "rises", "climbs", "falls", "drops",
                                         "lifting", "boosting", "reducing", "slashing", "hiking", "pushing", "taking",
                                         "bringing", "up", "down", "increases", "raise", "hike", "jump", "ارتفاع", "انخفاض",
                                         "زياده", "رفع", "خفض", "تراجع", NULL};

/* Is there a clause break (, ، ; : . — ) in s[a..b)? */
static __attribute__((cold)) int clause_break(const scan *sc, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < sc->n; k++) {
        unsigned char ch = (unsigned char)sc->s[k];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '(' || ch == ')')
            return 1;
        if (ch == 0xD8 && k + 1 < b && ((unsigned char)sc->s[k + 1] == 0x8C || (unsigned char)sc->s[k + 1] == 0x9B))
            return 1; /* ، ؛ */
        if (ch == 0xE2 && k + 2 < b && (unsigned char)sc->s[k + 1] == 0x80 && (unsigned char)sc->s[k + 2] == 0x94)
            return 1; /* — */
    }
    return 0;
}

/* The ordinals before "عشر" in "الخامسة عشرة", "الحادي عشر" (keys, no article). */
static const char *const ORDINAL_TEENS[] = {
    "حادي", "حاديه", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه", "سادس", "سادسه",
    "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه", NULL};

/* Definite nouns that say when, not of what: "ثلاث مرات الشهر الماضي". */
static const char *const MULT_NOT_OF[] = {
    "العام", "السنه", "الشهر", "الاسبوع", "اليوم", "الموسم", "الليله", "الماضي", "الماضيه", "الحالي",
    "الاخيره", "الاخير", "الاولي", "الاول", NULL};

static __attribute__((cold)) void build_lists(void)
{
    add_list(LS_MULT_NOT_OF, MULT_NOT_OF);
    add_list(LS_ORDINAL_TEENS, ORDINAL_TEENS);
    add_list(LS_RANGE_WORDS, RANGE_WORDS);
    add_list(LS_CHANGE_ING, CHANGE_ING);
    add_list(LS_MONTHS, MONTHS);
    add_list(LS_YEAR_BEFORE, YEAR_BEFORE);
    add_list(LS_YEAR_WEAK, YEAR_WEAK);
    add_list(LS_REF_BEFORE, REF_BEFORE);
    add_list(LS_TIME_AFTER, TIME_AFTER);
    add_list(LS_PHONE_BEFORE, PHONE_BEFORE);
    add_list(LS_AFTER_YEAR_OK, AFTER_YEAR_OK);
    add_list(LS_MULT_VERBS, MULT_VERBS);
    add_list(LS_COMPARATIVES, COMPARATIVES);
    add_list(LS_CHANGE_VERBS, CHANGE_VERBS);
    add_list(LS_EXAM_WORDS, EXAM_WORDS);
    add_list(LS_WEATHER_WORDS, WEATHER_WORDS);
    for (const char *const *k = EXAM_WORDS; *k; k++)
        wset_add(&marks_words, *k, strlen(*k));
    for (const char *const *k = WEATHER_WORDS; *k; k++)
        wset_add(&marks_words, *k, strlen(*k));
}

/* Is "مرات"/"times" after this number a multiplier? Governed by a
 * comparative ("أعلى بخمس مرات", "three times higher") or a verb of
 * multiplying ("سيتضاعف ثلاث مرات"); otherwise it counts occasions. */
static __attribute__((cold)) int multiplier_governed(const scan *sc, size_t num_s, const np *r, size_t unit_e,
                                                     size_t qual_s)
{
    word w;
    w.klen = 0; /* (no word after "مرات" at all: next_word leaves w as it was) */
    if (next_word(sc, unit_e, &w) && (key_in_cl(&w, 1, 0, COMPARATIVES)))
        return 1;
    /* "8.5 times earnings", "three times its size", "ten times what": times a measure */
    static const char *const EN_TIMES_OF[] = {"earnings", "sales", "revenue", "revenues", "income", "profit",
                                              "profits", "book", "salary", "wages", "value", "size", "amount",
                                              "level", "rate", "average", "capacity", "its", "their", "his",
                                              "her", "our", "what", NULL};
    if (next_word(sc, unit_e, &w) && (unsigned char)sc->s[w.a] < 0x80 && key_in(w.key, EN_TIMES_OF))
        return 1;
    if (next_word(sc, unit_e, &w) && key_is(&w, AR_WAW "\xd9\x86\xd8\xb5\xd9\x81") && !next_word(sc, w.b, &w))
        w.klen = 0; /* "مرتين ونصف": the word after the half */
    if (w.klen > 4 && !strncmp(w.key, AR_AL, 4) && !key_in(w.key, MULT_NOT_OF)) {
        /* "ثلاث مرات المستوى الحالي": times a definite noun, as "three
         * times the level"; not "ثلاث مرات العام الماضي" (when) */
        return 1;
    }
    size_t p = qual_s < num_s ? qual_s : num_s;
    int bprep = r->bclitic;
    word pw;
    if (!bprep && prev_word(sc, num_s, &pw) && key_is(&pw, AR_BA) && pw.b <= num_s)
        bprep = 1;
    for (int k = 0; k < 4 && prev_word(sc, p, &w); k++) {
        const char *base = strip_cl(w.key, 1, 0);
        if (key_in(w.key, MULT_VERBS) || key_in(base, MULT_VERBS))
            return 1;
        if (bprep && (key_in(w.key, COMPARATIVES) || key_in(base, COMPARATIVES)))
            return 1;
        if (key_is(&w, "by") && k == 0)
            bprep = 1;
        p = w.a;
    }
    return 0;
}

/* "X to Y" and "between X and Y" are one range only when both ends measure
 * the same thing: "18% to €4.2 billion" and "بين 2% و3 ملايين دولار" are two
 * quantities. first is the unit written with the first number (or NULL); the
 * second number r2 was read at qq, after a currency sign when qq > q. */
static __attribute__((cold)) int range_units_clash(const scan *sc, const unit *first, const np *r, size_t q, size_t qq,
                                                   const np *r2)
{
    unit second;
    size_t l;
    memset(&second, 0, sizeof second);
    if (qq > q) {
        second.name = "currency";
        second.currency = currency_symbol(cp_at(sc, q, &l));
    } else if (!parse_unit(sc, r2->e, &second) || second.times_word) {
        second.name = NULL;
    }
    const char *a = first ? first->name : NULL, *b = second.name;
    int pa = a && (bayan__str_eq(a, "percent") || bayan__str_eq(a, "percentage_point"));
    int pb = b && (bayan__str_eq(b, "percent") || bayan__str_eq(b, "percentage_point"));
    /* a share and a scaled amount ("from 2% to 3 million"), or a share
     * then a bare level above 100 ("تراجع 3.5% إلى 12,400 نقطة": the change,
     * then where the index closed; "بين 150 و200 في المائة" is a range) */
    if ((pa && !b && ((r2->flags & BAYAN__NUM_SCALED) || r2->v > 100)) || (pb && !a && (r->flags & BAYAN__NUM_SCALED)))
        return 1;
    if (!a || !b)
        return 0;
    if (!bayan__str_eq(a, b))
        return 1;
    return bayan__str_eq(a, "currency") && first->currency && second.currency &&
           !bayan__str_eq(first->currency, second.currency);
}

static size_t qual_before(const scan *sc, size_t s, bayan_qualifier *q, size_t floor_)
{
    size_t l, st;
    /* symbols: > < >= <= ≥ ≤ */
    size_t p = skip_sp_back(sc, s);
    uint32_t c = cp_before(sc, p, &st);
    if (RARE(c == '=' || c == 0x2265 || c == 0x2264 || c == '>' || c == '<')) {
        size_t a = st;
        uint32_t c0 = c;
        if (c == '=') {
            size_t st2;
            uint32_t c2 = cp_before(sc, skip_sp_back(sc, st), &st2);
            if (c2 == '>' || c2 == '<') {
                c0 = c2 == '>' ? 0x2265 : 0x2264;
                a = st2;
            } else {
                return (size_t)-1;
            }
        }
        if (a < floor_)
            return (size_t)-1;
        /* "=>30" and "<>30" are not comparisons */
        if (a > 0) {
            uint32_t pc = cp_before(sc, a, &st);
            if (pc == '=' || pc == '<' || pc == '>')
                return (size_t)-1;
        }
        *q = c0 == '>' ? BAYAN_Q_MORE_THAN : c0 == '<' ? BAYAN_Q_LESS_THAN : c0 == 0x2265 ? BAYAN_Q_AT_LEAST
                                                                                          : BAYAN_Q_UP_TO;
        (void)l;
        return a;
    }
    word w0;
    if (!prev_word(sc, s, &w0))
        return (size_t)-1;
    /* k1, k2: the key without و/ف, then without ب/ل/ك too (each tested only
     * when stripping changed it) */
    const char *k1 = strip_cl(w0.key, 1, 0), *k2 = strip_cl(w0.key, 1, 1);
    size_t n1 = w0.klen - (size_t)(k1 - w0.key), n2 = w0.klen - (size_t)(k2 - w0.key);
    if (!wset_has(&qb_last, w0.key, w0.klen) && (k1 == w0.key || !wset_has(&qb_last, k1, n1)) &&
        (k2 == k1 || !wset_has(&qb_last, k2, n2)))
        return (size_t)-1;
    wcache wc;
    cache_back(sc, &w0, &wc);
    /* only the qualifiers k < MAXQB whose last word is the word before the
     * number (with its clitics stripped only for a one-word phrase, as
     * phrase_back_c allows), in the table's order */
    uint64_t cand[QBM_WORDS] = {0};
    const qb_mask *m0 = qbm_slot(w0.key, w0.klen, 0);
    const qb_mask *m1 = k1 == w0.key ? m0 : qbm_slot(k1, n1, 0), *m2 = k2 == k1 ? m1 : qbm_slot(k2, n2, 0);
    for (size_t j = 0; j < QBM_WORDS; j++)
        cand[j] = (m0 ? m0->all[j] : 0) | (m1 ? m1->one[j] : 0) | (m2 ? m2->one[j] : 0);
    for (size_t j = 0; j < QBM_WORDS; j++)
        while (cand[j]) {
            size_t k = j * 64 + (size_t)__builtin_ctzll(cand[j]);
            cand[j] &= cand[j] - 1;
            size_t a = phrase_back_c(&wc, bayan__quals_before[k].key, qb_len[k], qb_last_n[k], 1, 1);
            if (a != (size_t)-1 && a >= floor_) {
                *q = bayan__quals_before[k].q;
                return a;
            }
        }
    /* the rest, past those tried above (none while the table is short) */
    for (const bayan__qualw *t = bayan__quals_before + (qb_count < MAXQB ? qb_count : MAXQB); t->key; t++) {
        size_t a = phrase_back_c(&wc, t->key, strlen(t->key), (size_t)-1, 1, 1);
        if (a != (size_t)-1 && a >= floor_) {
            *q = t->q;
            return a;
        }
    }
    return (size_t)-1;
}

/* Parses the number at i and what surrounds it; reports it and returns
 * where to go on. */
/* "1.1m tonnes", "3m people", "12k employees": m or k glued to a number
 * and followed by a noun is a scale; metres and races are not
 * ("300m tall", "the 100m final", "a 5k run"). */
static __attribute__((cold)) int glued_scale_before_noun(const scan *sc, const word *w)
{
    static const char *const not_noun[] = {
        "tall", "high", "deep", "long", "wide", "away", "above", "below", "under", "over", "race", "races", "run",
        "runs", "sprint", "final", "finals", "heat", "heats", "freestyle", "hurdles", "relay", "butterfly",
        "backstroke", "breaststroke", "medley", "record", "title", "gold", "silver", "bronze", "winner", "champion",
        "and", "or", "to", "in", "of", "from", "for", "on", "at", "by", "with", "than", "a", "an", "the", NULL};
    word nx;
    if (w->b >= sc->n || sc->s[w->b] != ' ' || !next_word(sc, w->b, &nx) || nx.a != w->b + 1)
        return 0;
    unsigned char c0 = (unsigned char)sc->s[nx.a];
    if (c0 < 'a' || c0 > 'z')
        return 0; /* a noun in lower case: not a name, not Arabic */
    for (int i = 0; not_noun[i]; i++)
        if (key_is(&nx, not_noun[i]))
            return 0;
    return 1;
}

/* The character helpers out of line, for scan_at: it asks them a few dozen
 * times a number from all over its rules, and inline copies of them made up
 * a third of its code (the instruction cache holds the scanner's hot code
 * better without them). */
static __attribute__((noinline)) size_t skip_sp_call(const scan *sc, size_t i)
{
    return skip_sp(sc, i);
}

static __attribute__((noinline)) size_t skip_sp_back_call(const scan *sc, size_t i)
{
    return skip_sp_back(sc, i);
}

static __attribute__((noinline)) uint32_t cp_at_call(const scan *sc, size_t i, size_t *len)
{
    return cp_at(sc, i, len);
}

static __attribute__((noinline)) uint32_t cp_before_call(const scan *sc, size_t i, size_t *start)
{
    return cp_before(sc, i, start);
}

/* scan_at asks for the word before the number and the word after it rule
 * after rule: each is read once for where it was asked (the last place
 * asked) and lent as a pointer after, NULL when there is none. */
typedef struct near_word {
    size_t at; /* where it was asked for, or (size_t)-1 */
    int ok;
    word w;
} near_word;

static inline const word *near_next(const scan *sc, near_word *c, size_t i)
{
    if (c->at != i) {
        c->at = i;
        c->ok = next_word(sc, i, &c->w);
    }
    return c->ok ? &c->w : NULL;
}

static inline const word *near_prev(const scan *sc, near_word *c, size_t i)
{
    if (c->at != i) {
        c->at = i;
        c->ok = prev_word(sc, i, &c->w);
    }
    return c->ok ? &c->w : NULL;
}

static int scan_at(scan *sc, size_t i, size_t *next)
{
    np r, r2;
    unit u, u1;
    near_word wb, wa; /* the words before and after (nothing read yet: no need to clear them) */
    wb.at = wa.at = (size_t)-1;
    memset(&u1, 0, sizeof u1);
    *next = i + 1;
    if (!parse_numeral(sc, i, &r)) {
        return 1;
    }
    *next = r.e > i ? r.e : i + 1;
    size_t l, st;
    size_t s = r.s, e = r.e;
    int kind = BAYAN_NUM_QUANTITY;
    int negative = 0;
    bayan_qualifier qual = BAYAN_Q_NONE;
    size_t qs = 0, qe = 0;
    double low = 0, high = 0;
    int has_range = 0;
    size_t al_from = 0; /* where a definite amount's article starts ("الـ300"), or 0 */
    size_t date_from = 0; /* where the month before a day starts ("March 3"), or 0 */

    /* what comes right before the digits */
    uint32_t before = cp_before_call(sc, skip_invis_back(sc, s), &st);
    if (!r.words) {
        size_t st5;
        uint32_t before2 = (before == '-' || before == 0x2011) ? cp_before_call(sc, st, &st5) : 0;
        if (RARE(is_latin(before) || before == '_' || is_letter(before2))) {
            /* "COVID19", "G20", "كوفيد-19": part of a name */
            size_t we = r.e;
            while (we < sc->n && (is_letter(cp_at_call(sc, we, &l)) || digit_val(cp_at_call(sc, we, &l)) >= 0))
                we += l;
            *next = we;
            return 1;
        }
        if (RARE(r.code)) {
            /* "5.17.2018", "192.168.1.2": a date when it ends in a year */
            size_t a = r.s;
            size_t b = r.e;
            const char *t = sc->s;
            if (b - a >= 8 && b - a <= 10 && digit_val(cp_at_call(sc, b - 4 * 1, &l)) >= 0 && (t[b - 5] == '.'))
                kind = BAYAN_NUM_DATE;
            if (kind != BAYAN_NUM_DATE)
                return 1;
        }
        /* glued letters after the digits */
        size_t ge = skip_invis(sc, r.e);
        uint32_t after = cp_at_call(sc, ge, &l);
        if (RARE(is_letter(after) && after != 0x0640)) {
            word w;
            make_word(sc, ge, word_end(sc, ge), &w);
            size_t el;
            uint32_t ec = cp_at_call(sc, w.b, &el);
            if (key_is(&w, "e") && (digit_val(ec) >= 0 || ((ec == '+' || ec == '-') &&
                                                           digit_val(cp_at_call(sc, w.b + 1, &st)) >= 0))) {
                /* "١e١٠", "12,32e+14" */
                np x;
                x = NP_ZERO;
                size_t xs = w.b + (digit_val(ec) >= 0 ? 0 : 1);
                if (parse_digits(sc, xs, &x) && x.digits_only && x.v < 300) {
                    r.v *= pow(10, ec == '-' ? -x.v : x.v);
                    e = r.e = x.e;
                    r.digits_only = 0;
                }
            } else if (key_is(&w, "st") || key_is(&w, "nd") || key_is(&w, "rd") || key_is(&w, "th")) {
                r.ordinal = 1;
                e = w.b;
            } else if ((key_is(&w, "m") || key_is(&w, "k")) &&
                       (currency_symbol(before) || glued_scale_before_noun(sc, &w))) {
                /* "$5m", "£40k": with a currency sign, m and k are scales; so
                 * they are before a noun ("1.1m tonnes", "12k employees"),
                 * not "300m tall", "the 100m final", "a 5k run" */
                r.v *= key_is(&w, "m") ? 1e6 : 1e3;
                r.flags |= BAYAN__NUM_SCALED;
                e = r.e = w.b;
            } else if (key_is(&w, "م") || key_is(&w, "ه")) {
                r.year_mark = 1;
                e = w.b;
            } else if (bayan__nw_find(w.key, w.klen) && bayan__nw_find(w.key, w.klen)->type == NW_SCALE &&
                       (w.key[0] & 0x80) == 0) {
                /* "5bn": the scale is read with the unit below */
                r.v *= bayan__nw_find(w.key, w.klen)->value;
                r.flags |= BAYAN__NUM_SCALED;
                e = r.e = w.b;
            } else if (!(after < 0x80 && !(key_is(&w, "m") && sc->s[w.a] == 'M') && /* "1M": no metres */
                         (bayan__unitw_find(bayan__units_phys, w.key) || key_is(&w, "c") ||
                                          key_is(&w, "f") || (key_is(&w, "p") && !video_lines(sc, r.e)) ||
                                          iso_code(sc, w.a, w.b)))) {
                /* glued into a word or a code ("4G", "١٨٠ميلي"): not a number */
                *next = w.b;
                return 1;
            }
        }
        /* clitics and the article glued before: "و31%", "بـ4", "الـ25" */
        /* (the article, glued or apart, "الـ 25", makes an ordinal; but
         * after a qualifier or before a percent sign it is a definite
         * amount: "قرابة الـ300 شخص", "حوالي الـ40%") */
        const word *aw = NULL;
        int glued = bayan__is_arabic_letter(before);
        if (RARE(glued || ((aw = near_prev(sc, &wb, s)) && key_is(aw, AR_AL) && aw->b < sc->n && sc->s[aw->b] == ' ' &&
                           skip_sp_call(sc, aw->b) == s && aw->b > aw->a + 2 && sc->s[aw->b - 1] == '\x80'))) {
            size_t ws = glued ? word_start(sc, skip_invis_back(sc, s)) : aw->a;
            word w;
            if (glued)
                make_word(sc, ws, skip_invis_back(sc, s), &w);
            else
                copy_word(&w, aw);
            const char *k = strip_cl(w.key, 1, 1);
            if (!strcmp(k, AR_AL) || (!strcmp(w.key, AR_LAM AR_LAM))) {
                bayan_qualifier tq;
                size_t l5;
                uint32_t pc = cp_at_call(sc, skip_sp_call(sc, skip_invis(sc, r.e)), &l5);
                if (pc == '%' || pc == 0x066A || qual_before(sc, ws, &tq, sc->last_end) != (size_t)-1)
                    al_from = ws;
                else
                    kind = BAYAN_NUM_ORDINAL;
            } else if (glued && (!strcmp(w.key, AR_BA) || !strcmp(w.key, AR_WAW AR_BA)))
                r.bclitic = 1;
        }
        /* a fraction: "٣/٤"; dates have two slashes */
        size_t q1 = skip_invis(sc, r.e);
        if (RARE(r.digits_only && cp_at_call(sc, q1, &l) == '/' && digit_val(cp_at_call(sc, q1 + 1, &st)) >= 0)) {
            np d;
            d = NP_ZERO;
            parse_digits(sc, q1 + 1, &d);
            if (cp_at_call(sc, d.e, &l) == '/' || cp_at_call(sc, d.e, &l) == '-') {
                size_t z = d.e + l;
                np y;
                y = NP_ZERO;
                if (digit_val(cp_at_call(sc, z, &l)) >= 0 && parse_digits(sc, z, &y))
                    d.e = y.e;
                kind = BAYAN_NUM_DATE;
                e = r.e = d.e;
            } else if (d.v != 0 && d.digits_only) {
                r.v /= d.v;
                r.flags |= BAYAN__NUM_FRACTION;
                e = r.e = d.e;
                r.digits_only = 0;
            }
        }
        /* time of day: 10:30 */
        if (RARE(r.digits_only && r.int_digits <= 2 && cp_at_call(sc, q1, &l) == ':' &&
                 digit_val(cp_at_call(sc, q1 + 1, &st)) >= 0)) {
            np d;
            d = NP_ZERO;
            parse_digits(sc, q1 + 1, &d);
            if (d.int_digits == 2) {
                kind = BAYAN_NUM_TIME_OF_DAY;
                e = r.e = d.e;
            }
        }
    }
    /* "one in five", "1 in 4", "one out of ten", "nine in 10", "two out of
     * three", "6 من كل 10", "واحد من كل خمسة": so many parts in so many */
    if (r.v >= 1 && r.v < 100 && r.v == floor(r.v) && (r.v == 1 || !r.has_dec) && r.ntok <= 2 &&
        kind == BAYAN_NUM_QUANTITY && (r.words || r.digits_only)) {
        word w2;
        const word *w;
        size_t q = 0;
        int in = 0; /* "in", which also dates ("3 in 10 minutes") */
        np d;
        if ((w = near_next(sc, &wa, e))) {
            if (key_is(w, "in")) {
                q = skip_sp_call(sc, w->b);
                in = 1;
            } else if (key_is(w, "out") && next_word(sc, w->b, &w2) && key_is(&w2, "of"))
                q = skip_sp_call(sc, w2.b);
            else if (key_is(w, "من") && next_word(sc, w->b, &w2) && key_is(&w2, "كل"))
                q = skip_sp_call(sc, w2.b);
            else if (r.v == 1 && r.words && (unsigned char)sc->s[w->a] >= 'a' && (unsigned char)sc->s[w->a] <= 'z' &&
                     !bayan__nw_find(w->key, w->klen) && next_word(sc, w->b, &w2) && key_is(&w2, "in")) {
                q = skip_sp_call(sc, w2.b); /* "one child in three" */
                in = 1;
            }
        }
        if (RARE(q) && r.v > 1 && in) {
            /* "nine in 10 voters", not "scored 3 in 10 minutes" */
            np d0;
            word tw;
            if (!parse_numeral(sc, q, &d0) || (next_word(sc, d0.e, &tw) && key_in(tw.key, TIME_SPANS)))
                q = 0;
        }
        if (RARE(q) && parse_numeral(sc, q, &d) && !d.code && !d.mult && d.v >= 2 && d.v > r.v && d.v == floor(d.v) &&
            !d.has_dec && !(d.digits_only && d.int_digits == 4)) {
            uint32_t dc = cp_at_call(sc, skip_invis(sc, d.e), &l);
            if (!(dc == '%' || dc == 0x066A)) {
                r.v /= d.v;
                r.flags |= BAYAN__NUM_FRACTION;
                e = r.e = d.e;
                r.digits_only = 0;
                r.ambig = 0;
            }
        }
    }
    /* "half" alone is a share, not "the first half", "second half", "half-time" */
    if (RARE(r.ntok == 1 && r.words && r.v == 0.5 && (unsigned char)sc->s[r.s] < 0x80)) {
        word hw, dw;
        if (next_word(sc, r.e, &hw) && key_is(&hw, "a") && next_word(sc, hw.b, &dw) && key_is(&dw, "dozen")) {
            r.v = 6; /* "half a dozen" */
            r.flags &= ~BAYAN__NUM_FRACTION;
            e = r.e = dw.b;
        }
        if ((r.e < sc->n && sc->s[r.e] == '-') ||
            (prev_word(sc, r.s, &hw) && (key_is(&hw, "first") || key_is(&hw, "second") || key_is(&hw, "the") ||
                                          key_is(&hw, "latter") || key_is(&hw, "former") || key_is(&hw, "a"))))
            return 1;
    }
    if (RARE(r.ambig)) {
        /* "واحد"/"one" is a number only where nothing names what it counts:
         * alone, after a sign, or in a compound; "قرية واحدة" is not. */
        word pw;
        if (prev_word(sc, s, &pw)) {
            if (!(bayan__nw_find(pw.key, pw.klen) && bayan__nw_find(pw.key, pw.klen)->type == NW_SIGN) &&
                !key_is(&pw, "او") && !key_is(&pw, "or"))
                return 1;
        }
        word nw;
        if (next_word(sc, e, &nw) && (key_is(&nw, "من") || key_is(&nw, "of")) && !(next_word(sc, nw.b, &pw) &&
                                                                                 lookup(pw.key, pw.klen, 0, &(int){0},
                                                                                        &(int){0})))
            return 1; /* "واحد من أهم": one of */
        unsigned char f0 = (unsigned char)sc->s[r.s];
        if (f0 < 0x80 && (f0 | 0x20) >= 'a' && (f0 | 0x20) <= 'z')
            return 1; /* a lone English "one" */
    }
    if (RARE(r.ntok == 1 && r.words && !r.mult && !r.dualn)) {
        word pw0;
        char mk[KEYCAP];
        bayan__num_key(sc->s, r.s, r.e, mk, sizeof mk);
        if ((!strcmp(mk, "عشر") || !strcmp(mk, "عشره")) && prev_word(sc, r.s, &pw0)) {
            /* "الخامسة عشرة", "الحادي عشر": an ordinal; not "مدة الإقامة
             * عشر ليال", where the definite word before is no ordinal */
            const char *pk = strip_cl(pw0.key, 1, 0);
            if (!strncmp(pk, AR_AL, 4))
                pk += 4;
            if (key_in(pk, ORDINAL_TEENS))
                return 1;
        }
    }
    if (RARE(r.fracamb)) {
        /* "خمس الفطيرة": a fifth of */
        word nw;
        if (next_word(sc, e, &nw) && !strncmp(nw.key, AR_AL, 4)) {
            r.v = 1.0 / r.v;
            r.flags |= BAYAN__NUM_FRACTION;
        }
    }
    /* the spoken decimal point: "1 فاصلة 25" */
    {
        const word *w;
        if ((w = near_next(sc, &wa, e)) && RARE(key_is(w, "فاصله") || (key_is(w, "point") && r.words))) {
            np d;
            size_t q = skip_sp_call(sc, w->b);
            if (parse_numeral(sc, q, &d) && !d.code) {
                double f = d.v;
                if (d.digits_only && !d.words) {
                    f = d.v / pow(10, (double)d.int_digits);
                } else {
                    while (f >= 1)
                        f /= 10;
                }
                r.v += f;
                e = r.e = d.e;
                r.digits_only = 0;
                r.has_dec = 1;
            }
        }
    }
    /* "واحد على عشرين", "1 على 3", "واحد من ثلاثة": one part in so many */
    {
        const word *w;
        if ((w = near_next(sc, &wa, e)) &&
            RARE(key_is(w, "علي") || (key_is(w, "من") && r.words && r.v == 1 && r.ntok == 1))) {
            np d;
            size_t q = skip_sp_call(sc, w->b);
            if (parse_numeral(sc, q, &d) && !d.code && d.v != 0 && !d.mult && kind == BAYAN_NUM_QUANTITY) {
                uint32_t dc = cp_at_call(sc, skip_invis(sc, d.e), &l);
                if (!(dc == '%' || dc == 0x066A)) {
                    r.v /= d.v;
                    r.flags |= BAYAN__NUM_FRACTION;
                    e = r.e = d.e;
                    r.digits_only = 0;
                    r.ambig = 0;
                }
            }
        }
    }
    /* a mixed number: "-١ ٤/٥" */
    if (r.digits_only && !r.words) {
        size_t q = skip_sp_call(sc, e);
        if (RARE(q > e && digit_val(cp_at_call(sc, q, &l)) >= 0)) {
            np a, b;
            a = NP_ZERO;
            b = NP_ZERO;
            if (parse_digits(sc, q, &a) && a.digits_only && cp_at_call(sc, a.e, &l) == '/' &&
                parse_digits(sc, a.e + 1, &b) && b.digits_only && b.v > a.v && a.v > 0 &&
                !(cp_at_call(sc, b.e, &l) == '/')) {
                r.v += a.v / b.v;
                e = r.e = b.e;
                r.flags |= BAYAN__NUM_FRACTION;
                r.digits_only = 0;
            }
        }
    }

    /* a sign */
    {
        size_t p = skip_invis_back(sc, s);
        uint32_t c = cp_before_call(sc, p, &st);
        size_t l0;
        uint32_t c0 = cp_at_call(sc, r.s, &l0);
        int digit_first = digit_val(c0) >= 0 || c0 == '.' || c0 == 0x066B;
        if (RARE((c == '-' || c == 0x2212 || c == '+') && digit_first)) {
            size_t st2;
            uint32_t c2 = cp_before_call(sc, skip_invis_back(sc, st), &st2);
            int ok = !(digit_val(c2) >= 0 || is_letter(c2) || c2 == '.' || c2 == ',' || c2 == '-' || c2 == 0x066B);
            /* "2 - 3" is a range or a difference, not a negative 3 */
            if (ok && is_space(c2)) {
                size_t st3;
                size_t p3 = skip_sp_back_call(sc, st);
                uint32_t c3 = cp_before_call(sc, p3, &st3);
                if (digit_val(c3) >= 0 || c3 == '%' || c3 == 0x066A)
                    ok = 0;
            }
            if (ok) {
                negative = c != '+';
                r.flags |= BAYAN__NUM_SIGNED;
                s = st;
            }
        } else if (c == '-' || c == 0x2212 || is_space(c)) {
            /* "- 2 درجة" at the start of a line */
            size_t p2 = skip_sp_back_call(sc, p);
            uint32_t c2 = cp_before_call(sc, p2, &st);
            if (RARE((c2 == '-' || c2 == 0x2212) && p2 != p)) {
                size_t st2;
                uint32_t c3 = cp_before_call(sc, st, &st2);
                if (st == 0 || c3 == '\n') {
                    negative = 1;
                    r.flags |= BAYAN__NUM_SIGNED;
                    s = st;
                }
            }
        }
        const word *w;
        if (!(r.flags & BAYAN__NUM_SIGNED) && (w = near_prev(sc, &wb, s))) {
            const bayan__nw *nw = bayan__nw_find(w->key, w->klen);
            if (RARE(nw && nw->type == NW_SIGN)) {
                negative = 1;
                r.flags |= BAYAN__NUM_SIGNED;
                s = w->a;
            }
        }
    }
    /* a currency symbol or code before: "$10", "US$ 5", "USD 5", "€20" */
    {
        size_t p = skip_sp_back_call(sc, s);
        uint32_t c = cp_before_call(sc, p, &st);
        const char *cur = currency_symbol(c);
        size_t st4;
        if (RARE((c == '%' || c == 0x066A) && p == s && st >= sc->last_end &&
                 digit_val(cp_before_call(sc, st, &st4)) < 0 && !r.words)) {
            /* "%39": the sign typed before the digits in right-to-left text */
            u1.name = "percent";
            u1.s = st;
            u1.e = p;
        } else if (RARE(cur && !negative && st >= sc->last_end)) {
            u1.name = "currency";
            u1.currency = cur;
            u1.s = st;
            u1.e = p;
            size_t st2;
            if (st >= 2 && !memcmp(sc->s + st - 2, "US", 2) && !is_latin(cp_before_call(sc, st - 2, &st2)))
                u1.s = st - 2;
            else if (c == '$' && st >= 1) {
                /* the other dollars: "C$718,500", "A$2 billion", "NZ$", "HK$", "S$" */
                static const struct { const char *p, *code; } dol[] = {
                    {"C", "CAD"}, {"A", "AUD"}, {"S", "SGD"}, {"NZ", "NZD"}, {"HK", "HKD"}, {"NT", "TWD"},
                    {"R", "BRL"}, {"Mex", "MXN"}, {NULL, NULL}};
                for (int k = 0; dol[k].p; k++) {
                    size_t pl = strlen(dol[k].p);
                    if (st >= pl && !memcmp(sc->s + st - pl, dol[k].p, pl) &&
                        (st == pl || !is_latin(cp_before_call(sc, st - pl, &st2)))) {
                        u1.currency = dol[k].code;
                        u1.s = st - pl;
                        break;
                    }
                }
            }
        } else if (RARE(c >= 'A' && c <= 'Z')) {
            size_t ws = word_start(sc, p);
            const char *iso = iso_code(sc, ws, p);
            if (iso) {
                u1.name = "currency";
                u1.currency = iso;
                u1.s = ws;
                u1.e = p;
            }
        } else if ((c >= 'a' && c <= 'z') || c == '.') {
            /* the press's short names: "Sh140 billion", "KSh 2,000", "Rs 4,500" */
            static const struct { const char *w, *code; } abbr[] = {
                {"Sh", "KES"}, {"KSh", "KES"}, {"Ksh", "KES"}, {"Shs", "UGX"}, {"USh", "UGX"}, {"TSh", "TZS"},
                {"Rs", "INR"}, {"Rs.", "INR"}, {"Rp", "IDR"}, {NULL, NULL}};
            size_t pe = c == '.' ? st : p; /* (the abbreviation's dot is part of it) */
            size_t ws = word_start(sc, pe);
            for (int k = 0; abbr[k].w && ws < pe; k++) {
                size_t al = strlen(abbr[k].w);
                if (p - ws == al && !memcmp(sc->s + ws, abbr[k].w, al)) {
                    u1.name = "currency";
                    u1.currency = abbr[k].code;
                    u1.s = ws;
                    u1.e = p;
                    break;
                }
            }
        } else {
            const word *w;
            if ((w = near_prev(sc, &wb, s)) && RARE(key_is(w, "بالمائه") || key_is(w, "بالمئه"))) {
                /* the unit before the number: "بالمائة 10" */
                size_t st3;
                uint32_t pc = cp_before_call(sc, skip_sp_back_call(sc, w->a), &st3);
                if (digit_val(pc) < 0) {
                    u1.name = "percent";
                    u1.s = w->a;
                    u1.e = w->b;
                }
            }
        }
    }
    if (negative)
        r.v = -r.v;

    /* a unit right after the first number, before a range's second one: "10$-20$" */
    unit ua;
    int have_ua = 0, ua_ok = 0;
    size_t ua_at = (size_t)-1; /* where ua was read: the unit after the number is the same read */
    if (!r.ordinal && kind == BAYAN_NUM_QUANTITY) {
        ua_at = e;
        ua_ok = parse_unit(sc, e, &ua);
        have_ua = ua_ok && !ua.times_word;
    }

    /* ranges */
    size_t rs0 = u1.name && u1.s < s ? u1.s : s; /* before "$" in "between $2 and $3" */
    size_t range_from = have_ua ? ua.e : e;
    {
        size_t p = skip_sp_call(sc, range_from);
        uint32_t c = cp_at_call(sc, p, &l);
        int conn = 0, change_to = 0;
        size_t q = 0;
        const word *w = NULL;
        if (RARE((is_dash(c) || c == '~') && kind == BAYAN_NUM_QUANTITY)) {
            conn = 1;
            q = skip_sp_call(sc, p + l);
            if (cp_at_call(sc, q, &st) == '$' || currency_symbol(cp_at_call(sc, q, &st)))
                q = skip_sp_call(sc, q + st); /* "$10-$20" */
        } else if ((w = near_next(sc, &wa, range_from)) &&
                   (key_is(w, "الي") || key_is(w, "to") || key_is(w, "حتي") || key_is(w, "and") ||
                    key_is(w, AR_WAW) || key_is(w, "لـ") || !strcmp(w->key, AR_LAM))) {
            q = skip_sp_call(sc, w->b);
            word pb;
            int bein = prev_word(sc, rs0, &pb) && (key_is_cl(&pb, "بين") || key_is(&pb, "between"));
            int min = prev_word(sc, rs0, &pb) && (key_is_cl(&pb, "من") || key_is(&pb, "from"));
            if ((key_is(w, AR_WAW) || key_is(w, "and")) && bein)
                conn = 2;
            else if ((key_is(w, "الي") || key_is(w, "to") || key_is(w, "حتي") || !strcmp(w->key, AR_LAM)) &&
                     (min || key_is(w, "الي") || key_is(w, "to"))) {
                conn = 3;
                /* "ارتفع من 5 إلى 7", "fell 0.3 points to 4.1": a change, not a range */
                word vb;
                size_t pp = min ? pb.a : s;
                /* with "from" the verb may stand further back ("raising the
                 * base fare from $2.90 to $3"), within the clause and not past
                 * a word of ranging ("prices ranging from") */
                for (int k = 0; k < (min ? 7 : 3) && prev_word(sc, pp, &vb); k++) {
                    if (k >= 3 && clause_break(sc, vb.b, pp))
                        break;
                    if (key_in_cl(&vb, 1, 0, RANGE_WORDS))
                        break;
                    if (key_in_cl(&vb, 1, 0, MULT_VERBS) ||
                        key_in_cl(&vb, 1, 0, CHANGE_VERBS) || (min && key_in_n(vb.key, vb.klen, CHANGE_ING) &&
                                                                   (k < 2 || !(key_is(&vb, "up") || key_is(&vb, "down"))))) {
                        /* without "from" the ends decide: "rose 3 to 4 percent" is a range,
                         * "fell 12 to 3,400" a change and its result */
                        if (min)
                            conn = 0;
                        else
                            change_to = 1;
                        break;
                    }
                    pp = vb.a;
                }
                if (!min && have_ua && is_letter(cp_at_call(sc, ua.s, &st)))
                    conn = 0; /* "0.3 points to 4.1": a unit word between */
                if (!min && !(r.words || r.digits_only || r.has_dec))
                    conn = 0;
            }
        }
        if (!conn && (w = near_next(sc, &wa, range_from)) && w->klen > 2 &&
            (!strncmp(w->key, AR_WAW, 2) || !strncmp(w->key, AR_LAM, 2))) {
            word pb;
            int bein = prev_word(sc, rs0, &pb) && key_is_cl(&pb, "بين");
            int min = prev_word(sc, rs0, &pb) && key_is_cl(&pb, "من");
            if (bein && (!strncmp(w->key, AR_WAW, 2))) {
                conn = 2;
                q = w->a + 2;
            } else if (min && !strncmp(w->key, AR_LAM, 2) && w->klen > 4) {
                conn = 3; /* "من عشرة لعشرين" */
                q = w->a + 2;
            }
        }
        if (!conn) {
            /* "بين 2 و4": the و is glued to the digits */
            size_t p2 = skip_sp_call(sc, range_from);
            if (!strncmp(sc->s + p2, AR_WAW, 2) && digit_val(cp_at_call(sc, p2 + 2, &l)) >= 0) {
                word pb;
                if (prev_word(sc, rs0, &pb) && (key_is_cl(&pb, "بين"))) {
                    conn = 2;
                    q = p2 + 2;
                }
            }
        }
        if (RARE(conn && q < sc->n)) {
            size_t qq = q;
            if (currency_symbol(cp_at_call(sc, qq, &st)))
                qq = skip_sp_call(sc, qq + st); /* "between £2bn and £3bn" */
            /* "لعشرين": the ل glued to the second number */
            if (parse_numeral(sc, qq, &r2) && !r2.code && !r2.mult && r2.v != 0 &&
                (r2.v > r.v || conn == 2 || conn == 1 || (r2.flags & BAYAN__NUM_SCALED))) {
                int years = r.digits_only && r2.digits_only && r.int_digits == 4 && r.v >= 1000 && r.v <= 2200 &&
                            ((r2.int_digits == 4 && r2.v <= 2200) || r2.int_digits == 2) && !have_ua;
                uint32_t c2 = cp_at_call(sc, skip_invis(sc, r2.e), &l);
                int date3 = conn == 1 && r.digits_only && r2.digits_only && (is_dash(c2) || c2 == '/') &&
                            digit_val(cp_at_call(sc, r2.e + l, &st)) >= 0;
                int glued_letters = is_letter(c2) && c2 != 0x0640 && !r2.words;
                if (date3) {
                    np y;
                    y = NP_ZERO;
                    parse_digits(sc, r2.e + l, &y);
                    kind = BAYAN_NUM_DATE;
                    e = r.e = y.e;
                } else if (years && (conn != 2 || r2.int_digits == 4) && r2.v > (r2.int_digits == 2 ? fmod(r.v, 100) : r.v)) {
                    kind = BAYAN_NUM_PERIOD;
                    e = r.e = r2.e;
                } else if (r.digits_only && r2.digits_only && r.int_digits == 4 && r2.int_digits <= 2 &&
                           conn == 1 && r.v >= 1900 && r.v <= 2100 && r2.v <= 12) {
                    kind = BAYAN_NUM_DATE; /* "1995-01" */
                    e = r.e = r2.e;
                } else if (!glued_letters && (r2.v > r.v || (r2.flags & BAYAN__NUM_SCALED)) &&
                           !range_units_clash(sc, have_ua ? &ua : u1.name ? &u1 : NULL, &r, q, qq, &r2) &&
                           !(change_to && !(r.v > 0 && r2.v <= 5 * r.v))) {
                    has_range = 1;
                    double lo = r.v, hi = r2.v;
                    if ((r2.flags & BAYAN__NUM_SCALED) && !(r.flags & BAYAN__NUM_SCALED)) {
                        /* "2-3 ملايين": the scale belongs to both */
                        double scale = 1;
                        if (r.v != 0)
                            for (scale = 1e3; scale <= 1e12 && lo * scale < hi; scale *= 1e3)
                                if (lo * scale * 10 > hi)
                                    break;
                        if (lo < hi / 1000 && lo * scale <= hi)
                            lo *= scale;
                    }
                    if (lo >= hi)
                        has_range = 0;
                    if (has_range) {
                        low = lo;
                        high = hi;
                        e = r.e = r2.e;
                        if (r2.flags & BAYAN__NUM_WORDS)
                            r.flags |= BAYAN__NUM_WORDS;
                        have_ua = 0;
                        word pb;
                        int has_pb = prev_word(sc, rs0, &pb);
                        if (has_pb && (conn == 2 || (conn == 3 && (key_is_cl(&pb, "من") || key_is(&pb, "from"))))) {
                            size_t a = pb.a;
                            word pb2;
                            if (conn == 2 && prev_word(sc, a, &pb2) && key_is(&pb2, "ما"))
                                a = pb2.a;
                            qual = BAYAN_Q_RANGE;
                            qs = a;
                            qe = skip_sp_back_call(sc, rs0);
                        }
                    }
                }
            }
        }
    }

    /* the unit */
    if (RARE(r.dualn)) {
        /* the unit is the word itself, after its clitics ("بمرتين") */
        if (!parse_unit(sc, r.s, &u) && !parse_unit(sc, r.s + 2, &u) && !parse_unit(sc, r.s + 4, &u))
            return 1;
    } else if (have_ua && !has_range) {
        u = ua;
    } else {
        static const unit U_ZERO; /* see NP_ZERO */
        u = U_ZERO;
        u.factor = 1;
        if (!r.ordinal && kind == BAYAN_NUM_QUANTITY) {
            if (e != ua_at)
                parse_unit(sc, e, &u);
            else if (ua_ok)
                u = ua;
        }
        if (has_range && !u.name && have_ua)
            u = ua;
    }
    if (!u.name && u1.name) {
        u = u1;
        u.factor = 1;
    }
    if (u.duration && r.digits_only && r.int_digits == 4 && r.v >= 1000 && r.v <= 2199)
        memset(&u, 0, sizeof u); /* "في 2020 سنة الجائحة": a year, then a noun */
    if (u.duration && kind == BAYAN_NUM_QUANTITY) {
        /* "بعد 21 عامًا على", "منذ 10 أعوام", "three years ago": a duration
         * that places an event in time is a relative date, not a quantity */
        static const char *const ANCHOR_BEFORE[] = {"بعد", "منذ", "قبل", "after", NULL};
        word aw;
        int anchored = prev_word(sc, s, &aw) &&
                       (key_in_cl(&aw, 1, 0, ANCHOR_BEFORE));
        if (anchored || (next_word(sc, u.e, &aw) && key_is(&aw, "ago")))
            kind = BAYAN_NUM_DATE;
    }
    if (u.name && u.factor != 1) {
        r.v *= u.factor;
        low *= u.factor;
        high *= u.factor;
    }
    /* dollars and cents: "20 دولار و43 سنت", "20$ 43c" */
    if (u.name && bayan__str_eq(u.name, "currency") && u.factor == 1 && !has_range) {
        size_t p = skip_sp_call(sc, u.e > e ? u.e : e);
        word w;
        size_t q = p;
        if (next_word(sc, p, &w) && (key_is(&w, AR_WAW) || key_is(&w, "and")))
            q = skip_sp_call(sc, w.b);
        else if (!strncmp(sc->s + p, AR_WAW, 2))
            q = p + 2;
        np c;
        unit cu;
        if (digit_val(cp_at_call(sc, q, &l)) >= 0 && parse_numeral(sc, q, &c) && c.v < 100 && c.digits_only) {
            if (parse_unit(sc, c.e, &cu) && cu.factor == 0.01) {
                r.v += c.v / 100;
                e = r.e = cu.e;
                u.e = cu.e > u.e ? cu.e : u.e;
            } else if (u.s < s && q == p && c.int_digits == 2 && !is_letter(cp_at_call(sc, skip_sp_call(sc, c.e), &l))) {
                /* "$20 43" */
                r.v += c.v / 100;
                e = r.e = c.e;
            }
        }
    }
    if (RARE(u.negate)) {
        r.v = -fabs(r.v);
        negative = 1;
    }
    /* a lone "تحت الصفر" after a bare number: "2 تحت الصفر" */
    const word *zw; /* (the phrases are tried only after their first word) */
    if (!u.name && kind == BAYAN_NUM_QUANTITY && (zw = near_next(sc, &wa, e)) &&
        RARE(key_is(zw, "تحت") || key_is(zw, "below"))) {
        size_t ze;
        if ((ze = phrase_fwd(sc, e, "تحت الصفر", 0)) || (ze = phrase_fwd(sc, e, "below zero", 0))) {
            u.name = "celsius";
            u.s = skip_sp_call(sc, e);
            u.e = ze;
            r.v = -fabs(r.v);
        }
    }

    /* the qualifier before */
    if (qual == BAYAN_Q_NONE) {
        size_t from = u.name && u.s < s ? u.s : s;
        const word *aw2;
        if (al_from && al_from < from)
            from = al_from; /* past the article: "قرابة الـ300" */
        else if (from == s && (aw2 = near_prev(sc, &wb, s)) && key_is(aw2, AR_AL) && skip_sp_call(sc, aw2->b) == s)
            from = aw2->a; /* "نحو الـ 5 ملايين" */
        size_t a = qual_before(sc, from, &qual, sc->last_end);
        if (a != (size_t)-1) {
            qs = a;
            qe = skip_sp_back_call(sc, from);
            word ow;
            if (u.duration && qual == BAYAN_Q_MORE_THAN && a + 4 == qe && !memcmp(sc->s + a, "over", 4) &&
                !(prev_word(sc, a, &ow) && (key_is(&ow, "for") || key_is(&ow, "in")))) {
                /* "over ten years" is across them; "for over ten years" is more than */
                qual = BAYAN_Q_NONE;
                qs = qe = 0;
            }
        } else {
            qual = BAYAN_Q_NONE;
        }
    }
    size_t end = e;
    if (u.name && u.e > end)
        end = u.e;
    /* the qualifier after: "تقريبًا", "على الأقل", "أو أكثر" */
    if (qual == BAYAN_Q_NONE || qual == BAYAN_Q_APPROX) {
        wcache fc;
        cache_fwd_gated(sc, end, &fc, &qa_first);
        for (const bayan__qualw *t = bayan__quals_after; fc.n && t->key; t++) {
            size_t k = (size_t)(t - bayan__quals_after);
            if (k < MAXQA && !(fc.w[0].klen == qa_first_n[k] && bytes_eq(fc.w[0].key, t->key, qa_first_n[k])))
                continue; /* its first word is not the word after the number */
            size_t a = phrase_fwd_c(&fc, t->key, 0);
            if (a) {
                if (qual == BAYAN_Q_NONE || t->q == BAYAN_Q_AT_LEAST || t->q == BAYAN_Q_UP_TO) {
                    qual = t->q;
                    qs = skip_sp_call(sc, end);
                    qe = a;
                }
                end = a;
                break;
            }
        }
    }
    /* "أكثر من 40 وأقل من 60": one range */
    if (RARE((qual == BAYAN_Q_MORE_THAN || qual == BAYAN_Q_AT_LEAST) && !has_range)) {
        size_t p = skip_sp_call(sc, end);
        word w;
        size_t after_and = 0;
        if (next_word(sc, p, &w) && (key_is(&w, AR_WAW) || key_is(&w, "and")))
            after_and = w.b;
        else if (!strncmp(sc->s + p, AR_WAW, 2))
            after_and = p + 2;
        if (after_and) {
            static const char *const LESS[] = {"اقل من او يساوي", "اقل من", "اصغر من", "ادني من", "تحت", "دون",
                                               "less than", "under", "below", NULL};
            for (const char *const *k = LESS; *k; k++) {
                size_t a = phrase_fwd(sc, after_and, *k, 0);
                if (!a && after_and == p + 2 && !strncmp(sc->s + p, AR_WAW, 2)) {
                    /* "وأقل": the و glued to the first word */
                    char tmp[64];
                    size_t kl = strlen(*k);
                    if (kl + 3 < sizeof tmp) {
                        memcpy(tmp, AR_WAW, 2);
                        memcpy(tmp + 2, *k, kl + 1);
                        a = phrase_fwd(sc, p, tmp, 0);
                    }
                }
                if (a && parse_numeral(sc, skip_sp_call(sc, a), &r2) && !r2.code && r2.v > r.v) {
                    has_range = 1;
                    low = r.v;
                    high = r2.v;
                    qual = BAYAN_Q_RANGE;
                    end = r2.e;
                    unit u2;
                    if (parse_unit(sc, r2.e, &u2)) {
                        if (!u.name)
                            u = u2;
                        end = u2.e;
                    }
                    break;
                }
            }
        }
    }

    /* multipliers against occasions */
    if (RARE(u.name && u.times_word && bayan__str_eq(u.name, "times"))) {
        if (!multiplier_governed(sc, s, &r, u.e, qual != BAYAN_Q_NONE ? qs : s)) {
            u.name = "count";
            r.flags |= BAYAN__NUM_OCCASIONS;
        }
    }
    if (RARE(r.mult) && r.e < sc->n && (sc->s[r.e] == '-' || sc->s[r.e] == '\'')) /* "double-digit", "triple-A" */
        return 1;
    if (RARE(r.mult && !u.name)) {
        /* "ضعف" is also "weakness": a multiplier only before "ما" or a
         * measure, or after a verb of growth or "إلى" */
        char mk[KEYCAP];
        bayan__num_key(sc->s, r.s, r.e, mk, sizeof mk);
        if (!strcmp(strip_cl(mk, 1, 1), "ضعف")) {
            word a, b;
            static const char *const MEASURES[] = {"ما", "عدد", "حجم", "مستوي", "قيمه", "متوسط", "المعدل",
                                                   "المتوسط", "نظيره", "نظيرتها", "مثيله", NULL};
            int ok = next_word(sc, r.e, &a) && key_in_n(a.key, a.klen, MEASURES);
            if (!ok && prev_word(sc, r.s, &b))
                ok = key_in_n(b.key, b.klen, MULT_VERBS) || key_in(strip_cl(b.key, 1, 0), MULT_VERBS) ||
                     key_is(&b, "الي") || key_is(&b, "نحو") || key_is(&b, "حوالي");
            if (!ok)
                return 1;
        }
        u.name = "times";
        u.s = r.s;
        u.e = r.e;
    }

    /* what kind of number this is */
    const word *pw = near_prev(sc, &wb, (qual != BAYAN_Q_NONE && qs < s) ? qs : s), *nw = near_next(sc, &wa, end);
    int have_pw = pw != NULL, have_nw = nw != NULL;
    if (r.ordinal)
        kind = BAYAN_NUM_ORDINAL;
    if (kind == BAYAN_NUM_QUANTITY && !u.name && !has_range && !r.words && r.digits_only) {
        size_t st2;
        uint32_t pc = cp_before_call(sc, skip_sp_back_call(sc, s), &st2);
        uint32_t ac = cp_at_call(sc, skip_sp_call(sc, end), &l);
        /* a list item: a number opening a line, then ".", ")" or "-" */
        size_t ls = skip_sp_back_call(sc, s);
        if (RARE((ls == 0 || sc->s[ls - 1] == '\n') && (ac == '.' || ac == ')' || ac == '-' || ac == 0x2013) &&
                 !negative)) {
            size_t z = skip_sp_call(sc, end) + l;
            uint32_t zc = cp_at_call(sc, z, &st2);
            if (zc == ' ' || zc == '\t' || is_letter(zc))
                kind = BAYAN_NUM_LIST_ITEM;
        }
        /* a phone number: long digit runs after "+" or "0", or named so */
        if (sc->s[s] == '+')
            pc = '+';
        if (RARE(kind == BAYAN_NUM_QUANTITY && ((pc == '+' && r.int_digits >= 1 && digit_val(ac) >= 0) ||
                                                (r.int_digits >= 8 && sc->s[r.s] == '0')))) {
            kind = BAYAN_NUM_PHONE;
            size_t z = end;
            for (;;) {
                size_t z2 = skip_sp_call(sc, z);
                uint32_t zc = cp_at_call(sc, z2, &st2);
                if (digit_val(zc) >= 0 || zc == '-' || zc == '/')
                    z = z2 + st2;
                else
                    break;
            }
            end = e = r.e = z;
            if (pc == '+' && sc->s[s] != '+')
                s = skip_sp_back_call(sc, s) - 1;
            negative = 0;
            r.v = fabs(r.v);
        }
        /* "الساعة 5", "5 pm", "at 4 p.m." */
        int ampm = have_nw && (key_in_n(nw->key, nw->klen, TIME_AFTER) || ((key_is(nw, "p") || key_is(nw, "a")) &&
                                                             nw->b < sc->n && sc->s[nw->b] == '.'));
        if (kind == BAYAN_NUM_QUANTITY && r.v <= 24 && (ampm || (have_pw && key_is_cl(pw, "الساعه"))))
            kind = BAYAN_NUM_TIME_OF_DAY;
    }
    /* the lists the word before is in (with its clitics stripped), read
     * once for the phone, reference, date and year rules below */
    uint32_t pw_sets = have_pw ? word_sets_cl(pw, 1, 1) : 0;
    if (kind == BAYAN_NUM_QUANTITY && have_pw && !has_range && !u.name) {
        if (pw_sets & LS_BIT(LS_PHONE_BEFORE))
            kind = BAYAN_NUM_PHONE;
        else if (pw_sets & LS_BIT(LS_REF_BEFORE))
            kind = BAYAN_NUM_REFERENCE;
    }
    /* dates: a month name next to a day number */
    if (kind == BAYAN_NUM_QUANTITY && !u.name && (r.digits_only || has_range) && r.v <= 31 && r.v >= 1 &&
        have_nw && is_month(nw) && !r.words) {
        kind = BAYAN_NUM_DATE;
        end = nw->b; /* the month is part of the date: "17 يوليو", not "17" */
    }
    if (kind == BAYAN_NUM_QUANTITY && !u.name && r.digits_only && r.v <= 31 && r.v >= 1 && have_nw &&
        key_is(nw, "شهر")) {
        word mw; /* "15 شهر رمضان": the day of a named month */
        if (next_word(sc, nw->b, &mw) && is_month(&mw))
            kind = BAYAN_NUM_DATE;
    }
    if (kind == BAYAN_NUM_QUANTITY && !u.name && r.digits_only && r.v >= 1 && r.v <= 31 && have_pw &&
        (pw_sets & LS_BIT(LS_MONTHS)) && pw->key[0] < 0x7F && pw->key[0] > 0 && !(r.int_digits == 4)) {
        kind = BAYAN_NUM_DATE; /* "March 3" */
        date_from = pw->a;
    }
    /* years */
    if (kind == BAYAN_NUM_QUANTITY && !u.name && r.digits_only && !r.words && r.int_digits == 4 && r.v >= 1000 &&
        r.v <= 2199 && !negative) {
        int ctx = r.year_mark || (pw_sets & (LS_BIT(LS_YEAR_BEFORE) | LS_BIT(LS_MONTHS)));
        int weak = have_pw && (key_in_cl(pw, 1, 0, YEAR_WEAK));
        if (!ctx && sc->cnt > 0) {
            /* "عامي 2022 و2023": after a year and a conjunction */
            const bayan__num *pv = &sc->v[sc->cnt - 1];
            if (pv->pub.kind == BAYAN_NUM_YEAR && s - pv->end < 12)
                ctx = 1;
        }
        int alone = !have_nw || key_in_cl(nw, 1, 0, AFTER_YEAR_OK);
        if (!have_nw) {
            uint32_t ac = cp_at_call(sc, skip_sp_call(sc, end), &l);
            alone = !(digit_val(ac) >= 0);
        }
        /* "2019 ridership", "the 2020 election": before a singular English
         * noun a year qualifies it; what is counted stands in the plural */
        int en_modifier = 0;
        if (have_nw && r.v >= 1900 && r.v <= 2099 && nw->klen >= 3 && (unsigned char)sc->s[nw->a] >= 'a' &&
            (unsigned char)sc->s[nw->a] <= 'z' && nw->key[nw->klen - 1] != 's' && !key_is(nw, "people") &&
            !key_is(nw, "children") && !key_is(nw, "men") && !key_is(nw, "women") && !key_is(nw, "staff") &&
            !key_is(nw, "police") && !key_is(nw, "personnel") && !key_is(nw, "cattle") &&
            !bayan__nw_find(nw->key, nw->klen) && !bayan__unitw_find(bayan__units_phys, nw->key) &&
            !bayan__unitw_find(bayan__currency_nouns, nw->key) && !(r.e < sc->n && sc->s[r.e] == ','))
            en_modifier = 1;
        /* "في ١٩٨٠ لجنة", "in 1,980 committees": an Arabic indefinite noun
         * in ة or with tanwin after the number is what it counts, not what
         * a year is followed by (a verb, a preposition, "مقارنة ب") */
        if (weak && !ctx && have_nw && (unsigned char)nw->key[0] >= 0x80 && !alone && nw->klen > 4 &&
            strncmp(nw->key, AR_AL, 4) && !key_is(nw, "مقارنه") && !key_is(nw, "نتيجه") &&
            !key_is(nw, "بنسبه") && !key_is(nw, "بقيمه") && !key_is(nw, "بزياده") && !key_is(nw, "سنه") &&
            !key_is(nw, "ساعه") && !key_is(nw, "بدايه") && !key_is(nw, "نهايه") && !key_is(nw, "ميلاديه") &&
            !key_is(nw, "هجريه") && nw->b >= nw->a + 2) {
            const unsigned char *wz = (const unsigned char *)sc->s + nw->b;
            int ta = wz[-2] == 0xD8 && wz[-1] == 0xA9; /* ة */
            int tanwin = (wz[-2] == 0xD9 && wz[-1] == 0x8B) ||
                         (nw->b >= nw->a + 4 && wz[-4] == 0xD9 && wz[-3] == 0x8B && wz[-2] == 0xD8 && wz[-1] == 0xA7);
            if (ta || tanwin)
                weak = 0;
        }
        if (ctx || ((weak || alone || en_modifier) && r.v >= 1900 && r.v <= 2099))
            kind = BAYAN_NUM_YEAR;
        if (r.year_mark)
            kind = BAYAN_NUM_YEAR;
    }
    if (kind == BAYAN_NUM_PERIOD || kind == BAYAN_NUM_DATE) {
        u.name = NULL;
        has_range = 0;
        if (qual == BAYAN_Q_RANGE)
            qual = BAYAN_Q_NONE;
    }
    if (kind == BAYAN_NUM_YEAR || kind == BAYAN_NUM_ORDINAL) {
        /* "حتى 2030", "بحلول": not a bound on a quantity */
        if (qual != BAYAN_Q_RANGE)
            qual = BAYAN_Q_NONE;
    }

    bayan__num *n = push(sc);
    if (!n)
        return 0;
    size_t start = s;
    if (u.name && u.s < start)
        start = u.s;
    if (qual != BAYAN_Q_NONE && qs < start)
        start = qs;
    if (date_from && date_from < start)
        start = date_from; /* the month before: "March 3" */
    if (end < e)
        end = e;
    if (start < sc->last_end)
        start = sc->last_end; /* never overlap the number before */
    if (start > r.s)
        start = r.s;
    n->start = start;
    n->end = end;
    n->num_start = r.s;
    n->num_end = e;
    if (u.name) {
        n->unit_start = u.s;
        n->unit_end = u.e;
    }
    if (qual != BAYAN_Q_NONE && qe > qs) {
        n->qual_start = qs;
        n->qual_end = qe;
    }
    n->flags = r.flags;
    n->pub.kind = (bayan_num_kind)kind;
    n->pub.qualifier = qual;
    if (kind != BAYAN_NUM_QUANTITY)
        n->pub.qualifier = BAYAN_Q_NONE;
    /* scale words multiply binary fractions: 4.1 × 1e9 is not exactly 4100000000 */
    if (r.flags & BAYAN__NUM_SCALED) {
        double rv = nearbyint(r.v);
        if (fabs(r.v - rv) < 1e-6 * fabs(r.v))
            r.v = rv;
        rv = nearbyint(low);
        if (fabs(low - rv) < 1e-6 * fabs(low))
            low = rv;
        rv = nearbyint(high);
        if (fabs(high - rv) < 1e-6 * fabs(high))
            high = rv;
    }
    if (has_range) {
        n->pub.has_range = 1;
        n->pub.low = low;
        n->pub.high = high;
        n->pub.qualifier = BAYAN_Q_RANGE;
    } else {
        n->pub.has_value = 1;
        n->pub.value = r.v;
    }
    if (kind == BAYAN_NUM_QUANTITY && u.name) {
        n->pub.unit = u.name;
        n->pub.currency = u.currency;
    }
    sc->last_end = end;
    *next = end > i ? end : i + 1;
    return 1;
}

/* ---- the loop ------------------------------------------------------------ */

/* Is byte pair (c, d) an Arabic letter, tatweel or haraka of U+0600-U+06FF
 * (not a digit, comma, semicolon, question mark or percent sign)? */
static inline int ar_letter2(unsigned char c, unsigned char d)
{
    switch (c) {
    case 0xD8: return d >= 0xA0 || (d >= 0x90 && d <= 0x9A);
    case 0xD9: return d < 0xA0 || d >= 0xAE;
    case 0xDA: return 1;
    case 0xDB: return !(d >= 0xB0 && d <= 0xB9) && d != 0x94 && d != 0x9D && d != 0x9E;
    }
    return 0;
}

/* The end of the word at i, for the main loop: Arabic letters read two bytes
 * at a time without decoding. */
/* Tables for the loop (built once with the word lists): lead_class[c] is 1
 * for an ASCII letter, 2 for 0xD8..0xDB (a letter when ar_letter2 says so of
 * the pair), 0 otherwise; ar_pair[c - 0xD8][d] is ar_letter2(c, d). Lookups
 * instead of branches: the lead bytes of Arabic letters alternate
 * unpredictably. */
static unsigned char lead_class[256];
static unsigned char ar_pair[4][256];

static __attribute__((cold)) void build_pair_fold(void);

static __attribute__((cold)) void build_loop_tables(void)
{
    for (unsigned c = 0; c < 256; c++) {
        lead_class[c] = (unsigned char)(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1
                                        : (c >= 0xD8 && c <= 0xDB)               ? 2
                                                                                 : 0);
        if (c >= 0xD8 && c <= 0xDB)
            for (unsigned d = 0; d < 256; d++)
                ar_pair[c - 0xD8][d] = (unsigned char)ar_letter2((unsigned char)c, (unsigned char)d);
    }
    build_pair_fold();
    build_cp_class();
}

static pthread_once_t loop_once = PTHREAD_ONCE_INIT;

static inline __attribute__((always_inline)) size_t fast_word_end(const unsigned char *u, size_t i, size_t n)
{
    i = ar_run8(u, i, n);
    while (i < n) {
        unsigned cls = lead_class[u[i]];
        if (cls == 1)
            i++;
        else if (cls == 2 && i + 1 < n && ar_pair[u[i] - 0xD8][u[i + 1]])
            i += 2;
        else
            break;
    }
    return i;
}

/* pair_fold[cp] for an 11-bit code point: as the keys fold it, or PAIR_SKIP
 * for tatweel and harakat (built with the loop tables). */
#define PAIR_SKIP 0xFFFFu
static uint16_t pair_fold[0x800];
/* pair_fold3[(lead & 3) | (trail & 0x3F) << 2] for a two-byte character of
 * lead 0xD8-0xDB: the low byte of its pair_fold (all that
 * bayan__nw_triple_ok reads), or PAIR3_SKIP where pair_fold has PAIR_SKIP.
 * PAIR3_IX makes the index from the character read as 16 bits (lead | trail
 * << 8, little-endian). */
#define PAIR3_SKIP 0x100u
#define PAIR3_IX(v) ((((v) | (v) >> 6) & 0xFF))
static uint16_t pair_fold3[256];

static __attribute__((cold)) void build_pair_fold(void)
{
    for (unsigned cp = 0; cp < 0x800; cp++) {
        unsigned f = cp;
        if (cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670)
            f = PAIR_SKIP;
        else if (cp == 0x0629)
            f = 0x0647;
        else if (cp == 0x0649)
            f = 0x064A;
        else if (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671)
            f = 0x0627;
        pair_fold[cp] = (uint16_t)f;
    }
    for (unsigned lead = 0xD8; lead <= 0xDB; lead++)
        for (unsigned trail = 0x80; trail <= 0xBF; trail++) {
            unsigned f = pair_fold[((lead & 0x1F) << 6) | (trail & 0x3F)];
            pair_fold3[(lead & 3) | (trail & 0x3F) << 2] = (uint16_t)(f == PAIR_SKIP ? PAIR3_SKIP : f & 0xFF);
        }
}

/* The last two letters of u[i..we) as folded code points, harakat, tatweel
 * and a final ة/ى folded as the keys are. */
static __attribute__((noinline)) int last_pair_ok_slow(const unsigned char *u, size_t i, size_t we)
{
    if (we - i >= 6 && (u[we - 2] & 0xFC) == 0xD8 && (u[we - 4] & 0xFC) == 0xD8 && (u[we - 6] & 0xFC) == 0xD8) {
        /* the usual case, three two-byte Arabic letters at the end: the loop
         * below would read these same pairs, unless one is a haraka */
        unsigned c2 = pair_fold[((unsigned)(u[we - 2] & 0x1F) << 6) | (u[we - 1] & 0x3F)];
        unsigned c1 = pair_fold[((unsigned)(u[we - 4] & 0x1F) << 6) | (u[we - 3] & 0x3F)];
        unsigned c0 = pair_fold[((unsigned)(u[we - 6] & 0x1F) << 6) | (u[we - 5] & 0x3F)];
        if (c0 != PAIR_SKIP && c1 != PAIR_SKIP && c2 != PAIR_SKIP)
            return bayan__nw_triple_ok(c0, c1, c2);
    }
    unsigned cps[3] = {0, 0, 0};
    int got = 0;
    size_t j = we;
    while (j > i && got < 3) {
        unsigned cp;
        if (u[j - 1] < 0x80) {
            cp = u[j - 1];
            if (cp >= 'A' && cp <= 'Z')
                cp += 32;
            j--;
        } else if (j - 2 >= i) {
            cp = pair_fold[((unsigned)(u[j - 2] & 0x1F) << 6) | (u[j - 1] & 0x3F)];
            j -= 2;
            if (cp == PAIR_SKIP)
                continue;
        } else {
            break;
        }
        cps[2 - got] = cp;
        got++;
    }
    return got >= 2 && bayan__nw_triple_ok(cps[0], cps[1], cps[2]);
}

/* last_pair_ok_slow's answer, inline for the usual case: the last six bytes
 * three two-byte Arabic characters, none a haraka or tatweel, read in one
 * load (bytes 2, 4 and 6 of it the leads), each folded by one look-up. */
static inline __attribute__((always_inline)) int last_pair_ok(const unsigned char *u, size_t i, size_t we)
{
    if (we - i >= 6 && we >= 8) {
        uint64_t x;
        memcpy(&x, u + we - 8, 8);
        if ((x & 0xFC00FC00FC0000ULL) == 0xD800D800D80000ULL) {
            uint64_t v = x & 0x3F033F033F030000ULL;
            unsigned c0 = pair_fold3[PAIR3_IX((unsigned)(v >> 16) & 0xFFFF)],
                     c1 = pair_fold3[PAIR3_IX((unsigned)(v >> 32) & 0xFFFF)], c2 = pair_fold3[PAIR3_IX((unsigned)(v >> 48))];
            if (!((c0 | c1 | c2) & PAIR3_SKIP))
                return bayan__nw_triple_ok(c0, c1, c2);
        }
    } else if (we - i == 4) { /* two Arabic letters ("من", "في"): 0 before them */
        uint32_t y;
        memcpy(&y, u + we - 4, 4);
        if ((y & 0x00FC00FCu) == 0x00D800D8u) {
            unsigned c1 = pair_fold3[PAIR3_IX(y & 0x3F03u)], c2 = pair_fold3[PAIR3_IX((y >> 16) & 0x3F03u)];
            if (!((c1 | c2) & PAIR3_SKIP))
                return bayan__nw_triple_ok(0, c1, c2);
        }
    }
    if (we - i >= 2 && u[we - 1] < 0x80 && u[we - 2] < 0x80) {
        /* an English word: its last letters lowered (a word's ASCII bytes are
         * letters) */
        if (we - i == 2)
            return bayan__nw_triple_ok(0, u[we - 2] | 0x20u, u[we - 1] | 0x20u);
        if (u[we - 3] < 0x80)
            return bayan__nw_triple_ok(u[we - 3] | 0x20u, u[we - 2] | 0x20u, u[we - 1] | 0x20u);
    }
    return last_pair_ok_slow(u, i, we);
}

/* "a" starts a number before a scale word ("a million", "a hundred") and
 * before a fraction that is one ("a third of", "by a third."), not before an
 * ordinal ("a third term"). */
static __attribute__((cold)) int article_number(const scan *sc, size_t i, size_t we)
{
    word w, a;
    if (we >= sc->n || sc->s[we] != ' ' || !next_word(sc, we, &w) || w.a != we + 1)
        return 0;
    const bayan__nw *nw = bayan__nw_find(w.key, w.klen);
    if (!nw || !(nw->flags & NWF_EN))
        return 0;
    if ((nw->type == NW_SCALE && !(nw->flags & NWF_PLURAL)) || nw->type == NW_HUND)
        return 1;
    if (nw->type != NW_FRACPL)
        return 0;
    if (prev_word(sc, i, &a) && key_is(&a, "by"))
        return 1; /* "cut by a third" */
    /* "down a fifth on last year", "up about a third": a change, when no
     * noun follows ("up a third time" is an ordinal) */
    int change = prev_word(sc, i, &a) && (key_is(&a, "up") || key_is(&a, "down"));
    if (prev_word(sc, i, &a) && (key_is(&a, "roughly") || key_is(&a, "about") || key_is(&a, "nearly") ||
                                 key_is(&a, "almost") || key_is(&a, "around") || key_is(&a, "some")) &&
        prev_word(sc, a.a, &a)) {
        if (key_is(&a, "by"))
            return 1; /* "by roughly a third" */
        change = key_is(&a, "up") || key_is(&a, "down");
    }
    if (next_word(sc, w.b, &a))
        /* an ordinal goes on with its noun ("a third term"); a share with
         * "of", a comparison or a preposition ("a third since 2017") */
        return (change && (key_is(&a, "on") || key_is(&a, "year") || key_is(&a, "compared"))) ||
               key_is(&a, "of") || key_is(&a, "less") || key_is(&a, "more") || key_is(&a, "lower") ||
               key_is(&a, "higher") || key_is(&a, "smaller") || key_is(&a, "larger") || key_is(&a, "since") ||
               key_is(&a, "in") || key_is(&a, "from") || key_is(&a, "over") || key_is(&a, "during") ||
               key_is(&a, "last") || key_is(&a, "this") || key_is(&a, "compared") || key_is(&a, "between") ||
               key_is(&a, "after"); /* not "and": "a third and final round" */
    size_t l, q = skip_sp(sc, w.b);
    uint32_t c = cp_at(sc, q, &l);
    return !l || c == '.' || c == ',' || c == ';' || c == ')' || c == '\n' || c == 0x060C;
}

static __attribute__((cold)) int word_may_start_number_key(const scan *sc, size_t i, size_t we);

static inline __attribute__((always_inline)) int word_may_start_number(const scan *sc, size_t i, size_t we)
{
    size_t len = we - i;
    if (len == 1)
        return (sc->s[i] | 0x20) == 'a' && article_number(sc, i, we);
    /* the last letters first: they turn most words away without a look-up */
    if (!last_pair_ok((const unsigned char *)sc->s, i, we))
        return 0;
    if (!sc->memo || len > WMS_MAX)
        return word_may_start_number_key(sc, i, we);
    const unsigned char *p = (const unsigned char *)sc->s + i;
    uint64_t h = raw_hash(p, len);
    wms_entry *e = &sc->memo->wms[(h ^ (h >> 29)) & (WMS_SLOTS - 1)];
    if (e->len == len && bytes_eq(e->bytes, p, len))
        return e->ok;
    int ok = word_may_start_number_key(sc, i, we);
    e->len = (unsigned char)len;
    e->ok = (unsigned char)ok;
    memcpy(e->bytes, p, len);
    return ok;
}

/* The answer from the word's key and the lexicon (its last letters passed
 * last_pair_ok). */
static __attribute__((cold)) int word_may_start_number_key(const scan *sc, size_t i, size_t we)
{
    {
    char key[KEYCAP];
    size_t kl = bayan__num_key(sc->s, i, we, key, sizeof key);
    int conj, bprep;
    if (!kl)
        return 0;
    const bayan__nw *w = lookup(key, kl, 1, &conj, &bprep);
    if (!w && (key[0] & 0x80)) {
        /* "الربع", "والنصف": may be an amount after a word of approximation
         * (parse_numeral looks for it) */
        const char *fk = strip_cl(key, 1, 0);
        size_t fl = kl - (size_t)(fk - key);
        const bayan__nw *fw;
        return fl > 4 && !strncmp(fk, AR_AL, 4) && (fw = bayan__nw_find(fk + 4, fl - 4)) && fw->type == NW_FRAC;
    }
    return w && w->type != NW_AND && w->type != NW_POINT && w->type != NW_FRACPL;
    }
}

bayan_status bayan__scan_numbers(bayan_doc *doc, bayan_lang lang)
{
    bayan_status rc = BAYAN_ENOMEM;
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.s = doc->norm;
    sc.n = doc->norm_len;
    sc.lang = lang;
    sc.memo = calloc(1, sizeof *sc.memo); /* only a cache: the scan works without it */

    free(doc->nums);
    free(doc->numbers);
    free(doc->num_texts);
    doc->nums = NULL;
    doc->numbers = NULL;
    doc->num_texts = NULL;
    doc->n_nums = 0;

    const unsigned char *u = (const unsigned char *)sc.s;
    size_t i = 0, n = sc.n;
    pthread_once(&loop_once, build_loop_tables); /* first: every helper reads its tables */
    bayan__nw_init();
    pthread_once(&sets_once, build_sets);
    pthread_once(&lists_once, build_lists);
    int prev_letter = 0; /* was the character before i a letter? */
    while (i < n) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (c >= '0' && c <= '9') {
                size_t next;
                if (!scan_at(&sc, i, &next))
                    goto out;
                i = next;
                prev_letter = 0;
                continue;
            }
            if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
                size_t we = fast_word_end(u, i, n);
                if (!prev_letter && ((we + 3 <= n && !memcmp(u + we, "://", 3)) ||
                                     (we - i == 3 && !memcmp(u + i, "www", 3) && we < n && u[we] == '.'))) {
                    /* a URL: its digits are not numbers */
                    while (i < n && u[i] > ' ')
                        i++;
                    continue;
                }
                if (!prev_letter && we - i <= 16 && word_may_start_number(&sc, i, we)) {
                    size_t next;
                    if (!scan_at(&sc, i, &next))
                        goto out;
                    if (next > i + 1) {
                        i = next;
                        prev_letter = 0;
                        continue;
                    }
                }
                int sp = we < n && u[we] == ' '; /* (as below) */
                i = we + (size_t)sp;
                prev_letter = !sp;
                continue;
            }
            if ((c == '.') && i + 1 < n && u[i + 1] >= '0' && u[i + 1] <= '9' &&
                (i == 0 || !(u[i - 1] >= '0' && u[i - 1] <= '9')) && (i == 0 || u[i - 1] == ' ' || u[i - 1] == '\n')) {
                size_t next;
                if (!scan_at(&sc, i, &next))
                    goto out;
                i = next;
                prev_letter = 0;
                continue;
            }
            prev_letter = 0;
            i++;
            continue;
        }
        if (lead_class[c] == 2 && i + 1 < n && ar_pair[c - 0xD8][u[i + 1]]) {
            size_t we = fast_word_end(u, i, n);
            if (!prev_letter && we - i >= 4 && we - i <= 40 && word_may_start_number(&sc, i, we)) {
                size_t next;
                if (!scan_at(&sc, i, &next))
                    goto out;
                if (next > i + 1) {
                    i = next;
                    prev_letter = 0;
                    continue;
                }
            }
            /* the space after the word, as the ASCII branch would step over
             * it, at once */
            int sp = we < n && u[we] == ' ';
            i = we + (size_t)sp;
            prev_letter = !sp;
            continue;
        }
        size_t l;
        uint32_t cp = cp_at(&sc, i, &l);
        if (digit_val(cp) >= 0 || ((cp == 0x066B) && i + l < n && digit_val(cp_at(&sc, i + l, &(size_t){0})) >= 0)) {
            size_t next;
            if (!scan_at(&sc, i, &next))
                goto out;
            i = next;
            prev_letter = 0;
            continue;
        }
        if (bayan__is_arabic_letter(cp) || is_latin(cp)) {
            size_t we = fast_word_end(u, i, n);
            if (we == i)
                we = word_end(&sc, i);
            if (!prev_letter && we - i >= 4 && we - i <= 40 && word_may_start_number(&sc, i, we)) {
                size_t next;
                if (!scan_at(&sc, i, &next))
                    goto out;
                if (next > i + 1) {
                    i = next;
                    prev_letter = 0;
                    continue;
                }
            }
            i = we;
            prev_letter = 1;
            continue;
        }
        if (cp == 0xBD || cp == 0xBC || cp == 0xBE) {
            /* ½ ¼ ¾ standing alone */
            bayan__num *nm = push(&sc);
            if (!nm)
                goto out;
            nm->start = nm->num_start = i;
            nm->end = nm->num_end = i + l;
            nm->pub.has_value = 1;
            nm->pub.value = cp == 0xBD ? 0.5 : cp == 0xBC ? 0.25 : 0.75;
            nm->flags = BAYAN__NUM_FRACTION;
        }
        prev_letter = bayan__is_invisible(cp) ? prev_letter : 0;
        i += l;
    }

    /* the public views are the pub members of nums (bayan_doc_number hands
     * out &nums[i].pub: no second array), with original offsets and their
     * texts in one block, sized first so that it is written once */
    if (sc.cnt) {
        size_t total = 0;
        for (size_t k = 0; k < sc.cnt; k++) {
            bayan__num *nm = &sc.v[k];
            nm->pub.start = bayan__doc_orig(doc, nm->start);
            nm->pub.end = bayan__doc_orig(doc, nm->end);
            total += nm->pub.end - nm->pub.start + 1;
        }
        if (!(doc->num_texts = malloc(total)))
            goto out;
        bayan__mem_hint_large(doc->num_texts, total);
        char *t = doc->num_texts;
        for (size_t k = 0; k < sc.cnt; k++) {
            bayan__num *nm = &sc.v[k];
            size_t len = nm->pub.end - nm->pub.start;
            memcpy(t, doc->bytes + nm->pub.start, len);
            t[len] = '\0';
            nm->pub.text = t;
            t += len + 1;
        }
        if (sc.cnt < sc.cap) { /* give back what doubling left over */
            bayan__num *v = realloc(sc.v, sc.cnt * sizeof *v);
            if (v)
                sc.v = v;
        }
    }
    doc->nums = sc.v;
    doc->n_nums = sc.cnt;
    sc.v = NULL;
    rc = BAYAN_OK;
out:
    if (rc != BAYAN_OK) {
        free(doc->num_texts);
        doc->num_texts = NULL;
    }
    free(sc.v);
    free(sc.memo);
    return rc;
}

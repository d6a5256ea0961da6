/* The number-word lexicon, keyed by normalised spelling (see bayan__num_key):
 * Modern Standard Arabic in both genders and all cases, the common Egyptian
 * spellings, and English. Looked up through a hash table built once. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "extract/num.h"

#define U NW_UNIT
#define A NWF_AL
static const bayan__nw words[] = {
    /* Arabic units */
    {"صفر", U, 0, 0},
    {"واحد", U, NWF_AMBIG, 1}, {"واحده", U, NWF_AMBIG, 1}, {"احد", U, NWF_TEENONLY, 1},
    {"احدي", U, NWF_TEENONLY, 1}, {"حادي", U, NWF_TEENONLY, 1},
    {"اثنان", U, 0, 2}, {"اثنين", U, 0, 2}, {"اثنتان", U, 0, 2}, {"اثنتين", U, 0, 2},
    {"اثنا", U, NWF_TEENONLY, 2}, {"اثني", U, NWF_TEENONLY, 2}, {"اثنتا", U, NWF_TEENONLY, 2},
    {"اثنتي", U, NWF_TEENONLY, 2}, {"اتنين", U, 0, 2}, {"اثنتان", U, 0, 2},
    {"ثلاث", U, 0, 3}, {"ثلاثه", U, 0, 3}, {"تلات", U, 0, 3}, {"تلاته", U, 0, 3},
    {"اربع", U, 0, 4}, {"اربعه", U, 0, 4},
    {"خمس", U, NWF_FRACAMB, 5}, {"خمسه", U, 0, 5},
    {"ست", U, 0, 6}, {"سته", U, 0, 6}, {"سبع", U, NWF_FRACAMB, 7}, {"سبعه", U, 0, 7},
    {"ثمان", U, 0, 8}, {"ثماني", U, 0, 8}, {"ثمانيه", U, 0, 8}, {"تمان", U, 0, 8}, {"تمانيه", U, 0, 8},
    {"تسع", U, NWF_FRACAMB, 9}, {"تسعه", U, 0, 9},
    {"عشر", NW_TEEN, NWF_FRACAMB, 10}, {"عشره", NW_TEEN, 0, 10},
    /* Egyptian teens, written as one word */
    {"حداشر", NW_FULL, 0, 11}, {"اتناشر", NW_FULL, 0, 12}, {"تلتاشر", NW_FULL, 0, 13},
    {"تلاتاشر", NW_FULL, 0, 13}, {"اربعتاشر", NW_FULL, 0, 14}, {"اربعطاشر", NW_FULL, 0, 14},
    {"خمستاشر", NW_FULL, 0, 15}, {"خمسطاشر", NW_FULL, 0, 15}, {"ستاشر", NW_FULL, 0, 16},
    {"سبعتاشر", NW_FULL, 0, 17}, {"سبعطاشر", NW_FULL, 0, 17}, {"تمنتاشر", NW_FULL, 0, 18},
    {"تمانتاشر", NW_FULL, 0, 18}, {"تسعتاشر", NW_FULL, 0, 19}, {"تسعطاشر", NW_FULL, 0, 19},
    /* tens */
    {"عشرون", NW_TENS, A, 20}, {"عشرين", NW_TENS, A, 20}, {"ثلاثون", NW_TENS, A, 30},
    {"ثلاثين", NW_TENS, A, 30}, {"تلاتين", NW_TENS, A, 30}, {"اربعون", NW_TENS, A, 40},
    {"اربعين", NW_TENS, A, 40}, {"خمسون", NW_TENS, A, 50}, {"خمسين", NW_TENS, A, 50},
    {"ستون", NW_TENS, A, 60}, {"ستين", NW_TENS, A, 60}, {"سبعون", NW_TENS, A, 70},
    {"سبعين", NW_TENS, A, 70}, {"ثمانون", NW_TENS, A, 80}, {"ثمانين", NW_TENS, A, 80},
    {"تمانين", NW_TENS, A, 80}, {"تسعون", NW_TENS, A, 90}, {"تسعين", NW_TENS, A, 90},
    /* hundreds */
    {"مائه", NW_HUND, 0, 100}, {"مئه", NW_HUND, 0, 100}, {"ميه", NW_HUND, 0, 100}, {"مايه", NW_HUND, 0, 100},
    {"مائتان", NW_HUNDS, 0, 200}, {"مائتين", NW_HUNDS, 0, 200}, {"مئتان", NW_HUNDS, 0, 200},
    {"مئتين", NW_HUNDS, 0, 200}, {"مائتي", NW_HUNDS, 0, 200}, {"مئتي", NW_HUNDS, 0, 200},
    {"مائتا", NW_HUNDS, 0, 200}, {"مئتا", NW_HUNDS, 0, 200}, /* the construct nominative: "ومئتا طالب" */
    {"متين", NW_HUNDS, 0, 200},
    {"ثلاثمائه", NW_HUNDS, 0, 300}, {"ثلاثمئه", NW_HUNDS, 0, 300}, {"تلتميه", NW_HUNDS, 0, 300},
    {"تلاتميه", NW_HUNDS, 0, 300},
    {"اربعمائه", NW_HUNDS, 0, 400}, {"اربعمئه", NW_HUNDS, 0, 400}, {"ربعميه", NW_HUNDS, 0, 400},
    {"اربعميه", NW_HUNDS, 0, 400},
    {"خمسمائه", NW_HUNDS, 0, 500}, {"خمسمئه", NW_HUNDS, 0, 500}, {"خمسميه", NW_HUNDS, 0, 500},
    {"ستمائه", NW_HUNDS, 0, 600}, {"ستمئه", NW_HUNDS, 0, 600}, {"ستميه", NW_HUNDS, 0, 600},
    {"سبعمائه", NW_HUNDS, 0, 700}, {"سبعمئه", NW_HUNDS, 0, 700}, {"سبعميه", NW_HUNDS, 0, 700},
    {"ثمانمائه", NW_HUNDS, 0, 800}, {"ثمانيمائه", NW_HUNDS, 0, 800}, {"ثمانمئه", NW_HUNDS, 0, 800},
    {"ثمانيمئه", NW_HUNDS, 0, 800}, {"تمنميه", NW_HUNDS, 0, 800}, {"تمانميه", NW_HUNDS, 0, 800},
    {"تسعمائه", NW_HUNDS, 0, 900}, {"تسعمئه", NW_HUNDS, 0, 900}, {"تسعميه", NW_HUNDS, 0, 900},
    /* scales */
    {"الف", NW_SCALE, 0, 1e3}, {"الفا", NW_SCALE, 0, 1e3}, {"الفان", NW_SCALE, NWF_DUAL, 1e3},
    {"الفين", NW_SCALE, NWF_DUAL, 1e3}, {"الفي", NW_SCALE, NWF_DUAL, 1e3}, {"الاف", NW_SCALE, NWF_PLURAL, 1e3},
    {"مليون", NW_SCALE, 0, 1e6}, {"مليونا", NW_SCALE, 0, 1e6}, {"مليونان", NW_SCALE, NWF_DUAL, 1e6},
    {"مليونين", NW_SCALE, NWF_DUAL, 1e6}, {"مليوني", NW_SCALE, NWF_DUAL, 1e6},
    {"ملايين", NW_SCALE, NWF_PLURAL, 1e6},
    {"مليار", NW_SCALE, 0, 1e9}, {"مليارا", NW_SCALE, 0, 1e9}, {"ملياران", NW_SCALE, NWF_DUAL, 1e9},
    {"مليارين", NW_SCALE, NWF_DUAL, 1e9}, {"ملياري", NW_SCALE, NWF_DUAL, 1e9},
    {"مليارات", NW_SCALE, NWF_PLURAL, 1e9}, {"بليون", NW_SCALE, 0, 1e9}, {"بلايين", NW_SCALE, NWF_PLURAL, 1e9},
    {"تريليون", NW_SCALE, 0, 1e12}, {"ترليون", NW_SCALE, 0, 1e12}, {"تريليونا", NW_SCALE, 0, 1e12},
    {"تريليونات", NW_SCALE, NWF_PLURAL, 1e12}, {"ترليونات", NW_SCALE, NWF_PLURAL, 1e12},
    {"تريليونان", NW_SCALE, NWF_DUAL, 1e12}, {"تريليونين", NW_SCALE, NWF_DUAL, 1e12},
    /* fractions */
    {"نصف", NW_FRAC, 0, 0.5}, {"ثلث", NW_FRAC, 0, 1.0 / 3}, {"ربع", NW_FRAC, 0, 0.25},
    {"ثلثان", NW_FRAC, 0, 2.0 / 3}, {"ثلثين", NW_FRAC, 0, 2.0 / 3}, {"ثلثي", NW_FRAC, 0, 2.0 / 3},
    {"ثلثا", NW_FRAC, 0, 2.0 / 3}, /* the construct nominative: "ثلثا السكان" */
    /* with a pronoun: "نصفهم", "ربعها", "ثلثيهم" (of them) */
    {"نصفهم", NW_FRAC, 0, 0.5}, {"نصفها", NW_FRAC, 0, 0.5}, {"نصفهن", NW_FRAC, 0, 0.5},
    {"ثلثهم", NW_FRAC, 0, 1.0 / 3}, {"ثلثها", NW_FRAC, 0, 1.0 / 3}, {"ربعهم", NW_FRAC, 0, 0.25},
    {"ربعها", NW_FRAC, 0, 0.25}, {"ثلثيهم", NW_FRAC, 0, 2.0 / 3}, {"ثلثيها", NW_FRAC, 0, 2.0 / 3},
    {"ثلثاهم", NW_FRAC, 0, 2.0 / 3}, {"ثلثاها", NW_FRAC, 0, 2.0 / 3},
    {"اثلاث", NW_FRACPL, 0, 1.0 / 3}, {"ارباع", NW_FRACPL, 0, 0.25}, {"اخماس", NW_FRACPL, 0, 0.2},
    {"اسداس", NW_FRACPL, 0, 1.0 / 6}, {"اسباع", NW_FRACPL, 0, 1.0 / 7}, {"اثمان", NW_FRACPL, 0, 0.125},
    {"اتساع", NW_FRACPL, 0, 1.0 / 9}, {"اعشار", NW_FRACPL, 0, 0.1},
    /* multipliers, signs, the spoken point */
    {"ضعف", NW_MULT, 0, 2}, {"ضعفا", NW_MULT, 0, 2}, {"ضعفين", NW_MULT, 0, 2}, {"ضعفان", NW_MULT, 0, 2},
    {"ضعفي", NW_MULT, 0, 2}, /* the construct dual: "أكثر من ضعفي العدد" */
    /* accusative forms: "خمسا وستين" */
    {"ثلاثا", U, 0, 3}, {"اربعا", U, 0, 4}, {"خمسا", U, 0, 5}, {"ستا", U, 0, 6}, {"سبعا", U, 0, 7},
    {"ثمانيا", U, 0, 8}, {"تسعا", U, 0, 9}, {"عشرا", NW_TEEN, 0, 10},
    {"دزينه", NW_FULL, 0, 12}, {"درجتين", NW_DUALN, 0, 2}, {"درجتان", NW_DUALN, 0, 2},
    {"مرتين", NW_DUALN, 0, 2}, {"مرتان", NW_DUALN, 0, 2},
    /* durations in the dual: "لمدة يومين", "عامين" */
    {"يومين", NW_DUALN, 0, 2}, {"يومان", NW_DUALN, 0, 2}, {"اسبوعين", NW_DUALN, 0, 2},
    {"اسبوعان", NW_DUALN, 0, 2}, {"شهرين", NW_DUALN, 0, 2}, {"شهران", NW_DUALN, 0, 2},
    {"سنتين", NW_DUALN, 0, 2}, {"سنتان", NW_DUALN, 0, 2}, {"عامين", NW_DUALN, 0, 2}, {"عامان", NW_DUALN, 0, 2},
    {"فلسين", NW_DUALN, 0, 2}, {"فلسان", NW_DUALN, 0, 2}, {"ليلتين", NW_DUALN, 0, 2}, {"ليلتان", NW_DUALN, 0, 2}, {"ساعتين", NW_DUALN, 0, 2}, {"ساعتان", NW_DUALN, 0, 2}, {"دقيقتين", NW_DUALN, 0, 2},
    {"دقيقتان", NW_DUALN, 0, 2},
    {"سالب", NW_SIGN, 0, -1}, {"ناقص", NW_SIGN, 0, -1}, {"فاصله", NW_POINT, 0, 0},
    /* English */
#define E NWF_EN
    {"zero", U, E, 0}, {"one", U, E | NWF_AMBIG, 1}, {"two", U, E, 2}, {"three", U, E, 3},
    {"four", U, E, 4}, {"five", U, E, 5}, {"six", U, E, 6}, {"seven", U, E, 7}, {"eight", U, E, 8},
    {"nine", U, E, 9}, {"ten", NW_FULL, E, 10}, {"eleven", NW_FULL, E, 11}, {"twelve", NW_FULL, E, 12},
    {"thirteen", NW_FULL, E, 13}, {"fourteen", NW_FULL, E, 14}, {"fifteen", NW_FULL, E, 15},
    {"sixteen", NW_FULL, E, 16}, {"seventeen", NW_FULL, E, 17}, {"eighteen", NW_FULL, E, 18},
    {"nineteen", NW_FULL, E, 19}, {"twenty", NW_TENS, E, 20}, {"thirty", NW_TENS, E, 30},
    {"forty", NW_TENS, E, 40}, {"fifty", NW_TENS, E, 50}, {"sixty", NW_TENS, E, 60},
    {"seventy", NW_TENS, E, 70}, {"eighty", NW_TENS, E, 80}, {"ninety", NW_TENS, E, 90},
    {"hundred", NW_HUND, E, 100}, {"thousand", NW_SCALE, E, 1e3}, {"million", NW_SCALE, E, 1e6},
    {"billion", NW_SCALE, E, 1e9}, {"trillion", NW_SCALE, E, 1e12}, {"bn", NW_SCALE, E, 1e9},
    {"mn", NW_SCALE, E, 1e6}, {"tn", NW_SCALE, E, 1e12}, {"thousands", NW_SCALE, E | NWF_PLURAL, 1e3},
    {"millions", NW_SCALE, E | NWF_PLURAL, 1e6}, {"billions", NW_SCALE, E | NWF_PLURAL, 1e9},
    {"dozen", NW_SCALE, E, 12}, {"crore", NW_SCALE, E, 1e7}, {"crores", NW_SCALE, E, 1e7},
    {"lakh", NW_SCALE, E, 1e5}, {"lakhs", NW_SCALE, E, 1e5}, {"double", NW_MULT, E, 2}, {"triple", NW_MULT, E, 3},
    {"quadruple", NW_MULT, E, 4}, {"twofold", NW_MULT, E, 2}, {"threefold", NW_MULT, E, 3},
    {"fourfold", NW_MULT, E, 4}, {"fivefold", NW_MULT, E, 5}, {"sixfold", NW_MULT, E, 6},
    {"sevenfold", NW_MULT, E, 7}, {"eightfold", NW_MULT, E, 8}, {"ninefold", NW_MULT, E, 9},
    {"tenfold", NW_MULT, E, 10}, {"hundredfold", NW_MULT, E, 100}, {"thrice", NW_MULT, E, 3}, {"twice", NW_MULT, E, 2}, {"minus", NW_SIGN, E, -1},
    {"negative", NW_SIGN, E, -1}, {"thirds", NW_FRACPL, E, 1.0 / 3}, {"third", NW_FRACPL, E, 1.0 / 3},
    {"half", NW_FRAC, E, 0.5}, {"a", U, E | NWF_AMBIG | NWF_ARTICLE, 1}, {"quarter", NW_FRACPL, E, 0.25}, {"fifth", NW_FRACPL, E, 0.2},
    {"tenth", NW_FRACPL, E, 0.1}, {"quarters", NW_FRACPL, E, 0.25}, {"fifths", NW_FRACPL, E, 0.2}, {"tenths", NW_FRACPL, E, 0.1}, {"point", NW_POINT, E, 0}, {"and", NW_AND, E, 0},
#undef E
};
#undef U
#undef A

#define NSLOTS 1024 /* a power of two, well above twice the lexicon */
static const bayan__nw *slots[NSLOTS];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Eight bytes at a step from each end (see num.c's wset_hash). */
static unsigned hash(const char *k, size_t n)
{
    uint64_t h;
    if (n >= 8) {
        uint64_t x, y;
        memcpy(&x, k, 8);
        memcpy(&y, k + n - 8, 8);
        h = (x * 0x9E3779B97F4A7C15ULL) ^ ((y + n) * 0xC2B2AE3D27D4EB4FULL);
    } else {
        uint64_t x = 0;
        for (size_t i = 0; i < n; i++)
            x = x << 8 | (unsigned char)k[i];
        h = (x + n) * 0x9E3779B97F4A7C15ULL;
    }
    h ^= h >> 29;
    return (unsigned)(h ^ (h >> 17));
}

/* Which last three letters end a number word: a cheap test that turns most
 * words of running text away before any key is built. Letters are folded
 * into 0..255 (Arabic U+06xx by its low byte, ASCII as itself); a two-letter
 * word ("ست") has 0 for its first, and with a clitic before it ("وست") the
 * clitic's letter, so those triples are noted too. */
unsigned char bayan__nw_triples[65536 / 8]; /* read inline by bayan__nw_triple_ok (num.h) */
static size_t key_lens[sizeof words / sizeof words[0]];

static void set_bit(unsigned bit)
{
    bayan__nw_triples[bit / 8] |= (unsigned char)(1u << (bit % 8));
}

static void note_triple(const char *k)
{
    unsigned last[3] = {0, 0, 0};
    int n = 0;
    const unsigned char *u = (const unsigned char *)k;
    for (size_t i = 0; u[i];) {
        unsigned cp;
        if (u[i] < 0x80) {
            cp = u[i++];
        } else {
            cp = ((unsigned)(u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F);
            i += 2;
        }
        last[0] = last[1];
        last[1] = last[2];
        last[2] = cp;
        n++;
    }
    set_bit(bayan__nw_triple_bit(last[0], last[1], last[2]));
    if (n == 2) {
        static const unsigned clitics[] = {0x0648, 0x0641, 0x0628, 0x0644, 0x0643};
        for (size_t i = 0; i < sizeof clitics / sizeof clitics[0]; i++)
            set_bit(bayan__nw_triple_bit(clitics[i], last[1], last[2]));
    }
}

/* key_lead[ix], key_trail[ix] for the character of U+0600-U+067F with
 * ix = cp - 0x600 (lead byte D8 or D9): its two bytes in a key, as
 * bayan__num_key's general path folds it (the lead 0 when it is dropped).
 * Built with the lexicon. */
static unsigned char key_lead[128], key_trail[128];

static inline __attribute__((always_inline)) size_t num_key_impl(const char *s, size_t a, size_t b, char *out,
                                                                  size_t cap, int table)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = a; i < b;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (o + 1 >= cap)
                return 0;
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + n > b)
            break;
        if (table && n == 2 && (c == 0xD8 || c == 0xD9)) { /* U+0600-U+067F: nearly every letter, by the table */
            unsigned ix = (unsigned)(c & 1) << 6 | (u[i + 1] & 0x3F);
            i += 2;
            if (!key_lead[ix])
                continue;
            if (o + 2 >= cap)
                return 0;
            out[o++] = (char)key_lead[ix];
            out[o++] = (char)key_trail[ix];
            continue;
        }
        if (n == 2) {
            unsigned cp = ((unsigned)(c & 0x1F) << 6) | (u[i + 1] & 0x3F);
            if (cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x061C || cp == 0x00AD) {
                i += 2;
                continue;
            }
            if (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671)
                cp = 0x0627;
            else if (cp == 0x0649)
                cp = 0x064A;
            else if (cp == 0x0629)
                cp = 0x0647;
            if (o + 2 >= cap)
                return 0;
            out[o++] = (char)(0xC0 | (cp >> 6));
            out[o++] = (char)(0x80 | (cp & 0x3F));
            i += 2;
            continue;
        }
        if (n == 3) {
            unsigned cp = ((unsigned)(c & 0x0F) << 12) | ((unsigned)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
            if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
                cp == 0xFEFF) {
                i += 3;
                continue;
            }
        }
        if (o + n >= cap)
            return 0;
        memcpy(out + o, s + i, n);
        o += n;
        i += n;
    }
    out[o] = '\0';
    return o;
}

/* bayan__num_key without the table (to build it). */
static size_t key_general(const char *s, size_t a, size_t b, char *out, size_t cap)
{
    return num_key_impl(s, a, b, out, cap, 0);
}

static void build_key_fold(void)
{
    for (unsigned ix = 0; ix < 128; ix++) {
        char in[3] = {(char)(0xD8 | (ix >> 6)), (char)(0x80 | (ix & 0x3F)), 0}, out[4];
        size_t n = key_general(in, 0, 2, out, sizeof out);
        key_lead[ix] = n == 2 ? (unsigned char)out[0] : 0;
        key_trail[ix] = n == 2 ? (unsigned char)out[1] : 0;
    }
}

static void build(void)
{
    build_key_fold();
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        note_triple(words[i].key);
        key_lens[i] = strlen(words[i].key);
    }
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i].key);
        unsigned h = hash(words[i].key, n) & (NSLOTS - 1);
        while (slots[h]) {
            if (!strcmp(slots[h]->key, words[i].key))
                break; /* a duplicate spelling: the first one stands */
            h = (h + 1) & (NSLOTS - 1);
        }
        if (!slots[h])
            slots[h] = &words[i];
    }
}

void bayan__nw_init(void)
{
    pthread_once(&once, build);
}

const bayan__nw *bayan__nw_find(const char *key, size_t len)
{
    pthread_once(&once, build);
    unsigned h = hash(key, len) & (NSLOTS - 1);
    while (slots[h]) {
        if (key_lens[slots[h] - words] == len && bayan__bytes_eq(slots[h]->key, key, len))
            return slots[h];
        h = (h + 1) & (NSLOTS - 1);
    }
    return NULL;
}

size_t bayan__num_key(const char *s, size_t a, size_t b, char *out, size_t cap)
{
    pthread_once(&once, build); /* (the table) */
    return num_key_impl(s, a, b, out, cap, 1);
}

/* The word-level view of a sentence for the claim rules: keys, tokens,
 * sentence ends. Works on doc->norm, which the text stage validated. */
#include <stdlib.h>
#include <string.h>

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

void bayan__word_key(const char *s, size_t len, char *key)
{
    size_t pos = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        /* the common letters byte by byte: ASCII, and Arabic letters that
         * fold to themselves (D8 A6..BA except the alef forms and ة, D9 81..88) */
        if (c < 0x80 && !(c >= 'A' && c <= 'Z')) {
            if (pos + 1 >= BAYAN__KEY_MAX)
                break;
            key[pos++] = (char)c;
            i++;
            continue;
        }
        if (i + 1 < len && pos + 2 < BAYAN__KEY_MAX) {
            unsigned char d = (unsigned char)s[i + 1];
            if ((c == 0xD8 && d >= 0xA6 && d <= 0xBA && d != 0xA9) || (c == 0xD9 && d >= 0x81 && d <= 0x88) ||
                (c == 0xD8 && (d == 0xA1 || d == 0xA4 || d == 0xA7)) || (c == 0xD9 && d == 0x8A)) {
                key[pos++] = (char)c;
                key[pos++] = (char)d;
                i += 2;
                continue;
            }
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

/* First number whose span ends after off (nums are in text order). */
static size_t first_num_after(const bayan_doc *doc, size_t off)
{
    size_t lo = 0, hi = doc->n_nums;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->nums[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Room for one more token; NULL when out of memory. */
static bayan__tok *new_tok(bayan__sent *sent)
{
    if (sent->n == sent->cap) {
        size_t ncap = sent->cap ? sent->cap * 2 : 64;
        bayan__tok *p = realloc(sent->toks, ncap * sizeof *p);
        if (!p)
            return NULL;
        sent->toks = p;
        sent->cap = ncap;
    }
    /* only the fields every token needs: the key and the masks are filled
     * when a rule first asks (see claims.c), so they are not cleared here */
    bayan__tok *t = &sent->toks[sent->n++];
    t->num = -1;
    t->punct = 0;
    t->upper = 0;
    t->c_stop = -1;
    t->keyed = 0;
    t->masked = 0;
    t->wslot = 0;
    return t;
}

/* Byte classes for the tokeniser: the ASCII word characters, and the lead
 * bytes of two-byte sequences that may start a word character (decided
 * exactly by is_word_cp). */
static int ascii_word(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* The code point at s[i] when it is a word character, else 0; *n its length. */
static inline unsigned word_cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *n = 1;
        return ascii_word(c) ? c : 0;
    }
    unsigned cp;
    *n = u8_fast(s, len, i, &cp);
    return is_word_cp(cp) ? cp : 0;
}

bayan_status bayan__sent_tokenize(const bayan_doc *doc, size_t start, size_t end, bayan__sent *sent)
{
    const char *s = doc->norm;
    size_t len = doc->norm_len;
    size_t k = first_num_after(doc, start);
    int clause = 0;
    sent->n = 0;
    sent->start = start;
    sent->end = end;
    while (k < doc->n_nums && doc->nums[k].end <= start)
        k++;
    size_t next_num = k < doc->n_nums ? bayan__num_begin(&doc->nums[k]) : (size_t)-1;
    for (size_t i = start; i < end;) {
        if (i >= next_num) {
            bayan__tok *t = new_tok(sent);
            if (!t)
                return BAYAN_ENOMEM;
            t->start = i;
            t->end = doc->nums[k].end < end ? doc->nums[k].end : end;
            t->num = (long)k;
            t->clause = clause;
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
        size_t n;
        unsigned cp = word_cp_at(s, len, i, &n);
        if (cp) {
            size_t j = i + n;
            while (j < end && j < next_num) {
                size_t m;
                unsigned c2 = word_cp_at(s, len, j, &m);
                if (c2) {
                    j += m;
                    continue;
                }
                u8_fast(s, len, j, &c2);
                /* world's, U.S., well-known: inner marks between letters */
                if ((c2 == '\'' || c2 == 0x2019 || c2 == '-' || c2 == '.') && j + m < end) {
                    unsigned c3;
                    u8_fast(s, len, j + m, &c3);
                    if (c3 < 0x250 && is_letter(c3) && c2 != '.') {
                        j += m;
                        continue;
                    }
                    if (c2 == '.' && c3 < 0x80 && is_letter(c3) && j - i <= 2) {
                        j += m;
                        continue;
                    }
                }
                break;
            }
            bayan__tok *t = new_tok(sent);
            if (!t)
                return BAYAN_ENOMEM;
            t->start = i;
            t->end = j;
            t->clause = clause;
            t->upper = cp >= 'A' && cp <= 'Z';
            i = j;
            continue;
        }
        if (c0 < 0x80)
            n = 1;
        u8_fast(s, len, i, &cp);
        if (is_boundary_punct(cp) || (cp == '-' && i > start && s[i - 1] == ' ')) {
            clause++;
            bayan__tok *t = new_tok(sent);
            if (!t)
                return BAYAN_ENOMEM;
            t->start = i;
            t->end = i + n;
            t->punct = 1;
            t->clause = clause;
            memcpy(t->key, s + i, n);
            t->key[n] = '\0';
            t->keyed = 1;
        }
        i += n;
    }
    return BAYAN_OK;
}

void bayan__sent_free(bayan__sent *sent)
{
    if (!sent)
        return;
    free(sent->toks);
    sent->toks = NULL;
    sent->n = sent->cap = 0;
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
        if (!strcmp(w, abbr[i]))
            return 1;
    return 0;
}

/* Bytes that may end a sentence: . ! ? newline, and 0x9F, the second byte
 * of ؟ (D8 9F). Testing 0xD8, the lead byte of half the Arabic letters,
 * would make the loop's branch unpredictable. */
static const unsigned char sent_mark[256] = {['\n'] = 1, ['!'] = 1, ['?'] = 1, ['.'] = 1, [0x9F] = 1};

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
        while (i < lim && !sent_mark[s[i]])
            i++;
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

char *bayan__arena_str(bayan_doc *doc, const char *str, size_t n)
{
    arena_block *b = doc->arena;
    if (!b || b->cap - b->used < n + 1) {
        size_t cap = n + 1 > 65536 ? n + 1 : 65536;
        arena_block *nb = malloc(sizeof *nb + cap);
        if (!nb)
            return NULL;
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        doc->arena = nb;
        b = nb;
    }
    char *p = b->data + b->used;
    memcpy(p, str, n);
    p[n] = '\0';
    b->used += n + 1;
    return p;
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

char *bayan__orig_arena(bayan_doc *doc, size_t start, size_t end, int *oom)
{
    size_t os, oe;
    if (!bayan__orig_range(doc, start, end, &os, &oe))
        return NULL;
    char *p = bayan__arena_str(doc, doc->bytes + os, oe - os);
    if (!p && oom)
        *oom = 1;
    return p;
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

int bayan__orig_range(const bayan_doc *doc, size_t start, size_t end, size_t *os_out, size_t *oe_out)
{
    const char *s = doc->norm;
    /* trim spaces and punctuation that are not part of a phrase */
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

/* Grouping claims into what belongs on one chart.
 *
 * Claims of one sentence that share a unit (and currency, and for counts the
 * counted noun) measure comparable things:
 *   - items of a coordinated list ("39% من X، و31% من Y، و20% من Z") form a
 *     series;
 *   - two values set side by side ("50% ... المتوسط العالمي البالغ 11%",
 *     "+4 °C for the world, 7 °C for Central Asia") form a comparison, and a
 *     multiplier in the same sentence ("أعلى بخمس مرات") is its ratio;
 *   - three or more values otherwise form a series.
 * Everything else stays single (group null). Titles are built from the
 * labels' own words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/str.h"
#include "extract/claims.h"
#include "extract/claims_words.h"

/* Are the eight bytes before p four two-byte Arabic letters of the pairs D8
 * A0-BF or D9 80-9F (nearly every letter of Arabic prose)? None of these
 * bytes is a space, a line break or a tab: a walk back over a word steps
 * over them eight at a time. */
static inline int ar_block_before(const unsigned char *p)
{
    const uint64_t M = 0x00FF00FF00FF00FFULL, ONE = 0x0001000100010001ULL;
    uint64_t x;
    memcpy(&x, p - 8, 8);
    uint64_t lead = x & M, trail = (x >> 8) & M;
    return (lead | ONE) == 0x00D900D900D900D9ULL &&
           (trail & 0x00E000E000E000E0ULL) == (0x00A000A000A000A0ULL ^ ((lead & ONE) << 5));
}

static int same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return bayan__str_eq(a, b);
}

static double magnitude(const bayan_claim *c)
{
    double v = c->has_value ? c->value : c->has_range ? c->high : 0;
    return v < 0 ? -v : v;
}

/* Same unit, currency and (for counts) counted noun, and values of one
 * order: "$1.62 billion" and "98 cents" a share are never bars of one
 * chart. A count without a noun of its own ("17 shots against 6") is
 * comparable when `loose`: comparable_how says 1 comparable, 2 comparable
 * only when loose, 0 not. */
static inline __attribute__((always_inline)) int comparable_how(const bayan_claim *a, const bayan__claim_info *ia,
                                                              const bayan_claim *b, const bayan__claim_info *ib)
{
    if (!same_str(a->unit, b->unit) || !same_str(a->currency, b->currency))
        return 0;
    int how = 1;
    if (a->unit && bayan__str_eq(a->unit, "count") && ia->noun != ib->noun) {
        if (ia->noun && ib->noun)
            return 0;
        how = 2;
    }
    double ma = magnitude(a), mb = magnitude(b);
    if (ma > 0 && mb > 0 && (ma > 1000 * mb || mb > 1000 * ma))
        return 0;
    return how;
}

static int comparable(const bayan_claim *a, const bayan__claim_info *ia, const bayan_claim *b,
                      const bayan__claim_info *ib, int loose)
{
    int how = comparable_how(a, ia, b, ib);
    return how == 1 || (how == 2 && loose);
}

/* The content words of a norm span as keys without the article and
 * common clitics, at most 8, with their lengths. */
typedef struct span_kw {
    int n;
    unsigned char len[8];
    char key[8][BAYAN__KEY_MAX];
} span_kw;

static void span_keys(const bayan_doc *doc, size_t s, size_t e, span_kw *out)
{
    /* وال بال لل ال: stripped when 2+ letters stay */
    static const char pre[4][7] = {"\xd9\x88\xd8\xa7\xd9\x84", "\xd8\xa8\xd8\xa7\xd9\x84", "\xd9\x84\xd9\x84",
                                   "\xd8\xa7\xd9\x84"};
    static const unsigned char pre_len[4] = {6, 6, 4, 4};
    int n = 0;
    size_t i = s;
    while (i < e && n < 8) {
        while (i < e && doc->norm[i] == ' ')
            i++;
        size_t j = i;
        while (j + 8 <= e && ar_block_before((const unsigned char *)doc->norm + j + 8))
            j += 8; /* (four Arabic letters: no space) */
        while (j < e && doc->norm[j] != ' ')
            j++;
        if (j >= i + 4) { /* (a key is never longer than its word: a shorter word is left out below) */
            char k[BAYAN__KEY_MAX];
            bayan__word_key(doc->norm + i, j - i, k);
            size_t kl = strlen(k); /* (a NUL in the text ends the key) */
            const char *p = k;
            for (int q = 0; q < 4; q++)
                if (kl > pre_len[q] + 4u && !memcmp(p, pre[q], pre_len[q])) {
                    p += pre_len[q];
                    kl -= pre_len[q];
                    break;
                }
            if (kl >= 4) { /* 2+ Arabic letters, 4+ Latin (so never "the", "of") */
                memcpy(out->key[n], p, kl + 1);
                out->len[n++] = (unsigned char)kl;
            }
        }
        i = j;
    }
    out->n = n;
}

/* Words and clause marks of a stretch of norm, for the rules below that
 * read what stands between or before figures. */
typedef struct gtok {
    size_t s, e;
    int mark; /* ، , ؛ ; : ( ) or a dash: a clause boundary */
    char key[BAYAN__KEY_MAX];
} gtok;

static size_t mark_len(const char *p, size_t left)
{
    unsigned char c = (unsigned char)p[0];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
        return 1;
    if (left >= 2 && c == 0xD8 && ((unsigned char)p[1] == 0x8C || (unsigned char)p[1] == 0x9B))
        return 2; /* ، ؛ */
    if (left >= 3 && c == 0xE2 && (unsigned char)p[1] == 0x80 &&
        ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94))
        return 3; /* – — */
    return 0;
}

/* Tokenises norm[s, e) into at most max tokens, keeping the last ones when
 * there are more (the rules read backwards from a figure), or the first
 * ones when `first`. */
static int gap_tokens_dir(const bayan_doc *doc, size_t s, size_t e, gtok *t, int max, int first)
{
    int n = 0;
    while (s < e && ((unsigned char)doc->norm[s] & 0xC0) == 0x80)
        s++; /* a window may start inside a letter */
    size_t i = s;
    while (i < e) {
        while (i < e && (doc->norm[i] == ' ' || doc->norm[i] == '\n' || doc->norm[i] == '\t'))
            i++;
        if (i >= e)
            break;
        gtok tk;
        size_t ml = mark_len(doc->norm + i, e - i);
        if (ml) {
            tk.s = i;
            tk.e = i + ml;
            tk.mark = 1;
            tk.key[0] = 0;
            i += ml;
        } else {
            size_t j = i;
            while (j < e && doc->norm[j] != ' ' && doc->norm[j] != '\n' && doc->norm[j] != '\t' &&
                   !mark_len(doc->norm + j, e - j))
                j++;
            tk.s = i;
            tk.e = j;
            tk.mark = 0;
            bayan__word_key(doc->norm + i, j - i, tk.key);
            i = j;
        }
        if (n == max && first)
            break;
        if (n == max) {
            memmove(t, t + 1, (size_t)(max - 1) * sizeof *t);
            n--;
        }
        t[n++] = tk;
    }
    return n;
}

/* The length of the clause mark that ends right before norm + j (>= lo), or 0. */
static inline size_t mark_len_before(const char *norm, size_t lo, size_t j)
{
    const unsigned char *p = (const unsigned char *)norm;
    if (j <= lo)
        return 0;
    unsigned char c = p[j - 1];
    if (c < 0x80)
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')';
    if (c != 0x8C && c != 0x9B && c != 0x93 && c != 0x94)
        return 0; /* most bytes: a letter's */
    if (j - lo >= 2 && p[j - 2] == 0xD8 && (c == 0x8C || c == 0x9B))
        return 2;
    if (j - lo >= 3 && p[j - 3] == 0xE2 && p[j - 2] == 0x80 && (c == 0x93 || c == 0x94))
        return 3;
    return 0;
}

/* The token of norm[s, *pi) that ends last, as gap_tokens_dir cuts them
 * (s at a character's start): found walking back from *pi over spaces and
 * then the token, keyed when `keyed` (else its key is left empty, for the
 * caller to make if it reads it); *pi moves to its start. 0 when there is
 * none. */
static inline int prev_gtok(const char *norm, size_t s, size_t *pi, gtok *tk, int keyed)
{
    size_t i = *pi;
    while (i > s && (norm[i - 1] == ' ' || norm[i - 1] == '\n' || norm[i - 1] == '\t'))
        i--;
    if (i <= s)
        return 0;
    size_t ml = mark_len_before(norm, s, i);
    if (ml) {
        tk->s = i - ml;
        tk->e = i;
        tk->mark = 1;
        tk->key[0] = 0;
        *pi = i - ml;
        return 1;
    }
    /* only these bytes can end a space or a mark; others step on */
    static const unsigned char stop[256] = {
        ['\t'] = 1, ['\n'] = 1, [' '] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['('] = 1, [')'] = 1,
        [0x8C] = 1,  [0x9B] = 1,  [0x93] = 1, [0x94] = 1};
    const unsigned char *p = (const unsigned char *)norm;
    size_t j = i;
    /* (four Arabic letters at a step: none of their bytes ends a word, see
     * ar_block_before; the stop bytes among them are no marks there) */
    while (j >= s + 8 && ar_block_before(p + j))
        j -= 8;
    while (j > s && (!stop[p[j - 1]] || (p[j - 1] >= 0x80 && !mark_len_before(norm, s, j))))
        j--;
    tk->s = j;
    tk->e = i;
    tk->mark = 0;
    if (keyed)
        bayan__word_key(norm + j, i - j, tk->key);
    else
        tk->key[0] = 0;
    *pi = j;
    return 1;
}

/* The start of a window norm[s, ...) moved off continuation bytes (a
 * window may start inside a letter). */
static inline size_t window_start(const char *norm, size_t s, size_t e)
{
    while (s < e && ((unsigned char)norm[s] & 0xC0) == 0x80)
        s++;
    return s;
}

/* The last max tokens of norm[s, e), as gap_tokens_dir(..., 0) gives them,
 * found walking back from e: the rules read a few words before a figure,
 * so only those are keyed (grouping asks this of every claim); none when
 * !keyed (their keys are left empty, for the caller to make those it
 * reads). */
static int gap_tokens_back(const bayan_doc *doc, size_t s, size_t e, gtok *t, int max, int stop_at_mark, int keyed)
{
    const char *norm = doc->norm;
    s = window_start(norm, s, e);
    int n = 0;
    size_t i = e;
    while (n < max) {
        gtok *tk = &t[max - 1 - n];
        if (!prev_gtok(norm, s, &i, tk, keyed))
            break;
        n++;
        if (tk->mark && stop_at_mark)
            break;
    }
    if (n < max)
        memmove(t, t + (max - n), (size_t)n * sizeof *t);
    return n;
}

static int gap_tokens(const bayan_doc *doc, size_t s, size_t e, gtok *t, int max)
{
    return gap_tokens_back(doc, s, e, t, max, 0, 1);
}

/* An Arabic key in a word list, also without one clitic (و ف ب ل) and the
 * article after it. */
static int ar_in(enum bayan__wl wl, const char *k)
{
    if (bayan__wl_has(wl, k))
        return 1;
    if (!strncmp(k, "\xd9\x88", 2) || !strncmp(k, "\xd9\x81", 2) || !strncmp(k, "\xd8\xa8", 2) ||
        !strncmp(k, "\xd9\x84", 2)) {
        if (strlen(k) > 4 && bayan__wl_has(wl, k + 2))
            return 1;
        k += 2;
    }
    if (!strncmp(k, "\xd8\xa7\xd9\x84", 4) && strlen(k) > 6 && bayan__wl_has(wl, k + 4))
        return 1;
    return 0;
}

/* The lists an Arabic key is in as ar_in reads them, all at once: bit
 * 1 << wl set when ar_in(wl, k) (one to three look-ups for every list). */
static uint64_t ar_mask(const char *k)
{
    size_t n = strlen(k);
    uint64_t m = bayan__wl_mask(k);
    if (n >= 2 && (!memcmp(k, "\xd9\x88", 2) || !memcmp(k, "\xd9\x81", 2) || !memcmp(k, "\xd8\xa8", 2) ||
                   !memcmp(k, "\xd9\x84", 2))) {
        if (n > 4)
            m |= bayan__wl_mask(k + 2);
        k += 2;
        n -= 2;
    }
    if (n > 6 && !memcmp(k, "\xd8\xa7\xd9\x84", 4))
        m |= bayan__wl_mask(k + 4);
    return m;
}

static int key_in(const char *k, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (bayan__str_eq(k, list[i]))
            return 1;
    return 0;
}

/* A figure that states the change of the figure before it rather than a
 * level: "بزيادة قدرها 2.9 مليون نسمة", "بارتفاع 15%", "an increase of
 * 700 million", "up 6%". Such a figure is never on one chart with a level. */
static int change_figure(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *f)
{
    static const char *const ar_skip[] = {"قدرها", "قدره", "بلغت", "بلغ", "نسبتها", "نسبته", "بنسبه",
                                          "بمقدار", "قيمتها", "قيمته", "تبلغ", "يبلغ", NULL};
    static const char *const ar_level[] = {"ارباح", "خسائر", "خساره", NULL}; /* profits are levels */
    static const char *const en_change[] = {"increase", "rise", "decline", "drop", "fall", "gain", "jump",
                                            "decrease", "growth", "surge", "slump", "cut", "reduction", NULL};
    gtok t[3]; /* the rules below read at most the last three words */
    size_t ns = doc->nums[f->num].start;
    /* most figures fail on the first letter of the word right before them
     * (a change word starts with ب or و+ب, a link word with ق ن ت ي ب; in
     * English "up", "down", "of") */
    {
        const unsigned char *p = (const unsigned char *)doc->norm;
        size_t e = ns;
        while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\n' || p[e - 1] == '\t'))
            e--;
        size_t w = e;
        while (w >= 8 && ns - w + 7 < 120 && ar_block_before(p + w))
            w -= 8;
        while (w > 0 && p[w - 1] != ' ' && p[w - 1] != '\n' && p[w - 1] != '\t' && ns - w < 120)
            w--;
        if (w + 2 <= e && (p[w] == 0xD8 || p[w] == 0xD9)) {
            unsigned l = (unsigned)p[w] << 8 | p[w + 1];
            if (l == 0xD988 && w + 4 <= e) /* و */
                l = (unsigned)p[w + 2] << 8 | p[w + 3], l = l == 0xD8A8 ? l : 0;
            if (l != 0xD8A8 && l != 0xD982 && l != 0xD986 && l != 0xD8AA && l != 0xD98A)
                return 0; /* not ب ق ن ت ي */
            if (l != 0xD8A8 && w + 4 <= e &&
                ((p[w + 2] == 0xD8 && p[w + 3] >= 0xA1 && p[w + 3] <= 0xBF) ||
                 (p[w + 2] == 0xD9 && p[w + 3] >= 0x81 && p[w + 3] <= 0x8A))) {
                /* a link word's second letter, when it is a plain one (not a
                 * haraka): قد، قي، نس، تب، يب */
                unsigned l2 = (unsigned)p[w + 2] << 8 | p[w + 3];
                if (l2 == 0xD989)
                    l2 = 0xD98A; /* ى */
                if (!(l == 0xD982 ? l2 == 0xD8AF || l2 == 0xD98A : l == 0xD986 ? l2 == 0xD8B3 : l2 == 0xD8A8))
                    return 0;
            }
        } else if (w < e && p[w] < 0x80 && lang == BAYAN_LANG_EN) {
            unsigned char c = (unsigned char)(p[w] | 0x20);
            if (c != 'u' && c != 'd' && c != 'o')
                return 0;
        }
    }
    /* then the word right before them, keyed; the one or two before it
     * only when the rules below read them (t[0] is the last word) */
    const char *norm = doc->norm;
    size_t lo = window_start(norm, ns > 120 ? ns - 120 : 0, ns), at = ns;
    if (!prev_gtok(norm, lo, &at, &t[0], 1) || t[0].mark)
        return 0;
    if (lang == BAYAN_LANG_EN) {
        if (!bayan__str_eq(t[0].key, "up") && !bayan__str_eq(t[0].key, "down") && !bayan__str_eq(t[0].key, "of"))
            return 0;
    } else {
        const char *w = t[0].key;
        if (!strncmp(w, "\xd9\x88", 2) && strlen(w) > 4)
            w += 2;
        if (strncmp(w, "\xd8\xa8", 2) && !key_in(t[0].key, ar_skip))
            return 0; /* neither "بزيادة" nor "قدرها" */
    }
    if (lang == BAYAN_LANG_EN) {
        /* ", up 10%" sets a change beside a level; "edged up 0.3%", "were
         * down 2%" are verbs of change like "rose 3%" */
        int before = prev_gtok(norm, lo, &at, &t[1], 1);
        if (bayan__str_eq(t[0].key, "up") || bayan__str_eq(t[0].key, "down"))
            return !before || t[1].mark;
        return before && bayan__str_eq(t[0].key, "of") && !t[1].mark && key_in(t[1].key, en_change);
    }
    int k = 0;
    while (k < 2 && !t[k].mark && key_in(t[k].key, ar_skip) && prev_gtok(norm, lo, &at, &t[k + 1], 1))
        k++;
    if (t[k].mark)
        return 0;
    uint64_t m = ar_mask(t[k].key);
    if (!(m >> WL_AR_MASDAR & 1) || (m >> WL_AR_STOP & 1))
        return 0;
    const char *mk = t[k].key;
    if (!strncmp(mk, "\xd9\x88", 2) && strlen(mk) > 4)
        mk += 2; /* وبزيادة */
    if (key_in(mk, ar_level) || (!strncmp(mk, "\xd8\xa8", 2) && key_in(mk + 2, ar_level)))
        return 0;
    /* "بزيادة قدرها", "بارتفاع": the adverbial ب says "by way of a change";
     * "بعد نمو بلغ 1.3%" names the measure itself */
    return !strncmp(mk, "\xd8\xa8", 2);
}

/* change_figure of claim i, worked out on its first use: the grouping loop
 * asks it of every pair of figures in a sentence, and tokenising the words
 * before a figure each time made grouping the slowest stage of extraction
 * on number-dense text. memo[i]: 0 not yet known, 1 no, 2 yes. */
static int change_memo(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info, unsigned char *memo,
                       size_t i)
{
    if (!memo[i])
        memo[i] = change_figure(doc, lang, &info[i]) ? 2 : 1;
    return memo[i] == 2;
}

/* What stands between figures a and b (a before b): after the last clause
 * mark, a short item introduced by و / "and" ("، والعراق 4.2 مليون",
 * "عند ٢٤٪ وسعر الإقراض عند ٢٥٪", "and Xiaomi with 42.5 million"). Returns
 * the number of words of that last stretch; -1 when it does not start with
 * a conjunction, -2 when a verb follows the conjunction (a new predicate of
 * the same subject: "and expects inflation to peak at"). *parallel is set
 * when the stretch is a clause of the same shape as the one before, a new
 * subject and its verb right before the figure ("and the gaming unit
 * shrank 9%", "والتعليم ارتفعت 2.5%"). */
static int list_item_gap(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info, size_t a, size_t b,
                         int *parallel)
{
    gtok t[12];
    *parallel = 0;
    size_t s = doc->nums[info[a].num].end, e = doc->nums[info[b].num].start;
    if (e <= s || e - s > 400)
        return -1;
    /* (only the words after the last clause mark are read) */
    /* the words are keyed once the first after the mark is found to be a
     * conjunction (most gaps stop there) */
    int n = gap_tokens_back(doc, s, e, t, 12, 1, 0), k = n;
    while (k > 0 && !t[k - 1].mark)
        k--;
    if (k == n)
        return 0; /* a mark right before the figure: "، 31%" */
    int en = lang == BAYAN_LANG_EN;
    /* "sheep at 25.4 million, cattle at 4.9 million": English items after
     * a comma alone, each "NOUN at" its figure (read below) */
    int at_item = en && n - k >= 2 && n - k <= 4 && t[n - 1].e - t[n - 1].s == 2 &&
                  !memcmp(doc->norm + t[n - 1].s, "at", 2);
    if (!at_item) {
        /* (a conjunction starts with a or t, و or ث, which the key keeps
         * from the text's first letter: another is none, unkeyed) */
        const unsigned char *u = (const unsigned char *)doc->norm + t[k].s;
        unsigned c = (unsigned)u[0] - 'A' < 26u ? u[0] + 32u : u[0];
        if (c < 0x80 ? !(en && (c == 'a' || c == 't'))
                     : t[k].e - t[k].s >= 2 && ((c == 0xD8 && u[1] >= 0xA1 && u[1] <= 0xBF && u[1] != 0xAB) ||
                                                (c == 0xD9 && u[1] >= 0x81 && u[1] <= 0x8A && u[1] != 0x88)))
            return -1;
    }
    bayan__word_key(doc->norm + t[k].s, t[k].e - t[k].s, t[k].key);
    const char *first = t[k].key;
    int conj = en ? bayan__str_eq(first, "and") || bayan__str_eq(first, "then")
                  : (!strncmp(first, "\xd9\x88", 2) && strlen(first) >= 6 && !ar_in(WL_AR_STOP, first)) ||
                        bayan__str_eq(first, "ثم");
    if (!conj && !at_item)
        return -1;
    for (int i = k + 1; i < n; i++)
        bayan__word_key(doc->norm + t[i].s, t[i].e - t[i].s, t[i].key);
    if (!conj) { /* the "NOUN at" items, or "followed by NOUN at" */
        int i = k;
        if (bayan__str_eq(t[i].key, "followed") && i + 1 < n && bayan__str_eq(t[i + 1].key, "by"))
            i += 2;
        conj = i < n - 1;
        for (; conj && i < n - 1; i++)
            conj = !bayan__wl_has(WL_EN_VERB, t[i].key) && !bayan__wl_has(WL_EN_SAY, t[i].key) &&
                   !bayan__wl_has(WL_EN_AUX, t[i].key);
        if (conj)
            return n - k;
    }
    if (!conj)
        return -1;
    int last_verb = -1;
    for (int i = k; i < n; i++) {
        const char *w = t[i].key;
        static const uint64_t en_verb = 1ull << WL_EN_VERB | 1ull << WL_EN_SAY | 1ull << WL_EN_AUX,
                              ar_verb = 1ull << WL_AR_CHANGE | 1ull << WL_AR_REACH | 1ull << WL_AR_REPR |
                                        1ull << WL_AR_COPULA | 1ull << WL_AR_SAY;
        int verb = en ? (bayan__wl_mask(w) & en_verb) != 0 : (ar_mask(w) & ar_verb) != 0;
        if (!verb)
            continue;
        if (i == k || (en && i == k + 1))
            return -2; /* "وتوقع", "and expects" */
        last_verb = i;
    }
    if (last_verb >= 0) {
        /* only links between the verb and the figure: "shrank", "rose by" */
        int links = n - 1 - last_verb;
        *parallel = links <= 2 && n - k <= 7;
        if (!*parallel)
            return -2;
    }
    return n - k;
}

/* "from" right before the second figure ("to $1.62 billion ... from $1.21
 * billion", "up from 31%"): its earlier value. */
static int from_before(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *f)
{
    gtok t[4];
    size_t ns = doc->nums[f->num].start, lo = ns > 48 ? ns - 48 : 0;
    /* the word right before the figure decides most: it is read (and
     * keyed) alone first, the three before it only after "to" */
    int n = gap_tokens(doc, lo, ns, t, 1);
    if (n < 1 || t[0].mark)
        return 0;
    if (lang == BAYAN_LANG_EN && bayan__str_eq(t[0].key, "from"))
        return 1;
    if (!bayan__str_eq(t[0].key, "to") && !bayan__str_eq(t[0].key, "الي"))
        return 0;
    n = gap_tokens(doc, lo, ns, t, 4);
    /* "raising the fare from $2.90 to $3", "ارتفع من 5 إلى 7": the later
     * value of a change, its earlier value just before "to" */
    if (n >= 2 && !t[n - 1].mark && (bayan__str_eq(t[n - 1].key, "to") || bayan__str_eq(t[n - 1].key, "الي"))) {
        for (int k = n - 2; k >= 0 && !t[k].mark; k--)
            if (bayan__str_eq(t[k].key, "from") || bayan__str_eq(t[k].key, "من"))
                return 1;
    }
    return 0;
}

/* 0 when the word w[0, n) surely is no word of contrast below, told by
 * its first letter, which its key keeps (or folds to a letter none of
 * them starts with): the words of contrast start with ب ح ف م (or a
 * و before them) and w c v a t s e b o. */
static inline int contrast_maybe(const unsigned char *w, size_t n)
{
    unsigned c = w[0];
    if (c < 0x80) {
        c = c - 'A' < 26u ? c + 32 : c;
        return c == 'w' || c == 'c' || c == 'v' || c == 'a' || c == 't' || c == 's' || c == 'e' || c == 'b' ||
               c == 'o';
    }
    if (n < 2)
        return 1;
    unsigned d = w[1];
    if (c == 0xD8 && d >= 0xA1 && d <= 0xBF)
        return d == 0xA8 || d == 0xAD; /* ب ح */
    if (c == 0xD9 && d >= 0x81 && d <= 0x8A)
        return d == 0x81 || d == 0x85 || d == 0x88; /* ف م و */
    return 1;
}

/* A word of contrast between figures a and b ("بينما", "مقابل", "بعد أن",
 * "while", "compared"). */
static int contrast_between(const bayan_doc *doc, const bayan__claim_info *info, size_t a, size_t b)
{
    static const char *const contrast[] = {"بينما", "فيما", "مقابل", "مقارنه", "بالمقارنه", "حين", "بعد",
                                           "متجاوزا", "متجاوزه", "متخطيا", "متخطيه", "متفوقا", "متفوقه",
                                           "while", "whereas", "compared", "versus", "vs", "against", "than",
                                           "surpassing", "exceeding", "topping", "short", "shy", "beating",
                                           "eclipsing", "outstripping", "overtaking", NULL};
    size_t s = doc->nums[info[a].num].end, e = doc->nums[info[b].num].start;
    for (size_t i = s; i < e && e - s < 400;) {
        while (i < e && (doc->norm[i] == ' ' || doc->norm[i] == ','))
            i++;
        size_t j = i;
        while (j + 8 <= e && ar_block_before((const unsigned char *)doc->norm + j + 8))
            j += 8; /* (four Arabic letters: no space or comma) */
        while (j < e && doc->norm[j] != ' ' && doc->norm[j] != ',')
            j++;
        if (j > i && contrast_maybe((const unsigned char *)doc->norm + i, j - i)) {
            char k[BAYAN__KEY_MAX];
            bayan__word_key(doc->norm + i, j - i, k);
            const char *p = k;
            if (!strncmp(p, "\xd9\x88", 2) && strlen(p) > 4)
                p += 2; /* وبينما */
            if (key_in(p, contrast) || (p != k && key_in(k, contrast)))
                return 1;
        }
        i = j;
    }
    return 0;
}

/* A bare numeral right after "مقابل" / "against" / "while" ("١٧ كرة على
 * المرمى مقابل ٦ للاتحاد"): it counts what the figure before counts. */
static int bare_against(const bayan_doc *doc, const bayan__claim_info *f)
{
    const bayan__num *nm = &doc->nums[f->num];
    if (nm->pub.unit || (nm->flags & BAYAN__NUM_OCCASIONS))
        return 0;
    gtok t[2]; /* the last word, and the one before it when it is read */
    size_t ns = nm->start;
    size_t lo = window_start(doc->norm, ns > 40 ? ns - 40 : 0, ns), at = ns;
    if (!prev_gtok(doc->norm, lo, &at, &t[0], 0) || t[0].mark)
        return 0;
    /* every word below starts with w t o a v or م ب و ف (told by the text's
     * first letter, which the key keeps or folds to another): only such a
     * word is keyed */
    const unsigned char *w = (const unsigned char *)doc->norm + t[0].s;
    unsigned c = (unsigned)w[0] - 'A' < 26u ? w[0] + 32u : w[0];
    if (c < 0x80 ? !(c == 'w' || c == 't' || c == 'o' || c == 'a' || c == 'v')
                 : t[0].e - t[0].s >= 2 && ((c == 0xD8 && w[1] >= 0xA1 && w[1] <= 0xBF && w[1] != 0xA8) ||
                                            (c == 0xD9 && w[1] >= 0x81 && w[1] <= 0x8A && w[1] != 0x85 &&
                                             w[1] != 0x88 && w[1] != 0x81)))
        return 0;
    bayan__word_key(doc->norm + t[0].s, t[0].e - t[0].s, t[0].key);
    const char *k = t[0].key;
    /* "98,000 job cuts so far, compared with about 263,000 last year";
     * "fewer than the 170,000 economists had expected": the figure it is
     * held against */
    int with = bayan__str_eq(k, "with");
    if ((with || bayan__str_eq(k, "the")) && prev_gtok(doc->norm, lo, &at, &t[1], 1) && !t[1].mark &&
        bayan__str_eq(t[1].key, with ? "compared" : "than"))
        return 1;
    /* "18,000 residents ..., down from a peak of 41,000": the earlier level
     * of the same count */
    if (bayan__str_eq(k, "of")) {
        gtok u[4];
        int m = gap_tokens(doc, ns > 48 ? ns - 48 : 0, ns, u, 4);
        if (m == 4 && !u[0].mark && !u[1].mark && !u[2].mark && bayan__str_eq(u[0].key, "from") &&
            (bayan__str_eq(u[1].key, "a") || bayan__str_eq(u[1].key, "an")) &&
            (bayan__str_eq(u[2].key, "peak") || bayan__str_eq(u[2].key, "high") || bayan__str_eq(u[2].key, "low") ||
             bayan__str_eq(u[2].key, "record") || bayan__str_eq(u[2].key, "average") ||
             bayan__str_eq(u[2].key, "total")))
            return 1;
    }
    /* ("1,643 people died, while 472 were killed in ...": the same too) */
    return bayan__str_eq(k, "مقابل") || bayan__str_eq(k, "against") ||
           bayan__str_eq(k, "versus") || bayan__str_eq(k, "vs") ||
           bayan__str_eq(k, "while") || bayan__str_eq(k, "whereas") ||
           bayan__str_eq(k, "بينما") || bayan__str_eq(k, "وبينما") ||
           bayan__str_eq(k, "فيما") || bayan__str_eq(k, "مقارنه") ||
           bayan__str_eq(k, "بالمقارنه");
}

/* bare_against / from_before of claim i, worked out on first use (they
 * depend on the later figure only, and the grouping loop asks them of
 * every pair). feat[i] holds bit 2f+1 "known" and 2f "yes" per feature f. */
enum { FEAT_BARE = 0, FEAT_FROM = 1 };
static int feat_memo(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info, unsigned char *feat,
                     size_t i, int f)
{
    unsigned char known = (unsigned char)(1u << (2 * f + 1)), yes = (unsigned char)(1u << (2 * f));
    if (!(feat[i] & known)) {
        int v = f == FEAT_BARE ? bare_against(doc, &info[i]) : from_before(doc, lang, &info[i]);
        feat[i] = (unsigned char)(feat[i] | known | (v ? yes : 0));
    }
    return (feat[i] & yes) != 0;
}

/* Two keys of one word in other case or number endings: "قياسيا" and
 * "قياسي", "record" and "records" (the shorter one of 4+ Arabic letters or
 * 5+ Latin ones, one letter more at the end). */
static int same_stem(const char *a, size_t la, const char *b, size_t lb)
{
    if (la > lb) {
        const char *t = a;
        a = b;
        b = t;
        size_t u = la;
        la = lb;
        lb = u;
    }
    int ar = (unsigned char)a[0] >= 0x80;
    if (la < (ar ? 8u : 5u) || lb - la != (ar ? 2u : 1u))
        return 0;
    return !memcmp(a, b, la);
}

/* Two figures of one sentence set against each other: temperatures, a
 * shared word in their labels ("معدل البطالة" twice), a word of contrast
 * between them, an earlier value ("from 4.7%"), or a short item of a
 * list ("، والعراق 4.2 مليون برميل"). */
/* The word right before claim i's figure is w (a key). */
static int word_before_is(const bayan_doc *doc, const bayan__claim_info *f, const char *w)
{
    gtok t[1];
    size_t ns = doc->nums[f->num].start, lo = ns > 24 ? ns - 24 : 0;
    return gap_tokens(doc, lo, ns, t, 1) == 1 && !t[0].mark && bayan__str_eq(t[0].key, w);
}

/* "fell by 3,200 to about 185,000": a count or an amount that changed by
 * the first figure to the second; the change and the level it left are
 * two measures, not one set against another. */
static int change_then_level(const bayan_doc *doc, const bayan__claim_info *info, size_t a, size_t b)
{
    const bayan_claim *ca = &doc->claims[a];
    if (ca->unit && !bayan__str_eq(ca->unit, "count") && !bayan__str_eq(ca->unit, "currency"))
        return 0;
    if (word_before_is(doc, &info[b], "to") && word_before_is(doc, &info[a], "by"))
        return 1;
    /* "2640 دولارا، وهو مستوى يقل بنحو 60 دولارا عن الذروة": a level, then
     * by how much it is below or above another */
    const char *bt = doc->nums[info[b].num].pub.text;
    return bt && !strncmp(bt, "\xd8\xa8", 2) &&
           (word_before_is(doc, &info[b], "يقل") || word_before_is(doc, &info[b], "تقل") ||
            word_before_is(doc, &info[b], "يزيد") || word_before_is(doc, &info[b], "تزيد"));
}

static int linked(const bayan_doc *doc, const bayan__claim_info *info, size_t a, size_t b, int gap, int par,
                  int from)
{
    const bayan_claim *ca = &doc->claims[a];
    if (ca->unit && bayan__str_eq(ca->unit, "celsius"))
        return 1;
    if (from || contrast_between(doc, info, a, b))
        return 1; /* (asked first: cheaper than the labels' keys) */
    if (info[b].sentence == info[a].sentence && change_then_level(doc, info, a, b))
        return 0;
    /* (each label is read for one pair or two: made here, not kept) */
    span_kw kwa, kwb;
    span_keys(doc, info[a].label_start, info[a].label_end, &kwa);
    kwb.n = 0;
    if (kwa.n)
        span_keys(doc, info[b].label_start, info[b].label_end, &kwb);
    const span_kw *ka = &kwa, *kb = &kwb;
    for (int x = 0; x < ka->n; x++)
        for (int y = 0; y < kb->n; y++) {
            size_t la = ka->len[x], lb = kb->len[y];
            if ((la == lb && !memcmp(ka->key[x], kb->key[y], la)) || same_stem(ka->key[x], la, kb->key[y], lb))
                return 1;
        }
    return gap >= 1 && gap <= 3 && !par;
}

/* The norm span [s, e) without its last `drop` words. */
static size_t drop_words(const bayan_doc *doc, size_t s, size_t e, int drop)
{
    size_t end = e;
    for (int d = 0; d < drop; d++) {
        size_t k = end;
        while (k > s && doc->norm[k - 1] != ' ')
            k--;
        if (k <= s)
            return e;
        while (k > s && doc->norm[k - 1] == ' ')
            k--;
        end = k;
    }
    return end;
}

/* The end (in a's span) of the whole words a and b start with alike. */
static size_t common_words(const bayan_doc *doc, size_t as, size_t ae, size_t bs, size_t be)
{
    size_t i = as, j = bs, last = as;
    while (i < ae && j < be &&
           (doc->norm[i] == doc->norm[j] ||
            ((unsigned char)doc->norm[i] < 0x80 && ((doc->norm[i] | 32) >= 'a' && (doc->norm[i] | 32) <= 'z') &&
             (doc->norm[i] | 32) == (doc->norm[j] | 32)))) { /* "Exports" and "exports" alike */
        i++;
        j++;
        if ((i == ae || doc->norm[i] == ' ') && (j == be || doc->norm[j] == ' '))
            last = i;
    }
    return last;
}

static int count_words(const bayan_doc *doc, size_t s, size_t e)
{
    int n = s < e ? 1 : 0;
    for (size_t k = s; k < e; k++)
        if (doc->norm[k] == ' ')
            n++;
    return n;
}

/* norm[s, e) without the words a label may be left ending or starting
 * with when its year or number was cut away ("الميزانية العامة للدولة
 * لعام [2026]", "متوسط حجم الأسرة إلى", "wages in") and without a
 * conjunction glued to a definite first word ("والنفط"). */
static void trim_span(const bayan_doc *doc, size_t *ps, size_t *pe)
{
    static const char *const dangling[] = {"في", "من", "الي", "علي", "عن", "مع", "عند", "لعام", "لسنه", "عام",
                                           "خلال", "of", "in", "for", "to", "at", "on", "the", "a", "an", "by",
                                           "from", "with", "and", NULL};
    size_t s = *ps, e = *pe;
    for (int guard = 0; guard < 3; guard++) {
        while (e > s && doc->norm[e - 1] == ' ')
            e--;
        size_t w = e;
        while (w > s && doc->norm[w - 1] != ' ')
            w--;
        if (w <= s)
            break; /* never the only word */
        /* (those start with ف م ا ع ل خ or o i f t a b w, which the key
         * keeps from the text's first letter: another is no such word) */
        const unsigned char *u = (const unsigned char *)doc->norm + w;
        unsigned c = (unsigned)u[0] - 'A' < 26u ? u[0] + 32u : u[0];
        if (c < 0x80 ? !(c == 'o' || c == 'i' || c == 'f' || c == 't' || c == 'a' || c == 'b' || c == 'w')
                     : e - w >= 2 && ((c == 0xD8 && u[1] >= 0xA1 && u[1] <= 0xBF && u[1] != 0xA7 && u[1] != 0xA5 &&
                                       u[1] != 0xA3 && u[1] != 0xA2 && u[1] != 0xB9 && u[1] != 0xAE) ||
                                      (c == 0xD9 && u[1] >= 0x81 && u[1] <= 0x8A && u[1] != 0x81 && u[1] != 0x85 &&
                                       u[1] != 0x84)))
            break;
        char k[BAYAN__KEY_MAX];
        bayan__word_key(doc->norm + w, e - w, k);
        if (!key_in(k, dangling))
            break;
        e = w;
    }
    while (s < e && doc->norm[s] == ' ')
        s++;
    if (e - s > 2 && !memcmp(doc->norm + s, "\xd9\x88", 2)) { /* (only a word starting with و is keyed) */
        char k[BAYAN__KEY_MAX];
        size_t we = s;
        while (we < e && doc->norm[we] != ' ')
            we++;
        bayan__word_key(doc->norm + s, we - s, k);
        if (!strncmp(k, "\xd9\x88\xd8\xa7\xd9\x84", 6) && strlen(k) >= 10)
            s += 2; /* "والنفط" -> "النفط": the norm keeps the letter's two bytes */
    }
    *ps = s;
    *pe = e;
}

static void put_span(bayan__buf *b, const bayan_doc *doc, size_t s, size_t e, int *oom)
{
    size_t os, oe;
    (void)oom; /* (nothing is allocated here but in b, which keeps its own failure) */
    trim_span(doc, &s, &e);
    if (!bayan__orig_range(doc, s, e, &os, &oe))
        return;
    /* the original bytes, up to a NUL in them as a copy read as a string would */
    const char *p = doc->bytes + os, *z = memchr(p, '\0', oe - os);
    bayan__buf_append(b, p, z ? (size_t)(z - p) : oe - os);
}

static int same_span_text(const bayan_doc *doc, size_t as, size_t ae, size_t bs, size_t be)
{
    return ae - as == be - bs && !memcmp(doc->norm + as, doc->norm + bs, ae - as);
}

/* The key of the word starting at norm[i] (up to a space or mark), and
 * its end. */
static size_t word_at(const bayan_doc *doc, size_t i, size_t e, char *key)
{
    /* the first bytes of a space or a mark; others step on (four Arabic
     * letters at a time, as in prev_gtok) */
    static const unsigned char stop[256] = {[' '] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['('] = 1, [')'] = 1,
                                            [0xD8] = 1, [0xE2] = 1};
    const unsigned char *p = (const unsigned char *)doc->norm;
    size_t j = i;
    while (j + 8 <= e && ar_block_before(p + j + 8))
        j += 8;
    while (j < e && !(stop[p[j]] && (p[j] == ' ' || mark_len(doc->norm + j, e - j))))
        j++;
    bayan__word_key(doc->norm + i, j - i, key);
    return j;
}

static int ar_definite(const char *k)
{
    if (!strncmp(k, "\xd9\x88", 2) && strlen(k) > 4)
        k += 2; /* و */
    if ((!strncmp(k, "\xd8\xa8", 2) || !strncmp(k, "\xd9\x84", 2) || !strncmp(k, "\xd9\x83", 2)) &&
        !strncmp(k + 2, "\xd8\xa7\xd9\x84", 4))
        return 1; /* بال، لال، كال */
    return !strncmp(k, "\xd8\xa7\xd9\x84", 4) || !strncmp(k, "\xd9\x84\xd9\x84", 4); /* ال، لل */
}

static int ar_word(const char *k)
{
    return (unsigned char)k[0] >= 0xD8 && (unsigned char)k[0] <= 0xDB;
}

/* A one-word label that is a noun with a pronoun suffix ("ذروته",
 * "مستواها", "نسبتهم"): it refers to the measure named before. */
static int pronoun_word(const bayan_doc *doc, size_t s, size_t e)
{
    while (e > s && doc->norm[e - 1] == ' ')
        e--;
    for (size_t i = s; i < e; i++)
        if (doc->norm[i] == ' ')
            return 0;
    const char *w = doc->norm + s;
    size_t n = e - s;
    if (n >= 8 && !memcmp(w + n - 2, "\xd9\x87", 2))
        return 1; /* ـه */
    if (n >= 10 && (!memcmp(w + n - 4, "\xd9\x87\xd8\xa7", 4) || !memcmp(w + n - 4, "\xd9\x87\xd9\x85", 4)))
        return 1; /* ـها، ـهم */
    return 0;
}

/* The noun a list is summed up by after its last item: "، وهي معادن
 * تحتاجها الصناعة" (what the items are). Its norm span, or 0. */
static int list_category(const bayan_doc *doc, const bayan__claim_info *last, size_t *cs, size_t *ce)
{
    static const char *const sum[] = {"وهي", "وهما", "وكلها", "وجميعها", "وكلاهما", "وكلتاهما", NULL};
    gtok t[8];
    size_t s = doc->nums[last->num].end, e = s;
    while (e < doc->norm_len && e < s + 240 && doc->norm[e] != '.' && doc->norm[e] != '\n')
        e++;
    int n = gap_tokens_dir(doc, s, e, t, 8, 1);
    for (int i = 0; i + 1 < n && i < 6; i++) {
        if (t[i].mark || !key_in(t[i].key, sum))
            continue;
        if (i == 0 || !t[i - 1].mark)
            return 0; /* "وهي" right after the item belongs to it */
        const gtok *c = &t[i + 1];
        if (c->mark || !ar_word(c->key) || ar_in(WL_AR_STOP, c->key) || bayan__wl_has(WL_AR_CHANGE, c->key) ||
            bayan__wl_has(WL_AR_REACH, c->key) || bayan__wl_has(WL_AR_COPULA, c->key))
            return 0;
        *cs = c->s;
        *ce = c->e;
        return 1;
    }
    return 0;
}

/* English: the first item's label is "X's ITEM HEAD" ("world's manganese
 * ore reserves") and the other items are as short as ITEM ("chromium",
 * "lead"): the span of ITEM in it, so that the title keeps "world's ore
 * reserves". */
static int en_possessed_head(const bayan_doc *doc, const bayan__claim_info *info, const size_t *mem, size_t n,
                             size_t *ps, size_t *pe)
{
    const bayan__claim_info *f = &info[mem[0]];
    int w1 = count_words(doc, f->label_start, f->label_end), wmax = 0;
    for (size_t k = 1; k < n; k++) {
        int w = count_words(doc, info[mem[k]].label_start, info[mem[k]].label_end);
        if (w == 0)
            return 0;
        if (w > wmax)
            wmax = w;
    }
    if (wmax == 0 || w1 < wmax + 3)
        return 0; /* the possessor, the item and at least two words of head */
    size_t i = f->label_start;
    while (i < f->label_end && doc->norm[i] != ' ')
        i++;
    if (i - f->label_start < 3 || strncmp(doc->norm + i - 2, "'s", 2))
        return 0;
    size_t s = i;
    while (s < f->label_end && doc->norm[s] == ' ')
        s++;
    size_t e = s;
    for (int k = 0; k < wmax; k++) {
        while (e < f->label_end && doc->norm[e] != ' ')
            e++;
        while (e < f->label_end && doc->norm[e] == ' ')
            e++;
    }
    if (e >= f->label_end)
        return 0;
    *ps = s;
    *pe = e;
    return 1;
}

/* "39% of ...": the figure is a share of what follows. */
static int en_partitive(const bayan_doc *doc, const bayan__claim_info *f)
{
    char k[BAYAN__KEY_MAX];
    size_t ne = doc->nums[f->num].end;
    while (ne < doc->norm_len && doc->norm[ne] == ' ')
        ne++;
    word_at(doc, ne, doc->norm_len, k);
    return bayan__str_eq(k, "of");
}

/* A chart title from the members' own words: what is measured, of what,
 * whose.
 *   - comparison: "A مقابل B" / "A vs B"; one measure at two values is
 *     named once, with whose each value is when the text says;
 *   - series: the items' shared head ("صادرات [البن]، [السكر]"), made
 *     whole in Arabic where the items completed it: the word the list is
 *     summed up by ("احتياطي [المنغنيز]، ...، وهي معادن" -> "احتياطي
 *     المعادن في العالم") or the place after it ("صادرات في العالم" ->
 *     "صادرات العالم"); a share of it is "حصة X من ...".
 * A subject names the chart's owner only when the items do not each have
 * their own (then the subjects are the items: "Samsung 20%, Apple 16%"). */
static char *make_title(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info,
                        const size_t *mem, size_t n, bayan_group_kind kind, int list, int *oom)
{
    bayan__buf b = BAYAN__BUF_INIT;
    const bayan__claim_info *f = &info[mem[0]];
    int en = lang == BAYAN_LANG_EN;
    const char *vs = en ? " vs " : " مقابل ";
    const bayan__claim_info *subj = NULL;
    size_t subj_k = 0;
    int subjects_differ = 0;
    for (size_t i = 0; i < n; i++) {
        const bayan__claim_info *c = &info[mem[i]];
        if (c->subj_end <= c->subj_start)
            continue;
        if (!subj) {
            subj = c;
            subj_k = i;
        } else if (!same_span_text(doc, subj->subj_start, subj->subj_end, c->subj_start, c->subj_end)) {
            subjects_differ = 1;
        }
    }
    size_t ps = 0, pe = 0;
    if (kind == BAYAN_GROUP_COMPARISON && n >= 2) {
        const bayan__claim_info *g = &info[mem[1]];
        size_t fl = f->label_end - f->label_start, gl = g->label_end - g->label_start;
        /* one measure twice: the same words, or one label the other's start
         * ("متوسط حجم الأسرة" and "متوسط حجم الأسرة إلى") */
        int same = fl == gl && !memcmp(doc->norm + f->label_start, doc->norm + g->label_start, fl);
        if (!same && fl && gl) {
            const bayan__claim_info *sh = fl <= gl ? f : g, *lo = fl <= gl ? g : f;
            size_t c = common_words(doc, sh->label_start, sh->label_end, lo->label_start, lo->label_end);
            if (c == sh->label_end) {
                same = 1;
                f = sh;
            }
        }
        if (!fl && gl) {
            f = g;
            same = 1;
        }
        if (fl && gl && !same && doc->claims[mem[1]].unit && bayan__str_eq(doc->claims[mem[1]].unit, "count") &&
            f->noun && !g->noun) {
            /* "1,643 people died, while 472 were killed": a bare count of
             * the same noun; its label is only its verb */
            same = 1;
        }
        if (fl && gl && !same && pronoun_word(doc, g->label_start, g->label_end)) {
            /* "معدل التضخم ... بعد أن بلغ ذروته": its own peak, one measure */
            same = 1;
        }
        put_span(&b, doc, f->label_start, f->label_end, oom);
        if (gl && !same) {
            bayan__buf_puts(&b, vs);
            put_span(&b, doc, g->label_start, g->label_end, oom);
        } else if (subjects_differ) {
            /* "seats: Social Democrats vs Greens" */
            const bayan__claim_info *a = &info[mem[0]], *c = &info[mem[1]];
            if (a->subj_end > a->subj_start && c->subj_end > c->subj_start) {
                bayan__buf_puts(&b, ": ");
                put_span(&b, doc, a->subj_start, a->subj_end, oom);
                bayan__buf_puts(&b, vs);
                put_span(&b, doc, c->subj_start, c->subj_end, oom);
            }
        } else if (subj && list != 2) {
            /* one measure at two values: say whose, when the text does
             * (not across sentences: there each figure is someone's) */
            bayan__buf_puts(&b, " — ");
            put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
        }
    } else {
        /* the subject of a later item only is that item's, not the chart's */
        if (subjects_differ || (subj && subj_k != 0))
            subj = NULL;
        size_t le = f->label_end;
        int construct = 0; /* Arabic: the head ends in a noun the items completed */
        if ((list || kind == BAYAN_GROUP_SERIES) && n >= 2) {
            /* the shared head: the words the items' labels start with alike
             * ("احتياطي [المنغنيز]، احتياطي [الكروم]"), else the first item's
             * words minus what the others name on their own
             * ("احتياطيات خام [المنغنيز]، [الكروم]") */
            const bayan__claim_info *g = &info[mem[1]];
            size_t common = common_words(doc, f->label_start, f->label_end, g->label_start, g->label_end);
            if (common > f->label_start && common < f->label_end) {
                le = common;
                /* "exports of [wheat]": the head, without its dangling "of" */
                size_t w = le;
                while (w > f->label_start && doc->norm[w - 1] != ' ')
                    w--;
                if (en && w > f->label_start &&
                    (le - w == 2 && (!strncmp(doc->norm + w, "of", 2) || !strncmp(doc->norm + w, "in", 2))))
                    le = w;
                construct = !en;
            } else if (en && common == f->label_start && en_possessed_head(doc, info, mem, n, &ps, &pe)) {
                /* "[the] world's [manganese] ore reserves, [its] chromium, [its]
                 * lead": the possessor and the head, without the first item */
                int of = en_partitive(doc, f);
                if (subj && of) {
                    put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
                    bayan__buf_puts(&b, "'s share of the ");
                } else if (subj) {
                    put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
                    bayan__buf_puts(&b, ": ");
                }
                put_span(&b, doc, f->label_start, ps, oom);
                bayan__buf_putc(&b, ' ');
                put_span(&b, doc, pe, f->label_end, oom);
                goto done;
            } else if (en && common == f->label_start && n <= 3) {
                /* items with nothing in common ("Sales of data-center chips",
                 * "PC segment", "gaming unit"): name them all, not the first */
                int all = 1;
                for (size_t k = 0; k < n; k++) {
                    const bayan__claim_info *c = &info[mem[k]];
                    if (c->label_end <= c->label_start ||
                        (c->label_end - c->label_start > 2 && !strncmp(doc->norm + c->label_end - 2, "'s", 2)))
                        all = 0; /* none, or a possessor cut from its noun ("world's") */
                }
                if (all) {
                    if (subj) {
                        put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
                        bayan__buf_puts(&b, ": ");
                    }
                    for (size_t k = 0; k < n; k++) {
                        if (k)
                            bayan__buf_puts(&b, k + 1 == n ? " and " : ", ");
                        put_span(&b, doc, info[mem[k]].label_start, info[mem[k]].label_end, oom);
                    }
                    goto done;
                }
            } else if (!en) { /* an English head comes last: nothing to drop */
                int w1 = count_words(doc, f->label_start, f->label_end), wmin = w1;
                for (size_t k = 1; k < n; k++) {
                    int w = count_words(doc, info[mem[k]].label_start, info[mem[k]].label_end);
                    if (w > 0 && w < wmin)
                        wmin = w;
                }
                if (wmin < w1) {
                    le = drop_words(doc, f->label_start, f->label_end, wmin);
                    construct = le < f->label_end;
                }
            }
        }
        char lk[BAYAN__KEY_MAX] = "";
        if (f->label_end > f->label_start)
            word_at(doc, f->label_start, f->label_end, lk);
        if (!en && subj && ar_word(lk) && (!strncmp(lk, "\xd9\x84", 2) || !strncmp(lk, "\xd9\x84\xd9\x84", 4))) {
            /* "خصصت الميزانية 260 مليار لقطاع التعليم، و214 مليار للصحة": the
             * items are whom it went to; the chart is the subject's */
            put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
            goto done;
        }
        if (construct) {
            size_t w = le;
            while (w > f->label_start && doc->norm[w - 1] == ' ')
                w--;
            size_t ws = w;
            while (ws > f->label_start && doc->norm[ws - 1] != ' ')
                ws--;
            char hk[BAYAN__KEY_MAX];
            word_at(doc, ws, w, hk);
            construct = ar_word(hk) && !ar_definite(hk);
            le = w;
        }
        int share = 0;
        if (!en && subj && mem[0] < doc->n_claims && doc->claims[mem[0]].unit &&
            bayan__str_eq(doc->claims[mem[0]].unit, "percent")) {
            char nk[BAYAN__KEY_MAX];
            size_t ne = doc->nums[f->num].end;
            while (ne < doc->norm_len && doc->norm[ne] == ' ')
                ne++;
            word_at(doc, ne, doc->norm_len, nk);
            share = bayan__str_eq(nk, "من") && construct; /* "18% من صادرات البن": a share */
        }
        if (subj) {
            if (share) {
                bayan__buf_puts(&b, "حصة ");
                put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
                bayan__buf_puts(&b, " من ");
            } else {
                put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
                bayan__buf_puts(&b, ": ");
            }
        }
        size_t cs, ce;
        int tail = f->tail_end > f->tail_start;
        int category = construct && list_category(doc, &info[mem[n - 1]], &cs, &ce);
        int by_place = 0;
        if (construct && !category && tail) {
            char tk[BAYAN__KEY_MAX], nk[BAYAN__KEY_MAX];
            size_t t1 = word_at(doc, f->tail_start, f->tail_end, tk);
            while (t1 < f->tail_end && doc->norm[t1] == ' ')
                t1++;
            if (t1 < f->tail_end) {
                word_at(doc, t1, f->tail_end, nk);
                by_place = bayan__str_eq(tk, "في") && ar_definite(nk) && strncmp(nk, "\xd9\x84\xd9\x84", 4);
            }
        }
        int counts = doc->claims[mem[0]].unit && bayan__str_eq(doc->claims[mem[0]].unit, "count");
        size_t lw = le;
        while (lw > f->label_start && doc->norm[lw - 1] != ' ')
            lw--;
        char hk[BAYAN__KEY_MAX] = "";
        if (construct)
            word_at(doc, lw, le, hk);
        if (construct && !category && !by_place && !tail && lw == f->label_start && !counts &&
            !pronoun_word(doc, lw, le) &&
            strncmp(hk, "\xd9\x88", 2) &&
            strncmp(hk, "\xd8\xa8", 2) && strncmp(hk, "\xd9\x84", 2) && strncmp(hk, "\xd9\x81", 2) &&
            strncmp(hk, "\xd9\x83", 2)) {
            /* a lone head the items completed: "إنتاج [السعودية]، [العراق]" ->
             * "الإنتاج" (not for a word that may carry a clitic) */
            bayan__buf_puts(&b, "\xd8\xa7\xd9\x84");
        }
        put_span(&b, doc, f->label_start, le, oom);
        if (category) {
            /* "احتياطي" + "المعادن" */
            char ck[BAYAN__KEY_MAX];
            word_at(doc, cs, ce, ck);
            bayan__buf_puts(&b, ar_definite(ck) ? " " : " ال");
            put_span(&b, doc, cs, ce, oom);
        } else if (by_place) {
            /* "صادرات في العالم" -> "صادرات العالم" */
            size_t t1 = f->tail_start;
            while (t1 < f->tail_end && doc->norm[t1] != ' ')
                t1++;
            while (t1 < f->tail_end && doc->norm[t1] == ' ')
                t1++;
            bayan__buf_putc(&b, ' ');
            put_span(&b, doc, t1, f->tail_end, oom);
            tail = 0;
        }
        if (tail) {
            bayan__buf_putc(&b, ' ');
            put_span(&b, doc, f->tail_start, f->tail_end, oom);
        }
    }
    if (b.len == 0 && !b.failed) {
        /* no label of their own ("118 seats ..., or 37.8%, up from 31%"):
         * the measure of the figure they restate, earlier in the sentence */
        for (size_t k = mem[0]; k-- > 0 && info[k].sentence == f->sentence;)
            if (info[k].label_end > info[k].label_start) {
                if (info[k].subj_end > info[k].subj_start) {
                    put_span(&b, doc, info[k].subj_start, info[k].subj_end, oom);
                    bayan__buf_puts(&b, ": ");
                }
                put_span(&b, doc, info[k].label_start, info[k].label_end, oom);
                break;
            }
    }
done:
    if (b.failed) {
        *oom = 1;
        bayan__buf_free(&b);
        return NULL;
    }
    if (b.len == 0) {
        bayan__buf_free(&b);
        return NULL;
    }
    return bayan__buf_detach(&b, NULL);
}

/* 1 when the label of claim i is one word of change: "زيادة", "ارتفاع",
 * "rise", "increase". */
static int change_label(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *f)
{
    /* ("growth" alone is a measure: economic growth) */
    static const char *const en_change[] = {"increase", "rise", "decline", "drop", "fall", "gain", "jump",
                                            "decrease", "surge", "slump", "reduction", "cut", NULL};
    static const char *const ar_level[] = {"ارباح", "خسائر", "خساره", "نمو", NULL};
    if (f->label_end <= f->label_start ||
        memchr(doc->norm + f->label_start, ' ', f->label_end - f->label_start)) /* one word only */
        return 0;
    char k[BAYAN__KEY_MAX];
    word_at(doc, f->label_start, f->label_end, k);
    if (lang == BAYAN_LANG_EN)
        return key_in(k, en_change);
    const char *p = k;
    if (!strncmp(p, "\xd8\xa7\xd9\x84", 4) && strlen(p) > 6)
        p += 4;
    return bayan__wl_has(WL_AR_MASDAR, p) && !key_in(p, ar_level);
}

/* The title of a figure alone whose label is a word of change: the change
 * of the measure named last before it in the same unit ("زيادة احتياطيات
 * النقد الأجنبي", "increase in foreign reserves"); for degrees, of the
 * temperature. NULL when there is no better title than the label. */
static char *change_title(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info, size_t i, int *oom)
{
    const bayan__claim_info *f = &info[i];
    const bayan_claim *c = &doc->claims[i];
    int en = lang == BAYAN_LANG_EN;
    if (!change_label(doc, lang, f))
        return NULL;
    bayan__buf b = BAYAN__BUF_INIT;
    char k[BAYAN__KEY_MAX];
    word_at(doc, f->label_start, f->label_end, k);
    int definite = !en && ar_definite(k);
    if (c->unit && bayan__str_eq(c->unit, "celsius")) {
        if (en) {
            bayan__buf_puts(&b, "temperature ");
            put_span(&b, doc, f->label_start, f->label_end, oom);
        } else {
            put_span(&b, doc, f->label_start, f->label_end, oom);
            bayan__buf_puts(&b, definite ? " في الحرارة" : " الحرارة");
        }
    } else {
        for (size_t k2 = i; k2-- > 0;) {
            const bayan__claim_info *p = &info[k2];
            if (f->sentence - p->sentence > 1)
                break;
            if (!same_str(doc->claims[k2].unit, c->unit) || !same_str(doc->claims[k2].currency, c->currency) ||
                p->label_end <= p->label_start || change_label(doc, lang, p))
                continue;
            char pk[BAYAN__KEY_MAX];
            word_at(doc, p->label_start, p->label_end, pk);
            if (!en && !ar_definite(pk))
                break; /* "زيادة" + an indefinite noun is not its measure */
            put_span(&b, doc, f->label_start, f->label_end, oom);
            bayan__buf_puts(&b, en ? " in " : definite ? " في " : " ");
            put_span(&b, doc, p->label_start, p->label_end, oom);
            break;
        }
    }
    if (b.failed) {
        *oom = 1;
        bayan__buf_free(&b);
        return NULL;
    }
    if (b.len == 0) {
        bayan__buf_free(&b);
        return NULL;
    }
    return bayan__buf_detach(&b, NULL);
}

/* A counted noun that says only "people" ("شخص", "نسمة", "people"): counts
 * of it in different sentences are usually of different things (killed,
 * injured, displaced). */
static int generic_noun(const bayan_doc *doc, const bayan__claim_info *f)
{
    static const char *const generic[] = {"شخص", "شخصا", "اشخاص", "نسمه", "فرد", "فردا", "افراد", "people",
                                          "persons", "person", "مره", "مرات", "times", NULL};
    if (f->label_end <= f->label_start)
        return 1;
    /* (those start with ش ا ن ف م, p or t, which the key keeps from the
     * text's first letter: another first letter is no such word) */
    const unsigned char *w = (const unsigned char *)doc->norm + f->label_start;
    size_t wn = f->label_end - f->label_start;
    unsigned c = (unsigned)w[0] - 'A' < 26u ? w[0] + 32u : w[0];
    if (c < 0x80 ? c != 'p' && c != 't'
                 : wn >= 2 && ((c == 0xD8 && w[1] >= 0xA1 && w[1] <= 0xBF && w[1] != 0xB4 && w[1] != 0xA7 &&
                                w[1] != 0xA2 && w[1] != 0xA3 && w[1] != 0xA5) ||
                               (c == 0xD9 && w[1] >= 0x81 && w[1] <= 0x8A && w[1] != 0x86 && w[1] != 0x81 &&
                                w[1] != 0x85)))
        return 0;
    char k[BAYAN__KEY_MAX];
    word_at(doc, f->label_start, f->label_end, k);
    return key_in(k, generic);
}

static char *id_str(char prefix, size_t n)
{
    /* (by hand: snprintf cost more than the rest of making a group) */
    char tmp[32];
    size_t at = sizeof tmp;
    tmp[--at] = '\0';
    do {
        tmp[--at] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    tmp[--at] = prefix;
    size_t l = sizeof tmp - at;
    char *p = malloc(l);
    if (p)
        memcpy(p, tmp + at, l);
    return p;
}

/* Appends a group of members mem[0, n) of the given kind, its unit and
 * currency from claim `like`, to doc->groups (growing it by doubling;
 * *gcap is its room); NULL when out of memory, with nothing added. The
 * caller sets the title and the claims' group ids. */
static bayan_group *new_group(bayan_doc *doc, size_t *gcap, const size_t *mem, size_t n, bayan_group_kind kind,
                              const bayan_claim *like, long ratio)
{
    if (doc->n_groups == *gcap) {
        size_t ncap = *gcap ? *gcap * 2 : 8;
        bayan_group *g = realloc(doc->groups, ncap * sizeof *g);
        if (!g)
            return NULL;
        doc->groups = g;
        *gcap = ncap;
    }
    size_t *m = malloc(n * sizeof *m);
    char *id = id_str('g', doc->n_groups + 1);
    if (!m || !id) {
        free(m);
        free(id);
        return NULL;
    }
    memcpy(m, mem, n * sizeof *m);
    bayan_group *g = &doc->groups[doc->n_groups];
    memset(g, 0, sizeof *g);
    g->id = id;
    g->members = m;
    g->n_members = n;
    g->kind = kind;
    g->unit = like->unit;
    g->currency = like->currency;
    g->ratio = ratio;
    return g;
}

bayan_status bayan__group_claims(bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info)
{
    bayan_status rc = BAYAN_ENOMEM;
    size_t nc = doc->n_claims;
    size_t *mem = NULL;
    unsigned char *used = NULL; /* per claim: 1 in a group (or its ratio), 2 a "times" figure */
    unsigned char *chg = NULL; /* change_figure per claim, asked once (see change_memo) */
    unsigned char *feat = NULL; /* bare_against and from_before per claim (see feat_memo) */
    size_t gcap = 0;
    int oom = 0;
    if (nc == 0)
        return BAYAN_OK;
    mem = malloc(nc * sizeof *mem);
    used = calloc(nc, 1);
    chg = calloc(nc, 1);
    feat = calloc(nc, 1);
    if (!mem || !used || !chg || !feat)
        goto out;
    for (size_t i = 0; i < nc; i++)
        if (doc->claims[i].unit && bayan__str_eq(doc->claims[i].unit, "times"))
            used[i] = 2; /* (asked once here, not per pair below) */
    for (size_t s0 = 0; s0 < nc;) {
        size_t s1 = s0;
        while (s1 < nc && info[s1].sentence == info[s0].sentence)
            s1++;
        for (size_t i = s0; i < s1; i++) {
            const bayan_claim *ci = &doc->claims[i];
            if (used[i]) /* grouped, or a multiplier */
                continue;
            /* the multiplier of a comparison in the same sentence */
            /* (it stands between the figures it compares: "50%، أي خمسة أضعاف
             * المتوسط البالغ 11%"; one after both compares something else:
             * "41 seats, nearly double their previous tally") */
            long ratio = -1;
            for (size_t j = i + 1; j < s1 && ratio < 0; j++) {
                if (used[j] != 2 || !info[j].comparative)
                    continue; /* (a multiplier not yet used) */
                for (size_t k = j + 1; k < s1; k++) {
                    const bayan_claim *ck = &doc->claims[k];
                    if (!used[k] && comparable(ci, &info[i], ck, &info[k], 0)) {
                        ratio = (long)j;
                        break;
                    }
                }
            }
            int change_i = -1; /* change_memo of i, asked when a second figure is (most are alone) */
            size_t n = 0;
            int list = 1;
            for (size_t j = i; j < s1; j++) {
                const bayan_claim *cj = &doc->claims[j];
                if (used[j])
                    continue;
                /* a count with no noun of its own counts what the first one
                 * does when it is said against it or is an item of its list
                 * ("بنحو 720 ألف زائر، تلتها السوق الروسية بـ650 ألفا") */
                /* (`loose` only widens comparable: asked only when it would tell) */
                int how = comparable_how(ci, &info[i], cj, &info[j]);
                if (how != 1 &&
                    !(how == 2 && j != i &&
                      (feat_memo(doc, lang, info, feat, j, FEAT_BARE) ||
                       (info[j].list_prev && !info[j].noun && (doc->nums[info[j].num].flags & BAYAN__NUM_SCALED)))))
                    continue;
                /* "46.9 مليار دولار، بزيادة قدرها 700 مليون دولار": the change of
                 * a level is not a bar beside it */
                if (j != i && change_i < 0)
                    change_i = change_memo(doc, lang, info, chg, i);
                if (j != i && !change_i && change_memo(doc, lang, info, chg, j))
                    continue;
                /* a list item joins the list, or the member just before it;
                 * not when what comes between is a clause of its own ("4%
                 * earlier this month ..., and expects inflation to peak at 4%") */
                /* a comparable figure left out between the last member and
                 * this one is the item before it: the list is broken ("44%،
                 * تصدرهم الهنود بنسبة 22%، ثم البريطانيون بـ11%، والروس بـ7%") */
                int skipped = 0;
                for (size_t k = j != i ? mem[n - 1] + 1 : j; k < j && !skipped; k++) {
                    skipped = !used[k] && comparable(ci, &info[i], &doc->claims[k], &info[k], 0);
                }
                if (skipped && ratio < 0)
                    continue;
                int par = 0, gap = j != i ? list_item_gap(doc, lang, info, mem[n - 1], j, &par) : -1;
                int coord = info[j].list_prev && !skipped && (list || (n > 0 && mem[n - 1] + 1 == j)) &&
                            gap != -2 && (gap <= 4 || par || (info[j].list_prev == 2 && mem[n - 1] + 1 == j));
                /* (a clause of the same shape only continues a list already
                 * begun: "41%, while the PC segment grew 6% and the gaming
                 * unit shrank 9%"; "kept its key rate at 4.5%, and inflation
                 * slowed to 2.9%" names two measures) */
                int plain = gap >= 1 && gap <= 3 && !par, raw_par = par;
                par = par && n >= 2;
                int via_list = coord || plain || par;
                if (j != i && !via_list && ratio < 0 &&
                    !linked(doc, info, mem[n - 1], j, gap, raw_par, feat_memo(doc, lang, info, feat, j, FEAT_FROM)))
                    continue;
                if (n > 0 && !via_list)
                    list = 0;
                mem[n++] = j;
            }
            if (n < 2)
                continue;
            bayan_group_kind kind;
            if (list && ratio < 0)
                kind = BAYAN_GROUP_SERIES;
            else if (n == 2 || ratio >= 0)
                kind = BAYAN_GROUP_COMPARISON;
            else
                kind = BAYAN_GROUP_SERIES;
            bayan_group *g = new_group(doc, &gcap, mem, n, kind, ci, ratio);
            if (!g)
                goto out;
            const size_t *m = g->members;
            const char *id = g->id;
            g->title = make_title(doc, lang, info, m, n, kind, list, &oom);
            doc->n_groups++;
            if (oom)
                goto out;
            /* members and ratio share the group's id string */
            for (size_t k = 0; k < n; k++) {
                used[m[k]] |= 1;
                doc->claims[m[k]].group = id;
            }
            if (ratio >= 0) {
                used[ratio] |= 1;
                doc->claims[ratio].group = id;
            }
        }
        s0 = s1;
    }
    /* counts of one noun left alone in nearby sentences, one of them said
     * of whom ("حصل الحزب الحاكم على 142 مقعدا ... وحل الحزب المعارض ثانيا
     * بـ97 مقعدا"): a series across sentences */
    for (size_t i = 0; i < nc; i++) {
        const bayan_claim *ci = &doc->claims[i];
        if ((used[i] & 1) || ci->group || !ci->unit || !bayan__str_eq(ci->unit, "count") || !info[i].noun ||
            generic_noun(doc, &info[i]))
            continue;
        size_t n = 0;
        int whose = info[i].subj_end > info[i].subj_start;
        mem[n++] = i;
        for (size_t j = i + 1; j < nc && info[j].sentence - info[i].sentence <= 5; j++) {
            const bayan_claim *cj = &doc->claims[j];
            if (info[j].noun != info[i].noun || info[j].sentence == info[mem[n - 1]].sentence || (used[j] & 1) ||
                cj->group || !cj->unit || !bayan__str_eq(cj->unit, "count") ||
                !comparable(ci, &info[i], cj, &info[j], 0)) /* (the noun first: most differ) */
                continue;
            mem[n++] = j;
            whose |= info[j].subj_end > info[j].subj_start;
        }
        if (n < 2 || !whose)
            continue;
        bayan_group *g = new_group(doc, &gcap, mem, n, n == 2 ? BAYAN_GROUP_COMPARISON : BAYAN_GROUP_SERIES, ci, -1);
        if (!g)
            goto out;
        const size_t *m = g->members;
        const char *id = g->id;
        g->title = make_title(doc, lang, info, m, n, g->kind, 2, &oom);
        doc->n_groups++;
        if (oom)
            goto out;
        for (size_t k = 0; k < n; k++) {
            used[m[k]] |= 1;
            doc->claims[m[k]].group = id;
        }
    }
    /* a figure alone whose label is only a word of change ("زيادة تتراوح بين
     * 2 و4 درجات", "an increase of $700 million"): a group of its own, for
     * a title that says what changed */
    for (size_t i = 0; i < nc; i++) {
        if ((used[i] & 1) || doc->claims[i].group)
            continue;
        char *t = change_title(doc, lang, info, i, &oom);
        if (oom)
            goto out;
        if (!t)
            continue;
        bayan_group *g = new_group(doc, &gcap, &i, 1, BAYAN_GROUP_SINGLE, &doc->claims[i], -1);
        if (!g) {
            free(t);
            goto out;
        }
        g->title = t;
        doc->n_groups++;
        doc->claims[i].group = g->id;
    }
    rc = BAYAN_OK;
out:
    free(mem);
    free(used);
    free(chg);
    free(feat);
    return rc;
}

/* From scanned numbers to claims: which numbers are claims, and for each its
 * label (what is measured), subject (whose figure), time and source.
 *
 * The rules read the words around a number inside its clause (a stretch
 * between punctuation marks) and its sentence, first match wins:
 *   - a comparative next to a multiplier ("أعلى بخمس مرات من X", "five times
 *     higher than X", "خمسة أضعاف X") labels the multiplier with the comparison;
 *   - an attributive word before the number ("البالغ 11%", "بقيمة", "worth",
 *     "a budget of") makes the noun phrase before it the label;
 *   - English: the noun after an amount ("a $2 million loan", "a 5% rise in X");
 *   - a verb of reaching or changing before the number ("تصل حصة X إلى 50%",
 *     "ارتفع X بـ4 درجات", "X rose to 7.5%", "سجلت الصادرات نموًا") makes its
 *     subject the label (VSO and SVO, over a source aside, through relatives);
 *   - else the من / of phrase after the number ("39% من X", "39% of X");
 *   - else a figure that continues the one before it takes its label: an
 *     earlier value ("from 2.9%", "مقابل 4.8%"), a result ("لتبلغ", ", up 4%");
 *   - else the counted noun ("911 متخصصًا", "1,200 workers");
 *   - else the noun phrase just before the number.
 * A bare number (no unit) is a claim only when it counts a noun, is the figure
 * a verb predicates, or is partitive ("70 من العمال"); one that names a thing
 * ("الدقيقة 90") or a duration ("five years ago") is not. Times and sources
 * come from the sentence: the nearest year (not across بينما / فيما / في حين /
 * while / whereas, which start a clause of its own), "وفقًا لـ", "according
 * to", "X said". A figure joined to the one before by و on a definite noun
 * or by "and" ("شكل الغاز 60% والنفط 25%") is the next item of its list; one
 * left without a label after a pronoun subject ("while it stood at 54%")
 * or as a bare list item takes the measure of the figure before.
 *
 * Speed: only sentences holding a quantity are tokenised, once; a word's
 * key and list masks come from a fixed-size cache of recent words. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/mem.h"
#include "common/str.h"
#include "extract/claims.h"
#include "extract/claims_words.h"

#define AR_WAW "\xd9\x88"
#define AR_FA "\xd9\x81"
#define AR_BA "\xd8\xa8"
#define AR_LAM "\xd9\x84"
#define AR_KAF "\xd9\x83"
#define AR_SIN "\xd8\xb3"
#define AR_AL "\xd8\xa7\xd9\x84"

/* The few-instruction helpers every rule calls, and the pieces analyse
 * alone calls: always inline (analyse, copied once per language, is large
 * enough for the compiler's size limits to call them otherwise). */
#define ALWAYS_INLINE static inline __attribute__((always_inline))

/* strncmp(k, lit, strlen(lit)) == 0, for a literal without NUL: byte by
 * byte, so nothing past k's own NUL is read; unrolled by the compiler. */
ALWAYS_INLINE int starts_n(const char *k, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (k[i] != lit[i])
            return 0;
    return 1;
}
#define STARTS(k, lit) starts_n((k), lit, sizeof(lit) - 1)
/* strcmp(k, lit) == 0 for a literal: bayan__str_eq, whose first two bytes
 * inline settle nearly every compare. (An unrolled byte loop per literal
 * runs fewer instructions but makes analyse larger than it already is: the
 * instruction cache, not the count, is what extraction waits on.) */
#define STR_IS(k, lit) bayan__str_eq((k), lit)

typedef struct span {
    long a, b; /* token range [a, b); a == b is empty */
} span;

#define MAX_SRCS 8
#define MEMO 4

enum { N_CUR_FAMILIES = 6 }; /* currency names several countries share (country_currency) */

typedef struct rules {
    bayan_doc *doc;
    bayan_lang lang;
    bayan__sent *S;
    bayan__tok *toks; /* S->toks and S->n, one load nearer (set after each tokenising) */
    size_t ntok;
    long cs, ce; /* clause of the number: tokens [cs, ce) */
    int cl_c;     /* the sentence's clause clause_of found last (-1: none yet), */
    long cl_a, cl_b; /* and its cs and ce */
    long prev_p;      /* the previous claim's token in this sentence, or -1 */
    span prev_label;  /* and its label */
    const char *prev_unit;
    const char *dirham; /* the document's dirham: MAD when Morocco is named before the UAE */
    int dirham_done;
    const char *cur[N_CUR_FAMILIES]; /* the document's dinar, shilling, peso, franc, crown and lira (country_currency) */
    unsigned cur_done;  /* a bit a family: looked for once */
    int srcs_ready, n_srcs; /* the sentence's sources, found on first use */
    int times_ready;        /* and its years, dates and periods (token indices) */
    long *times;
    size_t n_times, cap_times;
    long *nums;             /* the sentence's number tokens, in order (its num_toks) */
    size_t n_nums;
    long src_at[MAX_SRCS];
    span srcs[MAX_SRCS];
    struct {
        size_t a, e;
        char *p;
    } memo[MEMO];        /* the last strings copied (arena_span) */
    int memo_next;
    size_t count_sent;  /* 1 + the sentence of the last count claim, or 0 */
    unsigned long long count_noun; /* that claim's counted-noun hash (bayan__claim_info.noun) */
    int prev_noun_label;           /* the previous claim's label starts with its counted noun */
    size_t seen_sent;   /* 1 + the sentence of seen[], or 0 */
    int n_seen;
    struct {
        const char *unit;
        span label;
    } seen[8];          /* the sentence's claims so far, by unit (last one per unit) */
} rules;

ALWAYS_INLINE int is_ar(const char *key)
{
    return (unsigned char)key[0] >= 0xD8 && (unsigned char)key[0] <= 0xDB;
}

/* At least n code points in key: counted only as far as needed. */
static inline int cps_ge(const char *key, size_t n)
{
    size_t c = 0;
    for (; *key && c < n; key++)
        c += ((unsigned char)*key & 0xC0) != 0x80;
    return c >= n;
}

/* The key without a leading و or ف (when a word of 2+ letters remains). */
static const char *ar_conj(const char *key)
{
    if ((STARTS(key, AR_WAW) || STARTS(key, AR_FA)) && cps_ge(key + 2, 2))
        return key + 2;
    return key;
}

/* ar_has_al of a key without its و/ف (ar_conj) already. */
static int al_at(const char *k)
{
    if (STARTS(k, AR_AL))
        return 1;
    if (STARTS(k, AR_LAM AR_LAM) && cps_ge(k, 4))
        return 1;
    if ((STARTS(k, AR_BA) || STARTS(k, AR_KAF)) && STARTS(k + 2, AR_AL))
        return 1;
    return 0;
}

static int ar_has_al(const char *key)
{
    return al_at(ar_conj(key));
}

/* Where the key without conjunction, one preposition clitic and the
 * article starts. */
static size_t bare_at(const char *k)
{
    if (STARTS(k, AR_LAM AR_LAM) && cps_ge(k, 4))
        return 4;
    if ((STARTS(k, AR_BA) || STARTS(k, AR_KAF) || STARTS(k, AR_LAM)) && STARTS(k + 2, AR_AL) && cps_ge(k, 5))
        return 6;
    if (STARTS(k, AR_AL) && cps_ge(k, 4))
        return 4;
    return 0;
}

static size_t ar_bare_off(const char *key)
{
    const char *k = ar_conj(key);
    return (size_t)(k - key) + bare_at(k);
}

/* The key without conjunction, one preposition clitic and the article. */
static void ar_bare(const char *key, char *out)
{
    strcpy(out, key + ar_bare_off(key));
}

/* The key without conjunction and one ب/ل/ك clitic (indefinite words). */
static const char *ar_noprep(const char *key)
{
    const char *k = ar_conj(key);
    if ((STARTS(k, AR_BA) || STARTS(k, AR_KAF) || STARTS(k, AR_LAM)) && cps_ge(k, 4))
        return k + 2;
    return k;
}

/* A verb from a list, allowing و/ف, the future س and the purpose ل. */
static int ar_verb_in(enum bayan__wl wl, const char *key)
{
    const char *forms[2] = {key, ar_conj(key)};
    for (int i = 0; i < 2; i++) {
        const char *k = forms[i];
        if (bayan__wl_has(wl, k))
            return 1;
        /* "سيصل", "ليبلغ": only before an imperfect prefix, so "سكان" is not "كان" */
        if ((STARTS(k, AR_SIN) || STARTS(k, AR_LAM)) && cps_ge(k, 4) &&
            (STARTS(k + 2, "\xd9\x8a") || STARTS(k + 2, "\xd8\xaa") || STARTS(k + 2, "\xd9\x86")) &&
            bayan__wl_has(wl, k + 2))
            return 1;
    }
    return 0;
}



/* The i-th token without its key, for its place and kind. */
ALWAYS_INLINE const bayan__tok *R(const rules *r, long i)
{
    return &r->toks[i];
}

/* The i-th token of the sentence, keyed (words are keyed when the sentence
 * is tokenised, numbers here on first read). */
ALWAYS_INLINE const bayan__tok *T(const rules *r, long i)
{
    bayan__tok *t = &r->toks[i];
    if (t->klen == BAYAN__TOK_UNKEYED)
        bayan__tok_key_num(r->doc, t);
    return t;
}

/* ar_conj of the i-th token's key, which the tokeniser found (its conj). */
ALWAYS_INLINE const char *TC(const rules *r, long i)
{
    const bayan__tok *t = T(r, i);
    return t->key + t->conj;
}

/* ar_has_al of the i-th token's key. */
static int tok_has_al(const rules *r, long i)
{
    return al_at(TC(r, i));
}

/* Key comparisons with a literal: the length first, then a fixed-size
 * memcmp the compiler turns into a load or two. CONJ_IS compares the key
 * without a leading و/ف (ar_conj). */
ALWAYS_INLINE int key_eq(const char *k, size_t kl, const char *lit, size_t n)
{
    return kl == n && !memcmp(k, lit, n);
}
#define KEY_IS(t, lit) key_eq((t)->key, (t)->klen, lit, sizeof(lit) - 1)
#define CONJ_IS(t, lit) key_eq((t)->key + (t)->conj, (size_t)((t)->klen - (t)->conj), lit, sizeof(lit) - 1)

/* The lists of key + off (the key without off bytes of clitics). */
static inline unsigned long long mask_at(const bayan__tok *t, size_t off)
{
    return bayan__wl_mask_h(t->key + off, t->klen - off, bayan__wl_hash(t->key + off, t->klen - off));
}

#define BIT(wl) ((unsigned long long)1 << (wl))
#define AR_VERB_BITS (BIT(WL_AR_REACH) | BIT(WL_AR_CHANGE) | BIT(WL_AR_REPR) | BIT(WL_AR_COPULA) | BIT(WL_AR_ESTIMATE))

/* A future س or purpose ل before an imperfect prefix (ي ت ن), as
 * ar_verb_in strips them. */
ALWAYS_INLINE int verb_prefixed(const char *v)
{
    return (STARTS(v, AR_SIN) || STARTS(v, AR_LAM)) && cps_ge(v, 4) &&
           (STARTS(v + 2, "\xd9\x8a") || STARTS(v + 2, "\xd8\xaa") || STARTS(v + 2, "\xd9\x86"));
}

/* The lists a token's word is in, once per token: m_in for the word (and,
 * in Arabic, the word without و/ف), m_verb for its verb forms (also without
 * the future س or purpose ل), m_bare without clitics and article. */
static const bayan__tok *TM_make(const rules *r, long i)
{
    bayan__tok *t = &r->toks[i];
    const char *k = T(r, i)->key;
    t->m_bare = 0;
    if (r->lang == BAYAN_LANG_EN || !is_ar(k)) {
        t->m_in = mask_at(t, 0);
        t->m_verb = t->m_in;
    } else {
        size_t c = t->conj;
        unsigned long long m_in = mask_at(t, 0) | (c ? mask_at(t, c) : 0), m_verb = m_in & AR_VERB_BITS;
        /* the forms without س/ل, of the key and of the key without و/ف
         * (c is 0 or 2) */
        if (verb_prefixed(k))
            m_verb |= mask_at(t, 2) & AR_VERB_BITS;
        if (c && verb_prefixed(k + 2))
            m_verb |= mask_at(t, 4) & AR_VERB_BITS;
        t->m_in = m_in;
        t->m_verb = m_verb;
    }
    t->masked = 1;
    return t;
}

ALWAYS_INLINE const bayan__tok *TM(const rules *r, long i)
{
    const bayan__tok *t = &r->toks[i];
    return t->masked ? t : TM_make(r, i);
}

/* The lists of the word without clitics and article (for verbal nouns):
 * ar_bare and ar_noprep of the key, from the token's و/ف offset. */
static unsigned long long tok_bare_mask(const rules *r, long i)
{
    const bayan__tok *tc = TM(r, i);
    bayan__tok *t = &r->toks[i];
    if (t->masked == 1 && is_ar(tc->key) && r->lang != BAYAN_LANG_EN) {
        const char *k = t->key + t->conj;
        size_t bare = t->conj, noprep = t->conj;
        int prep = STARTS(k, AR_BA) || STARTS(k, AR_KAF) || STARTS(k, AR_LAM);
        if (STARTS(k, AR_LAM AR_LAM) && cps_ge(k, 4))
            bare += 4;
        else if (prep && STARTS(k + 2, AR_AL) && cps_ge(k, 5))
            bare += 6;
        else if (STARTS(k, AR_AL) && cps_ge(k, 4))
            bare += 4;
        if (prep && cps_ge(k, 4))
            noprep += 2;
        t->m_bare = mask_at(t, bare) | mask_at(t, noprep);
        t->masked = 2;
    }
    return t->m_bare;
}

static int tok_ar_verb(const rules *r, long i)
{
    const bayan__tok *t = TM(r, i);
    return is_ar(t->key) && (t->m_verb & (AR_VERB_BITS & ~BIT(WL_AR_ESTIMATE))) != 0;
}

static int tok_masdar(const rules *r, long i)
{
    const bayan__tok *t = TM(r, i);
    if (t->m_in & BIT(WL_AR_MASDAR))
        return 1;
    /* the forms without clitics end as the word does: most words' ending
     * rules them all out (a listed word has three letters or more) */
    if (!bayan__wl_masdar_maybe(t->key, t->klen))
        return 0;
    return (tok_bare_mask(r, i) & BIT(WL_AR_MASDAR)) != 0;
}


/* The lists of token i's key and of the key without a leading و/ف
 * (ar_conj), whatever the document's language. */
static inline unsigned long long tok_key_conj_mask(const rules *r, long i)
{
    const bayan__tok *t = TM(r, i);
    if (r->lang != BAYAN_LANG_EN && is_ar(t->key))
        return t->m_in; /* (TM_make made it so) */
    return t->conj ? t->m_in | mask_at(t, 2) : t->m_in;
}

/* The lists of ar_bare(key) in Arabic, of the key in English. */
static unsigned long long tok_bare_key_mask(const rules *r, long i)
{
    const bayan__tok *t = TM(r, i);
    if (r->lang == BAYAN_LANG_EN)
        return t->m_in;
    return mask_at(t, t->conj + bare_at(t->key + t->conj));
}

/* The lists of the key and of ar_bare(key) (the key alone in English). */
static unsigned long long tok_bare_or_key_mask(const rules *r, long i)
{
    const bayan__tok *t = TM(r, i);
    if (r->lang == BAYAN_LANG_EN)
        return t->m_in;
    return mask_at(t, 0) | mask_at(t, t->conj + bare_at(t->key + t->conj));
}

ALWAYS_INLINE int is_word(const rules *r, long i)
{
    return (size_t)i < r->ntok && R(r, i)->word; /* (a negative i is out of range too) */
}

ALWAYS_INLINE int word_is(const rules *r, long i, enum bayan__wl wl)
{
    if (!is_word(r, i))
        return 0;
    return (TM(r, i)->m_in >> wl) & 1;
}

/* An English past form ("posted", "approved"): a verb unless a determiner
 * makes it a noun phrase's modifier ("the reported figure"). */
/* "five-year", "10-day": a word glued by a hyphen to the number before it,
 * the two an adjective of what follows */
static int en_num_glued(const rules *r, long i)
{
    if (i < 1 || is_word(r, i - 1) || R(r, i - 1)->punct || R(r, i - 1)->num < 0)
        return 0;
    size_t a = R(r, i)->start;
    return a >= 1 && R(r, i - 1)->end == a - 1 && r->doc->norm[a - 1] == '-';
}

static int en_past(const rules *r, long i)
{
    const char *k = T(r, i)->key;
    size_t n = strlen(k);
    if (n < 4 || !STR_IS(k + n - 2, "ed") || R(r, i)->upper)
        return 0;
    if (i > 0 && is_word(r, i - 1) && bayan__wl_has(WL_EN_DET, T(r, i - 1)->key))
        return 0;
    /* "the average fixed rate", "total insured losses": an -ed adjective
     * after a measure head, before the noun it qualifies */
    return !(i > 0 && is_word(r, i - 1) && (word_is(r, i - 1, WL_HEAD) || en_num_glued(r, i - 1)) && is_word(r, i + 1) &&
             !(TM(r, i + 1)->m_in & (BIT(WL_EN_STOP) | BIT(WL_EN_VERB) | BIT(WL_EN_REPR) | BIT(WL_EN_SAY))));
}

/* An English -ing form that is a verb here: "gusting", "committing" (not
 * "during", "including", "according", "spending" after a determiner). */
static int en_participle(const rules *r, long i)
{
    if (!is_word(r, i) || R(r, i)->upper)
        return 0;
    const char *k = T(r, i)->key;
    size_t n = strlen(k);
    if (n < 6 || !STR_IS(k + n - 3, "ing") || word_is(r, i, WL_EN_STOP) || word_is(r, i, WL_EN_LINK))
        return 0;
    if (STR_IS(k, "during") || STR_IS(k, "including") || STR_IS(k, "according") || STR_IS(k, "excluding") ||
        STR_IS(k, "following") || STR_IS(k, "regarding") || STR_IS(k, "totalling") || STR_IS(k, "totaling"))
        return 0;
    return !(i > 0 && is_word(r, i - 1) && word_is(r, i - 1, WL_EN_DET));
}

/* "year-on-year", "month-over-month", "year-to-date": a time word joined
 * to itself is an adverb of comparison, never what is measured */
static int en_time_adverb(const char *k)
{
    const char *h = strchr(k, '-');
    if (!h || h == k || (size_t)(h - k) >= 16)
        return 0;
    char head[16];
    memcpy(head, k, (size_t)(h - k));
    head[h - k] = '\0';
    return bayan__wl_has(WL_EN_TIMEW, head) &&
           (STARTS(h, "-on-") || STARTS(h, "-over-") || STARTS(h, "-to-"));
}

/* English: a word right after a modal is a verb ("the department will
 * receive $312 million": no noun of the subject's phrase). */
static int after_modal(const rules *r, long i)
{
    static const char *const modal[] = {"will", "would", "could", "can", "may", "might", "should", "must", "shall",
                                        NULL};
    if (i - 1 < 0 || !is_word(r, i - 1))
        return 0;
    const char *k = r->S->toks[i - 1].key; /* (a word's key is made when the sentence is tokenised) */
    for (int m = 0; modal[m]; m++)
        if (STR_IS(k, modal[m]))
            return 1;
    return 0;
}

static int stop_word_(const rules *r, long i)
{
    const bayan__tok *t = TM(r, i);
    if (r->lang == BAYAN_LANG_EN)
        return (t->m_in & (BIT(WL_EN_STOP) | BIT(WL_EN_VERB) | BIT(WL_EN_REPR) | BIT(WL_EN_SAY))) || en_past(r, i) ||
               en_time_adverb(t->key) || after_modal(r, i);
    if (!is_ar(t->key))
        return 0;
    return (t->m_in & (BIT(WL_AR_STOP) | BIT(WL_AR_SAY) | BIT(WL_AR_SRCMARK))) || tok_ar_verb(r, i);
}

/* Asked many times per token while phrases are walked: memoised. */
static int stop_word(const rules *r, long i)
{
    bayan__tok *t = &r->toks[i];
    if (t->c_stop < 0)
        t->c_stop = (signed char)stop_word_(r, i);
    return t->c_stop;
}

/* A noun phrase starting at token i, at most maxw words, before lim. With
 * `inner`, Arabic من / على + noun may continue it ("واردات اليابان من
 * المعادن", "الطلب على نقل البضائع"): the subject of a verb. */
/* Token i is a number that names rather than measures: an article, a
 * law, a grade of gold ("المادة 5", "عيار 21"). */
static int ref_num(const rules *r, long i)
{
    return i >= 0 && (size_t)i < r->S->n && R(r, i)->num >= 0 &&
           r->doc->nums[R(r, i)->num].pub.kind == BAYAN_NUM_REFERENCE;
}

static int ar_imperfect_shape(const char *key);

/* An Arabic verb of purpose, ل + a present verb: "ليتداول", "لتصل" (key
 * without و/ف). */
static int ar_purpose_verb(const char *k)
{
    return STARTS(k, AR_LAM) && ar_imperfect_shape(k + 2);
}

/* English: token i is the indefinite article. */
static int en_article(const rules *r, long i)
{
    return is_word(r, i) && (KEY_IS(T(r, i), "a") || KEY_IS(T(r, i), "an"));
}

static span np_forward_x(const rules *r, long i, long lim, int maxw, int inner)
{
    span s = {i, i};
    int words = 0;
    long j = i;
    if (r->lang == BAYAN_LANG_EN)
        while (j < lim && word_is(r, j, WL_EN_DET))
            j++;
    for (; j < lim && words < maxw; j++) {
        if (!is_word(r, j)) {
            if (words > 0 && ref_num(r, j)) {
                s.b = j + 1; /* "سعر الغرام من عيار 22": the grade is part of the name */
                continue;
            }
            break;
        }
        const char *k = T(r, j)->key;
        const bayan__tok *kt = T(r, j);
        if (r->lang == BAYAN_LANG_EN) {
            if ((KEY_IS(kt, "of") || KEY_IS(kt, "'s")) && words > 0 && is_word(r, j + 1) && j + 1 < lim) {
                continue; /* "share of the final cost of goods" */
            }
            if (bayan__wl_has(WL_EN_DET, k) && words > 0 && j > 0 && KEY_IS(T(r, j - 1), "of"))
                continue;
            /* "of leveraged positions", "of unpaid taxes": an -ed form
             * opening the phrase after "of" is its adjective */
            int ed_adj = words == 0 && j > 0 && is_word(r, j - 1) && KEY_IS(T(r, j - 1), "of") && en_past(r, j) &&
                         !(TM(r, j)->m_in & (BIT(WL_EN_STOP) | BIT(WL_EN_VERB) | BIT(WL_EN_REPR))) &&
                         j + 1 < lim && is_word(r, j + 1) && !stop_word(r, j + 1);
            if (stop_word(r, j) && !ed_adj)
                break;
        } else {
            if (inner && words > 0 && (KEY_IS(kt, "من") || KEY_IS(kt, "علي")) && j + 1 < lim &&
                is_word(r, j + 1) && !stop_word(r, j + 1))
                continue;
            /* "متوسط ما يحوله العامل": ما and a present verb, what the noun is of */
            if (words > 0 && KEY_IS(kt, "ما") && j + 1 < lim && is_word(r, j + 1) &&
                is_ar(T(r, j + 1)->key) && !tok_has_al(r, j + 1) && cps_ge(T(r, j + 1)->key, 4) &&
                (STARTS(T(r, j + 1)->key, "\xd9\x8a") || STARTS(T(r, j + 1)->key, "\xd8\xaa")) &&
                !stop_word(r, j + 1))
                continue; /* (a ي/ت present, "يحوله" with its pronoun too) */
            if (stop_word(r, j))
                break;
            if (j > i && is_ar(k) && STARTS(k, AR_WAW AR_AL))
                break; /* "والرصاص": the next item of a list */
            if (j > i && ar_purpose_verb(k))
                break; /* "صعد سعر الأوقية ليتداول عند": the purpose verb ends the subject */
        }
        words++;
        s.b = j + 1;
    }
    if (s.b == s.a)
        s.a = s.b = i;
    return s;
}

static span np_forward(const rules *r, long i, long lim, int maxw)
{
    return np_forward_x(r, i, lim, maxw, 0);
}

/* A noun phrase ending just before token j, not before lo. */
static span np_backward(const rules *r, long j, long lo, int maxw)
{
    span s = {j, j};
    int words = 0;
    for (long i = j - 1; i >= lo && words < maxw; i--) {
        if (!is_word(r, i)) {
            if (ref_num(r, i) && i - 1 >= lo && is_word(r, i - 1)) {
                s.a = i; /* "استقر عيار 18 عند": the grade is part of the name */
                continue;
            }
            break;
        }
        const char *k = T(r, i)->key;
        if (r->lang == BAYAN_LANG_EN) {
            if (bayan__wl_has(WL_EN_INNER, k) && words > 0 && i - 1 >= lo && is_word(r, i - 1) &&
                !stop_word(r, i - 1))
                continue;
            /* "X and Y together promised": an adverb after the phrase is no part of it */
            if (words == 0 && s.b == i + 1 && (size_t)j < r->ntok && R(r, j)->num < 0 &&
                (STR_IS(k, "together") || STR_IS(k, "combined") || STR_IS(k, "jointly") || STR_IS(k, "alone"))) {
                s.a = s.b = i;
                continue;
            }
            /* "France and Germany", "Saudi Arabia and the UAE": names joined by "and" */
            if (STR_IS(k, "and") && words > 0 && R(r, s.a)->upper && i - 1 >= lo && is_word(r, i - 1) &&
                R(r, i - 1)->upper && !stop_word(r, i - 1))
                continue;
            if (words > 0 && s.a == i + 1 && STR_IS(k, "the") && i - 1 >= lo && is_word(r, i - 1) &&
                STR_IS(T(r, i - 1)->key, "and") && i - 2 >= lo && is_word(r, i - 2) && R(r, i - 2)->upper &&
                R(r, s.a)->upper) {
                i--; /* "... and the United Arab Emirates": past "the" and "and" to the first name */
                continue;
            }
            if (bayan__wl_has(WL_EN_DET, k)) {
                if (words == 0)
                    break;
                s.a = i;
                /* "inflation in the euro zone": an inner preposition before
                 * the determiner continues the phrase */
                if (i - 2 >= lo && word_is(r, i - 1, WL_EN_INNER) && is_word(r, i - 2) && !stop_word(r, i - 2)) {
                    i--;
                    continue;
                }
                break;
            }
            /* "a rise", "the increase": a verb form after a determiner is a
             * noun; so is one right before the verb ("energy costs were") */
            int verbish = bayan__wl_has(WL_EN_VERB, k) || bayan__wl_has(WL_EN_REPR, k);
            /* "share of total spending": after "of", a verb form is the
             * adjective of the noun that follows it */
            int nounish = verbish && !bayan__wl_has(WL_EN_STOP, k) &&
                          ((i - 1 >= lo && word_is(r, i - 1, WL_EN_DET)) ||
                           /* "the annual gain": a determiner and a modifier before it */
                           (i - 2 >= lo && word_is(r, i - 2, WL_EN_DET) && is_word(r, i - 1) &&
                            !stop_word(r, i - 1)) ||
                           (words > 0 && i - 1 >= lo && is_word(r, i - 1) && KEY_IS(T(r, i - 1), "of")) ||
                           (words == 0 && (word_is(r, j, WL_EN_VERB) || word_is(r, j, WL_EN_AUX) ||
                                           word_is(r, j, WL_EN_REPR) ||
                                           (is_word(r, j) && (KEY_IS(T(r, j), "that") ||
                                                              KEY_IS(T(r, j), "which"))))));
            /* "the five-year fixed rate": number and word are one adjective */
            if (words > 0 && en_num_glued(r, i) && i - 1 >= lo) {
                words++;
                s.a = --i;
                continue;
            }
            if (stop_word(r, i) && !nounish)
                break;
            words++;
            s.a = i;
        } else {
            /* "درجة الحرارة في بعض المناطق", "مطار الملك خالد في الرياض":
             * a place after في belongs to the noun before it */
            if (words > 0 && words < maxw - 1 && (CONJ_IS(T(r, i), "في") || CONJ_IS(T(r, i), "بعض"))) {
                long h = i - 1;
                if (CONJ_IS(T(r, i), "بعض") && h >= lo && is_word(r, h) && CONJ_IS(T(r, h), "في"))
                    h--;
                else if (CONJ_IS(T(r, i), "بعض"))
                    break;
                if (h >= lo && is_word(r, h) && !stop_word(r, h) && is_ar(T(r, h)->key) &&
                    TC(r, h) == T(r, h)->key && tok_has_al(r, h) && !word_is(r, h, WL_AR_CHANGE) &&
                    !word_is(r, h, WL_AR_REACH)) {
                    i = h + 1; /* continue from the noun before في */
                    continue;
                }
                break;
            }
            if (stop_word(r, i))
                break;
            /* a clause opening with و + imperfect ("وتنتج", "ويعمل") opens with its verb */
            if (i == lo && is_ar(k) && STARTS(k, AR_WAW) && cps_ge(k, 4) &&
                (STARTS(k + 2, "\xd9\x8a") || STARTS(k + 2, "\xd8\xaa") || STARTS(k + 2, "\xd9\x86")) &&
                !ar_has_al(k))
                break;
            words++;
            s.a = i;
            if (is_ar(k) && ar_conj(k) != k && (STARTS(k, AR_WAW) || STARTS(k, AR_FA)) &&
                ar_has_al(k))
                break; /* "والواردات" begins a coordinated phrase */
        }
    }
    /* an English phrase cannot start with an inner preposition */
    while (r->lang == BAYAN_LANG_EN && s.a < s.b && bayan__wl_has(WL_EN_INNER, T(r, s.a)->key))
        s.a++;
    return s;
}

static size_t sp_start(const rules *r, span s)
{
    size_t a = R(r, s.a)->start;
    /* "والنفط" names النفط: a phrase does not begin with the و that joins it */
    if (r->lang != BAYAN_LANG_EN && is_word(r, s.a)) {
        const bayan__tok *t = T(r, s.a);
        const char *k = t->key;
        const char *norm = r->doc->norm;
        int waw = t->conj && STARTS(k, AR_WAW); /* (conj: ar_conj drops it) */
        int joined = waw && STARTS(k + 2, AR_AL);
        /* "استحوذ مطار جدة على ...، ومطار الرياض على ...": nor the و of an
         * item whose word stands bare earlier in the sentence (وزارة, a
         * word of its own, never does) */
        for (long i = s.a - 1; !joined && waw && i >= 0 && i > s.a - 40; i--)
            joined = is_word(r, i) && T(r, i)->klen + 2 == t->klen && bayan__bytes_eq(T(r, i)->key, k + 2, t->klen - 2u);
        if (joined && STARTS(norm + a, AR_WAW)) {
            size_t b = a + 2, e = R(r, s.a)->end;
            /* and any harakat or tatweel on the و */
            while (b + 1 < e && (unsigned char)norm[b] == 0xD9 &&
                   (((unsigned char)norm[b + 1] >= 0x8B && (unsigned char)norm[b + 1] <= 0x9F) ||
                    (unsigned char)norm[b + 1] == 0x80 || (unsigned char)norm[b + 1] == 0xB0))
                b += 2;
            if (b < e)
                a = b;
        }
    }
    return a;
}

static size_t sp_end(const rules *r, span s)
{
    return R(r, s.b - 1)->end;
}

ALWAYS_INLINE int sp_empty(span s)
{
    return s.b <= s.a;
}

/* ---- per-claim analysis ---- */

typedef struct analysis {
    long p;              /* the number's token */
    long q;              /* first token after the number and its counted noun */
    long pre;            /* end of the words before the number, links skipped */
    int count_noun;      /* a counted noun follows */
    int unit_of;         /* the label starts at the unit word ("months of inventory") */
    span noun;           /* the counted noun phrase */
    int predicate;       /* a verb of reaching/changing/being governs the number */
    span label, subj, tail;
    int comparative;
    int partitive;       /* "200 من العمال", "200 of the workers" */
    int purpose;         /* the label is what money is for, after its ل ("لدعم المزارعين") */
    span est;            /* who made the estimate, for the source */
    long verb;           /* the Arabic verb governing the number, or -1 */
    int measure;         /* the word after the number is a unit ("15 inches of rain") */
    span owner;          /* whose count it is, when the counted noun took the subject's place */
    span attr;           /* "بسعة", "بتكلفة": the measure the label's noun has */
    span elided_of;      /* "، ومطار الرياض على 37 مليونا": the counted noun of the item before */
    long change;         /* "بزيادة 26 مدرسة": the verbal noun of change a count is the size of, or 0 */
} analysis;

static void clause_of(rules *r, long p)
{
    int c = R(r, p)->clause;
    if (c == r->cl_c) {
        /* a clause's tokens run from the mark that opens it (a clause
         * number grows at each mark) to the next: the same span for every
         * number in it */
        r->cs = r->cl_a;
        r->ce = r->cl_b;
        return;
    }
    long a = p, b = p;
    while (a > 0 && R(r, a - 1)->clause == c && !R(r, a - 1)->punct)
        a--;
    while ((size_t)(b + 1) < r->ntok && R(r, b + 1)->clause == c)
        b++;
    r->cs = r->cl_a = a;
    r->ce = r->cl_b = b + 1;
    r->cl_c = c;
}

/* A bare number right after a definite noun ("الدقيقة 90", "المادة 5") or a
 * capitalised one ("Route 66") names that thing, unless the noun is a count
 * ("عدد القتلى 45", "the death toll 45") or the number is large. */
static int bare_names(const rules *r, const analysis *an, const bayan__num *n)
{
    /* the count words: WL_COUNTS (عدد، حصيلة، إجمالي، مجموع، number, toll, total) */
    long b = an->p - 1;
    if (!is_word(r, b) || (n->flags & BAYAN__NUM_SCALED) || (n->pub.has_value && n->pub.value >= 1000))
        return 0;
    const char *k = T(r, b)->key;
    int definite = r->lang == BAYAN_LANG_EN ? R(r, b)->upper : (is_ar(k) && ar_has_al(k) && !stop_word(r, b));
    if (!definite)
        return 0;
    for (long i = b; i >= r->cs && i >= b - 3 && is_word(r, i); i--)
        if (tok_bare_or_key_mask(r, i) & BIT(WL_COUNTS))
            return 0;
    return 1;
}

/* English: a bare number after a determiner that refers to a set named
 * before rather than stating a figure: "the five countries", "all 3",
 * "these 40 projects", "Of the 80 miners, 12 ..." (opening its clause). A figure in digits
 * after "the" or "all" is news's usual way to state one ("fewer than the
 * 170,000 expected", "after all 312 constituencies reported", "128 of the
 * 312 seats"), and "another 500", "a further 300" always add a figure. */
static int en_set_reference(const rules *r, long p, const bayan__num *n)
{
    if (p < 1 || !word_is(r, p - 1, WL_EN_DET))
        return 0;
    const char *d = T(r, p - 1)->key;
    if (STR_IS(d, "these") || STR_IS(d, "those") || STR_IS(d, "this") || STR_IS(d, "each") ||
        STR_IS(d, "every"))
        return 1;
    if (!STR_IS(d, "the") && !STR_IS(d, "all") && !STR_IS(d, "its") && !STR_IS(d, "their") && !STR_IS(d, "his") &&
        !STR_IS(d, "her") && !STR_IS(d, "our"))
        return 0; /* another, additional, extra, further, some, a */
    if ((n->flags & BAYAN__NUM_WORDS) || !n->pub.has_value || n->pub.value < 10)
        return 1;
    /* "Of the 80 miners, 12 were rescued": the frame of what follows; but
     * "128 of the 312 seats" states the whole */
    if (STR_IS(d, "the") && p - 2 == r->cs && is_word(r, p - 2) &&
        (STR_IS(T(r, p - 2)->key, "of") || STR_IS(T(r, p - 2)->key, "among")))
        return 1;
    return 0;
}

/* A unit of measure written after a bare number: its key (a stable
 * string), or NULL. */
static const char *measure_word(const rules *r, long i)
{
    /* {key, as written}: the key matches, the written form is the unit */
    static const char *const units[][2] = {
        {"inch", "inch"},
        {"inches", "inches"},
        {"foot", "foot"},
        {"feet", "feet"},
        {"mile", "mile"},
        {"miles", "miles"},
        {"yard", "yard"},
        {"yards", "yards"},
        {"meter", "meter"},
        {"meters", "meters"},
        {"metre", "metre"},
        {"metres", "metres"},
        {"kilometer", "kilometer"},
        {"kilometers", "kilometers"},
        {"kilometre", "kilometre"},
        {"kilometres", "kilometres"},
        {"km", "km"},
        {"acre", "acre"},
        {"acres", "acres"},
        {"hectare", "hectare"},
        {"hectares", "hectares"},
        {"ton", "ton"},
        {"tons", "tons"},
        {"tonne", "tonne"},
        {"tonnes", "tonnes"},
        {"pound", "pound"},
        {"pounds", "pounds"},
        {"kilogram", "kilogram"},
        {"kilograms", "kilograms"},
        {"kg", "kg"},
        {"gram", "gram"},
        {"grams", "grams"},
        {"barrel", "barrel"},
        {"barrels", "barrels"},
        {"gallon", "gallon"},
        {"gallons", "gallons"},
        {"liter", "liter"},
        {"liters", "liters"},
        {"litre", "litre"},
        {"litres", "litres"},
        {"megawatt", "megawatt"},
        {"megawatts", "megawatts"},
        {"gigawatt", "gigawatt"},
        {"gigawatts", "gigawatts"},
        {"kilowatt", "kilowatt"},
        {"kilowatts", "kilowatts"},
        {"mw", "mw"},
        {"gw", "gw"},
        {"kwh", "kwh"},
        {"mph", "mph"},
        {"knots", "knots"},
        {"points", "points"},
        {"كيلومتر", "كيلومتر"},
        {"كيلومترا", "كيلومترًا"},
        {"كيلومترات", "كيلومترات"},
        {"متر", "متر"},
        {"مترا", "مترًا"},
        {"امتار", "أمتار"},
        {"طن", "طن"},
        {"طنا", "طنًا"},
        {"اطنان", "أطنان"},
        {"برميل", "برميل"},
        {"براميل", "براميل"},
        {"هكتار", "هكتار"},
        {"هكتارا", "هكتارًا"},
        {"لتر", "لتر"},
        {"لترا", "لترًا"},
        {"ميغاواط", "ميغاواط"},
        {"جيجاواط", "جيجاواط"},
        {"كيلوواط", "كيلوواط"},
        {"كيلوغرام", "كيلوغرام"},
        {"كيلوغراما", "كيلوغرامًا"},
        {"غرام", "غرام"},
        {"ميل", "ميل"},
        {"ميلا", "ميلًا"},
        {"اميال", "أميال"},
        {"قدم", "قدم"},
        {"فدان", "فدان"},
        {"فدانا", "فدانًا"},
        {"دونم", "دونم"},
        {"دونما", "دونمًا"},
        {"نقطه", "نقطة"},
        {"نقاط", "نقطة"}, /* one unit whatever the number's agreement, so they compare */
        {"اردب", "أردب"},
        {"اردبا", "أردبًا"},
        {"ارادب", "أرادب"},
        {"قنطار", "قنطار"},
        {"قنطارا", "قنطارًا"},
        {"قناطير", "قناطير"},
        {"bushel", "bushel"},
        {"bushels", "bushels"},
        {NULL, NULL}};
    if (!is_word(r, i) || !(TM(r, i)->m_in & BIT(WL_MEASURE)))
        return NULL; /* (m_in holds the lists of the key itself) */
    const char *k = T(r, i)->key;
    for (int j = 0; units[j][0]; j++)
        if (bayan__str_eq(k, units[j][0]))
            return units[j][1];
    return NULL;
}

/* Points that are a tally ("19 نقطة في الصدارة", "on 28 points") rather
 * than a measure of an index ("ارتفع المؤشر 120 نقطة", "the Dow fell 300
 * points"): points count unless the sentence names an index or a market. */
ALWAYS_INLINE int league_points(const rules *r, long i)
{
    if (!KEY_IS(T(r, i), "نقطه") && !KEY_IS(T(r, i), "نقاط") && !KEY_IS(T(r, i), "points"))
        return 0;
    for (long j = 0; (size_t)j < r->ntok; j++) {
        if (!is_word(r, j))
            continue;
        /* the list of ar_bare of an Arabic key, of the key itself otherwise */
        const bayan__tok *t = TM(r, j);
        unsigned long long m = is_ar(t->key) ? mask_at(t, t->conj + bare_at(t->key + t->conj)) : t->m_in;
        if (m & BIT(WL_MARKET))
            return 0;
    }
    return 1;
}

/* A verb of what befell people ("قتل", "أصيب"), with or without و/ف
 * (claims_words.c: WL_AR_BEFELL); m_in holds the lists of the key and of
 * the key without و/ف, so the bit only says where to look. */
static int tok_befell(const rules *r, long i)
{
    return (TM(r, i)->m_in & BIT(WL_AR_BEFELL)) && bayan__wl_has(WL_AR_BEFELL, TC(r, i));
}

/* A conjugated verb, not a counted noun: "نقلوا", "يعملون", "تعيشان". */
static int ar_verb_form(const char *key)
{
    size_t n = strlen(key);
    if (n >= 6 && bayan__str_eq(key + n - 4, "\xd9\x88\xd8\xa7"))
        return 1; /* ...وا */
    if (n >= 8 && (STARTS(key, "\xd9\x8a") || STARTS(key, "\xd8\xaa")) &&
        (bayan__str_eq(key + n - 4, "\xd9\x88\xd9\x86") || bayan__str_eq(key + n - 4, "\xd8\xa7\xd9\x86")))
        return 1; /* يـ...ون, تـ...ان */
    return 0;
}

/* A number whose unit is a unit of time ("three years", "ست ساعات"). */
static int time_unit(const rules *r, const bayan__num *n)
{
    char uk[BAYAN__KEY_MAX];
    if (n->unit_end <= n->unit_start)
        return 0;
    bayan__word_key(r->doc->norm + n->unit_start, n->unit_end - n->unit_start, uk);
    const char *u = uk;
    while (*u == ' ')
        u++;
    return bayan__wl_has(WL_EN_TIMEW, u) || bayan__wl_has(WL_AR_TIMEW, u);
}

/* An age that defines a group rather than a figure: "من تجاوزوا الستين",
 * "دون سن الخامسة", "فوق الستين", "aged 65 and over", "the age of 18". */
static int age_threshold(const rules *r, long p, const bayan__num *n)
{
    long b = p - 1;
    if (!is_word(r, b))
        return 0;
    const bayan__tok *t = T(r, b);
    if (r->lang == BAYAN_LANG_EN || !is_ar(t->key))
        return KEY_IS(t, "aged") || (KEY_IS(t, "of") && is_word(r, b - 1) && KEY_IS(T(r, b - 1), "age"));
    if (CONJ_IS(t, "سن") || CONJ_IS(t, "بسن") || CONJ_IS(t, "عمر") || CONJ_IS(t, "اعمار") || CONJ_IS(t, "اعمارهم") ||
        CONJ_IS(t, "العمريه"))
        return 1; /* ... "الفئة العمرية بين 18 و30 عاما" */
    const char *k = t->key + t->conj;
    /* "تجاوزوا", "بلغوا", "تخطوا": people who passed an age */
    if ((STARTS(k, "تجاوز") || STARTS(k, "بلغ") || STARTS(k, "تخط") || STARTS(k, "تعد")) && ar_verb_form(k))
        return 1;
    /* "فوق الستين", "دون الخامسة": a definite numeral in words after a limit */
    if ((n->flags & BAYAN__NUM_WORDS) && (CONJ_IS(t, "فوق") || CONJ_IS(t, "دون") || CONJ_IS(t, "تحت")) &&
        n->num_end > n->num_start) {
        char nk[BAYAN__KEY_MAX];
        bayan__word_key(r->doc->norm + n->num_start, n->num_end - n->num_start, nk);
        return ar_has_al(nk);
    }
    return 0;
}

/* The base a rate is counted against: a power of ten after "لكل", "per",
 * "for every" ("3.6 شكوى لكل 100 ألف مسافر", "4.2 cases per 100,000"). */
ALWAYS_INLINE int rate_base(const rules *r, long p, const bayan__num *n)
{
    if (!n->pub.has_value || n->pub.value < 10 || n->qual_end > n->qual_start)
        return 0;
    /* the word before, before the unit and the value: it rejects nearly
     * every number at once */
    long b = p - 1;
    if (!is_word(r, b))
        return 0;
    const bayan__tok *t = T(r, b);
    if (!(CONJ_IS(t, "لكل") || KEY_IS(t, "per") || (KEY_IS(t, "every") && is_word(r, b - 1) && KEY_IS(T(r, b - 1), "for"))))
        return 0;
    if (n->pub.unit && (STR_IS(n->pub.unit, "percent") || STR_IS(n->pub.unit, "currency") ||
                        STR_IS(n->pub.unit, "times")))
        return 0;
    double v = n->pub.value;
    while (v >= 10 && fmod(v, 10) == 0)
        v /= 10;
    return v == 1;
}

/* A number token inside a noun phrase as the age that defines the group
 * ("نسبة من تجاوزوا الستين", "نسبة الأطفال دون 15 عاما"): a phrase
 * goes on over it. */
static int age_token(const rules *r, long j)
{
    if (j < 0 || (size_t)j >= r->ntok || R(r, j)->num < 0)
        return 0;
    const bayan__num *n = &r->doc->nums[R(r, j)->num];
    if (n->pub.kind != BAYAN_NUM_QUANTITY || (n->pub.unit && !bayan__wl_has(WL_EN_TIMEW, n->pub.unit) &&
                                              !(bayan__wl_has(WL_AR_TIMEW, n->pub.unit) || bayan__wl_has(WL_AR_TIMEW, ar_conj(n->pub.unit)))))
        return 0;
    if (age_threshold(r, j, n))
        return 1;
    /* "دون 15 عاما", "under 5 years": a limit on an age in years */
    if (n->qual_end > n->qual_start && (n->pub.unit || (is_word(r, j + 1) &&
                                                          (word_is(r, j + 1, WL_AR_TIMEW) ||
                                                           word_is(r, j + 1, WL_EN_TIMEW))))) {
        char qk[BAYAN__KEY_MAX];
        size_t qe = n->qual_start;
        while (qe < n->qual_end && r->doc->norm[qe] != ' ')
            qe++;
        bayan__word_key(r->doc->norm + n->qual_start, qe - n->qual_start, qk);
        const char *q = ar_conj(qk);
        return STR_IS(q, "دون") || STR_IS(q, "فوق") || STR_IS(q, "under") || STR_IS(q, "over");
    }
    return 0;
}

/* English partitive heads: plural nouns ("of the workers"). */
static int en_plural(const char *key)
{
    size_t n = strlen(key);
    return (n > 3 && key[n - 1] == 's' && key[n - 2] != 's') || STR_IS(key, "people") ||
           STR_IS(key, "children") || STR_IS(key, "staff") || STR_IS(key, "police") || STR_IS(key, "men") ||
           STR_IS(key, "women");
}

static void find_counted_noun(const rules *r, analysis *an)
{
    long i = an->p + 1;
    an->count_noun = 0;
    an->noun.a = an->noun.b = i;
    if (!is_word(r, i) || i >= r->ce)
        return;
    const char *k = T(r, i)->key;
    if (r->lang == BAYAN_LANG_EN) {
        /* a capital after the number is a name ("Boeing 737 Max"), not what it
         * counts; a verb form in the plural is a noun there ("two cuts") */
        int plural_noun = (word_is(r, i, WL_EN_VERB) || word_is(r, i, WL_EN_REPR)) && !word_is(r, i, WL_EN_STOP) &&
                          en_plural(k);
        /* "240 projects", "three forecasts": nouns after a number, though
         * verbs of forecasting elsewhere */
        plural_noun |= STR_IS(k, "projects") || STR_IS(k, "forecasts") || STR_IS(k, "estimates") ||
                       STR_IS(k, "reports");
        /* "7.7 million Americans were", "40 Democrats voted": a capitalised
         * plural before a verb or the clause's end counts people */
        int people = R(r, i)->upper && en_plural(k) &&
                     (!is_word(r, i + 1) || i + 1 >= r->ce ||
                      (!R(r, i + 1)->upper && (stop_word(r, i + 1) || word_is(r, i + 1, WL_EN_AUX))));
        /* "2,000 more workers", "300 fewer flights": the noun past the comparative */
        if ((STR_IS(k, "more") || STR_IS(k, "fewer") || STR_IS(k, "extra") || STR_IS(k, "additional")) &&
            is_word(r, i + 1) && i + 1 < r->ce && !stop_word(r, i + 1) && !R(r, i + 1)->upper &&
            en_plural(T(r, i + 1)->key)) {
            an->noun.a = i + 1;
            an->noun.b = i + 2;
            an->count_noun = 1;
            return;
        }
        /* "38 UK universities", "12 EU states": an abbreviation in capitals
         * before the plural noun it qualifies */
        if (R(r, i)->upper && !people && T(r, i)->klen >= 2 && T(r, i)->klen <= 4 && is_word(r, i + 1) &&
            i + 1 < r->ce && !R(r, i + 1)->upper && !stop_word(r, i + 1) && en_plural(T(r, i + 1)->key)) {
            const char *raw = r->doc->norm + R(r, i)->start;
            size_t rl = R(r, i)->end - R(r, i)->start, c = 0;
            while (c < rl && raw[c] >= 'A' && raw[c] <= 'Z')
                c++;
            if (c == rl) {
                an->noun.a = i;
                an->noun.b = i + 2;
                an->count_noun = 1;
                return;
            }
        }
        /* "40 Boeing jets", "six Premier League clubs": one or two
         * capitalised names before the plural noun they qualify */
        /* (not a model number: "flights on 737 Max jets", "the Boeing 787 Dreamliner fleet") */
        const bayan__num *nm = &r->doc->nums[R(r, an->p)->num];
        size_t da = nm->num_start, dz = nm->num_end, dd = da;
        while (dd < dz && r->doc->norm[dd] >= '0' && r->doc->norm[dd] <= '9')
            dd++;
        int model = dz >= da + 3 && dd == dz && an->p >= 1 && is_word(r, an->p - 1) &&
                    (R(r, an->p - 1)->upper || word_is(r, an->p - 1, WL_EN_STOP));
        if (R(r, i)->upper && !people && !model && !bayan__wl_has(WL_EN_TIMEW, k)) {
            long h = i + 1;
            if (is_word(r, h) && h < r->ce && R(r, h)->upper && !bayan__wl_has(WL_EN_TIMEW, T(r, h)->key))
                h++;
            if (is_word(r, h) && h < r->ce && !R(r, h)->upper && !stop_word(r, h) && en_plural(T(r, h)->key) &&
                !word_is(r, h, WL_EN_VERB) && !bayan__wl_has(WL_EN_TIMEW, T(r, h)->key)) {
                an->noun.a = i;
                an->noun.b = h + 1;
                an->count_noun = 1;
                return;
            }
        }
        /* "37 completed deals", "12 injured miners": an -ed adjective before
         * the plural noun it qualifies (not a verb: "12 injured" alone) */
        if (!people && !R(r, i)->upper && en_past(r, i) && !word_is(r, i, WL_EN_VERB) && !word_is(r, i, WL_EN_SAY) &&
            i + 1 < r->ce && is_word(r, i + 1) && !R(r, i + 1)->upper && !stop_word(r, i + 1) &&
            en_plural(T(r, i + 1)->key) && !bayan__wl_has(WL_EN_TIMEW, T(r, i + 1)->key) &&
            (i + 2 >= r->ce || !is_word(r, i + 2) || stop_word(r, i + 2))) {
            an->noun.a = i;
            an->noun.b = i + 2;
            an->count_noun = 1;
            return;
        }
        if ((stop_word(r, i) && !plural_noun) || bayan__wl_has(WL_EN_TIMEW, k) || bayan__wl_has(WL_EN_DET, k) ||
            !is_word(r, i) || is_ar(k) || (k[0] >= '0' && k[0] <= '9') || (R(r, i)->upper && !people))
            return;
        if (people) {
            an->noun.b = i + 1;
            an->count_noun = 1;
            return;
        }
        long j = i;
        if (plural_noun) {
            an->noun.b = i + 1;
            an->count_noun = 1;
            return;
        }
        while (j < r->ce && j < i + 3 && is_word(r, j) && !stop_word(r, j) &&
               !bayan__wl_has(WL_EN_TIMEW, T(r, j)->key)) {
            j++;
            if (en_plural(T(r, j - 1)->key))
                break; /* the plural head ends it: "345 million people [face]" */
        }
        /* "3,500 soldiers and volunteers": a second plural joined by "and" */
        if (j > i && en_plural(T(r, j - 1)->key) && j + 1 < r->ce && is_word(r, j) && KEY_IS(T(r, j), "and") &&
            is_word(r, j + 1) && !stop_word(r, j + 1) && !R(r, j + 1)->upper && en_plural(T(r, j + 1)->key) &&
            /* (not a verb and its object: "74 posts and keeps the rest") */
            !(j + 2 < r->ce && is_word(r, j + 2) && bayan__wl_has(WL_EN_DET, T(r, j + 2)->key)) &&
            (!is_word(r, j + 2) || j + 2 >= r->ce || stop_word(r, j + 2) ||
             (T(r, j + 2)->klen > 5 && !memcmp(T(r, j + 2)->key + T(r, j + 2)->klen - 3, "ing", 3)))) {
            an->noun.b = j + 2;
            an->count_noun = 1;
            return;
        }
        /* "21 consecutive home league games": a fourth word that is the plural head */
        if (j == i + 3 && !en_plural(T(r, j - 1)->key) && j < r->ce && is_word(r, j) && !stop_word(r, j) &&
            !R(r, j)->upper && en_plural(T(r, j)->key) && (!is_word(r, j + 1) || j + 1 >= r->ce || stop_word(r, j + 1)))
            j++;
        an->noun.b = j;
    } else {
        /* "41 ألف وحدة": the noun وحدة, not the adverb وحده (one key) */
        int unit_noun = (KEY_IS(T(r, i), "وحده") || CONJ_IS(T(r, i), "وحده")) && R(r, i)->end >= 2 &&
                        !memcmp(r->doc->norm + R(r, i)->end - 2, "\xd8\xa9", 2);
        /* "مقابل 6 لمنافسه": ل + a noun with a pronoun is "for its rival", no counted noun */
        size_t kl = strlen(k);
        int for_its = STARTS(k, AR_LAM) && !ar_has_al(k) && kl >= 8 &&
                      ((R(r, i)->end >= 2 && !memcmp(r->doc->norm + R(r, i)->end - 2, "\xd9\x87", 2)) ||
                       STR_IS(k + kl - 4, "\xd9\x87\xd9\x85"));
        if (!is_ar(k) || for_its || (stop_word(r, i) && !unit_noun) || ar_has_al(k) ||
            (TM(r, i)->m_in & (BIT(WL_AR_TIMEW) | BIT(WL_AR_OCCASION))) ||
            ar_verb_form(k) || tok_befell(r, i))
            return; /* "12 وأصيب 40": the next clause's verb, not a counted noun */
        long j = i + 1;
        while (j < r->ce && j < i + 3 && is_word(r, j) && is_ar(T(r, j)->key) && !stop_word(r, j) &&
               !tok_has_al(r, j) && TC(r, j) == T(r, j)->key && !ar_verb_form(T(r, j)->key) &&
               !word_is(r, j, WL_AR_ATTRIB) && !KEY_IS(T(r, j), "لمده") &&
               !KEY_IS(T(r, j), "بمده"))
            j++; /* "بحيرة جبلية عالية"; a و-word starts the next clause ("وأصيب"); not "لمدة" */
        an->noun.b = j;
    }
    an->count_noun = an->noun.b > an->noun.a;
}

/* Skips links ("إلى", "بنسبة", "to", "by") backwards from the number. */
static long skip_links(const rules *r, long p)
{
    long i = p - 1;
    enum bayan__wl wl = r->lang == BAYAN_LANG_EN ? WL_EN_LINK : WL_AR_LINK;
    while (i >= r->cs && i > p - 5 && word_is(r, i, wl))
        i--;
    return i + 1;
}

/* For Arabic SVO: the subject phrase of a clause [a, b): after its last
 * particle, up to a time phrase or source marker, at most 7 words. */
static int measure_head(const rules *r, span l);

static span clause_subject(const rules *r, long a, long b)
{
    span s = {a, a};
    long start = a;
    for (long i = a; i < b; i++)
        if (word_is(r, i, WL_AR_PARTICLE))
            start = i + 1;
    while (start < b && is_word(r, start) && (tok_ar_verb(r, start) || stop_word(r, start)))
        start++; /* "سجلت الصادرات نموًا": the verb before its own subject; "أي ما" */
    /* "أعلنت الشركة عن أرباح صافية بلغت": what was announced follows عن */
    for (long i = start + 1; i + 1 < b && i < start + 4; i++)
        if (is_word(r, i) && STR_IS(T(r, i)->key, "عن") && is_word(r, i + 1) && !stop_word(r, i + 1)) {
            start = i + 1;
            break;
        }
    long end = start;
    while (end < b && is_word(r, end) && !word_is(r, end, WL_AR_TIMEPREP) && !tok_ar_verb(r, end)) {
        /* "في عام 2022" dates the figure; "في القطاع" belongs to the subject */
        if (CONJ_IS(T(r, end), "في") &&
            (word_is(r, end + 1, WL_AR_TIMEPREP) ||
             (end + 1 < b && R(r, end + 1)->num >= 0 &&
              r->doc->nums[R(r, end + 1)->num].pub.kind != BAYAN_NUM_QUANTITY)))
            break;
        end++;
    }
    if (end - start > 7) {
        /* "عدد الطلبة الملتحقين بالمدارس الحكومية والخاصة في المملكة": a
         * long subject headed by a measure keeps its head, up to its في
         * phrase */
        if (measure_head(r, (span){start, start + 1})) {
            long cut = start + 7;
            for (long i = start + 2; i < start + 9 && i < end; i++)
                if (CONJ_IS(T(r, i), "في"))
                    cut = i;
            s.a = start;
            s.b = cut;
            return s;
        }
        return np_backward(r, end, start, 5);
    }
    s.a = start;
    s.b = end;
    return s;
}

static int clause_is_source(const rules *r, long a, long b)
{
    for (long i = a; i < b && i < a + 2; i++)
        if (word_is(r, i, r->lang == BAYAN_LANG_EN ? WL_EN_STOP : WL_AR_SRCMARK)) {
            if (r->lang != BAYAN_LANG_EN || KEY_IS(T(r, i), "according"))
                return 1;
        }
    return 0;
}

/* The في phrase right after a span ("في دول آسيا الوسطى"): a subject. */
static span fi_phrase(const rules *r, long i, long lim)
{
    span none = {i, i};
    if (!is_word(r, i) || i >= lim)
        return none;
    const bayan__tok *kt = T(r, i);
    if (r->lang == BAYAN_LANG_EN) {
        if (!KEY_IS(kt, "in") || !is_word(r, i + 1) || !R(r, i + 1)->upper)
            return none;
        long j = i + 1;
        while (j < lim && j < i + 5 && is_word(r, j) && (R(r, j)->upper || KEY_IS(T(r, j), "of")))
            j++;
        span s = {i + 1, j};
        return s;
    }
    if (!CONJ_IS(kt, "في"))
        return none;
    return np_forward(r, i + 1, lim, 4);
}

/* "قدرت الحكومة الخسائر بـ": who estimates, then what is estimated. The
 * estimator is the leading construct chain up to its first definite word
 * (وزارة المالية، الحكومة); a second definite word starts the object. */
static void split_estimator(rules *r, analysis *an)
{
    long i = an->label.a;
    while (i < an->label.b && !tok_has_al(r, i))
        i++;
    if (i + 1 >= an->label.b || !tok_has_al(r, i + 1))
        return;
    an->est.a = an->label.a;
    an->est.b = i + 1;
    an->label.a = i + 1;
}

/* Arabic: the subject standing before the verb at token v (SVO, or a
 * clause that only has particles before the verb). */
static void ar_subject_before(rules *r, analysis *an, long v)
{
    /* the subject stands before the verb */
    long b = v;
    int rel = 0;
    while (b - 1 >= r->cs && (word_is(r, b - 1, WL_AR_AUX) || word_is(r, b - 1, WL_AR_REL))) {
        rel |= word_is(r, b - 1, WL_AR_REL);
        b--;
    }
    /* "تتضمن نفقات تقدر بنحو", "مقابل إيرادات متوقعة تبلغ": an indefinite
     * noun before a present verb of reaching is described by it (a relative
     * clause without الذي), so it is what is measured */
    if (!rel && b == v && v - 1 >= r->cs && is_word(r, v) && is_ar(T(r, v)->key) &&
        (STARTS(TC(r, v), "\xd8\xaa") || STARTS(TC(r, v), "\xd9\x8a")) &&
        (TM(r, v)->m_verb & (BIT(WL_AR_REACH) | BIT(WL_AR_ESTIMATE)))) {
        long i = v;
        while (i - 1 >= r->cs && i > v - 2 && is_word(r, i - 1) && is_ar(T(r, i - 1)->key) &&
               !tok_has_al(r, i - 1) && !stop_word(r, i - 1) && !ar_verb_form(T(r, i - 1)->key) &&
               !(i < v && (STARTS(T(r, i - 1)->key, "\xd8\xaa") || STARTS(T(r, i - 1)->key, "\xd9\x8a"))))
            i--;
        if (i < v && (i == r->cs || !is_word(r, i - 1) || stop_word(r, i - 1) || !tok_has_al(r, i - 1))) {
            an->label.a = i;
            an->label.b = v;
            return;
        }
    }
    if (rel) {
        an->label = np_backward(r, b, r->cs, 5);
        if (sp_empty(an->label) && b == r->cs && b >= 2 && R(r, b - 1)->punct)
            an->label = np_backward(r, b - 1, 0, 5); /* "المشروع، الذي تبلغ كلفته" */
        return;
    }
    long a = r->cs;
    int only_particles = 1;
    for (long i = a; i < b; i++)
        if (!word_is(r, i, WL_AR_PARTICLE))
            only_particles = 0;
    if (only_particles) {
        /* "أن الطلب على X، وفقًا لتقديرات Y، سيتضاعف": go back over a
         * source aside to the clause holding the subject */
        long ce = r->cs - 1; /* the punct token before this clause */
        for (int hops = 0; hops < 3 && ce > 0; hops++) {
            long cb = ce;
            long ca = cb;
            while (ca > 0 && !R(r, ca - 1)->punct)
                ca--;
            if (!clause_is_source(r, ca, cb)) {
                span cs = clause_subject(r, ca, cb);
                if (!sp_empty(cs)) {
                    an->label = cs;
                    return;
                }
                break;
            }
            ce = ca - 1;
        }
        return;
    }
    an->label = clause_subject(r, a, b);
    /* "الارتفاع في آسيا الوسطى": the في phrase names whose figure */
    for (long i = an->label.a; i < an->label.b; i++)
        if (CONJ_IS(T(r, i), "في")) {
            an->subj.a = i + 1;
            an->subj.b = an->label.b;
            break;
        }
}

/* English: the punctuation mark ending a relative or participial aside
 * ("…, which excludes energy, food and tobacco,", "…, closely watched by
 * the BoE,") whose last mark is token e: the index of the mark before the
 * aside, or -1 when the clauses before e are no such aside. */
static long en_aside_before(const rules *r, long e)
{
    long cb = e;
    for (int hops = 0; hops < 4 && cb > 0; hops++) {
        long ca = cb;
        while (ca > 0 && !R(r, ca - 1)->punct)
            ca--;
        if (ca == 0 || ca == cb)
            return -1;
        /* "Ether, the second-biggest token, fell": an appositive, a short
         * phrase opening with an article, after a capitalised name */
        if (hops == 0 && cb - ca <= 6 && ca >= 2 && is_word(r, ca) &&
            (KEY_IS(T(r, ca), "the") || KEY_IS(T(r, ca), "a") || KEY_IS(T(r, ca), "an")) &&
            KEY_IS(T(r, ca - 1), ",") && is_word(r, ca - 2) && R(r, ca - 2)->upper) {
            int verb = 0;
            for (long i = ca + 1; i < cb && !verb; i++)
                verb = !is_word(r, i) || word_is(r, i, WL_EN_VERB) || word_is(r, i, WL_EN_AUX) || en_past(r, i);
            if (!verb)
                return ca - 1;
        }
        for (long i = ca; i < cb && i < ca + 3; i++) {
            if (!is_word(r, i))
                break;
            const char *k = T(r, i)->key;
            if (i == ca && (STR_IS(k, "which") || STR_IS(k, "who") || STR_IS(k, "whose")))
                return ca - 1;
            size_t n = strlen(k);
            /* "closely watched by", "known as", "led by" */
            /* (not "known as X": that names the subject, it is no aside) */
            if (is_word(r, i + 1) && i + 1 < cb && STR_IS(T(r, i + 1)->key, "by") &&
                ((n > 3 && STR_IS(k + n - 2, "ed")) || STR_IS(k, "led") || STR_IS(k, "seen") ||
                 STR_IS(k, "held") || STR_IS(k, "run")))
                return ca - 1;
        }
        cb = ca - 1; /* "energy, food, alcohol": an aside may hold commas */
    }
    return -1;
}

/* A short aside in brackets opening at token m ("($2,900)", "(19
 * miles)"): the index of its ")" within five tokens, or -1. */
static long close_bracket(const rules *r, long m)
{
    if ((size_t)m + 1 >= r->ntok || !R(r, m)->punct || !STR_IS(T(r, m)->key, "("))
        return -1;
    for (long c = m + 1; (size_t)c < r->ntok && c < m + 6; c++)
        if (STR_IS(T(r, c)->key, ")"))
            return c;
    return -1;
}

static int pronoun_suffixed(const char *key);

static void predicate_rule(rules *r, analysis *an)
{
    long lo = an->pre - 12 > r->cs ? an->pre - 12 : r->cs;
    for (long v = an->pre - 1; v >= lo; v--) {
        if (!is_word(r, v)) {
            if (age_token(r, v))
                continue; /* "ارتفعت نسبة من تجاوزوا الستين إلى" */
            if (R(r, v)->num >= 0 && r->doc->nums[R(r, v)->num].pub.kind == BAYAN_NUM_REFERENCE)
                continue; /* "سجل سعر غرام الذهب من عيار 24 نحو 318 درهما": a grade names the subject's kind */
            break;
        }
        const char *k = T(r, v)->key;
        if (r->lang == BAYAN_LANG_EN) {
            /* "homes had been damaged and that it would give 30,000 dirhams":
             * a verb before a clause opener is another clause's */
            if (STR_IS(k, "that") || STR_IS(k, "because") || STR_IS(k, "if") || STR_IS(k, "when") ||
                STR_IS(k, "while") || STR_IS(k, "whereas") || STR_IS(k, "although") || STR_IS(k, "though"))
                break;
            /* "the department will receive $312 million": any verb after a
             * modal, unless a phrase after the figure says what it is ("will
             * get 5,000 pounds in housing grants") */
            if (!bayan__wl_has(WL_EN_VERB, k) && !bayan__wl_has(WL_EN_REPR, k)) {
                long q = an->q, n = (long)r->S->n, c = close_bracket(r, q);
                if (c >= 0)
                    q = c + 1; /* past a conversion in brackets */
                if (!(v == an->pre - 1 && after_modal(r, v) &&
                      !(q < n && is_word(r, q) && (KEY_IS(T(r, q), "in") || KEY_IS(T(r, q), "of")))))
                    continue;
            }
            /* "raised 18 million rand for charity", "spent $2bn on roads": what
             * money is for says what it measures (of_rule reads it) */
            {
                const bayan__num *nm = &r->doc->nums[R(r, an->p)->num];
                long q = an->q;
                if (nm->pub.currency && q + 1 < r->ce && is_word(r, q) &&
                    (KEY_IS(T(r, q), "for") || KEY_IS(T(r, q), "on")) && is_word(r, q + 1) &&
                    !word_is(r, q + 1, WL_EN_TIMEW) && !word_is(r, q + 1, WL_EN_DET) && !R(r, q + 1)->upper &&
                    !sp_empty(np_forward(r, q + 1, r->ce, 3))) {
                    an->predicate = 1;
                    return;
                }
            }
            /* "shrink the glaciers by 78%": the object is what changes */
            span o = np_forward(r, v + 1, an->pre, 6);
            if (!sp_empty(o) && o.b == an->pre) {
                an->label = o;
                an->predicate = 1;
                return;
            }
            long b = v;
            while (b - 1 >= r->cs && word_is(r, b - 1, WL_EN_AUX))
                b--;
            /* "costs that were up 12%": the phrase before the relative */
            if (b - 1 >= r->cs && is_word(r, b - 1) &&
                (KEY_IS(T(r, b - 1), "that") || KEY_IS(T(r, b - 1), "which") ||
                 KEY_IS(T(r, b - 1), "who")))
                b--;
            span s = np_backward(r, b, r->cs, 6);
            if (sp_empty(s) && b == r->cs && b >= 2 && R(r, b - 1)->punct) {
                /* "core inflation, which excludes energy and food, held at":
                 * the subject stands before the aside */
                long x = en_aside_before(r, b - 1);
                if (x > 0)
                    s = np_backward(r, x, 0, 6);
            }
            if (sp_empty(s) && b == r->cs && b >= 2 && R(r, b - 1)->punct)
                s = np_backward(r, b - 1, 0, 6); /* "the plan, which will cost $1.2 billion" */
            if (sp_empty(s))
                return;
            an->label = s;
            an->predicate = 1;
            /* "Prices in Germany": the in-phrase names whose figure (and
             * stays in the label: "shipments in China") */
            for (long i = s.a; i < s.b; i++)
                if (KEY_IS(T(r, i), "in") && i + 1 < s.b && R(r, i + 1)->upper) {
                    an->subj.a = i + 1;
                    an->subj.b = s.b;
                    break;
                }
            return;
        }
        if (!is_ar(k))
            continue;
        if (tok_masdar(r, v) && !tok_ar_verb(r, v)) {
            span s = np_forward_x(r, v + 1, an->pre, 7, 1);
            if (sp_empty(s))
                continue;
            an->label = s;
            an->predicate = 1;
            an->subj = fi_phrase(r, s.b, an->pre);
            return;
        }
        if (!tok_ar_verb(r, v)) {
            if (word_is(r, v, WL_AR_PARTICLE))
                break; /* "أن" opens another clause: its verb is not ours */
            continue;
        }
        an->predicate = 1;
        an->verb = v;
        /* "ارتفعت الصادرات 12% لتصل قيمتها إلى 9 مليارات": the result of the
         * change before it measures the same thing */
        span s = np_forward_x(r, v + 1, an->pre, 7, 1);
        /* (but "لتصل نسبة الالتحاق بها إلى 71%" names its own subject; "قيمتها" points back) */
        if (STARTS(ar_conj(k), AR_LAM) && (TM(r, v)->m_verb & BIT(WL_AR_REACH)) && r->prev_p >= 0 &&
            !sp_empty(r->prev_label) && r->prev_p < v &&
            (sp_empty(s) || pronoun_suffixed(T(r, s.a)->key) || !ar_has_al(T(r, s.b - 1)->key))) {
            an->label = r->prev_label;
            return;
        }
        if (!sp_empty(s)) {
            an->label = s;
            an->subj = fi_phrase(r, s.b, an->pre);
            if (TM(r, v)->m_verb & BIT(WL_AR_ESTIMATE))
                split_estimator(r, an);
            return;
        }
        ar_subject_before(r, an, v);
        return;
    }
    /* "فإن كلفة النقل تصل إلى 50%": the verb is the number's qualifier */
    const bayan__num *num = &r->doc->nums[R(r, an->p)->num];
    if (num->qual_end > num->qual_start) {
        size_t qe = num->qual_start;
        while (qe < num->qual_end && r->doc->norm[qe] != ' ')
            qe++;
        char key[BAYAN__KEY_MAX];
        bayan__word_key(r->doc->norm + num->qual_start, qe - num->qual_start, key);
        if (is_ar(key) && ar_verb_in(WL_AR_REACH, key)) {
            an->predicate = 1;
            /* "ارتفع عدد المشتركين بنسبة 12% ليصل إلى 8 ملايين": the result
             * of the change before measures the same thing */
            ar_subject_before(r, an, an->p);
            const char *v = ar_conj(key);
            if (STARTS(v, AR_LAM) && r->prev_p >= r->cs) {
                /* past the link of the change ("بنسبة") to its subject */
                while (!sp_empty(an->label) && (word_is(r, an->label.b - 1, WL_AR_LINK) ||
                                                (STARTS(TC(r, an->label.b - 1), AR_BA) &&
                                                 tok_masdar(r, an->label.b - 1))))
                    an->label.b--;
                if (sp_empty(an->label))
                    an->label = r->prev_label;
            }
        }
    }
}

/* A noun carrying an attached pronoun ("نسبتها", "حصته", "معدلهم"): it
 * refers back to something named before. */
static int pronoun_suffixed(const char *key)
{
    if (!is_ar(key))
        return 0;
    size_t n = strlen(key);
    /* ها، هم، هما after a noun whose ة became ت, or ه after one, and اه
     * ("مستواه"); the ending first, the article only then */
    int suffixed = (n > 10 && (STR_IS(key + n - 6, "\xd8\xaa\xd9\x87\xd8\xa7") ||
                               STR_IS(key + n - 6, "\xd8\xaa\xd9\x87\xd9\x85"))) ||
                   (n > 8 && (STR_IS(key + n - 4, "\xd8\xaa\xd9\x87") || STR_IS(key + n - 4, "\xd9\x87\xd8\xa7") ||
                              STR_IS(key + n - 4, "\xd9\x87\xd9\x85") || STR_IS(key + n - 4, "\xd8\xa7\xd9\x87")));
    return suffixed && !ar_has_al(key) && cps_ge(key, 4);
}

static void comparative_rule(rules *r, analysis *an)
{
    const bayan__num *num = &r->doc->nums[R(r, an->p)->num];
    if (!num->pub.unit || !bayan__str_eq(num->pub.unit, "times"))
        return;
    /* "خمسة أضعاف المتوسط العالمي", "five times the world average" */
    if (is_word(r, an->p + 1) && an->p + 1 < r->ce &&
        (r->lang == BAYAN_LANG_EN ? bayan__wl_has(WL_EN_DET, T(r, an->p + 1)->key)
                                  : (is_ar(T(r, an->p + 1)->key) && !stop_word(r, an->p + 1) &&
                                     (tok_has_al(r, an->p + 1) ||
                                      /* "ضعف عدد الوحدات": a construct head before its definite noun */
                                      (is_word(r, an->p + 2) && an->p + 2 < r->ce && !tok_ar_verb(r, an->p + 1) &&
                                       tok_has_al(r, an->p + 2) && !stop_word(r, an->p + 2)))))) {
        span s = np_forward(r, an->p + 1, r->ce, 5);
        if (!sp_empty(s)) {
            an->label = s;
            an->comparative = 1;
            return;
        }
    }
    if (r->lang == BAYAN_LANG_EN) {
        long c = an->p + 1;
        if (!word_is(r, c, WL_EN_COMPAR))
            return;
        long th = c + 1;
        if (!is_word(r, th) || (!KEY_IS(T(r, th), "than") && !KEY_IS(T(r, th), "as")))
            return;
        span n = np_forward(r, th + 1, r->ce, 6);
        an->label.a = c;
        an->label.b = sp_empty(n) ? th + 1 : n.b;
        an->comparative = 1;
        /* "three times higher than its level in cities": its own figure
         * elsewhere, so the measure of the figure before */
        if (is_word(r, th + 1) && (KEY_IS(T(r, th + 1), "its") || KEY_IS(T(r, th + 1), "their")) &&
            r->prev_p >= 0 && !sp_empty(r->prev_label))
            an->label = r->prev_label;
        return;
    }
    for (long c = an->p - 1; c >= r->cs && c >= an->p - 2; c--) {
        if (!word_is(r, c, WL_AR_COMPAR))
            continue;
        long m = an->p + 1;
        span n = {m, m};
        if (is_word(r, m) && CONJ_IS(T(r, m), "من"))
            n = np_forward(r, m + 1, r->ce, 5);
        else if (word_is(r, m, WL_AR_STOP) && is_word(r, m + 1) && KEY_IS(T(r, m + 1), "من"))
            n = np_forward(r, m + 2, r->ce, 5);
        an->label.a = c;
        an->label.b = sp_empty(n) ? an->p + 1 : n.b;
        an->comparative = 1;
        /* "أعلى بثلاث مرات من نسبتها في المدن": compared with its own
         * figure elsewhere, the multiplier measures what the clause's
         * figure before it measures */
        if (!sp_empty(n) && r->prev_p >= 0 && !sp_empty(r->prev_label) && pronoun_suffixed(T(r, n.a)->key))
            an->label = r->prev_label;
        return;
    }
}

static void attrib_rule(rules *r, analysis *an)
{
    enum bayan__wl wl = r->lang == BAYAN_LANG_EN ? WL_EN_ATTRIB : WL_AR_ATTRIB;
    for (long i = an->p - 1; i >= r->cs && i >= an->p - 2; i--) {
        if (!word_is(r, i, wl))
            continue;
        /* "ارتفعت بمعدل 45 في المائة", "نمت بمتوسط 3%": after a verb of
         * change the attribute word is a link, the verb's subject measured */
        if (r->lang != BAYAN_LANG_EN && i - 1 >= r->cs && is_word(r, i - 1) &&
            (word_is(r, i - 1, WL_AR_CHANGE) || word_is(r, i - 1, WL_AR_REACH))) {
            an->pre = i;
            return;
        }
        span s = np_backward(r, i, r->cs, 5);
        /* "the average transaction was worth 1,150 shillings": the subject of the copula */
        if (r->lang == BAYAN_LANG_EN && sp_empty(s) && KEY_IS(T(r, i), "worth")) {
            long b = i;
            while (b - 1 >= r->cs && word_is(r, b - 1, WL_EN_AUX))
                b--;
            if (b < i)
                s = np_backward(r, b, r->cs, 5);
        }
        /* "in front of 53,400 fans", "short of the 157 needed": a phrase, not a measure */
        /* (the word right before "of", however far back the phrase ran:
         * "on Saturday in front of 71,000 fans") */
        const char *ok_ = s.b > s.a ? T(r, s.b - 1)->key : "";
        if (r->lang == BAYAN_LANG_EN && s.b > s.a &&
            (STR_IS(ok_, "front") || STR_IS(ok_, "ahead") || STR_IS(ok_, "short") || STR_IS(ok_, "instead") ||
             STR_IS(ok_, "because") || STR_IS(ok_, "excess") || STR_IS(ok_, "out") || STR_IS(ok_, "spite")))
            return;
        /* "spent an average of £1.23 billion", "a maximum of £10,544", "a
         * peak of 6.2%": a word of level names nothing; the verb measures */
        long lv = s.b - 1; /* the word before "of" */
        if (r->lang == BAYAN_LANG_EN && s.b == s.a + 2 && (KEY_IS(T(r, s.a), "a") || KEY_IS(T(r, s.a), "an")) &&
            (KEY_IS(T(r, lv), "average") || KEY_IS(T(r, lv), "maximum") || KEY_IS(T(r, lv), "minimum") ||
             KEY_IS(T(r, lv), "total") || KEY_IS(T(r, lv), "peak") || KEY_IS(T(r, lv), "high") ||
             KEY_IS(T(r, lv), "low") || KEY_IS(T(r, lv), "record"))) {
            an->pre = s.a;
            an->predicate = 1; /* "down from a peak of 41,000": a figure, bare as it is */
            if (s.a - 1 >= r->cs && is_word(r, s.a - 1) && KEY_IS(T(r, s.a - 1), "from") && r->prev_p >= 0 &&
                !sp_empty(r->prev_label))
                an->label = r->prev_label; /* "fell to 5.4% from a peak of 6.2%": the same measure */
            return;
        }
        /* "أكبر سد في البلاد بسعة تفوق 3.5 مليار متر مكعب", "مشروع بتكلفة
         * 2 مليار": ب + a measure noun; the label is that measure of the
         * noun before (past its في phrase): "سعة أكبر سد في البلاد" */
        if (r->lang != BAYAN_LANG_EN && !sp_empty(s) && STARTS(T(r, i)->key, AR_BA) && !tok_has_al(r, i) &&
            cps_ge(T(r, i)->key, 4) && R(r, i)->end - R(r, i)->start > 2 &&
            STARTS(r->doc->norm + R(r, i)->start, AR_BA)) {
            if (s.a - 1 > r->cs && is_word(r, s.a - 1) && KEY_IS(T(r, s.a - 1), "في")) {
                span h = np_backward(r, s.a - 1, r->cs, 2);
                if (!sp_empty(h))
                    s.a = h.a;
            }
            an->attr.a = i;
            an->attr.b = i + 1;
        }
        /* "حققت الشركة أرباحا صافية قدرها 3.2 مليار", "سجلت الميزانية عجزا
         * قدره 45 مليارا": the indefinite noun that قدره sizes, not the
         * definite subject (and verb) before it */
        if (r->lang != BAYAN_LANG_EN && s.b - s.a > 1 && !STARTS(T(r, i)->key, AR_BA))
            for (long h = s.b - 2; h >= s.a; h--)
                if (is_ar(T(r, h)->key) && tok_has_al(r, h) && !tok_has_al(r, h + 1) &&
                    !tok_masdar(r, h + 1)) { /* ("الصادرات نموا نسبته 7%": a change of the subject) */
                    s.a = h + 1;
                    break;
                }
        if (!sp_empty(s)) {
            long a = s.a;
            while (a - 1 >= r->cs && word_is(r, a - 1, WL_EN_DET))
                a--;
            /* "grew at an annual rate of 2.8%": the verb's subject is measured */
            if (r->lang == BAYAN_LANG_EN && a - 2 >= r->cs && is_word(r, a - 1) &&
                (KEY_IS(T(r, a - 1), "at") || KEY_IS(T(r, a - 1), "by")) &&
                word_is(r, a - 2, WL_EN_VERB)) {
                an->pre = a - 1;
                return;
            }
            an->label = s;
            an->predicate = 1;
        }
        return;
    }
}

/* English: the noun after a measured amount ("a $2 million loan", "a 5%
 * increase in prices"): a change noun points to its in/of phrase. */
static void en_post_noun_rule(rules *r, analysis *an)
{
    static const char *const change[] = {"increase", "rise", "drop", "decline", "gain", "fall", "jump", "cut",
                                         "reduction", "growth", "share", "stake", "stakes", "increases",
                                         "decrease", "surge", "slump", "hike", "boost", "contraction", NULL};
    long m = an->q;
    if (r->lang != BAYAN_LANG_EN || an->count_noun || !is_word(r, m) || m >= r->ce || R(r, m)->upper)
        return;
    const char *w = T(r, m)->key;
    /* "was 35% contained", "is 80% complete": a percent of a state, the
     * state's word is what is measured (an -ed word, though a stop word
     * elsewhere) */
    {
        const char *u = r->doc->nums[R(r, an->p)->num].pub.unit;
        size_t n = strlen(w);
        if (u && STR_IS(u, "percent") && (!is_word(r, m + 1) || m + 1 >= r->ce || stop_word(r, m + 1)) &&
            !word_is(r, m, WL_EN_STOP) && !word_is(r, m, WL_EN_VERB) && !word_is(r, m, WL_EN_SAY) &&
            ((n > 4 && STR_IS(w + n - 2, "ed")) || STR_IS(w, "complete") || STR_IS(w, "full") ||
             STR_IS(w, "empty") || STR_IS(w, "done")) &&
            an->p - 1 >= r->cs && is_word(r, an->p - 1) &&
            (KEY_IS(T(r, an->p - 1), "was") || KEY_IS(T(r, an->p - 1), "is") || KEY_IS(T(r, an->p - 1), "were") ||
             KEY_IS(T(r, an->p - 1), "are") || KEY_IS(T(r, an->p - 1), "be") || KEY_IS(T(r, an->p - 1), "been"))) {
            an->label.a = m;
            an->label.b = m + 1;
            return;
        }
    }
    /* "a 5% rise in prices": after "a", a change word (a verb elsewhere) is a noun */
    int a_change = 0;
    if (an->pre < an->p && en_article(r, an->pre))
        for (int i = 0; change[i] && !a_change; i++)
            a_change = bayan__str_eq(w, change[i]);
    if (!a_change && (stop_word(r, m) || word_is(r, m, WL_EN_TIMEW) || word_is(r, m, WL_EN_COMPAR) ||
                      word_is(r, m, WL_EN_AUX))) /* "the 55.1% seen in 2018" */
        return;
    /* "$3 starting next year", "effective from May": a time adverbial */
    if (STR_IS(w, "starting") || STR_IS(w, "beginning") || STR_IS(w, "effective") || STR_IS(w, "ending") ||
        STR_IS(w, "following"))
        return;
    /* "94% effective against": an adjective, not what is measured */
    size_t wl = strlen(w);
    static const char *const adj[] = {"ive", "ful", "ble", "ent", "ant", "ous", "ic", "al", "er", NULL};
    for (int i = 0; adj[i]; i++) {
        size_t al = strlen(adj[i]);
        if (wl > al + 2 && bayan__str_eq(w + wl - al, adj[i]) && (!is_word(r, m + 1) || stop_word(r, m + 1)))
            return;
    }
    span nphr = np_forward(r, m, r->ce, 3);
    int is_change = 0;
    if (sp_empty(nphr)) {
        if (!a_change)
            return;
        nphr.a = m; /* (the change word alone) */
        nphr.b = m + 1;
    }
    const char *head = T(r, nphr.b - 1)->key;
    for (int i = 0; change[i] && !is_change; i++)
        if (bayan__str_eq(head, change[i]))
            is_change = 1;
    if (!is_change) {
        an->label = nphr;
        return;
    }
    long x = nphr.b;
    if (is_word(r, x) && (KEY_IS(T(r, x), "in") || KEY_IS(T(r, x), "of")) &&
        !word_is(r, x + 1, WL_EN_TIMEW)) {
        long y = x + 1;
        while (y < r->ce && is_word(r, y) && word_is(r, y, WL_EN_DET))
            y++; /* "in the property tax levy" */
        span t = np_forward(r, y, r->ce, 5);
        if (!sp_empty(t) && !word_is(r, t.a, WL_EN_TIMEW))
            an->label = t;
    }
}

/* "للبرميل", "للدولار", "للسهم": money per unit, not what the money is
 * for ("للصحة", "للقطاع العسكري"). key starts with لل. */
static int ar_per_unit(const char *key)
{
    static const char *const per[] = {"برميل", "طن", "لتر", "سهم", "دولار", "يورو", "جنيه", "فرد", "شخص", "غرام",
                                      "اوقيه", "كيلو", "كيلوغرام", "متر", "ساعه", "يوم", "شهر", "سنه", "عام",
                                      "واحد", "وحده", "راكب", "ليله", "ميغاواط", "قدم", NULL};
    const char *k = key + 4;
    for (int i = 0; per[i]; i++)
        if (bayan__str_eq(k, per[i]))
            return 1;
    return 0;
}

static void of_rule(rules *r, analysis *an)
{
    long m = an->q;
    /* "30,000 dirhams ($2,900) in aid": past the conversion to what it is for */
    long c;
    if (r->doc->nums[R(r, an->p)->num].pub.currency && (c = close_bracket(r, m)) >= 0 && is_word(r, c + 1)) {
        long ce = r->ce;
        r->ce = c + 1;
        while ((size_t)r->ce < r->ntok && !R(r, r->ce)->punct)
            r->ce++;
        an->q = c + 1;
        of_rule(r, an); /* the phrase after the brackets, as if they were not there */
        an->q = m;
        r->ce = ce;
        return;
    }
    if (!is_word(r, m) || m >= r->ce)
        return;
    const char *k = T(r, m)->key;
    const bayan__tok *kt = T(r, m);
    if (an->count_noun && !an->measure)
        return; /* "911 متخصصًا من المنطقة": من names their origin */
    if (r->lang == BAYAN_LANG_EN) {
        if (KEY_IS(kt, "worth") && is_word(r, m + 1) && KEY_IS(T(r, m + 1), "of")) {
            m++;
            k = T(r, m)->key;
            kt = T(r, m);
        }
        /* "of X"; for money also "on X", "for X", "in X" (spent on, $5m in aid) */
        if (!KEY_IS(kt, "of") && ((!KEY_IS(kt, "on") && !KEY_IS(kt, "for") && !KEY_IS(kt, "in")) ||
                                !r->doc->nums[R(r, an->p)->num].pub.currency))
            return;
        if (KEY_IS(kt, "in") && an->count_noun)
            return;
        /* "12% of last year's appeal", "70% of 2019 ridership": past the
         * time that qualifies the noun */
        long f0 = m + 1;
        if (f0 + 1 < r->ce && is_word(r, f0) && is_word(r, f0 + 1) &&
            (KEY_IS(T(r, f0), "last") || KEY_IS(T(r, f0), "this") || KEY_IS(T(r, f0), "next")) &&
            (STARTS(T(r, f0 + 1)->key, "year") || STARTS(T(r, f0 + 1)->key, "month") ||
             STARTS(T(r, f0 + 1)->key, "week") || STARTS(T(r, f0 + 1)->key, "season"))) {
            f0 += 2;
            if (f0 < r->ce && is_word(r, f0) && (KEY_IS(T(r, f0), "'s") || KEY_IS(T(r, f0), "s")))
                f0++;
        } else if (f0 + 1 < r->ce && R(r, f0)->num >= 0 &&
                   r->doc->nums[R(r, f0)->num].pub.kind == BAYAN_NUM_YEAR && is_word(r, f0 + 1)) {
            f0++;
        }
        an->label = np_forward(r, f0, r->ce, 6);
        /* "73.4% of patients were seen within four hours": a share of a
         * group, then what is said of that share, is measured with it */
        if (!sp_empty(an->label) && m == an->p + 1 && KEY_IS(kt, "of")) {
            const char *u = r->doc->nums[R(r, an->p)->num].pub.unit;
            long x = an->label.b, aux = 0;
            while (x < r->ce && is_word(r, x) &&
                   (KEY_IS(T(r, x), "were") || KEY_IS(T(r, x), "was") || KEY_IS(T(r, x), "are") ||
                    KEY_IS(T(r, x), "is") || KEY_IS(T(r, x), "had") || KEY_IS(T(r, x), "have") ||
                    KEY_IS(T(r, x), "has") || KEY_IS(T(r, x), "been") || KEY_IS(T(r, x), "be") ||
                    KEY_IS(T(r, x), "would") || KEY_IS(T(r, x), "will") || KEY_IS(T(r, x), "could")))
                x++, aux++;
            if (u && (STR_IS(u, "percent") || STR_IS(u, "fraction")) && aux > 0 && x < r->ce && is_word(r, x) &&
                (en_past(r, x) || KEY_IS(T(r, x), "seen") ||
                 (T(r, x)->klen > 5 && !memcmp(T(r, x)->key + T(r, x)->klen - 3, "ing", 3)))) {
                long e = x + 1;
                while (e < r->ce && e < x + 6 && !R(r, e)->punct &&
                       !(R(r, e)->num >= 0 && r->doc->nums[R(r, e)->num].pub.kind == BAYAN_NUM_QUANTITY &&
                         !r->doc->nums[R(r, e)->num].pub.unit) &&
                       !(is_word(r, e) && (word_is(r, e, WL_EN_TIMEW) || en_time_adverb(T(r, e)->key) ||
                                           ((KEY_IS(T(r, e), "last") || KEY_IS(T(r, e), "this") ||
                                             KEY_IS(T(r, e), "next")) &&
                                            is_word(r, e + 1) && word_is(r, e + 1, WL_EN_TIMEW)) ||
                                           (KEY_IS(T(r, e), "by") && is_word(r, e + 1) && KEY_IS(T(r, e + 1), "the") &&
                                            is_word(r, e + 2) && KEY_IS(T(r, e + 2), "end")))))
                    e++; /* (not the time it was said of: "by the end of June", "last month") */
                an->label.b = e;
            }
        }
        /* "4.2 months of inventory", "16 weeks of pay": a span of time of
         * something is measured with its unit word */
        {
            const bayan__num *tn = &r->doc->nums[R(r, an->p)->num];
            if (!sp_empty(an->label) && KEY_IS(kt, "of") && m == an->p + 1 && tn->pub.unit &&
                tn->unit_end > tn->unit_start && tn->unit_end <= R(r, m)->start && time_unit(r, tn) &&
                an->label.a == m + 1)
                an->unit_of = 1;
        }
        an->partitive |= m == an->p + 1 && KEY_IS(kt, "of") && !sp_empty(an->label) &&
                        word_is(r, m + 1, WL_EN_DET) && en_plural(T(r, an->label.b - 1)->key);
        return;
    }
    if (r->doc->nums[R(r, an->p)->num].pub.unit && STR_IS(r->doc->nums[R(r, an->p)->num].pub.unit, "currency") &&
        STARTS(k, AR_LAM) && (!STARTS(k, AR_LAM AR_LAM) || !ar_per_unit(k)) && cps_ge(k, 4)) {
        an->label = np_forward(r, m, r->ce, 4); /* "لدعم المزارعين": what the money is for */
        an->purpose = !sp_empty(an->label);
        /* "للصحة والتنمية الاجتماعية": a definite noun joined by و goes on with it */
        while (an->purpose && an->label.b < r->ce && an->label.b - an->label.a < 6 && is_word(r, an->label.b) &&
               TC(r, an->label.b) != T(r, an->label.b)->key &&
               ar_has_al(TC(r, an->label.b)) && !tok_ar_verb(r, an->label.b)) {
            span more = np_forward(r, an->label.b + 1, r->ce, 2);
            an->label.b = sp_empty(more) ? an->label.b + 1 : more.b;
        }
        return;
    }
    int on = CONJ_IS(kt, "علي") && r->doc->nums[R(r, an->p)->num].pub.currency;
    if (!CONJ_IS(kt, "من") && !on)
        return; /* "من X"; for money also "على X" (spent on) */
    an->label = np_forward(r, m + 1, r->ce, 5);
    /* a definite phrase right after the number: "70 من عمال المنجم"; but
     * after a definite noun the number names ("الدقيقة 42 من المباراة") */
    int named = an->p > 0 && is_word(r, an->p - 1) && is_ar(T(r, an->p - 1)->key) &&
                tok_has_al(r, an->p - 1) && !stop_word(r, an->p - 1);
    an->partitive |= m == an->p + 1 && !on && !named && !sp_empty(an->label) &&
                    (tok_has_al(r, an->label.a) ||
                     (an->label.b > an->label.a + 1 && tok_has_al(r, an->label.a + 1)));
    if (!sp_empty(an->label)) {
        span f = fi_phrase(r, an->label.b, r->ce);
        if (!sp_empty(f)) {
            an->tail.a = an->label.b;
            an->tail.b = f.b;
        }
    }
}

/* "eased to 2.4% from 2.9%", "مقابل 5% العام الماضي": the earlier value of
 * the same measure takes the label of the figure before it. */
/* The hash of the counted noun's key, as bayan__claim_info.noun keeps it. */
static unsigned long long noun_hash(const rules *r, const analysis *an)
{
    /* (hashed in place: the key from ar_bare's offset, its ending cut by length) */
    const char *nk;
    if (r->lang == BAYAN_LANG_EN) {
        nk = T(r, an->noun.b - 1)->key;
    } else {
        const char *k = T(r, an->noun.a)->key;
        nk = k + ar_bare_off(k);
    }
    size_t n = strlen(nk);
    /* "حالة" and "حالات", "مدرسه" and "مدرسات": one noun, singular or sound plural */
    if (r->lang != BAYAN_LANG_EN && n > 6 && STR_IS(nk + n - 4, "\xd8\xa7\xd8\xaa"))
        n -= 4;
    else if (r->lang != BAYAN_LANG_EN && n > 4 && STR_IS(nk + n - 2, "\xd9\x87"))
        n -= 2;
    unsigned long long h = 1469598103934665603ull;
    for (size_t q = 0; q < n; q++)
        h = (h ^ (unsigned char)nk[q]) * 1099511628211ull;
    return h ? h : 1;
}

static void from_rule(rules *r, analysis *an)
{
    long f = an->p - 1;
    if (r->prev_p < 0 || sp_empty(r->prev_label))
        return;
    /* "$438, roughly 30% higher than five years ago": a change of the figure before */
    if (r->lang == BAYAN_LANG_EN && word_is(r, an->q, WL_EN_COMPAR) && !KEY_IS(T(r, an->q), "as")) {
        an->label = r->prev_label;
        an->predicate = 1;
        return;
    }
    if (!is_word(r, f) || f < r->cs)
        return;
    /* "fell 3% to 1.17 billion units", "ارتفع 14% ليصل إلى 3.2 مليون سائح" */
    if (an->count_noun && r->prev_p >= r->cs &&
        (KEY_IS(T(r, f), "to") || CONJ_IS(T(r, f), "الي"))) {
        an->label = r->prev_label;
        return;
    }
    const char *k = T(r, f)->key;
    const bayan__tok *kt = T(r, f);
    const char *unit = r->doc->nums[R(r, an->p)->num].pub.unit;
    int same_unit = unit && r->prev_unit &&
                    (bayan__str_eq(unit, r->prev_unit) || (STARTS(unit, "percent") && STARTS(r->prev_unit, "percent")));
    int same_clause = r->prev_p >= r->cs;
    int from = 0;
    /* "بلغ عدد المدارس 900 مدرسة، بزيادة 40 مدرسة": a count after a count,
     * sized by a verbal noun of change, is the change of the figure before;
     * "، مقابل 850 مدرسة" with the same noun is its earlier value */
    if (an->count_noun && !an->measure && r->lang != BAYAN_LANG_EN && r->prev_unit &&
        STR_IS(r->prev_unit, "count")) {
        const char *ck = TC(r, f);
        if (STARTS(ck, AR_BA) && bayan__wl_has(WL_AR_MASDAR, ar_noprep(T(r, f)->key))) {
            an->label = r->prev_label;
            an->change = f;
            an->predicate = 1;
            return;
        }
        if ((STR_IS(ck, "مقابل") || (KEY_IS(T(r, f), AR_BA) && f - 1 >= r->cs && is_word(r, f - 1) &&
                                        CONJ_IS(T(r, f - 1), "مقارنه"))) &&
            noun_hash(r, an) == r->count_noun) {
            an->label = r->prev_label;
            an->predicate = 1;
            return;
        }
    }
    if (an->count_noun && !an->measure)
        return; /* "من 60 دولة", "from 60 countries": a new count */
    if (r->lang == BAYAN_LANG_EN) {
        from = KEY_IS(kt, "from") || KEY_IS(kt, "against") || KEY_IS(kt, "versus") || KEY_IS(kt, "vs") ||
               (KEY_IS(kt, "with") && f > 0 && KEY_IS(T(r, f - 1), "compared"));
        /* "..., up 22% from a year earlier": the change of the figure before */
        if ((KEY_IS(kt, "up") || KEY_IS(kt, "down")) && f > 0 && R(r, f - 1)->punct)
            from = 1;
        if (KEY_IS(kt, "to") && (same_unit || same_clause))
            from = 1; /* "from 40% in 1990 to 12% now", "by 0.25 points to 5.5%" */
        if (STR_IS(k, "to") && f > 0 && R(r, f - 1)->punct)
            from = 1; /* "rose 0.5% from December, to $35.87": where the change took it */
        /* "was last down 4.6% at $57,310", "closed up 2% at 7,512": the level a change left */
        if (KEY_IS(kt, "at") && same_clause && r->prev_unit && STARTS(r->prev_unit, "percent") && unit &&
            !STARTS(unit, "percent"))
            from = 1;
        /* "well below the 66.3% recorded four years ago": the same measure then */
        if (STR_IS(k, "the") && same_unit && f > 0 && is_word(r, f - 1) &&
            (word_is(r, f - 1, WL_EN_COMPAR) || STR_IS(T(r, f - 1)->key, "than")) &&
            !STR_IS(T(r, f - 1)->key, "as"))
            from = 1;
    } else {
        char b[BAYAN__KEY_MAX];
        ar_bare(k, b);
        /* "مقابل 4.8%" after a percent is the earlier value; "، مقابل 45 مليون
         * يورو" after a count of seasons is a price, not that count's value */
        from = (CONJ_IS(kt, "مقابل") && (same_unit || !unit || !r->prev_unit || !R(r, f - 1)->punct)) ||
               (CONJ_IS(kt, "من") && same_unit && !(f > 0 && word_is(r, f - 1, WL_AR_COMPAR)));
        /* "مقارنة بـ23.1%", "من 40% ... إلى 12%" */
        if (KEY_IS(kt, AR_BA) && f > 0 && is_word(r, f - 1) &&
            (CONJ_IS(T(r, f - 1), "مقارنه") || KEY_IS(T(r, f - 1), "بالمقارنه")))
            from = 1;
        if (CONJ_IS(kt, "مقارنه") || KEY_IS(kt, "بالمقارنه"))
            from = 1;
        if (KEY_IS(kt, "الي") && (same_unit || same_clause))
            from = 1; /* "ارتفع 1.2% إلى 34500 نقطة" */
        /* "بزيادة 22%", "بارتفاع 5%": the change of the figure before */
        if (STARTS(ar_conj(k), AR_BA) && bayan__wl_has(WL_AR_MASDAR, ar_noprep(k)))
            from = 1;
        /* "لتبلغ 7.4 مليار": the result of the change before */
        for (long i = f; i >= an->pre && i >= f - 3; i--)
            if (is_word(r, i) && (KEY_IS(T(r, i), "لتبلغ") || KEY_IS(T(r, i), "ليبلغ") ||
                                  KEY_IS(T(r, i), "لتصل") || KEY_IS(T(r, i), "ليصل") ||
                                  KEY_IS(T(r, i), "ليسجل") || KEY_IS(T(r, i), "لتسجل")))
                from = 1;
    }
    if (from) {
        an->label = r->prev_label;
        an->predicate = 1; /* "rose 4% to 235 million": a figure even when bare */
    }
}

ALWAYS_INLINE void backward_rule(rules *r, analysis *an)
{
    an->label = np_backward(r, an->pre, r->cs, 5);
    if (!sp_empty(an->label) || r->lang != BAYAN_LANG_EN)
        return;
    /* "Consumer prices posted a 5% increase": the subject of the nearest verb */
    for (long v = an->pre - 1; v >= r->cs && v >= an->pre - 3; v--)
        if (is_word(r, v) && (en_past(r, v) || word_is(r, v, WL_EN_VERB) || word_is(r, v, WL_EN_REPR))) {
            long b = v;
            while (b - 1 >= r->cs && word_is(r, b - 1, WL_EN_AUX))
                b--;
            an->label = np_backward(r, b, r->cs, 5);
            return;
        }
}

ALWAYS_INLINE void subject_guess(rules *r, analysis *an)
{
    if (!sp_empty(an->subj))
        return;
    if (r->lang == BAYAN_LANG_EN) {
        /* a capitalised name in the clause before the number */
        for (long i = r->cs; i < an->pre; i++)
            if (is_word(r, i) && R(r, i)->upper && !bayan__wl_has(WL_EN_STOP, T(r, i)->key)) {
                long j = i;
                while (j < an->pre && is_word(r, j) && (R(r, j)->upper || KEY_IS(T(r, j), "of")))
                    j++;
                if (i == 0 && j == 1)
                    continue; /* a capital that only starts the sentence */
                if (word_is(r, i, WL_EN_TIMEW))
                    continue; /* "in November" dates, it does not name */
                if (word_is(r, j, WL_EN_SAY))
                    continue; /* "the United Nations expects": a source */
                if (an->label.a <= i && i < an->label.b)
                    return;
                an->subj.a = i;
                an->subj.b = j;
                return;
            }
        return;
    }
    /* "تركز آسيا الوسطى 39% من ...": verb, then a short subject */
    long n = an->pre - r->cs;
    if (n >= 2 && n <= 3 && is_word(r, r->cs) && !tok_has_al(r, r->cs) && !stop_word(r, r->cs)) {
        for (long i = r->cs + 1; i < an->pre; i++)
            if (!is_word(r, i) || stop_word(r, i) || pronoun_suffixed(T(r, i)->key))
                return; /* (not "بنمو نسبته 15%": a noun with a pronoun names nobody) */
        an->subj.a = r->cs + 1;
        an->subj.b = an->pre;
    }
}

/* ---- time and source ---- */

/* A word between tokens a and b (exclusive) that sets one clause against
 * another: بينما، فيما، في حين، while, whereas. What follows it is a
 * clause of its own, with its own time. */
static int contrast_between(const rules *r, long a, long b)
{
    for (long i = a + 1; i < b; i++) {
        if (!is_word(r, i))
            continue;
        const bayan__tok *kt = T(r, i);
        if (r->lang == BAYAN_LANG_EN) {
            if (KEY_IS(kt, "while") || KEY_IS(kt, "whereas"))
                return 1;
            continue;
        }
        if (CONJ_IS(kt, "بينما") || CONJ_IS(kt, "فيما"))
            return 1;
        if (CONJ_IS(kt, "في") && is_word(r, i + 1) && i + 1 < b && KEY_IS(T(r, i + 1), "حين"))
            return 1;
    }
    return 0;
}

/* The sentence's tokens that are years, dates or periods, found once;
 * 0, or -1 when out of memory. */
static int sentence_times(rules *r)
{
    r->n_times = 0;
    for (size_t ni = 0; ni < r->n_nums; ni++) {
        size_t i = (size_t)r->nums[ni];
        long k = r->toks[i].num;
        bayan_num_kind kind = r->doc->nums[k].pub.kind;
        if (kind != BAYAN_NUM_YEAR && kind != BAYAN_NUM_DATE && kind != BAYAN_NUM_PERIOD)
            continue;
        /* "LONDON, Aug 20 (Reuters) -": a dateline dates the story, not its figures */
        if (kind == BAYAN_NUM_DATE && i + 3 < r->ntok && R(r, (long)i + 1)->punct && STR_IS(T(r, (long)i + 1)->key, "(")) {
            size_t c = i + 2;
            while (c < r->ntok && c < i + 6 && !STR_IS(T(r, (long)c)->key, ")"))
                c++;
            if (c + 1 < r->ntok && c < i + 6 && R(r, (long)c + 1)->punct &&
                (STR_IS(T(r, (long)c + 1)->key, "-") || STR_IS(T(r, (long)c + 1)->key, "\xe2\x80\x93") ||
                 STR_IS(T(r, (long)c + 1)->key, "\xe2\x80\x94")))
                continue;
        }
        if (r->n_times == r->cap_times) {
            size_t cap = r->cap_times ? 2 * r->cap_times : 16;
            long *p = realloc(r->times, cap * sizeof *p);
            if (!p)
                return -1;
            r->times = p;
            r->cap_times = cap;
        }
        r->times[r->n_times++] = (long)i;
    }
    r->times_ready = 1;
    return 0;
}

static long find_time(rules *r, const analysis *an, int *oom)
{
    long best = -1, bestd = 0;
    if (!r->times_ready && sentence_times(r) < 0) {
        *oom = 1;
        return -1;
    }
    /* a window around the number: sentences can be long */
    size_t lo = an->p > 60 ? (size_t)an->p - 60 : 0, hi = (size_t)an->p + 60 < r->ntok ? (size_t)an->p + 60 : r->ntok;
    for (size_t ti = 0; ti < r->n_times; ti++) {
        size_t i = (size_t)r->times[ti];
        if (i < lo)
            continue;
        if (i >= hi)
            break;
        long k = R(r, (long)i)->num;
        long d = (long)i - an->p;
        if (d < 0)
            d = -d;
        if (R(r, (long)i)->clause != R(r, an->p)->clause)
            d += 1000;
        if (best >= 0 && d >= bestd)
            continue; /* no nearer than the one found: the tests below cannot matter */
        /* "منذ عام 2008", "since 2008", "منذ بدء التسجيل عام 1899", "since
         * records began in 1998": a baseline, not the figure's date */
        int since = 0;
        for (long b = (long)i - 1; b >= 0 && b >= (long)i - 5 && is_word(r, b) && !since; b--)
            since = CONJ_IS(T(r, b), "منذ") || KEY_IS(T(r, b), "since");
        if (since)
            continue;
        if (contrast_between(r, (long)i < an->p ? (long)i : an->p, (long)i < an->p ? an->p : (long)i))
            continue; /* "..., بينما ... بحلول عام 2050": the year dates the other clause */
        best = k;
        bestd = d;
    }
    return best;
}

/* The source phrase introduced by token i ("وفقًا لـX", "according to X",
 * "X said"), or an empty span. */
static span source_at(const rules *r, long i)
{
    span none = {0, 0};
    if (!is_word(r, i))
        return none;
    const char *k = T(r, i)->key;
    const bayan__tok *kt = T(r, i);
    span s = none;
    if (!(TM(r, i)->m_in & (BIT(WL_AR_SRCMARK) | BIT(WL_AR_SAY) | BIT(WL_EN_SAY) | BIT(WL_EN_REPORT))) &&
        !KEY_IS(kt, "according"))
        return none;
    if (r->lang == BAYAN_LANG_EN) {
        if (KEY_IS(kt, "according") && is_word(r, i + 1) && KEY_IS(T(r, i + 1), "to")) {
            s = np_forward(r, i + 2, (long)r->ntok, 6);
            long h = i + 2;
            while (word_is(r, h, WL_EN_DET))
                h++;
            if (!sp_empty(s) && word_is(r, h, WL_EN_REPORT)) {
                /* "according to figures (compiled) by X", "data from X" */
                for (long j = h + 1; j <= h + 3 && is_word(r, j); j++)
                    if (KEY_IS(T(r, j), "from") || KEY_IS(T(r, j), "of") ||
                        KEY_IS(T(r, j), "by")) {
                        s = np_forward(r, j + 1, (long)r->ntok, 6);
                        break;
                    }
            }
        } else if (word_is(r, i, WL_EN_SAY) && !KEY_IS(kt, "estimated")) {
            if (i > 0 && R(r, i - 1)->punct) {
                if (KEY_IS(kt, "said") || KEY_IS(kt, "says") || KEY_IS(kt, "added") || KEY_IS(kt, "noted") ||
                    KEY_IS(kt, "told"))
                    s = np_forward(r, i + 1, (long)r->ntok, 6); /* ", said the ministry" */
            }
            else {
                s = np_backward(r, i, 0, 6);
                if (!sp_empty(s) && s.a > 0 && !R(r, s.a - 1)->punct && s.a - 1 != 0 &&
                    !bayan__wl_has(WL_EN_DET, T(r, s.a - 1)->key) && !KEY_IS(T(r, s.a - 1), "and") &&
                    !KEY_IS(T(r, s.a - 1), "but") && !KEY_IS(T(r, s.a - 1), "while"))
                    s = none; /* only "…, the bureau said" or a sentence-initial one */
                else if (!sp_empty(s) && s.a > 0 && bayan__wl_has(WL_EN_DET, T(r, s.a - 1)->key))
                    s.a--;
            }
        } else if ((KEY_IS(kt, "data") || KEY_IS(kt, "figures") || KEY_IS(kt, "estimates")) &&
                   is_word(r, i + 1) && (KEY_IS(T(r, i + 1), "from") || KEY_IS(T(r, i + 1), "by"))) {
            s = np_forward(r, i + 2, (long)r->ntok, 6);
        }
    } else if (is_ar(k)) {
        if (word_is(r, i, WL_AR_SRCMARK)) {
            long j = i + 1;
            if (word_is(r, j, WL_AR_STOP) && (KEY_IS(T(r, j), "عن") || KEY_IS(T(r, j), "الي") ||
                                              KEY_IS(T(r, j), "ل")))
                j++;
            s = np_forward(r, j, (long)r->ntok, 6);
            if (!sp_empty(s) && s.b - s.a > 1) {
                const char *h = T(r, s.a)->key;
                if (!ar_has_al(h) && (bayan__wl_has(WL_AR_REPORT, ar_noprep(h)) || bayan__wl_has(WL_AR_REPORT, h)))
                    s.a++;
            }
        } else if (word_is(r, i, WL_AR_SAY) && (i == 0 || R(r, i - 1)->punct)) {
            span n = np_forward(r, i + 1, (long)r->ntok, 4);
            /* "ذكرت الوزارة أن ...": a saying verb, its subject, then أن */
            if (!sp_empty(n) && is_word(r, n.b) && CONJ_IS(T(r, n.b), "ان"))
                s = n;
        }
    }
    return s;
}

/* The sources of the current sentence, found once. */
static void sentence_sources(rules *r)
{
    const bayan__tok *toks = r->toks; /* (source_at keys and masks tokens, it does not move them) */
    size_t n = r->ntok;
    int en = r->lang == BAYAN_LANG_EN, ns = 0;
    for (size_t i = 0; i < n && ns < MAX_SRCS; i++) {
        /* most words cannot start a source: not even their lists asked
         * (in Arabic only an Arabic word of three letters or more can: see
         * source_at and the lists; in English one of three bytes or more) */
        const bayan__tok *t = &toks[i];
        if (!t->word || (en ? t->klen < 3 : t->klen < 6 || !is_ar(t->key)) ||
            !bayan__wl_source_maybe(t->key, t->klen))
            continue;
        span s = source_at(r, (long)i);
        if (sp_empty(s))
            continue;
        r->src_at[ns] = (long)i;
        r->srcs[ns++] = s;
    }
    r->n_srcs = ns;
    r->srcs_ready = 1;
}

ALWAYS_INLINE span find_source(rules *r, const analysis *an)
{
    span best = {0, 0};
    long bestd = -1;
    if (!r->srcs_ready)
        sentence_sources(r);
    for (int k = 0; k < r->n_srcs; k++) {
        long d = r->src_at[k] - an->p;
        if (d < 0)
            d = -d;
        if (bestd < 0 || d < bestd) {
            best = r->srcs[k];
            bestd = d;
        }
    }
    return best;
}

/* ---- building the claims ---- */

ALWAYS_INLINE int vague_numeral(const bayan_doc *doc, const bayan__num *n)
{
    if (n->num_end <= n->num_start)
        return 0;
    /* a numeral written in digits keys to a digit first: no listed word */
    const unsigned char *d = (const unsigned char *)doc->norm + n->num_start;
    if ((d[0] >= '0' && d[0] <= '9') || (d[0] == 0xD9 && d[1] >= 0xA0 && d[1] <= 0xA9) ||
        (d[0] == 0xDB && d[1] >= 0xB0 && d[1] <= 0xB9))
        return 0;
    char key[BAYAN__KEY_MAX];
    bayan__word_key(doc->norm + n->num_start, n->num_end - n->num_start, key);
    return (bayan__wl_mask(key) & (BIT(WL_AR_VAGUE) | BIT(WL_EN_VAGUE))) || bayan__wl_has(WL_AR_VAGUE, ar_conj(key));
}

ALWAYS_INLINE int occasions(const bayan_doc *doc, const bayan__num *n)
{
    if (n->flags & BAYAN__NUM_OCCASIONS)
        return 1;
    if (n->unit_end > n->unit_start && (!n->pub.unit || !bayan__str_eq(n->pub.unit, "times"))) {
        /* مرة، مرات، مرتين, times: a key that starts otherwise is none of
         * them (a unit written with a leading haraka or tatweel is keyed) */
        const unsigned char *u = (const unsigned char *)doc->norm + n->unit_start;
        if (!(u[0] == 0xD9 && u[1] >= 0x80 && u[1] <= 0xB0) && (u[0] | 32) != 't')
            return 0;
        char key[BAYAN__KEY_MAX];
        bayan__word_key(doc->norm + n->unit_start, n->unit_end - n->unit_start, key);
        return bayan__wl_has(WL_AR_OCCASION, key) || STR_IS(key, "times");
    }
    return 0;
}

/* A number whose unit is a time unit and which places or spans time: "five
 * years ago", "for 3 years", "خلال 5 سنوات", "منذ 10 أعوام". */
static int duration(const rules *r, long p, const bayan__num *n)
{
    /* (not "لمدة شهرين", "for six days": how long something lasts is a figure) */
    static const char *const before[] = {"over", "in", "within", "after", "before", "during", "since",
                                         "past", "last", "next", "خلال", "منذ", "بعد", "قبل", "في", NULL};
    if (n->unit_end <= n->unit_start)
        return 0;
    {
        /* a unit of two words ("في المائة") keys with a space, which no time
         * word has: a space after the first letter, within the first 30
         * bytes (so within the key's room), rules it out unkeyed; leading
         * spaces and the harakat a key drops are skipped first */
        const char *w = r->doc->norm + n->unit_start;
        size_t wl = n->unit_end - n->unit_start, q = 0;
        while (q < wl && (w[q] == ' ' || (q + 1 < wl && (unsigned char)w[q] == 0xD9 &&
                                          (((unsigned char)w[q + 1] >= 0x8B && (unsigned char)w[q + 1] <= 0x9F) ||
                                           (unsigned char)w[q + 1] == 0xB0 || (unsigned char)w[q + 1] == 0x80))))
            q += w[q] == ' ' ? 1 : 2;
        const char *sp = memchr(w + q, ' ', (wl < 30 ? wl : 30) - (q < 30 ? q : 30));
        if (q < 30 && sp)
            return 0;
    }
    char uk[BAYAN__KEY_MAX];
    bayan__word_key(r->doc->norm + n->unit_start, n->unit_end - n->unit_start, uk);
    const char *u = uk;
    while (*u == ' ')
        u++;
    if (!(bayan__wl_mask(u) & (BIT(WL_EN_TIMEW) | BIT(WL_AR_TIMEW))))
        return 0;
    /* "compared with 7.2 weeks before the pandemic": a figure set against
     * another, with the time it was measured at (but "than five years ago"
     * is a time) */
    if (r->lang == BAYAN_LANG_EN && is_word(r, p - 1) && is_word(r, p + 1) &&
        (KEY_IS(T(r, p + 1), "before") || KEY_IS(T(r, p + 1), "after")) &&
        (KEY_IS(T(r, p - 1), "against") || KEY_IS(T(r, p - 1), "versus") ||
         ((KEY_IS(T(r, p - 1), "with") || KEY_IS(T(r, p - 1), "to")) && p - 2 >= 0 && is_word(r, p - 2) &&
          (KEY_IS(T(r, p - 2), "compared") || KEY_IS(T(r, p - 2), "comparison")))))
        return 0;
    if (is_word(r, p + 1) && (KEY_IS(T(r, p + 1), "ago") || KEY_IS(T(r, p + 1), "earlier") ||
                              KEY_IS(T(r, p + 1), "later") || KEY_IS(T(r, p + 1), "after") ||
                              KEY_IS(T(r, p + 1), "before")))
        return 1; /* "five years after his debut" places a time */
    if (is_word(r, p - 1)) {
        const char *k = r->lang == BAYAN_LANG_EN ? T(r, p - 1)->key : TC(r, p - 1);
        for (int i = 0; before[i]; i++)
            if (bayan__str_eq(k, before[i]))
                return 1;
        /* "in the 12 months to July", "over the first six months", "خلال
         * أول أسبوعين من عرضه": the period a change is measured over */
        if ((STR_IS(k, "the") || STR_IS(k, "first") || STR_IS(k, "اول") || STR_IS(k, "اخر")) && is_word(r, p - 2)) {
            const char *k2 = ar_conj(T(r, p - 2)->key);
            if (STR_IS(k2, "the") && is_word(r, p - 3))
                k2 = T(r, p - 3)->key;
            for (int i = 0; before[i]; i++)
                if (bayan__str_eq(k2, before[i]))
                    return 1;
        }
    }
    return 0;
}

/* How far into a document the country that names its currency is looked
 * for: a news article is well inside it, and a long file of many articles
 * is not searched end to end once per name. */
#define CURRENCY_CONTEXT_BYTES ((size_t)64 * 1024)

/* The offset of the first of names[] (NULL-terminated, at most
 * FIRST_NAMED_MAX) in the first CURRENCY_CONTEXT_BYTES of the normalised
 * text, or (size_t)-1; *which gets its index (the lowest of those found at
 * that offset). One pass over the text: a table per byte position (1, 3,
 * 5 and 7) says which names have that byte there, so that a name is
 * compared only where those bytes of it stand. In Arabic they are the
 * second bytes of its first four letters: the first bytes are the same few
 * lead bytes everywhere (a search per name by its first byte stopped every
 * two bytes), and the first four bytes of most names are the article. */
#define FIRST_NAMED_MAX 32
static size_t first_named(const bayan_doc *doc, const char *const *names, int *which)
{
    size_t lim = doc->norm_len < CURRENCY_CONTEXT_BYTES ? doc->norm_len : CURRENCY_CONTEXT_BYTES;
    uint32_t at[4][256];
    size_t nl[FIRST_NAMED_MAX];
    int n = 0;
    memset(at, 0, sizeof at);
    for (; names[n] && n < FIRST_NAMED_MAX; n++) {
        nl[n] = strlen(names[n]);
        if (!nl[n])
            continue; /* (an empty name is never found) */
        for (size_t k = 0; k < 4; k++) {
            if (2 * k + 1 < nl[n]) {
                at[k][(unsigned char)names[n][2 * k + 1]] |= (uint32_t)1 << n;
            } else {
                for (int c = 0; c < 256; c++) /* a short name: any byte there */
                    at[k][c] |= (uint32_t)1 << n;
            }
        }
    }
    const unsigned char *u = (const unsigned char *)doc->norm;
    for (size_t p = 0; p < lim; p++) {
        uint32_t cand;
        if (p + 8 <= lim) {
            /* (one load rejects most bytes: in Arabic every other one is a
             * lead byte, which no name has at position 1) */
            if (!(cand = at[0][u[p + 1]]) || !(cand &= at[1][u[p + 3]]) || !(cand &= at[2][u[p + 5]] & at[3][u[p + 7]]))
                continue;
        } else {
            cand = n < 32 ? ((uint32_t)1 << n) - 1 : 0xFFFFFFFFu; /* the last bytes: every name */
        }
        for (; cand; cand &= cand - 1) {
            int i = __builtin_ctz(cand);
            if (nl[i] && nl[i] <= lim - p && !memcmp(u + p, names[i], nl[i])) {
                *which = i;
                return p;
            }
        }
    }
    return (size_t)-1;
}

/* The currencies whose name several countries share (dinars and their
 * fils, shillings, pesos, francs, crowns, lira): the one of the country the
 * document names first (in its first 64 KB) ("عائدات ... مليار دينار" in an
 * article about Jordan is JOD, "8.7 trillion shillings" in a story from
 * Nairobi KES); NULL when none is named or the word is none of these. */
static const char *country_currency(rules *r, const bayan__num *n)
{
    static const struct {
        const char *const stems[6];
        const char *const names[FIRST_NAMED_MAX + 1];
        const char *const codes[FIRST_NAMED_MAX];
        int written; /* none named: one written with its country stands for the bare ones */
    } fam[N_CUR_FAMILIES] = {
        {{"دينار", "dinar", "فلس", "فلوس", "fils", NULL},
         {"الأردن", "الأردني", "الكويت", "الكويتي", "العراق", "العراقي", "البحرين", "البحريني", "ليبيا", "الليبي",
          "تونس", "التونسي", "الجزائر", "الجزائري", "Jordan", "Kuwait", "Iraq", "Bahrain", "Libya", "Tunisia",
          "Algeria", NULL},
         {"JOD", "JOD", "KWD", "KWD", "IQD", "IQD", "BHD", "BHD", "LYD", "LYD", "TND", "TND", "DZD", "DZD", "JOD",
          "KWD", "IQD", "BHD", "LYD", "TND", "DZD"},
         1},
        {{"shilling", "شلن", NULL},
         {"Kenya", "Nairobi", "كينيا", "نيروبي", "Uganda", "Kampala", "أوغندا", "كمبالا", "Tanzania", "Dodoma",
          "Dar es Salaam", "تنزانيا", "Somalia", "Mogadishu", "الصومال", "مقديشو", NULL},
         {"KES", "KES", "KES", "KES", "UGX", "UGX", "UGX", "UGX", "TZS", "TZS", "TZS", "TZS", "SOS", "SOS", "SOS",
          "SOS"},
         0},
        {{"peso", "بيزو", NULL},
         {"Mexico", "المكسيك", "Argentina", "Buenos Aires", "الأرجنتين", "Philippines", "Manila", "الفلبين",
          "Colombia", "Bogota", "كولومبيا", "Chile", "Santiago", "تشيلي", "Uruguay", "Cuba", "كوبا", NULL},
         {"MXN", "MXN", "ARS", "ARS", "ARS", "PHP", "PHP", "PHP", "COP", "COP", "COP", "CLP", "CLP", "CLP", "UYU",
          "CUP", "CUP"},
         0},
        {{"franc", "فرنك", NULL},
         {"Switzerland", "Swiss", "Zurich", "Geneva", "سويسرا", "السويسري", "Senegal", "السنغال", "Ivory Coast",
          "Côte d'Ivoire", "ساحل العاج", "Mali", "مالي", "Niger", "النيجر", "Burkina", "بوركينا", "Cameroon",
          "الكاميرون", "Gabon", "الغابون", "Chad", "تشاد", "Rwanda", "رواندا", "Guinea", "غينيا", "Djibouti", "جيبوتي",
          NULL},
         {"CHF", "CHF", "CHF", "CHF", "CHF", "CHF", "XOF", "XOF", "XOF", "XOF", "XOF", "XOF", "XOF", "XOF", "XOF",
          "XOF", "XOF", "XAF", "XAF", "XAF", "XAF", "XAF", "XAF", "RWF", "RWF", "GNF", "GNF", "DJF", "DJF"},
         0},
        {{"kron", "كرون", NULL},
         {"Sweden", "Swedish", "Stockholm", "السويد", "Norway", "Norwegian", "Oslo", "النرويج", "Denmark",
          "Danish", "Copenhagen", "الدنمارك", "Iceland", "آيسلندا", "Czech", "التشيك", NULL},
         {"SEK", "SEK", "SEK", "SEK", "NOK", "NOK", "NOK", "NOK", "DKK", "DKK", "DKK", "DKK", "ISK", "ISK", "CZK",
          "CZK"},
         0},
        {{"lira", "lire", "لير", NULL},
         {"Turkey", "Türkiye", "Turkish", "Ankara", "Istanbul", "تركيا", "التركية", "أنقرة", "إسطنبول", "Lebanon",
          "Lebanese", "Beirut", "لبنان", "اللبنانية", "بيروت", "Syria", "Syrian", "Damascus", "سوريا", "السورية",
          "دمشق", NULL},
         {"TRY", "TRY", "TRY", "TRY", "TRY", "TRY", "TRY", "TRY", "TRY", "LBP", "LBP", "LBP", "LBP", "LBP", "LBP",
          "SYP", "SYP", "SYP", "SYP", "SYP", "SYP"},
         0},
    };
    if (n->unit_end <= n->unit_start)
        return NULL;
    char uk[BAYAN__KEY_MAX];
    bayan__word_key(r->doc->norm + n->unit_start, n->unit_end - n->unit_start, uk);
    for (int f = 0; f < N_CUR_FAMILIES; f++) {
        int hit = 0;
        for (int k = 0; fam[f].stems[k] && !hit; k++)
            hit = strstr(uk, fam[f].stems[k]) != NULL;
        if (!hit)
            continue;
        if (!(r->cur_done & (1u << f))) {
            int which = -1;
            if (first_named(r->doc, fam[f].names, &which) != (size_t)-1)
                r->cur[f] = fam[f].codes[which];
            /* "320 مليون دينار أردني" stands for the bare dinars of the same document */
            for (size_t i = 0; fam[f].written && !r->cur[f] && i < r->doc->n_nums; i++) {
                const bayan__num *m = &r->doc->nums[i];
                if (m->pub.currency && m->pub.unit && STR_IS(m->pub.unit, "currency") && m->unit_end > m->unit_start) {
                    char mk[BAYAN__KEY_MAX];
                    bayan__word_key(r->doc->norm + m->unit_start, m->unit_end - m->unit_start, mk);
                    if (strstr(mk, fam[f].stems[0]) || strstr(mk, fam[f].stems[1]))
                        r->cur[f] = m->pub.currency;
                }
            }
            r->cur_done |= 1u << f;
        }
        return r->cur[f];
    }
    return NULL;
}

/* A bare dirham is the UAE's unless the document names Morocco first
 * ("المغرب", "المغربية", "الرباط"): Moroccan press writes "درهم" alone. */
static const char *dirham_country(rules *r, const bayan__num *n)
{
    if (n->unit_end <= n->unit_start)
        return "AED";
    char uk[BAYAN__KEY_MAX];
    bayan__word_key(r->doc->norm + n->unit_start, n->unit_end - n->unit_start, uk);
    if ((!strstr(uk, "درهم") && !strstr(uk, "دراهم") && !strstr(uk, "dirham")) || strstr(uk, "امارات"))
        return "AED";
    if (!r->dirham_done) {
        /* Morocco's names, then the UAE's: one search finds whichever
         * comes first (no name of one is a prefix of the other's, so they
         * never start at the same offset) */
        enum { N_MOROCCO = 8 };
        static const char *const names[] = {"المغرب", "بالمغرب", "المغربية", "المغربي", "الرباط", "الدار البيضاء",
                                            "Morocco", "Moroccan", "الإمارات", "الامارات", "الإماراتية", "دبي",
                                            "أبوظبي", "أبو ظبي", "UAE", "Dubai", "Abu Dhabi", "Emirates", NULL};
        _Static_assert(sizeof names / sizeof names[0] <= FIRST_NAMED_MAX + 1, "first_named: too many names");
        int which = -1;
        r->dirham = first_named(r->doc, names, &which) != (size_t)-1 && which < N_MOROCCO ? "MAD" : "AED";
        r->dirham_done = 1;
    }
    return r->dirham;
}

/* A label that only says "growth" or "a record level": nothing of its own. */
ALWAYS_INLINE int generic_label(const rules *r, span l)
{
    /* the level words: WL_LEVEL (مستوى، مستويات، level(s), high, low, record, peak) */
    if (l.b - l.a > 2)
        return 0;
    const char *k = T(r, l.a)->key;
    if (tok_key_conj_mask(r, l.a) & BIT(WL_LEVEL))
        return 1;
    if (l.b - l.a == 1 && r->lang != BAYAN_LANG_EN && is_ar(k) && !ar_has_al(k) && tok_masdar(r, l.a))
        return 1; /* "نمو", "ارتفاع" */
    return 0;
}

/* A verb of multiplying before the number in its clause ("تضاعف",
 * "يضاعف"): then "ثلاث مرات" is a multiplier, not a count of occasions. */
static int multiplied(const rules *r, long p)
{
    if (r->lang == BAYAN_LANG_EN) {
        /* "three times the average", "three times what it was", "five times higher" */
        long q = p + 1;
        return is_word(r, q) && (word_is(r, q, WL_EN_DET) || word_is(r, q, WL_EN_COMPAR) ||
                                 KEY_IS(T(r, q), "what") || KEY_IS(T(r, q), "that"));
    }
    static const char *const mult[] = {"تضاعف", "تضاعفت", "يتضاعف", "تتضاعف", "ضاعف", "ضاعفت", "يضاعف",
                                       "تضاعف", "مضاعفه", "التضاعف", NULL};
    for (long i = p - 1; i >= r->cs && i >= p - 10; i--) {
        if (!is_word(r, i))
            break;
        const char *k = TC(r, i);
        if ((STARTS(k, AR_SIN)) && cps_ge(k, 4))
            k += 2;
        for (int j = 0; mult[j]; j++)
            if (bayan__str_eq(k, mult[j]))
                return 1;
    }
    return 0;
}

static char *dupstr(bayan_doc *doc, const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *p = bayan__arena_str(doc, s, strlen(s));
    if (!p)
        *oom = 1;
    return p;
}

/* The original text behind norm[a, e) in the arena; claims of one
 * sentence often share a label, subject, source or year, so the last few
 * copies are reused rather than copied again. */
static char *arena_span(rules *r, size_t a, size_t e, int *oom)
{
    for (int i = 0; i < MEMO; i++)
        if (r->memo[i].p && r->memo[i].a == a && r->memo[i].e == e)
            return r->memo[i].p;
    char *p = bayan__orig_arena(r->doc, a, e, oom);
    if (p) {
        r->memo[r->memo_next].a = a;
        r->memo[r->memo_next].e = e;
        r->memo[r->memo_next].p = p;
        r->memo_next = (r->memo_next + 1) % MEMO;
    }
    return p;
}

static char *span_copy(rules *r, span s, int *oom)
{
    if (sp_empty(s))
        return NULL;
    return arena_span(r, sp_start(r, s), sp_end(r, s), oom);
}

static const char *arena_join(bayan_doc *doc, const char *a, const char *sep, const char *b);

/* Span s without the ل clitic on its first word: "لمصادر" gives "مصادر",
 * "لـالوزارة" "الوزارة", and "للبنك المركزي" (ل and the article, its alef
 * dropped) "البنك المركزي"; a noun whose own first letter is ل keeps it
 * ("للجنة الانتخابات": "لجنة"). A span without the clitic is copied whole. */
static const char *lam_free_copy(rules *r, span s, int *oom)
{
    size_t a = sp_start(r, s);
    const char *k = T(r, s.a)->key;
    int article = 0;
    if (STARTS(k, AR_LAM) && cps_ge(k, 4) && STARTS(r->doc->norm + a, AR_LAM)) {
        a += 2;
        while (a < sp_end(r, s) && STARTS(r->doc->norm + a, "\xd9\x80"))
            a += 2; /* tatweel after the clitic: "لـ" */
        const char *rest = k + 2;
        article = STARTS(rest, AR_LAM) && STARTS(r->doc->norm + a, AR_LAM) && !STR_IS(rest, "لجنه") &&
                  !STR_IS(rest, "لجان") && !STR_IS(rest, "لبنان") && !STR_IS(rest, "لندن") &&
                  !STR_IS(rest, "ليبيا");
    }
    const char *t = arena_span(r, a, sp_end(r, s), oom);
    if (!t || !article)
        return t;
    const char *j = arena_join(r->doc, "ا", "", t);
    if (!j)
        *oom = 1;
    return j;
}

/* A source phrase without the ل that its marker governs ("وفقًا لمصادر",
 * "طبقا للبنك المركزي"); only after a marker that takes ل (not "بحسب
 * لجنة", "نقلا عن لجنة", "ذكرت لبنان"). */
ALWAYS_INLINE const char *source_copy(rules *r, span s, int *oom)
{
    if (sp_empty(s))
        return NULL;
    if (s.a > 0 && word_is(r, s.a - 1, WL_AR_SRCMARK) && !KEY_IS(T(r, s.a - 1), "حسب") &&
        !KEY_IS(T(r, s.a - 1), "بحسب") && !KEY_IS(T(r, s.a - 1), "وفق"))
        return lam_free_copy(r, s, oom);
    return arena_span(r, sp_start(r, s), sp_end(r, s), oom);
}

typedef struct builder {
    bayan_claim *claims;
    bayan__claim_info *info;
    size_t n, cap;
} builder;

static int grow(builder *b)
{
    if (b->n < b->cap)
        return 1;
    size_t ncap = b->cap ? b->cap * 2 : 32;
    bayan_claim *c = realloc(b->claims, ncap * sizeof *c);
    if (!c)
        return 0;
    b->claims = c;
    bayan__claim_info *in = realloc(b->info, ncap * sizeof *in);
    if (!in)
        return 0;
    b->info = in;
    b->cap = ncap;
    return 1;
}

/* A phrase headed by a word that names a measure rather than an agent:
 * "عدد السكان", "إجمالي", "the number of", "total". */
ALWAYS_INLINE int measure_head(const rules *r, span l)
{
    /* the heads: WL_HEAD (عدد، إجمالي، حجم، متوسط، نسبة، number, total, share, rate...) */
    for (long i = l.a; i < l.b && i < l.a + 3; i++) {
        if (!is_word(r, i))
            continue;
        if (tok_bare_key_mask(r, i) & BIT(WL_HEAD))
            return 1;
    }
    return 0;
}

/* STARTS(T(r, p)->key, AR_WAW) for number token p without keying it: the
 * key's first letter is the first one of the text that is not a haraka or
 * tatweel, and only و folds to و. */
static int num_starts_waw(const rules *r, long p)
{
    const bayan__tok *t = R(r, p);
    if (t->klen != BAYAN__TOK_UNKEYED)
        return STARTS(t->key, AR_WAW);
    const unsigned char *s = (const unsigned char *)r->doc->norm;
    for (size_t i = t->start; i + 1 < t->end; i += 2) {
        if (s[i] != 0xD9)
            return 0;
        if (s[i + 1] == 0x88)
            return 1;
        if (!((s[i + 1] >= 0x8B && s[i + 1] <= 0x9F) || s[i + 1] == 0xB0 || s[i + 1] == 0x80))
            return 0; /* (harakat U+064B-065F, U+0670 and tatweel U+0640 are skipped) */
    }
    return 0;
}

/* A bare number whose unit is understood from the claim before it in the
 * sentence: an earlier value ("from 10.2 million", "مقابل 4.1 مليار") or
 * the target of a change ("to 4.2 billion"), or the next item of a list
 * introduced by its own و-noun ("، والعراق 4.2 مليون"; 2 then). */
static int elided_unit(const rules *r, long p)
{
    long f = p - 1;
    if (!is_word(r, f) || f < r->cs)
        return 0;
    const char *k = T(r, f)->key;
    if (r->lang == BAYAN_LANG_EN)
        return STR_IS(k, "from") || STR_IS(k, "against") || STR_IS(k, "versus") || STR_IS(k, "vs") ||
               STR_IS(k, "to") || (STR_IS(k, "with") && f > 0 && STR_IS(T(r, f - 1)->key, "compared"));
    const char *c = ar_conj(k);
    if (STR_IS(c, "مقابل") || STR_IS(c, "من") || STR_IS(c, "الي"))
        return 1;
    /* "والعراق 4.2 مليون": a و-noun right after a comma, a few words past
     * the figure before, or right after that figure ("الإيرادات 276 مليار
     * ريال والنفقات 264 مليارا") */
    return c != k && STARTS(k, AR_WAW) && f > 0 && (R(r, f - 1)->punct || f - 1 == r->prev_p) &&
                   p - r->prev_p <= 8
               ? 2
               : 0;
}

/* English: "against Arsenal's seven", "compared with Google's 12": a bare
 * number owned by a name ("Arsenal's", one token) after a word of
 * comparison or coordination. */
static int en_owner_item(const rules *r, long p)
{
    if (p < 2 || !is_word(r, p - 1) || !is_word(r, p - 2))
        return 0;
    const char *o = T(r, p - 1)->key;
    size_t on = strlen(o);
    if (on < 3 || !STR_IS(o + on - 2, "'s"))
        return 0;
    const char *k = T(r, p - 2)->key;
    return STR_IS(k, "against") || STR_IS(k, "versus") || STR_IS(k, "vs") || STR_IS(k, "than") ||
           STR_IS(k, "with") || STR_IS(k, "and") || STR_IS(k, "to");
}

/* The deal a price is paid for, in the sentence before token e: a
 * definite noun of dealing ("التعاقد مع المهاجم", "صفقة شراء الشركة"),
 * with its مع / its construct; empty when none. */
/* The end of what a counted noun's own words say of it, from token e: "755,000
 * people [face famine conditions]", "18,000 residents [remain under
 * evacuation orders]", "312 شخصا [في المستشفيات]", "755 ألف شخص [يواجهون
 * ظروفا]". The counted things are named by what is said of them, up to the
 * next clause, list item, link or source; never ending on a function word. */
static long noun_tail(const rules *r, long e)
{
    static const char *const en_end[] = {"and", "or", "but", "while", "whereas", "since", "as", "according",
                                         "which", "who", "that", "compared", "than", "from", "worth", "including",
                                         "with", "after", "before", "because", "when", "where", "if", "to", NULL};
    long last = e, cut = e; /* cut: the end before the last function word */
    int words = 0, maxw = r->lang == BAYAN_LANG_EN ? 4 : 5;
    long j = e;
    for (; j < r->ce && is_word(r, j) && words < maxw; j++) {
        const bayan__tok *t = T(r, j);
        const char *k = t->key;
        if (r->lang == BAYAN_LANG_EN) {
            int end = 0;
            for (int w = 0; en_end[w] && !end; w++)
                end = bayan__str_eq(k, en_end[w]);
            /* "to" ends it unless a verb went before: "lost 11 players to injury" */
            if (end && STR_IS(k, "to") && words == 0)
                end = 0;
            if (end || word_is(r, j, WL_EN_SAY) || R(r, j)->upper)
                break;
            words++;
            if (!word_is(r, j, WL_EN_STOP) && !word_is(r, j, WL_EN_DET))
                last = j + 1;
            else if (last > e || words == 1)
                cut = last;
        } else {
            /* (a few nouns start with a root و: "حالة وفاة", "200 حالة ولادة") */
            int root_waw = KEY_IS(t, "وفاه") || KEY_IS(t, "وفيات") || KEY_IS(t, "ولاده") || KEY_IS(t, "ولادات") ||
                           KEY_IS(t, "وظيفه") || KEY_IS(t, "وظائف") || KEY_IS(t, "وجبه") || KEY_IS(t, "وجبات");
            if (!is_ar(k) || (ar_conj(k) != k && !root_waw) || KEY_IS(t, "لكل"))
                break; /* "وطالبة", "وصنع": the next item or clause; "لكل": a rate's base */
            int prep = KEY_IS(t, "في") || (KEY_IS(t, "الي") && words > 0);
            if ((stop_word(r, j) && !prep) || KEY_IS(t, "لمده") || KEY_IS(t, "بمده") || KEY_IS(t, "مقابل") ||
                (TM(r, j)->m_in & (BIT(WL_AR_LINK) | BIT(WL_AR_ATTRIB) | BIT(WL_AR_TIMEPREP) | BIT(WL_AR_SRCMARK) |
                                   BIT(WL_AR_SAY))))
                break;
            words++;
            if (!prep)
                last = j + 1;
        }
    }
    /* the words ran out inside a phrase ("firefighters make their first
     * real [progress]", "قرارات للجمعية العامة للأمم [المتحدة]"): keep what
     * is whole, not half a phrase */
    if (words == maxw && j < r->ce && is_word(r, j) && !stop_word(r, j) && !(r->lang == BAYAN_LANG_EN && R(r, j)->upper))
        return r->lang == BAYAN_LANG_EN ? cut : e;
    return last;
}

static span ar_deal_before(const rules *r, long e)
{
    static const char *const deal[] = {"تعاقد", "صفقه", "انتقال", "شراء", "بيع", "استحواذ", "عقد", "اتفاق",
                                       "اتفاقيه", "ضم", "استئجار", "تجديد", NULL};
    span none = {0, 0};
    for (long i = e - 1; i >= 0 && i >= e - 20; i--) {
        if (!is_word(r, i))
            continue;
        char b[BAYAN__KEY_MAX];
        ar_bare(T(r, i)->key, b);
        for (int d = 0; deal[d]; d++)
            if (bayan__str_eq(b, deal[d])) {
                span s = {i, i + 1};
                if (is_word(r, i + 1) && i + 2 < e && STR_IS(T(r, i + 1)->key, "مع") && is_word(r, i + 2))
                    s.b = i + 3; /* "التعاقد مع المهاجم" */
                else if (is_word(r, i + 1) && i + 1 < e && !stop_word(r, i + 1))
                    s.b = i + 2; /* "صفقة شراء" */
                return s;
            }
    }
    return none;
}

/* A pronoun alone, or a particle carrying one: "إنها", "وأنه", "هي", "it". */
ALWAYS_INLINE int pronoun_word(const char *key)
{
    static const char *const pro[] = {"انها", "انه", "انهم", "انهما", "بانها", "بانه", "لانها", "لانه", "هي", "هو",
                                      "هم", "هما", "it", "they", "he", "she", NULL};
    const char *k = ar_conj(key);
    if (strlen(k) > 10)
        return 0; /* longer than any of them */
    for (int i = 0; pro[i]; i++)
        if (bayan__str_eq(k, pro[i]) || bayan__str_eq(key, pro[i]))
            return 1;
    return 0;
}

/* An Arabic word shaped like a present verb: ت/ي + three letters or more,
 * no article, not ending as a noun does (ة, ات): "تتطلب", "يضخ". */
static int ar_imperfect_shape(const char *key)
{
    size_t n = strlen(key);
    if (!is_ar(key) || ar_has_al(key) || !cps_ge(key, 4) || n < 8)
        return 0;
    if (!STARTS(key, "\xd8\xaa") && !STARTS(key, "\xd9\x8a"))
        return 0;
    return !STR_IS(key + n - 2, "\xd9\x87") && !STR_IS(key + n - 4, "\xd8\xa7\xd8\xaa");
}

/* An Arabic place phrase between a verb and the number at e, its subject:
 * "يعمل [في القطاع الصناعي] 3 ملايين عامل", "تقدم [للامتحان] 745 ألف
 * طالب". Empty when there is none. */
static span ar_verb_place(const rules *r, long e)
{
    span none = {0, 0};
    long f = -1;
    for (long i = e - 1; i >= r->cs && i >= e - 4; i--)
        if (is_word(r, i) && KEY_IS(T(r, i), "في")) {
            f = i;
            break;
        }
    if (f < 0 && e - 1 > r->cs && is_word(r, e - 1) && STARTS(T(r, e - 1)->key, AR_LAM AR_LAM) &&
        cps_ge(T(r, e - 1)->key, 5))
        f = e - 1; /* "للامتحان" */
    if (f < 0 || f - 1 < r->cs || (f == e - 1 && !STARTS(T(r, f)->key, AR_LAM AR_LAM)))
        return none;
    for (long i = f + 1; i < e; i++)
        if (!is_word(r, i) || stop_word(r, i) || !is_ar(T(r, i)->key))
            return none;
    const char *vk = T(r, f - 1)->key;
    if (!is_word(r, f - 1) || !is_ar(vk) || ar_has_al(vk) || (stop_word(r, f - 1) && !tok_ar_verb(r, f - 1)))
        return none;
    const char *v = ar_conj(vk);
    if (!(tok_ar_verb(r, f - 1) || ar_imperfect_shape(v) || ar_verb_form(v)))
        return none;
    span s = {f, e};
    return s;
}

/* Analyses the number at token p; returns 1 and fills *c / *info when it is
 * a claim, 0 when not, -1 when out of memory. */
/* a, sep and b joined, in the document's arena; NULL when out of memory. */
static const char *arena_join(bayan_doc *doc, const char *a, const char *sep, const char *b)
{
    size_t al = strlen(a), sl = strlen(sep), bl = strlen(b);
    char *t = malloc(al + sl + bl);
    if (!t)
        return NULL;
    memcpy(t, a, al);
    memcpy(t + al, sep, sl);
    memcpy(t + al + sl, b, bl);
    const char *r = bayan__arena_str(doc, t, al + sl + bl);
    free(t);
    return r;
}

/* The clause before a fraction at token pre is a verb alone, or a verb and
 * a prepositional phrase ("يعيش ثلث", "ويعمل في الزراعة ربع"): the fraction
 * is its subject. */
static int ar_fraction_subject(const rules *r, long pre)
{
    long i = r->cs;
    while (i < pre && is_word(r, i) && stop_word(r, i) && !tok_ar_verb(r, i))
        i++;
    if (i >= pre || !is_word(r, i) || !is_ar(T(r, i)->key) || tok_has_al(r, i))
        return 0;
    const char *v = TC(r, i);
    int verb = tok_ar_verb(r, i) || STARTS(v, "\xd9\x8a") || STARTS(v, "\xd8\xaa"); /* ي / ت: imperfect */
    if (++i == pre)
        return 1;
    if (!verb || !is_word(r, i))
        return 0;
    const char *k = T(r, i)->key;
    return pre - i <= 4 && (STR_IS(k, "في") || STR_IS(k, "علي") || STR_IS(k, "الي") || STR_IS(k, "خلال") ||
                            STR_IS(k, "داخل") || STR_IS(k, "عبر"));
}

/* "54% in rural districts": the place or group after a figure, "in" or
 * "among" then a noun phrase that is not a time ("in March", "in 2023") */
static span en_in_item(const rules *r, long q, long ce)
{
    span none = {0, 0};
    if (q + 1 >= ce || !is_word(r, q) || !(KEY_IS(T(r, q), "in") || KEY_IS(T(r, q), "among")))
        return none;
    long a = q + 1;
    while (a < ce && is_word(r, a) && word_is(r, a, WL_EN_DET))
        a++;
    if (a >= ce || !is_word(r, a) || word_is(r, a, WL_EN_TIMEW) || stop_word(r, a) ||
        en_time_adverb(T(r, a)->key) || KEY_IS(T(r, a), "first") || KEY_IS(T(r, a), "second") ||
        KEY_IS(T(r, a), "third") || KEY_IS(T(r, a), "fourth") || KEY_IS(T(r, a), "early") ||
        KEY_IS(T(r, a), "late") || KEY_IS(T(r, a), "trading") || KEY_IS(T(r, a), "terms") ||
        KEY_IS(T(r, a), "total"))
        return none;
    span s = np_forward(r, a, ce, 3);
    if (sp_empty(s) || word_is(r, s.b - 1, WL_EN_TIMEW))
        return none;
    return s;
}

/* A series of places or groups: the figure at p and another of the same
 * sentence are each followed by their own "in X" */
static int en_in_series(const rules *r, long p)
{
    for (long i = 0; i < (long)r->ntok; i++)
        if (i != p && R(r, i)->num >= 0 && !sp_empty(en_in_item(r, i + 1, (long)r->ntok)))
            return 1;
    return 0;
}

/* A verb of following in a ranking: "تلتها", "تلاه", "يليها", "ثم" (the
 * word i, with or without و/ف; claims_words.c: WL_AR_FOLLOW). */
static int ar_follows(const rules *r, long i)
{
    return (tok_key_conj_mask(r, i) & BIT(WL_AR_FOLLOW)) != 0;
}

/* A preposition with an attached pronoun: "فيها", "منه", "لها", "عليها"
 * (the word i, with or without و/ف; claims_words.c: WL_AR_PP_PRON). */
static int ar_pp_pronoun(const rules *r, long i)
{
    return (tok_key_conj_mask(r, i) & BIT(WL_AR_PP_PRON)) != 0;
}

/* "الإعصار في انقطاع الكهرباء": an act of two words or more after في is
 * the act itself (a place after في is mostly one word: "في عمان"). */
static span ar_act_after_fi(const rules *r, span act)
{
    for (long i = act.b - 3; i > act.a; i--)
        if (is_word(r, i) && KEY_IS(T(r, i), "في")) {
            act.a = i + 1;
            break;
        }
    return act;
}

/* "وحل الحزب المعارض ثانيا بـ97 مقعدا", "أن السوق الألمانية جاءت في
 * المرتبة الأولى بنحو 720 ألف زائر": a count after ب at the end of a clause
 * whose subject (after a particle, or after the verb opening the clause) is
 * a definite phrase belongs to that subject. */
static span ar_ba_owner(const rules *r, long p)
{
    span none = {0, 0};
    long a = -1;
    for (long i = r->cs; i < p; i++)
        if (word_is(r, i, WL_AR_PARTICLE))
            a = i + 1;
    if (a < 0) {
        if (!is_word(r, r->cs) || tok_has_al(r, r->cs) || !is_ar(T(r, r->cs)->key))
            return none;
        a = r->cs + 1; /* after the verb */
    }
    if (a >= p || !is_word(r, a) || stop_word(r, a))
        return none;
    long b = a + 1;
    if (!tok_has_al(r, a) && !(b < p && is_word(r, b) && tok_has_al(r, b)))
        return none;
    while (b < p && b < a + 4 && is_word(r, b) && tok_has_al(r, b) && !stop_word(r, b) &&
           !word_is(r, b, WL_AR_TIMEW))
        b++;
    if (b >= p)
        return none;
    span s = {a, b};
    return s;
}

/* Arabic: a count whose label is its noun alone, with one word we do not
 * list right before the number ("أن مطارات المملكة استقبلت 128 مليون
 * مسافر", "تعتزم الحكومة إنجاز 16 سدا"). After a particle or at the clause
 * start, a definite phrase then that word are a subject and its verb: the
 * subject owns the count. After a word of its own (a verb), they are the
 * verb's subject and a verbal noun taking the count: the verbal noun says
 * what is done to what is counted ("إنجاز سدا"). */
static void ar_count_owner(rules *r, analysis *an)
{
    long w = an->pre - 1;
    /* "انقطاع الكهرباء عن 120 ألف منزل": the act that reached the counted things */
    if (an->p - 2 >= r->cs && is_word(r, an->p - 1) && CONJ_IS(T(r, an->p - 1), "عن")) {
        w = an->p - 1;
        span act = np_backward(r, w, r->cs, 5);
        if (!sp_empty(act) && act.b == w && act.b - act.a >= 2 && !tok_ar_verb(r, act.a) &&
            !stop_word(r, act.a))
            an->owner = ar_act_after_fi(r, act);
        return;
    }
    if (w - 1 < r->cs || !is_word(r, w) || !is_ar(T(r, w)->key) || tok_has_al(r, w) || stop_word(r, w) ||
        word_is(r, w, WL_AR_TIMEW) || word_is(r, w, WL_AR_PARTICLE) || pronoun_suffixed(T(r, w)->key) ||
        !cps_ge(ar_noprep(T(r, w)->key), 4))
        return;
    long a = w;
    while (a - 1 >= r->cs && a > w - 4 && is_word(r, a - 1) && is_ar(T(r, a - 1)->key) && !stop_word(r, a - 1) &&
           !word_is(r, a - 1, WL_AR_PARTICLE) && !word_is(r, a - 1, WL_AR_TIMEW) && !tok_masdar(r, a - 1) &&
           (a == w ? tok_has_al(r, a - 1)
                   : (tok_has_al(r, a - 1) || (a - 2 >= r->cs && !tok_has_al(r, a - 2)))))
        a--;
    if (a == w) {
        /* "تكفي لإطعام مليون شخص": the purpose of the verb before */
        if (STARTS(TC(r, w), AR_LAM) && !tok_has_al(r, w - 1) &&
            (tok_ar_verb(r, w - 1) || ar_imperfect_shape(T(r, w - 1)->key))) {
            an->change = w;
            an->subj.a = an->subj.b = 0; /* (the purpose is nobody's name) */
        }
        return;
    }
    int after_particle = a == r->cs || word_is(r, a - 1, WL_AR_PARTICLE);
    if (after_particle) {
        /* (the first word of the phrase may head it: "مطارات المملكة") */
        an->owner.a = a;
        an->owner.b = w;
        return;
    }
    /* "تكفي لإطعام مليون شخص", "تعتزم الحكومة إنجاز": a word before, not a phrase */
    if (a - 1 == r->cs && !tok_has_al(r, a - 1) && !tok_masdar(r, w)) {
        an->change = w;
        an->subj.a = a;
        an->subj.b = w;
    }
}

/* s without ASCII double quotes and guillemets, its spaces single and
 * trimmed: "شركة \"دو\"" -> "شركة دو" (in the document's arena). */
/* s holds a quotation mark: '"', '\xc2\xab' or '\xc2\xbb' (strchr is
 * vectorised, strstr much slower; nearly every label has none). */
static int has_quote(const char *s)
{
    if (strchr(s, '"'))
        return 1;
    for (const char *c = strchr(s, '\xc2'); c; c = strchr(c + 1, '\xc2'))
        if ((unsigned char)c[1] == 0xAB || (unsigned char)c[1] == 0xBB)
            return 1;
    return 0;
}

static const char *unquoted(bayan_doc *doc, const char *s, int *oom)
{
    size_t n = strlen(s), o = 0;
    char *t = malloc(n + 1);
    if (!t) {
        *oom = 1;
        return s;
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            continue;
        if ((unsigned char)s[i] == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB)) {
            i++;
            continue;
        }
        if (s[i] == ' ' && (o == 0 || t[o - 1] == ' '))
            continue;
        t[o++] = s[i];
    }
    while (o && t[o - 1] == ' ')
        o--;
    const char *r = o ? bayan__arena_str(doc, t, o) : s;
    free(t);
    if (!r) {
        *oom = 1;
        return s;
    }
    return r;
}

/* Words whose first letter ب is their own, not the preposition: "بعدما
 * حقق" is no "ب + عدما", "بلغت" no "ب + لغت" (the verbs of reaching are
 * asked apart, tok_ar_verb). */
static int ba_word(const char *k)
{
    static const char *const own[] = {"بعد", "بعدما", "بين", "بينما", "بسبب", "بدون", "بات", "باتت", "بقي", "بقيت",
                                      "بدا", "بدات", "باع", "باعت", "بيع", "بلغ", "بلغت", "بلغا", "بلغوا", NULL};
    for (size_t i = 0; own[i]; i++)
        if (STR_IS(k, own[i]))
            return 1;
    return 0;
}

/* One number's claim, for documents in language lang (a constant in each
 * of analyse_ar and analyse_en below: most rules are of one language, and a
 * copy per language leaves the other's tests out of the code that runs). */
static inline __attribute__((always_inline)) int analyse(rules *r, long p, size_t sentence, bayan_claim *c,
                                                         bayan__claim_info *info, const bayan_lang lang)
{
    bayan_doc *doc = r->doc;
    long k = R(r, p)->num;
    const bayan__num *n = &doc->nums[k];
    /* cleared by copying zeros: memset of these sizes is a slow "rep stos" */
    static const analysis an_zero;
    static const bayan_claim claim_zero;
    static const bayan__claim_info info_zero;
    analysis an = an_zero;
    int oom = 0;
    an.p = p;
    an.q = p + 1;
    an.verb = -1;
    if (n->pub.kind != BAYAN_NUM_QUANTITY || (!n->pub.has_value && !n->pub.has_range))
        return 0;
    if (vague_numeral(doc, n))
        return 0;
    clause_of(r, p);
    const char *unit = n->pub.unit;
    if (unit && duration(r, p, n))
        return 0; /* "five years ago", "خلال 3 سنوات": a period of time, not a figure */
    if (age_threshold(r, p, n) && (!unit || time_unit(r, n)))
        return 0; /* "من تجاوزوا الستين", "aged 65": an age that defines a group */
    if (rate_base(r, p, n))
        return 0; /* "لكل 100 ألف نسمة", "per 100,000 people": the base of a rate */
    int occ = occasions(doc, n);
    if (occ && multiplied(r, p))
        occ = 0, unit = "times"; /* "يتضاعف ... ثلاث مرات": a multiplier */
    else if (occ)
        unit = "count";
    an.pre = skip_links(r, p);
    int fraction = (n->flags & BAYAN__NUM_FRACTION) ||
                   (n->pub.has_value && n->pub.value > 0 && n->pub.value < 1);
    if (!unit && fraction && is_word(r, p + 1) &&
        (KEY_IS(T(r, p + 1), "of") || KEY_IS(T(r, p + 1), "من") || tok_has_al(r, p + 1))) {
        unit = "fraction"; /* "two-thirds of voters", "ثلث السكان": a share */
        an.partitive = 1;
    } else if (!unit && (n->flags & BAYAN__NUM_FRACTION) && n->pub.has_value && n->pub.value > 0 &&
               n->pub.value < 1 && !(p > 0 && word_is(r, p - 1, lang == BAYAN_LANG_EN ? WL_EN_DET : WL_AR_STOP) &&
                                     lang == BAYAN_LANG_EN)) {
        unit = "fraction"; /* "cut by a third", "one in five households": a share whatever follows */
        an.partitive = 1;
        /* "ثلث هذه الشركات", "a third of these firms": of what, past the demonstrative */
        if (is_word(r, p + 1) && p + 2 < r->ce) {
            const char *dk = T(r, p + 1)->key;
            if (STR_IS(dk, "هذه") || STR_IS(dk, "هذا") || STR_IS(dk, "هولاء") || STR_IS(dk, "تلك") ||
                STR_IS(dk, "these") || STR_IS(dk, "those")) {
                span l = np_forward(r, p + 2, r->ce, 4);
                if (!sp_empty(l))
                    an.label = l;
            }
        }
    }
    /* "يعيش ثلث السكان في المدن", "ويعمل في الزراعة ربع القوى العاملة",
     * "يعاني نصف سكان البلاد": a fraction that is the verb's subject
     * measures the noun it is of, not the verb (but "بلغت حصة الصادرات نصف
     * الناتج" and "السرعة تسببت بثلث الحوادث" measure their own subject) */
    if (unit && STR_IS(unit, "fraction") && an.partitive && sp_empty(an.label) && lang != BAYAN_LANG_EN &&
        is_word(r, p + 1) && !stop_word(r, p + 1) &&
        (tok_has_al(r, p + 1) || (is_word(r, p + 2) && tok_has_al(r, p + 2))) &&
        ar_fraction_subject(r, an.pre)) {
        span l = np_forward(r, p + 1, r->ce, 3);
        if (!sp_empty(l))
            an.label = l;
    }
    /* "142 مقعدا من أصل 300", "12 out of 20": the whole that the figure
     * before is counted against, a count of the same thing */
    if (!unit && r->prev_p >= 0 && r->prev_unit && STR_IS(r->prev_unit, "count") && p >= 2 && is_word(r, p - 1) &&
        is_word(r, p - 2) &&
        ((KEY_IS(T(r, p - 2), "من") && KEY_IS(T(r, p - 1), "اصل")) ||
         (KEY_IS(T(r, p - 2), "out") && KEY_IS(T(r, p - 1), "of")))) {
        unit = "count";
        an.partitive = 1;
        an.label = r->prev_label;
    }
    /* "70 من أصل 100 عامل", "12 out of 20 schools": a part of a counted
     * whole counts the same thing */
    if (!unit && (size_t)p + 4 < r->ntok && is_word(r, p + 1) && is_word(r, p + 2) && R(r, p + 3)->num >= 0 &&
        p + 4 < r->ce && is_word(r, p + 4) && !stop_word(r, p + 4) &&
        ((STR_IS(T(r, p + 1)->key, "من") && STR_IS(T(r, p + 2)->key, "اصل")) ||
         (STR_IS(T(r, p + 1)->key, "out") && STR_IS(T(r, p + 2)->key, "of")))) {
        const bayan__num *w = &doc->nums[R(r, p + 3)->num];
        if (!w->pub.unit && w->pub.kind == BAYAN_NUM_QUANTITY) {
            unit = "count";
            an.partitive = 1;
            an.label.a = p + 4;
            an.label.b = p + 5;
        }
    }
    /* "phones priced above $600", "homes costing under £250,000": a
     * threshold that defines a class of things, not a figure of them */
    if (lang == BAYAN_LANG_EN && (n->pub.qualifier == BAYAN_Q_MORE_THAN || n->pub.qualifier == BAYAN_Q_LESS_THAN) &&
        p >= 1 && is_word(r, p - 1) &&
        (KEY_IS(T(r, p - 1), "priced") || KEY_IS(T(r, p - 1), "costing") || KEY_IS(T(r, p - 1), "earning") ||
         KEY_IS(T(r, p - 1), "worth") || KEY_IS(T(r, p - 1), "valued")) &&
        p >= 2 && is_word(r, p - 2) && en_plural(T(r, p - 2)->key))
        return 0;
    /* "وحصل 900 طالب على معدل يفوق 90%", "استفاد 300 مزارع من قروض تزيد على
     * مليون دينار": a comparative figure on an indefinite noun after a
     * preposition, in the clause of the count before it, is the condition
     * that sorts out what is counted, not a figure of its own ("باستثمارات
     * تتجاوز 100 مليار" after a comma, or with no count, stays a claim) */
    if (lang != BAYAN_LANG_EN && r->prev_p >= 0 && r->prev_unit && STR_IS(r->prev_unit, "count") &&
        (n->pub.qualifier == BAYAN_Q_MORE_THAN || n->pub.qualifier == BAYAN_Q_LESS_THAN ||
         n->pub.qualifier == BAYAN_Q_AT_LEAST) &&
        n->qual_end > n->qual_start) {
        long j = p - 1;
        while (j > r->prev_p && R(r, j)->start >= n->qual_start)
            j--; /* past the words of the qualifier ("يفوق", "تزيد على") */
        int cond = j - 1 > r->prev_p && is_word(r, j) && is_word(r, j - 1) && is_ar(T(r, j)->key) &&
                   !tok_has_al(r, j) && TC(r, j) == T(r, j)->key && !stop_word(r, j) &&
                   (CONJ_IS(T(r, j - 1), "علي") || CONJ_IS(T(r, j - 1), "من"));
        for (long i = r->prev_p + 1; cond && i < j - 1; i++)
            if (R(r, i)->punct || R(r, i)->num >= 0 || R(r, i)->clause != R(r, p)->clause)
                cond = 0;
        if (cond && R(r, r->prev_p)->clause == R(r, p)->clause)
            return 0;
    }
    /* "الذهب عيار 21": a grade of gold names, it does not measure */
    if (!unit && lang != BAYAN_LANG_EN && is_word(r, p - 1) && STR_IS(TC(r, p - 1), "عيار"))
        return 0;
    /* "fewer than the 170,000 economists had expected": the plural after
     * the figure is the subject of a relative clause of expecting, not
     * what is counted; that clause says what the figure is */
    if (!unit && lang == BAYAN_LANG_EN && p >= 1 && is_word(r, p - 1) && word_is(r, p - 1, WL_EN_DET) &&
        p + 2 < r->ce && is_word(r, p + 1) && !R(r, p + 1)->upper && en_plural(T(r, p + 1)->key)) {
        long v = p + 2;
        if (is_word(r, v) && v + 1 < r->ce &&
            (KEY_IS(T(r, v), "had") || KEY_IS(T(r, v), "have") || KEY_IS(T(r, v), "were") || KEY_IS(T(r, v), "are")))
            v++;
        if (is_word(r, v) &&
            (KEY_IS(T(r, v), "expected") || KEY_IS(T(r, v), "forecast") || KEY_IS(T(r, v), "forecasted") ||
             KEY_IS(T(r, v), "predicted") || KEY_IS(T(r, v), "estimated") || KEY_IS(T(r, v), "projected") ||
             KEY_IS(T(r, v), "anticipated"))) {
            an.label.a = p + 1;
            an.label.b = v + 1;
            an.predicate = 1;
            unit = "count";
        }
    }
    /* "a two-bedroom flat", "a five-star hotel", "12-year-old pupils": a
     * number glued by a hyphen to the word after it makes an adjective */
    if (!unit && lang == BAYAN_LANG_EN && (size_t)p + 1 < r->ntok && en_num_glued(r, p + 1))
        return 0;
    if (!unit) {
        find_counted_noun(r, &an);
        if (!an.count_noun) {
            /* a following time word makes it a period ("5 سنوات", "3 years") */
            if (is_word(r, p + 1) && (word_is(r, p + 1, lang == BAYAN_LANG_EN ? WL_EN_TIMEW : WL_AR_TIMEW)))
                return 0;
        } else {
            an.q = an.noun.b;
        }
        if (n->pub.has_value && n->pub.value == 1 && (n->flags & BAYAN__NUM_WORDS))
            return 0; /* "one of", "واحدة من": not a figure */
        if (an.count_noun && measure_word(r, an.noun.a) && !league_points(r, an.noun.a)) {
            unit = measure_word(r, an.noun.a); /* "15 inches": a unit the scanner did not know */
            an.measure = 1;
            an.q = an.noun.a + 1;
        }
        if (lang == BAYAN_LANG_EN && en_set_reference(r, p, n))
            return 0; /* "the five countries": a reference to a set, not a figure */
        if (!unit)
            unit = "count";
    }

    /* "the $4.1 billion the United Nations says is needed": a relative
     * clause without "that" after the figure says what it is */
    int contact = 0;
    if (lang == BAYAN_LANG_EN && sp_empty(an.label) && is_word(r, an.q)) {
        long j = an.q;
        while (j < r->ce && j < an.q + 6 && is_word(r, j) && !word_is(r, j, WL_EN_SAY))
            j++;
        if (j > an.q && j + 2 < r->ce && word_is(r, j, WL_EN_SAY) && word_is(r, an.q, WL_EN_DET) &&
            is_word(r, j + 1) && is_word(r, j + 2) &&
            (KEY_IS(T(r, j + 1), "is") || KEY_IS(T(r, j + 1), "are") || KEY_IS(T(r, j + 1), "was") ||
             KEY_IS(T(r, j + 1), "were")) &&
            en_past(r, j + 2)) {
            an.label.a = an.q + 1;
            an.label.b = j + 3;
            an.predicate = 1;
            contact = 1;
        }
    }
    /* "مقابل 39 في المائة لشركة دو", "بنسبة 12% للقطاع الخاص": a share
     * followed by ل + a noun is that noun's share (not "للمرة الثالثة",
     * "للعام الثاني", "لكل", "للبرميل") */
    if (sp_empty(an.label) && lang != BAYAN_LANG_EN && unit && STR_IS(unit, "percent") && !contact &&
        is_word(r, an.q) && an.q < r->ce && is_ar(T(r, an.q)->key)) {
        const char *lk = T(r, an.q)->key;
        char lb[BAYAN__KEY_MAX];
        ar_bare(lk, lb);
        if (STARTS(lk, AR_LAM) && cps_ge(lk, 4) && !KEY_IS(T(r, an.q), "لكل") && !tok_ar_verb(r, an.q) &&
            !ar_imperfect_shape(lk + 2) && !(STARTS(lk, AR_LAM AR_LAM) && ar_per_unit(lk)) &&
            !bayan__wl_has(WL_AR_TIMEW, lb) && !bayan__wl_has(WL_AR_OCCASION, lb)) {
            span l = np_forward(r, an.q, r->ce, 3);
            if (!sp_empty(l)) {
                an.label = l;
                an.purpose = 1; /* (copied without its ل) */
                an.predicate = 1;
            }
        }
    }
    /* "أي ضعف ما أنفقته في الموسم الماضي", "double what it spent": a
     * multiplier of a relative clause measures against what it names */
    if (sp_empty(an.label) && unit && STR_IS(unit, "times") && !contact && is_word(r, an.q) && an.q + 1 < r->ce &&
        is_word(r, an.q + 1) && (KEY_IS(T(r, an.q), "ما") || KEY_IS(T(r, an.q), "what"))) {
        long b = an.q + 1;
        while (b < r->ce && b < an.q + 6 && is_word(r, b))
            b++;
        while (b > an.q + 2 && (KEY_IS(T(r, b - 1), "in") || KEY_IS(T(r, b - 1), "since") ||
                                KEY_IS(T(r, b - 1), "قبل") || KEY_IS(T(r, b - 1), "في") || KEY_IS(T(r, b - 1), "منذ")))
            b--; /* not ending on "قبل" or "in" (a year after it is no word) */
        an.label.a = an.q;
        an.label.b = b;
        an.predicate = 1;
    }
    /* "مقابل 37.2 في المائة في الوسط القروي", "و41% في الجنوب": the item
     * set against the figure before is the place after it */
    if (sp_empty(an.label) && lang != BAYAN_LANG_EN && unit && STR_IS(unit, "percent") && !contact &&
        r->prev_p >= 0 && an.q + 1 < r->ce && is_word(r, an.q) && KEY_IS(T(r, an.q), "في") &&
        is_word(r, an.q + 1) && tok_has_al(r, an.q + 1) && !word_is(r, an.q + 1, WL_AR_TIMEW) &&
        !stop_word(r, an.q + 1) &&
        ((an.pre - 1 >= r->cs && is_word(r, an.pre - 1) && CONJ_IS(T(r, an.pre - 1), "مقابل")) || num_starts_waw(r, p))) {
        span l = np_forward(r, an.q + 1, r->ce, 3);
        /* (not a time set against another: "في الدورة السابقة", "في التاريخ نفسه") */
        int when = 0;
        for (long i = l.a; i < l.b && !when; i++) {
            char b[BAYAN__KEY_MAX];
            ar_bare(T(r, i)->key, b);
            when = bayan__wl_has(WL_AR_THEN, b) || bayan__wl_has(WL_AR_TIMEW, b);
        }
        if (!sp_empty(l) && !when) {
            an.label = l;
            an.predicate = 1;
        }
    }
    if (!contact)
        comparative_rule(r, &an);
    if (sp_empty(an.label))
        attrib_rule(r, &an);
    /* "a total of 1,250 flights", "عدد 40 مدرسة": a bare measure word
     * before the number leaves what is counted to the noun */
    if (an.count_noun && !sp_empty(an.label) && !n->pub.unit &&
        (an.label.b == an.label.a + 1 || (an.label.b == an.label.a + 2 && word_is(r, an.label.a, WL_EN_DET)))) {
        char b[BAYAN__KEY_MAX];
        if (is_ar(T(r, an.label.b - 1)->key))
            ar_bare(T(r, an.label.b - 1)->key, b);
        else
            strcpy(b, T(r, an.label.b - 1)->key);
        if (STR_IS(b, "total") || STR_IS(b, "number") || STR_IS(b, "sum") || STR_IS(b, "tally") ||
            STR_IS(b, "عدد") || STR_IS(b, "اجمالي") || STR_IS(b, "مجموع"))
            an.label = an.noun;
    }
    /* "closing a $46 million shortfall", "through a 2.5% increase in the
     * levy": after "a" the figure qualifies the noun that follows it */
    if (sp_empty(an.label) && r->lang == BAYAN_LANG_EN && an.pre >= r->cs && an.pre < p && en_article(r, an.pre))
        en_post_noun_rule(r, &an);
    /* "winds gusting up to 60 mph", "..., committing €520 million": a
     * participle before the figure says what its noun, or the subject of
     * the clause it hangs on, does */
    if (sp_empty(an.label) && lang == BAYAN_LANG_EN && an.pre - 1 >= r->cs && en_participle(r, an.pre - 1)) {
        long v = an.pre - 1;
        span s = np_backward(r, v, r->cs, 4);
        /* (not "rose in after-hours trading to $212": a noun in -ing after a preposition) */
        if (!sp_empty(s) && s.b == v && (s.a == r->cs || !stop_word(r, s.a - 1))) {
            an.label.a = s.a;
            an.label.b = v + 1;
        } else if (v == r->cs && v >= 2 && KEY_IS(T(r, v - 1), ",")) {
            long ca = v - 1;
            while (ca > 0 && !R(r, ca - 1)->punct)
                ca--;
            s = np_forward(r, ca, v - 1, 5);
            if (!sp_empty(s) && s.b < v - 1 && stop_word(r, s.b))
                an.label = s;
        }
    }
    if (sp_empty(an.label))
        en_post_noun_rule(r, &an);
    /* "سعر الإقراض عند 25%", "استقر سعر الدولار عند نحو 48.5 جنيه": X عند N
     * measures X (or the subject of the verb before عند) */
    if (sp_empty(an.label) && lang != BAYAN_LANG_EN && an.pre == p && p - 1 >= r->cs && is_word(r, p - 1) &&
        CONJ_IS(T(r, p - 1), "عند")) {
        span x = np_backward(r, p - 1, r->cs, 5);
        const char *xk = sp_empty(x) ? "" : ar_conj(T(r, x.b - 1)->key);
        if (x.b - x.a > 1 && ar_purpose_verb(xk)) {
            x.b--; /* "صعد سعر الأوقية ليتداول عند": what the purpose verb's subject is */
            xk = "";
        }
        if (!sp_empty(x) && x.b - x.a == 1 && ar_purpose_verb(xk) && r->prev_p >= 0 &&
            !sp_empty(r->prev_label)) {
            an.label = r->prev_label; /* "صعد سعر الأوقية 1.8% ليتداول عند 2640 دولارا": the result of the change */
            an.predicate = 1;
        } else if (!sp_empty(x) && !tok_ar_verb(r, x.b - 1)) {
            an.label = x;
            an.predicate = 1;
        } else {
            an.pre = p - 1; /* the verb's own subject, below */
        }
    }
    /* "a new contract for three years", "انقطاع الكهرباء عن المنازل لمدة ست
     * ساعات": how long what is named before lasts */
    if (sp_empty(an.label) && n->pub.unit && n->unit_end > n->unit_start && p - 1 > r->cs && is_word(r, p - 1) &&
        (KEY_IS(T(r, p - 1), "for") || CONJ_IS(T(r, p - 1), "لمده") || CONJ_IS(T(r, p - 1), "طوال") ||
         CONJ_IS(T(r, p - 1), "طيله")) &&
        time_unit(r, n)) {
        an.label = np_backward(r, p - 1, r->cs, 4);
        /* "قطع التيار عن 22 منطقة لمدة ساعتين": how long the act lasts, not
         * the things it reached */
        long e = an.label.a - 1;
        if (!sp_empty(an.label) && lang != BAYAN_LANG_EN && e - 1 > r->cs && R(r, e)->num >= 0 &&
            is_word(r, e - 1) && CONJ_IS(T(r, e - 1), "عن")) {
            span act = np_backward(r, e - 1, r->cs, 5);
            if (!sp_empty(act) && act.b == e - 1 && !tok_ar_verb(r, act.a))
                an.label = ar_act_after_fi(r, act);
        }
    }
    if (sp_empty(an.label)) {
        predicate_rule(r, &an);
        /* "سجل المهاجم 19 هدفًا", "the stadium will add 5,000 seats": the
         * verb's subject is who did it; what is counted is the noun, unless
         * the subject itself names a measure ("بلغ عدد السكان 100 مليون نسمة") */
        if (an.count_noun && !n->pub.unit && !sp_empty(an.label) && !measure_head(r, an.label) &&
            (lang != BAYAN_LANG_EN || !is_word(r, an.noun.b) || an.noun.b >= r->ce || stop_word(r, an.noun.b))) {
            an.owner = an.label;
            an.label = an.noun; /* (an English noun running on, "12 basis points", is not surely the
                                 * counted one; an Arabic one is followed by its modifiers) */
        }
    }
    /* "وإنها باتت تشكل نحو 42% من ...": a pronoun names nothing; the من
     * phrase, or the figure before, says what is measured */
    if (an.label.b == an.label.a + 1 && is_word(r, an.label.a) && pronoun_word(T(r, an.label.a)->key))
        an.label.a = an.label.b = 0;
    if (sp_empty(an.label))
        of_rule(r, &an);
    /* "including 2.1 million who crossed the border", "5,000 that remain":
     * a bare figure with a relative clause after it is what that clause says */
    if (sp_empty(an.label) && lang == BAYAN_LANG_EN && !an.count_noun && an.q + 1 < r->ce && is_word(r, an.q) &&
        (KEY_IS(T(r, an.q), "who") || KEY_IS(T(r, an.q), "that")) && is_word(r, an.q + 1) &&
        !word_is(r, an.q + 1, WL_EN_DET)) {
        long e = an.q + 1;
        while (e < r->ce && e < an.q + 6 && is_word(r, e))
            e++;
        an.label.a = an.q + 1;
        an.label.b = e;
    }
    /* ", or 98 cents per share,", "72 km (45 miles)": a figure that restates
     * the one before measures the same thing ("per share" says how) */
    int restates = r->prev_p >= 0 && p >= 2 && R(r, p - 1)->punct == 0 && is_word(r, p - 1) &&
                   KEY_IS(T(r, p - 1), "or") && R(r, p - 2)->punct && KEY_IS(T(r, p - 2), ",");
    restates |= r->prev_p >= 0 && r->prev_p >= p - 3 && p >= 1 && R(r, p - 1)->punct && KEY_IS(T(r, p - 1), "(");
    if (restates && sp_empty(an.label)) {
        long q = an.q;
        if (lang == BAYAN_LANG_EN && is_word(r, q) && q + 1 < r->ce && is_word(r, q + 1) &&
            (STR_IS(T(r, q)->key, "per") || STR_IS(T(r, q)->key, "a")) && !stop_word(r, q + 1)) {
            an.label.a = q;
            an.label.b = q + 2;
        } else {
            an.label = r->prev_label;
        }
        an.predicate = 1;
    }
    if (sp_empty(an.label))
        from_rule(r, &an);
    /* "10.5 million barrels in May from 10.2 million in April", "9.7 مليون
     * برميل، والعراق 4.2 مليون": an earlier value, or the next item, of a
     * figure with a unit leaves the unit understood */
    const bayan__num *unit_of = NULL;
    int unit_item = 0;
    if (!n->pub.unit && !occ && !an.count_noun && !an.measure && !an.partitive && r->prev_p >= 0 && r->prev_unit &&
        !STR_IS(r->prev_unit, "count") && !STR_IS(r->prev_unit, "times") && !STR_IS(r->prev_unit, "fraction") &&
        !STARTS(r->prev_unit, "percent") && (unit_item = elided_unit(r, p)) != 0) {
        unit = r->prev_unit;
        unit_of = &doc->nums[R(r, r->prev_p)->num];
        an.predicate = 1;
        if (sp_empty(an.label) && lang != BAYAN_LANG_EN && is_word(r, p - 1) && TC(r, p - 1) != T(r, p - 1)->key)
            an.label.a = p - 1, an.label.b = p; /* "والعراق 4.2 مليون": the item */
    }
    if (sp_empty(an.label) && occ) {
        long a = an.pre - 8 > r->cs ? an.pre - 8 : r->cs;
        an.label.a = a;
        an.label.b = an.pre;
    }
    if (sp_empty(an.label) && an.count_noun) {
        an.label = an.noun;
        /* "150 نوعًا من الطيور", "20 طنًا من القمح": the من phrase says of what */
        long m = an.noun.b;
        /* "17 كرة على المرمى": so does an على complement (not "على الأقل") */
        if (lang != BAYAN_LANG_EN && is_word(r, m) && m + 1 < r->ce &&
            (KEY_IS(T(r, m), "من") || (KEY_IS(T(r, m), "علي") && is_word(r, m + 1) && !KEY_IS(T(r, m + 1), "الاقل"))) &&
            is_word(r, m + 1) && tok_has_al(r, m + 1)) {
            span of = np_forward(r, m + 1, r->ce, 3);
            if (!sp_empty(of))
                an.label.b = of.b;
        }
    }
    /* "30 were injured", "2 died": a bare number as the subject of a verb */
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && lang == BAYAN_LANG_EN &&
        is_word(r, p + 1) && (word_is(r, p + 1, WL_EN_AUX) || en_past(r, p + 1)) && !KEY_IS(T(r, p + 1), "to") &&
        !KEY_IS(T(r, p + 1), "for") && !en_set_reference(r, p, n)) {
        long e = p + 1;
        while (e < r->ce && e < p + 4 && is_word(r, e) && (word_is(r, e, WL_EN_AUX) || en_past(r, e)))
            e++;
        /* "11 were taken to hospital": an irregular participle after the
         * auxiliary, and where it took them */
        if (e < r->ce && is_word(r, e) && word_is(r, e - 1, WL_EN_AUX) && !R(r, e)->upper &&
            !word_is(r, e, WL_EN_DET) && !word_is(r, e, WL_EN_STOP) && !word_is(r, e, WL_EN_TIMEW)) {
            e++;
            if (e + 1 < r->ce && is_word(r, e) && is_word(r, e + 1) &&
                (KEY_IS(T(r, e), "to") || KEY_IS(T(r, e), "in") || KEY_IS(T(r, e), "into")) &&
                !word_is(r, e + 1, WL_EN_TIMEW)) {
                span o = np_forward(r, e + 1, r->ce, 3);
                if (!sp_empty(o))
                    e = o.b;
            }
        }
        if (sp_empty(an.label)) {
            an.label.a = p + 1;
            an.label.b = e;
        }
        an.predicate = 1;
    }
    /* "injuring more than 5,600", "the party won 29": the figure a verb
     * states, even with no subject of its own in the clause */
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && lang == BAYAN_LANG_EN &&
        an.pre - 1 >= r->cs && (word_is(r, an.pre - 1, WL_EN_VERB) || word_is(r, an.pre - 1, WL_EN_REPR)) &&
        !(an.pre - 2 >= 0 && word_is(r, an.pre - 2, WL_EN_DET)) && !en_set_reference(r, p, n)) {
        if (sp_empty(an.label)) {
            an.label.a = an.pre - 1;
            an.label.b = an.pre;
        }
        an.predicate = 1;
    }
    /* "قتل 12 وأصيب 40": the counted people are the subject of a verb of
     * what befell them */
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && lang != BAYAN_LANG_EN &&
        is_word(r, p - 1) && p - 1 >= r->cs) {
        if (tok_befell(r, p - 1)) {
            if (sp_empty(an.label)) {
                an.label.a = p - 1;
                an.label.b = p;
            }
            an.predicate = 1;
        }
    }
    /* "followed by retailers with 34,000 and agencies with 32,000", "472
     * were killed in X and 186 in Y": a bare item of a list after a count
     * in the same sentence counts the same thing, its noun understood */
    int elided = 0;
    /* "Health care added 52,000 jobs and financial activities 21,000": a
     * noun phrase after "and", the verb and the noun understood */
    long and_item = -1;
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && lang == BAYAN_LANG_EN &&
        r->count_sent == sentence + 1 && is_word(r, p - 1) && !stop_word(r, p - 1) && !R(r, p - 1)->upper) {
        long j = p - 1;
        while (j > p - 4 && j - 1 >= 0 && is_word(r, j - 1) && !stop_word(r, j - 1) && !R(r, j - 1)->upper)
            j--;
        if (j - 1 >= 0 && is_word(r, j - 1) && KEY_IS(T(r, j - 1), "and"))
            and_item = j;
    }
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && lang == BAYAN_LANG_EN &&
        r->count_sent == sentence + 1 && (an.pre - 1 >= r->cs || and_item >= 0) && is_word(r, p - 1) &&
        (STR_IS(T(r, p - 1)->key, "with") || STR_IS(T(r, p - 1)->key, "and") || STR_IS(T(r, p - 1)->key, "or") ||
         STR_IS(T(r, p - 1)->key, "another") || en_owner_item(r, p) || and_item >= 0) &&
        !(n->pub.has_value && n->pub.value == 1 && (n->flags & BAYAN__NUM_WORDS))) {
        elided = 1;
        an.predicate = 1;
        if (sp_empty(an.label) && en_owner_item(r, p))
            an.label.a = p - 1, an.label.b = p; /* "against Arsenal's seven" */
        if (sp_empty(an.label) && and_item >= 0)
            an.label.a = and_item, an.label.b = p; /* "and financial activities 21,000" */
        if (sp_empty(an.label) && STR_IS(T(r, p - 1)->key, "with"))
            an.label = np_backward(r, p - 1, r->cs, 5); /* "retailers with 34,000" */
        if (sp_empty(an.label) && STR_IS(T(r, p - 1)->key, "another") && r->prev_p >= 0)
            an.label = r->prev_label; /* "destroyed 312 structures and damaged another 97" */
        if (sp_empty(an.label) && is_word(r, p + 1) && p + 1 < r->ce && STR_IS(T(r, p + 1)->key, "in"))
            an.label = np_forward(r, p + 2, r->ce, 4); /* "and 186 in the eastern valley" */
    }
    /* "40 ألف طالب، منهم 12 ألفا في الهندسة", "بينها 650": a part of the
     * count before, in the same sentence, counts the same thing */
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && lang != BAYAN_LANG_EN &&
        r->count_sent == sentence + 1 && r->prev_p >= 0 && !sp_empty(r->prev_label) && an.pre - 1 >= r->cs &&
        an.pre == p && is_word(r, p - 1)) {
        const char *pk = TC(r, p - 1);
        if (STR_IS(pk, "منهم") || STR_IS(pk, "منها") || STR_IS(pk, "منهن") || STR_IS(pk, "بينهم") ||
            STR_IS(pk, "بينها") || STR_IS(pk, "بينهن")) {
            an.predicate = 1;
            if (sp_empty(an.label))
                an.label = r->prev_label;
        }
    }
    /* "استحوذ مطار جدة على 49 مليون مسافر، ومطار الرياض على 37 مليونا": a
     * clause joined by و with no verb of its own, after a count, is the
     * next item of that count (the verb and the noun are understood) */
    if (!n->pub.unit && !occ && !an.count_noun && !an.partitive && lang != BAYAN_LANG_EN &&
        r->count_sent == sentence + 1 && r->count_noun && r->prev_p >= 0 && r->prev_unit &&
        STR_IS(r->prev_unit, "count") && r->cs > 0 && R(r, r->cs - 1)->punct && an.pre - 1 > r->cs &&
        is_word(r, r->cs) && STARTS(T(r, r->cs)->key, AR_WAW) && TC(r, r->cs) != T(r, r->cs)->key &&
        !(n->pub.has_value && n->pub.value == 1 && (n->flags & BAYAN__NUM_WORDS))) {
        int verbless = 1;
        for (long i = r->cs; i < an.pre && verbless; i++)
            verbless = is_word(r, i) && !tok_ar_verb(r, i) && !ar_imperfect_shape(TC(r, i)) &&
                       !word_is(r, i, WL_AR_PARTICLE);
        if (verbless) {
            elided = 1;
            an.predicate = 1;
            an.elided_of = r->prev_label; /* the noun the item counts, when the count before was owned */
        }
    }
    /* "kept 2.5 million", "with 46.4 million": a figure with a scale word
     * is a quantity stated, never a name or a place in a list */
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && (n->flags & BAYAN__NUM_SCALED) &&
        n->pub.has_value && n->pub.value >= (lang == BAYAN_LANG_EN ? 1e5 : 1e3) &&
        !(lang == BAYAN_LANG_EN && en_set_reference(r, p, n)))
        an.predicate = 1;
    /* "..., horses at 4.3 million and camels at about 480,000": an item
     * of the list of figures before it in the sentence */
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive && r->lang == BAYAN_LANG_EN &&
        r->prev_p >= 0 && (!r->prev_unit || STR_IS(r->prev_unit, "count"))) {
        long at = an.pre < p && is_word(r, an.pre) && KEY_IS(T(r, an.pre), "at") ? an.pre : an.pre - 1;
        if (at - 1 >= r->cs && is_word(r, at) && KEY_IS(T(r, at), "at") && is_word(r, at - 1) && !stop_word(r, at - 1))
            an.predicate = 1;
    }
    if (!n->pub.unit && !occ && !an.count_noun && !an.predicate && !an.partitive)
        return 0; /* a bare number that neither counts a noun nor is predicated: not a claim */
    if (!n->pub.unit && !occ && !an.count_noun && !an.partitive && !elided && bare_names(r, &an, n))
        return 0; /* "في الدقيقة 90", "Route 66": the number names, it does not measure */
    if (sp_empty(an.label))
        backward_rule(r, &an);
    /* "خطة الاستجابة لهذا العام تتطلب 4.2 مليار دولار": a present verb we do
     * not list, right before the number; its subject stands before it */
    if (lang != BAYAN_LANG_EN && an.label.b > an.label.a + 1 && an.label.b == an.pre &&
        ar_imperfect_shape(T(r, an.label.b - 1)->key) && tok_has_al(r, an.label.b - 2))
        an.label.b--; /* "مشاريع الطرق الجديدة تستهلك 7 مليارات" */
    else if (lang != BAYAN_LANG_EN && an.label.b == an.label.a + 1 && an.label.b == an.pre &&
             ar_imperfect_shape(T(r, an.label.a)->key)) {
        long a = r->cs;
        for (long i = r->cs; i < an.label.a; i++)
            if (word_is(r, i, WL_AR_PARTICLE))
                a = i + 1;
        if (a < an.label.a) {
            span sj = clause_subject(r, a, an.label.a);
            if (!sp_empty(sj))
                an.label = sj;
        }
    }
    /* "أقل بنحو 3 نقاط من مستواه": a noun with a pronoun refers back to the
     * measure of the figure before */
    if (lang != BAYAN_LANG_EN && an.label.b == an.label.a + 1 && r->prev_p >= 0 && !sp_empty(r->prev_label) &&
        pronoun_suffixed(T(r, an.label.a)->key) && R(r, an.label.a)->end >= 2 &&
        !memcmp(r->doc->norm + R(r, an.label.a)->end - 2, "\xd9\x87", 2)) /* ه as written: "مباراة" is no pronoun */
        an.label = r->prev_label;
    /* "بعد نمو بلغ 3.8%", "من مستوى قياسي تجاوز 35%", "a record level of": a
     * bare change or level word stands for the measure named before */
    if (!sp_empty(an.label) && r->prev_p >= 0 && !sp_empty(r->prev_label) && generic_label(r, an.label))
        an.label = r->prev_label;
    if (sp_empty(an.label) && unit && STR_IS(unit, "times") && r->prev_p >= 0)
        an.label = r->prev_label; /* "15 million, roughly three times what it was" */
    if (sp_empty(an.label) && r->prev_p >= 0 && !sp_empty(r->prev_label)) {
        /* "67% in the capital, while it stood at 54%": a pronoun subject
         * names the measure of the figure before; so does a bare list item
         * ("54% in rural districts and 49% in the north") */
        int refers = 0;
        for (long q = r->cs; q < p && !refers; q++)
            if (is_word(r, q)) {
                const char *qk = T(r, q)->key;
                refers = lang == BAYAN_LANG_EN
                             ? (bayan__str_eq(qk, "it") || bayan__str_eq(qk, "they"))
                             : (bayan__str_eq(ar_conj(qk), "هي") || bayan__str_eq(ar_conj(qk), "هو"));
            }
        if (p > 0 && !R(r, p - 1)->punct && is_word(r, p - 1) &&
            (KEY_IS(T(r, p - 1), "and") || KEY_IS(T(r, p - 1), AR_WAW)))
            refers = 1;
        if (refers)
            an.label = r->prev_label;
        /* "58 million units and a 20% share, followed by Apple with 46.4
         * million and 16%": the item is measured like the last figure of
         * its own unit, not like the figure just before */
        if (refers && r->seen_sent == sentence + 1 && unit && r->prev_unit && !bayan__str_eq(unit, r->prev_unit))
            for (int s = r->n_seen - 1; s >= 0; s--)
                if (bayan__str_eq(r->seen[s].unit, unit) && !sp_empty(r->seen[s].label)) {
                    an.label = r->seen[s].label;
                    break;
                }
    }
    /* "Vivo and Transsion rounded out the top five with 9% each": what
     * the clause's named subject has */
    if (sp_empty(an.label) && lang == BAYAN_LANG_EN && p >= 1 && is_word(r, p - 1) && KEY_IS(T(r, p - 1), "with") &&
        is_word(r, r->cs) && R(r, r->cs)->upper) {
        long j = r->cs;
        while (j < p && is_word(r, j) &&
               (R(r, j)->upper || ((KEY_IS(T(r, j), "and") || KEY_IS(T(r, j), "of")) && j + 1 < p && R(r, j + 1)->upper)))
            j++;
        if (j > r->cs && j < p - 1 && !(j == r->cs + 1 && r->cs == 0 && stop_word(r, r->cs)))
            an.label.a = r->cs, an.label.b = j;
    }
    /* "followed by the United States with $315 million and Germany with
     * €244 million": the name just before "with" has the figure */
    if (sp_empty(an.label) && lang == BAYAN_LANG_EN && p >= 2 && is_word(r, p - 1) && KEY_IS(T(r, p - 1), "with") &&
        is_word(r, p - 2) && p - 2 >= r->cs && R(r, p - 2)->upper) {
        long j = p - 2;
        while (j - 1 >= r->cs && is_word(r, j - 1) &&
               (R(r, j - 1)->upper || (KEY_IS(T(r, j - 1), "of") && j - 2 >= r->cs && R(r, j - 2)->upper)))
            j--;
        if (!(j == p - 2 && j == r->cs && stop_word(r, j)))
            an.label.a = j, an.label.b = p - 1;
    }
    /* "التعاقد مع المهاجم لمدة ثلاثة مواسم، مقابل 45 مليون يورو": a price
     * opening its clause is the price of the deal named before */
    if (sp_empty(an.label) && lang != BAYAN_LANG_EN && n->pub.unit && STR_IS(n->pub.unit, "currency") &&
        p >= 2 && is_word(r, p - 1) && STR_IS(TC(r, p - 1), "مقابل") && R(r, p - 2)->punct)
        an.label = ar_deal_before(r, p - 2);
    if (sp_empty(an.label) && is_word(r, an.q) && !stop_word(r, an.q))
        an.label = np_forward(r, an.q, r->ce, 5);
    /* "بعد أن كانت قد تراجعت بنسبة 30.8%", "أي أكثر بنسبة 40% من العام
     * السابق": a change or comparison naming nothing, its subject in the
     * verb, is of what the figure before in the sentence measures */
    if (sp_empty(an.label) && lang != BAYAN_LANG_EN && r->prev_p >= 0 && !sp_empty(r->prev_label) &&
        (an.verb >= 0 || an.comparative || an.predicate || (unit && STARTS(unit, "percent"))))
        an.label = r->prev_label;
    /* "إذ تستورد سنويا قرابة 12 مليون طن": with nothing else named, the
     * verb says what the figure is */
    if (sp_empty(an.label) && lang != BAYAN_LANG_EN) {
        long v = an.pre - 1;
        while (v > r->cs && is_word(r, v) && (word_is(r, v, WL_AR_TIMEW) || KEY_IS(T(r, v), "سنويا") ||
                                             KEY_IS(T(r, v), "شهريا") || KEY_IS(T(r, v), "يوميا")))
            v--;
        if (v >= r->cs && is_word(r, v) && (tok_ar_verb(r, v) || ar_imperfect_shape(TC(r, v))))
            an.label.a = v, an.label.b = v + 1;
    }
    subject_guess(r, &an);
    if (sp_empty(an.owner) && lang != BAYAN_LANG_EN && an.count_noun && !n->pub.unit && an.label.a == an.noun.a &&
        an.label.b == an.noun.b && !an.change &&
        (an.pre == p || (is_word(r, p - 1) && CONJ_IS(T(r, p - 1), "عن"))))
        ar_count_owner(r, &an);
    if (sp_empty(an.owner) && sp_empty(an.subj) && lang != BAYAN_LANG_EN && an.count_noun && !n->pub.unit &&
        an.label.a == an.noun.a && an.label.b == an.noun.b && !an.change && p - 1 > r->cs &&
        ((is_word(r, p - 1) && KEY_IS(T(r, p - 1), AR_BA)) || (n->pub.text && STARTS(n->pub.text, AR_BA))))
        an.owner = ar_ba_owner(r, is_word(r, p - 1) && KEY_IS(T(r, p - 1), AR_BA) ? p - 1 : p);
    span where = {0, 0};
    if (an.count_noun && !n->pub.unit && an.label.a == an.noun.a && an.label.b == an.noun.b) {
        an.label.b = noun_tail(r, an.noun.b);
        if (lang != BAYAN_LANG_EN)
            where = ar_verb_place(r, an.pre);
    }
    while (lang == BAYAN_LANG_EN && an.label.a + 1 < an.label.b && word_is(r, an.label.a, WL_EN_DET))
        an.label.a++; /* "the world's reserves" -> "world's reserves" */

    *c = claim_zero;
    *info = info_zero;
    size_t ts = bayan__num_begin(n), te = n->end;
    if (an.count_noun && !n->pub.unit) {
        /* the counted noun is part of the quantity as written; in Arabic
         * the noun comes first, in English the head comes last */
        te = lang == BAYAN_LANG_EN ? R(r, an.noun.b - 1)->end : R(r, an.noun.a)->end;
    }
    c->start = bayan__doc_orig(doc, ts);
    c->end = bayan__doc_orig(doc, te);
    if (c->end > doc->len || c->end < c->start)
        c->end = c->start;
    if (n->pub.text && c->start == n->pub.start && c->end == n->pub.end) {
        c->text = n->pub.text; /* the same bytes, kept by the document as long as the claims */
    } else {
        c->text = bayan__arena_str(doc, doc->bytes + c->start, c->end - c->start);
        if (!c->text)
            return -1;
    }
    c->value = n->pub.value;
    c->low = n->pub.low;
    c->high = n->pub.high;
    c->has_value = n->pub.has_value;
    c->has_range = n->pub.has_range;
    c->unit = unit;
    c->currency = n->pub.currency;
    if (unit_of && !c->currency)
        c->currency = unit_of->pub.currency;
    if (unit && bayan__str_eq(unit, "currency") && !c->currency)
        c->currency = country_currency(r, unit_of ? unit_of : n);
    if (c->currency && STR_IS(c->currency, "AED"))
        c->currency = dirham_country(r, unit_of ? unit_of : n);
    c->qualifier = n->pub.qualifier;
    /* "ليصل إلى 78 دولارًا" (so reaching 78): a result, not a ceiling */
    if (c->qualifier == BAYAN_Q_UP_TO && n->qual_end > n->qual_start && lang != BAYAN_LANG_EN) {
        char qk[BAYAN__KEY_MAX];
        size_t qe = n->qual_start;
        while (qe < n->qual_end && r->doc->norm[qe] != ' ')
            qe++;
        bayan__word_key(r->doc->norm + n->qual_start, qe - n->qual_start, qk);
        const char *v = ar_conj(qk);
        if (STARTS(v, AR_LAM) && cps_ge(v, 4) && bayan__wl_has(WL_AR_REACH, v + 2))
            c->qualifier = BAYAN_Q_NONE;
    }
    /* "تصل حصة X إلى 50%": the present of reaching sets a ceiling ("up to");
     * "سيصل عدد السكان إلى" (will reach) does not */
    if (c->qualifier == BAYAN_Q_NONE && an.verb >= 0 && p > 0 && is_word(r, p - 1) &&
        CONJ_IS(T(r, p - 1), "الي")) {
        const char *vk = TC(r, an.verb);
        /* "أن يصل" (that it will reach) looks ahead; it sets no ceiling */
        int ahead = an.verb > 0 && is_word(r, an.verb - 1) &&
                    (CONJ_IS(T(r, an.verb - 1), "ان") || KEY_IS(T(r, an.verb - 1), "لن"));
        if ((STR_IS(vk, "تصل") || STR_IS(vk, "يصل")) && !ahead)
            c->qualifier = BAYAN_Q_UP_TO;
    }
    /* "تلتها السوق الروسية بـ650 ألفا", "يليه حوض سبو": the word of
     * following in a ranking is no part of the item it names */
    if (lang != BAYAN_LANG_EN && an.label.b - an.label.a > 1 && is_word(r, an.label.a) &&
        ar_follows(r, an.label.a)) {
        an.label.a++;
        if (an.subj.a == an.label.a && an.subj.b == an.label.b)
            an.subj.a = an.subj.b = 0; /* the item is what is measured, not whose */
    }
    /* "كلفة النقل فيها", "شكوى لكل": a pronoun after a preposition points
     * elsewhere, and "لكل" starts a rate's base; neither is what is measured */
    while (lang != BAYAN_LANG_EN && an.label.b - an.label.a > 1 && is_word(r, an.label.b - 1) &&
           ar_pp_pronoun(r, an.label.b - 1))
        an.label.b--;
    /* "شكوى لكل": the rate's base completes it ("شكوى لكل 100 ألف مسافر") */
    if (lang != BAYAN_LANG_EN && an.label.b - an.label.a > 1 && an.label.b < r->ce && is_word(r, an.label.b - 1) &&
        KEY_IS(T(r, an.label.b - 1), "لكل") && R(r, an.label.b)->num >= 0) {
        long e = an.label.b, base = R(r, e)->num;
        while (e < r->ce && R(r, e)->num == base)
            e++;
        if (e < r->ce && is_word(r, e) && !stop_word(r, e))
            an.label.b = e + 1;
        else
            an.label.b--;
    }
    const char *owned = NULL;
    c->label = span_copy(r, an.label, &oom);
    /* "one child in three": the scanner read the counted noun into the
     * figure; it names what the share is of */
    if (!c->label && lang == BAYAN_LANG_EN && (n->flags & BAYAN__NUM_FRACTION) && n->num_end > n->num_start) {
        const char *t = r->doc->norm;
        size_t a = n->num_start, e = n->num_end;
        while (a < e && t[a] != ' ')
            a++;
        size_t w0 = ++a;
        while (a < e && t[a] != ' ')
            a++;
        if (a + 3 < e && a > w0 && !memcmp(t + a, " in ", 4) && t[w0] >= 'a' && t[w0] <= 'z')
            c->label = arena_span(r, w0, a, &oom);
    }
    if (an.purpose && c->label)
        c->label = lam_free_copy(r, an.label, &oom); /* "للصحة" -> "الصحة": what the money is for, bare */
    if (an.unit_of && c->label)
        c->label = arena_span(r, n->unit_start, sp_end(r, an.label), &oom);
    /* "بكلفة 40 مليار", "بمعدل نمو سنوي 0.85%": the ب before the number
     * joins the measure to the clause; the label is the noun */
    if (c->label && lang != BAYAN_LANG_EN && an.label.b - an.label.a <= 3 && an.label.b >= an.pre - 1 &&
        an.label.b <= p && is_word(r, an.label.a) && !tok_has_al(r, an.label.a) &&
        STARTS(TC(r, an.label.a), AR_BA) && cps_ge(TC(r, an.label.a) + 2, 3) &&
        STARTS(r->doc->norm + sp_start(r, an.label) + (TC(r, an.label.a) - T(r, an.label.a)->key), AR_BA) &&
        !ba_word(TC(r, an.label.a)) && !tok_ar_verb(r, an.label.a)) {
        size_t a = sp_start(r, an.label) + (size_t)(TC(r, an.label.a) - T(r, an.label.a)->key) + 2;
        const char *l = a < sp_end(r, an.label) ? arena_span(r, a, sp_end(r, an.label), &oom) : NULL;
        if (l)
            c->label = l;
    }
    if (!sp_empty(an.attr) && c->label && an.label.b == an.attr.a) {
        const char *m = arena_span(r, R(r, an.attr.a)->start + 2, R(r, an.attr.a)->end, &oom);
        const char *l = m ? span_copy(r, (span){an.label.a, an.label.b}, &oom) : NULL;
        if (m && l && !(c->label = arena_join(doc, m, " ", l)))
            return -1;
    }
    /* "بزيادة 40 مدرسة": the change of what the figure before measures */
    if (an.change > 0 && c->label) {
        const bayan__tok *ct = R(r, an.change);
        size_t skip = (size_t)(ar_noprep(T(r, an.change)->key) - T(r, an.change)->key);
        const char *m = ct->end > ct->start + skip ? arena_span(r, ct->start + skip, ct->end, &oom) : NULL;
        if (m && !(c->label = arena_join(doc, m, " ", c->label)))
            return -1;
    }
    /* "ويعمل في القطاع الصناعي نحو ثلاثة ملايين عامل": the counted noun,
     * then where the verb before it puts them ("عامل في القطاع الصناعي") */
    if (!sp_empty(where) && c->label) {
        const char *w = span_copy(r, where, &oom);
        if (w && !(c->label = arena_join(doc, c->label, " ", w)))
            return -1;
    }
    /* "1.4 million riders a day", "نحو 9500 جنيه شهريا": a rate of time
     * right after the figure says how often, and the label carries it (the
     * unit stays the unit word) */
    if (c->label && an.q < r->ce && is_word(r, an.q) && R(r, an.q)->start >= n->end) {
        long q = an.q;
        span rate = {0, 0};
        if (lang == BAYAN_LANG_EN && q + 1 < r->ce && is_word(r, q + 1) &&
            (KEY_IS(T(r, q), "a") || KEY_IS(T(r, q), "an") || KEY_IS(T(r, q), "per") || KEY_IS(T(r, q), "each") ||
             KEY_IS(T(r, q), "every")) &&
            (KEY_IS(T(r, q + 1), "day") || KEY_IS(T(r, q + 1), "week") || KEY_IS(T(r, q + 1), "month") ||
             KEY_IS(T(r, q + 1), "year") || KEY_IS(T(r, q + 1), "hour")) &&
            /* (not "a year earlier", "a month ago": a time, not a rate) */
            !(q + 2 < r->ce && is_word(r, q + 2) &&
              (KEY_IS(T(r, q + 2), "earlier") || KEY_IS(T(r, q + 2), "ago") || KEY_IS(T(r, q + 2), "before") ||
               KEY_IS(T(r, q + 2), "later") || KEY_IS(T(r, q + 2), "after") || KEY_IS(T(r, q + 2), "prior") ||
               KEY_IS(T(r, q + 2), "on") || KEY_IS(T(r, q + 2), "previously"))))
            rate = (span){q, q + 2};
        else if (lang == BAYAN_LANG_EN &&
                 (KEY_IS(T(r, q), "daily") || KEY_IS(T(r, q), "weekly") || KEY_IS(T(r, q), "monthly") ||
                  KEY_IS(T(r, q), "annually") || KEY_IS(T(r, q), "yearly")))
            rate = (span){q, q + 1};
        else if (lang != BAYAN_LANG_EN &&
                 (KEY_IS(T(r, q), "يوميا") || KEY_IS(T(r, q), "شهريا") || KEY_IS(T(r, q), "سنويا") ||
                  KEY_IS(T(r, q), "اسبوعيا")))
            rate = (span){q, q + 1};
        if (!sp_empty(rate) && (rate.a >= an.label.b || rate.b <= an.label.a)) {
            const char *w = span_copy(r, rate, &oom);
            if (w && !strstr(c->label, w) && !(c->label = arena_join(doc, c->label, " ", w)))
                return -1;
        }
    }
    /* "Turnout stood at 54% in rural districts and 49% in the north": each
     * item of a series of places is measured in its own place */
    if (lang == BAYAN_LANG_EN && c->label && sp_empty(where)) {
        span it = en_in_item(r, an.q, r->ce);
        if (!sp_empty(it) && (it.a >= an.label.b || it.b <= an.label.a) && en_in_series(r, p)) {
            const char *w = span_copy(r, (span){an.q, it.b}, &oom);
            if (w && !(c->label = arena_join(doc, c->label, " ", w)))
                return -1;
        }
    }
    /* "سجل مطار الملك فهد 12.3 مليون مسافر", "the Greens took 41 seats":
     * the count is the subject's; where several subjects count the same
     * noun (a series, settled once all claims are read) the label says whose
     * and what, as a chart title does ("owner: what") */
    /* "وحصل الحزب الحاكم على 142 مقعدا": the short subject after the verb owns the count */
    if (sp_empty(an.owner) && lang != BAYAN_LANG_EN && !sp_empty(an.subj) && an.count_noun && !n->pub.unit &&
        an.label.a == an.noun.a && an.subj.b <= p && tok_has_al(r, an.subj.b - 1) && !an.change)
        an.owner = an.subj; /* (definite words, or a construct ending in one; not "الحكومة
                             * استقبال": a verbal noun after the subject) */
    if (!sp_empty(an.owner) && (an.owner.a >= r->cs || lang != BAYAN_LANG_EN) && an.label.a == an.noun.a && c->label) {
        while (lang == BAYAN_LANG_EN && an.owner.a + 1 < an.owner.b && word_is(r, an.owner.a, WL_EN_DET))
            an.owner.a++;
        /* "سجل اللاعب الموسم الماضي": the time after the subject is not its name */
        for (long i = an.owner.a + 1; i + 1 < an.owner.b; i++)
            if (lang != BAYAN_LANG_EN && is_word(r, i + 1) &&
                (KEY_IS(T(r, i + 1), "الماضي") || KEY_IS(T(r, i + 1), "المقبل") || KEY_IS(T(r, i + 1), "الحالي") ||
                 KEY_IS(T(r, i + 1), "السابق"))) {
                an.owner.b = i;
                break;
            }
        while (an.owner.b > an.owner.a + 1 && (stop_word(r, an.owner.b - 1) || word_is(r, an.owner.b - 1, WL_EN_TIMEW) ||
                                               pronoun_suffixed(T(r, an.owner.b - 1)->key) ||
                                               (lang != BAYAN_LANG_EN && !tok_has_al(r, an.owner.b - 1) &&
                                                cps_ge(T(r, an.owner.b - 1)->key, 4) && R(r, an.owner.b - 1)->end >= 2 &&
                                                !memcmp(doc->norm + R(r, an.owner.b - 1)->end - 2, "\xd9\x87", 2))))
            an.owner.b--; /* "إنتاجية الفدان إلى", "الهلال رصيده" */
        const char *o = span_copy(r, an.owner, &oom);
        if (o && !strstr(o, c->label) && !(owned = arena_join(doc, o, ": ", c->label)))
            return -1;
        /* an Arabic count alone says whose as well: "الحزب الحاكم: مقعدا" */
        if (owned && lang != BAYAN_LANG_EN)
            c->label = owned;
    }
    /* "، ومطار الملك خالد في الرياض على 37 مليونا": the item names its owner
     * (and where, after في) and counts the noun of the count before */
    if (!owned && !sp_empty(an.elided_of) && r->prev_noun_label && !sp_empty(an.label) && c->label &&
        an.label.b <= p) {
        span o = an.label;
        for (long i = o.a + 1; i < o.b; i++)
            if (is_word(r, i) && KEY_IS(T(r, i), "في") && i + 1 < o.b) {
                if (sp_empty(an.subj))
                    an.subj.a = i + 1, an.subj.b = o.b;
                o.b = i;
                break;
            }
        const char *os = span_copy(r, o, &oom);
        const char *ns = span_copy(r, an.elided_of, &oom);
        if (os && ns && !(owned = arena_join(doc, os, ": ", ns)))
            return -1;
    }
    /* quotation marks of a name the label cut ("شركة \"دو"): a label names, it does not quote */
    if (c->label && has_quote(c->label))
        c->label = unquoted(doc, c->label, &oom);
    if (owned && has_quote(owned))
        owned = unquoted(doc, owned, &oom);
    c->subject = span_copy(r, an.subj, &oom);
    long tk = find_time(r, &an, &oom);
    if (tk >= 0) {
        const bayan__num *y = &doc->nums[tk];
        if (y->pub.kind == BAYAN_NUM_YEAR && y->num_end > y->num_start)
            c->time = arena_span(r, y->num_start, y->num_end, &oom);
        else
            c->time = dupstr(doc, y->pub.text, &oom);
    }
    span src = find_source(r, &an);
    c->source = source_copy(r, sp_empty(an.est) ? src : an.est, &oom);
    c->sentence_start = bayan__doc_orig(doc, r->S->start);
    c->sentence_end = bayan__doc_orig(doc, r->S->end);

    long before = r->prev_p; /* the previous claim of this sentence, or -1 */
    if (!restates)
        r->prev_noun_label = an.count_noun && !n->pub.unit && an.label.a == an.noun.a;
    if (!restates) {
        /* a restatement leaves the figure it restates the one before: "…,
         * or 98 cents, from $1.21 billion" is an earlier net income */
        r->prev_p = p;
        r->prev_label = an.label;
        r->prev_unit = unit;
    }
    info->num = (size_t)k;
    info->sentence = sentence;
    info->owned_label = owned;
    info->comparative = an.comparative;
    if (!sp_empty(an.label)) {
        info->label_start = sp_start(r, an.label);
        info->label_end = sp_end(r, an.label);
    }
    if (!sp_empty(an.tail)) {
        info->tail_start = sp_start(r, an.tail);
        info->tail_end = sp_end(r, an.tail);
    }
    if (!sp_empty(an.subj)) {
        info->subj_start = sp_start(r, an.subj);
        info->subj_end = sp_end(r, an.subj);
    }
    if (an.count_noun) {
        /* the noun is compared, never read back: its key's hash is enough */
        info->noun = noun_hash(r, &an);
    }
    if (unit_item == 2)
        info->list_prev = 1; /* "، والعراق 4.2 مليون": the next item */
    if (elided) {
        info->noun = r->count_noun;
        info->list_prev = 1; /* "followed by X with N": the next item of the list */
        if (owned && !sp_empty(an.elided_of))
            info->list_prev = 2; /* "، ومطار الرياض على 37 مليونا": whose verb is understood */
    }
    if (unit && unit[0] == 'c' && STR_IS(unit, "count")) {
        r->count_sent = sentence + 1;
        r->count_noun = info->noun;
    }
    if (unit && !restates) {
        if (r->seen_sent != sentence + 1)
            r->n_seen = 0;
        r->seen_sent = sentence + 1;
        int s = 0;
        while (s < r->n_seen && r->seen[s].unit != unit && !bayan__str_eq(r->seen[s].unit, unit))
            s++;
        if (s == r->n_seen && r->n_seen < 8)
            r->n_seen++;
        if (s < r->n_seen) {
            r->seen[s].unit = unit;
            r->seen[s].label = an.label;
        }
    }
    /* an item of a coordinated list: "، و31%", ", 31%", "and 20%" */
    if (p > 0) {
        const bayan__tok *b = T(r, p - 1);
        const char *bk = b->key;
        if (b->punct ? (bayan__str_eq(bk, ",") || bayan__str_eq(bk, "\xd8\x8c"))
                     : (bayan__str_eq(bk, AR_WAW) || bayan__str_eq(bk, "and") || bayan__str_eq(bk, "or")))
            info->list_prev = 1;
        else if (num_starts_waw(r, p))
            info->list_prev = 1; /* the scanner kept the و in the number */
    }
    /* "شكل الغاز 60% والنفط 25%", "exports of maize rose by 7% and exports
     * of barley by 3%": a figure after the previous one, joined to it by
     * و on a definite noun or by "and", is the next item of the same list
     * (the verb is understood) */
    if (!info->list_prev && before >= 0 && p - before >= 2 && p - before <= 7 &&
        R(r, before)->clause == R(r, p)->clause) {
        int words = 1;
        for (long q = before + 1; q < p && words; q++)
            words = is_word(r, q);
        const char *k0 = words ? T(r, before + 1)->key : "";
        if (words && (lang == BAYAN_LANG_EN ? STR_IS(k0, "and")
                                                : (STARTS(k0, AR_WAW) && ar_conj(k0) != k0 &&
                                                   STARTS(k0 + 2, AR_AL))))
            info->list_prev = 1;
    }
    /* "بنحو 720 ألف زائر، تلتها السوق الروسية بـ650 ألفا، ثم البريطانية
     * بـ480 ألفا": a clause opened by "followed by" or "then" gives the
     * next item */
    if (!info->list_prev && before >= 0 && p - before >= 3 && p - before <= 8 && lang != BAYAN_LANG_EN) {
        for (long q = before + 2; q < p; q++) {
            if (!is_word(r, q) || !R(r, q - 1)->punct)
                continue; /* the first word after a comma */
            const char *fk = TC(r, q);
            if (STR_IS(fk, "ثم") || STR_IS(fk, "تلتها") || STR_IS(fk, "تلاها") || STR_IS(fk, "تلته") ||
                STR_IS(fk, "تلاه") ||
                STR_IS(fk, "يليها") || STR_IS(fk, "تليها") || STR_IS(fk, "يليه") || STR_IS(fk, "تليه"))
                info->list_prev = 1;
            break;
        }
    }
    if (oom)
        return -1; /* strings so far stay in the arena, freed with the claims */
    return 1;
}

static __attribute__((noinline)) int analyse_ar(rules *r, long p, size_t sentence, bayan_claim *c,
                                                bayan__claim_info *info)
{
    return analyse(r, p, sentence, c, info, BAYAN_LANG_AR);
}

static __attribute__((noinline)) int analyse_en(rules *r, long p, size_t sentence, bayan_claim *c,
                                                bayan__claim_info *info)
{
    return analyse(r, p, sentence, c, info, BAYAN_LANG_EN);
}

bayan_status bayan__claims_build(bayan_doc *doc, bayan_lang lang, bayan__claim_info **info_out)
{
    bayan_status rc = BAYAN_ENOMEM;
    builder b = {NULL, NULL, 0, 0};
    /* sentences are tokenised a few at a time, then their numbers
     * analysed: the tokeniser's code and the rules' code each stay in the
     * instruction cache for a batch instead of evicting each other at every
     * sentence (cachegrind: a fifth fewer misses in the claims stage). A
     * batch ends at SENT_BATCH sentences or BATCH_TOKS tokens, so that its
     * tokens stay in the data cache (8 sentences saved more instruction
     * misses but cost as many more data misses). */
    enum { SENT_BATCH = 4, BATCH_TOKS = 128 };
    bayan__sent S[SENT_BATCH];
    size_t s_sentence[SENT_BATCH]; /* each one's ordinal in the document */
    rules r;
    size_t cursor = 0, sentence = 0;
    memset(&r, 0, sizeof r);
    memset(S, 0, sizeof S);
    bayan__wl_init(); /* TM_make looks words up without asking again */
    r.doc = doc;
    r.lang = lang == BAYAN_LANG_EN ? BAYAN_LANG_EN : BAYAN_LANG_AR;
    *info_out = NULL;

    /* every claim is a quantity: room for them all at once, so the arrays
     * neither double past what is needed nor get copied while growing */
    {
        size_t nq = 0;
        for (size_t i = 0; i < doc->n_nums; i++)
            nq += doc->nums[i].pub.kind == BAYAN_NUM_QUANTITY;
        if (nq) {
            b.claims = malloc(nq * sizeof *b.claims);
            b.info = malloc(nq * sizeof *b.info);
            if (!b.claims || !b.info)
                goto out;
            bayan__mem_hint_large(b.claims, nq * sizeof *b.claims);
            bayan__mem_hint_large(b.info, nq * sizeof *b.info);
            b.cap = nq;
        }
    }
    size_t k = 0, from = 0, hint = 0;
    int last = 0;
    while (!last) {
        int nb = 0;
        size_t ntoks = 0;
        while (nb < SENT_BATCH && ntoks < BATCH_TOKS && k < doc->n_nums) {
            /* skip to the next number that could be a claim */
            while (k < doc->n_nums && doc->nums[k].pub.kind != BAYAN_NUM_QUANTITY)
                k++;
            if (k == doc->n_nums)
                break;
            /* the sentence holding it */
            size_t e = bayan__sentence_end(doc, from, &cursor);
            while (e <= bayan__num_begin(&doc->nums[k]) && e < doc->norm_len) {
                from = e;
                sentence++;
                e = bayan__sentence_end(doc, from, &cursor);
            }
            S[nb].num_hint = hint; /* (where the sentence before left the tokeniser) */
            if (bayan__sent_tokenize(doc, from, e, &S[nb]) != BAYAN_OK)
                goto out;
            hint = S[nb].num_hint;
            ntoks += S[nb].n;
            s_sentence[nb++] = sentence;
            sentence++;
            from = e;
            while (k < doc->n_nums && bayan__num_begin(&doc->nums[k]) < e)
                k++;
            if (e >= doc->norm_len) {
                last = 1;
                break;
            }
        }
        if (!nb)
            break;
        if (k >= doc->n_nums)
            last = 1;
        for (int j = 0; j < nb; j++) {
            r.S = &S[j];
            r.toks = S[j].toks;
            r.ntok = S[j].n;
            r.prev_p = -1;
            r.prev_unit = NULL;
            r.prev_label.a = r.prev_label.b = 0;
            r.srcs_ready = 0;
            r.times_ready = 0;
            r.cl_c = -1;
            /* the sentence's numbers, once: analysed in turn, and the years
             * among them are the times (sentence_times) */
            r.nums = S[j].num_toks; /* (listed by the tokeniser) */
            r.n_nums = S[j].n_num_toks;
            for (size_t ni = 0; ni < r.n_nums; ni++) {
                size_t t = (size_t)r.nums[ni];
                if (!grow(&b))
                    goto out;
                int got = r.lang == BAYAN_LANG_EN
                              ? analyse_en(&r, (long)t, s_sentence[j], &b.claims[b.n], &b.info[b.n])
                              : analyse_ar(&r, (long)t, s_sentence[j], &b.claims[b.n], &b.info[b.n]);
                if (got < 0)
                    goto out;
                if (got > 0)
                    b.n++;
            }
        }
    }
    /* "استحوذ مطار جدة على 49 مليون مسافر ... بينما سجل مطار الدمام 12.3
     * مليون مسافر": owners counting the same noun in one sentence or the
     * next are the items of a series, each named by its owner */
    for (size_t i = 0; i < b.n; i++) {
        if (!b.info[i].owned_label)
            continue;
        for (size_t j = i + 1; j < b.n && b.info[j].sentence <= b.info[i].sentence + 1; j++)
            if (b.info[j].owned_label && b.info[j].noun == b.info[i].noun) {
                b.claims[i].label = b.info[i].owned_label;
                b.claims[j].label = b.info[j].owned_label;
            }
    }
    /* ids in order, "c1" "c2" ...: written one after another (a decimal
     * counter, no division per digit) and copied into the arena at once */
    if (b.n) {
        size_t total = 0; /* the ids' bytes with their NULs */
        for (size_t lo = 1, nd = 1; lo <= b.n; lo *= 10, nd++)
            total += ((b.n < lo * 10 - 1 ? b.n : lo * 10 - 1) - lo + 1) * (nd + 2);
        char *ids = malloc(total);
        if (!ids)
            goto out;
        char ctr[24]; /* i + 1 in decimal, right-aligned: its nd last bytes */
        size_t nd = 1, at = 0;
        ctr[sizeof ctr - 1] = '1';
        for (size_t i = 0; i < b.n; i++) {
            ids[at] = 'c';
            memcpy(ids + at + 1, ctr + sizeof ctr - nd, nd);
            ids[at + 1 + nd] = '\0';
            at += nd + 2;
            size_t d = sizeof ctr - 1;
            while (d >= sizeof ctr - nd && ctr[d] == '9')
                ctr[d--] = '0';
            if (d >= sizeof ctr - nd)
                ctr[d]++;
            else
                ctr[d] = '1', nd++;
        }
        const char *base = bayan__arena_str(doc, ids, total - 1); /* (its own NUL ends the last id) */
        free(ids);
        if (!base)
            goto out;
        nd = 1;
        for (size_t i = 0, next10 = 10; i < b.n; i++) {
            b.claims[i].id = base;
            base += nd + 2;
            if (i + 2 == next10)
                nd++, next10 *= 10;
        }
    }
    if (b.n && b.n < b.cap) {
        /* the growth slack is up to half the array: give it back */
        bayan_claim *fit = realloc(b.claims, b.n * sizeof *fit);
        if (fit)
            b.claims = fit;
    }
    doc->claims = b.claims;
    doc->n_claims = b.n;
    b.claims = NULL;
    *info_out = b.info;
    b.info = NULL;
    rc = BAYAN_OK;
out:
    free(b.claims); /* its strings are in the arena, freed with the document's claims */
    free(b.info);
    free(r.times); /* (r.nums is a sentence's: freed with it) */
    for (int j = 0; j < SENT_BATCH; j++)
        bayan__sent_free(&S[j]);
    return rc;
}

void bayan__doc_free_claims(bayan_doc *doc)
{
    if (!doc)
        return;
    free(doc->claims); /* the claims' strings live in the arena */
    doc->claims = NULL;
    doc->n_claims = 0;
    for (size_t i = 0; i < doc->n_groups; i++) {
        free((void *)doc->groups[i].id);
        free((void *)doc->groups[i].title);
        free((void *)doc->groups[i].members);
    }
    free(doc->groups);
    doc->groups = NULL;
    doc->n_groups = 0;
    free(doc->title);
    doc->title = NULL;
    bayan__arena_free(doc);
}

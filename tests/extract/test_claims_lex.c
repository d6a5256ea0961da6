/* The claim rules' word view: keys made by table lookups (bayan__word_key)
 * and while tokenising (bayan__sent_tokenize) must be the keys of the
 * plain folding rules: lower case, alef forms as ا, ة as ه, ى/ی as ي, ک as
 * ك, Arabic digits as ASCII, ’ as ', harakat and tatweel dropped, at most
 * BAYAN__KEY_MAX - 1 bytes (the first character that does not fit ends the
 * key). The reference below is that rule written the slow way. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/claims.h"
#include "extract/claims_words.h"

/* Decodes valid or invalid UTF-8 the way the library does: a bad byte is
 * U+FFFD of length 1. */
static size_t ref_decode(const unsigned char *s, size_t n, size_t i, unsigned *cp)
{
    unsigned c = s[i];
    size_t len;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        c &= 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (i + len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k < len; k++) {
        if ((s[i + k] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i + k] & 0x3F);
    }
    *cp = c;
    return len;
}

static size_t ref_encode(unsigned cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static void ref_key(const char *s, size_t n, char *key)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t pos = 0;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        i += ref_decode(u, n, i, &cp);
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640)
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
        char tmp[4];
        size_t m = ref_encode(cp, tmp);
        if (pos + m >= BAYAN__KEY_MAX)
            break;
        memcpy(key + pos, tmp, m);
        pos += m;
    }
    key[pos] = '\0';
}

static void check_key(const char *s, size_t n)
{
    char want[BAYAN__KEY_MAX], got[BAYAN__KEY_MAX + 8];
    ref_key(s, n, want);
    size_t kl = bayan__word_key(s, n, got);
    assert_string_equal(got, want);
    assert_int_equal(kl, strlen(want));
}

/* Every code point below U+0800, and a few above, alone and between
 * Arabic letters. */
static void word_key_matches_the_folding_rules(void **state)
{
    (void)state;
    for (unsigned cp = 1; cp < 0x10000; cp++) {
        if (cp >= 0x0800 && cp != 0x2019 && cp != 0xFEFB && cp != 0x200F && (cp & 0xFF) != 0x2D)
            continue;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char buf[32];
        size_t m = ref_encode(cp, buf);
        check_key(buf, m);
        char w[32];
        size_t k = 0;
        memcpy(w + k, "\xd8\xa8", 2); /* ب */
        k += 2;
        memcpy(w + k, buf, m);
        k += m;
        memcpy(w + k, "\xd9\x88", 2); /* و */
        k += 2;
        check_key(w, k);
    }
}

/* Long words stop at the key's room, whatever the last character's width;
 * invalid bytes and cut sequences decode as U+FFFD. */
static void word_key_truncates_like_the_rule(void **state)
{
    (void)state;
    static const char *const pieces[] = {"\xd8\xa8", "\xd9\x8e", "\xd8\xa3", "a", "Z", "\xd9\xa3", "\xe2\x80\x99",
                                         "\xf0\x9f\x98\x80", "\xd8\xa9", "\xd9\x80", "\xff", "\xd8"};
    uint32_t rng = 12345u;
    for (int round = 0; round < 20000; round++) {
        char w[256];
        size_t k = 0;
        int parts = 1 + (int)(rng % 60);
        for (int p = 0; p < parts && k + 8 < sizeof w; p++) {
            rng = rng * 1103515245u + 12345u;
            const char *pc = pieces[(rng >> 16) % (sizeof pieces / sizeof *pieces)];
            memcpy(w + k, pc, strlen(pc));
            k += strlen(pc);
        }
        check_key(w, k);
    }
}

/* A small document: the tokeniser's keys are bayan__word_key of each
 * word's bytes; a number's key is made when asked and is the same. */
static void tokens_carry_the_keys_of_their_bytes(void **state)
{
    (void)state;
    static const char text[] =
        "قالت الوزارةُ إنّ إنتاجَ القمح ارتفع بنسبة 12% إلى ٣٫٥ ملايين طن، وفقًا لتقديرات الهيئة. "
        "The U.S. economy’s well-known output grew 2.5% in 2024, AND the World Bank's data said so. "
        "كتب مستشفىً في القاهرة ـــ حسب البيانات ـــ أكثر من ٤٠ تقريراً، و۷۰ بحثًا.";
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new(text, sizeof text - 1, "t.txt", &doc, &diag), BAYAN_OK);
    assert_int_equal(bayan__scan_numbers(doc, BAYAN_LANG_AR), BAYAN_OK);
    bayan__sent S;
    memset(&S, 0, sizeof S);
    size_t from = 0, cursor = 0, words = 0, numbers = 0;
    while (from < doc->norm_len) {
        size_t e = bayan__sentence_end(doc, from, &cursor);
        assert_int_equal(bayan__sent_tokenize(doc, from, e, &S), BAYAN_OK);
        for (size_t i = 0; i < S.n; i++) {
            bayan__tok *t = &S.toks[i];
            char want[BAYAN__KEY_MAX];
            if (t->punct)
                continue;
            if (t->num >= 0) {
                assert_int_equal(t->klen, BAYAN__TOK_UNKEYED);
                bayan__tok_key_num(doc, t);
                numbers++;
            } else {
                words++;
            }
            bayan__word_key(doc->norm + t->start, t->end - t->start, want);
            assert_string_equal(t->key, want);
            assert_int_equal(t->klen, strlen(want));
            /* the و/ف the rules may drop: before two more letters */
            int conj = strlen(want) >= 4 && (!strncmp(want, "\xd9\x88", 2) || !strncmp(want, "\xd9\x81", 2));
            if (conj) {
                int c = 0;
                for (const char *q = want + 2; *q; q++)
                    c += ((unsigned char)*q & 0xC0) != 0x80;
                conj = c >= 2;
            }
            assert_int_equal(t->conj, conj ? 2 : 0);
        }
        from = e;
    }
    assert_true(words > 30);
    assert_true(numbers >= 4);
    bayan__sent_free(&S);
    bayan_doc_free(doc);
}

/* The word lists' hashed lookup and its filters agree with the lists. */
static void list_lookups_and_filters(void **state)
{
    (void)state;
    assert_true(bayan__claims_lists_ok());
    bayan__wl_init();
    assert_true(bayan__wl_has(WL_AR_SRCMARK, "\xd9\x88\xd9\x81\xd9\x82\xd8\xa7"));   /* وفقا */
    assert_true(bayan__wl_has(WL_AR_MASDAR, "\xd8\xa7\xd8\xb1\xd8\xaa\xd9\x81\xd8\xa7\xd8\xb9")); /* ارتفاع */
    assert_false(bayan__wl_has(WL_AR_MASDAR, "\xd8\xa7\xd8\xb1\xd8\xaa\xd9\x81\xd8\xa7"));
    const char *k = "\xd9\x88\xd9\x88\xd9\x81\xd9\x82\xd8\xa7"; /* ووفقا: و + وفقا */
    assert_true(bayan__wl_source_maybe(k, strlen(k)));
    assert_true(bayan__wl_source_maybe("according", 9));
    assert_true(bayan__wl_source_maybe("said", 4));
    k = "\xd8\xa8\xd8\xa7\xd8\xb1\xd8\xaa\xd9\x81\xd8\xa7\xd8\xb9"; /* بارتفاع */
    assert_true(bayan__wl_masdar_maybe(k, strlen(k)));
    /* a suffix (the key without its clitics) looked up by its own hash */
    const char *w = "\xd9\x88\xd8\xa7\xd9\x84\xd8\xb2\xd9\x8a\xd8\xa7\xd8\xaf\xd9\x87"; /* والزياده */
    size_t n = strlen(w);
    assert_int_equal(bayan__wl_mask_h(w + 6, n - 6, bayan__wl_hash(w + 6, n - 6)), bayan__wl_mask(w + 6));
    assert_true(bayan__wl_mask(w + 6) & ((uint64_t)1 << WL_AR_MASDAR));
    assert_int_equal(bayan__wl_mask_h(w, n, bayan__wl_hash(w, n)), 0);
    /* every listed word of one to fifty bytes finds itself (short keys hash byte by byte) */
    assert_true(bayan__wl_mask("a") & ((uint64_t)1 << WL_EN_STOP));
    assert_true(bayan__wl_mask("of") & ((uint64_t)1 << WL_EN_INNER));
    assert_true(bayan__wl_mask("\xd8\xa8") & ((uint64_t)1 << WL_AR_STOP)); /* ب */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(word_key_matches_the_folding_rules),
        cmocka_unit_test(word_key_truncates_like_the_rule),
        cmocka_unit_test(tokens_carry_the_keys_of_their_bytes),
        cmocka_unit_test(list_lookups_and_filters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

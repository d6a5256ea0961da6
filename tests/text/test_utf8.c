/* The text stage: UTF-8 checked at the door, BOM and CRLF accepted,
 * presentation forms normalised with a warning and offsets kept. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "extract/doc.h"
#include "text/text.h"

/* A plain byte-at-a-time validator to check the fast one against. */
static int ref_valid(const unsigned char *u, size_t len, size_t *bad)
{
    for (size_t i = 0; i < len;) {
        unsigned char c = u[i];
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            *bad = i;
            return 0;
        }
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len) {
                *bad = i;
                return 0;
            }
            unsigned d = u[i + k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) {
                *bad = i + k;
                return 0;
            }
        }
        i += n + 1;
    }
    return 1;
}

/* The fast paths (eight ASCII bytes, four Arabic letters, or ASCII and
 * two-byte characters mixed, at a time) agree
 * with the plain check on text cut and damaged at every position. */
static void fast_paths_agree(void **state)
{
    (void)state;
    /* (the last four: a no-break space, an overlong lead, a stray
     * continuation byte, a lead cut short by the next piece; mixed at any
     * offset they reach the ASCII-and-pairs path at every alignment) */
    static const char *const pieces[] = {"abcdefgh", " ", "\xd8\xa7\xd9\x84", "\xd9\x85\xd8\xb1", "\xc3\xa9",
                                         "\xe2\x80\x8f", "\xf0\x9f\x98\x80", "\xd0\x96", "12.5%", "\n",
                                         "\xc2\xa0", "\xc1\x81", "\xbf", "a\xdf"};
    unsigned rng = 12345u;
    unsigned char buf[96];
    for (int round = 0; round < 20000; round++) {
        size_t len = 0;
        while (len < 64) {
            rng = rng * 1103515245u + 12345u;
            const char *p = pieces[(rng >> 16) % (sizeof pieces / sizeof pieces[0])];
            size_t pl = strlen(p);
            memcpy(buf + len, p, pl);
            len += pl;
        }
        rng = rng * 1103515245u + 12345u;
        size_t cut = (rng >> 16) % (len + 1);
        if (round % 3) {
            rng = rng * 1103515245u + 12345u;
            size_t at = (rng >> 8) % len;
            buf[at] = (unsigned char)(rng >> 20);
        }
        size_t b1 = (size_t)-1, b2 = (size_t)-1;
        int v1 = bayan__utf8_valid((const char *)buf, cut, &b1);
        int v2 = ref_valid(buf, cut, &b2);
        assert_int_equal(v1, v2);
        if (!v1)
            assert_int_equal(b1, b2);
    }
}

/* bayan_doc_new checks the input a block at a time while copying it: an
 * error at or next to a block boundary is still found where the plain check
 * finds it, and valid text is copied whole. */
static void errors_across_blocks(void **state)
{
    (void)state;
    static unsigned char buf[3 * 65536 + 64];
    static const char *const pieces[] = {"\xd8\xa7\xd9\x84", " ", "12", "\xe2\x80\x8f", "\xf0\x9f\x98\x80", "a"};
    size_t len = 0;
    for (unsigned k = 0; len + 8 < sizeof buf; k = k * 7 + 3) {
        const char *p = pieces[k % 6];
        memcpy(buf + len, p, strlen(p));
        len += strlen(p);
    }
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new((const char *)buf, len, NULL, &doc, &diag), BAYAN_OK);
    assert_memory_equal(doc->bytes, buf, len);
    bayan_doc_free(doc);
    static const size_t at[] = {65533, 65534, 65535, 65536, 65537, 131070, 131071, 131072, 131073};
    static const unsigned char bad[] = {0xff, 0x80, 0xd8, 0xe2, 0xf0};
    for (size_t i = 0; i < sizeof at / sizeof at[0]; i++)
        for (size_t j = 0; j < sizeof bad; j++) {
            unsigned char keep = buf[at[i]];
            buf[at[i]] = bad[j];
            size_t want = 0;
            int valid = ref_valid(buf, len, &want);
            doc = NULL;
            assert_int_equal(bayan_doc_new((const char *)buf, len, NULL, &doc, &diag),
                             valid ? BAYAN_OK : BAYAN_EUTF8);
            if (!valid)
                assert_int_equal(diag.offset, want);
            bayan_doc_free(doc);
            buf[at[i]] = keep;
        }
}

/* Offsets are kept in 32 bits: longer input is refused before it is read. */
static void too_large(void **state)
{
    (void)state;
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new("x", BAYAN__DOC_MAX + 1, NULL, &doc, &diag), BAYAN_EINPUT);
    assert_null(doc);
    assert_non_null(strstr(diag.message, "too large"));
}

static void invalid_byte_reported(void **state)
{
    (void)state;
    /* line 2, after "ب" and a space: column 3 in code points */
    const char text[] = "أ\nب \xff بعد";
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new(text, sizeof text - 1, "x.txt", &doc, &diag), BAYAN_EUTF8);
    assert_null(doc);
    assert_int_equal(diag.offset, 6);
    assert_int_equal(diag.line, 2);
    assert_int_equal(diag.column, 3);
    assert_string_equal(diag.message, "invalid UTF-8 (byte 0xFF at offset 6)");
}

static void overlong_and_truncated(void **state)
{
    (void)state;
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new("ab\xc0\xaf", 4, NULL, &doc, &diag), BAYAN_EUTF8);
    assert_int_equal(diag.offset, 2);
    assert_int_equal(bayan_doc_new("ab\xd8", 3, NULL, &doc, &diag), BAYAN_EUTF8);
    assert_int_equal(diag.offset, 2);
    assert_int_equal(bayan_doc_new("\xed\xa0\x80", 3, NULL, &doc, &diag), BAYAN_EUTF8); /* a surrogate */
}

static void bom_and_crlf(void **state)
{
    (void)state;
    const char text[] = "\xef\xbb\xbf" "بلغ العدد 42\r\nثم 7";
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new(text, sizeof text - 1, "x", &doc, &diag), BAYAN_OK);
    assert_int_equal(bayan__scan_numbers(doc, BAYAN_LANG_AR), BAYAN_OK);
    assert_int_equal(bayan_doc_number_count(doc), 2);
    const bayan_number *n = bayan_doc_number(doc, 0);
    /* offsets refer to the original bytes, BOM included */
    assert_string_equal(n->text, "42");
    assert_memory_equal(text + n->start, "42", 2);
    assert_int_equal(bayan_doc_warning_count(doc), 0);
    bayan_doc_free(doc);
}

static void presentation_forms(void **state)
{
    (void)state;
    /* "لا" as the lam-alef ligature U+FEFB, then "بلغ" in isolated/initial/final forms */
    const char text[] = "نص \xef\xbb\xbb \xef\xba\x91\xef\xbb\xa0\xef\xbb\x8e 15%";
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new(text, sizeof text - 1, "x", &doc, &diag), BAYAN_OK);
    assert_int_equal(bayan_doc_warning_count(doc), 1);
    size_t off = 0;
    const char *msg = bayan_doc_warning(doc, 0, &off);
    assert_non_null(strstr(msg, "presentation form"));
    assert_int_equal(off, 5); /* the first one, in the original bytes */
    assert_non_null(strstr(doc->norm, "\xd9\x84\xd8\xa7")); /* lam, alef */
    assert_non_null(strstr(doc->norm, "\xd8\xa8\xd9\x84\xd8\xba"));
    assert_int_equal(bayan__scan_numbers(doc, BAYAN_LANG_AR), BAYAN_OK);
    const bayan_number *n = bayan_doc_number(doc, 0);
    assert_string_equal(n->text, "15%");
    assert_memory_equal(text + n->start, "15%", 3);
    bayan_doc_free(doc);
}

static void language(void **state)
{
    (void)state;
    bayan_doc *doc = NULL;
    bayan_diag diag;
    const char *ar = "ارتفعت صادرات القمح في الموسم الماضي (FAO)";
    const char *en = "Wheat exports rose last season, said the FAO.";
    assert_int_equal(bayan_doc_new(ar, strlen(ar), NULL, &doc, &diag), BAYAN_OK);
    assert_int_equal(bayan__detect_lang(doc), BAYAN_LANG_AR);
    bayan_doc_free(doc);
    assert_int_equal(bayan_doc_new(en, strlen(en), NULL, &doc, &diag), BAYAN_OK);
    assert_int_equal(bayan__detect_lang(doc), BAYAN_LANG_EN);
    bayan_doc_free(doc);
    bayan_doc_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invalid_byte_reported), cmocka_unit_test(overlong_and_truncated),
        cmocka_unit_test(bom_and_crlf), cmocka_unit_test(presentation_forms), cmocka_unit_test(language),
        cmocka_unit_test(fast_paths_agree), cmocka_unit_test(errors_across_blocks), cmocka_unit_test(too_large),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

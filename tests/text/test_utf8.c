/* The text stage: UTF-8 checked at the door, BOM and CRLF accepted,
 * presentation forms normalised with a warning and offsets kept. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "extract/doc.h"

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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Invariants on any input: every number's text is exactly the original bytes
 * between its offsets, numbers come in order and never overlap. Checked on
 * deterministic pseudo-random mixtures of the tokens the scanner reacts to. */
#include <stdint.h>
#include <stdlib.h>

#include "common/buf.h"
#include "scan_helpers.h"

static const char *const TOKENS[] = {
    "1", "٢", "۳", "0", "12", ".", ",", "٫", "٬", "،", "-", "–", "/", ":", "%", "٪", "$", "€", "£", "+",
    " ", " ", "\n", "\r\n", "\u200f", "\u200e", "\u061c", "ـ", "و", "ب", "ل", "ال", "خمسة", "عشر", "مائة",
    "ألف", "مليون", "نصف", "ثلاثة", "أرباع", "من", "إلى", "بين", "أكثر", "أقل", "حوالي", "تقريبا", "درجة",
    "مرات", "ضعف", "دولار", "في", "المائة", "two", "hundred", "and", "million", "to", "between", "bn", "e",
    "c", "C", "°", "عام", "2023", "ديسمبر", "\xef\xbb\xbb", "\xef\xba\x91", "x", "<", ">", "=", "على",
    "سالب", "تحت", "الصفر", "درجتين", "http://h/7", "\xef\xbb\xbf"};

static void random_mixtures(void **state)
{
    (void)state;
    uint32_t seed = 12345;
    size_t ntok = sizeof TOKENS / sizeof TOKENS[0];
    for (int round = 0; round < 3000; round++) {
        bayan__buf b = BAYAN__BUF_INIT;
        seed = seed * 1103515245u + 12345u;
        int len = 1 + (int)((seed >> 16) % 50);
        for (int k = 0; k < len; k++) {
            seed = seed * 1103515245u + 12345u;
            bayan__buf_puts(&b, TOKENS[(seed >> 16) % ntok]);
        }
        assert_false(b.failed);
        bayan_doc *doc = NULL;
        bayan_diag diag;
        assert_int_equal(bayan_doc_new(b.data, b.len, "mix", &doc, &diag), BAYAN_OK);
        assert_int_equal(bayan__scan_numbers(doc, BAYAN_LANG_AR), BAYAN_OK);
        size_t prev_end = 0;
        for (size_t i = 0; i < bayan_doc_number_count(doc); i++) {
            const bayan_number *n = bayan_doc_number(doc, i);
            assert_true(n->start < n->end);
            assert_true(n->end <= b.len);
            assert_true(n->start >= prev_end);
            assert_int_equal(strlen(n->text), n->end - n->start);
            assert_memory_equal(n->text, b.data + n->start, n->end - n->start);
            assert_true(n->has_value != n->has_range);
            prev_end = n->end;
        }
        bayan_doc_free(doc);
        bayan__buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(random_mixtures)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Shared by the number scanner's tests: scan a text, find a number by its
 * text. Static functions, one copy per test program. */
#ifndef BAYAN_TEST_SCAN_HELPERS_H
#define BAYAN_TEST_SCAN_HELPERS_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "extract/doc.h"

static inline bayan_doc *scan_text(const char *text)
{
    bayan_doc *doc = NULL;
    bayan_diag diag;
    assert_int_equal(bayan_doc_new(text, strlen(text), "test", &doc, &diag), BAYAN_OK);
    assert_int_equal(bayan__scan_numbers(doc, bayan__detect_lang(doc)), BAYAN_OK);
    return doc;
}

/* The number whose text is exactly `text`; fails the test when absent. */
static inline const bayan_number *num_text(const bayan_doc *doc, const char *text)
{
    for (size_t i = 0; i < bayan_doc_number_count(doc); i++) {
        const bayan_number *n = bayan_doc_number(doc, i);
        if (!strcmp(n->text, text))
            return n;
    }
    fprintf(stderr, "no number with text '%s'; found:\n", text);
    for (size_t i = 0; i < bayan_doc_number_count(doc); i++)
        fprintf(stderr, "  '%s'\n", bayan_doc_number(doc, i)->text);
    fail();
    return NULL;
}

/* The number whose text contains `part`, or NULL. */
static inline const bayan_number *num_with(const bayan_doc *doc, const char *part)
{
    for (size_t i = 0; i < bayan_doc_number_count(doc); i++) {
        const bayan_number *n = bayan_doc_number(doc, i);
        if (strstr(n->text, part))
            return n;
    }
    return NULL;
}

static inline void assert_value(const bayan_number *n, double v)
{
    assert_true(n->has_value);
    if (fabs(n->value - v) > 1e-9 * (fabs(v) + 1)) {
        fprintf(stderr, "'%s': value %.12g, expected %.12g\n", n->text, n->value, v);
        fail();
    }
}

static inline void assert_unit(const bayan_number *n, const char *unit)
{
    if (!unit) {
        assert_null(n->unit);
        return;
    }
    assert_non_null(n->unit);
    assert_string_equal(n->unit, unit);
}

/* Checks a whole number expression in one line. */
static inline void expect(const char *text, const char *numtext, double v, const char *unit, bayan_qualifier q,
                   bayan_num_kind kind)
{
    bayan_doc *doc = scan_text(text);
    const bayan_number *n = num_text(doc, numtext);
    assert_value(n, v);
    assert_unit(n, unit);
    assert_int_equal(n->qualifier, q);
    assert_int_equal(n->kind, kind);
    bayan_doc_free(doc);
}

#endif

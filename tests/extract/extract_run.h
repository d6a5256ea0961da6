/* Whole sentences through the public API (scanner, claim rules and
 * grouping together), for tests that read what a reader of the claims
 * JSON would. */
#ifndef BAYAN_TEST_EXTRACT_RUN_H
#define BAYAN_TEST_EXTRACT_RUN_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "bayan/extract.h"

/* The document of `text`, extracted in `lang`; freed with bayan_doc_free. */
static inline bayan_doc *extract_text(const char *text, bayan_lang lang)
{
    bayan_doc *doc = NULL;
    bayan_diag diag;
    memset(&diag, 0, sizeof diag);
    assert_int_equal(bayan_doc_new(text, strlen(text), "t.txt", &doc, &diag), BAYAN_OK);
    bayan_extract_opts o;
    bayan_extract_opts_defaults(&o);
    o.lang = lang;
    assert_int_equal(bayan_doc_extract(doc, &o), BAYAN_OK);
    return doc;
}

/* The first claim whose text contains `needle`, or NULL. */
static inline const bayan_claim *claim_with(const bayan_doc *doc, const char *needle)
{
    for (size_t i = 0; i < bayan_doc_claim_count(doc); i++)
        if (strstr(bayan_doc_claim(doc, i)->text, needle))
            return bayan_doc_claim(doc, i);
    return NULL;
}

#endif

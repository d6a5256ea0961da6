/* libFuzzer target: any bytes as a document, through reading, extraction
 * and the claims JSON. Invalid UTF-8 must be refused cleanly; anything else
 * must extract without a crash, a leak or undefined behaviour, and every
 * offset reported must lie inside the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bayan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bayan_doc *doc = NULL;
    bayan_diag diag;
    if (bayan_doc_new((const char *)data, size, "fuzz.txt", &doc, &diag) != BAYAN_OK) {
        if (doc)
            abort(); /* a failure must leave *out NULL */
        return 0;
    }
    bayan_extract_opts opts;
    bayan_extract_opts_defaults(&opts);
    /* the language detector and both forced languages */
    opts.lang = size % 3 == 0 ? BAYAN_LANG_AUTO : size % 3 == 1 ? BAYAN_LANG_AR : BAYAN_LANG_EN;
    if (bayan_doc_extract(doc, &opts) == BAYAN_OK) {
        for (size_t i = 0; i < bayan_doc_number_count(doc); i++) {
            const bayan_number *n = bayan_doc_number(doc, i);
            if (n->start > n->end || n->end > size)
                abort();
        }
        for (size_t i = 0; i < bayan_doc_claim_count(doc); i++) {
            const bayan_claim *c = bayan_doc_claim(doc, i);
            if (c->start > c->end || c->end > size || c->sentence_start > c->sentence_end ||
                c->sentence_end > size)
                abort();
        }
        for (size_t i = 0; i < bayan_doc_group_count(doc); i++) {
            const bayan_group *g = bayan_doc_group(doc, i);
            for (size_t k = 0; k < g->n_members; k++)
                if (g->members[k] >= bayan_doc_claim_count(doc))
                    abort();
        }
        char *json = NULL;
        if (bayan_doc_claims_json(doc, &json) == BAYAN_OK && !json)
            abort();
        bayan_free(json);
    }
    bayan_doc_free(doc);
    return 0;
}

/* bayan_plan_new: planning from an extracted document. Kept apart from the
 * planner so that it (and its tests) can be linked without the extractor. */
#include <stdlib.h>

#include "plan/plan_int.h"

bayan_status bayan_plan_new(const bayan_doc *doc, const bayan_plan_opts *opts, bayan_plan **out)
{
    bayan_status rc = BAYAN_ENOMEM;
    bayan_claim *claims = NULL;
    bayan_group *groups = NULL;
    if (!doc || !out)
        return BAYAN_EINVAL;
    *out = NULL;
    bayan__plan_input in = {0};
    in.n_claims = bayan_doc_claim_count(doc);
    in.n_groups = bayan_doc_group_count(doc);
    claims = calloc(in.n_claims ? in.n_claims : 1, sizeof *claims);
    groups = calloc(in.n_groups ? in.n_groups : 1, sizeof *groups);
    if (!claims || !groups)
        goto out;
    for (size_t i = 0; i < in.n_claims; i++)
        claims[i] = *bayan_doc_claim(doc, i);
    for (size_t i = 0; i < in.n_groups; i++)
        groups[i] = *bayan_doc_group(doc, i);
    in.claims = claims;
    in.groups = groups;
    in.lang = bayan_doc_lang(doc);
    in.title = bayan_doc_title(doc);
    in.path = bayan_doc_path(doc);
    in.bytes = bayan_doc_bytes(doc, &in.len);
    rc = bayan__plan_build(&in, opts, out);
out:
    free(claims);
    free(groups);
    return rc;
}

/* The document object: reading the bytes, the accessors, freeing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/mem.h"
#include "extract/doc.h"
#include "text/text.h"

/* The claims stage defines the real one; this keeps the text stage linkable
 * on its own. */
__attribute__((weak)) void bayan__doc_free_claims(bayan_doc *doc)
{
    (void)doc;
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

static bayan_status add_warning(bayan_doc *doc, const char *msg, size_t offset)
{
    char **w = realloc(doc->warnings, (doc->n_warnings + 1) * sizeof *w);
    if (!w)
        return BAYAN_ENOMEM;
    doc->warnings = w;
    size_t *o = realloc(doc->warning_offsets, (doc->n_warnings + 1) * sizeof *o);
    if (!o)
        return BAYAN_ENOMEM;
    doc->warning_offsets = o;
    if (!(w[doc->n_warnings] = dup_str(msg)))
        return BAYAN_ENOMEM;
    o[doc->n_warnings++] = offset;
    return BAYAN_OK;
}

/* Copies src[0, len) to dst and checks that it is UTF-8, a block at a time
 * so that each block is checked while it is in the cache rather than read
 * from memory twice. Blocks end before a byte that starts a character, so
 * the whole is valid exactly when every block is (the caller finds the
 * offset to blame with bayan__utf8_valid). *ef: whether a byte 0xEF (a BOM
 * or a presentation form starts with it) was seen. */
static int copy_valid(char *dst, const char *src, size_t len, int *ef)
{
    const size_t block = 64 * 1024;
    size_t a = 0, bad;
    *ef = 0;
    while (a < len) {
        size_t b = len - a > block ? a + block : len;
        while (b < len && b > a && ((unsigned char)src[b] & 0xC0) == 0x80)
            b--;
        if (b == a) /* only continuation bytes: invalid, and the caller says where */
            return 0;
        if (!bayan__utf8_valid(src + a, b - a, &bad))
            return 0;
        if (!*ef && memchr(src + a, 0xEF, b - a))
            *ef = 1;
        memcpy(dst + a, src + a, b - a);
        a = b;
    }
    return 1;
}

bayan_status bayan_doc_new(const char *bytes, size_t len, const char *path, bayan_doc **out, bayan_diag *diag)
{
    bayan_status rc = BAYAN_ENOMEM;
    bayan_doc *doc = NULL;
    size_t bad = 0, first_pf = (size_t)-1, n_pf = 0;
    char *norm = NULL;
    size_t *map = NULL, norm_len = 0;
    int ef = 1, valid = 1;

    if (diag)
        bayan_diag_clear(diag);
    if (!out || (!bytes && len)) {
        rc = BAYAN_EINVAL;
        goto out;
    }
    *out = NULL;
    if (!bytes)
        bytes = "";
    if (len > BAYAN__DOC_MAX) {
        rc = BAYAN_EINPUT;
        if (diag) {
            diag->status = rc;
            snprintf(diag->message, sizeof diag->message, "input too large: %zu bytes, more than the limit of %zu",
                     len, BAYAN__DOC_MAX);
        }
        goto out;
    }
    if (!(doc = calloc(1, sizeof *doc)) || !(doc->path = dup_str(path ? path : "-")) ||
        !(doc->bytes = malloc(len + 1))) {
        valid = bayan__utf8_valid(bytes, len, &bad); /* bad input is reported before memory */
    } else {
        bayan__mem_hint_large(doc->bytes, len + 1);
        if (!copy_valid(doc->bytes, bytes, len, &ef) && (valid = bayan__utf8_valid(bytes, len, &bad)) != 0) {
            memcpy(doc->bytes, bytes, len); /* cannot happen (see copy_valid), but then the plain way */
            ef = 1;
        }
    }
    if (!valid) {
        rc = BAYAN_EUTF8;
        if (diag) {
            diag->status = rc;
            diag->offset = bad;
            bayan__text_linecol(bytes, len, bad, &diag->line, &diag->column);
            snprintf(diag->message, sizeof diag->message, "invalid UTF-8 (byte 0x%02X at offset %zu)",
                     (unsigned)(unsigned char)bytes[bad], bad);
        }
        goto out;
    }
    if (!doc || !doc->bytes)
        goto out; /* out of memory */
    doc->bytes[len] = '\0';
    doc->len = len;
    /* (without a byte 0xEF there is neither a BOM nor a presentation form:
     * nothing to normalise) */
    if (ef && bayan__text_normalize(doc->bytes, len, &norm, &norm_len, &map, &first_pf, &n_pf) != BAYAN_OK)
        goto out;
    if (norm) {
        doc->norm = norm;
        doc->map = map;
        doc->norm_len = norm_len;
        if (norm_len > BAYAN__DOC_MAX) { /* presentation forms spelled out grew the text */
            rc = BAYAN_EINPUT;
            if (diag) {
                diag->status = rc;
                snprintf(diag->message, sizeof diag->message,
                         "input too large: %zu bytes once normalised, more than the limit of %zu", norm_len,
                         BAYAN__DOC_MAX);
            }
            goto out;
        }
    } else {
        doc->norm = doc->bytes;
        doc->norm_len = len;
    }
    if (n_pf) {
        char msg[200];
        snprintf(msg, sizeof msg,
                 "%zu Arabic presentation form%s (text shaped for display) normalised to base letters for "
                 "matching; the first at offset %zu",
                 n_pf, n_pf == 1 ? "" : "s", first_pf);
        if (add_warning(doc, msg, first_pf) != BAYAN_OK)
            goto out;
    }
    doc->lang = BAYAN_LANG_AUTO;
    *out = doc;
    doc = NULL;
    rc = BAYAN_OK;
out:
    if (rc == BAYAN_ENOMEM && diag) {
        diag->status = rc;
        snprintf(diag->message, sizeof diag->message, "%s", bayan_status_str(rc));
    }
    bayan_doc_free(doc);
    return rc;
}

void bayan_doc_free(bayan_doc *doc)
{
    if (!doc)
        return;
    bayan__doc_free_claims(doc);
    if (doc->norm != doc->bytes)
        free(doc->norm);
    free(doc->bytes);
    free(doc->path);
    free(doc->map);
    for (size_t i = 0; i < doc->n_warnings; i++)
        free(doc->warnings[i]);
    free(doc->warnings);
    free(doc->warning_offsets);
    free(doc->nums);
    free(doc->numbers);
    free(doc->num_texts);
    free(doc);
}

size_t bayan__doc_orig(const bayan_doc *doc, size_t norm_off)
{
    if (!doc->map)
        return norm_off;
    if (norm_off > doc->norm_len)
        norm_off = doc->norm_len;
    return doc->map[norm_off];
}

const char *bayan_doc_path(const bayan_doc *doc)
{
    return doc ? doc->path : NULL;
}

const char *bayan_doc_bytes(const bayan_doc *doc, size_t *len)
{
    if (len)
        *len = doc ? doc->len : 0;
    return doc ? doc->bytes : NULL;
}

bayan_lang bayan_doc_lang(const bayan_doc *doc)
{
    return doc ? doc->lang : BAYAN_LANG_AUTO;
}

const char *bayan_lang_code(bayan_lang lang)
{
    return lang == BAYAN_LANG_EN ? "en" : "ar";
}

const char *bayan_qualifier_name(bayan_qualifier q)
{
    switch (q) {
    case BAYAN_Q_APPROX: return "approx";
    case BAYAN_Q_MORE_THAN: return "more_than";
    case BAYAN_Q_LESS_THAN: return "less_than";
    case BAYAN_Q_UP_TO: return "up_to";
    case BAYAN_Q_AT_LEAST: return "at_least";
    case BAYAN_Q_RANGE: return "range";
    case BAYAN_Q_NONE: break;
    }
    return NULL;
}

const char *bayan_group_kind_name(bayan_group_kind k)
{
    switch (k) {
    case BAYAN_GROUP_SERIES: return "series";
    case BAYAN_GROUP_COMPARISON: return "comparison";
    case BAYAN_GROUP_SINGLE: break;
    }
    return "single";
}

void bayan_extract_opts_defaults(bayan_extract_opts *opts)
{
    if (opts)
        opts->lang = BAYAN_LANG_AUTO;
}

size_t bayan_doc_warning_count(const bayan_doc *doc)
{
    return doc ? doc->n_warnings : 0;
}

const char *bayan_doc_warning(const bayan_doc *doc, size_t i, size_t *offset)
{
    if (!doc || i >= doc->n_warnings)
        return NULL;
    if (offset)
        *offset = doc->warning_offsets[i];
    return doc->warnings[i];
}

size_t bayan_doc_number_count(const bayan_doc *doc)
{
    return doc ? doc->n_nums : 0;
}

const bayan_number *bayan_doc_number(const bayan_doc *doc, size_t i)
{
    if (!doc || i >= doc->n_nums || !doc->nums)
        return NULL;
    return &doc->nums[i].pub; /* the scanner keeps the public view in each number */
}

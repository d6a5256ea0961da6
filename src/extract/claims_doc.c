/* bayan_doc_extract and the claim, group and title accessors. */
#include <stdlib.h>
#include <string.h>

#include "extract/claims.h"

bayan_status bayan_doc_extract(bayan_doc *doc, const bayan_extract_opts *opts)
{
    bayan_status rc;
    bayan__claim_info *info = NULL;
    if (!doc)
        return BAYAN_EINVAL;
    bayan_lang lang = opts ? opts->lang : BAYAN_LANG_AUTO;
    if (lang != BAYAN_LANG_AR && lang != BAYAN_LANG_EN)
        lang = bayan__detect_lang(doc);
    if (lang != BAYAN_LANG_AR && lang != BAYAN_LANG_EN)
        lang = BAYAN_LANG_AR;
    doc->lang = lang;
    bayan__doc_free_claims(doc);
    rc = bayan__scan_numbers(doc, lang);
    if (rc != BAYAN_OK)
        goto out;
    rc = bayan__claims_build(doc, lang, &info);
    if (rc != BAYAN_OK)
        goto out;
    rc = bayan__group_claims(doc, lang, info);
    if (rc != BAYAN_OK)
        goto out;
    doc->title = bayan__doc_title_guess(doc);
out:
    free(info);
    if (rc != BAYAN_OK)
        bayan__doc_free_claims(doc);
    return rc;
}

size_t bayan_doc_claim_count(const bayan_doc *doc)
{
    return doc ? doc->n_claims : 0;
}

const bayan_claim *bayan_doc_claim(const bayan_doc *doc, size_t i)
{
    return doc && i < doc->n_claims ? &doc->claims[i] : NULL;
}

size_t bayan_doc_group_count(const bayan_doc *doc)
{
    return doc ? doc->n_groups : 0;
}

const bayan_group *bayan_doc_group(const bayan_doc *doc, size_t i)
{
    return doc && i < doc->n_groups ? &doc->groups[i] : NULL;
}

const char *bayan_doc_title(const bayan_doc *doc)
{
    return doc ? doc->title : NULL;
}

char *bayan__doc_title_guess(const bayan_doc *doc)
{
    const char *s = doc->bytes;
    size_t len = doc->len, i = 0;
    if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < len && (s[i] == '\n' || s[i] == '\r' || s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t a = i;
    while (i < len && s[i] != '\n')
        i++;
    size_t b = i;
    while (b > a && (s[b - 1] == '\r' || s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    if (b == a || b - a > 300)
        return NULL;
    /* a title is followed by more text and does not end like a sentence */
    size_t j = i;
    while (j < len && (s[j] == '\n' || s[j] == '\r' || s[j] == ' ' || s[j] == '\t'))
        j++;
    if (j >= len)
        return NULL;
    unsigned char last = (unsigned char)s[b - 1];
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!')
        return NULL;
    if (b - a >= 2 && (unsigned char)s[b - 2] == 0xD8 && (last == 0x9F || last == 0x8C || last == 0x9B))
        return NULL; /* ؟ ، ؛ */
    int words = 1;
    for (size_t k = a; k < b; k++)
        if (s[k] == ' ')
            words++;
    if (words > 18)
        return NULL;
    char *t = malloc(b - a + 1);
    if (!t)
        return NULL;
    memcpy(t, s + a, b - a);
    t[b - a] = '\0';
    return t;
}

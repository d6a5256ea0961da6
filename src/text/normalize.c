/* Normalisation for matching: the BOM is dropped and Arabic presentation
 * forms become the letters they stand for. Everything else (CRLF, bidi marks,
 * tatweel) is kept as it is: the scanners treat them themselves, and keeping
 * the text unchanged in the common case means no copy and no map at all. */
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

static const bayan__presform *presform(uint32_t cp)
{
    size_t lo = 0, hi = bayan__n_presforms;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (bayan__presforms[mid].cp == cp)
            return &bayan__presforms[mid];
        if (bayan__presforms[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Presentation forms are U+FB50-U+FDFF (EF AD 90 .. EF B7 BF) and
 * U+FE70-U+FEFE (EF B9 B0 .. EF BB BE): all start with byte 0xEF. */
static const bayan__presform *presform_at(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[i] != 0xEF || i + 2 >= len)
        return NULL;
    uint32_t cp = ((uint32_t)(u[i] & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
    if (cp < 0xFB50 || cp > 0xFEFE || (cp > 0xFDFF && cp < 0xFE70))
        return NULL;
    return presform(cp);
}

bayan_status bayan__text_normalize(const char *s, size_t len, char **norm, size_t *norm_len, size_t **map,
                                   size_t *first_pf, size_t *n_pf)
{
    size_t start = 0, i, out_len = 0, count = 0;
    char *n = NULL;
    size_t *m = NULL;
    *norm = NULL;
    *map = NULL;
    *norm_len = len;
    *first_pf = (size_t)-1;
    *n_pf = 0;
    if (len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
        start = 3;
    /* First pass: is there anything to do, and how long is the result? */
    out_len = 0;
    for (i = start; i < len;) {
        const char *p = memchr(s + i, 0xEF, len - i);
        if (!p) {
            out_len += len - i;
            break;
        }
        size_t j = (size_t)(p - s);
        out_len += j - i;
        const bayan__presform *pf = presform_at(s, len, j);
        if (pf) {
            if (!count)
                *first_pf = j;
            count++;
            out_len += pf->len;
        } else {
            out_len += 3;
        }
        i = j + 3;
        if (i > len) { /* cannot happen on valid UTF-8 */
            out_len -= i - len;
            i = len;
        }
    }
    if (!start && !count)
        return BAYAN_OK;
    n = malloc(out_len + 1);
    m = malloc((out_len + 1) * sizeof *m);
    if (!n || !m) {
        free(n);
        free(m);
        return BAYAN_ENOMEM;
    }
    size_t o = 0;
    for (i = start; i < len;) {
        const bayan__presform *pf = (unsigned char)s[i] == 0xEF ? presform_at(s, len, i) : NULL;
        if (pf) {
            memcpy(n + o, pf->utf8, pf->len);
            for (size_t k = 0; k < pf->len; k++)
                m[o + k] = i;
            o += pf->len;
            i += 3;
        } else {
            n[o] = s[i];
            m[o] = i;
            o++;
            i++;
        }
    }
    n[o] = '\0';
    m[o] = len;
    *norm = n;
    *map = m;
    *norm_len = o;
    *n_pf = count;
    return BAYAN_OK;
}

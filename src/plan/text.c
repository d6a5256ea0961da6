/* Text helpers of the plan stage: JSON, HTML and Markdown escaping, slugs,
 * and a folded key for comparing labels. None depends on the locale. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/plan_int.h"

/* Decodes one UTF-8 code point at s (valid UTF-8 assumed, a stray byte
 * counts as itself); returns its length. */
static size_t u8dec(const unsigned char *s, unsigned *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = ((unsigned)(s[0] & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
        *cp = ((unsigned)(s[0] & 0x07) << 18) | ((unsigned)(s[1] & 0x3F) << 12) | ((unsigned)(s[2] & 0x3F) << 6) |
              (s[3] & 0x3F);
        return 4;
    }
    *cp = s[0];
    return 1;
}

static void u8enc(bayan__buf *b, unsigned cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    bayan__buf_append(b, t, n);
}

void bayan__pl_json_str(bayan__buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    bayan__buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        unsigned char c = *p;
        if (c == '"' || c == '\\') {
            bayan__buf_putc(b, '\\');
            bayan__buf_putc(b, (char)c);
        } else if (c == '\n') {
            bayan__buf_puts(b, "\\n");
        } else if (c == '\t') {
            bayan__buf_puts(b, "\\t");
        } else if (c == '\r') {
            bayan__buf_puts(b, "\\r");
        } else if (c < 0x20) {
            char t[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            bayan__buf_puts(b, t);
        } else {
            bayan__buf_putc(b, (char)c);
        }
    }
    bayan__buf_putc(b, '"');
}

void bayan__pl_json_num(bayan__buf *b, double v, int dec)
{
    char t[64];
    if (!isfinite(v)) {
        bayan__buf_puts(b, "null");
        return;
    }
    bayan__fmt_double(t, sizeof t, v, dec);
    if (!strcmp(t, "-0"))
        strcpy(t, "0");
    bayan__buf_puts(b, t);
}

void bayan__pl_html(bayan__buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        switch (*p) {
        case '&': bayan__buf_puts(b, "&amp;"); break;
        case '<': bayan__buf_puts(b, "&lt;"); break;
        case '>': bayan__buf_puts(b, "&gt;"); break;
        case '"': bayan__buf_puts(b, "&quot;"); break;
        case '\'': bayan__buf_puts(b, "&#39;"); break;
        default: bayan__buf_putc(b, *p);
        }
    }
}

void bayan__pl_md(bayan__buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '\n' || *p == '\r') {
            bayan__buf_putc(b, ' ');
            continue;
        }
        if (strchr("[]\\*_`<>#|", *p))
            bayan__buf_putc(b, '\\');
        bayan__buf_putc(b, *p);
    }
}

void bayan__pl_slug(bayan__buf *b, const char *s, size_t max)
{
    size_t start = b->len;
    int dash = 0;
    for (const char *p = s ? s : ""; *p; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && b->len > start)
                bayan__buf_putc(b, '-');
            dash = 0;
            bayan__buf_putc(b, c);
            if (b->len - start > max + 1)
                break;
        } else if (c == '\'') {
            /* apostrophes join: world's -> worlds */
        } else if ((unsigned char)c == 0xE2 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x99) {
            p += 2; /* U+2019 as an apostrophe */
        } else {
            dash = 1;
        }
    }
    if (b->failed || !b->data)
        return;
    if (b->len - start > max) {
        /* cut at the last word boundary that fits */
        size_t cut = start + max;
        while (cut > start && b->data[cut] != '-')
            cut--;
        b->len = cut > start ? cut : start + max;
        b->data[b->len] = '\0';
    }
}

int bayan__pl_has_arabic(const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        unsigned cp;
        p += u8dec(p, &cp);
        if ((cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x0671 && cp <= 0x06D3) || (cp >= 0xFB50 && cp <= 0xFEFC))
            return 1;
    }
    return 0;
}

int bayan__pl_has_arabic_digits(const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        unsigned cp;
        p += u8dec(p, &cp);
        if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9))
            return 1;
    }
    return 0;
}

char *bayan__pl_strdup(const char *s, int *oom)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (!d) {
        *oom = 1;
        return NULL;
    }
    memcpy(d, s, n + 1);
    return d;
}

char *bayan__pl_label_key(const char *s, int *oom)
{
    bayan__buf b = BAYAN__BUF_INIT;
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    int space = 0, word_start = 1;
    while (*p) {
        unsigned cp;
        size_t n = u8dec(p, &cp);
        p += n;
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 || cp == 0x200C || cp == 0x200D ||
            cp == 0x200E || cp == 0x200F || cp == 0x061C)
            continue; /* harakat, tatweel, joiners, bidi marks */
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == ',' || cp == 0x060C ||
            cp == '.' || cp == ':' || cp == '"' || cp == 0x201C || cp == 0x201D) {
            space = 1;
            word_start = 1;
            continue;
        }
        if (space && b.len)
            bayan__buf_putc(&b, ' ');
        space = 0;
        if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625 || cp == 0x0671)
            cp = 0x0627;
        else if (cp == 0x0629)
            cp = 0x0647;
        else if (cp == 0x0649)
            cp = 0x064A;
        else if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        /* a leading conjunction glued to the first word: "والكروم" = "الكروم" */
        if (word_start && b.len == 0 && cp == 0x0648 && *p) {
            unsigned next;
            u8dec(p, &next);
            if (next == 0x0627) {
                word_start = 0;
                continue;
            }
        }
        word_start = 0;
        u8enc(&b, cp);
    }
    if (b.failed) {
        *oom = 1;
        bayan__buf_free(&b);
        return NULL;
    }
    char *r = bayan__buf_detach(&b, NULL);
    if (!r)
        *oom = 1;
    return r;
}

#include "common/buf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bayan_status bayan__buf_reserve(bayan__buf *b, size_t extra)
{
    if (b->failed)
        return BAYAN_ENOMEM;
    if (b->len + extra + 1 <= b->cap)
        return BAYAN_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) {
            b->failed = 1;
            return BAYAN_ENOMEM;
        }
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return BAYAN_ENOMEM;
    }
    b->data = p;
    b->cap = cap;
    return BAYAN_OK;
}

bayan_status bayan__buf_append(bayan__buf *b, const void *data, size_t len)
{
    if (bayan__buf_reserve(b, len) != BAYAN_OK)
        return BAYAN_ENOMEM;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return BAYAN_OK;
}

bayan_status bayan__buf_puts(bayan__buf *b, const char *s)
{
    return bayan__buf_append(b, s, strlen(s));
}

bayan_status bayan__buf_putc(bayan__buf *b, char c)
{
    return bayan__buf_append(b, &c, 1);
}

bayan_status bayan__buf_printf(bayan__buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return BAYAN_EINVAL;
    }
    if (bayan__buf_reserve(b, (size_t)n) != BAYAN_OK) {
        va_end(ap2);
        return BAYAN_ENOMEM;
    }
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
    return BAYAN_OK;
}

char *bayan__buf_detach(bayan__buf *b, size_t *len)
{
    if (b->failed) {
        bayan__buf_free(b);
        if (len)
            *len = 0;
        return NULL;
    }
    if (!b->data && bayan__buf_reserve(b, 0) != BAYAN_OK)
        return NULL;
    if (!b->len)
        b->data[0] = '\0';
    char *d = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void bayan__buf_reset(bayan__buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void bayan__buf_free(bayan__buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

size_t bayan__fmt_double(char *out, size_t size, double v, int max_decimals)
{
    char tmp[64];
    size_t n = 0;
    if (size == 0)
        return 0;
    if (!isfinite(v)) {
        const char *s = isnan(v) ? "nan" : (v < 0 ? "-inf" : "inf");
        snprintf(out, size, "%s", s);
        return strlen(out);
    }
    if (max_decimals < 0)
        max_decimals = 0;
    if (max_decimals > 9)
        max_decimals = 9;
    int neg = v < 0;
    double a = fabs(v);
    double p10 = 1;
    for (int i = 0; i < max_decimals; i++)
        p10 *= 10;
    double scaled = floor(a * p10 + 0.5);
    if (scaled >= 9.0e18) { /* beyond exact integers: integer digits only */
        double ip = floor(a + 0.5);
        char digits[400];
        int k = 0;
        do {
            /* fmod is exact, where ip - floor(ip / 10) * 10 can be far off */
            double r = fmod(ip, 10);
            int d = r >= 0 && r < 10 ? (int)r : 0;
            digits[k++] = (char)('0' + d);
            ip = floor(ip / 10);
        } while (ip >= 1 && k < (int)sizeof digits - 1);
        if (neg)
            tmp[n++] = '-';
        while (k > 0 && n < sizeof tmp - 1)
            tmp[n++] = digits[--k];
        tmp[n] = '\0';
    } else {
        unsigned long long u = (unsigned long long)scaled;
        unsigned long long ip = u, frac = 0;
        for (int i = 0; i < max_decimals; i++)
            ip /= 10;
        unsigned long long m = 1;
        for (int i = 0; i < max_decimals; i++)
            m *= 10;
        frac = u - ip * m;
        char digits[32];
        int k = 0;
        do {
            digits[k++] = (char)('0' + ip % 10);
            ip /= 10;
        } while (ip);
        if (neg && (u != 0))
            tmp[n++] = '-';
        while (k > 0)
            tmp[n++] = digits[--k];
        if (frac) {
            char fd[16];
            for (int i = max_decimals - 1; i >= 0; i--) {
                fd[i] = (char)('0' + frac % 10);
                frac /= 10;
            }
            int last = max_decimals - 1;
            while (last >= 0 && fd[last] == '0')
                last--;
            tmp[n++] = '.';
            for (int i = 0; i <= last; i++)
                tmp[n++] = fd[i];
        }
        tmp[n] = '\0';
    }
    size_t len = strlen(tmp);
    if (len >= size)
        len = size - 1;
    memcpy(out, tmp, len);
    out[len] = '\0';
    return len;
}

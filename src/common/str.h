/* Small string helpers shared by the stages. Internal to bayan. */
#ifndef BAYAN_STR_H
#define BAYAN_STR_H

#include <stdint.h>
#include <string.h>

/* strcmp(a, b) == 0, inline. The rules compare keys and unit names with
 * word lists many times per figure, and nearly every compare fails on the
 * first two bytes (an Arabic letter is two bytes, so one byte would not
 * tell most of them apart): those never cost a call, and neither does a
 * string compared with itself (unit names are mostly the same literals). */
static inline int bayan__str_eq(const char *a, const char *b)
{
    if (a == b)
        return 1;
    if (a[0] != b[0])
        return 0;
    if (!a[0])
        return 1;
    if (a[1] != b[1])
        return 0;
    return !a[1] || !strcmp(a + 2, b + 2);
}

/* memcmp(a, b, n) == 0 for short strings (words, keys), inline: a call per
 * compare cost more than the compare. */
static inline int bayan__bytes_eq(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    if (n >= 8) {
        uint64_t p, q;
        for (size_t k = 0; k + 8 < n; k += 8) {
            memcpy(&p, x + k, 8);
            memcpy(&q, y + k, 8);
            if (p != q)
                return 0;
        }
        memcpy(&p, x + n - 8, 8);
        memcpy(&q, y + n - 8, 8);
        return p == q;
    }
    if (n >= 4) {
        uint32_t p0, q0, p1, q1;
        memcpy(&p0, x, 4);
        memcpy(&q0, y, 4);
        memcpy(&p1, x + n - 4, 4);
        memcpy(&q1, y + n - 4, 4);
        return p0 == q0 && p1 == q1;
    }
    for (size_t k = 0; k < n; k++)
        if (x[k] != y[k])
            return 0;
    return 1;
}

#endif

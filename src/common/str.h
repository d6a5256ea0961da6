/* Small string helpers shared by the stages. Internal to bayan. */
#ifndef BAYAN_STR_H
#define BAYAN_STR_H

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

#endif

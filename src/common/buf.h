/* A growable byte buffer, always NUL-terminated, for building strings and
 * files. Internal to bayan. */
#ifndef BAYAN_BUF_H
#define BAYAN_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "bayan/common.h"

typedef struct bayan__buf {
    char *data; /* NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    int failed; /* set once an allocation fails; later appends are no-ops */
} bayan__buf;

#define BAYAN__BUF_INIT {NULL, 0, 0, 0}

/* Appends; on allocation failure sets b->failed and returns BAYAN_ENOMEM. */
bayan_status bayan__buf_append(bayan__buf *b, const void *data, size_t len);
bayan_status bayan__buf_puts(bayan__buf *b, const char *s);
bayan_status bayan__buf_putc(bayan__buf *b, char c);
/* printf-style for integers and strings only: never use it for doubles that
 * users see (the locale could change them); use bayan__fmt_double. */
bayan_status bayan__buf_printf(bayan__buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
bayan_status bayan__buf_reserve(bayan__buf *b, size_t extra);
/* Hands the data to the caller (free with free/bayan_free), leaving b empty.
 * Returns NULL when the buffer failed; an empty buffer gives "". */
char *bayan__buf_detach(bayan__buf *b, size_t *len);
void bayan__buf_reset(bayan__buf *b);
void bayan__buf_free(bayan__buf *b);

/* Formats a double without the C locale: shortest form up to `max_decimals`
 * decimals, trailing zeros dropped, '.' as the decimal point, no grouping.
 * 39 -> "39", 4.5 -> "4.5", 1e9 -> "1000000000". Writes at most size-1 bytes. */
size_t bayan__fmt_double(char *out, size_t size, double v, int max_decimals);

#endif

/* bayan: status codes, diagnostics and memory shared by every stage. */
#ifndef BAYAN_COMMON_H
#define BAYAN_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(BAYAN_BUILDING_LIBRARY) && defined(__GNUC__)
#define BAYAN_API __attribute__((visibility("default")))
#else
#define BAYAN_API
#endif

/* Every fallible function returns a status: BAYAN_OK, or a negative code.
 * The detail of a failure (file, line, column, byte offset, message) is in a
 * bayan_diag that the caller passes in; the library keeps no global error. */
typedef enum bayan_status {
    BAYAN_OK = 0,
    BAYAN_ENOMEM = -1,  /* out of memory */
    BAYAN_EINVAL = -2,  /* a bad argument from the caller */
    BAYAN_EUTF8 = -3,   /* input is not valid UTF-8 */
    BAYAN_EIO = -4,     /* reading or writing a file failed */
    BAYAN_ESPEC = -5,   /* a chart spec is invalid */
    BAYAN_EFONT = -6,   /* the bundled fonts could not be loaded */
    BAYAN_ERENDER = -7, /* Cairo or Pango failed while drawing */
    BAYAN_EINPUT = -8   /* other bad input: empty, too large */
} bayan_status;

/* A static English description of a status; never NULL. */
BAYAN_API const char *bayan_status_str(bayan_status st);

/* The library's version, "MAJOR.MINOR.PATCH"; static. */
BAYAN_API const char *bayan_version(void);

/* Where and why something failed. line and column are 1-based (column counts
 * code points), 0 when unknown; offset is a byte offset, or (size_t)-1. */
typedef struct bayan_diag {
    bayan_status status;
    size_t offset;
    unsigned line;
    unsigned column;
    char message[512];
} bayan_diag;

/* Resets a diag to "no error". */
BAYAN_API void bayan_diag_clear(bayan_diag *diag);

/* Releases memory the library returned where a header says "free with
 * bayan_free". NULL is a no-op. */
BAYAN_API void bayan_free(void *p);

#ifdef __cplusplus
}
#endif
#endif

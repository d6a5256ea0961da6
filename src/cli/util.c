#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

/* The largest input read: extraction holds about six times its input in
 * memory, so a file of several gigabytes would end in the out-of-memory
 * killer rather than in an error message. BAYAN_MAX_INPUT (bytes) moves
 * the limit. */
#define CLI_MAX_INPUT ((size_t)1 << 30)

static size_t max_input(void)
{
    const char *e = getenv("BAYAN_MAX_INPUT");
    if (e && *e >= '0' && *e <= '9') {
        size_t v = 0;
        for (; *e >= '0' && *e <= '9'; e++) {
            if (v > ((size_t)-1 - 9) / 10)
                return (size_t)-1;
            v = v * 10 + (size_t)(*e - '0');
        }
        if (!*e)
            return v;
    }
    return CLI_MAX_INPUT;
}

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("bayan: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_read_file(const char *path, char **data, size_t *len)
{
    FILE *f = NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int is_stdin = strcmp(path, "-") == 0;
    *data = NULL;
    *len = 0;
    f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        cli_errorf("%s: error: cannot open: %s", path, strerror(errno));
        return EXIT_INPUT;
    }
    size_t limit = max_input();
    struct stat st;
    if (!is_stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size > limit) {
        cli_errorf("%s: error: too large: %llu bytes, more than the limit of %zu (BAYAN_MAX_INPUT)", path,
                   (unsigned long long)st.st_size, limit);
        goto fail;
    }
    for (;;) {
        if (n > limit) {
            /* stdin, or a file that grew while read */
            cli_errorf("%s: error: too large: more than the limit of %zu bytes (BAYAN_MAX_INPUT)", path, limit);
            goto fail;
        }
        if (n + 65536 + 1 > cap) {
            size_t ncap = cap ? cap * 2 : 65536 * 2;
            char *p = realloc(buf, ncap);
            if (!p) {
                cli_errorf("%s: error: out of memory reading the file", path);
                goto fail;
            }
            buf = p;
            cap = ncap;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                cli_errorf("%s: error: cannot read: %s", path, strerror(errno));
                goto fail;
            }
            break;
        }
    }
    if (!is_stdin)
        fclose(f);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return EXIT_DONE;
fail:
    if (!is_stdin)
        fclose(f);
    free(buf);
    return EXIT_INPUT;
}

void cli_print_diag(const char *file, const bayan_diag *diag)
{
    const char *msg = diag->message[0] ? diag->message : bayan_status_str(diag->status);
    if (diag->line)
        cli_errorf("%s:%u:%u: error: %s", file, diag->line, diag->column, msg);
    else
        cli_errorf("%s: error: %s", file, msg);
}

int cli_exit_for(bayan_status st)
{
    switch (st) {
    case BAYAN_OK: return EXIT_DONE;
    case BAYAN_EINVAL: return EXIT_USAGE;
    case BAYAN_EUTF8:
    case BAYAN_ESPEC:
    case BAYAN_EINPUT: return EXIT_INPUT;
    case BAYAN_EIO:
    case BAYAN_EFONT:
    case BAYAN_ERENDER:
    case BAYAN_ENOMEM: return EXIT_RENDER;
    }
    return EXIT_RENDER;
}

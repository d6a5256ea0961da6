#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

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
    for (;;) {
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

/* The bayan command line: shared helpers and the commands. */
#ifndef BAYAN_CLI_H
#define BAYAN_CLI_H

#include <stddef.h>

#include "bayan.h"

/* Exit codes (DESIGN.md). */
enum {
    EXIT_DONE = 0,
    EXIT_STALE = 1,  /* --check found stale or missing outputs */
    EXIT_USAGE = 2,
    EXIT_INPUT = 3,  /* unreadable file, invalid UTF-8, invalid spec */
    EXIT_RENDER = 4  /* failure while rendering or writing */
};

int bayan_cmd_extract(int argc, char **argv);
int bayan_cmd_numbers(int argc, char **argv);
int bayan_cmd_render(int argc, char **argv);
int bayan_cmd_chart(int argc, char **argv);

/* Reads a whole file ("-" is stdin) into *data (NUL-terminated, free()).
 * On failure prints "bayan: PATH: error: ..." and returns EXIT_INPUT. */
int cli_read_file(const char *path, char **data, size_t *len);

/* Prints "bayan: FILE:LINE:COL: error: MESSAGE" (or without the position
 * parts that are unknown) from a diag. */
void cli_print_diag(const char *file, const bayan_diag *diag);

/* Prints "bayan: " + formatted message + newline to stderr. */
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Exit code for a library status. */
int cli_exit_for(bayan_status st);

#endif

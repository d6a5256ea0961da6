/* bayan: the command-line front end, a thin client of the public API. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const char usage[] =
    "usage: bayan COMMAND [OPTIONS] ...\n"
    "\n"
    "Finds the numeric claims in Arabic and English prose and draws them as charts.\n"
    "\n"
    "commands:\n"
    "  extract   print the numeric claims of texts (claims JSON, JSONL or TSV)\n"
    "  numbers   print every number expression found, claim or not\n"
    "  render    draw a chart spec to PNG, SVG or PDF\n"
    "  chart     text in, charts out: extract, plan and render a document's charts\n"
    "\n"
    "  bayan COMMAND --help   options of a command\n"
    "  bayan --version        the version\n"
    "\n"
    "exit codes: 0 done; 1 --check found stale or missing outputs; 2 usage error;\n"
    "3 bad input (unreadable file, invalid UTF-8, invalid spec); 4 failure while\n"
    "rendering or writing.\n";

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return EXIT_DONE;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("bayan %s\n", bayan_version());
        return EXIT_DONE;
    }
    if (!strcmp(cmd, "extract"))
        return bayan_cmd_extract(argc - 1, argv + 1);
    if (!strcmp(cmd, "numbers"))
        return bayan_cmd_numbers(argc - 1, argv + 1);
    if (!strcmp(cmd, "render"))
        return bayan_cmd_render(argc - 1, argv + 1);
    if (!strcmp(cmd, "chart"))
        return bayan_cmd_chart(argc - 1, argv + 1);
    cli_errorf("unknown command '%s' (see bayan --help)", cmd);
    return EXIT_USAGE;
}

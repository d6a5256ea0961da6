/* Placeholder until the extract command lands; replaced by its owner. */
#include "cli/cli.h"

int bayan_cmd_extract(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("extract: not built yet");
    return EXIT_USAGE;
}

/* Placeholder until the numbers command lands; replaced by its owner. */
#include "cli/cli.h"

int bayan_cmd_numbers(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("numbers: not built yet");
    return EXIT_USAGE;
}

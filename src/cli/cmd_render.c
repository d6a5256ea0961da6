/* Placeholder until the render command lands; replaced by its owner. */
#include "cli/cli.h"

int bayan_cmd_render(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("render: not built yet");
    return EXIT_USAGE;
}

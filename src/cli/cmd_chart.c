/* Placeholder until the chart command lands; replaced by its owner. */
#include "cli/cli.h"

int bayan_cmd_chart(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("chart: not built yet");
    return EXIT_USAGE;
}

/* libFuzzer target: specs that parse are drawn (SVG, small, so that runs
 * stay fast): the layout must survive any data the parser lets through
 * (extreme values, empty or huge labels, odd Unicode). Slower than the
 * parser target; seed it with tests/render/specs. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bayan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bayan_chart *chart = NULL;
    bayan_diag diag;
    if (bayan_chart_parse((const char *)data, size, "fuzz.json", &chart, &diag) != BAYAN_OK)
        return 0;
    bayan_render_opts opts;
    bayan_render_opts_defaults(&opts);
    opts.width = 320;
    opts.height = 200;
    unsigned char *out = NULL;
    size_t len = 0;
    bayan_format fmt = size % 2 ? BAYAN_FORMAT_SVG : BAYAN_FORMAT_PNG;
    if (fmt == BAYAN_FORMAT_PNG)
        opts.scale = 0.5;
    if (bayan_chart_render(chart, &opts, fmt, &out, &len, &diag) == BAYAN_OK && (!out || !len))
        abort();
    bayan_free(out);
    bayan_chart_free(chart);
    return 0;
}

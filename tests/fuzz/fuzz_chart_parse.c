/* libFuzzer target: any bytes as a chart spec. A bad spec must be refused
 * with a status and a diagnostic (never a crash), a good one parsed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bayan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bayan_chart *chart = NULL;
    bayan_diag diag;
    bayan_status st = bayan_chart_parse((const char *)data, size, "fuzz.json", &chart, &diag);
    if (st != BAYAN_OK) {
        if (chart || memchr(diag.message, '\0', sizeof diag.message) == NULL)
            abort(); /* *out stays NULL; the message is a terminated string */
        return 0;
    }
    (void)bayan_chart_title(chart);
    bayan_chart_free(chart);
    return 0;
}

#include <stdlib.h>
#include <string.h>

#include "bayan/common.h"

const char *bayan_status_str(bayan_status st)
{
    switch (st) {
    case BAYAN_OK: return "success";
    case BAYAN_ENOMEM: return "out of memory";
    case BAYAN_EINVAL: return "invalid argument";
    case BAYAN_EUTF8: return "invalid UTF-8";
    case BAYAN_EIO: return "input/output error";
    case BAYAN_ESPEC: return "invalid chart spec";
    case BAYAN_EFONT: return "fonts unavailable";
    case BAYAN_ERENDER: return "rendering failed";
    case BAYAN_EINPUT: return "bad input";
    }
    return "unknown status";
}

const char *bayan_version(void)
{
    return BAYAN_VERSION_STRING;
}

void bayan_diag_clear(bayan_diag *diag)
{
    if (!diag)
        return;
    memset(diag, 0, sizeof *diag);
    diag->offset = (size_t)-1;
}

void bayan_free(void *p)
{
    free(p);
}

/* Memory hints (see mem.h). */
#define _DEFAULT_SOURCE /* madvise */
#include <stdint.h>

#include "common/mem.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

void bayan__mem_hint_large(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t huge = (uintptr_t)2 << 20;
    if (!p || n < 2 * huge)
        return;
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1), e = ((uintptr_t)p + n) & ~(huge - 1);
    if (e > a)
        (void)madvise((void *)a, e - a, MADV_HUGEPAGE); /* only a hint: an error changes nothing */
#else
    (void)p;
    (void)n;
#endif
}

/* Memory hints for the large arrays of a document. Internal to bayan. */
#ifndef BAYAN_MEM_H
#define BAYAN_MEM_H

#include <stddef.h>

/* Asks the system to back the block p[0, n) (just allocated, not yet
 * written) with huge pages where it can. A number-dense document first
 * writes tens of MB of fresh arrays (the text's copy, numbers, claims), and
 * taking those in 4 KiB page faults was about a tenth of extraction. Only
 * the whole 2 MiB pages inside the block are advised, so blocks under 4 MiB
 * are left alone; a no-op where the hint does not exist. Never fails. */
void bayan__mem_hint_large(void *p, size_t n);

#endif

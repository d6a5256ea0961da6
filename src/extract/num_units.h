/* Internal to the number scanner: unit, currency and qualifier tables. */
#ifndef BAYAN_NUM_UNITS_H
#define BAYAN_NUM_UNITS_H

#include "bayan/extract.h"

typedef struct bayan__unitw {
    const char *key; /* words as keys, separated by one space */
    const char *val;
} bayan__unitw;

typedef struct bayan__qualw {
    const char *key;
    bayan_qualifier q;
} bayan__qualw;

extern const bayan__unitw bayan__units_phys[];
extern const bayan__unitw bayan__units_time[];
extern const bayan__unitw bayan__currency_nouns[];
extern const bayan__unitw bayan__currency_adjs[];
extern const char *const bayan__iso_codes[];
extern const bayan__qualw bayan__quals_before[];
extern const bayan__qualw bayan__quals_after[];

/* The entry whose key equals key, or NULL (tables end with a NULL key). */
const bayan__unitw *bayan__unitw_find(const bayan__unitw *t, const char *key);

#endif

/* bayan: planning the charts of a document (claims and groups to chart specs).
 * Owned by the `chart` stage; see issue 4. */
#ifndef BAYAN_PLAN_H
#define BAYAN_PLAN_H

#include "bayan/common.h"
#include "bayan/extract.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif
#endif

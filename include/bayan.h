/* bayan: finds the numeric claims in Arabic and English prose, groups them,
 * and draws them as charts. The one header to include. */
#ifndef BAYAN_H
#define BAYAN_H

#include "bayan/common.h"
#include "bayan/extract.h"
#include "bayan/plan.h"
#include "bayan/render.h"

#endif

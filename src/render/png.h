/* Internal: a fast PNG encoder for Cairo image surfaces. */
#ifndef BAYAN_RENDER_PNG_H
#define BAYAN_RENDER_PNG_H

#include "common/buf.h"

/* Encodes Cairo ARGB32 (premultiplied, native-endian) pixels as an sRGB PNG
 * into out (appended). Opaque images are written as RGB, others as RGBA with
 * alpha un-premultiplied. dpi > 0 adds a pHYs chunk. Deterministic: no time
 * stamps. Returns BAYAN_OK, BAYAN_ENOMEM or BAYAN_ERENDER. */
bayan_status bayan__png_encode(const unsigned char *argb, int width, int height, int stride,
                               double dpi, bayan__buf *out);

#endif

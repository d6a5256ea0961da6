/* A fast PNG encoder for Cairo image surfaces.
 *
 * Cairo's own writer goes through libpng and zlib at level 6 with adaptive
 * filtering: about 10 ms for an 800x500 chart. Charts are large flat areas
 * with antialiased edges and text, which allows three savings:
 *   - when the image has at most 256 distinct pixels it is written as an
 *     indexed PNG (1, 2, 4 or 8 bits a pixel): a quarter of the data or less
 *     to filter and compress, and a smaller file;
 *   - otherwise RGB (when every pixel is opaque) or RGBA, with a per-row
 *     filter chosen cheaply (see choose_filter);
 *   - the whole filtered image is compressed in one shot by libdeflate, which
 *     is several times faster than zlib at a similar or better ratio.
 * Output is deterministic: no time stamp, a fixed chunk order. */
#include "render/png.h"

#include <libdeflate.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* libdeflate level: 6 matches zlib's default ratio (what Cairo uses) while
 * staying fast on flat images; higher levels cost much more for ~1%. */
#define PNG_DEFLATE_LEVEL 6

/* How the filter of each truecolour row is chosen. */
enum {
    PNG_FILTER_NONE = 0,
    PNG_FILTER_SUB = 1,
    PNG_FILTER_UP = 2,
    PNG_FILTER_AVG = 3,
    PNG_FILTER_PAETH = 4,
    PNG_FILTER_ADAPTIVE = 5 /* libpng's heuristic: least sum of |signed bytes| */
};

typedef struct png_params {
    int level;
    int filter;      /* for truecolour rows */
    int use_palette; /* try indexed colour first */
} png_params;

static const png_params PNG_DEFAULTS = {PNG_DEFLATE_LEVEL, PNG_FILTER_ADAPTIVE, 1};

static void put_be32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

static uint32_t load_px(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4); /* Cairo's ARGB32 is a native-endian 32-bit word */
    return v;
}

static bayan_status put_chunk(bayan__buf *out, const char type[4], const void *data, uint32_t len)
{
    unsigned char head[8], tail[4];
    put_be32(head, len);
    memcpy(head + 4, type, 4);
    uint32_t crc = libdeflate_crc32(0, type, 4);
    if (len)
        crc = libdeflate_crc32(crc, data, len);
    put_be32(tail, crc);
    bayan__buf_append(out, head, 8);
    if (len)
        bayan__buf_append(out, data, len);
    return bayan__buf_append(out, tail, 4);
}

/* A premultiplied channel back to straight alpha, rounded as Cairo's own PNG
 * writer does, so that Cairo reading the file back gets the same pixels. */
static unsigned char unpremul(uint32_t c, uint32_t a)
{
    uint32_t v = (c * 255 + a / 2) / a;
    return (unsigned char)(v > 255 ? 255 : v);
}

static void px_to_rgba(uint32_t px, unsigned char rgba[4])
{
    uint32_t a = px >> 24;
    uint32_t r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;
    if (a == 255) {
        rgba[0] = (unsigned char)r;
        rgba[1] = (unsigned char)g;
        rgba[2] = (unsigned char)b;
    } else if (a == 0) {
        rgba[0] = rgba[1] = rgba[2] = 0;
    } else {
        rgba[0] = unpremul(r, a);
        rgba[1] = unpremul(g, a);
        rgba[2] = unpremul(b, a);
    }
    rgba[3] = (unsigned char)a;
}

/* ---- indexed colour ---------------------------------------------------- */

#define PAL_SLOTS 1024 /* open addressing, at most 256 used: short probes */

typedef struct palette {
    uint32_t key[PAL_SLOTS];
    short idx[PAL_SLOTS]; /* -1 when the slot is free */
    uint32_t colour[256]; /* premultiplied ARGB, in order of first appearance */
    int n;
} palette;

static unsigned pal_hash(uint32_t px)
{
    return (px * 2654435761u) >> 22; /* 10 bits */
}

/* The index of px, adding it; -1 when a 257th colour shows up. */
static int pal_index(palette *p, uint32_t px)
{
    unsigned h = pal_hash(px);
    for (;;) {
        if (p->idx[h] < 0) {
            if (p->n == 256)
                return -1;
            p->key[h] = px;
            p->idx[h] = (short)p->n;
            p->colour[p->n] = px;
            return p->n++;
        }
        if (p->key[h] == px)
            return p->idx[h];
        h = (h + 1) & (PAL_SLOTS - 1);
    }
}

/* Fills raw (height rows of 1 + width bytes, filter byte 0) with palette
 * indexes. Returns 0 when the image has more than 256 colours. Sets *opaque
 * as it goes; on failure *opaque covers only the rows scanned. */
static int index_pixels(const unsigned char *argb, int width, int height, int stride,
                        palette *pal, unsigned char *raw, int *opaque)
{
    uint32_t last = 0;
    int last_idx = -1;
    uint32_t alpha_and = 0xffffffffu;
    for (int y = 0; y < height; y++) {
        const unsigned char *src = argb + (size_t)y * (size_t)stride;
        unsigned char *row = raw + (size_t)y * ((size_t)width + 1);
        *row++ = 0;
        for (int x = 0; x < width; x++) {
            uint32_t px = load_px(src + 4 * (size_t)x);
            if (px != last || last_idx < 0) {
                /* runs of one colour are the rule in a chart: look up only
                 * when the colour changes */
                last = px;
                last_idx = pal_index(pal, px);
                if (last_idx < 0) {
                    *opaque = (alpha_and >> 24) == 255;
                    return 0;
                }
                alpha_and &= px;
            }
            row[x] = (unsigned char)last_idx;
        }
    }
    *opaque = (alpha_and >> 24) == 255;
    return 1;
}

static int scan_opaque(const unsigned char *argb, int width, int height, int stride)
{
    for (int y = 0; y < height; y++) {
        const unsigned char *src = argb + (size_t)y * (size_t)stride;
        uint32_t acc = 0xffffffffu;
        for (int x = 0; x < width; x++)
            acc &= load_px(src + 4 * (size_t)x);
        if ((acc >> 24) != 255)
            return 0;
    }
    return 1;
}

/* Puts the translucent colours first so that tRNS can stop at the last of
 * them; remaps the indexes in raw. Returns the length of tRNS (0: none). */
static int order_translucent_first(palette *pal, unsigned char *raw, int width, int height)
{
    unsigned char map[256];
    uint32_t sorted[256];
    int n = 0;
    for (int i = 0; i < pal->n; i++)
        if ((pal->colour[i] >> 24) != 255) {
            map[i] = (unsigned char)n;
            sorted[n++] = pal->colour[i];
        }
    int ntrns = n;
    if (ntrns == 0)
        return 0;
    int moved = 0;
    for (int i = 0; i < pal->n; i++) {
        if ((pal->colour[i] >> 24) == 255) {
            map[i] = (unsigned char)n;
            sorted[n++] = pal->colour[i];
        }
        if (map[i] != i)
            moved = 1;
    }
    memcpy(pal->colour, sorted, sizeof(uint32_t) * (size_t)pal->n);
    if (moved) {
        size_t total = (size_t)height * ((size_t)width + 1);
        for (size_t i = 0; i < total; i++)
            raw[i] = map[raw[i]];
        for (int y = 0; y < height; y++) /* the filter bytes are not indexes */
            raw[(size_t)y * ((size_t)width + 1)] = 0;
    }
    return ntrns;
}

/* Packs rows of 8-bit indexes into `bits` bits a pixel, in place (a packed
 * row is never longer than the row it is read from). Returns the new size. */
static size_t pack_rows(unsigned char *raw, int width, int height, int bits)
{
    size_t in_row = (size_t)width + 1;
    size_t out_row = 1 + ((size_t)width * (size_t)bits + 7) / 8;
    int per_byte = 8 / bits;
    for (int y = 0; y < height; y++) {
        const unsigned char *src = raw + (size_t)y * in_row + 1;
        unsigned char *dst = raw + (size_t)y * out_row;
        dst[0] = 0;
        dst++;
        for (int x = 0; x < width; x += per_byte) {
            unsigned v = 0;
            for (int k = 0; k < per_byte; k++) {
                v <<= bits;
                if (x + k < width)
                    v |= src[x + k];
            }
            *dst++ = (unsigned char)v;
        }
    }
    return out_row * (size_t)height;
}

/* ---- truecolour ---------------------------------------------------------- */

static void convert_row(const unsigned char *src, int width, int bpp, unsigned char *dst)
{
    if (bpp == 3) {
        for (int x = 0; x < width; x++) {
            uint32_t px = load_px(src + 4 * (size_t)x);
            dst[0] = (unsigned char)(px >> 16);
            dst[1] = (unsigned char)(px >> 8);
            dst[2] = (unsigned char)px;
            dst += 3;
        }
    } else {
        for (int x = 0; x < width; x++) {
            px_to_rgba(load_px(src + 4 * (size_t)x), dst);
            dst += 4;
        }
    }
}

static unsigned char paeth(unsigned char a, unsigned char b, unsigned char c)
{
    int p = (int)a + (int)b - (int)c;
    int pa = abs(p - (int)a), pb = abs(p - (int)b), pc = abs(p - (int)c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

/* Filters cur (n bytes; prev is the row above, zeros for the first row) with
 * filter f into dst. */
static void apply_filter(int f, const unsigned char *cur, const unsigned char *prev, size_t n,
                         int bpp, unsigned char *dst)
{
    size_t i;
    size_t b = (size_t)bpp;
    switch (f) {
    case PNG_FILTER_SUB:
        for (i = 0; i < b && i < n; i++)
            dst[i] = cur[i];
        for (; i < n; i++)
            dst[i] = (unsigned char)(cur[i] - cur[i - b]);
        break;
    case PNG_FILTER_UP:
        for (i = 0; i < n; i++)
            dst[i] = (unsigned char)(cur[i] - prev[i]);
        break;
    case PNG_FILTER_AVG:
        for (i = 0; i < b && i < n; i++)
            dst[i] = (unsigned char)(cur[i] - (prev[i] >> 1));
        for (; i < n; i++)
            dst[i] = (unsigned char)(cur[i] - ((cur[i - b] + prev[i]) >> 1));
        break;
    case PNG_FILTER_PAETH:
        for (i = 0; i < b && i < n; i++)
            dst[i] = (unsigned char)(cur[i] - prev[i]);
        for (; i < n; i++)
            dst[i] = (unsigned char)(cur[i] - paeth(cur[i - b], prev[i], prev[i - b]));
        break;
    default:
        memcpy(dst, cur, n);
        break;
    }
}

static unsigned long row_cost(const unsigned char *d, size_t n)
{
    unsigned long s = 0;
    for (size_t i = 0; i < n; i++)
        s += d[i] < 128 ? d[i] : 256u - d[i];
    return s;
}

/* Filters one row into dst[0] (filter byte) and dst[1..n]. For the adaptive
 * choice every filter is tried into scratch and the one with the least sum
 * of |signed bytes| wins, as libpng does; a row equal to the one above is
 * Up (all zeros) at once, which is common in charts. */
static void filter_row(int mode, const unsigned char *cur, const unsigned char *prev, size_t n,
                       int bpp, unsigned char *dst, unsigned char *scratch)
{
    if (mode != PNG_FILTER_ADAPTIVE) {
        dst[0] = (unsigned char)mode;
        apply_filter(mode, cur, prev, n, bpp, dst + 1);
        return;
    }
    if (memcmp(cur, prev, n) == 0) {
        dst[0] = PNG_FILTER_UP;
        memset(dst + 1, 0, n);
        return;
    }
    int best = PNG_FILTER_NONE;
    unsigned long best_cost = row_cost(cur, n);
    memcpy(dst + 1, cur, n);
    for (int f = PNG_FILTER_SUB; f <= PNG_FILTER_PAETH; f++) {
        apply_filter(f, cur, prev, n, bpp, scratch);
        unsigned long c = row_cost(scratch, n);
        if (c < best_cost) {
            best_cost = c;
            best = f;
            memcpy(dst + 1, scratch, n);
        }
    }
    dst[0] = (unsigned char)best;
}

/* ---- the file -------------------------------------------------------------- */

static bayan_status put_header(bayan__buf *out, int width, int height, int bit_depth,
                               int colour_type, double dpi)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    unsigned char ihdr[13];
    put_be32(ihdr, (uint32_t)width);
    put_be32(ihdr + 4, (uint32_t)height);
    ihdr[8] = (unsigned char)bit_depth;
    ihdr[9] = (unsigned char)colour_type;
    ihdr[10] = 0; /* deflate */
    ihdr[11] = 0; /* adaptive filtering */
    ihdr[12] = 0; /* no interlace */
    bayan__buf_append(out, sig, sizeof sig);
    put_chunk(out, "IHDR", ihdr, sizeof ihdr);

    /* Cairo draws in sRGB. The PNG spec asks writers of sRGB to add gAMA and
     * cHRM with the sRGB values for decoders that do not know sRGB. */
    static const unsigned char srgb[1] = {0}; /* perceptual */
    put_chunk(out, "sRGB", srgb, 1);
    unsigned char gama[4];
    put_be32(gama, 45455);
    put_chunk(out, "gAMA", gama, 4);
    static const uint32_t chrm_v[8] = {31270, 32900, 64000, 33000, 30000, 60000, 15000, 6000};
    unsigned char chrm[32];
    for (int i = 0; i < 8; i++)
        put_be32(chrm + 4 * i, chrm_v[i]);
    put_chunk(out, "cHRM", chrm, sizeof chrm);

    if (dpi > 0) {
        double ppm = dpi / 0.0254 + 0.5;
        unsigned char phys[9];
        uint32_t v = ppm >= 2147483647.0 ? 2147483647u : (uint32_t)ppm;
        put_be32(phys, v);
        put_be32(phys + 4, v);
        phys[8] = 1; /* the unit is the metre */
        put_chunk(out, "pHYs", phys, sizeof phys);
    }
    return out->failed ? BAYAN_ENOMEM : BAYAN_OK;
}

/* Compresses raw straight into an IDAT chunk at the end of out. */
static bayan_status put_idat(bayan__buf *out, const unsigned char *raw, size_t n, int level)
{
    bayan_status rc = BAYAN_ENOMEM;
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);
    if (!c)
        goto out;
    size_t bound = libdeflate_zlib_compress_bound(c, n);
    if (bound > 0x7fffffffu - 12) {
        rc = BAYAN_ERENDER; /* too big for one chunk; never for our sizes */
        goto out;
    }
    if (bayan__buf_reserve(out, 12 + bound) != BAYAN_OK)
        goto out;
    unsigned char *chunk = (unsigned char *)out->data + out->len;
    size_t z = libdeflate_zlib_compress(c, raw, n, chunk + 8, bound);
    if (z == 0) {
        rc = BAYAN_ERENDER;
        goto out;
    }
    put_be32(chunk, (uint32_t)z);
    memcpy(chunk + 4, "IDAT", 4);
    put_be32(chunk + 8 + z, libdeflate_crc32(0, chunk + 4, z + 4));
    out->len += 12 + z;
    out->data[out->len] = '\0';
    rc = BAYAN_OK;
out:
    libdeflate_free_compressor(c);
    return rc;
}

static bayan_status encode(const unsigned char *argb, int width, int height, int stride,
                           double dpi, const png_params *pp, bayan__buf *out)
{
    bayan_status rc = BAYAN_ENOMEM;
    unsigned char *raw = NULL, *rows = NULL;
    palette *pal = NULL;
    size_t start = out ? out->len : 0;

    /* Bad sizes are a caller's rendering bug, reported as a render failure. */
    if (!argb || !out || width <= 0 || height <= 0 || stride < 0 || stride / 4 < width ||
        (size_t)width > ((size_t)-1) / 8 / (size_t)height) {
        rc = BAYAN_ERENDER;
        goto out;
    }

    size_t w = (size_t)width, h = (size_t)height;
    int opaque = 1;
    size_t raw_len = 0;
    if (pp->use_palette) {
        if (!(pal = malloc(sizeof *pal)) || !(raw = malloc(h * (w + 1))))
            goto out;
        memset(pal->idx, 0xff, sizeof pal->idx);
        pal->n = 0;
        if (index_pixels(argb, width, height, stride, pal, raw, &opaque)) {
            int ntrns = order_translucent_first(pal, raw, width, height);
            int bits = pal->n <= 2 ? 1 : pal->n <= 4 ? 2 : pal->n <= 16 ? 4 : 8;
            raw_len = bits == 8 ? h * (w + 1) : pack_rows(raw, width, height, bits);
            if ((rc = put_header(out, width, height, bits, 3, dpi)) != BAYAN_OK)
                goto out;
            unsigned char plte[768], trns[256];
            for (int i = 0; i < pal->n; i++) {
                unsigned char rgba[4];
                px_to_rgba(pal->colour[i], rgba);
                memcpy(plte + 3 * i, rgba, 3);
                trns[i] = rgba[3];
            }
            put_chunk(out, "PLTE", plte, 3 * (uint32_t)pal->n);
            if (ntrns)
                put_chunk(out, "tRNS", trns, (uint32_t)ntrns);
            goto compress;
        }
        /* More than 256 colours: finish the opacity scan where it stopped
         * being cheap to keep two answers, then write truecolour. */
        if (opaque)
            opaque = scan_opaque(argb, width, height, stride);
        free(raw);
        raw = NULL;
    } else {
        opaque = scan_opaque(argb, width, height, stride);
    }

    {
        int bpp = opaque ? 3 : 4;
        size_t n = w * (size_t)bpp;
        raw_len = h * (n + 1);
        /* rows: the previous and current converted rows and a scratch row */
        if (!(raw = malloc(raw_len)) || !(rows = calloc(3, n)))
            goto out;
        unsigned char *prev = rows, *cur = rows + n, *scratch = rows + 2 * n;
        for (size_t y = 0; y < h; y++) {
            convert_row(argb + y * (size_t)stride, width, bpp, cur);
            filter_row(pp->filter, cur, prev, n, bpp, raw + y * (n + 1), scratch);
            unsigned char *t = prev;
            prev = cur;
            cur = t;
        }
        if ((rc = put_header(out, width, height, 8, opaque ? 2 : 6, dpi)) != BAYAN_OK)
            goto out;
    }

compress:
    if ((rc = put_idat(out, raw, raw_len, pp->level)) != BAYAN_OK)
        goto out;
    rc = put_chunk(out, "IEND", NULL, 0);
out:
    if (rc != BAYAN_OK && out && !out->failed && out->len > start) {
        out->len = start; /* no half-written file in the caller's buffer */
        out->data[start] = '\0';
    }
    free(raw);
    free(rows);
    free(pal);
    return rc;
}

bayan_status bayan__png_encode(const unsigned char *argb, int width, int height, int stride,
                               double dpi, bayan__buf *out)
{
    return encode(argb, width, height, stride, dpi, &PNG_DEFAULTS, out);
}

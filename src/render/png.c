/* A fast PNG encoder for Cairo image surfaces.
 *
 * Cairo's own writer goes through libpng and zlib at level 6 with adaptive
 * filtering: 10-20 ms for an 800x500 chart. Charts are large flat areas with
 * antialiased edges and text, which allows these savings:
 *   - when the image has at most 256 distinct pixels it is written as an
 *     indexed PNG (1, 2, 4 or 8 bits a pixel): a quarter of the data or less
 *     to compress, and a smaller file;
 *   - otherwise RGB (when every pixel is opaque) or RGBA, unfiltered, with
 *     rows equal to the one above copied rather than converted;
 *   - the scanlines are compressed by a deflate encoder made for charts
 *     (below), about ten times faster than libpng+zlib at 80-95% of the size
 *     on bayan's charts; images that compress badly with it (photographs,
 *     noise) go through per-row filters and libdeflate instead.
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
    int level;       /* libdeflate's, when it is used */
    int filter;      /* for truecolour rows given to libdeflate */
    int use_palette; /* try indexed colour first */
    int fast;        /* try the chart encoder first */
} png_params;

static const png_params PNG_DEFAULTS = {PNG_DEFLATE_LEVEL, PNG_FILTER_ADAPTIVE, 1, 1};

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
        int x = 0;
        /* two pixels a word: the compiler makes this a wide AND */
        for (; x + 1 < width; x += 2) {
            uint64_t v;
            memcpy(&v, src + 4 * (size_t)x, 8);
            acc &= (uint32_t)(v & (v >> 32));
        }
        if (x < width)
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
        /* one 4-byte store a pixel (R, G, B and a byte the next pixel
         * overwrites), the last pixel apart so as not to write past the row */
        int x = 0;
        for (; x + 1 < width; x++) {
            uint32_t px = load_px(src + 4 * (size_t)x);
            unsigned char t[4] = {(unsigned char)(px >> 16), (unsigned char)(px >> 8),
                                  (unsigned char)px, 0};
            memcpy(dst, t, 4);
            dst += 3;
        }
        uint32_t px = load_px(src + 4 * (size_t)x);
        dst[0] = (unsigned char)(px >> 16);
        dst[1] = (unsigned char)(px >> 8);
        dst[2] = (unsigned char)px;
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

/* ---- a deflate encoder for charts --------------------------------------------
 *
 * General-purpose deflate spends its time hashing every byte. A chart's
 * scanlines (unfiltered) are mostly copies: of the row above (flat areas,
 * bars, whitespace: whole rows at once) or of the pixel to the left (runs).
 * So this encoder tries those two distances first at each position, with
 * word-wide compares (the left one first: on a tie its short distance costs
 * fewer bits), then a short hash chain for other repeats (glyphs drawn
 * twice); everything else is a literal. Lazy matching as in zlib. Symbols go
 * into blocks of 32K with their own Huffman codes. put_idat falls back to
 * libdeflate when this compresses badly (images unlike charts). */

#define FD_BLOCK 32768    /* symbols a block */
#define FD_HASH_BITS 15
#define FD_WINDOW 32768
#define FD_DEPTH 4 /* hash chain candidates tried */
#define FD_GOOD 32  /* a match this long ends the search */
#define FD_LAZY 32  /* matches this long are taken at once */
#define FD_MATCH_FLAG 0x80000000u

typedef struct huff {
    uint16_t code[288]; /* bit-reversed, ready to be written LSB first */
    uint8_t len[288];
} huff;

typedef struct fdeflate {
    bayan__buf *out;
    unsigned char *p; /* where the next whole byte goes */
    uint64_t acc;
    int nbits;
    uint32_t *sym; /* literals, or FD_MATCH_FLAG | len << 16 | dist */
    size_t nsym;
    uint32_t lfreq[286], dfreq[30];
    uint32_t *hash;  /* newest position with these 4 bytes */
    uint32_t *chain; /* the one before it, by position modulo the window */
} fdeflate;

static void bw_put(fdeflate *w, uint32_t bits, int n)
{
    w->acc |= (uint64_t)bits << w->nbits;
    w->nbits += n;
    if (w->nbits >= 32) {
        uint32_t v = (uint32_t)w->acc;
        w->p[0] = (unsigned char)v;
        w->p[1] = (unsigned char)(v >> 8);
        w->p[2] = (unsigned char)(v >> 16);
        w->p[3] = (unsigned char)(v >> 24);
        w->p += 4;
        w->acc >>= 32;
        w->nbits -= 32;
    }
}

static void bw_flush(fdeflate *w)
{
    while (w->nbits > 0) {
        *w->p++ = (unsigned char)w->acc;
        w->acc >>= 8;
        w->nbits -= 8;
    }
    w->nbits = 0;
    w->acc = 0;
}

static int ilog2(uint32_t x)
{
    return 31 - __builtin_clz(x);
}

/* Length 3..258 to symbol 257..285 with its extra bits. */
static void len_code(unsigned len, unsigned *sym, unsigned *nextra, unsigned *extra)
{
    unsigned l = len - 3;
    if (len == 258) {
        *sym = 285, *nextra = 0, *extra = 0;
    } else if (l < 8) {
        *sym = 257 + l, *nextra = 0, *extra = 0;
    } else {
        int nb = ilog2(l);
        *sym = 257 + 4 * (unsigned)(nb - 1) + ((l >> (nb - 2)) & 3);
        *nextra = (unsigned)nb - 2;
        *extra = l & ((1u << (nb - 2)) - 1);
    }
}

/* Distance 1..32768 to symbol 0..29 with its extra bits. */
static void dist_code(unsigned dist, unsigned *sym, unsigned *nextra, unsigned *extra)
{
    unsigned x = dist - 1;
    if (x < 4) {
        *sym = x, *nextra = 0, *extra = 0;
    } else {
        int nb = ilog2(x);
        *sym = 2 * (unsigned)nb + ((x >> (nb - 1)) & 1);
        *nextra = (unsigned)nb - 1;
        *extra = x & ((1u << (nb - 1)) - 1);
    }
}

typedef struct sf {
    uint32_t freq;
    uint16_t sym;
} sf;

static int sf_cmp(const void *a, const void *b)
{
    const sf *x = a, *y = b;
    if (x->freq != y->freq)
        return x->freq < y->freq ? -1 : 1;
    return x->sym < y->sym ? -1 : x->sym > y->sym;
}

/* Moffat and Katajainen's in-place minimum-redundancy code lengths: A holds
 * n >= 2 frequencies in ascending order and gets the code lengths. */
static void mk_lengths(uint32_t *A, int n)
{
    int root = 0, leaf = 2, next;
    A[0] += A[1];
    for (next = 1; next < n - 1; next++) {
        if (leaf >= n || A[root] < A[leaf]) {
            A[next] = A[root];
            A[root++] = (uint32_t)next;
        } else {
            A[next] = A[leaf++];
        }
        if (leaf >= n || (root < next && A[root] < A[leaf])) {
            A[next] += A[root];
            A[root++] = (uint32_t)next;
        } else {
            A[next] += A[leaf++];
        }
    }
    A[n - 2] = 0;
    for (next = n - 3; next >= 0; next--)
        A[next] = A[A[next]] + 1;
    int avbl = 1, used = 0;
    uint32_t dpth = 0;
    root = n - 2;
    next = n - 1;
    while (avbl > 0) {
        while (root >= 0 && A[root] == dpth) {
            used++;
            root--;
        }
        while (avbl > used) {
            A[next--] = dpth;
            avbl--;
        }
        avbl = 2 * used;
        dpth++;
        used = 0;
    }
}

/* Huffman code for freq[0..n) limited to maxlen bits. Symbols with freq 0
 * get no code; the caller makes sure at least two have one. */
static void build_huff(const uint32_t *freq, int n, int maxlen, huff *h)
{
    sf s[288];
    uint32_t A[288];
    int m = 0;
    for (int i = 0; i < n; i++) {
        h->len[i] = 0;
        if (freq[i]) {
            s[m].freq = freq[i];
            s[m].sym = (uint16_t)i;
            m++;
        }
    }
    for (;;) {
        qsort(s, (size_t)m, sizeof *s, sf_cmp);
        for (int i = 0; i < m; i++)
            A[i] = s[i].freq;
        mk_lengths(A, m);
        if ((int)A[0] <= maxlen) /* A[0] is the longest */
            break;
        /* too deep: flatten the distribution and try again */
        for (int i = 0; i < m; i++)
            s[i].freq = (s[i].freq + 1) / 2;
    }
    for (int i = 0; i < m; i++)
        h->len[s[i].sym] = (uint8_t)A[i];
    /* canonical codes */
    unsigned count[16] = {0}, next_code[16];
    for (int i = 0; i < n; i++)
        count[h->len[i]]++;
    count[0] = 0;
    unsigned code = 0;
    for (int b = 1; b < 16; b++) {
        code = (code + count[b - 1]) << 1;
        next_code[b] = code;
    }
    for (int i = 0; i < n; i++) {
        int l = h->len[i];
        if (!l)
            continue;
        unsigned c = next_code[l]++, r = 0;
        for (int k = 0; k < l; k++) /* reverse: deflate sends codes MSB first */
            r |= ((c >> k) & 1u) << (l - 1 - k);
        h->code[i] = (uint16_t)r;
    }
}

static void ensure_two(uint32_t *freq, int n)
{
    int used = 0;
    for (int i = 0; i < n && used < 2; i++)
        used += freq[i] != 0;
    for (int i = 0; used < 2 && i < n; i++)
        if (!freq[i]) {
            freq[i] = 1;
            used++;
        }
}

static bayan_status fd_flush_block(fdeflate *w, int final)
{
    static const unsigned char order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5,
                                            11, 4, 12, 3, 13, 2, 14, 1, 15};
    huff lit, dist, cl;
    w->lfreq[256] = 1;
    ensure_two(w->lfreq, 286);
    ensure_two(w->dfreq, 30);
    build_huff(w->lfreq, 286, 15, &lit);
    build_huff(w->dfreq, 30, 15, &dist);

    int nlit = 286, ndist = 30;
    while (nlit > 257 && !lit.len[nlit - 1])
        nlit--;
    while (ndist > 1 && !dist.len[ndist - 1])
        ndist--;
    /* run-length code the code lengths */
    uint8_t lens[286 + 30], rle[286 + 30], rle_extra[286 + 30];
    int nl = 0, nr = 0;
    for (int i = 0; i < nlit; i++)
        lens[nl++] = lit.len[i];
    for (int i = 0; i < ndist; i++)
        lens[nl++] = dist.len[i];
    uint32_t clfreq[19] = {0};
    for (int i = 0; i < nl;) {
        int cur = lens[i], run = 1;
        while (i + run < nl && lens[i + run] == cur)
            run++;
        i += run;
        if (cur == 0) {
            while (run >= 11) {
                int r = run > 138 ? 138 : run;
                rle[nr] = 18, rle_extra[nr++] = (uint8_t)(r - 11);
                run -= r;
            }
            if (run >= 3) {
                rle[nr] = 17, rle_extra[nr++] = (uint8_t)(run - 3);
                run = 0;
            }
        } else {
            rle[nr] = (uint8_t)cur, rle_extra[nr++] = 0;
            run--;
            while (run >= 3) {
                int r = run > 6 ? 6 : run;
                rle[nr] = 16, rle_extra[nr++] = (uint8_t)(r - 3);
                run -= r;
            }
        }
        while (run-- > 0)
            rle[nr] = (uint8_t)cur, rle_extra[nr++] = 0;
    }
    for (int i = 0; i < nr; i++)
        clfreq[rle[i]]++;
    ensure_two(clfreq, 19);
    build_huff(clfreq, 19, 7, &cl);
    int nclen = 19;
    while (nclen > 4 && !cl.len[order[nclen - 1]])
        nclen--;

    /* worst case: every symbol 15 + 5 + 15 + 13 bits, plus a header of at
     * most 17 + 19 * 3 + 316 * (7 + 7) bits and the last partial word */
    size_t at = (size_t)(w->p - (unsigned char *)w->out->data);
    if (bayan__buf_reserve(w->out, at - w->out->len + 6 * w->nsym + 1024) != BAYAN_OK)
        return BAYAN_ENOMEM;
    w->p = (unsigned char *)w->out->data + at;

    bw_put(w, final ? 1u : 0u, 1);
    bw_put(w, 2, 2); /* dynamic Huffman */
    bw_put(w, (uint32_t)(nlit - 257), 5);
    bw_put(w, (uint32_t)(ndist - 1), 5);
    bw_put(w, (uint32_t)(nclen - 4), 4);
    for (int i = 0; i < nclen; i++)
        bw_put(w, cl.len[order[i]], 3);
    for (int i = 0; i < nr; i++) {
        bw_put(w, cl.code[rle[i]], cl.len[rle[i]]);
        if (rle[i] == 16)
            bw_put(w, rle_extra[i], 2);
        else if (rle[i] == 17)
            bw_put(w, rle_extra[i], 3);
        else if (rle[i] == 18)
            bw_put(w, rle_extra[i], 7);
    }
    for (size_t i = 0; i < w->nsym; i++) {
        uint32_t s = w->sym[i];
        if (!(s & FD_MATCH_FLAG)) {
            bw_put(w, lit.code[s], lit.len[s]);
            continue;
        }
        unsigned ls, ln, le, ds, dn, de;
        len_code((s >> 16) & 0x1ff, &ls, &ln, &le);
        dist_code(s & 0xffff, &ds, &dn, &de);
        bw_put(w, lit.code[ls], lit.len[ls]);
        if (ln)
            bw_put(w, le, (int)ln);
        bw_put(w, dist.code[ds], dist.len[ds]);
        if (dn)
            bw_put(w, de, (int)dn);
    }
    bw_put(w, lit.code[256], lit.len[256]);
    w->nsym = 0;
    memset(w->lfreq, 0, sizeof w->lfreq);
    memset(w->dfreq, 0, sizeof w->dfreq);
    return BAYAN_OK;
}

static bayan_status fd_literal(fdeflate *w, unsigned char c)
{
    w->sym[w->nsym++] = c;
    w->lfreq[c]++;
    if (w->nsym == FD_BLOCK)
        return fd_flush_block(w, 0);
    return BAYAN_OK;
}

static bayan_status fd_match(fdeflate *w, unsigned len, unsigned dist)
{
    unsigned ls, ln, le, ds, dn, de;
    len_code(len, &ls, &ln, &le);
    dist_code(dist, &ds, &dn, &de);
    w->sym[w->nsym++] = FD_MATCH_FLAG | (uint32_t)len << 16 | (dist & 0xffff);
    w->lfreq[ls]++;
    w->dfreq[ds]++;
    if (w->nsym == FD_BLOCK)
        return fd_flush_block(w, 0);
    return BAYAN_OK;
}

/* How many bytes from p repeat those from q (< p), at most max. */
static size_t match_len(const unsigned char *d, size_t p, size_t q, size_t max)
{
    size_t l = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (l + 8 <= max) {
        uint64_t a, b;
        memcpy(&a, d + p + l, 8);
        memcpy(&b, d + q + l, 8);
        if (a != b)
            return l + ((size_t)__builtin_ctzll(a ^ b) >> 3);
        l += 8;
    }
#endif
    while (l < max && d[p + l] == d[q + l])
        l++;
    return l;
}

static uint32_t hash4(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return (v * 2654435761u) >> (32 - FD_HASH_BITS);
}

typedef struct fd_match_t {
    size_t len, dist;
} fd_match_t;

/* The longest match at p among the row above, the pixel to the left and the
 * last position with the same 4 bytes (which p then replaces). */
static fd_match_t find_match(const unsigned char *d, size_t p, size_t n, size_t above,
                             size_t bpp, uint32_t *hash, uint32_t *chain)
{
    fd_match_t m = {0, 0};
    size_t max = n - p < 258 ? n - p : 258;
    /* the pixel to the left first: on a tie its short distance is cheaper */
    if (p >= bpp) {
        m.len = match_len(d, p, p - bpp, max);
        m.dist = bpp;
    }
    if (m.len < max && above && p >= above) {
        size_t l = match_len(d, p, p - above, max);
        if (l > m.len)
            m.len = l, m.dist = above;
    }
    if (m.len < FD_GOOD && p + 4 <= n) {
        uint32_t h = hash4(d + p);
        uint32_t cand = hash[h];
        hash[h] = (uint32_t)p;
        chain[p & (FD_WINDOW - 1)] = cand;
        for (int depth = 0; depth < FD_DEPTH && cand != 0xffffffffu && cand < p &&
                            p - cand <= FD_WINDOW && m.len < max;
             depth++) {
            if (d[cand + m.len] == d[p + m.len]) { /* can it beat the best? */
                size_t l = match_len(d, p, cand, max);
                if (l > m.len)
                    m.len = l, m.dist = p - cand;
            }
            uint32_t nc = chain[cand & (FD_WINDOW - 1)];
            if (nc >= cand) /* overwritten by a newer position */
                break;
            cand = nc;
        }
    }
    /* a far match of 3 costs about what three literals do */
    if (m.len < 3 || (m.len == 3 && m.dist != bpp))
        m.len = 0;
    return m;
}

/* Deflates the scanlines d[0..n) (rows of row_len bytes, bpp bytes a pixel)
 * as a zlib stream appended to out. Lazy matching, as zlib does: a match is
 * put off by a byte when the next position has a longer one. */
static bayan_status fdeflate_zlib(const unsigned char *d, size_t n, size_t row_len, size_t bpp,
                                  bayan__buf *out)
{
    bayan_status rc = BAYAN_ENOMEM;
    fdeflate w;
    memset(&w, 0, sizeof w);
    w.out = out;
    if (!(w.sym = malloc(sizeof *w.sym * FD_BLOCK)) ||
        !(w.hash = malloc(sizeof *w.hash << FD_HASH_BITS)) ||
        !(w.chain = malloc(sizeof *w.chain * FD_WINDOW)))
        goto out;
    /* every candidate is verified, but the output must not depend on what
     * malloc left behind */
    memset(w.hash, 0xff, sizeof *w.hash << FD_HASH_BITS);
    memset(w.chain, 0xff, sizeof *w.chain * FD_WINDOW);
    if (bayan__buf_append(out, "\x78\x5e", 2) != BAYAN_OK)
        goto out;
    w.p = (unsigned char *)out->data + out->len;

    size_t above = row_len <= FD_WINDOW ? row_len : 0;
    size_t p = 0;
    fd_match_t cur = find_match(d, 0, n, above, bpp, w.hash, w.chain);
    while (p < n) {
        if (cur.len && cur.len < FD_LAZY && p + 1 < n) {
            fd_match_t next = find_match(d, p + 1, n, above, bpp, w.hash, w.chain);
            if (next.len > cur.len) {
                if ((rc = fd_literal(&w, d[p])) != BAYAN_OK)
                    goto out;
                p++;
                cur = next;
                continue;
            }
        }
        if (cur.len) {
            rc = fd_match(&w, (unsigned)cur.len, (unsigned)cur.dist);
            p += cur.len;
        } else {
            rc = fd_literal(&w, d[p]);
            p++;
        }
        if (rc != BAYAN_OK)
            goto out;
        if (p < n)
            cur = find_match(d, p, n, above, bpp, w.hash, w.chain);
    }
    if ((rc = fd_flush_block(&w, 1)) != BAYAN_OK)
        goto out;
    bw_flush(&w);
    out->len = (size_t)(w.p - (unsigned char *)out->data);
    {
        unsigned char ad[4];
        put_be32(ad, libdeflate_adler32(1, d, n));
        rc = bayan__buf_append(out, ad, 4);
    }
out:
    free(w.sym);
    free(w.hash);
    free(w.chain);
    return rc;
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

/* Deflates the scanlines raw (None-filtered rows) with libdeflate after
 * choosing a filter for each row, as general-purpose encoders do. */
static bayan_status deflate_general(const unsigned char *raw, size_t n, size_t row_len,
                                    int bpp, int filter, int level, unsigned char **z, size_t *zlen)
{
    bayan_status rc = BAYAN_ENOMEM;
    unsigned char *filtered = NULL, *zero = NULL, *scratch = NULL;
    struct libdeflate_compressor *c = NULL;
    size_t rows = n / row_len, len = row_len - 1;
    *z = NULL;
    if (!(filtered = malloc(n)) || !(zero = calloc(1, len + 1)) || !(scratch = malloc(len + 1)))
        goto out;
    for (size_t y = 0; y < rows; y++) {
        const unsigned char *cur = raw + y * row_len + 1;
        const unsigned char *prev = y ? cur - row_len : zero;
        filter_row(filter, cur, prev, len, bpp, filtered + y * row_len, scratch);
    }
    if (!(c = libdeflate_alloc_compressor(level)))
        goto out;
    size_t bound = libdeflate_zlib_compress_bound(c, n);
    if (!(*z = malloc(bound)))
        goto out;
    *zlen = libdeflate_zlib_compress(c, filtered, n, *z, bound);
    rc = *zlen ? BAYAN_OK : BAYAN_ERENDER;
out:
    if (rc != BAYAN_OK) {
        free(*z);
        *z = NULL;
    }
    libdeflate_free_compressor(c);
    free(filtered);
    free(zero);
    free(scratch);
    return rc;
}

/* Compresses the None-filtered scanlines raw into an IDAT chunk at the end
 * of out: with the chart encoder, and, when that does badly, with libdeflate
 * and per-row filters too, keeping the smaller. */
static bayan_status put_idat(bayan__buf *out, const unsigned char *raw, size_t n, size_t row_len,
                             int bpp, const png_params *pp)
{
    bayan_status rc;
    unsigned char *z = NULL;
    size_t zlen = 0;
    size_t cs = out->len;
    if (pp->fast) {
        if ((rc = bayan__buf_append(out, "\0\0\0\0IDAT", 8)) != BAYAN_OK ||
            (rc = fdeflate_zlib(raw, n, row_len, (size_t)bpp, out)) != BAYAN_OK)
            goto out;
        zlen = out->len - cs - 8;
        /* charts compress 20 to 100 times; worse than 8 means something
         * unlike a chart (a photograph, noise), where filters help */
        if (zlen <= n / 8)
            goto finish;
    }
    if ((rc = deflate_general(raw, n, row_len, bpp, bpp == 1 ? PNG_FILTER_NONE : pp->filter,
                              pp->level, &z, &zlen)) != BAYAN_OK)
        goto out;
    if (pp->fast && zlen >= out->len - cs - 8) {
        zlen = out->len - cs - 8;
        goto finish;
    }
    if (zlen > 0x7fffffffu) {
        rc = BAYAN_ERENDER;
        goto out;
    }
    out->len = cs;
    if ((rc = bayan__buf_append(out, "\0\0\0\0IDAT", 8)) != BAYAN_OK ||
        (rc = bayan__buf_append(out, z, zlen)) != BAYAN_OK)
        goto out;
finish:
    if (zlen > 0x7fffffffu) {
        rc = BAYAN_ERENDER;
        goto out;
    }
    {
        unsigned char *chunk = (unsigned char *)out->data + cs, crc[4];
        put_be32(chunk, (uint32_t)zlen);
        put_be32(crc, libdeflate_crc32(0, chunk + 4, zlen + 4));
        rc = bayan__buf_append(out, crc, 4);
    }
out:
    free(z);
    return rc;
}

static bayan_status encode(const unsigned char *argb, int width, int height, int stride,
                           double dpi, const png_params *pp, bayan__buf *out)
{
    bayan_status rc = BAYAN_ENOMEM;
    unsigned char *raw = NULL;
    palette *pal = NULL;
    size_t start = out ? out->len : 0;

    /* Bad sizes are a caller's rendering bug, reported as a render failure. */
    if (!argb || !out || width <= 0 || height <= 0 || stride < 0 || stride / 4 < width ||
        (size_t)width > ((size_t)-1) / 8 / (size_t)height || width > 0x3fffffff) {
        rc = BAYAN_ERENDER;
        goto out;
    }

    size_t w = (size_t)width, h = (size_t)height;
    int opaque = 1, bpp;
    size_t raw_len = 0, row_len;
    if (pp->use_palette) {
        if (!(pal = malloc(sizeof *pal)) || !(raw = malloc(h * (w + 1))))
            goto out;
        memset(pal->idx, 0xff, sizeof pal->idx);
        pal->n = 0;
        if (index_pixels(argb, width, height, stride, pal, raw, &opaque)) {
            int ntrns = order_translucent_first(pal, raw, width, height);
            int bits = pal->n <= 2 ? 1 : pal->n <= 4 ? 2 : pal->n <= 16 ? 4 : 8;
            raw_len = bits == 8 ? h * (w + 1) : pack_rows(raw, width, height, bits);
            row_len = raw_len / h;
            bpp = 1;
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
        /* More than 256 colours: the scan stopped early, so finish the
         * opacity check, then write truecolour. */
        if (opaque)
            opaque = scan_opaque(argb, width, height, stride);
        free(raw);
        raw = NULL;
    } else {
        opaque = scan_opaque(argb, width, height, stride);
    }

    bpp = opaque ? 3 : 4;
    row_len = w * (size_t)bpp + 1;
    raw_len = h * row_len;
    if (!(raw = malloc(raw_len)))
        goto out;
    for (size_t y = 0; y < h; y++) {
        const unsigned char *src = argb + y * (size_t)stride;
        raw[y * row_len] = PNG_FILTER_NONE;
        /* most rows of a chart repeat the one above: copy instead */
        if (y && memcmp(src, src - stride, w * 4) == 0)
            memcpy(raw + y * row_len + 1, raw + (y - 1) * row_len + 1, row_len - 1);
        else
            convert_row(src, width, bpp, raw + y * row_len + 1);
    }
    if ((rc = put_header(out, width, height, 8, opaque ? 2 : 6, dpi)) != BAYAN_OK)
        goto out;

compress:
    if ((rc = put_idat(out, raw, raw_len, row_len, bpp, pp)) != BAYAN_OK)
        goto out;
    rc = put_chunk(out, "IEND", NULL, 0);
out:
    if (rc != BAYAN_OK && out && !out->failed && out->len > start) {
        out->len = start; /* no half-written file in the caller's buffer */
        out->data[start] = '\0';
    }
    free(raw);
    free(pal);
    return rc;
}

bayan_status bayan__png_encode(const unsigned char *argb, int width, int height, int stride,
                               double dpi, bayan__buf *out)
{
    return encode(argb, width, height, stride, dpi, &PNG_DEFAULTS, out);
}

/* Drawing chart specs with Cairo and Pango.
 *
 * Every chart is laid out in logical coordinates, where "start" is the side
 * a reader begins on: left in English, right in Arabic. Rectangles and text
 * anchors pass through mirror(), so a right-to-left chart is the exact mirror
 * of its left-to-right twin, while the glyphs themselves are shaped and
 * ordered by Pango (one layout per label, base direction and language set)
 * and never flipped. */
#define _GNU_SOURCE
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_int.h"

typedef struct rgb {
    double r, g, b;
} rgb;

#define HEX(h) {((h) >> 16 & 0xFF) / 255.0, ((h) >> 8 & 0xFF) / 255.0, ((h)&0xFF) / 255.0}

typedef struct bayan__theme {
    rgb bg, text, text2, muted, grid, axis, empty, card, card_line, band, band_text, band_text2;
    rgb series[8];
    rgb other; /* the reference bars of a comparison */
} bayan__theme;

/* Okabe & Ito's colour-blind-safe palette; text in near-black greys. */
static const bayan__theme theme_default = {
    HEX(0xFFFFFF), HEX(0x1F2328), HEX(0x4B5563), HEX(0x6B7280), HEX(0xE5E7EB), HEX(0x9CA3AF),
    HEX(0xE5E7EB), HEX(0xF3F5F7), HEX(0xE2E6EA), HEX(0x0B3C5D), HEX(0xFFFFFF), HEX(0xC9D8E6),
    {HEX(0x0072B2), HEX(0xE69F00), HEX(0x009E73), HEX(0xCC79A7), HEX(0x56B4E9), HEX(0xD55E00),
     HEX(0xF0E442), HEX(0x000000)},
    HEX(0xA7B0BA)};

static const bayan__theme theme_print = {
    HEX(0xFFFFFF), HEX(0x000000), HEX(0x333333), HEX(0x555555), HEX(0xDDDDDD), HEX(0x888888),
    HEX(0xE6E6E6), HEX(0xF2F2F2), HEX(0xD9D9D9), HEX(0x262626), HEX(0xFFFFFF), HEX(0xD0D0D0),
    {HEX(0x3A3A3A), HEX(0x8C8C8C), HEX(0x5E5E5E), HEX(0xB3B3B3), HEX(0x222222), HEX(0x767676),
     HEX(0xC8C8C8), HEX(0x4A4A4A)},
    HEX(0xB8B8B8)};

typedef enum { AL_START = 0, AL_CENTER, AL_END } align;

typedef struct R {
    cairo_t *cr;
    PangoContext *pc;
    const bayan_chart *c;
    const bayan__theme *th;
    bayan__fmt fmt;
    int rtl;
    double u;              /* type scale: 1 at 800x500 */
    double mx0, mx1;       /* the mirror's extent: x -> mx0 + mx1 - x */
    const char *family;
    bayan_status st;
} R;

/* ---- helpers ---- */

static void set_rgb(R *r, rgb c)
{
    cairo_set_source_rgb(r->cr, c.r, c.g, c.b);
}

static double mirror(const R *r, double x)
{
    return r->rtl ? r->mx0 + r->mx1 - x : x;
}

/* A logical rectangle (x from the start side). */
static void lrect(R *r, double x, double y, double w, double h)
{
    if (w < 0) {
        x += w;
        w = -w;
    }
    double px = r->rtl ? mirror(r, x + w) : x;
    cairo_rectangle(r->cr, px, y, w, h);
}

static void round_rect(cairo_t *cr, double x, double y, double w, double h, double rad)
{
    if (rad > w / 2)
        rad = w / 2;
    if (rad > h / 2)
        rad = h / 2;
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - rad, y + rad, rad, -M_PI / 2, 0);
    cairo_arc(cr, x + w - rad, y + h - rad, rad, 0, M_PI / 2);
    cairo_arc(cr, x + rad, y + h - rad, rad, M_PI / 2, M_PI);
    cairo_arc(cr, x + rad, y + rad, rad, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

static void lround_rect(R *r, double x, double y, double w, double h, double rad)
{
    if (w < 0) {
        x += w;
        w = -w;
    }
    double px = r->rtl ? mirror(r, x + w) : x;
    round_rect(r->cr, px, y, w, h, rad);
}

static void hline(R *r, double x0, double x1, double y, double lw, rgb c)
{
    set_rgb(r, c);
    cairo_set_line_width(r->cr, lw);
    cairo_move_to(r->cr, mirror(r, x0), y);
    cairo_line_to(r->cr, mirror(r, x1), y);
    cairo_stroke(r->cr);
}

static void vline(R *r, double x, double y0, double y1, double lw, rgb c)
{
    set_rgb(r, c);
    cairo_set_line_width(r->cr, lw);
    cairo_move_to(r->cr, mirror(r, x), y0);
    cairo_line_to(r->cr, mirror(r, x), y1);
    cairo_stroke(r->cr);
}

/* One label: one layout, the chart's base direction and language, the
 * bundled families. maxw > 0 wraps (maxlines > 1) or ellipsizes. */
static PangoLayout *text(R *r, const char *s, double size, int bold, double maxw, int maxlines)
{
    PangoLayout *l = pango_layout_new(r->pc);
    PangoFontDescription *fd = pango_font_description_new();
    /* cramped sizes (a 160x120 chart) must shrink, never invert */
    if (!(size >= 1))
        size = 1;
    if (maxw != 0 && !(maxw >= 1))
        maxw = 1;
    pango_font_description_set_family_static(fd, r->family);
    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    pango_layout_set_auto_dir(l, FALSE);
    pango_layout_set_text(l, s ? s : "", -1);
    if (maxw > 0) {
        pango_layout_set_width(l, (int)(maxw * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
        pango_layout_set_height(l, -(maxlines > 0 ? maxlines : 1));
    }
    return l;
}

static void extents(PangoLayout *l, double *w, double *h)
{
    PangoRectangle lr;
    pango_layout_get_extents(l, NULL, &lr);
    if (w)
        *w = lr.width / (double)PANGO_SCALE;
    if (h)
        *h = lr.height / (double)PANGO_SCALE;
}

static double text_width(R *r, const char *s, double size, int bold)
{
    PangoLayout *l = text(r, s, size, bold, 0, 1);
    double w;
    extents(l, &w, NULL);
    g_object_unref(l);
    return w;
}

/* Draws l with its logical box's top at y and the box anchored at logical x
 * with logical alignment a (start: the box begins at x). Lines inside a
 * wrapped box are aligned the same way. Unrefs l. Returns the box height. */
static double put(R *r, PangoLayout *l, double x, double y, align a, rgb color)
{
    int phys_right = (a == AL_END) != (r->rtl != 0);
    if (a == AL_CENTER)
        pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    else
        pango_layout_set_alignment(l, phys_right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    PangoRectangle lr;
    pango_layout_get_extents(l, NULL, &lr);
    double lx = lr.x / (double)PANGO_SCALE, ly = lr.y / (double)PANGO_SCALE;
    double lw = lr.width / (double)PANGO_SCALE, lh = lr.height / (double)PANGO_SCALE;
    double px = mirror(r, x);
    double ox;
    if (a == AL_CENTER)
        ox = px - (lx + lw / 2);
    else if (phys_right)
        ox = px - (lx + lw);
    else
        ox = px - lx;
    set_rgb(r, color);
    cairo_move_to(r->cr, ox, y - ly);
    pango_cairo_show_layout(r->cr, l);
    g_object_unref(l);
    return lh;
}

/* Like put(), with the box's vertical centre at yc. */
static void put_vc(R *r, PangoLayout *l, double x, double yc, align a, rgb color)
{
    double h;
    extents(l, NULL, &h);
    put(r, l, x, yc - h / 2, a, color);
}

static double layout_height(PangoLayout *l)
{
    double h;
    extents(l, NULL, &h);
    return h;
}

static char *fmt_datum(R *r, const bayan__datum *d, bayan__fmt_style style)
{
    bayan__buf b = BAYAN__BUF_INIT;
    if (bayan__fmt_datum(&b, &r->fmt, d, style) != BAYAN_OK)
        r->st = BAYAN_ENOMEM;
    return bayan__buf_detach(&b, NULL);
}

/* Axis ticks: about `target` round steps covering [lo, hi]. */
static void nice_ticks(double lo, double hi, int target, double *t0, double *step, int *n)
{
    if (hi - lo < 1e-12) {
        hi = lo + (fabs(lo) > 0 ? fabs(lo) : 1);
    }
    double raw = (hi - lo) / (target > 1 ? target : 1);
    double mag = pow(10, floor(log10(raw)));
    double f = raw / mag;
    double nice = f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10;
    double s = nice * mag;
    double a = floor(lo / s + 1e-9) * s;
    double b = ceil(hi / s - 1e-9) * s;
    *t0 = a;
    *step = s;
    *n = (int)floor((b - a) / s + 0.5) + 1;
    if (*n < 2)
        *n = 2;
}

static double datum_hi(const bayan__datum *d)
{
    return d->has_value ? d->value : d->high;
}

static double datum_lo(const bayan__datum *d)
{
    return d->has_value ? (d->value < 0 ? d->value : 0) : d->low;
}

/* Indices of the data, by value descending (stable) unless as given. */
static size_t *order_of(const bayan_chart *c, int by_value)
{
    size_t *o = malloc((c->ndata ? c->ndata : 1) * sizeof *o);
    if (!o)
        return NULL;
    for (size_t i = 0; i < c->ndata; i++)
        o[i] = i;
    if (by_value) { /* insertion sort: stable, n <= 200 */
        for (size_t i = 1; i < c->ndata; i++) {
            size_t k = o[i], j = i;
            while (j > 0 && datum_hi(&c->data[o[j - 1]]) < datum_hi(&c->data[k])) {
                o[j] = o[j - 1];
                j--;
            }
            o[j] = k;
        }
    }
    return o;
}

/* ---- bar: horizontal, labelled directly ---- */

static void draw_bar(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    size_t n = c->ndata;
    size_t *o = order_of(c, c->sort_none != 1);
    char **vals = calloc(n, sizeof *vals);
    if (!o || !vals) {
        r->st = BAYAN_ENOMEM;
        goto out;
    }
    double band = h / (double)n;
    double fs = fmin(13.5 * r->u, band * 0.62);
    if (fs < 7)
        fs = 7;
    double line_h = fs * 1.35;
    int lines = band >= line_h * 2.2 ? 2 : 1;
    double vmin = 0, vmax = 0, vwpos = 0, vwneg = 0, labw = 0;
    for (size_t i = 0; i < n; i++) {
        const bayan__datum *d = &c->data[i];
        vmin = fmin(vmin, datum_lo(d));
        vmax = fmax(vmax, datum_hi(d));
        vals[i] = fmt_datum(r, d, BAYAN__FMT_SHORT);
        double vw = text_width(r, vals[i] ? vals[i] : "", fs, 1);
        if (datum_hi(d) < 0)
            vwneg = fmax(vwneg, vw);
        else
            vwpos = fmax(vwpos, vw);
        labw = fmax(labw, text_width(r, d->label, fs, 0));
    }
    double maxlab = w * (lines == 2 ? 0.30 : 0.36);
    if (labw > maxlab)
        labw = maxlab;
    double gap = 10 * r->u, vgap = 6 * r->u;
    double bx0 = x0 + labw + gap + (vwneg > 0 ? vwneg + vgap : 0);
    double bx1 = x0 + w - (vwpos > 0 ? vwpos + vgap : 0);
    if (vmax <= vmin)
        vmax = vmin + 1;
    double k = (bx1 - bx0) / (vmax - vmin);
    double zx = bx0 - vmin * k;
    double thick = fmin(band * 0.68, 44 * r->u);
    for (size_t i = 0; i < n; i++) {
        const bayan__datum *d = &c->data[o[i]];
        double yc = y0 + band * ((double)i + 0.5);
        double a = d->has_value ? 0 : d->low, b = d->has_value ? d->value : d->high;
        double xa = zx + a * k, xb = zx + b * k;
        if (fabs(xb - xa) < 1 && b != a)
            xb = xa + (b > a ? 1 : -1);
        set_rgb(r, b < 0 ? r->th->series[5] : r->th->series[0]);
        lrect(r, xa, yc - thick / 2, xb - xa, thick);
        cairo_fill(r->cr);
        PangoLayout *l = text(r, d->label, fs, 0, labw, lines);
        put_vc(r, l, x0 + labw, yc, AL_END, r->th->text);
        if (b < 0)
            put_vc(r, text(r, vals[o[i]], fs, 1, 0, 1), fmin(xb, xa) - vgap, yc, AL_END, r->th->text);
        else
            put_vc(r, text(r, vals[o[i]], fs, 1, 0, 1), fmax(xb, xa) + vgap, yc, AL_START, r->th->text);
    }
    /* the zero line, over the bars' roots */
    vline(r, zx, y0, y0 + h, 1, r->th->axis);
out:
    if (vals)
        for (size_t i = 0; i < n; i++)
            free(vals[i]);
    free(vals);
    free(o);
}

/* ---- column: vertical, for ordered categories ---- */

static void draw_column(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    size_t n = c->ndata;
    size_t *o = order_of(c, c->sort_none == 0);
    char **vals = calloc(n, sizeof *vals);
    bayan__buf cap = BAYAN__BUF_INIT;
    if (!o || !vals) {
        r->st = BAYAN_ENOMEM;
        goto out;
    }
    double vmin = 0, vmax = 0;
    for (size_t i = 0; i < n; i++) {
        vmin = fmin(vmin, datum_lo(&c->data[i]));
        vmax = fmax(vmax, datum_hi(&c->data[i]));
    }
    double t0, step;
    int nt;
    nice_ticks(vmin, vmax, h > 260 * r->u ? 5 : 3, &t0, &step, &nt);
    double t1 = t0 + step * (nt - 1);
    double scale = bayan__fmt_axis_scale(&r->fmt, fmax(fabs(t0), fabs(t1)));
    bayan__fmt_axis_caption(&cap, &r->fmt, scale);
    /* with the unit named once above the axis, the columns carry numbers */
    for (size_t i = 0; i < n; i++) {
        bayan__buf b = BAYAN__BUF_INIT;
        if (cap.len)
            bayan__fmt_datum_scaled(&b, &r->fmt, &c->data[i], scale);
        else
            bayan__fmt_datum(&b, &r->fmt, &c->data[i], BAYAN__FMT_SHORT);
        vals[i] = bayan__buf_detach(&b, NULL);
    }
    double fs = 12 * r->u, tfs = 11.5 * r->u;
    /* tick label column */
    double tickw = 0;
    char **ticks = calloc((size_t)nt, sizeof *ticks);
    if (!ticks) {
        r->st = BAYAN_ENOMEM;
        goto out;
    }
    for (int i = 0; i < nt; i++) {
        bayan__buf b = BAYAN__BUF_INIT;
        bayan__fmt_tick(&b, &r->fmt, t0 + step * i, scale);
        ticks[i] = bayan__buf_detach(&b, NULL);
        tickw = fmax(tickw, text_width(r, ticks[i], tfs, 0));
    }
    double top = y0;
    if (cap.len) {
        top += put(r, text(r, cap.data, tfs, 0, w * 0.6, 1), x0, y0, AL_START, r->th->muted) + 6 * r->u;
    }
    double px0 = x0 + tickw + 10 * r->u, pw = x0 + w - px0;
    double band = pw / (double)n;
    double lfs = fmin(fs, fmax(band * 0.42, 8));
    double lab_h = lfs * 1.3 * 2 + 6 * r->u;
    /* label thinning when the columns are too narrow to name each one */
    size_t every = 1;
    double minlab = 34 * r->u;
    while (band * (double)every < minlab)
        every++;
    double vfs = fmin(12 * r->u, fmax(band * 0.36, 7));
    double vwmax = 0;
    for (size_t i = 0; i < n; i++)
        vwmax = fmax(vwmax, text_width(r, vals[i], vfs, 1));
    int show_vals = vwmax <= band * 0.98;
    double vlab_h = show_vals ? vfs * 1.4 : 0;
    double py0 = top + vlab_h + 4 * r->u, py1 = y0 + h - lab_h - (vmin < 0 ? vlab_h : 0);
    if (py1 - py0 < 20)
        py1 = py0 + 20;
    double k = (py1 - py0) / (t1 - t0);
    double zy = py1 - (0 - t0) * k;
    for (int i = 0; i < nt; i++) {
        double ty = py1 - (step * i) * k;
        double tv = t0 + step * i;
        if (fabs(tv) > step * 1e-6)
            hline(r, px0, x0 + w, ty, 1, r->th->grid);
        put_vc(r, text(r, ticks[i], tfs, 0, 0, 1), px0 - 10 * r->u, ty, AL_END, r->th->muted);
    }
    double cw = fmin(band * 0.68, 90 * r->u);
    for (size_t i = 0; i < n; i++) {
        const bayan__datum *d = &c->data[o[i]];
        double xc = px0 + band * ((double)i + 0.5);
        double a = d->has_value ? 0 : d->low, b = d->has_value ? d->value : d->high;
        double ya = zy - a * k, yb = zy - b * k;
        set_rgb(r, b < 0 ? r->th->series[5] : r->th->series[0]);
        lrect(r, xc - cw / 2, fmin(ya, yb), cw, fmax(fabs(yb - ya), b != a ? 1 : 0));
        cairo_fill(r->cr);
        if (show_vals) {
            PangoLayout *l = text(r, vals[o[i]], vfs, 1, 0, 1);
            double lh = layout_height(l);
            if (b >= 0)
                put(r, l, xc, fmin(ya, yb) - lh - 2 * r->u, AL_CENTER, r->th->text);
            else
                put(r, l, xc, fmax(ya, yb) + 2 * r->u, AL_CENTER, r->th->text);
        }
        if (i % every == 0 || n <= every)
            put(r, text(r, d->label, lfs, 0, band * (double)every - 4 * r->u, 2), xc,
                py1 + (vmin < 0 ? vlab_h : 0) + 8 * r->u,
                AL_CENTER, r->th->text2);
    }
    hline(r, px0, x0 + w, zy, 1.2, r->th->axis);
    for (int i = 0; i < nt; i++)
        free(ticks[i]);
    free(ticks);
out:
    bayan__buf_free(&cap);
    if (vals)
        for (size_t i = 0; i < n; i++)
            free(vals[i]);
    free(vals);
    free(o);
}

/* ---- comparison: two to four values and the ratio between them ---- */

static void draw_comparison(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    size_t n = c->ndata;
    double ratio = c->ratio;
    bayan__qualifier rq = c->ratio_qualifier;
    if (!c->has_ratio) {
        double a = c->data[0].value, b = c->data[1].value;
        double hi = fmax(a, b), lo = fmin(a, b);
        ratio = lo > 0 ? hi / lo : 0;
        double rounded = floor(ratio * 10 + 0.5) / 10;
        rq = fabs(rounded - ratio) > 1e-9 ? BAYAN__Q_APPROX : BAYAN__Q_NONE;
        if (c->data[0].qualifier == BAYAN__Q_APPROX || c->data[1].qualifier == BAYAN__Q_APPROX)
            rq = BAYAN__Q_APPROX;
    }
    double side = ratio > 0 ? fmin(w * 0.32, 260 * r->u) : 0;
    double bw = w - side - (side > 0 ? 28 * r->u : 0);
    double vmax = 0;
    for (size_t i = 0; i < n; i++)
        vmax = fmax(vmax, c->data[i].value);
    if (vmax <= 0)
        vmax = 1;
    double band = h / (double)n;
    double lfs = fmin(14 * r->u, band * 0.22), vfs = fmin(22 * r->u, band * 0.32);
    double thick = fmin(band * 0.36, 46 * r->u);
    double vwmax = 0;
    char **vals = calloc(n, sizeof *vals);
    if (!vals) {
        r->st = BAYAN_ENOMEM;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        vals[i] = fmt_datum(r, &c->data[i], BAYAN__FMT_SHORT);
        vwmax = fmax(vwmax, text_width(r, vals[i], vfs, 1));
    }
    double barmax = bw - vwmax - 12 * r->u;
    if (barmax < bw * 0.3)
        barmax = bw * 0.3;
    for (size_t i = 0; i < n; i++) {
        const bayan__datum *d = &c->data[i];
        PangoLayout *l = text(r, d->label, lfs, 0, bw, 1);
        double lh = layout_height(l);
        double blockh = lh + 6 * r->u + thick;
        double top = y0 + band * (double)i + (band - blockh) / 2;
        put(r, l, x0, top, AL_START, r->th->text2);
        double by = top + lh + 6 * r->u;
        double len = fmax(d->value / vmax * barmax, d->value > 0 ? 2 : 0);
        set_rgb(r, i == 0 ? r->th->series[0] : r->th->other);
        lrect(r, x0, by, len, thick);
        cairo_fill(r->cr);
        put_vc(r, text(r, vals[i], vfs, 1, 0, 1), x0 + len + 12 * r->u, by + thick / 2, AL_START,
               i == 0 ? r->th->series[0] : r->th->text2);
    }
    if (side > 0) {
        bayan__buf rb = BAYAN__BUF_INIT, cap = BAYAN__BUF_INIT;
        bayan__fmt_ratio(&rb, &r->fmt, ratio, rq);
        const char *l0 = c->data[0].label ? c->data[0].label : "";
        const char *l1 = c->data[1].label ? c->data[1].label : "";
        bayan__buf_printf(&cap, "%s %s %s", l0, r->fmt.arabic_lang ? "مقابل" : "vs", l1);
        double sx = x0 + w - side;
        /* a rule between the bars and the ratio, then the ratio large */
        vline(r, sx - 14 * r->u, y0 + 8 * r->u, y0 + h - 8 * r->u, 1, r->th->grid);
        double rfs = 46 * r->u;
        PangoLayout *rl = text(r, rb.data ? rb.data : "", rfs, 1, 0, 1);
        double rw;
        extents(rl, &rw, NULL);
        while (rw > side - 8 * r->u && rfs > 14) {
            g_object_unref(rl);
            rfs *= 0.9;
            rl = text(r, rb.data ? rb.data : "", rfs, 1, 0, 1);
            extents(rl, &rw, NULL);
        }
        PangoLayout *cl = text(r, cap.data ? cap.data : "", 13 * r->u, 0, side - 8 * r->u, 3);
        double rh = layout_height(rl), ch = layout_height(cl);
        double ty = y0 + (h - rh - ch - 6 * r->u) / 2;
        double cx = sx + side / 2;
        put(r, rl, cx, ty, AL_CENTER, r->th->series[0]);
        put(r, cl, cx, ty + rh + 6 * r->u, AL_CENTER, r->th->text2);
        bayan__buf_free(&rb);
        bayan__buf_free(&cap);
    }
    for (size_t i = 0; i < n; i++)
        free(vals[i]);
    free(vals);
}

/* A legend/figure column beside a waffle or a donut: value large, label. */
static void draw_share_notes(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    size_t n = c->ndata;
    if (n == 1) {
        const bayan__datum *d = &c->data[0];
        char *v = fmt_datum(r, d, BAYAN__FMT_SHORT);
        double vfs = 48 * r->u;
        PangoLayout *vl = text(r, v, vfs, 1, 0, 1);
        double vw;
        extents(vl, &vw, NULL);
        while (vw > w && vfs > 14) {
            g_object_unref(vl);
            vfs *= 0.9;
            vl = text(r, v, vfs, 1, 0, 1);
            extents(vl, &vw, NULL);
        }
        PangoLayout *ll = text(r, d->label ? d->label : (c->title ? c->title : ""), 16 * r->u, 0, w, 4);
        PangoLayout *nl = d->note ? text(r, d->note, 13 * r->u, 0, w, 3) : NULL;
        double vh = layout_height(vl), lh = layout_height(ll), nh = nl ? layout_height(nl) + 8 * r->u : 0;
        double ty = y0 + (h - vh - lh - nh - 6 * r->u) / 2;
        put(r, vl, x0, ty, AL_START, r->th->series[0]);
        put(r, ll, x0, ty + vh + 6 * r->u, AL_START, r->th->text);
        if (nl)
            put(r, nl, x0, ty + vh + 6 * r->u + lh + 8 * r->u, AL_START, r->th->muted);
        free(v);
        return;
    }
    double fs = 14 * r->u, row = fmin(h / (double)n, 64 * r->u);
    double ty = y0 + (h - row * (double)n) / 2;
    for (size_t i = 0; i < n; i++) {
        const bayan__datum *d = &c->data[i];
        char *v = fmt_datum(r, d, BAYAN__FMT_SHORT);
        double yy = ty + row * (double)i;
        double sw = 14 * r->u;
        set_rgb(r, r->th->series[i % 8]);
        lround_rect(r, x0, yy + 3 * r->u, sw, sw, 3 * r->u);
        cairo_fill(r->cr);
        double tx = x0 + sw + 10 * r->u;
        double vh = put(r, text(r, v, fs * 1.3, 1, w - (tx - x0), 1), tx, yy, AL_START, r->th->text);
        put(r, text(r, d->label, fs, 0, w - (tx - x0), 2), tx, yy + vh, AL_START, r->th->text2);
        free(v);
    }
}

static void draw_waffle(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    double side = fmin(h, w * 0.48);
    double gx = x0, gy = y0 + (h - side) / 2;
    double gap = fmax(1.5, side * 0.012);
    double cell = (side - gap * 9) / 10;
    int owner[100];
    int filled = 0;
    for (int i = 0; i < 100; i++)
        owner[i] = -1;
    for (size_t k = 0; k < c->ndata; k++) {
        int cnt = (int)floor(c->data[k].value + 0.5);
        for (int j = 0; j < cnt && filled < 100; j++)
            owner[filled++] = (int)k;
    }
    /* fill from the top row, starting on the reader's side */
    for (int i = 0; i < 100; i++) {
        int row = i / 10, col = i % 10;
        double x = gx + col * (cell + gap), y = gy + row * (cell + gap);
        set_rgb(r, owner[i] >= 0 ? r->th->series[owner[i] % 8] : r->th->empty);
        lround_rect(r, x, y, cell, cell, cell * 0.18);
        cairo_fill(r->cr);
    }
    double nx = gx + side + 28 * r->u;
    draw_share_notes(r, nx, y0, x0 + w - nx, h);
}

static void draw_donut(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    double side = fmin(h, w * 0.46);
    double cx = mirror(r, x0 + side / 2), cy = y0 + h / 2;
    double ro = side / 2, ri = ro * 0.62;
    int is_pct = r->fmt.unit && !strcmp(r->fmt.unit, "percent");
    double total = 0;
    for (size_t i = 0; i < c->ndata; i++)
        total += c->data[i].value;
    double denom = is_pct ? 100 : total;
    /* the ring's background: the part no item claims */
    set_rgb(r, r->th->empty);
    cairo_new_path(r->cr);
    cairo_arc(r->cr, cx, cy, ro, 0, 2 * M_PI);
    cairo_arc_negative(r->cr, cx, cy, ri, 2 * M_PI, 0);
    cairo_fill(r->cr);
    double a = -M_PI / 2;
    double dir = r->rtl ? -1 : 1; /* clockwise from the top, mirrored in RTL */
    for (size_t i = 0; i < c->ndata; i++) {
        double sweep = c->data[i].value / denom * 2 * M_PI;
        if (sweep <= 0)
            continue;
        double b = a + dir * sweep;
        set_rgb(r, r->th->series[i % 8]);
        cairo_new_path(r->cr);
        if (dir > 0) {
            cairo_arc(r->cr, cx, cy, ro, a, b);
            cairo_arc_negative(r->cr, cx, cy, ri, b, a);
        } else {
            cairo_arc_negative(r->cr, cx, cy, ro, a, b);
            cairo_arc(r->cr, cx, cy, ri, b, a);
        }
        cairo_close_path(r->cr);
        cairo_fill(r->cr);
        /* a hairline of background between segments */
        if (c->ndata > 1) {
            set_rgb(r, r->th->bg);
            cairo_set_line_width(r->cr, 2);
            cairo_move_to(r->cr, cx + ri * cos(b), cy + ri * sin(b));
            cairo_line_to(r->cr, cx + ro * cos(b), cy + ro * sin(b));
            cairo_stroke(r->cr);
        }
        a = b;
    }
    if (c->ndata == 1) {
        char *v = fmt_datum(r, &c->data[0], BAYAN__FMT_SHORT);
        double fs = ri * 0.5;
        PangoLayout *l = text(r, v, fs, 1, 0, 1);
        double lw;
        extents(l, &lw, NULL);
        while (lw > ri * 1.7 && fs > 8) {
            g_object_unref(l);
            fs *= 0.9;
            l = text(r, v, fs, 1, 0, 1);
            extents(l, &lw, NULL);
        }
        put_vc(r, l, x0 + side / 2, cy, AL_CENTER, r->th->text);
        free(v);
        const bayan__datum *d = &c->data[0];
        PangoLayout *ll = text(r, d->label ? d->label : (c->title ? c->title : ""), 17 * r->u, 0,
                               x0 + w - (x0 + side + 32 * r->u), 5);
        put_vc(r, ll, x0 + side + 32 * r->u, cy, AL_START, r->th->text);
        return;
    }
    double nx = x0 + side + 32 * r->u;
    draw_share_notes(r, nx, y0, x0 + w - nx, h);
}

/* ---- range: intervals on a scale ---- */

static void draw_range(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    size_t n = c->ndata;
    double lo = 0, hi = 0;
    lo = c->data[0].low;
    hi = c->data[0].high;
    for (size_t i = 0; i < n; i++) {
        lo = fmin(lo, c->data[i].low);
        hi = fmax(hi, c->data[i].high);
    }
    if (lo > 0)
        lo = 0;
    if (hi < 0)
        hi = 0;
    double t0, step;
    int nt;
    nice_ticks(lo, hi + (hi - lo) * 0.08, w > 500 * r->u ? 5 : 4, &t0, &step, &nt);
    double t1 = t0 + step * (nt - 1);
    double tfs = 12 * r->u;
    double axis_h = tfs * 1.4 + 10 * r->u;
    double px0 = x0 + 8 * r->u, px1 = x0 + w - 8 * r->u;
    double k = (px1 - px0) / (t1 - t0);
    double ph = h - axis_h;
    double band = ph / (double)n;
    int single = n == 1;
    double vfs = single ? fmin(34 * r->u, band * 0.3) : fmin(15 * r->u, band * 0.3);
    double lfs = single ? 16 * r->u : fmin(13 * r->u, band * 0.24);
    double thick = single ? fmin(22 * r->u, band * 0.16) : fmin(14 * r->u, band * 0.2);
    /* gridlines behind; one interval's gridlines start at its bar, not in
     * the empty space above its labels */
    double grid_top = y0;
    if (single) {
        const bayan__datum *d = &c->data[0];
        char *v = fmt_datum(r, d, BAYAN__FMT_SHORT);
        PangoLayout *ll = d->label ? text(r, d->label, lfs, 0, w, 1) : NULL;
        PangoLayout *vl = text(r, v, vfs, 1, 0, 1);
        double lh = ll ? layout_height(ll) : 0, vh = layout_height(vl);
        double blockh = lh + (ll ? 6 * r->u : 0) + vh + 6 * r->u + thick;
        /* the interval, its figure and the axis as one group, centred */
        double group = blockh + 56 * r->u + axis_h;
        if (group < h) {
            y0 += (h - group) / 2;
            ph = blockh + 56 * r->u;
            band = ph;
        }
        grid_top = y0 + (band - blockh) / 2 + blockh - thick - 18 * r->u;
        if (ll)
            g_object_unref(ll);
        g_object_unref(vl);
        free(v);
    }
    for (int i = 0; i < nt; i++) {
        double tx = px0 + step * i * k;
        vline(r, tx, grid_top, y0 + ph, 1, r->th->grid);
        bayan__buf b = BAYAN__BUF_INIT;
        bayan__fmt_tick(&b, &r->fmt, t0 + step * i, 1);
        put(r, text(r, b.data ? b.data : "", tfs, 0, 0, 1), tx, y0 + ph + 8 * r->u, AL_CENTER, r->th->muted);
        bayan__buf_free(&b);
    }
    if (t0 < 0 && t1 > 0)
        vline(r, px0 + (0 - t0) * k, grid_top, y0 + ph, 1.2, r->th->axis);
    for (size_t i = 0; i < n; i++) {
        const bayan__datum *d = &c->data[i];
        double top = y0 + band * (double)i;
        char *v = fmt_datum(r, d, BAYAN__FMT_SHORT);
        double xa = px0 + (d->low - t0) * k, xb = px0 + (d->high - t0) * k;
        PangoLayout *ll = d->label ? text(r, d->label, lfs, 0, w, 1) : NULL;
        PangoLayout *vl = text(r, v, vfs, 1, 0, 1);
        double lh = ll ? layout_height(ll) : 0, vh = layout_height(vl);
        double blockh = lh + (ll ? 6 * r->u : 0) + vh + 6 * r->u + thick;
        double ty = top + (band - blockh) / 2;
        if (ll)
            put(r, ll, x0, ty, AL_START, r->th->text2);
        ty += ll ? lh + 6 * r->u : 0;
        double vw;
        extents(vl, &vw, NULL);
        double cx = (xa + xb) / 2;
        if (cx - vw / 2 < x0)
            cx = x0 + vw / 2;
        if (cx + vw / 2 > x0 + w)
            cx = x0 + w - vw / 2;
        put(r, vl, cx, ty, AL_CENTER, r->th->series[0]);
        ty += vh + 6 * r->u;
        /* the whole scale faint, the interval strong, its ends marked */
        set_rgb(r, r->th->empty);
        lround_rect(r, px0, ty + thick * 0.3, px1 - px0, thick * 0.4, thick * 0.2);
        cairo_fill(r->cr);
        set_rgb(r, r->th->series[0]);
        double len = fmax(xb - xa, thick);
        lround_rect(r, (xa + xb) / 2 - len / 2, ty, len, thick, thick / 2);
        cairo_fill(r->cr);
        free(v);
    }
}

/* ---- stat: key-figure cards ---- */

static char *qualifier_words(R *r, bayan__qualifier q)
{
    const char *s = NULL;
    int ar = r->fmt.arabic_lang;
    switch (q) {
    case BAYAN__Q_APPROX: s = ar ? "نحو" : "about"; break;
    case BAYAN__Q_MORE_THAN: s = ar ? "أكثر من" : "more than"; break;
    case BAYAN__Q_LESS_THAN: s = ar ? "أقل من" : "less than"; break;
    case BAYAN__Q_UP_TO: s = ar ? "حتى" : "up to"; break;
    case BAYAN__Q_AT_LEAST: s = ar ? "على الأقل" : "at least"; break;
    default: break;
    }
    return s ? strdup(s) : NULL;
}

/* One card: qualifier small, figure large, label below. */
/* Draws a card with its figure at most vfs_cap px; returns the size used
 * (dry: measures only, so a row of cards can share one size). */
static double stat_card(R *r, const bayan__datum *d, const char *fallback_label, double x0, double y0, double w,
                        double h, rgb accent, double vfs_cap, int dry)
{
    if (!dry) {
        set_rgb(r, r->th->card);
        lround_rect(r, x0, y0, w, h, 8 * r->u);
        cairo_fill(r->cr);
        set_rgb(r, accent);
        lrect(r, x0, y0 + 14 * r->u, 5 * r->u, h - 28 * r->u);
        cairo_fill(r->cr);
    }
    double pad = 22 * r->u;
    double iw = w - pad * 2;
    char *q = qualifier_words(r, d->qualifier);
    char *v = fmt_datum(r, d, BAYAN__FMT_BARE);
    if (d->qualifier == BAYAN__Q_RANGE && !d->has_range) {
        free(q);
        q = NULL;
    }
    const char *lab = d->label ? d->label : fallback_label;
    if (lab && fallback_label && !strcmp(lab, fallback_label) && d->label && r->c && r->c->type == BAYAN__CT_STAT &&
        r->c->ndata == 1 && r->c->title && !strcmp(lab, r->c->title))
        lab = NULL; /* the chart's title says it already */
    double vfs = fmin(fmin(54 * r->u, h * 0.34), vfs_cap > 0 ? vfs_cap : 1e9);
    int alone = r->c && r->c->type == BAYAN__CT_STAT && r->c->ndata == 1;
    double lfs = alone ? fmin(18 * r->u, h * 0.12) : fmin(15 * r->u, h * 0.1);
    PangoLayout *vl = NULL, *ql = NULL, *ll = NULL, *nl = NULL;
    double qh, vh, lh, nh, total, vw;
    /* the figure as large as the card allows, the rest in proportion */
    for (;;) {
        vl = text(r, v, vfs, 1, 0, 1);
        ql = q ? text(r, q, fmax(vfs * 0.3, 13 * r->u), 0, iw, 1) : NULL;
        ll = lab ? text(r, lab, lfs, 0, iw, 3) : NULL;
        nl = d->note ? text(r, d->note, lfs * 0.85, 0, iw, 2) : NULL;
        extents(vl, &vw, NULL);
        qh = ql ? layout_height(ql) : 0;
        vh = layout_height(vl);
        lh = ll ? layout_height(ll) : 0;
        nh = nl ? layout_height(nl) : 0;
        total = qh + vh + (ll ? 6 * r->u + lh : 0) + (nl ? 4 * r->u + nh : 0);
        if ((vw <= iw && total <= h - 24 * r->u) || vfs < 10)
            break;
        g_object_unref(vl);
        if (ql)
            g_object_unref(ql);
        if (ll)
            g_object_unref(ll);
        if (nl)
            g_object_unref(nl);
        vfs *= 0.92;
        lfs = fmax(lfs * 0.96, 9);
    }
    if (dry) {
        g_object_unref(vl);
        if (ql)
            g_object_unref(ql);
        if (ll)
            g_object_unref(ll);
        if (nl)
            g_object_unref(nl);
        free(q);
        free(v);
        return vfs;
    }
    if (w > 2.6 * h && ll && vw < iw * 0.55) {
        /* a wide card: the figure, then its label beside it */
        double fx = x0 + pad, lx = fx + vw + 32 * r->u, lw = x0 + w - pad - lx;
        double fy = y0 + (h - qh - vh) / 2;
        if (ql)
            fy += put(r, ql, fx, fy, AL_START, r->th->text2);
        put(r, vl, fx, fy, AL_START, r->th->text);
        g_object_unref(ll);
        ll = text(r, lab, fmin(lfs * 1.15, 18 * r->u), 0, lw, 3);
        if (nl) {
            g_object_unref(nl);
            nl = text(r, d->note, lfs, 0, lw, 2);
        }
        lh = layout_height(ll);
        nh = nl ? layout_height(nl) + 4 * r->u : 0;
        double ly = y0 + (h - lh - nh) / 2;
        put(r, ll, lx, ly, AL_START, r->th->text);
        if (nl)
            put(r, nl, lx, ly + lh + 4 * r->u, AL_START, r->th->muted);
        free(q);
        free(v);
        return vfs;
    }
    double ty = y0 + (h - total) / 2;
    if (ql)
        ty += put(r, ql, x0 + pad, ty, AL_START, r->th->text2);
    ty += put(r, vl, x0 + pad, ty, AL_START, r->th->text);
    if (ll)
        ty += 6 * r->u + put(r, ll, x0 + pad, ty + 6 * r->u, AL_START, r->th->text);
    if (nl)
        put(r, nl, x0 + pad, ty + 4 * r->u, AL_START, r->th->muted);
    free(q);
    free(v);
    return vfs;
}

static void draw_stat(R *r, double x0, double y0, double w, double h)
{
    const bayan_chart *c = r->c;
    size_t n = c->ndata;
    size_t cols = n <= 3 ? n : (n + 1) / 2;
    size_t rows = (n + cols - 1) / cols;
    double gap = 18 * r->u;
    double cw = (w - gap * (double)(cols - 1)) / (double)cols;
    double ch = (h - gap * (double)(rows - 1)) / (double)rows;
    if (n == 1 && cw > 560 * r->u) /* one figure: a card on the text's edge, not a banner */
        cw = 560 * r->u;
    if (ch > 240 * r->u) {
        y0 += (h - (240 * r->u * (double)rows + gap * (double)(rows - 1))) / 2;
        ch = 240 * r->u;
    }
    double cap = 1e9;
    for (size_t i = 0; i < n; i++)
        cap = fmin(cap, stat_card(r, &c->data[i], n == 1 ? c->title : NULL, 0, 0, cw, ch, r->th->series[0], 0, 1));
    for (size_t i = 0; i < n; i++) {
        size_t row = i / cols, col = i % cols;
        stat_card(r, &c->data[i], n == 1 ? c->title : NULL, x0 + (cw + gap) * (double)col,
                  y0 + (ch + gap) * (double)row, cw, ch, r->th->series[i % 8], cap, 0);
    }
}

static void draw_plot(R *r, double x, double y, double w, double h)
{
    if (w < 10 || h < 10)
        return;
    switch (r->c->type) {
    case BAYAN__CT_BAR: draw_bar(r, x, y, w, h); break;
    case BAYAN__CT_COLUMN: draw_column(r, x, y, w, h); break;
    case BAYAN__CT_COMPARISON: draw_comparison(r, x, y, w, h); break;
    case BAYAN__CT_WAFFLE: draw_waffle(r, x, y, w, h); break;
    case BAYAN__CT_DONUT: draw_donut(r, x, y, w, h); break;
    case BAYAN__CT_RANGE: draw_range(r, x, y, w, h); break;
    case BAYAN__CT_STAT: draw_stat(r, x, y, w, h); break;
    case BAYAN__CT_INFOGRAPHIC: break;
    }
}

/* ---- language, direction, digits ---- */

static const char *chart_lang(const bayan_chart *c, const bayan_chart *parent)
{
    if (c->lang)
        return c->lang;
    if (parent && parent->lang)
        return parent->lang;
    return NULL;
}

static int text_is_arabic(const bayan_chart *c)
{
    if (bayan__has_arabic_letters(c->title) || bayan__has_arabic_letters(c->subtitle))
        return 1;
    for (size_t i = 0; i < c->ndata; i++)
        if (bayan__has_arabic_letters(c->data[i].label))
            return 1;
    for (size_t i = 0; i < c->npanels; i++)
        if (text_is_arabic(c->panels[i]))
            return 1;
    return 0;
}

static int text_has_arabic_digits(const bayan_chart *c)
{
    if (bayan__has_arabic_digits(c->title) || bayan__has_arabic_digits(c->subtitle) ||
        bayan__has_arabic_digits(c->source))
        return 1;
    for (size_t i = 0; i < c->ndata; i++)
        if (bayan__has_arabic_digits(c->data[i].label) || bayan__has_arabic_digits(c->data[i].note))
            return 1;
    for (size_t i = 0; i < c->npanels; i++)
        if (text_has_arabic_digits(c->panels[i]))
            return 1;
    return 0;
}

static int lang_is_arabic(const bayan_chart *c, const bayan_chart *parent)
{
    const char *l = chart_lang(c, parent);
    if (l)
        return !strncmp(l, "ar", 2) && (l[2] == '\0' || l[2] == '-');
    return text_is_arabic(parent ? parent : c);
}

static int lang_is_rtl_script(const char *l)
{
    static const char *const rtl[] = {"ar", "fa", "ur", "he", "ps", "ckb", "yi", "sd", "ug", NULL};
    for (int i = 0; rtl[i]; i++) {
        size_t n = strlen(rtl[i]);
        if (!strncmp(l, rtl[i], n) && (l[n] == '\0' || l[n] == '-'))
            return 1;
    }
    return 0;
}

static int is_rtl(const bayan_chart *c, const bayan_chart *parent)
{
    bayan__direction d = c->direction;
    if (d == BAYAN__DIR_AUTO && parent)
        d = parent->direction;
    if (d == BAYAN__DIR_RTL)
        return 1;
    if (d == BAYAN__DIR_LTR)
        return 0;
    const char *l = chart_lang(c, parent);
    if (l)
        return lang_is_rtl_script(l);
    return text_is_arabic(parent ? parent : c);
}

int bayan__chart_is_rtl(const bayan_chart *chart)
{
    return is_rtl(chart, NULL);
}

static int use_arabic_digits(const bayan_chart *c, const bayan_chart *parent, const bayan_render_opts *o)
{
    bayan_digits d = o ? o->digits : BAYAN_DIGITS_SPEC;
    if (d == BAYAN_DIGITS_SPEC)
        d = c->digits;
    if (d == BAYAN_DIGITS_SPEC && parent)
        d = parent->digits;
    if (d == BAYAN_DIGITS_ARABIC)
        return 1;
    if (d == BAYAN_DIGITS_LATIN)
        return 0;
    return text_has_arabic_digits(parent ? parent : c);
}

static int use_print_theme(const bayan_chart *c, const bayan_chart *parent, const bayan_render_opts *o)
{
    if (o && o->theme && *o->theme)
        return !strcmp(o->theme, "print");
    if (c->print_theme >= 0)
        return c->print_theme;
    return parent && parent->print_theme > 0;
}

static bayan_status setup(R *r, cairo_t *cr, PangoFontMap *map, const bayan_chart *c, const bayan_chart *parent,
                          const bayan_render_opts *o, double W, double H)
{
    memset(r, 0, sizeof *r);
    r->cr = cr;
    r->c = c;
    r->rtl = is_rtl(c, parent);
    int ar = lang_is_arabic(c, parent);
    r->fmt.arabic_lang = ar;
    r->fmt.arabic_digits = use_arabic_digits(c, parent, o);
    r->fmt.unit = c->unit ? c->unit : (parent ? parent->unit : NULL);
    r->fmt.currency = c->currency ? c->currency : (parent ? parent->currency : NULL);
    r->th = use_print_theme(c, parent, o) ? &theme_print : &theme_default;
    /* Arabic first where the text is Arabic; the Latin face serves ( ) % and
     * Latin digits, the math face ≈ and −, all from the bundled set. */
    r->family = ar ? "Noto Sans Arabic,Noto Sans,Noto Sans Math" : "Noto Sans,Noto Sans Arabic,Noto Sans Math";
    r->mx0 = 0;
    r->mx1 = W;
    r->u = fmin(W / 800.0, H / 500.0);
    if (r->u < 0.55)
        r->u = 0.55;
    if (r->u > 3)
        r->u = 3;
    r->pc = pango_font_map_create_context(map);
    if (!r->pc)
        return BAYAN_ERENDER;
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_subpixel_order(fo, CAIRO_SUBPIXEL_ORDER_DEFAULT);
    pango_cairo_context_set_font_options(r->pc, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(r->pc, FALSE);
    pango_context_set_base_dir(r->pc, r->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    const char *l = chart_lang(c, parent);
    pango_context_set_language(r->pc, pango_language_from_string(l ? l : (ar ? "ar" : "en")));
    pango_cairo_update_context(cr, r->pc);
    return BAYAN_OK;
}

static void teardown(R *r)
{
    if (r->pc)
        g_object_unref(r->pc);
    r->pc = NULL;
}

/* ---- the page of one chart ---- */

static double header(R *r, const bayan_chart *c, double x0, double y0, double w, double tfs)
{
    double y = y0;
    set_rgb(r, r->th->series[0]);
    lrect(r, x0, y, 40 * r->u, 4 * r->u);
    cairo_fill(r->cr);
    y += 14 * r->u;
    if (c->title && *c->title)
        y += put(r, text(r, c->title, tfs, 1, w, 2), x0, y, AL_START, r->th->text);
    if (c->subtitle && *c->subtitle)
        y += 4 * r->u + put(r, text(r, c->subtitle, tfs * 0.68, 0, w, 2), x0, y + 4 * r->u, AL_START, r->th->text2);
    return y;
}

static double footer_height(R *r, const char *source, double w, double fs)
{
    if (!source || !*source)
        return 0;
    PangoLayout *l = text(r, source, fs, 0, w, 2);
    double h = layout_height(l);
    g_object_unref(l);
    return h + 12 * r->u;
}

static void footer(R *r, const char *source, double x0, double y1, double w, double fs)
{
    if (!source || !*source)
        return;
    PangoLayout *l = text(r, source, fs, 0, w, 2);
    double h = layout_height(l);
    hline(r, x0, x0 + w, y1 - h - 10 * r->u, 1, r->th->grid);
    put(r, l, x0, y1 - h, AL_START, r->th->muted);
}

static bayan_status draw_single(cairo_t *cr, PangoFontMap *map, const bayan_chart *c, const bayan_render_opts *o,
                                double W, double H)
{
    R r;
    bayan_status st = setup(&r, cr, map, c, NULL, o, W, H);
    if (st != BAYAN_OK)
        return st;
    set_rgb(&r, r.th->bg);
    cairo_paint(cr);
    double pad = 30 * r.u;
    double x0 = pad, w = W - 2 * pad;
    double y = header(&r, c, x0, pad * 0.9, w, 21 * r.u);
    double sfs = 11.5 * r.u;
    double fh = footer_height(&r, c->source, w, sfs);
    double py0 = y + 22 * r.u, py1 = H - pad * 0.8 - fh - (fh > 0 ? 10 * r.u : 0);
    draw_plot(&r, x0, py0, w, py1 - py0);
    footer(&r, c->source, x0, H - pad * 0.8, w, sfs);
    st = r.st;
    teardown(&r);
    return st;
}

/* ---- the infographic: a designed page of panels ---- */

typedef struct ig_box {
    const bayan_chart *panel;
    const bayan__datum *datum; /* a stat card */
    double x, y, w, h;
} ig_box;

typedef struct ig_layout {
    ig_box *boxes;
    size_t nboxes;
    double header_h, height;
} ig_layout;

static size_t count_stat_cards(const bayan_chart *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->npanels; i++)
        if (c->panels[i]->type == BAYAN__CT_STAT)
            n += c->panels[i]->ndata;
    return n;
}

/* Positions in logical coordinates; u is the type scale. */
static bayan_status ig_plan(const bayan_chart *c, double W, double u, double header_h, ig_layout *L)
{
    size_t ncards = count_stat_cards(c);
    size_t nother = c->npanels - 0;
    L->boxes = calloc(ncards + nother + 1, sizeof *L->boxes);
    if (!L->boxes)
        return BAYAN_ENOMEM;
    L->nboxes = 0;
    L->header_h = header_h;
    double M = 40 * u, G = 22 * u;
    double y = header_h + M * 0.8;
    double inner = W - 2 * M;
    /* the key figures first, in rows of up to four */
    if (ncards) {
        size_t per = ncards <= 4 ? ncards : (ncards <= 6 ? 3 : 4);
        double ch = 170 * u;
        size_t k = 0;
        for (size_t i = 0; i < c->npanels; i++) {
            const bayan_chart *p = c->panels[i];
            if (p->type != BAYAN__CT_STAT)
                continue;
            for (size_t j = 0; j < p->ndata; j++, k++) {
                /* a short last row shares the full width too */
                size_t row = k / per, in_row = ncards - row * per < per ? ncards - row * per : per;
                double cw = (inner - G * (double)(in_row - 1)) / (double)in_row;
                ig_box *b = &L->boxes[L->nboxes++];
                b->panel = p;
                b->datum = &p->data[j];
                b->x = M + (cw + G) * (double)(k % per);
                b->y = y + (ch + G) * (double)row;
                b->w = cw;
                b->h = ch;
            }
        }
        y += (ch + G) * (double)((ncards + per - 1) / per);
    }
    /* then the charts: the first large with the second beside it, the rest
     * two to a row */
    const bayan_chart *rest[BAYAN__MAX_PANELS];
    size_t nr = 0;
    for (size_t i = 0; i < c->npanels; i++)
        if (c->panels[i]->type != BAYAN__CT_STAT)
            rest[nr++] = c->panels[i];
    /* the large place goes to the first series (bar or column), if any */
    for (size_t i = 0; i < nr; i++) {
        if (rest[i]->type == BAYAN__CT_BAR || rest[i]->type == BAYAN__CT_COLUMN) {
            const bayan_chart *m = rest[i];
            memmove(rest + 1, rest, i * sizeof *rest);
            rest[0] = m;
            break;
        }
    }
    size_t i = 0;
    while (i < nr) {
        size_t left = nr - i;
        if (i == 0 && left == 1) {
            double ph = rest[0]->type == BAYAN__CT_BAR ? fmax(380 * u, (double)rest[0]->ndata * 30 * u + 110 * u) : 420 * u;
            L->boxes[L->nboxes++] = (ig_box){rest[0], NULL, M, y, inner, ph};
            y += ph + G;
            i++;
        } else if (i == 0) {
            double ph = rest[0]->type == BAYAN__CT_BAR ? fmax(420 * u, (double)rest[0]->ndata * 30 * u + 110 * u) : 440 * u;
            double w0 = (inner - G) * 0.6;
            L->boxes[L->nboxes++] = (ig_box){rest[0], NULL, M, y, w0, ph};
            L->boxes[L->nboxes++] = (ig_box){rest[1], NULL, M + w0 + G, y, inner - w0 - G, ph};
            y += ph + G;
            i += 2;
        } else if (left == 1) {
            double ph = 360 * u;
            L->boxes[L->nboxes++] = (ig_box){rest[i], NULL, M, y, inner, ph};
            y += ph + G;
            i++;
        } else {
            double ph = 360 * u;
            double w0 = (inner - G) / 2;
            L->boxes[L->nboxes++] = (ig_box){rest[i], NULL, M, y, w0, ph};
            L->boxes[L->nboxes++] = (ig_box){rest[i + 1], NULL, M + w0 + G, y, w0, ph};
            y += ph + G;
            i += 2;
        }
    }
    L->height = y - G + M * 0.6;
    return BAYAN_OK;
}

/* "Source: A" and "Source: B" become "Sources: A; B". */
static const char *strip_source_prefix(const char *s)
{
    static const char *const pre[] = {"المصدر:", "المصادر:", "مصدر:", "Source:", "Sources:", "source:", NULL};
    for (int i = 0; pre[i]; i++) {
        size_t n = strlen(pre[i]);
        if (!strncmp(s, pre[i], n)) {
            s += n;
            while (*s == ' ')
                s++;
            return s;
        }
    }
    return s;
}

static void collect_sources(const bayan_chart *c, bayan__buf *b, int ar)
{
    const char *seen[BAYAN__MAX_PANELS + 1];
    size_t ns = 0;
    if (c->source && *c->source)
        seen[ns++] = strip_source_prefix(c->source);
    for (size_t i = 0; i < c->npanels; i++) {
        const char *s = c->panels[i]->source;
        if (!s || !*s)
            continue;
        s = strip_source_prefix(s);
        int dup = 0;
        for (size_t k = 0; k < ns; k++)
            if (!strcmp(seen[k], s))
                dup = 1;
        if (!dup && *s)
            seen[ns++] = s;
    }
    if (ns)
        bayan__buf_puts(b, ar ? (ns > 1 ? "المصادر: " : "المصدر: ") : (ns > 1 ? "Sources: " : "Source: "));
    for (size_t k = 0; k < ns; k++) {
        if (k)
            bayan__buf_puts(b, ar ? "؛ " : "; ");
        bayan__buf_puts(b, seen[k]);
    }
}

#define IG_HEADER_H(u, has_sub) ((has_sub) ? 168 * (u) : 128 * (u))

static double ig_u(double W)
{
    double u = W / 1200.0;
    return u < 0.5 ? 0.5 : u > 3 ? 3 : u;
}

static double ig_footer_h(double u)
{
    return 56 * u;
}

static bayan_status draw_infographic(cairo_t *cr, PangoFontMap *map, const bayan_chart *c,
                                     const bayan_render_opts *o, double W, double H)
{
    R r;
    ig_layout L = {0};
    bayan__buf src = BAYAN__BUF_INIT;
    bayan_status st = setup(&r, cr, map, c, NULL, o, W, H);
    if (st != BAYAN_OK)
        return st;
    double u = ig_u(W);
    r.u = u;
    set_rgb(&r, r.th->bg);
    cairo_paint(cr);
    double hh = IG_HEADER_H(u, c->subtitle && *c->subtitle);
    st = ig_plan(c, W, u, hh, &L);
    if (st != BAYAN_OK)
        goto out;
    /* header band */
    set_rgb(&r, r.th->band);
    cairo_rectangle(cr, 0, 0, W, hh);
    cairo_fill(cr);
    set_rgb(&r, r.th->series[1]);
    lrect(&r, 40 * u, 30 * u, 56 * u, 5 * u);
    cairo_fill(cr);
    double ty = 46 * u;
    if (c->title && *c->title) {
        /* one line: a long title is set smaller before it is cut short */
        double tfs = 32 * u, tw;
        PangoLayout *tl = text(&r, c->title, tfs, 1, 0, 1);
        extents(tl, &tw, NULL);
        while (tw > W - 80 * u && tfs > 22 * u) {
            g_object_unref(tl);
            tfs *= 0.94;
            tl = text(&r, c->title, tfs, 1, 0, 1);
            extents(tl, &tw, NULL);
        }
        g_object_unref(tl);
        ty += put(&r, text(&r, c->title, tfs, 1, W - 80 * u, 1), 40 * u, ty, AL_START, r.th->band_text);
    }
    if (c->subtitle && *c->subtitle)
        put(&r, text(&r, c->subtitle, 17 * u, 0, W - 80 * u, 1), 40 * u, ty + 6 * u, AL_START, r.th->band_text2);
    /* the content, scaled down if the page is shorter than planned */
    double avail = H - ig_footer_h(u);
    double need = L.height;
    double sy = need > avail && need > hh ? (avail - hh) / (need - hh) : 1;
    size_t card_i = 0;
    double cap = 1e9; /* one figure size for all the cards */
    for (size_t i = 0; i < L.nboxes; i++) {
        ig_box *b = &L.boxes[i];
        if (!b->datum)
            continue;
        R cr_ = r;
        cr_.fmt.unit = b->panel->unit ? b->panel->unit : c->unit;
        cr_.fmt.currency = b->panel->currency ? b->panel->currency : c->currency;
        cap = fmin(cap, stat_card(&cr_, b->datum, b->panel->title, b->x, 0, b->w, b->h * sy, r.th->series[0], 0, 1));
    }
    for (size_t i = 0; i < L.nboxes; i++) {
        ig_box *b = &L.boxes[i];
        double by = hh + (b->y - hh) * sy, bh = b->h * sy;
        if (b->datum) {
            R cr_ = r;
            cr_.fmt.unit = b->panel->unit ? b->panel->unit : c->unit;
            cr_.fmt.currency = b->panel->currency ? b->panel->currency : c->currency;
            stat_card(&cr_, b->datum, b->panel->title, b->x, by, b->w, bh, r.th->series[card_i % 8], cap, 0);
            card_i++;
            continue;
        }
        /* a panel: a white card with a hairline border, its own title */
        R pr;
        st = setup(&pr, cr, map, b->panel, c, o, W, H);
        if (st != BAYAN_OK)
            goto out;
        pr.u = u * 0.92;
        pr.rtl = r.rtl;
        pango_context_set_base_dir(pr.pc, pr.rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
        set_rgb(&pr, r.th->card_line);
        cairo_set_line_width(cr, 1);
        lround_rect(&pr, b->x + 0.5, by + 0.5, b->w - 1, bh - 1, 8 * u);
        cairo_stroke(cr);
        double pad = 22 * u;
        double px = b->x + pad, pw = b->w - 2 * pad;
        double py = by + pad;
        if (b->panel->title && *b->panel->title)
            py += put(&pr, text(&pr, b->panel->title, 17 * u, 1, pw, 2), px, py, AL_START, r.th->text);
        if (b->panel->subtitle && *b->panel->subtitle)
            py += 3 * u + put(&pr, text(&pr, b->panel->subtitle, 13 * u, 0, pw, 2), px, py + 3 * u, AL_START,
                              r.th->text2);
        py += 16 * u;
        draw_plot(&pr, px, py, pw, by + bh - pad - py);
        if (pr.st != BAYAN_OK)
            st = pr.st;
        teardown(&pr);
        if (st != BAYAN_OK)
            goto out;
    }
    /* footer: the sources, under a hairline */
    collect_sources(c, &src, r.fmt.arabic_lang);
    if (src.len)
        hline(&r, 40 * u, W - 40 * u, H - ig_footer_h(u) + 8 * u, 1, r.th->grid);
    if (src.len)
        put_vc(&r, text(&r, src.data, 12 * u, 0, W - 80 * u, 1), 40 * u, H - ig_footer_h(u) / 2 + 4 * u, AL_START,
               r.th->muted);
    st = r.st;
out:
    free(L.boxes);
    bayan__buf_free(&src);
    teardown(&r);
    return st;
}

/* ---- entry points ---- */

void bayan__chart_size(const bayan_chart *c, const bayan_render_opts *o, int *w, int *h)
{
    int W = o && o->width > 0 ? o->width : c->width;
    int H = o && o->height > 0 ? o->height : c->height;
    if (c->type == BAYAN__CT_INFOGRAPHIC) {
        if (W <= 0)
            W = 1200;
        if (H <= 0) {
            ig_layout L = {0};
            double u = ig_u(W);
            if (ig_plan(c, W, u, IG_HEADER_H(u, c->subtitle && *c->subtitle), &L) == BAYAN_OK)
                H = (int)ceil(L.height + ig_footer_h(u));
            free(L.boxes);
            if (H < BAYAN__MIN_HEIGHT)
                H = BAYAN__MIN_HEIGHT;
            if (H > BAYAN__MAX_HEIGHT)
                H = BAYAN__MAX_HEIGHT;
        }
    } else {
        if (W <= 0)
            W = 800;
        if (H <= 0) {
            H = 500;
            /* many bars get room rather than shrinking to illegibility */
            if (c->type == BAYAN__CT_BAR && c->ndata > 12)
                H = (int)fmin(BAYAN__MAX_HEIGHT, 170 + 27.0 * (double)c->ndata);
        }
    }
    *w = W;
    *h = H;
}

bayan_status bayan__draw_chart(cairo_t *cr, PangoFontMap *map, const bayan_chart *chart,
                               const bayan_render_opts *opts, double w, double h, bayan_diag *diag)
{
    bayan_status st = chart->type == BAYAN__CT_INFOGRAPHIC ? draw_infographic(cr, map, chart, opts, w, h)
                                                           : draw_single(cr, map, chart, opts, w, h);
    if (st == BAYAN_OK && cairo_status(cr) != CAIRO_STATUS_SUCCESS)
        st = BAYAN_ERENDER;
    if (st != BAYAN_OK && diag) {
        diag->status = st;
        snprintf(diag->message, sizeof diag->message, "drawing failed: %s",
                 cairo_status(cr) ? cairo_status_to_string(cairo_status(cr)) : bayan_status_str(st));
    }
    return st;
}

static void describe_one(const bayan_chart *c, const bayan_chart *parent, const bayan_render_opts *o,
                         bayan__buf *out)
{
    bayan__fmt f = {0};
    f.arabic_lang = lang_is_arabic(c, parent);
    f.arabic_digits = use_arabic_digits(c, parent, o);
    f.unit = c->unit ? c->unit : (parent ? parent->unit : NULL);
    f.currency = c->currency ? c->currency : (parent ? parent->currency : NULL);
    if (parent && c->title) {
        bayan__buf_puts(out, c->title);
        bayan__buf_puts(out, ":\n");
    }
    for (size_t i = 0; i < c->ndata; i++) {
        const bayan__datum *d = &c->data[i];
        if (d->label) {
            bayan__buf_puts(out, d->label);
            bayan__buf_puts(out, ": ");
        }
        bayan__fmt_datum(out, &f, d, BAYAN__FMT_LONG);
        bayan__buf_puts(out, "\n");
    }
    if (c->type == BAYAN__CT_COMPARISON && c->has_ratio) {
        bayan__fmt_ratio(out, &f, c->ratio, c->ratio_qualifier);
        bayan__buf_puts(out, "\n");
    }
}

bayan_status bayan__chart_describe(const bayan_chart *c, const bayan_render_opts *o, bayan__buf *out)
{
    if (c->subtitle) {
        bayan__buf_puts(out, c->subtitle);
        bayan__buf_puts(out, "\n");
    }
    if (c->type == BAYAN__CT_INFOGRAPHIC) {
        for (size_t i = 0; i < c->npanels; i++)
            describe_one(c->panels[i], c, o, out);
    } else {
        describe_one(c, NULL, o, out);
    }
    if (c->source) {
        bayan__buf_puts(out, c->source);
        bayan__buf_puts(out, "\n");
    }
    return out->failed ? BAYAN_ENOMEM : BAYAN_OK;
}

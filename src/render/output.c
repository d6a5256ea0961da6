/* Output backends (PNG, SVG, PDF) in one table, the render entry point, and
 * whole-or-nothing file writing. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "render/png.h"
#include "render/render_int.h"

void bayan_render_opts_defaults(bayan_render_opts *opts)
{
    if (!opts)
        return;
    memset(opts, 0, sizeof *opts);
    opts->scale = 1;
    opts->digits = BAYAN_DIGITS_SPEC;
}

int bayan_format_from_path(const char *path)
{
    if (!path)
        return -1;
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return -1;
    static const char *const ext[] = {".png", ".svg", ".pdf"};
    for (int i = 0; i < 3; i++) {
        const char *a = dot, *b = ext[i];
        while (*a && *b && (*a | 0x20) == (*b | 0x20))
            a++, b++;
        if (!*a && !*b)
            return i;
    }
    return -1;
}

static cairo_status_t to_buf(void *closure, const unsigned char *data, unsigned int len)
{
    return bayan__buf_append(closure, data, len) == BAYAN_OK ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_NO_MEMORY;
}

typedef struct job {
    const bayan_chart *chart;
    const bayan_render_opts *opts;
    PangoFontMap *map;
    int w, h; /* CSS pixels */
    bayan__buf *out;
    bayan_diag *diag;
} job;

static bayan_status cairo_fail(job *j, cairo_status_t cs)
{
    if (j->diag) {
        j->diag->status = cs == CAIRO_STATUS_NO_MEMORY ? BAYAN_ENOMEM : BAYAN_ERENDER;
        snprintf(j->diag->message, sizeof j->diag->message, "cairo: %s", cairo_status_to_string(cs));
    }
    return cs == CAIRO_STATUS_NO_MEMORY ? BAYAN_ENOMEM : BAYAN_ERENDER;
}

static bayan_status draw_on(job *j, cairo_surface_t *s, double scale)
{
    cairo_t *cr = cairo_create(s);
    bayan_status st;
    if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) {
        st = cairo_fail(j, cairo_status(cr));
        cairo_destroy(cr);
        return st;
    }
    cairo_scale(cr, scale, scale);
    st = bayan__draw_chart(cr, j->map, j->chart, j->opts, j->w, j->h, j->diag);
    cairo_destroy(cr);
    return st;
}

static bayan_status out_png(job *j)
{
    double scale = j->opts && j->opts->scale > 0 ? j->opts->scale : 1;
    int pw = (int)ceil(j->w * scale - 1e-9), ph = (int)ceil(j->h * scale - 1e-9);
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
    bayan_status st;
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        st = cairo_fail(j, cairo_surface_status(s));
        cairo_surface_destroy(s);
        return st;
    }
    st = draw_on(j, s, scale);
    if (st == BAYAN_OK) {
        cairo_surface_flush(s);
        /* png.c: faster than Cairo's writer, with sRGB and pHYs chunks */
        st = bayan__png_encode(cairo_image_surface_get_data(s), pw, ph, cairo_image_surface_get_stride(s),
                               j->opts ? j->opts->dpi : 0, j->out);
        if (st != BAYAN_OK && j->diag) {
            j->diag->status = st;
            snprintf(j->diag->message, sizeof j->diag->message, "PNG encoding failed");
        }
    }
    cairo_surface_destroy(s);
    return st;
}

static void xml_escape(bayan__buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': bayan__buf_puts(b, "&lt;"); break;
        case '>': bayan__buf_puts(b, "&gt;"); break;
        case '&': bayan__buf_puts(b, "&amp;"); break;
        case '"': bayan__buf_puts(b, "&quot;"); break;
        default:
            /* control characters are not allowed in XML 1.0 */
            if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t')
                bayan__buf_putc(b, ' ');
            else
                bayan__buf_putc(b, *s);
        }
    }
}

/* Cairo's SVG has neither <title> nor <desc>: insert them (and a viewBox if
 * missing) after the <svg ...> open tag, with lang and direction. */
/* Cairo names SVG groups "surfaceN" from a counter shared by the whole
 * process, so the same chart would get other ids depending on what was drawn
 * before it (or in another thread). Renumber them from 1 in order of first
 * appearance, references ("#surfaceN") included, so the bytes are a function
 * of the chart alone. */
static void stable_surface_ids(bayan__buf *o, const char *s)
{
    static const char pat[] = "surface";
    const size_t plen = sizeof pat - 1;
    unsigned long long seen[64];
    size_t nseen = 0;
    const char *p = s;
    for (;;) {
        const char *hit = strstr(p, pat);
        if (!hit)
            break;
        const char *d = hit + plen;
        const char *e = d;
        while (*e >= '0' && *e <= '9' && e - d < 18)
            e++;
        int is_ref = e > d && (*e == '"' || *e == ')') &&
                     ((hit - s >= 4 && !memcmp(hit - 4, "id=\"", 4)) || (hit > s && hit[-1] == '#'));
        if (!is_ref) {
            bayan__buf_append(o, p, (size_t)(hit + plen - p));
            p = hit + plen;
            continue;
        }
        unsigned long long v = 0;
        for (const char *q = d; q < e; q++)
            v = v * 10 + (unsigned long long)(*q - '0');
        size_t k = 0;
        while (k < nseen && seen[k] != v)
            k++;
        if (k == nseen) {
            if (nseen == sizeof seen / sizeof *seen) { /* more than we track: leave as is */
                bayan__buf_append(o, p, (size_t)(e - p));
                p = e;
                continue;
            }
            seen[nseen++] = v;
        }
        bayan__buf_append(o, p, (size_t)(d - p));
        bayan__buf_printf(o, "%zu", k + 1);
        p = e;
    }
    bayan__buf_puts(o, p);
}

static bayan_status svg_finish(job *j, const bayan__buf *raw)
{
    const char *svg = raw->data ? strstr(raw->data, "<svg") : NULL;
    const char *gt = svg ? strchr(svg, '>') : NULL;
    if (!gt)
        return BAYAN_ERENDER;
    bayan__buf *o = j->out;
    bayan__buf_append(o, raw->data, (size_t)(gt - raw->data));
    int has_viewbox = memmem(svg, (size_t)(gt - svg), "viewBox", 7) != NULL;
    if (!has_viewbox)
        bayan__buf_printf(o, " viewBox=\"0 0 %d %d\"", j->w, j->h);
    bayan__buf_printf(o, " role=\"img\" aria-labelledby=\"bayan-title bayan-desc\"");
    const char *lang = j->chart->lang;
    if (lang) {
        bayan__buf_puts(o, " xml:lang=\"");
        xml_escape(o, lang);
        bayan__buf_puts(o, "\"");
    }
    bayan__buf_puts(o, ">\n<title id=\"bayan-title\">");
    xml_escape(o, j->chart->title ? j->chart->title : "");
    bayan__buf_puts(o, "</title>\n<desc id=\"bayan-desc\">");
    bayan__buf d = BAYAN__BUF_INIT;
    bayan__chart_describe(j->chart, j->opts, &d);
    xml_escape(o, d.data ? d.data : "");
    bayan__buf_free(&d);
    bayan__buf_puts(o, "</desc>");
    stable_surface_ids(o, gt + 1);
    return o->failed ? BAYAN_ENOMEM : BAYAN_OK;
}

static bayan_status out_svg(job *j)
{
    bayan__buf raw = BAYAN__BUF_INIT;
    cairo_surface_t *s = cairo_svg_surface_create_for_stream(to_buf, &raw, j->w, j->h);
    bayan_status st;
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        st = cairo_fail(j, cairo_surface_status(s));
        goto out;
    }
    cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
    cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
    st = draw_on(j, s, 1);
    cairo_surface_finish(s);
    if (st == BAYAN_OK && cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        st = cairo_fail(j, cairo_surface_status(s));
    if (st == BAYAN_OK)
        st = raw.failed ? BAYAN_ENOMEM : svg_finish(j, &raw);
out:
    cairo_surface_destroy(s);
    bayan__buf_free(&raw);
    return st;
}

/* SOURCE_DATE_EPOCH as a PDF date (ISO 8601 for Cairo), computed by hand:
 * gmtime would do, but this keeps the library free of time zone state. */
static int epoch_date(char *out, size_t size)
{
    const char *e = getenv("SOURCE_DATE_EPOCH");
    if (!e || !*e)
        return 0;
    long long t = 0;
    for (const char *p = e; *p; p++) {
        if (*p < '0' || *p > '9' || t > 253402300799LL)
            return 0;
        t = t * 10 + (*p - '0');
    }
    long long days = t / 86400, rem = t % 86400;
    /* civil-from-days (Howard Hinnant) */
    long long z = days + 719468, era = z / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        y++;
    snprintf(out, size, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", y, m, d, rem / 3600, rem / 60 % 60, rem % 60);
    return 1;
}

static bayan_status out_pdf(job *j)
{
    bayan__buf raw = BAYAN__BUF_INIT;
    /* CSS pixels are 3/4 of a point */
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(to_buf, &raw, j->w * 0.75, j->h * 0.75);
    bayan_status st;
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        st = cairo_fail(j, cairo_surface_status(s));
        goto out;
    }
    if (j->chart->title)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, j->chart->title);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "bayan");
    /* Cairo 1.16 stamps /CreationDate with the clock. With SOURCE_DATE_EPOCH
     * that date is used; without, a fixed placeholder goes in and is blanked
     * out below (same length, so the xref offsets stay right). */
    char date[40];
    int have_epoch = epoch_date(date, sizeof date);
    if (have_epoch) {
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
    } else {
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "1970-01-01T00:00:00Z");
    }
    st = draw_on(j, s, 0.75);
    cairo_surface_finish(s);
    if (st == BAYAN_OK && cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        st = cairo_fail(j, cairo_surface_status(s));
    if (st == BAYAN_OK && !have_epoch && raw.data) {
        static const char key[] = "/CreationDate (";
        char *p = memmem(raw.data, raw.len, key, sizeof key - 1);
        const char *val = p ? p + sizeof key - 1 : NULL;
        if (val && (!strncmp(val, "19700101", 8) || !strncmp(val, "D:19700101", 10))) {
            char *e = memchr(p, ')', raw.len - (size_t)(p - raw.data));
            if (e)
                memset(p, ' ', (size_t)(e - p) + 1);
        }
    }
    if (st == BAYAN_OK)
        st = bayan__buf_append(j->out, raw.data, raw.len);
out:
    cairo_surface_destroy(s);
    bayan__buf_free(&raw);
    return st;
}

static const struct backend {
    const char *name;
    bayan_status (*run)(job *j);
} backends[] = {
    [BAYAN_FORMAT_PNG] = {"PNG", out_png},
    [BAYAN_FORMAT_SVG] = {"SVG", out_svg},
    [BAYAN_FORMAT_PDF] = {"PDF", out_pdf},
};

bayan_status bayan_chart_render(const bayan_chart *chart, const bayan_render_opts *opts, bayan_format format,
                                unsigned char **out, size_t *out_len, bayan_diag *diag)
{
    bayan_render_opts defaults;
    bayan__buf b = BAYAN__BUF_INIT;
    job j = {0};
    bayan_status st = BAYAN_EINVAL;
    if (diag)
        bayan_diag_clear(diag);
    if (out)
        *out = NULL;
    if (out_len)
        *out_len = 0;
    if (!chart || !out || (unsigned)format > BAYAN_FORMAT_PDF) {
        if (diag) {
            diag->status = BAYAN_EINVAL;
            snprintf(diag->message, sizeof diag->message, "invalid arguments to bayan_chart_render");
        }
        return BAYAN_EINVAL;
    }
    if (!opts) {
        bayan_render_opts_defaults(&defaults);
        opts = &defaults;
    }
    j.chart = chart;
    j.opts = opts;
    j.out = &b;
    j.diag = diag;
    bayan__chart_size(chart, opts, &j.w, &j.h);
    double scale = opts->scale > 0 ? opts->scale : 1;
    const char *bad = NULL;
    if (j.w < BAYAN__MIN_WIDTH || j.w > BAYAN__MAX_WIDTH)
        bad = "width";
    else if (j.h < BAYAN__MIN_HEIGHT || j.h > BAYAN__MAX_HEIGHT)
        bad = "height";
    else if (opts->scale != 0 && (opts->scale < BAYAN__MIN_SCALE || opts->scale > BAYAN__MAX_SCALE))
        bad = "scale";
    else if (format == BAYAN_FORMAT_PNG && (double)j.w * scale * (double)j.h * scale > BAYAN__MAX_PIXELS)
        bad = "width x height x scale";
    else if (opts->dpi < 0 || opts->dpi > 10000 || isnan(opts->dpi))
        bad = "dpi";
    else if (opts->theme && *opts->theme && strcmp(opts->theme, "default") && strcmp(opts->theme, "print"))
        bad = "theme (default or print)";
    if (bad) {
        if (diag) {
            diag->status = BAYAN_EINVAL;
            snprintf(diag->message, sizeof diag->message,
                     "%s out of range (width %d-%d, height %d-%d, scale 0.25-8, at most 64 Mpixels, dpi 0-10000)",
                     bad, BAYAN__MIN_WIDTH, BAYAN__MAX_WIDTH, BAYAN__MIN_HEIGHT, BAYAN__MAX_HEIGHT);
        }
        return BAYAN_EINVAL;
    }
    st = bayan__fontmap_acquire(opts->font_dir, &j.map, diag);
    if (st != BAYAN_OK)
        return st;
    st = backends[format].run(&j);
    bayan__fontmap_release(opts->font_dir, j.map);
    if (st == BAYAN_OK && b.failed)
        st = BAYAN_ENOMEM;
    if (st != BAYAN_OK) {
        if (diag && diag->status == BAYAN_OK) {
            diag->status = st;
            snprintf(diag->message, sizeof diag->message, "%s output failed: %s", backends[format].name,
                     bayan_status_str(st));
        }
        bayan__buf_free(&b);
        return st;
    }
    *out = (unsigned char *)bayan__buf_detach(&b, out_len);
    return *out ? BAYAN_OK : BAYAN_ENOMEM;
}

bayan_status bayan_write_file_atomic(const char *path, const void *data, size_t len, bayan_diag *diag)
{
    bayan__buf tmp = BAYAN__BUF_INIT;
    int fd = -1, created = 0;
    bayan_status st = BAYAN_EIO;
    const char *what = "create a temporary file for";
    if (diag)
        bayan_diag_clear(diag);
    if (!path || !*path || (!data && len))
        return BAYAN_EINVAL;
    bayan__buf_printf(&tmp, "%s.tmp-XXXXXX", path);
    if (tmp.failed) {
        st = BAYAN_ENOMEM;
        goto out;
    }
    fd = mkstemp(tmp.data);
    if (fd < 0)
        goto fail;
    created = 1;
    what = "write";
    const char *p = data;
    size_t left = len;
    while (left) {
        ssize_t n = write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            goto fail;
        }
        p += n;
        left -= (size_t)n;
    }
    if (fchmod(fd, 0644) != 0)
        goto fail;
    if (close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    fd = -1;
    what = "rename into place";
    if (rename(tmp.data, path) != 0)
        goto fail;
    st = BAYAN_OK;
    goto out;
fail:
    if (diag) {
        int e = errno;
        diag->status = BAYAN_EIO;
        snprintf(diag->message, sizeof diag->message, "cannot %s %s: %s", what, path, strerror(e));
    }
    if (fd >= 0)
        close(fd);
    if (created)
        unlink(tmp.data);
out:
    bayan__buf_free(&tmp);
    return st;
}

bayan_status bayan_chart_render_file(const bayan_chart *chart, const bayan_render_opts *opts, const char *path,
                                     bayan_diag *diag)
{
    unsigned char *data = NULL;
    size_t len = 0;
    int fmt = bayan_format_from_path(path);
    if (diag)
        bayan_diag_clear(diag);
    if (fmt < 0) {
        if (diag) {
            diag->status = BAYAN_EINVAL;
            snprintf(diag->message, sizeof diag->message, "%.400s: the extension must be .png, .svg or .pdf",
                     path ? path : "(null)");
        }
        return BAYAN_EINVAL;
    }
    bayan_status st = bayan_chart_render(chart, opts, (bayan_format)fmt, &data, &len, diag);
    if (st == BAYAN_OK)
        st = bayan_write_file_atomic(path, data, len, diag);
    bayan_free(data);
    return st;
}

/* bayan render: one chart spec to PNG, SVG or PDF. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char render_usage[] =
    "usage: bayan render SPEC.json [-o OUT.png|OUT.svg|OUT.pdf] [options]\n"
    "\n"
    "Draws a chart spec (bayan.chart/1). The format follows OUT's extension;\n"
    "without -o the chart is written beside SPEC as SPEC's name with .png.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE       where to write (.png, .svg or .pdf)\n"
    "  --width W, --height H   size in CSS pixels (width 160-4096, height 120-8192)\n"
    "  --scale S               device pixels per CSS pixel for PNG (0.25-8)\n"
    "  --dpi D                 PNG resolution metadata\n"
    "  --digits latin|arabic|auto   digits for the numbers drawn\n"
    "  --theme default|print   colour-blind-safe colours, or greys\n"
    "  --font-dir DIR          more fonts besides the bundled ones\n"
    "  --check                 render in memory and compare with OUT; write nothing\n"
    "\n"
    "exit codes: 0 done; 1 --check found OUT stale or missing; 2 usage; 3 invalid spec\n"
    "(FILE:LINE:COL) or sizes out of range; 4 render or write failure.\n";

/* A whole number or decimal, read without the locale (strtod would use it). */
static int parse_number(const char *s, double *out)
{
    double v = 0, frac = 0.1;
    int digits = 0, dot = 0;
    if (!s || !*s)
        return 0;
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9') {
            if (dot) {
                v += (*s - '0') * frac;
                frac /= 10;
            } else {
                v = v * 10 + (*s - '0');
            }
            digits++;
            if (digits > 12)
                return 0;
        } else if (*s == '.' && !dot) {
            dot = 1;
        } else {
            return 0;
        }
    }
    if (!digits)
        return 0;
    *out = v;
    return 1;
}

static char *default_output(const char *spec)
{
    size_t n = strlen(spec);
    const char *slash = strrchr(spec, '/');
    const char *dot = strrchr(spec, '.');
    if (dot && (!slash || dot > slash) && dot != spec && (!slash || dot > slash + 1))
        n = (size_t)(dot - spec);
    char *o = malloc(n + 5);
    if (!o)
        return NULL;
    memcpy(o, spec, n);
    memcpy(o + n, ".png", 5);
    return o;
}

int bayan_cmd_render(int argc, char **argv)
{
    const char *spec_path = NULL, *out_path = NULL;
    bayan_render_opts opts;
    bayan_render_opts_defaults(&opts);
    char *data = NULL, *def_out = NULL;
    unsigned char *img = NULL;
    size_t len = 0, img_len = 0;
    bayan_chart *chart = NULL;
    bayan_diag diag;
    int rc = EXIT_USAGE, check = 0;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        double num = 0;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(render_usage, stdout);
            return EXIT_DONE;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
            if (!val)
                goto missing;
            out_path = val;
            i++;
        } else if (!strcmp(a, "--width") || !strcmp(a, "--height") || !strcmp(a, "--scale") || !strcmp(a, "--dpi")) {
            if (!val)
                goto missing;
            if (!parse_number(val, &num)) {
                cli_errorf("render: %s needs a number, not '%s'", a, val);
                return EXIT_USAGE;
            }
            if (!strcmp(a, "--width") || !strcmp(a, "--height")) {
                if (num != (int)num || num < 1 || num > 100000) {
                    cli_errorf("render: %s needs a whole number of pixels, not '%s'", a, val);
                    return EXIT_USAGE;
                }
                if (a[2] == 'w')
                    opts.width = (int)num;
                else
                    opts.height = (int)num;
            } else if (a[2] == 's') {
                if (num <= 0) {
                    cli_errorf("render: --scale must be positive");
                    return EXIT_USAGE;
                }
                opts.scale = num;
            } else {
                opts.dpi = num;
            }
            i++;
        } else if (!strcmp(a, "--digits")) {
            if (!val)
                goto missing;
            if (!strcmp(val, "latin"))
                opts.digits = BAYAN_DIGITS_LATIN;
            else if (!strcmp(val, "arabic"))
                opts.digits = BAYAN_DIGITS_ARABIC;
            else if (!strcmp(val, "auto"))
                opts.digits = BAYAN_DIGITS_AUTO;
            else {
                cli_errorf("render: --digits must be latin, arabic or auto, not '%s'", val);
                return EXIT_USAGE;
            }
            i++;
        } else if (!strcmp(a, "--theme")) {
            if (!val)
                goto missing;
            if (strcmp(val, "default") && strcmp(val, "print")) {
                cli_errorf("render: --theme must be default or print, not '%s'", val);
                return EXIT_USAGE;
            }
            opts.theme = val;
            i++;
        } else if (!strcmp(a, "--check")) {
            check = 1;
        } else if (!strcmp(a, "--font-dir")) {
            if (!val)
                goto missing;
            opts.font_dir = val;
            i++;
        } else if (a[0] == '-' && a[1]) {
            cli_errorf("render: unknown option '%s' (see bayan render --help)", a);
            return EXIT_USAGE;
        } else if (!spec_path) {
            spec_path = a;
        } else {
            cli_errorf("render: one spec at a time ('%s' and '%s')", spec_path, a);
            return EXIT_USAGE;
        }
    }
    if (!spec_path) {
        fputs(render_usage, stderr);
        return EXIT_USAGE;
    }
    if (!out_path) {
        if (!strcmp(spec_path, "-")) {
            cli_errorf("render: reading the spec from stdin needs -o");
            return EXIT_USAGE;
        }
        out_path = def_out = default_output(spec_path);
        if (!out_path) {
            cli_errorf("render: out of memory");
            return EXIT_RENDER;
        }
    }
    int fmt = bayan_format_from_path(out_path);
    if (fmt < 0) {
        cli_errorf("render: %s: the output's extension must be .png, .svg or .pdf", out_path);
        rc = EXIT_USAGE;
        goto out;
    }
    rc = cli_read_file(spec_path, &data, &len);
    if (rc != EXIT_DONE)
        goto out;
    bayan_status st = bayan_chart_parse(data, len, spec_path, &chart, &diag);
    if (st != BAYAN_OK) {
        cli_print_diag(spec_path, &diag);
        rc = cli_exit_for(st);
        goto out;
    }
    st = bayan_chart_render(chart, &opts, (bayan_format)fmt, &img, &img_len, &diag);
    if (st != BAYAN_OK) {
        cli_errorf("%s: error: %s", spec_path, diag.message[0] ? diag.message : bayan_status_str(st));
        rc = st == BAYAN_EINVAL ? EXIT_INPUT : cli_exit_for(st);
        goto out;
    }
    if (check) {
        char *old = NULL;
        size_t old_len = 0;
        FILE *f = fopen(out_path, "rb");
        if (f) {
            fclose(f);
            if (cli_read_file(out_path, &old, &old_len) != EXIT_DONE)
                old = NULL;
        }
        int same = old && old_len == img_len && !memcmp(old, img, img_len);
        free(old);
        if (!same)
            cli_errorf("%s: %s", out_path, f ? "stale: differs from what the spec renders to" : "missing");
        rc = same ? EXIT_DONE : EXIT_STALE;
        goto out;
    }
    st = bayan_write_file_atomic(out_path, img, img_len, &diag);
    if (st != BAYAN_OK) {
        cli_errorf("%s: error: %s", out_path, diag.message[0] ? diag.message : bayan_status_str(st));
        rc = EXIT_RENDER;
        goto out;
    }
    rc = EXIT_DONE;
out:
    bayan_free(img);
    bayan_chart_free(chart);
    free(data);
    free(def_out);
    bayan_render_cleanup();
    return rc;
missing:
    cli_errorf("render: %s needs a value", argv[argc - 1]);
    return EXIT_USAGE;
}

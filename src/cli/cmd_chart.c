/* bayan chart: text in, charts out. Extracts each file's claims, plans its
 * charts and renders them, with the manifest, gallery page and Markdown
 * snippets, into DIR/<input-stem>/; --check regenerates everything in memory
 * and compares it with what is on disk instead. Files are worked on by a
 * pool of threads; one bad file does not stop the others. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

static const char chart_usage[] =
    "usage: bayan chart FILE... [-o DIR] [--format png,svg,pdf] [--digits latin|arabic|auto]\n"
    "                   [--check] [-j N] [--quiet]\n"
    "\n"
    "Extracts the numeric claims of each text, plans a chart for each group and\n"
    "key figure, and renders them into DIR/<input-stem>/ (default DIR: output/):\n"
    "  NN-slug.png/.svg/.pdf   the charts, named in document order\n"
    "  NN-slug.json            each chart's spec: edit it and `bayan render` it\n"
    "  infographic.*           the document's one-page fact sheet (and its spec)\n"
    "  charts.json             the manifest: files, titles, alt text, the claims\n"
    "                          each chart shows with their source sentences, ratio checks\n"
    "  index.html              a self-contained gallery page\n"
    "  figures.md              Markdown snippets to paste into a report\n"
    "\n"
    "options:\n"
    "  -o, --output DIR        where to write (default: output)\n"
    "  -f, --format LIST       formats to render, comma-separated (default: png,svg,pdf)\n"
    "      --digits MODE       latin, arabic, or auto: as the document writes them (default)\n"
    "      --check             regenerate in memory and compare with DIR; write nothing;\n"
    "                          exit 1 naming every stale or missing file\n"
    "  -j, --jobs N            worker threads (default: the number of cores)\n"
    "  -q, --quiet             no progress bar\n"
    "  -h, --help              this help\n"
    "\n"
    "exit codes: 0 done (or up to date); 1 --check found stale or missing files;\n"
    "2 usage; 3 bad input (unreadable file, invalid UTF-8); 4 rendering or writing failed.\n";

typedef struct job_cfg {
    const char *dir;
    unsigned formats;
    bayan_digits digits;
    int check;
} job_cfg;

typedef struct pool {
    const job_cfg *cfg;
    char **files;
    size_t nfiles;
    size_t next;       /* next file to take */
    size_t done;       /* files finished */
    size_t charts;     /* charts written (or checked) */
    int worst;         /* worst exit code */
    int progress;      /* draw a progress bar */
    int bar_drawn;
    struct timespec t0;
    pthread_mutex_t mu;
} pool;

static const char *const ext_of[] = {"png", "svg", "pdf"};

/* ---- messages: whole lines, never torn by another thread or the bar ---- */

static void clear_bar(pool *p)
{
    if (p->progress && p->bar_drawn) {
        fputs("\r\033[K", stderr);
        p->bar_drawn = 0;
    }
}

static void report(pool *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report(pool *p, const char *fmt, ...)
{
    va_list ap;
    pthread_mutex_lock(&p->mu);
    clear_bar(p);
    fputs("bayan: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    pthread_mutex_unlock(&p->mu);
}

static void report_diag(pool *p, const char *file, const bayan_diag *d)
{
    const char *msg = d->message[0] ? d->message : bayan_status_str(d->status);
    if (d->line)
        report(p, "%s:%u:%u: error: %s", file, d->line, d->column, msg);
    else
        report(p, "%s: error: %s", file, msg);
}

static double elapsed(const pool *p)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - p->t0.tv_sec) + (double)(t.tv_nsec - p->t0.tv_nsec) / 1e9;
}

/* Called with the mutex held. */
static void draw_bar(pool *p)
{
    if (!p->progress)
        return;
    enum { W = 28 };
    size_t fill = p->nfiles ? p->done * W / p->nfiles : W;
    char bar[W + 1];
    for (size_t i = 0; i < W; i++)
        bar[i] = i < fill ? '#' : '-';
    bar[W] = 0;
    double t = elapsed(p);
    fprintf(stderr, "\r\033[K[%s] %zu/%zu files, %zu charts, %d.%ds", bar, p->done, p->nfiles, p->charts, (int)t,
            (int)((t - (int)t) * 10));
    p->bar_drawn = 1;
    fflush(stderr);
}

/* ---- files ---- */

static char *path_join(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    while (na > 1 && a[na - 1] == '/')
        na--;
    char *s = malloc(na + 1 + nb + 1);
    if (!s)
        return NULL;
    memcpy(s, a, na);
    s[na] = '/';
    memcpy(s + na + 1, b, nb + 1);
    return s;
}

/* The input's name without directories and its last extension. */
static char *stem_of(const char *path)
{
    if (!strcmp(path, "-"))
        return strdup("stdin");
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base)
        n = (size_t)(dot - base);
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    memcpy(s, base, n);
    s[n] = 0;
    return s;
}

static int mkdirs(const char *path)
{
    char *tmp = strdup(path);
    if (!tmp)
        return -1;
    for (char *q = tmp + 1; *q; q++) {
        if (*q != '/')
            continue;
        *q = 0;
        if (mkdir(tmp, 0777) != 0 && errno != EEXIST) {
            free(tmp);
            return -1;
        }
        *q = '/';
    }
    int r = mkdir(tmp, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(tmp);
    return r;
}

/* 1 when the file at path holds exactly data; 0 when it differs; -1 when absent. */
static int same_on_disk(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    int same = 1;
    char buf[65536];
    size_t off = 0;
    for (;;) {
        size_t got = fread(buf, 1, sizeof buf, f);
        if (got == 0)
            break;
        if (off + got > len || memcmp(buf, (const char *)data + off, got)) {
            same = 0;
            break;
        }
        off += got;
    }
    if (ferror(f))
        same = 0;
    fclose(f);
    return same && off == len;
}

/* The set of file names one document produces, to find leftovers. */
typedef struct names {
    char **v;
    size_t n, cap;
} names;

static int names_add(names *s, const char *name)
{
    if (s->n == s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 32;
        char **v = realloc(s->v, ncap * sizeof *v);
        if (!v)
            return -1;
        s->v = v;
        s->cap = ncap;
    }
    if (!(s->v[s->n] = strdup(name)))
        return -1;
    s->n++;
    return 0;
}

static void names_free(names *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
}

/* Writes (or, under --check, compares) one output file. Returns an exit code. */
static int emit(pool *p, const char *outdir, const char *name, const void *data, size_t len, names *made)
{
    const job_cfg *cfg = p->cfg;
    int rc = EXIT_DONE;
    char *path = path_join(outdir, name);
    if (!path || names_add(made, name) < 0) {
        report(p, "%s: error: out of memory", outdir);
        free(path);
        return EXIT_RENDER;
    }
    if (cfg->check) {
        int s = same_on_disk(path, data, len);
        if (s < 0) {
            report(p, "%s: missing", path);
            rc = EXIT_STALE;
        } else if (s == 0) {
            report(p, "%s: stale", path);
            rc = EXIT_STALE;
        }
    } else {
        bayan_diag d;
        bayan_diag_clear(&d);
        if (bayan_write_file_atomic(path, data, len, &d) != BAYAN_OK) {
            report_diag(p, path, &d);
            rc = EXIT_RENDER;
        }
    }
    free(path);
    return rc;
}

static int worse(int a, int b) { return a > b ? a : b; }

/* Renders a spec into every requested format and emits the files. */
static int emit_chart(pool *p, const char *outdir, const char *name, const char *spec, names *made)
{
    const job_cfg *cfg = p->cfg;
    int rc = EXIT_DONE;
    bayan_chart *c = NULL;
    bayan_diag d;
    char fname[512];
    snprintf(fname, sizeof fname, "%s.json", name);
    rc = worse(rc, emit(p, outdir, fname, spec, strlen(spec), made));
    bayan_diag_clear(&d);
    if (bayan_chart_parse(spec, strlen(spec), fname, &c, &d) != BAYAN_OK) {
        /* a planned spec the renderer refuses is bayan's own fault */
        char *path = path_join(outdir, fname);
        report_diag(p, path ? path : fname, &d);
        free(path);
        return EXIT_RENDER;
    }
    bayan_render_opts o;
    bayan_render_opts_defaults(&o);
    for (int f = 0; f < 3; f++) {
        if (!((cfg->formats >> f) & 1u))
            continue;
        unsigned char *out = NULL;
        size_t n = 0;
        snprintf(fname, sizeof fname, "%s.%s", name, ext_of[f]);
        bayan_diag_clear(&d);
        bayan_status st = bayan_chart_render(c, &o, (bayan_format)f, &out, &n, &d);
        if (st != BAYAN_OK) {
            char *path = path_join(outdir, fname);
            report_diag(p, path ? path : fname, &d);
            free(path);
            rc = worse(rc, EXIT_RENDER);
            continue;
        }
        rc = worse(rc, emit(p, outdir, fname, out, n, made));
        bayan_free(out);
    }
    bayan_chart_free(c);
    return rc;
}

/* A file bayan chart writes: NN-slug.ext, infographic.ext, the pages. */
static int ours(const char *name, unsigned formats)
{
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 0;
    int fmt_ok = !strcmp(dot + 1, "json");
    for (int f = 0; f < 3; f++)
        if (((formats >> f) & 1u) && !strcmp(dot + 1, ext_of[f]))
            fmt_ok = 1;
    if (!fmt_ok)
        return 0;
    if (!strncmp(name, "infographic.", 12))
        return 1;
    return name[0] >= '0' && name[0] <= '9' && name[1] >= '0' && name[1] <= '9' &&
           (name[2] == '-' || (name[2] >= '0' && name[2] <= '9' && name[3] == '-'));
}

/* Charts of an earlier run that this one no longer makes: removed, or under
 * --check reported stale. */
static int leftovers(pool *p, const char *outdir, const names *made)
{
    int rc = EXIT_DONE;
    DIR *dir = opendir(outdir);
    if (!dir)
        return rc;
    names gone = {0};
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (!ours(e->d_name, p->cfg->formats) || !strcmp(e->d_name, "charts.json"))
            continue;
        int found = 0;
        for (size_t i = 0; i < made->n && !found; i++)
            found = !strcmp(made->v[i], e->d_name);
        if (!found && names_add(&gone, e->d_name) < 0)
            break;
    }
    closedir(dir);
    /* in name order, so messages are the same on every run */
    for (size_t i = 1; i < gone.n; i++)
        for (size_t j = i; j > 0 && strcmp(gone.v[j - 1], gone.v[j]) > 0; j--) {
            char *t = gone.v[j];
            gone.v[j] = gone.v[j - 1];
            gone.v[j - 1] = t;
        }
    for (size_t i = 0; i < gone.n; i++) {
        char *path = path_join(outdir, gone.v[i]);
        if (!path)
            break;
        if (p->cfg->check) {
            report(p, "%s: stale (no longer produced)", path);
            rc = EXIT_STALE;
        } else if (unlink(path) != 0) {
            report(p, "%s: error: cannot remove an old chart: %s", path, strerror(errno));
            rc = EXIT_RENDER;
        }
        free(path);
    }
    names_free(&gone);
    return rc;
}

static int do_file(pool *p, const char *file, size_t *ncharts)
{
    const job_cfg *cfg = p->cfg;
    int rc = EXIT_DONE;
    char *data = NULL, *stem = NULL, *outdir = NULL;
    size_t len = 0;
    bayan_doc *doc = NULL;
    bayan_plan *plan = NULL;
    names made = {0};
    bayan_diag d;
    *ncharts = 0;

    pthread_mutex_lock(&p->mu);
    clear_bar(p);
    rc = cli_read_file(file, &data, &len); /* prints its own error */
    pthread_mutex_unlock(&p->mu);
    if (rc != EXIT_DONE)
        goto out;
    bayan_diag_clear(&d);
    bayan_status st = bayan_doc_new(data, len, file, &doc, &d);
    if (st != BAYAN_OK) {
        report_diag(p, file, &d);
        rc = cli_exit_for(st);
        goto out;
    }
    bayan_extract_opts eo;
    bayan_extract_opts_defaults(&eo);
    if ((st = bayan_doc_extract(doc, &eo)) != BAYAN_OK) {
        report(p, "%s: error: %s", file, bayan_status_str(st));
        rc = cli_exit_for(st);
        goto out;
    }
    bayan_plan_opts po;
    bayan_plan_opts_defaults(&po);
    po.digits = cfg->digits;
    po.formats = cfg->formats;
    if ((st = bayan_plan_new(doc, &po, &plan)) != BAYAN_OK) {
        report(p, "%s: error: planning the charts: %s", file, bayan_status_str(st));
        rc = cli_exit_for(st);
        goto out;
    }
    stem = stem_of(file);
    outdir = stem ? path_join(cfg->dir, stem) : NULL;
    if (!outdir) {
        report(p, "%s: error: out of memory", file);
        rc = EXIT_RENDER;
        goto out;
    }
    if (!cfg->check && mkdirs(outdir) != 0) {
        report(p, "%s: error: cannot create the directory: %s", outdir, strerror(errno));
        rc = EXIT_RENDER;
        goto out;
    }
    for (size_t i = 0; i < bayan_plan_chart_count(plan); i++) {
        rc = worse(rc, emit_chart(p, outdir, bayan_plan_chart_name(plan, i), bayan_plan_chart_spec(plan, i), &made));
        (*ncharts)++;
    }
    if (bayan_plan_infographic_spec(plan))
        rc = worse(rc, emit_chart(p, outdir, "infographic", bayan_plan_infographic_spec(plan), &made));
    const char *pages[][2] = {{"charts.json", bayan_plan_manifest(plan)},
                              {"index.html", bayan_plan_gallery(plan)},
                              {"figures.md", bayan_plan_figures_md(plan)}};
    for (size_t i = 0; i < 3; i++)
        rc = worse(rc, emit(p, outdir, pages[i][0], pages[i][1], strlen(pages[i][1]), &made));
    rc = worse(rc, leftovers(p, outdir, &made));
out:
    names_free(&made);
    bayan_plan_free(plan);
    bayan_doc_free(doc);
    free(data);
    free(stem);
    free(outdir);
    return rc;
}

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        size_t i = p->next < p->nfiles ? p->next++ : p->nfiles;
        pthread_mutex_unlock(&p->mu);
        if (i >= p->nfiles)
            break;
        size_t nc = 0;
        int rc = do_file(p, p->files[i], &nc);
        pthread_mutex_lock(&p->mu);
        p->worst = worse(p->worst, rc);
        p->done++;
        p->charts += nc;
        draw_bar(p);
        pthread_mutex_unlock(&p->mu);
    }
    return NULL;
}

static int parse_formats(const char *s, unsigned *out)
{
    unsigned f = 0;
    const char *p = s;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        int k = -1;
        for (int i = 0; i < 3; i++)
            if (n == 3 && !strncmp(p, ext_of[i], 3))
                k = i;
        if (k < 0)
            return -1;
        f |= 1u << k;
        p += n;
        if (*p == ',')
            p++;
    }
    if (!f)
        return -1;
    *out = f;
    return 0;
}

int bayan_cmd_chart(int argc, char **argv)
{
    job_cfg cfg = {"output", 0, BAYAN_DIGITS_AUTO, 0};
    cfg.formats = (1u << BAYAN_FORMAT_PNG) | (1u << BAYAN_FORMAT_SVG) | (1u << BAYAN_FORMAT_PDF);
    long jobs = 0;
    int quiet = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    size_t nfiles = 0;
    int rc = EXIT_DONE;
    if (!files) {
        cli_errorf("chart: out of memory");
        return EXIT_RENDER;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
#define TAKE(shortname, longname)                                                                                      \
    ((!strcmp(a, shortname) || !strcmp(a, longname))                                                                  \
         ? (i + 1 < argc ? (val = argv[++i], 1) : (cli_errorf("chart: %s needs a value", a), rc = EXIT_USAGE, 0))    \
         : (!strncmp(a, longname "=", strlen(longname "=")) ? (val = a + strlen(longname "="), 1) : 0))
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(chart_usage, stdout);
            free(files);
            return EXIT_DONE;
        } else if (!strcmp(a, "--check")) {
            cfg.check = 1;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (TAKE("-o", "--output")) {
            cfg.dir = val;
        } else if (TAKE("-f", "--format")) {
            if (parse_formats(val, &cfg.formats) < 0) {
                cli_errorf("chart: --format takes png, svg and pdf, comma-separated; not '%s'", val);
                rc = EXIT_USAGE;
            }
        } else if (TAKE("--digits", "--digits")) {
            if (!strcmp(val, "latin"))
                cfg.digits = BAYAN_DIGITS_LATIN;
            else if (!strcmp(val, "arabic"))
                cfg.digits = BAYAN_DIGITS_ARABIC;
            else if (!strcmp(val, "auto"))
                cfg.digits = BAYAN_DIGITS_AUTO;
            else {
                cli_errorf("chart: --digits takes latin, arabic or auto; not '%s'", val);
                rc = EXIT_USAGE;
            }
        } else if (TAKE("-j", "--jobs")) {
            char *end = NULL;
            jobs = strtol(val, &end, 10);
            if (!*val || *end || jobs < 1 || jobs > 1024) {
                cli_errorf("chart: -j takes a number of threads from 1 to 1024; not '%s'", val);
                rc = EXIT_USAGE;
            }
        } else if (rc == EXIT_DONE && a[0] == '-' && a[1]) {
            cli_errorf("chart: unknown option '%s' (see bayan chart --help)", a);
            rc = EXIT_USAGE;
        } else if (rc == EXIT_DONE) {
            files[nfiles++] = argv[i];
        }
#undef TAKE
        if (rc != EXIT_DONE)
            break;
    }
    if (rc == EXIT_DONE && nfiles == 0) {
        cli_errorf("chart: no input files (see bayan chart --help)");
        rc = EXIT_USAGE;
    }
    /* two inputs with one stem would write over each other's charts */
    for (size_t i = 0; rc == EXIT_DONE && i < nfiles; i++)
        for (size_t j = 0; j < i && rc == EXIT_DONE; j++) {
            char *a = stem_of(files[i]), *b = stem_of(files[j]);
            if (a && b && !strcmp(a, b)) {
                cli_errorf("chart: %s and %s would both write to %s/%s/", files[j], files[i], cfg.dir, a);
                rc = EXIT_USAGE;
            }
            free(a);
            free(b);
        }
    if (rc != EXIT_DONE) {
        free(files);
        return rc;
    }
    if (jobs == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = n > 0 ? n : 1;
    }
    if ((size_t)jobs > nfiles)
        jobs = (long)nfiles;

    pool p;
    memset(&p, 0, sizeof p);
    p.cfg = &cfg;
    p.files = files;
    p.nfiles = nfiles;
    p.progress = !quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &p.t0);
    pthread_mutex_init(&p.mu, NULL);
    pthread_mutex_lock(&p.mu);
    draw_bar(&p);
    pthread_mutex_unlock(&p.mu);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    long started = 0;
    if (th && jobs > 1) {
        for (long i = 0; i < jobs; i++) {
            if (pthread_create(&th[i], NULL, worker, &p) != 0)
                break;
            started++;
        }
    }
    if (started == 0)
        worker(&p); /* one job, or no threads to be had: work here */
    for (long i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    free(th);
    if (p.progress && p.bar_drawn) {
        fputc('\n', stderr);
    }
    pthread_mutex_destroy(&p.mu);
    bayan_render_cleanup();
    free(files);
    return p.worst;
}

/* Benchmark: issue 3's speed goal. The same Arabic bar chart (five minerals,
 * Arabic labels, a title and a source line, PNG 800x500) drawn by bayan and by
 * gnuplot's pngcairo terminal, in the same run:
 *
 *   (a) one chart per process, whole process: `bayan render spec.json -o
 *       out.png` against `gnuplot one.gp`, median of --runs runs each
 *       (alternating, after a warm-up); goal: bayan <= 0.5x gnuplot;
 *   (b) 100 charts in one process: the library API (bayan_chart_parse,
 *       bayan_chart_render, bayan_write_file_atomic) against one gnuplot
 *       process drawing 100 charts (100 `set output` / `plot`); goal: bayan's
 *       time a chart < 1/3 of gnuplot's. gnuplot's time a chart is counted
 *       two ways: its whole 100-chart run / 100, and the stricter marginal
 *       (T100 - T1) / 99 that leaves its start-up out; the goal is checked
 *       against the stricter one. The 100 charts differ in their values.
 *
 *   build/bench/bench_render [--runs N] [--bayan PATH] [--gnuplot PATH]
 *                            [--keep] [--check]
 *
 * --check exits 1 when a goal is missed; the charts are kept in a temporary
 * directory with --keep (its name is printed). */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bayan.h"
#include "common/buf.h"

#define NCHARTS 100

static const char *labels[5] = {"المنغنيز", "الكروم", "الرصاص", "الزنك", "التيتانيوم"};
static const double base_values[5] = {39, 31, 20, 13, 9};
static const char title[] = "احتياطيات آسيا الوسطى من المعادن الحرجة (% من الاحتياطي العالمي)";
static const char source[] = "المصدر: تقديرات مسح جيولوجي، ٢٠٢٢";

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Chart k's values: the base ones, varied so that no two charts are alike. */
static double value(int k, int i)
{
    return base_values[i] * (1.0 + (double)((k * 7 + i * 3) % 11) / 40.0);
}

/* Values here are at most two decimals; %.2f is fine for a file we write
 * and read back ourselves. */
static void spec_json(bayan__buf *b, int k)
{
    bayan__buf_printf(b,
                      "{\"schema\": \"bayan.chart/1\", \"type\": \"bar\", \"lang\": \"ar\",\n"
                      " \"title\": \"%s\", \"source\": \"%s\", \"unit\": \"percent\",\n"
                      " \"width\": 800, \"height\": 500, \"data\": [\n",
                      title, source);
    for (int i = 0; i < 5; i++)
        bayan__buf_printf(b, "  {\"label\": \"%s\", \"value\": %.2f}%s\n", labels[i], value(k, i),
                          i < 4 ? "," : "");
    bayan__buf_puts(b, "]}\n");
}

static void gnuplot_head(bayan__buf *b)
{
    bayan__buf_printf(b,
                      "set terminal pngcairo size 800,500 font \"Noto Sans Arabic,11\"\n"
                      "set title \"%s\" font \"Noto Sans Arabic Bold,14\"\n"
                      "set label 1 \"%s\" at screen 0.98, screen 0.03 right\n"
                      "set style fill solid 1.0 noborder\n"
                      "unset key\n"
                      "set border 0\n"
                      "set xtics nomirror scale 0\n"
                      "set ytics nomirror scale 0\n"
                      "set grid xtics lc rgb \"#dddddd\"\n"
                      "set format x \"%%g%%%%\"\n"
                      "set yrange [-0.6:4.6]\n",
                      title, source);
}

/* Horizontal bars (boxxyerror), category labels as y tics, value labels. */
static void gnuplot_chart(bayan__buf *b, int k, const char *out)
{
    bayan__buf_printf(b, "$d%d << EOD\n", k);
    for (int i = 4; i >= 0; i--)
        bayan__buf_printf(b, "\"%s\" %.2f\n", labels[i], value(k, i));
    bayan__buf_printf(b,
                      "EOD\n"
                      "set output \"%s\"\n"
                      "plot $d%d using 2:0:(0):2:($0-0.3):($0+0.3):ytic(1) with boxxyerror lc "
                      "rgb \"#0072B2\", '' using 2:0:(sprintf(\"%%g%%%%\",$2)) with labels left "
                      "offset 0.5,0\n",
                      out, k);
}

static int write_file(const char *path, const bayan__buf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = fwrite(b->data, 1, b->len, f);
    return fclose(f) == 0 && n == b->len ? 0 : -1;
}

/* Runs argv with stdout and stderr to /dev/null; the wall time in ms, or a
 * negative number when it fails. */
static double run(char *const argv[], const char *dir)
{
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int fd = open("/dev/null", O_WRONLY);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        if (dir && chdir(dir) != 0)
            _exit(126);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    double t = now_ms() - t0;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? t : -1;
}

static int file_size(const char *path, long *size)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    *size = (long)st.st_size;
    return 0;
}

/* The bayan executable beside build/bench/, unless told otherwise. */
static char *default_bayan(void)
{
    static char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 16);
    if (n <= 0)
        return "bayan";
    path[n] = '\0';
    char *slash = strrchr(path, '/');
    if (!slash)
        return "bayan";
    *slash = '\0';
    slash = strrchr(path, '/');
    if (!slash)
        return "bayan";
    strcpy(slash, "/bayan");
    return path;
}

static void remove_tree(const char *dir)
{
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "bench_render: could not remove %s\n", dir);
}

int main(int argc, char **argv)
{
    int runs = 21, keep = 0, check = 0, rc = 2;
    char *bayan = default_bayan(), *gnuplot = "gnuplot";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = atoi(argv[++i]);
            if (runs < 1)
                runs = 1;
        } else if (!strcmp(argv[i], "--bayan") && i + 1 < argc) {
            bayan = argv[++i];
        } else if (!strcmp(argv[i], "--gnuplot") && i + 1 < argc) {
            gnuplot = argv[++i];
        } else if (!strcmp(argv[i], "--keep")) {
            keep = 1;
        } else if (!strcmp(argv[i], "--check")) {
            check = 1;
        } else {
            fprintf(stderr, "usage: bench_render [--runs N] [--bayan PATH] [--gnuplot PATH] "
                            "[--keep] [--check]\n");
            return 2;
        }
    }

    char dir[] = "/tmp/bayan-bench-render-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("bench_render: mkdtemp");
        return 2;
    }
    char path[4200];
    bayan__buf b = BAYAN__BUF_INIT;
    double *ta = calloc((size_t)runs, sizeof *ta), *tg = calloc((size_t)runs, sizeof *tg);
    char **specs = calloc(NCHARTS, sizeof *specs);
    size_t *spec_len = calloc(NCHARTS, sizeof *spec_len);
    if (!ta || !tg || !specs || !spec_len)
        goto out;

    /* the inputs */
    spec_json(&b, 0);
    snprintf(path, sizeof path, "%s/spec.json", dir);
    if (write_file(path, &b))
        goto io_error;
    bayan__buf_reset(&b);
    gnuplot_head(&b);
    gnuplot_chart(&b, 0, "gnuplot.png");
    snprintf(path, sizeof path, "%s/one.gp", dir);
    if (write_file(path, &b))
        goto io_error;
    bayan__buf_reset(&b);
    gnuplot_head(&b);
    for (int k = 0; k < NCHARTS; k++) {
        char out[64];
        snprintf(out, sizeof out, "gnuplot-%03d.png", k);
        gnuplot_chart(&b, k, out);
    }
    snprintf(path, sizeof path, "%s/many.gp", dir);
    if (write_file(path, &b))
        goto io_error;
    for (int k = 0; k < NCHARTS; k++) {
        bayan__buf_reset(&b);
        spec_json(&b, k);
        specs[k] = bayan__buf_detach(&b, &spec_len[k]);
        if (!specs[k])
            goto out;
    }

    /* (a) one chart per process */
    char spec_path[4200], out_path[4200];
    snprintf(spec_path, sizeof spec_path, "%s/spec.json", dir);
    snprintf(out_path, sizeof out_path, "%s/bayan.png", dir);
    char *bayan_argv[] = {bayan, "render", spec_path, "-o", out_path, NULL};
    char *gp_one[] = {gnuplot, "one.gp", NULL};
    char *gp_many[] = {gnuplot, "many.gp", NULL};
    if (run(bayan_argv, NULL) < 0) {
        fprintf(stderr, "bench_render: `%s render` failed (is it built?)\n", bayan);
        goto out;
    }
    if (run(gp_one, dir) < 0) {
        fprintf(stderr, "bench_render: `%s one.gp` failed (gnuplot-nox installed?)\n", gnuplot);
        goto out;
    }
    for (int i = 0; i < runs; i++) {
        ta[i] = run(bayan_argv, NULL);
        tg[i] = run(gp_one, dir);
        if (ta[i] < 0 || tg[i] < 0) {
            fprintf(stderr, "bench_render: a run failed\n");
            goto out;
        }
    }
    double proc_bayan = median(ta, runs), proc_gp = median(tg, runs);
    long size_b = 0, size_g = 0;
    file_size(out_path, &size_b);
    snprintf(path, sizeof path, "%s/gnuplot.png", dir);
    file_size(path, &size_g);

    /* (b) 100 charts in one process */
    int nmany = runs < 5 ? runs : 5;
    double tmany[5], tlib[5], first_chart = 0;
    for (int r = 0; r < nmany; r++) {
        tmany[r] = run(gp_many, dir);
        if (tmany[r] < 0) {
            fprintf(stderr, "bench_render: `%s many.gp` failed\n", gnuplot);
            goto out;
        }
    }
    for (int r = 0; r < nmany; r++) {
        double t0 = now_ms();
        for (int k = 0; k < NCHARTS; k++) {
            bayan_chart *chart = NULL;
            bayan_diag diag;
            bayan_render_opts opts;
            unsigned char *png = NULL;
            size_t n = 0;
            char out[4200];
            bayan_render_opts_defaults(&opts);
            if (bayan_chart_parse(specs[k], spec_len[k], "spec.json", &chart, &diag) != BAYAN_OK ||
                bayan_chart_render(chart, &opts, BAYAN_FORMAT_PNG, &png, &n, &diag) != BAYAN_OK) {
                fprintf(stderr, "bench_render: chart %d: %s\n", k, diag.message);
                bayan_chart_free(chart);
                goto out;
            }
            snprintf(out, sizeof out, "%s/bayan-%03d.png", dir, k);
            bayan_status st = bayan_write_file_atomic(out, png, n, &diag);
            bayan_free(png);
            bayan_chart_free(chart);
            if (st != BAYAN_OK) {
                fprintf(stderr, "bench_render: %s: %s\n", out, diag.message);
                goto out;
            }
            if (r == 0 && k == 0)
                first_chart = now_ms() - t0;
        }
        tlib[r] = now_ms() - t0;
    }
    double many_gp = median(tmany, nmany), many_lib = median(tlib, nmany);
    double gp_amortised = many_gp / NCHARTS;
    double gp_marginal = (many_gp - proc_gp) / (NCHARTS - 1);
    double lib_per_chart = many_lib / NCHARTS;

    double ratio_a = proc_bayan / proc_gp, ratio_b = lib_per_chart / gp_marginal;
    printf("Arabic bar chart, 5 bars, PNG 800x500 (bayan %ld bytes, gnuplot %ld bytes)\n", size_b,
           size_g);
    printf("(a) one chart per process, whole process, median of %d runs:\n", runs);
    printf("    gnuplot pngcairo   %8.2f ms\n", proc_gp);
    printf("    bayan render       %8.2f ms   ratio %.2f (goal <= 0.50): %s\n", proc_bayan,
           ratio_a, ratio_a <= 0.5 ? "met" : "MISSED");
    printf("(b) %d charts in one process, median of %d runs:\n", NCHARTS, nmany);
    printf("    gnuplot            %8.1f ms total, %.2f ms a chart (marginal: %.2f ms)\n",
           many_gp, gp_amortised, gp_marginal);
    printf("    bayan library      %8.1f ms total, %.2f ms a chart (first chart %.2f ms)\n",
           many_lib, lib_per_chart, first_chart);
    printf("    ratio %.2f against gnuplot's marginal time (goal < 0.33): %s; %.2f against its "
           "amortised time\n",
           ratio_b, ratio_b < 1.0 / 3 ? "met" : "MISSED", lib_per_chart / gp_amortised);
    if (keep)
        printf("charts kept in %s\n", dir);
    rc = check && (ratio_a > 0.5 || ratio_b >= 1.0 / 3) ? 1 : 0;
    goto out;
io_error:
    fprintf(stderr, "bench_render: cannot write %s\n", path);
out:
    if (!keep)
        remove_tree(dir);
    if (specs)
        for (int k = 0; k < NCHARTS; k++)
            free(specs[k]);
    free(specs);
    free(spec_len);
    free(ta);
    free(tg);
    bayan__buf_free(&b);
    return rc;
}

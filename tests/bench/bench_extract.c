/* Benchmark: issue 2's speed goal. Claim extraction (bayan_doc_new +
 * bayan_doc_extract) over >= 20 MB of Arabic prose on one core: MB/s (median
 * of --runs runs) and peak memory, and how memory scales with the input
 * (10, 20 and 40 MB, each measured in a child process of its own so that the
 * peaks do not mix).
 *
 *   build/bench/bench_extract [--mb N] [--runs N] [--docs] [--no-scaling]
 *                             [--same-words] [--scan-only] [--dump FILE] [FILE...]
 *
 * The corpus is built from the project's example article
 * (tests/data/example-ar.txt) and tests/bench/prose-ar.txt, or from the FILEs
 * given: their sentences shuffled, the last digit of every number changed
 * (so that years stay years and percentages stay plausible), one long word
 * in five given a different last letter (a vocabulary as large as real
 * prose has; --same-words keeps the words), in paragraphs of three to six
 * sentences. By default the corpus is one document; --docs
 * also times it cut into articles of about 4 KB, each its own document.
 * Goal: >= 50 MB/s, and memory bounded by the input and the claims.
 *
 * --scan-only times stage 1 alone (bayan_doc_new + the number scanner, no
 * claims), CPU time; --dump FILE writes the corpus to FILE and exits (to
 * compare the output of two builds on it). */
#define _GNU_SOURCE
#include <malloc.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bayan.h"
#include "common/buf.h"
#include "extract/doc.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this thread: unlike wall time it does not grow when other
 * processes share the core, so busy machines still give fair figures. */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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

static uint32_t rng = 2463534242u;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

typedef struct span {
    const char *p;
    size_t n;
} span;

typedef struct sentences {
    span *v;
    size_t n, cap;
    char **texts;
    size_t ntexts;
} sentences;

static int add_sentence(sentences *s, const char *p, size_t n)
{
    while (n && (*p == ' ' || *p == '\n' || *p == '\r')) /* trim */
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\n' || p[n - 1] == '\r'))
        n--;
    if (!n)
        return 0;
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 256;
        span *v = realloc(s->v, cap * sizeof *v);
        if (!v)
            return -1;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n].p = p;
    s->v[s->n].n = n;
    s->n++;
    return 0;
}

/* Sentences end at a line break, or after . ! ? ؟ followed by a space (so
 * that 7.4 is not cut). */
static int split(sentences *s, const char *t, size_t n)
{
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        int end = 0;
        size_t after = i + 1;
        if (t[i] == '\n') {
            end = 1;
        } else if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && (i + 1 == n || t[i + 1] == ' ')) {
            end = 1;
        } else if ((unsigned char)t[i] == 0xd8 && i + 1 < n && (unsigned char)t[i + 1] == 0x9f) {
            end = 1; /* ؟ */
            after = i + 2;
        }
        if (end) {
            if (add_sentence(s, t + start, after - start))
                return -1;
            start = after;
            i = after - 1;
        }
    }
    return add_sentence(s, t + start, n - start);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    bayan__buf b = BAYAN__BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        bayan__buf_append(&b, chunk, n);
    fclose(f);
    return bayan__buf_detach(&b, len);
}

static int new_words = 1; /* --same-words turns it off */

static int arabic_letter_at(const unsigned char *p, size_t i, size_t n)
{
    /* U+0621-U+063A (D8 A1-BA) and U+0641-U+064A (D9 81-8A) */
    return i + 1 < n && ((p[i] == 0xd8 && p[i + 1] >= 0xa1 && p[i + 1] <= 0xba) ||
                         (p[i] == 0xd9 && p[i + 1] >= 0x81 && p[i + 1] <= 0x8a));
}

/* Real prose has a large vocabulary, and a corpus of a few dozen sentences
 * repeated does not: caches keyed by word would make it look faster than
 * news is. So one long word in five gets its last letter replaced by a
 * random one (same byte length, still valid UTF-8), which gives a long tail
 * of word forms, as a real corpus has. */
static void vary_words(unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (!arabic_letter_at(p, i, n)) {
            i++;
            continue;
        }
        size_t letters = 0;
        while (arabic_letter_at(p, i, n)) {
            i += 2;
            letters++;
        }
        if (letters >= 4 && rnd() % 5 == 0) {
            unsigned r = rnd() % 29; /* 19 letters ب..غ (D8 A8-BA), 10 ف..ي (D9 81-8A) */
            unsigned char *last = p + i - 2;
            if (r < 19) {
                last[0] = 0xd8;
                last[1] = (unsigned char)(0xa8 + r);
            } else {
                last[0] = 0xd9;
                last[1] = (unsigned char)(0x81 + (r - 19));
            }
        }
    }
}

/* Copies sentence s into b with the last digit of each number changed
 * (and some words, see vary_words). */
static void put_varied(bayan__buf *b, span s)
{
    size_t at = b->len;
    bayan__buf_append(b, s.p, s.n);
    unsigned char *p = (unsigned char *)b->data + at;
    for (size_t i = 0; i < s.n; i++) {
        int ascii = p[i] >= '0' && p[i] <= '9';
        /* ٠-٩ U+0660-0669 (D9 A0-A9), ۰-۹ U+06F0-06F9 (DB B0-B9) */
        int indic = i + 1 < s.n && p[i] == 0xd9 && p[i + 1] >= 0xa0 && p[i + 1] <= 0xa9;
        int ext = i + 1 < s.n && p[i] == 0xdb && p[i + 1] >= 0xb0 && p[i + 1] <= 0xb9;
        if (ascii) {
            if (!(i + 1 < s.n && p[i + 1] >= '0' && p[i + 1] <= '9'))
                p[i] = (unsigned char)('0' + rnd() % 10);
        } else if (indic || ext) {
            unsigned char lead = p[i], base = indic ? 0xa0 : 0xb0;
            int last = !(i + 3 < s.n && p[i + 2] == lead && p[i + 3] >= base && p[i + 3] <= base + 9);
            if (last)
                p[i + 1] = (unsigned char)(base + rnd() % 10);
            i++;
        }
    }
    if (new_words)
        vary_words(p, s.n);
}

/* About `bytes` of prose; doc_breaks (optional) gets the offsets where
 * ~4 KB articles start. */
static char *build_corpus(const sentences *s, size_t bytes, size_t *len, size_t **doc_breaks,
                          size_t *ndocs)
{
    bayan__buf b = BAYAN__BUF_INIT;
    size_t cap_docs = bytes / 2048 + 16, nd = 0;
    size_t *docs = doc_breaks ? malloc(cap_docs * sizeof *docs) : NULL;
    if (doc_breaks && !docs)
        return NULL;
    if (bayan__buf_reserve(&b, bytes + 4096) != BAYAN_OK) {
        free(docs);
        return NULL;
    }
    size_t doc_start = 0;
    if (docs)
        docs[nd++] = 0;
    while (b.len < bytes) {
        int k = 3 + (int)(rnd() % 4);
        for (int i = 0; i < k; i++) {
            put_varied(&b, s->v[rnd() % s->n]);
            bayan__buf_putc(&b, i + 1 < k ? ' ' : '\n');
        }
        bayan__buf_putc(&b, '\n');
        if (docs && b.len - doc_start >= 4096 && nd < cap_docs) {
            doc_start = b.len;
            docs[nd++] = doc_start;
        }
    }
    if (doc_breaks) {
        *doc_breaks = docs;
        *ndocs = nd;
    }
    return bayan__buf_detach(&b, len);
}

typedef struct result {
    double seconds, cpu;
    size_t numbers, claims, groups;
    int ok;
} result;

static int scan_only; /* --scan-only: stage 1 alone */

static result extract_one(const char *text, size_t len)
{
    result r = {0, 0, 0, 0, 0, 0};
    bayan_doc *doc = NULL;
    bayan_diag diag;
    bayan_extract_opts opts;
    bayan_extract_opts_defaults(&opts);
    double t0 = now_s(), c0 = cpu_s();
    if (bayan_doc_new(text, len, "corpus.txt", &doc, &diag) != BAYAN_OK) {
        fprintf(stderr, "bench_extract: bayan_doc_new: %s\n", diag.message);
        return r;
    }
    if (scan_only ? bayan__scan_numbers(doc, BAYAN_LANG_AR) != BAYAN_OK
                  : bayan_doc_extract(doc, &opts) != BAYAN_OK) {
        fprintf(stderr, "bench_extract: extraction failed\n");
        bayan_doc_free(doc);
        return r;
    }
    r.seconds = now_s() - t0;
    r.cpu = cpu_s() - c0;
    r.numbers = bayan_doc_number_count(doc);
    r.claims = bayan_doc_claim_count(doc);
    r.groups = bayan_doc_group_count(doc);
    bayan_doc_free(doc);
    r.ok = 1;
    return r;
}

/* In a child: builds `mb` MB, extracts once, prints the memory figures. */
static int memory_child(const sentences *s, size_t mb)
{
    size_t len;
    char *text = build_corpus(s, mb << 20, &len, NULL, NULL);
    if (!text)
        return 1;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long rss_before = ru.ru_maxrss;
    struct mallinfo2 m0 = mallinfo2();
    bayan_doc *doc = NULL;
    bayan_diag diag;
    bayan_extract_opts opts;
    bayan_extract_opts_defaults(&opts);
    if (bayan_doc_new(text, len, "corpus.txt", &doc, &diag) != BAYAN_OK ||
        bayan_doc_extract(doc, &opts) != BAYAN_OK) {
        bayan_doc_free(doc);
        return 1;
    }
    struct mallinfo2 m1 = mallinfo2();
    getrusage(RUSAGE_SELF, &ru);
    size_t doc_bytes = (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd);
    size_t claims = bayan_doc_claim_count(doc), numbers = bayan_doc_number_count(doc);
    printf("  %5.1f MB  peak RSS %7.1f MB (%.1f MB before the document: corpus + program)  "
           "document holds %7.1f MB = %.2f x input  (%zu numbers, %zu claims)\n",
           (double)len / 1048576.0, (double)ru.ru_maxrss / 1024.0, (double)rss_before / 1024.0,
           (double)doc_bytes / 1048576.0, (double)doc_bytes / (double)len, numbers, claims);
    bayan_doc_free(doc);
    free(text);
    fflush(stdout); /* the child leaves with _exit */
    return 0;
}

int main(int argc, char **argv)
{
    int runs = 5, docs_mode = 0, scaling = 1, nfiles = 0;
    size_t mb = 20;
    const char *files[64], *dump = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = atoi(argv[++i]);
            if (runs < 1)
                runs = 1;
        } else if (!strcmp(argv[i], "--mb") && i + 1 < argc) {
            mb = (size_t)atoi(argv[++i]);
            if (mb < 1)
                mb = 1;
        } else if (!strcmp(argv[i], "--docs")) {
            docs_mode = 1;
        } else if (!strcmp(argv[i], "--no-scaling")) {
            scaling = 0;
        } else if (!strcmp(argv[i], "--same-words")) {
            new_words = 0;
        } else if (!strcmp(argv[i], "--scan-only")) {
            scan_only = 1;
        } else if (!strcmp(argv[i], "--dump") && i + 1 < argc) {
            dump = argv[++i];
            scaling = 0;
        } else if (argv[i][0] != '-' && nfiles < 64) {
            files[nfiles++] = argv[i];
        } else {
            fprintf(stderr, "usage: bench_extract [--mb N] [--runs N] [--docs] [--no-scaling] "
                            "[--same-words] [--scan-only] [--dump FILE] [FILE...]\n");
            return 2;
        }
    }
    if (!nfiles) {
        files[nfiles++] = BAYAN_SOURCE_DIR "/tests/data/example-ar.txt";
        files[nfiles++] = BAYAN_SOURCE_DIR "/tests/bench/prose-ar.txt";
    }

    /* one core: the figure is per core, whatever the machine has */
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(0, &set);
    sched_setaffinity(0, sizeof set, &set);

    sentences s = {NULL, 0, 0, NULL, 0};
    char *texts[64];
    for (int i = 0; i < nfiles; i++) {
        size_t n;
        if (!(texts[i] = read_file(files[i], &n))) {
            fprintf(stderr, "bench_extract: cannot read %s\n", files[i]);
            return 2;
        }
        if (split(&s, texts[i], n))
            return 2;
    }
    if (!s.n) {
        fprintf(stderr, "bench_extract: no sentences\n");
        return 2;
    }

    /* memory first: a child inherits the resident pages of its parent, so
     * the parent must still be small when it forks */
    if (scaling) {
        printf("memory (each size in a fresh child process, before this one grows):\n");
        fflush(stdout);
        static const size_t sizes[] = {10, 20, 40};
        for (size_t i = 0; i < 3; i++) {
            pid_t pid = fork();
            if (pid == 0)
                _exit(memory_child(&s, sizes[i]));
            int status = 0;
            if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
                WEXITSTATUS(status) != 0)
                fprintf(stderr, "bench_extract: the %zu MB run failed\n", sizes[i]);
        }
    }

    size_t len, *breaks = NULL, ndocs = 0;
    char *corpus = build_corpus(&s, mb << 20, &len, &breaks, &ndocs);
    if (!corpus)
        return 2;
    if (dump) {
        FILE *f = fopen(dump, "wb");
        int bad = !f || fwrite(corpus, 1, len, f) != len;
        if (f && fclose(f))
            bad = 1;
        if (bad)
            fprintf(stderr, "bench_extract: cannot write %s\n", dump);
        free(corpus);
        free(breaks);
        return bad ? 1 : 0;
    }
    printf("corpus: %.1f MB of prose from %zu sentences of %d file(s), one core%s\n",
           (double)len / 1048576.0, s.n, nfiles, scan_only ? "; stage 1 only (doc_new + scanner)" : "");

    double *t = calloc((size_t)runs, sizeof *t), *tc = calloc((size_t)runs, sizeof *tc);
    result r = {0, 0, 0, 0, 0, 0};
    for (int i = 0; i < runs; i++) {
        r = extract_one(corpus, len);
        if (!r.ok)
            return 1;
        t[i] = r.seconds;
        tc[i] = r.cpu;
    }
    double med = median(t, runs), medc = median(tc, runs);
    double mbs = (double)len / 1048576.0 / med, mbs_cpu = (double)len / 1048576.0 / medc;
    printf("one document: median %.3f s of %d runs = %.1f MB/s wall; %.3f s = %.1f MB/s CPU time "
           "(goal >= 50): %s\n",
           med, runs, mbs, medc, mbs_cpu, mbs_cpu >= 50 ? "met" : "MISSED");
    printf("  %zu numbers, %zu claims, %zu groups\n", r.numbers, r.claims, r.groups);

    if (docs_mode) {
        for (int i = 0; i < runs; i++) {
            double total = 0, total_cpu = 0;
            for (size_t d = 0; d < ndocs; d++) {
                size_t a = breaks[d], e = d + 1 < ndocs ? breaks[d + 1] : len;
                result rd = extract_one(corpus + a, e - a);
                if (!rd.ok)
                    return 1;
                total += rd.seconds;
                total_cpu += rd.cpu;
            }
            t[i] = total;
            tc[i] = total_cpu;
        }
        med = median(t, runs);
        medc = median(tc, runs);
        printf("%zu documents of ~4 KB: median %.3f s = %.1f MB/s wall, %.1f MB/s CPU time\n",
               ndocs, med, (double)len / 1048576.0 / med, (double)len / 1048576.0 / medc);
    }
    free(t);
    free(tc);
    free(corpus);
    free(breaks);

    for (int i = 0; i < nfiles; i++)
        free(texts[i]);
    free(s.v);
    return 0;
}

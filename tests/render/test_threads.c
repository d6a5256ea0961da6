#define _GNU_SOURCE
/* Charts rendered from several threads at once (bayan chart -j) come out
 * byte-identical to the same charts rendered one at a time: font maps are
 * pooled, never shared between threads. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "render_util.h"

#define THREADS 4
#define ROUNDS 6

static const char *const specs[] = {"bar_ar", "column_en", "stat_ar", "donut_en"};
static unsigned char *want[4];
static size_t want_len[4];
static bayan_chart *charts[4];

typedef struct arg {
    int id, mismatches;
} arg;

static void *worker(void *p)
{
    arg *a = p;
    for (int r = 0; r < ROUNDS; r++) {
        int k = (a->id + r) % 4;
        size_t n = 0;
        unsigned char *png = ru_render(charts[k], NULL, BAYAN_FORMAT_PNG, &n);
        if (!png || n != want_len[k] || memcmp(png, want[k], n))
            a->mismatches++;
        bayan_free(png);
    }
    return NULL;
}

static void test_parallel_equals_serial(void **state)
{
    (void)state;
    for (int k = 0; k < 4; k++) {
        charts[k] = ru_parse_spec(specs[k]);
        assert_non_null(charts[k]);
        want[k] = ru_render(charts[k], NULL, BAYAN_FORMAT_PNG, &want_len[k]);
        assert_non_null(want[k]);
    }
    pthread_t t[THREADS];
    arg args[THREADS];
    for (int i = 0; i < THREADS; i++) {
        args[i] = (arg){i, 0};
        assert_int_equal(pthread_create(&t[i], NULL, worker, &args[i]), 0);
    }
    int bad = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        bad += args[i].mismatches;
    }
    assert_int_equal(bad, 0);
    for (int k = 0; k < 4; k++) {
        bayan_free(want[k]);
        bayan_chart_free(charts[k]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_parallel_equals_serial)};
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    bayan_render_cleanup();
    return r;
}

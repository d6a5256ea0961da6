/* Every spec in tests/render/specs/ rendered to PNG and compared with its
 * golden picture in tests/render/golden/ within a small tolerance (fonts are
 * bundled and hinting is off, so only antialiasing noise from a different
 * Cairo or FreeType build should differ). BAYAN_UPDATE_GOLDEN=1 rewrites the
 * goldens after a deliberate design change. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "render_util.h"

#define MAX_SPECS 128

static char *names[MAX_SPECS];
static int nnames;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_specs(void)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/render/specs", ru_source_dir());
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && nnames < MAX_SPECS) {
        size_t n = strlen(e->d_name);
        if (n > 5 && !strcmp(e->d_name + n - 5, ".json")) {
            names[nnames] = malloc(n - 4);
            memcpy(names[nnames], e->d_name, n - 5);
            names[nnames][n - 5] = '\0';
            nnames++;
        }
    }
    closedir(d);
    qsort(names, (size_t)nnames, sizeof *names, cmp_str);
}

static void test_goldens(void **state)
{
    (void)state;
    int update = getenv("BAYAN_UPDATE_GOLDEN") && *getenv("BAYAN_UPDATE_GOLDEN") == '1';
    int failures = 0;
    assert_true(nnames >= 14);
    for (int i = 0; i < nnames; i++) {
        bayan_chart *c = ru_parse_spec(names[i]);
        assert_non_null(c);
        size_t len = 0;
        unsigned char *png = ru_render(c, NULL, BAYAN_FORMAT_PNG, &len);
        assert_non_null(png);
        char gpath[1024];
        snprintf(gpath, sizeof gpath, "%s/tests/render/golden/%s.png", ru_source_dir(), names[i]);
        if (update) {
            FILE *f = fopen(gpath, "wb");
            assert_non_null(f);
            assert_int_equal(fwrite(png, 1, len, f), len);
            fclose(f);
            printf("  updated %s\n", gpath);
        } else {
            size_t glen = 0;
            unsigned char *gold = (unsigned char *)ru_read(gpath, &glen);
            if (!gold) {
                printf("  %s: no golden file %s\n", names[i], gpath);
                failures++;
                goto next;
            }
            cairo_surface_t *a = ru_decode_png(png, len), *b = ru_decode_png(gold, glen);
            assert_non_null(a);
            assert_non_null(b);
            int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
            if (w != cairo_image_surface_get_width(b) || h != cairo_image_surface_get_height(b)) {
                printf("  %s: size %dx%d, golden %dx%d\n", names[i], w, h, cairo_image_surface_get_width(b),
                       cairo_image_surface_get_height(b));
                failures++;
            } else {
                unsigned maxd = 0;
                double sum = 0;
                long bad = 0;
                for (int y = 0; y < h; y++)
                    for (int x = 0; x < w; x++) {
                        unsigned p = ru_pixel(a, x, y), q = ru_pixel(b, x, y);
                        unsigned pd = 0;
                        for (int sh = 0; sh < 24; sh += 8) {
                            int d = abs((int)((p >> sh) & 0xFF) - (int)((q >> sh) & 0xFF));
                            sum += d;
                            if ((unsigned)d > pd)
                                pd = (unsigned)d;
                        }
                        if (pd > maxd)
                            maxd = pd;
                        if (pd > 96)
                            bad++;
                    }
                double mean = sum / ((double)w * h * 3);
                /* the tolerance: antialiasing may move a little, shapes
                 * may not (one changed digit is some 60 pixels off) */
                int ok = mean <= 0.5 && bad <= 16;
                printf("  %-16s %4dx%-4d max diff %3u, mean %.4f, %ld pixels off by > 96: %s\n", names[i], w, h,
                       maxd, mean, bad, ok ? "ok" : "DIFFERENT");
                if (!ok)
                    failures++;
            }
            cairo_surface_destroy(a);
            cairo_surface_destroy(b);
            free(gold);
        }
    next:
        bayan_free(png);
        bayan_chart_free(c);
    }
    assert_int_equal(failures, 0);
}

int main(void)
{
    list_specs();
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_goldens)};
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    for (int i = 0; i < nnames; i++)
        free(names[i]);
    bayan_render_cleanup();
    return r;
}

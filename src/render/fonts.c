/* The bundled fonts, loaded through a private fontconfig configuration.
 *
 * The process-wide fontconfig setup would pick up whatever the machine has
 * installed (and scan it: slow on first use), so each configuration here is
 * built from nothing: fonts/fonts.conf and the font files of the bundled
 * directory, plus those of an extra directory when --font-dir gives one.
 * (Pango 1.50 still runs FcInit for the process-wide configuration in a
 * background thread when the first font map is made; bayan never uses it.) Font maps are expensive to warm up
 * (glyph caches, shaping plans), so they are pooled and reused; a map is
 * used by one thread at a time, which keeps Pango's caches unshared. */
#define _GNU_SOURCE
#include <dirent.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "render/render_int.h"

#define POOL_MAPS 16
#define POOLS 8

typedef struct pool {
    char *extra; /* NULL: bundled fonts only */
    FcConfig *config;
    PangoFontMap *idle[POOL_MAPS];
    int nidle;
} pool;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pool pools[POOLS];
static int npools;

static int file_exists(const char *dir, const char *name)
{
    char path[PATH_MAX];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path)
        return 0;
    return access(path, R_OK) == 0;
}

#define PROBE "NotoSansArabic-Regular.ttf"

/* The bundled font directory: $BAYAN_FONT_DIR, the source tree, the installed
 * data directory, or beside the executable. Writes into dir. */
static int find_font_dir(char *dir, size_t size, char *tried, size_t tsize)
{
    const char *env = getenv("BAYAN_FONT_DIR");
    tried[0] = '\0';
    if (env && *env) {
        snprintf(tried, tsize, "%s", env);
        if (file_exists(env, PROBE)) {
            snprintf(dir, size, "%s", env);
            return 1;
        }
        return 0; /* an explicit directory that is wrong is an error, not a hint */
    }
    const char *cands[2] = {NULL, NULL};
#ifdef BAYAN_FONTS_BUILD_DIR
    cands[0] = BAYAN_FONTS_BUILD_DIR;
#endif
#ifdef BAYAN_FONTS_INSTALL_DIR
    cands[1] = BAYAN_FONTS_INSTALL_DIR;
#endif
    for (int i = 0; i < 2; i++) {
        if (cands[i] && file_exists(cands[i], PROBE)) {
            snprintf(dir, size, "%s", cands[i]);
            return 1;
        }
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            const char *rel[] = {"fonts", "../share/bayan/fonts", "../fonts"};
            for (int i = 0; i < 3; i++) {
                char cand[PATH_MAX];
                if ((size_t)snprintf(cand, sizeof cand, "%s/%s", exe, rel[i]) >= sizeof cand)
                    continue;
                if (file_exists(cand, PROBE)) {
                    snprintf(dir, size, "%s", cand);
                    return 1;
                }
            }
        }
    }
    snprintf(tried, tsize, "%s",
#ifdef BAYAN_FONTS_INSTALL_DIR
             BAYAN_FONTS_INSTALL_DIR
#else
             "fonts/"
#endif
    );
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds a directory's font files one by one, in name order.
 * FcConfigAppFontAddDir would try to write a cache for the directory (and
 * complain on stderr when it cannot); files are scanned without caches. */
static int add_font_files(FcConfig *cfg, const char *dir)
{
    DIR *d = opendir(dir);
    char *names[256];
    size_t n = 0;
    int ok = 1;
    if (!d)
        return 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        const char *dot = strrchr(e->d_name, '.');
        if (!dot || (strcasecmp(dot, ".ttf") && strcasecmp(dot, ".otf") && strcasecmp(dot, ".ttc")))
            continue;
        names[n] = strdup(e->d_name);
        if (names[n])
            n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char path[PATH_MAX];
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, names[i]) < sizeof path &&
            !FcConfigAppFontAddFile(cfg, (const FcChar8 *)path))
            ok = 0;
        free(names[i]);
    }
    return ok && n > 0;
}

static bayan_status make_config(const char *extra, FcConfig **out, bayan_diag *diag)
{
    char dir[PATH_MAX], tried[PATH_MAX];
    *out = NULL;
    if (!find_font_dir(dir, sizeof dir, tried, sizeof tried)) {
        if (diag) {
            diag->status = BAYAN_EFONT;
            snprintf(diag->message, sizeof diag->message,
                     "bundled fonts not found in %.400s (need %s there; set BAYAN_FONT_DIR)", tried, PROBE);
        }
        return BAYAN_EFONT;
    }
    FcConfig *cfg = FcConfigCreate();
    if (!cfg)
        return BAYAN_ENOMEM;
    char conf[PATH_MAX];
    int conf_ok = (size_t)snprintf(conf, sizeof conf, "%.4000s/fonts.conf", dir) < sizeof conf;
    if (conf_ok && access(conf, R_OK) == 0 && !FcConfigParseAndLoad(cfg, (const FcChar8 *)conf, FcTrue)) {
        FcConfigDestroy(cfg);
        if (diag) {
            diag->status = BAYAN_EFONT;
            snprintf(diag->message, sizeof diag->message, "cannot load %.400s", conf);
        }
        return BAYAN_EFONT;
    }
    if (!add_font_files(cfg, dir)) {
        FcConfigDestroy(cfg);
        if (diag) {
            diag->status = BAYAN_EFONT;
            snprintf(diag->message, sizeof diag->message, "cannot load the fonts in %.400s", dir);
        }
        return BAYAN_EFONT;
    }
    if (extra && *extra && !add_font_files(cfg, extra)) {
        FcConfigDestroy(cfg);
        if (diag) {
            diag->status = BAYAN_EFONT;
            snprintf(diag->message, sizeof diag->message, "cannot load the fonts in %.400s", extra);
        }
        return BAYAN_EFONT;
    }
    FcFontSet *set = FcConfigGetFonts(cfg, FcSetApplication);
    if (!set || set->nfont < 2) {
        FcConfigDestroy(cfg);
        if (diag) {
            diag->status = BAYAN_EFONT;
            snprintf(diag->message, sizeof diag->message, "no usable fonts in %.400s", dir);
        }
        return BAYAN_EFONT;
    }
    *out = cfg;
    return BAYAN_OK;
}

static int same(const char *a, const char *b)
{
    if (!a || !*a)
        return !b || !*b;
    return b && !strcmp(a, b);
}

bayan_status bayan__fontmap_acquire(const char *extra_dir, PangoFontMap **out, bayan_diag *diag)
{
    bayan_status rc = BAYAN_OK;
    *out = NULL;
    pthread_mutex_lock(&lock);
    pool *p = NULL;
    for (int i = 0; i < npools; i++)
        if (same(pools[i].extra, extra_dir))
            p = &pools[i];
    if (!p) {
        FcConfig *cfg = NULL;
        rc = make_config(extra_dir, &cfg, diag);
        if (rc != BAYAN_OK)
            goto out;
        if (npools == POOLS) { /* many distinct --font-dir values: recycle the last slot */
            pool *q = &pools[POOLS - 1];
            for (int k = 0; k < q->nidle; k++)
                g_object_unref(q->idle[k]);
            FcConfigDestroy(q->config);
            free(q->extra);
            memset(q, 0, sizeof *q);
            npools--;
        }
        p = &pools[npools];
        p->extra = extra_dir && *extra_dir ? strdup(extra_dir) : NULL;
        if (extra_dir && *extra_dir && !p->extra) {
            FcConfigDestroy(cfg);
            rc = BAYAN_ENOMEM;
            goto out;
        }
        p->config = cfg;
        npools++;
    }
    if (p->nidle > 0) {
        *out = p->idle[--p->nidle];
        goto out;
    }
    PangoFontMap *m = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!m) {
        rc = BAYAN_EFONT;
        if (diag) {
            diag->status = rc;
            snprintf(diag->message, sizeof diag->message, "cannot create a FreeType font map");
        }
        goto out;
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(m), p->config);
    *out = m;
out:
    pthread_mutex_unlock(&lock);
    return rc;
}

void bayan__fontmap_release(const char *extra_dir, PangoFontMap *map)
{
    if (!map)
        return;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < npools; i++) {
        pool *p = &pools[i];
        if (same(p->extra, extra_dir) && p->nidle < POOL_MAPS) {
            p->idle[p->nidle++] = map;
            map = NULL;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    if (map)
        g_object_unref(map);
}

void bayan_render_cleanup(void)
{
    pthread_mutex_lock(&lock);
    for (int i = 0; i < npools; i++) {
        for (int k = 0; k < pools[i].nidle; k++)
            g_object_unref(pools[i].idle[k]);
        FcConfigDestroy(pools[i].config);
        free(pools[i].extra);
        memset(&pools[i], 0, sizeof pools[i]);
    }
    npools = 0;
    pthread_mutex_unlock(&lock);
}

#if defined(__SANITIZE_ADDRESS__)
/* fontconfig stores its patterns' element lists as encoded offsets rather
 * than pointers, so LeakSanitizer cannot follow them from the (reachable)
 * configurations and font maps kept above and reports them as lost. */
const char *__lsan_default_suppressions(void);
__attribute__((visibility("default"))) const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

__attribute__((visibility("default"))) const char *__lsan_default_options(void);
__attribute__((visibility("default"))) const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}
#endif

/* Grouping claims into what belongs on one chart.
 *
 * Claims of one sentence that share a unit (and currency, and for counts the
 * counted noun) measure comparable things:
 *   - items of a coordinated list ("39% من X، و31% من Y، و20% من Z") form a
 *     series;
 *   - two values set side by side ("50% ... المتوسط العالمي البالغ 11%",
 *     "+4 °C for the world, 7 °C for Central Asia") form a comparison, and a
 *     multiplier in the same sentence ("أعلى بخمس مرات") is its ratio;
 *   - three or more values otherwise form a series.
 * Everything else stays single (group null). Titles are built from the
 * labels' own words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "extract/claims.h"

static int same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return !strcmp(a, b);
}

static int comparable(const bayan_claim *a, const bayan__claim_info *ia, const bayan_claim *b,
                      const bayan__claim_info *ib)
{
    if (!same_str(a->unit, b->unit) || !same_str(a->currency, b->currency))
        return 0;
    if (a->unit && !strcmp(a->unit, "count") && ia->noun != ib->noun)
        return 0;
    return 1;
}

/* The content words of a norm span as keys without the article and
 * common clitics, at most 8. */
static int span_keys(const bayan_doc *doc, size_t s, size_t e, char keys[8][BAYAN__KEY_MAX])
{
    int n = 0;
    size_t i = s;
    while (i < e && n < 8) {
        while (i < e && doc->norm[i] == ' ')
            i++;
        size_t j = i;
        while (j < e && doc->norm[j] != ' ')
            j++;
        if (j > i) {
            char k[BAYAN__KEY_MAX];
            bayan__word_key(doc->norm + i, j - i, k);
            const char *p = k;
            static const char *const pre[] = {"\xd9\x88\xd8\xa7\xd9\x84", "\xd8\xa8\xd8\xa7\xd9\x84",
                                              "\xd9\x84\xd9\x84", "\xd8\xa7\xd9\x84", NULL};
            for (int q = 0; pre[q]; q++)
                if (!strncmp(p, pre[q], strlen(pre[q])) && strlen(p) > strlen(pre[q]) + 4) {
                    p += strlen(pre[q]);
                    break;
                }
            if (strlen(p) >= 4 && strcmp(p, "the") && strcmp(p, "of")) /* 2+ Arabic letters, 4+ Latin */
                strcpy(keys[n++], p);
        }
        i = j;
    }
    return n;
}

/* Two figures of one sentence set against each other: temperatures, a
 * shared word in their labels ("معدل البطالة" twice), or a word of
 * contrast between them ("بينما", "مقابل", "while", "compared"). */
static int linked(const bayan_doc *doc, const bayan__claim_info *info, size_t a, size_t b)
{
    static const char *const contrast[] = {"بينما", "فيما", "مقابل", "مقارنه", "بالمقارنه", "حين",
                                           "while", "whereas", "compared", "versus", "vs", "against", "than",
                                           NULL};
    const bayan_claim *ca = &doc->claims[a];
    if (ca->unit && !strcmp(ca->unit, "celsius"))
        return 1;
    char ka[8][BAYAN__KEY_MAX], kb[8][BAYAN__KEY_MAX];
    int na = span_keys(doc, info[a].label_start, info[a].label_end, ka);
    int nb = span_keys(doc, info[b].label_start, info[b].label_end, kb);
    for (int x = 0; x < na; x++)
        for (int y = 0; y < nb; y++)
            if (!strcmp(ka[x], kb[y]))
                return 1;
    size_t s = doc->nums[info[a].num].end, e = doc->nums[info[b].num].start;
    for (size_t i = s; i < e && e - s < 400;) {
        while (i < e && (doc->norm[i] == ' ' || doc->norm[i] == ','))
            i++;
        size_t j = i;
        while (j < e && doc->norm[j] != ' ' && doc->norm[j] != ',')
            j++;
        if (j > i) {
            char k[BAYAN__KEY_MAX];
            bayan__word_key(doc->norm + i, j - i, k);
            const char *p = k;
            if (!strncmp(p, "\xd9\x88", 2) && strlen(p) > 4)
                p += 2; /* وبينما */
            for (int q = 0; contrast[q]; q++)
                if (!strcmp(p, contrast[q]) || !strcmp(k, contrast[q]))
                    return 1;
        }
        i = j;
    }
    return 0;
}

/* The norm span [s, e) without its last `drop` words. */
static size_t drop_words(const bayan_doc *doc, size_t s, size_t e, int drop)
{
    size_t end = e;
    for (int d = 0; d < drop; d++) {
        size_t k = end;
        while (k > s && doc->norm[k - 1] != ' ')
            k--;
        if (k <= s)
            return e;
        while (k > s && doc->norm[k - 1] == ' ')
            k--;
        end = k;
    }
    return end;
}

/* The end (in a's span) of the whole words a and b start with alike. */
static size_t common_words(const bayan_doc *doc, size_t as, size_t ae, size_t bs, size_t be)
{
    size_t i = as, j = bs, last = as;
    while (i < ae && j < be &&
           (doc->norm[i] == doc->norm[j] ||
            ((unsigned char)doc->norm[i] < 0x80 && ((doc->norm[i] | 32) >= 'a' && (doc->norm[i] | 32) <= 'z') &&
             (doc->norm[i] | 32) == (doc->norm[j] | 32)))) { /* "Exports" and "exports" alike */
        i++;
        j++;
        if ((i == ae || doc->norm[i] == ' ') && (j == be || doc->norm[j] == ' '))
            last = i;
    }
    return last;
}

static int count_words(const bayan_doc *doc, size_t s, size_t e)
{
    int n = s < e ? 1 : 0;
    for (size_t k = s; k < e; k++)
        if (doc->norm[k] == ' ')
            n++;
    return n;
}

static void put_span(bayan__buf *b, const bayan_doc *doc, size_t s, size_t e, int *oom)
{
    char *t = bayan__orig_copy(doc, s, e, oom);
    if (t) {
        bayan__buf_puts(b, t);
        free(t);
    }
}

static char *make_title(const bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info,
                        const size_t *mem, size_t n, bayan_group_kind kind, int list, int *oom)
{
    bayan__buf b = BAYAN__BUF_INIT;
    const bayan__claim_info *f = &info[mem[0]];
    const char *vs = lang == BAYAN_LANG_EN ? " vs " : " مقابل ";
    const bayan__claim_info *subj = NULL;
    for (size_t i = 0; i < n; i++)
        if (info[mem[i]].subj_end > info[mem[i]].subj_start) {
            subj = &info[mem[i]];
            break;
        }
    if (kind == BAYAN_GROUP_COMPARISON && n >= 2) {
        const bayan__claim_info *g = &info[mem[1]];
        put_span(&b, doc, f->label_start, f->label_end, oom);
        int same = g->label_end - g->label_start == f->label_end - f->label_start &&
                   !memcmp(doc->norm + f->label_start, doc->norm + g->label_start, f->label_end - f->label_start);
        if (g->label_end > g->label_start && !same) {
            bayan__buf_puts(&b, vs);
            put_span(&b, doc, g->label_start, g->label_end, oom);
        } else if (subj) {
            /* one measure at two values: say whose, when the text does */
            bayan__buf_puts(&b, " — ");
            put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
        }
    } else {
        if (subj) {
            put_span(&b, doc, subj->subj_start, subj->subj_end, oom);
            bayan__buf_puts(&b, ": ");
        }
        size_t le = f->label_end;
        if ((list || kind == BAYAN_GROUP_SERIES) && n >= 2) {
            /* the shared head: the words the items' labels start with alike
             * ("احتياطي [المنغنيز]، احتياطي [الكروم]"), else the first item's
             * words minus what the others name on their own
             * ("احتياطيات خام [المنغنيز]، [الكروم]") */
            const bayan__claim_info *g = &info[mem[1]];
            size_t common = common_words(doc, f->label_start, f->label_end, g->label_start, g->label_end);
            if (common > f->label_start && common < f->label_end) {
                le = common;
                /* "exports of [wheat]": the head, without its dangling "of" */
                size_t w = le;
                while (w > f->label_start && doc->norm[w - 1] != ' ')
                    w--;
                if (lang == BAYAN_LANG_EN && w > f->label_start &&
                    (le - w == 2 && (!strncmp(doc->norm + w, "of", 2) || !strncmp(doc->norm + w, "in", 2))))
                    le = w;
            } else if (lang != BAYAN_LANG_EN) { /* an English head comes last: nothing to drop */
                int w1 = count_words(doc, f->label_start, f->label_end), wmin = w1;
                for (size_t k = 1; k < n; k++) {
                    int w = count_words(doc, info[mem[k]].label_start, info[mem[k]].label_end);
                    if (w > 0 && w < wmin)
                        wmin = w;
                }
                if (wmin < w1)
                    le = drop_words(doc, f->label_start, f->label_end, wmin);
            }
        }
        put_span(&b, doc, f->label_start, le, oom);
        if (f->tail_end > f->tail_start) {
            bayan__buf_putc(&b, ' ');
            put_span(&b, doc, f->tail_start, f->tail_end, oom);
        }
    }
    if (b.failed) {
        *oom = 1;
        bayan__buf_free(&b);
        return NULL;
    }
    if (b.len == 0) {
        bayan__buf_free(&b);
        return NULL;
    }
    return bayan__buf_detach(&b, NULL);
}

static char *id_str(char prefix, size_t n)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%c%zu", prefix, n);
    size_t l = strlen(tmp);
    char *p = malloc(l + 1);
    if (p)
        memcpy(p, tmp, l + 1);
    return p;
}

bayan_status bayan__group_claims(bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info)
{
    bayan_status rc = BAYAN_ENOMEM;
    size_t nc = doc->n_claims;
    size_t *mem = NULL;
    unsigned char *used = NULL;
    size_t gcap = 0;
    int oom = 0;
    if (nc < 2)
        return BAYAN_OK;
    mem = malloc(nc * sizeof *mem);
    used = calloc(nc, 1);
    if (!mem || !used)
        goto out;
    for (size_t s0 = 0; s0 < nc;) {
        size_t s1 = s0;
        while (s1 < nc && info[s1].sentence == info[s0].sentence)
            s1++;
        for (size_t i = s0; i < s1; i++) {
            const bayan_claim *ci = &doc->claims[i];
            if (used[i] || (ci->unit && !strcmp(ci->unit, "times")))
                continue;
            /* the multiplier of a comparison in the same sentence */
            long ratio = -1;
            for (size_t j = i + 1; j < s1; j++) {
                const bayan_claim *cj = &doc->claims[j];
                if (!used[j] && cj->unit && !strcmp(cj->unit, "times") && info[j].comparative) {
                    ratio = (long)j;
                    break;
                }
            }
            size_t n = 0;
            int list = 1;
            for (size_t j = i; j < s1; j++) {
                const bayan_claim *cj = &doc->claims[j];
                if (used[j] || (cj->unit && !strcmp(cj->unit, "times")))
                    continue;
                if (!comparable(ci, &info[i], cj, &info[j]))
                    continue;
                /* a list item, or values set against each other */
                /* a list item joins the list, or the member just before it */
                int coord = info[j].list_prev && (list || (n > 0 && mem[n - 1] + 1 == j));
                if (j != i && !coord && ratio < 0 && !linked(doc, info, mem[n - 1], j))
                    continue;
                if (n > 0 && !info[j].list_prev)
                    list = 0;
                mem[n++] = j;
            }
            if (n < 2)
                continue;
            bayan_group_kind kind;
            if (list && ratio < 0)
                kind = BAYAN_GROUP_SERIES;
            else if (n == 2 || ratio >= 0)
                kind = BAYAN_GROUP_COMPARISON;
            else
                kind = BAYAN_GROUP_SERIES;
            if (doc->n_groups == gcap) {
                size_t ncap = gcap ? gcap * 2 : 8;
                bayan_group *g = realloc(doc->groups, ncap * sizeof *g);
                if (!g)
                    goto out;
                doc->groups = g;
                gcap = ncap;
            }
            bayan_group *g = &doc->groups[doc->n_groups];
            memset(g, 0, sizeof *g);
            size_t *m = malloc(n * sizeof *m);
            char *id = id_str('g', doc->n_groups + 1);
            if (!m || !id) {
                free(m);
                free(id);
                goto out;
            }
            memcpy(m, mem, n * sizeof *m);
            g->id = id;
            g->members = m;
            g->n_members = n;
            g->kind = kind;
            g->unit = ci->unit;
            g->currency = ci->currency;
            g->ratio = ratio;
            g->title = make_title(doc, lang, info, m, n, kind, list, &oom);
            doc->n_groups++;
            if (oom)
                goto out;
            /* members and ratio share the group's id string */
            for (size_t k = 0; k < n; k++) {
                used[m[k]] = 1;
                doc->claims[m[k]].group = id;
            }
            if (ratio >= 0) {
                used[ratio] = 1;
                doc->claims[ratio].group = id;
            }
        }
        s0 = s1;
    }
    rc = BAYAN_OK;
out:
    free(mem);
    free(used);
    return rc;
}

/* Grouping and group titles, read from whole sentences through the public
 * API (scanner, claim rules and grouping together): lists read from what
 * stands between figures, changes kept apart from levels, ratios attached
 * only between the figures they compare, and titles that say what is
 * measured of what. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "bayan/extract.h"
#include "extract/extract_run.h"

/* The claim whose text contains `needle`; the test fails without one. */
static const bayan_claim *claim(const bayan_doc *doc, const char *needle)
{
    const bayan_claim *c = claim_with(doc, needle);
    if (!c)
        fail_msg("no claim with text containing '%s'", needle);
    return c;
}

static const bayan_group *group_of(const bayan_doc *doc, const bayan_claim *c)
{
    if (!c->group)
        return NULL;
    for (size_t i = 0; i < bayan_doc_group_count(doc); i++)
        if (!strcmp(bayan_doc_group(doc, i)->id, c->group))
            return bayan_doc_group(doc, i);
    fail_msg("claim %s names a group %s that does not exist", c->id, c->group);
    return NULL;
}

static void has(const char *hay, const char *needle)
{
    if (!hay || !strstr(hay, needle))
        fail_msg("'%s' does not contain '%s'", hay ? hay : "(null)", needle);
}

static void lacks(const char *hay, const char *needle)
{
    if (hay && strstr(hay, needle))
        fail_msg("'%s' should not contain '%s'", hay, needle);
}

/* "احتياطي [النحاس]، احتياطي [الذهب]، [الفضة]، وهي معادن": the head is
 * completed by the word the list is summed up by, not left hanging. */
static void ar_list_head_takes_its_category(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وتملك البلاد 40% من احتياطي النحاس في العالم، و25% من احتياطي الذهب، و12% من الفضة، "
                         "وهي معادن تزداد قيمتها عاما بعد عام.",
                         BAYAN_LANG_AR);
    const bayan_group *g = group_of(doc, claim(doc, "40%"));
    assert_non_null(g);
    assert_int_equal(g->kind, BAYAN_GROUP_SERIES);
    assert_int_equal(g->n_members, 3);
    has(g->title, "احتياطي المعادن");
    has(g->title, "العالم");
    lacks(g->title, "النحاس");
    bayan_doc_free(doc);
}

/* Without such a word, the place after the head completes it: "صادرات في
 * العالم" reads "صادرات العالم"; the figures are the subject's share. */
static void ar_list_head_takes_its_place(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("تملك البرازيل 18% من صادرات البن في العالم، و12% من السكر، و7% من فول الصويا.", BAYAN_LANG_AR);
    const bayan_group *g = group_of(doc, claim(doc, "18%"));
    assert_non_null(g);
    assert_int_equal(g->n_members, 3);
    has(g->title, "صادرات العالم");
    has(g->title, "البرازيل");
    lacks(g->title, "البن");
    bayan_doc_free(doc);
}

/* Items named after a comma by و and a noun, with their unit repeated:
 * one series, whatever the claim rules made of the first item's label. */
static void ar_list_read_from_the_gaps(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وبلغ إنتاج مصر من القمح 9.1 مليون طن في الموسم الماضي، والمغرب 7.4 مليون طن، "
                         "والجزائر 3.2 مليون طن.",
                         BAYAN_LANG_AR);
    const bayan_group *g = group_of(doc, claim(doc, "9.1"));
    assert_non_null(g);
    assert_int_equal(g->kind, BAYAN_GROUP_SERIES);
    assert_int_equal(g->n_members, 3);
    assert_ptr_equal(group_of(doc, claim(doc, "3.2")), g);
    bayan_doc_free(doc);
}

/* A change stated after a level ("بزيادة قدرها") is not a second bar. */
static void ar_change_is_not_beside_its_level(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وقال البنك إن الودائع ارتفعت إلى 52 مليار دولار، بزيادة قدرها 4 مليارات دولار خلال عام.",
                         BAYAN_LANG_AR);
    const bayan_group *a = group_of(doc, claim(doc, "52"));
    const bayan_group *b = group_of(doc, claim(doc, "4 مليار"));
    assert_true(!a || a->n_members == 1);
    assert_true(!b || b->n_members == 1);
    bayan_doc_free(doc);
}

/* A figure whose label is only a word of change says what changed: for
 * degrees, the temperature. */
static void change_of_degrees_is_titled_by_temperature(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("ويرى علماء أن زيادة تتراوح بين 3 و5 درجات مئوية قد تذيب جليد القطب.", BAYAN_LANG_AR);
    const bayan_group *g = group_of(doc, claim(doc, "5"));
    assert_non_null(g);
    assert_int_equal(g->kind, BAYAN_GROUP_SINGLE);
    assert_int_equal(g->n_members, 1);
    assert_string_equal(g->title, "زيادة الحرارة");
    bayan_doc_free(doc);
    doc = extract_text("Scientists say a rise of 3-5 degrees could melt the polar ice.", BAYAN_LANG_EN);
    g = group_of(doc, claim(doc, "3-5"));
    assert_non_null(g);
    assert_string_equal(g->title, "temperature rise");
    bayan_doc_free(doc);
}

/* One measure at two values is named once, not "X مقابل X". */
static void ar_one_measure_twice_is_named_once(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وتراجع متوسط حجم الأسرة إلى 3.9 أفراد بعد أن كان 4.6 أفراد في الإحصاء السابق.", BAYAN_LANG_AR);
    const bayan_group *g = group_of(doc, claim(doc, "3.9"));
    assert_non_null(g);
    assert_int_equal(g->n_members, 2);
    has(g->title, "متوسط حجم الأسرة");
    lacks(g->title, "مقابل");
    bayan_doc_free(doc);
}

/* Values a thousand times apart are not bars of one chart, and an earlier
 * value after "from" is set against the later one. */
static void en_magnitudes_and_earlier_values(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Net income rose to $1.62 billion, or 98 cents per share, from $1.21 billion, or 73 cents, a "
                         "year ago.",
                         BAYAN_LANG_EN);
    const bayan_group *big = group_of(doc, claim(doc, "$1.62 billion"));
    assert_non_null(big);
    assert_ptr_equal(group_of(doc, claim(doc, "$1.21 billion")), big);
    assert_true(group_of(doc, claim(doc, "98 cents")) != big);
    has(big->title, "Net income");
    bayan_doc_free(doc);
}

/* A multiplier after both figures compares something else ("their previous
 * tally"): it is no ratio of theirs. */
static void en_ratio_only_between_its_figures(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("The Social Democrats won 97 seats, while the Greens took 41 seats, nearly double their "
                         "previous tally.",
                         BAYAN_LANG_EN);
    const bayan_group *g = group_of(doc, claim(doc, "97"));
    assert_non_null(g);
    assert_int_equal(g->ratio, -1);
    assert_ptr_equal(group_of(doc, claim(doc, "41")), g);
    bayan_doc_free(doc);
}

/* English items with no word in common are all named. */
static void en_items_without_a_head_are_all_named(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Sales of cloud software jumped 31%, while the hardware unit grew 4% and the consulting arm "
                         "shrank 2%.",
                         BAYAN_LANG_EN);
    const bayan_group *g = group_of(doc, claim(doc, "31%"));
    assert_non_null(g);
    assert_int_equal(g->n_members, 3);
    has(g->title, "hardware unit");
    has(g->title, "consulting arm");
    bayan_doc_free(doc);
}

/* Counts of one noun in nearby sentences, said of whom: a series across
 * sentences, titled without one item's owner; counts of people are not
 * (killed here, injured there). */
static void ar_counts_of_one_noun_across_sentences(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وحصل الحزب الحاكم على 142 مقعدا في البرلمان الجديد. وتنافس في الاقتراع نحو ألفي مرشح. "
                         "وحل الحزب المعارض ثانيا بـ97 مقعدا.",
                         BAYAN_LANG_AR);
    const bayan_group *g = group_of(doc, claim(doc, "142"));
    assert_non_null(g);
    assert_ptr_equal(group_of(doc, claim(doc, "97")), g);
    assert_int_equal(g->n_members, 2);
    lacks(g->title, "الحاكم");
    bayan_doc_free(doc);
    doc = extract_text("وقتل 12 شخصا في الهجوم الأول. وفي حادث منفصل أصيب 30 شخصا بجروح.", BAYAN_LANG_AR);
    for (size_t i = 0; i < bayan_doc_claim_count(doc); i++) {
        const bayan_group *h = group_of(doc, bayan_doc_claim(doc, i));
        assert_true(!h || h->n_members == 1);
    }
    bayan_doc_free(doc);
}

/* A title never ends on the preposition or "لعام" whose year was cut off. */
static void titles_do_not_dangle(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("وتتضمن الميزانية العامة للدولة لعام 2026 نفقات تقدر بنحو 1.3 تريليون ريال، مقابل إيرادات "
                         "متوقعة تبلغ 1.1 تريليون ريال.",
                         BAYAN_LANG_AR);
    const bayan_group *g = group_of(doc, claim(doc, "1.3"));
    assert_non_null(g);
    assert_non_null(g->title);
    size_t n = strlen(g->title);
    assert_true(n < 6 || strcmp(g->title + n - 6, "لعام"));
    assert_true(n < 4 || strcmp(g->title + n - 4, "في"));
    lacks(g->title, "لعام مقابل");
    bayan_doc_free(doc);
}

/* "X holds 39% of the world's manganese ore reserves, 31% of its chromium":
 * the title keeps the possessor and the head, not the first item. */
static void en_share_of_a_possessed_head(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Chile holds 24% of the world's copper ore reserves, 30% of its lithium and 9% of its iodine.",
                         BAYAN_LANG_EN);
    const bayan_group *g = group_of(doc, claim(doc, "24%"));
    assert_non_null(g);
    assert_int_equal(g->n_members, 3);
    has(g->title, "world's ore reserves");
    lacks(g->title, "copper");
    bayan_doc_free(doc);
}

/* A bare count after "while" / "مقابل" counts what the figure before
 * counts, and the chart is named by that noun, not by the bare one's verb. */
static void bare_count_after_a_contrast_joins(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("In the hardest-hit province, 1,643 people died, while 472 were killed in the coastal "
                         "district.",
                         BAYAN_LANG_EN);
    const bayan_group *g = group_of(doc, claim(doc, "1,643"));
    assert_non_null(g);
    assert_ptr_equal(group_of(doc, claim(doc, "472")), g);
    lacks(g->title, "killed");
    bayan_doc_free(doc);
    doc = extract_text("وسدد الفريق ١٧ كرة على المرمى مقابل ٦ للفريق المنافس.", BAYAN_LANG_AR);
    g = group_of(doc, claim(doc, "١٧"));
    assert_non_null(g);
    assert_ptr_equal(group_of(doc, claim(doc, "٦")), g);
    bayan_doc_free(doc);
}

static void bare_count_compared_with_joins(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("Insurers paid out on 41,000 flood claims this spring, compared with about 18,500 a year earlier.",
                         BAYAN_LANG_EN);
    const bayan_group *g = group_of(doc, claim(doc, "41,000"));
    assert_non_null(g);
    assert_ptr_equal(g, group_of(doc, claim(doc, "18,500")));
    bayan_doc_free(doc);
}

static void change_from_to_pairs_its_two_values(void **state)
{
    (void)state;
    bayan_doc *doc = extract_text("The council met on Tuesday, with the monthly parking permit charge climbing from $65 to $80.",
                         BAYAN_LANG_EN);
    const bayan_group *g = group_of(doc, claim(doc, "$65"));
    assert_non_null(g);
    assert_ptr_equal(g, group_of(doc, claim(doc, "$80")));
    bayan_doc_free(doc);
    doc = extract_text("وقالت الوزارة إن رسوم الترخيص ارتفعت هذا العام من 300 درهم إلى 450 درهما بعد القرار الأخير.", BAYAN_LANG_AR);
    g = group_of(doc, claim(doc, "300"));
    assert_non_null(g);
    assert_ptr_equal(g, group_of(doc, claim(doc, "450")));
    bayan_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_list_head_takes_its_category),
        cmocka_unit_test(ar_list_head_takes_its_place),
        cmocka_unit_test(ar_list_read_from_the_gaps),
        cmocka_unit_test(ar_change_is_not_beside_its_level),
        cmocka_unit_test(change_of_degrees_is_titled_by_temperature),
        cmocka_unit_test(ar_one_measure_twice_is_named_once),
        cmocka_unit_test(en_magnitudes_and_earlier_values),
        cmocka_unit_test(en_ratio_only_between_its_figures),
        cmocka_unit_test(en_items_without_a_head_are_all_named),
        cmocka_unit_test(ar_counts_of_one_noun_across_sentences),
        cmocka_unit_test(titles_do_not_dangle),
        cmocka_unit_test(en_share_of_a_possessed_head),
        cmocka_unit_test(bare_count_after_a_contrast_joins),
        cmocka_unit_test(change_from_to_pairs_its_two_values),
        cmocka_unit_test(bare_count_compared_with_joins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

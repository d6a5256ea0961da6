/* Coordinated lists: each item keeps its own noun, the list is a series. */
#include "extract/claims_fixture.h"

static void ar_list_items_keep_their_nouns(void **state)
{
    (void)state;
    fx *f = fx_new("تملك البرازيل 18% من صادرات البن في العالم، و12% من السكر، و7% من فول الصويا.");
    fx_num(f, "18%", 1, "18", 18, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "12%", 1, "12", 12, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "7%", 1, "7", 7, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 3);
    assert_contains(fx_claim(f, "18%")->label, "البن");
    assert_contains(fx_claim(f, "12%")->label, "السكر");
    assert_contains(fx_claim(f, "7%")->label, "فول الصويا");
    assert_int_equal(f->doc.n_groups, 1);
    const bayan_group *g = &f->doc.groups[0];
    assert_int_equal(g->kind, BAYAN_GROUP_SERIES);
    assert_int_equal(g->n_members, 3);
    assert_string_equal(g->unit, "percent");
    assert_int_equal(g->ratio, -1);
    /* the title carries the shared head and the place, not one item */
    assert_contains(g->title, "صادرات");
    assert_contains(g->title, "البرازيل");
    assert_lacks(g->title, "السكر");
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(f->doc.claims[i].group, g->id);
    fx_free(f);
}

static void en_list_items_keep_their_nouns(void **state)
{
    (void)state;
    fx *f = fx_new("Chile produces 24% of the world's copper, 30% of its lithium and 9% of its iodine.");
    fx_num(f, "24%", 1, "24", 24, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "30%", 1, "30", 30, "percent", BAYAN_NUM_QUANTITY);
    fx_num(f, "9%", 1, "9", 9, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_EN);
    assert_contains(fx_claim(f, "24%")->label, "copper");
    assert_contains(fx_claim(f, "30%")->label, "lithium");
    assert_contains(fx_claim(f, "9%")->label, "iodine");
    assert_int_equal(f->doc.n_groups, 1);
    assert_int_equal(f->doc.groups[0].kind, BAYAN_GROUP_SERIES);
    fx_free(f);
}

static void different_units_are_not_one_list(void **state)
{
    (void)state;
    fx *f = fx_new("أنتجت المصانع 300 ألف سيارة، و12% من الشاحنات المحلية.");
    fx_num(f, "300 ألف", 1, "300 ألف", 300000, NULL, BAYAN_NUM_QUANTITY);
    fx_num(f, "12%", 1, "12", 12, "percent", BAYAN_NUM_QUANTITY);
    fx_run(f, BAYAN_LANG_AR);
    assert_int_equal(f->doc.n_claims, 2);
    assert_int_equal(f->doc.n_groups, 0);
    assert_null(fx_claim(f, "12%")->group);
    fx_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ar_list_items_keep_their_nouns),
        cmocka_unit_test(en_list_items_keep_their_nouns),
        cmocka_unit_test(different_units_are_not_one_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Arabic and English number words: compounds with و, genders and cases,
 * hundreds in both spellings, duals, scales, fractions, clitics. */
#include "scan_helpers.h"

static void arabic_compounds(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("شارك سبعة وثلاثون متطوعا، وقرأنا مئتين وأربعة عشر كتابا، وزرعوا ثلاث مائة وخمسا وستين "
                               "شجرة، وبنوا تسعمئة وعشرة منازل.");
    assert_value(num_text(doc, "سبعة وثلاثون"), 37);
    assert_value(num_text(doc, "مئتين وأربعة عشر"), 214);
    assert_value(num_text(doc, "ثلاث مائة وخمسا وستين"), 365);
    assert_value(num_text(doc, "تسعمئة وعشرة"), 910);
    bayan_doc_free(doc);
}

static void genders_cases_teens(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("وصلت إحدى عشرة سفينة، وغادر اثنا عشر قاربا، وبقي ثماني عشرة عائلة، وحضر اثنتان وأربعون طالبة.");
    assert_value(num_text(doc, "إحدى عشرة"), 11);
    assert_value(num_text(doc, "اثنا عشر"), 12);
    assert_value(num_text(doc, "ثماني عشرة"), 18);
    assert_value(num_text(doc, "اثنتان وأربعون"), 42);
    bayan_doc_free(doc);
}

static void scales_and_duals(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("كلف المشروع ثلاثة ملايين، ثم مليونين إضافيين، وجمعت الحملة ألفين، وخصص للطرق أربعة مليارات "
                               "وخمسمائة مليون، وللمدارس 7 آلاف، وللمياه 2.4 مليار.");
    assert_value(num_text(doc, "ثلاثة ملايين"), 3e6);
    assert_value(num_text(doc, "مليونين"), 2e6);
    assert_value(num_text(doc, "ألفين"), 2000);
    assert_value(num_text(doc, "أربعة مليارات وخمسمائة مليون"), 4.5e9);
    assert_value(num_text(doc, "7 آلاف"), 7000);
    assert_value(num_text(doc, "2.4 مليار"), 2.4e9);
    bayan_doc_free(doc);
    /* a percentage after "و" is a number of its own */
    doc = scan_text("وصل العدد إلى 3 ملايين و12% منهم أطفال.");
    assert_value(num_text(doc, "3 ملايين"), 3e6);
    assert_value(num_text(doc, "12%"), 12);
    bayan_doc_free(doc);
    /* "ونصف" after a scale word is half of that scale, the scale may be named again */
    doc = scan_text("نزح مليونان ونصف المليون شخص، وأنفق ثلاثة آلاف ونصف، ومليون ونصف دولار.");
    assert_value(num_text(doc, "مليونان ونصف المليون"), 2.5e6);
    assert_value(num_text(doc, "ثلاثة آلاف ونصف"), 3500);
    assert_value(num_with(doc, "ومليون ونصف"), 1.5e6);
    bayan_doc_free(doc);
}

static void clitics_on_words(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("احتفلت المدينة بالذكرى الخامسة والثلاثين، وتبرع بألفين وخمسمائة، وفاز بخمسة عشر صوتا.");
    assert_value(num_text(doc, "والثلاثين"), 30);
    assert_value(num_text(doc, "بألفين وخمسمائة"), 2500);
    assert_value(num_text(doc, "بخمسة عشر"), 15);
    bayan_doc_free(doc);
}

static void fractions_in_words(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("أنفق نصف الميزانية، وذهب ثلث الحصة للتعليم، وثلاثة أرباع السكان في المدن، وانتظرنا ساعتين "
                               "وربعا، ثم اثنين ونصف.");
    assert_value(num_text(doc, "نصف"), 0.5);
    assert_value(num_text(doc, "ثلث"), 1.0 / 3);
    assert_value(num_with(doc, "ثلاثة أرباع"), 0.75);
    assert_value(num_text(doc, "اثنين ونصف"), 2.5);
    bayan_doc_free(doc);
}

static void lone_one_after_noun(void **state)
{
    (void)state;
    /* an adjective "واحد" is no number; a compound with it is */
    bayan_doc *doc = scan_text("في قرية واحدة تعيش أسرة واحدة، وعندها واحد وعشرون رأسا من الماشية.");
    assert_null(num_with(doc, "قرية"));
    assert_null(num_with(doc, "أسرة"));
    assert_int_equal(bayan_doc_number_count(doc), 1);
    assert_value(num_text(doc, "واحد وعشرون"), 21);
    bayan_doc_free(doc);
}

static void english_words(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("The fund hired forty-two engineers, built three hundred and twelve homes, spent 1.8 billion "
                               "and raised twenty thousand; one of them left.");
    assert_value(num_text(doc, "forty-two"), 42);
    assert_value(num_text(doc, "three hundred and twelve"), 312);
    assert_value(num_text(doc, "1.8 billion"), 1.8e9);
    assert_value(num_text(doc, "twenty thousand"), 20000);
    assert_null(num_with(doc, "one"));
    bayan_doc_free(doc);
    doc = scan_text("Nearly two-thirds of voters agreed.");
    assert_value(num_text(doc, "Nearly two-thirds"), 2.0 / 3);
    bayan_doc_free(doc);
}

/* The article as "one": before a scale word, and before a fraction that is
 * a share ("a third of", "by a third"), not before an ordinal. */
static void english_article(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("About a million people and a hundred firms; a third of voters agreed, and leaks fell "
                               "by a third before 2030. She won a third term; they earn 3 million a year.");
    assert_value(num_text(doc, "About a million"), 1e6);
    assert_value(num_text(doc, "a hundred"), 100);
    assert_value(num_with(doc, "a third"), 1.0 / 3);
    assert_value(num_text(doc, "3 million"), 3e6);
    size_t thirds = 0;
    for (size_t k = 0; k < bayan_doc_number_count(doc); k++)
        thirds += !strcmp(bayan_doc_number(doc, k)->text, "a third");
    assert_int_equal(thirds, 2); /* not "a third term" */
    bayan_doc_free(doc);
    /* after "up" or "down", a change, unless a noun follows */
    doc = scan_text("Rents were down about a fifth on last year and fees up a quarter, but he ran up a third time.");
    assert_value(num_text(doc, "about a fifth"), 0.2);
    assert_value(num_text(doc, "a quarter"), 0.25);
    assert_int_equal(bayan_doc_number_count(doc), 2);
    bayan_doc_free(doc);
}

/* "one in five", "1 in 4", "one out of ten" are shares; "half" is one
 * unless it names a part of something ("the first half", "half-time"). */
static void english_shares(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("About one in five households, 1 in 4 adults and one out of ten firms spend half of "
                               "their income on rent. In the first half of the year, at half-time.");
    assert_value(num_text(doc, "About one in five"), 0.2);
    assert_value(num_text(doc, "1 in 4"), 0.25);
    assert_value(num_text(doc, "one out of ten"), 0.1);
    assert_value(num_text(doc, "half"), 0.5);
    assert_int_equal(bayan_doc_number_count(doc), 4);
    bayan_doc_free(doc);
}

static void english_one_noun_in_n(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("Surveys found that one worker in four had skipped meals, and one in ten had moved.");
    assert_value(num_text(doc, "one worker in four"), 0.25);
    assert_value(num_text(doc, "one in ten"), 0.1);
    bayan_doc_free(doc);
}

static void arabic_construct_duals(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("وتسلم ألفان ومئتا موظف رواتبهم، وبلغت الأرباح أكثر من ضعفي أرباح العام السابق، "
                               "وارتفع الإنتاج مرتين ونصف المستوى المسجل قبل عقد.");
    assert_value(num_text(doc, "ألفان ومئتا"), 2200);
    const bayan_number *n = num_with(doc, "ضعفي");
    assert_non_null(n);
    assert_value(n, 2);
    assert_unit(n, "times");
    n = num_text(doc, "مرتين ونصف");
    assert_value(n, 2.5);
    assert_unit(n, "times");
    bayan_doc_free(doc);
}

static void digits_then_english_words(void **state)
{
    (void)state;
    /* the number words after "$2.7bn" start a new expression */
    bayan_doc *doc = scan_text("The market was worth $2.7tn three months ago and $1.9bn two years before that.");
    assert_value(num_text(doc, "$2.7tn"), 2.7e12);
    assert_value(num_text(doc, "$1.9bn"), 1.9e9);
    bayan_doc_free(doc);
}

static void english_a_third_before_a_preposition(void **state)
{
    (void)state;
    /* a share goes on with a preposition, an ordinal with its noun */
    bayan_doc *doc = scan_text("Real wages fell by roughly a third since 2010, and the union won a third term in 2022.");
    assert_value(num_text(doc, "roughly a third"), 1.0 / 3);
    assert_null(num_with(doc, "third term"));
    bayan_doc_free(doc);
    doc = scan_text("Output shrank a third in the slump.");
    assert_value(num_text(doc, "a third"), 1.0 / 3);
    bayan_doc_free(doc);
}

static void lone_ten_before_a_noun(void **state)
{
    (void)state;
    /* "عشر" after a definite noun that is no ordinal counts */
    bayan_doc *doc = scan_text("بلغ متوسط مدة العلاج عشر جلسات، وجاء الفريق في المركز الحادي عشر.");
    assert_value(num_text(doc, "عشر"), 10);
    assert_int_equal(bayan_doc_number_count(doc), 1); /* "الحادي عشر" is an ordinal */
    bayan_doc_free(doc);
}

/* Digits after و finish an Arabic amount below its scale: "12 ألفا و450",
 * "مليون و300 ألف", "4 مليارات و700 مليون"; an English "and" does not join
 * digits to a scale ("5 thousand and 200 were hurt" is two numbers). */
static void arabic_scale_then_digits(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("أغلق المؤشر عند 12 ألفا و450 نقطة، واستقبل الميناء مليون و300 ألف حاوية، "
                               "وبلغت الاستثمارات 4 مليارات و700 مليون دولار، وسجلت الولاية ألفين و75 إصابة.");
    assert_value(num_text(doc, "12 ألفا و450"), 12450);
    assert_value(num_text(doc, "مليون و300 ألف"), 1.3e6);
    assert_value(num_text(doc, "4 مليارات و700 مليون دولار"), 4.7e9);
    assert_value(num_text(doc, "ألفين و75"), 2075);
    bayan_doc_free(doc);
    doc = scan_text("The storm killed 5 thousand and 200 were hurt.");
    assert_value(num_text(doc, "5 thousand"), 5000);
    assert_value(num_text(doc, "200"), 200);
    bayan_doc_free(doc);
}

/* So many parts in so many: "7 من كل 10", "أربعة من كل خمسة", "eight in 10",
 * "three out of four"; but "2 in 10 minutes" is two numbers. */
static void parts_in_so_many(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("قال 7 من كل 10 مزارعين إن المحصول تراجع، ويملك أربعة من كل خمسة بيوت سيارة. "
                               "About eight in 10 renters and three out of four owners agreed; he ran 2 in 10 minutes.");
    assert_value(num_text(doc, "7 من كل 10"), 0.7);
    assert_value(num_text(doc, "أربعة من كل خمسة"), 0.8);
    assert_value(num_text(doc, "About eight in 10"), 0.8);
    assert_value(num_text(doc, "three out of four"), 0.75);
    assert_value(num_text(doc, "2"), 2);
    assert_value(num_text(doc, "10 minutes"), 10);
    bayan_doc_free(doc);
}

/* "dozen" multiplies like a scale word: "two dozen", "a dozen", "half a
 * dozen"; "dozens" alone is no number. */
static void english_dozens(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("Two dozen boats sank, a dozen piers broke, half a dozen roads closed and dozens of cars were lost.");
    assert_value(num_text(doc, "Two dozen"), 24);
    assert_value(num_text(doc, "a dozen"), 12);
    assert_value(num_text(doc, "half a dozen"), 6);
    assert_null(num_with(doc, "dozens"));
    bayan_doc_free(doc);
}

static void article_fraction_after_approximation(void **state)
{
    (void)state;
    bayan_doc *doc = scan_text("تقلصت المساحة المزروعة بنحو الثلث، وزاد المحصول حوالي النصف في الربع الأخير من العام.");
    const bayan_number *n = num_with(doc, "الثلث");
    assert_non_null(n);
    assert_value(n, 1.0 / 3);
    assert_int_equal(n->qualifier, BAYAN_Q_APPROX);
    n = num_with(doc, "النصف");
    assert_non_null(n);
    assert_value(n, 0.5);
    /* without a word of approximation "الربع" is a quarter of the year */
    assert_null(num_with(doc, "الربع"));
    bayan_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arabic_compounds),  cmocka_unit_test(genders_cases_teens),
        cmocka_unit_test(scales_and_duals),  cmocka_unit_test(clitics_on_words),
        cmocka_unit_test(fractions_in_words), cmocka_unit_test(lone_one_after_noun), cmocka_unit_test(english_article), cmocka_unit_test(english_shares),
        cmocka_unit_test(english_words), cmocka_unit_test(english_one_noun_in_n),
        cmocka_unit_test(arabic_construct_duals), cmocka_unit_test(digits_then_english_words),
        cmocka_unit_test(lone_ten_before_a_noun), cmocka_unit_test(arabic_scale_then_digits), cmocka_unit_test(parts_in_so_many), cmocka_unit_test(english_dozens), cmocka_unit_test(english_a_third_before_a_preposition),
        cmocka_unit_test(article_fraction_after_approximation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* The word lists of the claim rules, in key spelling. */
#include <string.h>

#include "extract/claims.h"
#include "extract/claims_words.h"

static const char *const ar_stop[] = {
    "من", "في", "علي", "الي", "عن", "مع", "منذ", "خلال", "بحلول", "حتي", "عند", "بين", "لدي", "عبر", "حول",
    "ضد", "دون", "بدون", "بعد", "قبل", "تحت", "فوق", "مقابل", "مقارنه", "بالمقارنه", "بينما", "فيما", "حيث",
    "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "ما", "مما", "كما", "اذا", "ان", "لان", "لكن",
    "لكنه", "او", "ام", "ثم", "وفقا", "وفق", "حسب", "بحسب", "طبقا", "نقلا", "استنادا", "تبعا", "هي", "هو",
    "هم", "هن", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "قد", "لقد", "لم", "لن", "لا", "ليس", "ليست",
    "و", "ف", "ب", "ل", "ك", "عام", "العام", "سنه", "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل",
    "وحده", "وحدها", "فقط", "ايضا", "حاليا", "تقريبا", "بنسبه", "بمقدار", "بقيمه", "بواقع", "البالغ",
    "البالغه", "اي", "كل", "جميع", "بعض", "نفس", "يمكن", "سوف", "كان", "كانت", "يكون", "تكون", "عندما",
    "لما", "بل", "اما", "الا", "غير", "سوي", "اليوم", "امس", "الان", "هنا", "هناك", "له", "لها", "لهم", "به",
    "بها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "اليه", "اليها", "عنه", "عنها", "حين", "ايام",
    "بشكل", "بصوره", "نتيجه", "بسبب", "لذلك", "كذلك", "بالفعل", "فعلا", "مثل", "منها", "ضمن", "عليه",
    "لدي", "ازاء", "تجاه", "نحوا", "بنحو", "بحوالي", "يقارب", "تقارب", "وهي", "وهو", "عالميا", "محليا",
    "سنويا", "يوميا", "شهريا", "اسبوعيا", "دوليا", "اقليميا", "اجمالا", "مجددا", "مؤخرا", "سابقا", "لاحقا",
    "تماما", "جدا", "اخري", "اخر", "مقارنه", "نسبيا", "رسميا", "فعليا", "اضافيا", "اضافيه", NULL};
static const char *const ar_reach[] = {
    "يصل", "تصل", "وصل", "وصلت", "يبلغ", "تبلغ", "بلغ", "بلغت", "يناهز", "تناهز", "ناهز", "ناهزت", "يتجاوز",
    "تتجاوز", "تجاوز", "تجاوزت", "يتخطي", "تتخطي", "تخطي", "تخطت", "يسجل", "تسجل", "سجل", "سجلت",
    "يقدر", "تقدر", "قدر", "قدرت", "يقارب", "تقارب", "قارب", "قاربت", "يتراوح", "تتراوح", "تراوح", "تراوحت",
    "يعادل", "تعادل", "عادل", "عادلت", "يفوق", "تفوق", "فاق", "فاقت", "يبلغان", "تبلغان", "يصلان", NULL};
static const char *const ar_change[] = {
    "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "انخفض", "انخفضت", "ينخفض", "تنخفض", "زاد", "زادت", "يزيد", "تزيد",
    "ازداد", "ازدادت", "يزداد", "تزداد", "تراجع", "تراجعت", "يتراجع", "تتراجع", "نما", "نمت", "ينمو", "تنمو",
    "هبط", "هبطت", "يهبط", "تهبط", "قفز", "قفزت", "يقفز", "تقفز", "تضاعف", "تضاعفت", "يتضاعف", "تتضاعف",
    "صعد", "صعدت", "يصعد", "تصعد", "تقلص", "تقلصت", "يتقلص", "تتقلص", "انكمش", "انكمشت", "ينكمش",
    "تنكمش", "هوي", "هوت", "تهوي", "يهوي", "خسر", "خسرت", "يخسر", "تخسر", "ربح", "ربحت", "يربح", "تربح",
    "ارتفعا", "انخفضا", "زادا", "تحسن", "تحسنت", "يتحسن", "تتحسن", "تدني", "تدنت",
    "يتدني", "تتدني", "انحدر", "انحدرت", "قلت", "قل", "يقل", "تقل", NULL};
static const char *const ar_repr[] = {"يمثل", "تمثل", "مثل", "مثلت", "يشكل", "تشكل", "شكل", "شكلت", "يستحوذ",
                                      "تستحوذ", "استحوذ", "استحوذت", "يساوي", "تساوي", "ساوي", "ساوت",
                                      "يشغل", "تشغل", NULL};
static const char *const ar_copula[] = {"كان", "كانت", "يكون", "تكون", "اصبح", "اصبحت", "يصبح", "تصبح", "بات",
                                        "باتت", "يبقي", "تبقي", "بقي", "بقيت", "ظل", "ظلت", "يظل", "تظل",
                                        "صار", "صارت", "يصير", "تصير", "كانوا", NULL};
static const char *const ar_masdar[] = {"ارتفاع", "انخفاض", "زياده", "تراجع", "نمو", "هبوط", "تضاعف", "تقلص",
                                        "انكماش", "صعود", "قفزه", "ارتفاعا", "انخفاضا", "نموا", "تراجعا",
                                        "زيادات", "تحسن", "تدني", "انحدار", "خساره", "خسائر", "ارباح", NULL};
static const char *const ar_link[] = {"الي", "ب", "بنسبه", "بمقدار", "بواقع", "بحوالي", "بنحو", "نحو",
                                      "حوالي", "ليبلغ", "لتبلغ", "ليصل", "لتصل", "مسجلا", "مسجله", "ليسجل",
                                      "لتسجل", "حاجز", "عتبه", "مستوي", "تصل", "يصل", "قرابه", "زهاء",
                                      "ما", "يقارب", "يزيد", "علي", "عن", "من", "اكثر", "اقل", "حتي",
                                      "تقريبا", "ل", "قدره", "قدرها", "يناهز", "تناهز", "فقط", "بما", "لما",
                                      "لنحو", "لحوالي", "لقرابه", "بقرابه", "بزهاء", NULL};
static const char *const ar_attrib[] = {"البالغ", "البالغه", "البالغين", "البالغتين", "البالغان",
                                        "بقيمه", "بمبلغ", "بتكلفه", "بكلفه", "بحجم", "قيمتها", "قيمته",
                                        "بميزانيه", "بطاقه", "بسعه", "بطول", "بمساحه", "بعدد", "بمعدل",
                                        "بمتوسط", "قدره", "قدرها", "مقداره", "مقدارها", "بحوالي", NULL};
static const char *const ar_compar[] = {"اعلي", "اكبر", "اكثر", "اقل", "ادني", "اصغر", "اسرع", "ابطا", "اطول",
                                        "اقصر", "اغلي", "ارخص", "اضعف", "اقوي", "افضل", "اسوا", "اعلا", NULL};
static const char *const ar_report[] = {"تقديرات", "تقدير", "بيانات", "حسابات", "ارقام", "احصاءات",
                                        "احصائيات", "تقرير", "تقارير", "دراسه", "دراسات", "مسح", "توقعات",
                                        "معطيات", "مؤشرات", "تصريحات", "نتائج", "معلومات", "تحليل", NULL};
static const char *const ar_srcmark[] = {"وفقا", "وفق", "حسب", "بحسب", "طبقا", "نقلا", "استنادا", "تبعا",
                                         "وفقما", NULL};
static const char *const ar_say[] = {"قال", "قالت", "ذكر", "ذكرت", "اعلن", "اعلنت", "افاد", "افادت", "اظهر",
                                     "اظهرت", "كشف", "كشفت", "اوضح", "اوضحت", "اكد", "اكدت", "اشار", "اشارت",
                                     "يقول", "تقول", "يذكر", "تذكر", "تظهر", "يظهر", NULL};
static const char *const ar_particle[] = {"ان", "فان", "بان", "لان", "كما", "اذا", "حيث", "بينما", "فيما",
                                          "لكن", "كان", "وان", "مع", "اما", NULL};
static const char *const ar_aux[] = {"قد", "لقد", "يمكن", "سوف", "ان", "لا", "لم", "لن", "ربما", "يتوقع",
                                     "من", "المتوقع", "المنتظر", "ستظل", "كان", "كانت", NULL};
static const char *const ar_rel[] = {"الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان", NULL};
static const char *const ar_timew[] = {"عام", "اعوام", "سنه", "سنوات", "سنين", "شهر", "اشهر", "شهور", "يوم",
                                       "ايام", "ساعه", "ساعات", "دقيقه", "دقائق", "اسبوع", "اسابيع", "عقد",
                                       "عقود", "قرن", "قرون", "ثانيه", "ثوان", "ثواني", "عاما", "شهرا",
                                       "يوما", "ساعتين", "يومين", "شهرين", "عامين", "سنتين", "اسبوعين",
                                       "عقدين", "قرنين", "سنه", NULL};
static const char *const ar_vague[] = {"الاف", "الوف", "ملايين", "مليارات", "عشرات", "مئات", "ماءات",
                                       "بلايين", "الاف", "مئات", NULL};
static const char *const ar_timeprep[] = {"بحلول", "خلال", "حتي", "منذ", "عام", "العام", "بعد", "قبل",
                                          "وفقا", "حسب", "بحسب", "مع", NULL};
static const char *const ar_occasion[] = {"مره", "مرات", "مرتين", "مرتان", NULL};
static const char *const ar_estimate[] = {"قدر", "قدرت", "يقدر", "تقدر", "توقع", "توقعت", "يتوقع", "تتوقع", NULL};

static const char *const en_stop[] = {
    "in", "on", "at", "by", "for", "from", "to", "with", "of", "into", "over", "under", "than", "as", "while",
    "whereas", "and", "or", "but", "that", "which", "who", "whom", "whose", "where", "when", "since", "after",
    "before", "during", "until", "about", "around", "nearly", "roughly", "approximately", "some", "almost",
    "more", "less", "up", "down", "per", "according", "said", "says", "say", "told", "reported", "this",
    "these", "those", "it", "its", "their", "his", "her", "they", "he", "she", "we", "i", "you", "is", "was",
    "were", "are", "be", "been", "being", "will", "would", "could", "should", "may", "might", "can", "has",
    "have", "had", "do", "does", "did", "not", "no", "compared", "versus", "vs", "against", "if", "then",
    "also", "only", "just", "now", "still", "last", "next", "year", "years", "month", "months", "week",
    "weeks", "day", "days", "so", "because", "though", "although", "there", "here", "than", "between",
    "among", "through", "across", "within", "without", "estimated", "expected", "some", "each", "every",
    "all", "both", "a", "an", "the", "our", "my", "your", "them", "him", "us", "me", "what", "how", "why",
    "nearly", "just", "over", "below", "above", "toward", "towards", "via", "amid", "despite", "like",
    "including", "such", "out", "expects", "expect", "predicts", "predict",
    "forecasts", "estimates", "sees", "projects", "thinks", "believes", "warns", "warned", "if", "whether",
    NULL};
static const char *const en_det[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
                                     "those", "that", "some", "each", "every", "all", NULL};
static const char *const en_verb[] = {
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew",
    "grow", "grows", "growing", "grown", "fell", "fall", "falls", "falling", "fallen", "dropped", "drop",
    "drops", "dropping", "declined", "decline", "declines", "declining", "decreased", "decrease",
    "decreases", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "surged", "surge", "surges",
    "soared", "soar", "soars", "plunged", "plunge", "plunges", "plummeted", "slid", "slide", "slides",
    "slipped", "slip", "slips", "edged", "gained", "gain", "gains", "lost", "lose", "loses", "shrank",
    "shrink", "shrinks", "shrunk", "contracted", "contract", "contracts", "expanded", "expand", "expands",
    "reached", "reach", "reaches", "reaching", "hit", "hits", "totaled", "totalled", "total", "totals",
    "totaling", "totalling", "amounted", "amount", "amounts", "stood", "stands", "stand", "exceeded",
    "exceed", "exceeds", "topped", "top", "tops", "doubled", "double", "doubles", "tripled", "triple",
    "triples", "hovered", "averaged", "averages", "is", "was", "were", "are", "be", "been", "became",
    "become", "becomes", "remains", "remained", "remain", "reaches", "came", "comes", "numbered",
    "numbers", "cost", "costs", "grew", "tumbled", "tumble", "tumbles", "sank", "sink", "sinks", "spiked",
    "jumped", "rebounded", "recovered", "widened", "narrowed", "eased", "ease", "eases", "fell", "warm",
    "warms", "warmed", "cool", "cooled", "cut", "cuts", "reduce", "reduced", "reduces", "raise", "raised",
    "raises", "boost", "boosted", "boosts", "lower", "lowered", "lowers", "lift", "lifted", "lifts", "slash",
    "slashed", "trim", "trimmed", "add", "added", "adds", NULL};
static const char *const en_repr[] = {"accounted", "accounts", "account", "accounting", "representing",
                                      "represented", "represents", "represent", "made", "makes", "make",
                                      "comprised", "comprises", "comprise", "constitute", "constitutes",
                                      "constituted", NULL};
static const char *const en_aux[] = {"is", "was", "were", "are", "be", "been", "will", "would", "could",
                                     "should", "may", "might", "can", "has", "have", "had", "to",
                                     "expected", "projected", "forecast", "forecasted", "set", "likely",
                                     "estimated", "seen", "poised", "up", "for", "not", "also", "already",
                                     "now", "further", "sharply", "slightly", "nearly", "almost", NULL};
static const char *const en_link[] = {"to", "by", "at", "about", "around", "nearly", "almost", "roughly",
                                      "approximately", "some", "an", "estimated", "a", "record", "just",
                                      "only", "over", "under", "more", "less", "than", "up", "down",
                                      "as", "much", "many", "high", "low", "of", "least", "most", NULL};
static const char *const en_attrib[] = {"worth", "valued", "totaling", "totalling", "costing", "of",
                                        "priced", "amounting", "measuring", "numbering", NULL};
static const char *const en_compar[] = {"higher", "larger", "more", "lower", "less", "bigger", "greater",
                                        "faster", "slower", "smaller", "cheaper", "costlier", "longer",
                                        "shorter", "fewer", "above", "below", "as", NULL};
static const char *const en_report[] = {"estimates", "estimate", "data", "figures", "statistics",
                                        "report", "survey", "study", "analysis", "projections",
                                        "forecasts", "calculations", NULL};
static const char *const en_say[] = {"said", "says", "say", "reported", "reports", "estimated", "estimates",
                                     "showed", "shows", "announced", "announces", "told", "noted", "added",
                                     "predicted", "projected", "expects", "predicts", "forecasts", "warned",
                                     "warns", NULL};
static const char *const en_timew[] = {"year", "years", "month", "months", "day", "days", "hour", "hours",
                                       "minute", "minutes", "week", "weeks", "decade", "decades", "century",
                                       "centuries", "second", "seconds", "quarter", "quarters", "yr", "yrs",
                                       "january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december", "monday",
                                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       NULL};
static const char *const en_vague[] = {"thousands", "millions", "billions", "hundreds", "dozens", "tens",
                                       "trillions", "scores", NULL};
static const char *const en_inner[] = {"of", "in", "for", "on", "'s", NULL};

static const char *const *const lists[WL_COUNT_] = {
    ar_stop, ar_reach, ar_change, ar_repr, ar_copula, ar_masdar, ar_link, ar_attrib, ar_compar, ar_report,
    ar_srcmark, ar_say, ar_particle, ar_aux, ar_rel, ar_timew, ar_vague, ar_timeprep, ar_occasion, ar_estimate,
    en_stop, en_det, en_verb, en_repr, en_aux, en_link, en_attrib, en_compar, en_report, en_say, en_timew,
    en_vague, en_inner};

int bayan__wl_has(enum bayan__wl wl, const char *key)
{
    if ((unsigned)wl >= WL_COUNT_ || !key || !*key)
        return 0;
    for (const char *const *p = lists[wl]; *p; p++)
        if (**p == *key && !strcmp(*p, key))
            return 1;
    return 0;
}

int bayan__claims_lists_ok(void)
{
    char key[BAYAN__KEY_MAX];
    for (int w = 0; w < WL_COUNT_; w++)
        for (const char *const *p = lists[w]; *p; p++) {
            bayan__word_key(*p, strlen(*p), key);
            if (strcmp(key, *p))
                return 0;
        }
    return 1;
}

/* The word lists of the claim rules, in key spelling. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "extract/claims.h"
#include "extract/claims_words.h"

static const char *const ar_stop[] = {
    "اثناء", "اجمالا", "اخر", "اخري", "اذا", "ازاء", "اسبوعيا", "استنادا", "اضافيا", "اضافيه", "اقل",
    "اقليميا", "اكثر", "الا", "الان", "البالغ", "البالغه", "التي", "الذي", "الذين", "العام", "اللتين",
    "اللذين", "اللواتي", "الي", "اليه", "اليها", "اليوم", "ام", "اما", "امام", "امس", "ان", "او", "اولئك",
    "اي", "ايام", "ايضا", "ب", "بالفعل", "بالمقارنه", "بحسب", "بحلول", "بحوالي", "بدون", "بسبب", "بشكل",
    "بصوره", "بعد", "بعض", "بقيمه", "بل", "بمقدار", "بنحو", "بنسبه", "به", "بها", "بواقع", "بين", "بينما",
    "تبعا", "تجاه", "تحت", "تقارب", "تقريبا", "تكون", "تلك", "تماما", "ثم", "جدا", "جراء", "جميع", "حاليا",
    "حتي", "حسب", "حوالي", "حول", "حيث", "حين", "خارج", "خلال", "خلف", "داخل", "دوليا", "دون", "ذلك", "رسميا",
    "زهاء", "سابقا", "سنه", "سنويا", "سوف", "سوي", "شهريا", "ضد", "ضمن", "طبقا", "عالميا", "عام", "عبر", "عقب",
    "علي", "عليه", "عليها", "عن", "عند", "عندما", "عنه", "عنها", "غير", "ف", "فعلا", "فعليا", "فقط", "فوق",
    "في", "فيما", "فيه", "فيها", "قبل", "قد", "قرابه", "ك", "كان", "كانت", "كذلك", "كل", "كما", "ل", "لا",
    "لاحقا", "لان", "لدي", "لذلك", "لقد", "لكن", "لكنه", "لم", "لما", "لن", "له", "لها", "لهم", "ليس", "ليست",
    "مؤخرا", "ما", "مثل", "مجددا", "محليا", "مع", "مقابل", "مقارنه", "مما", "من", "منذ", "منه", "منها",
    "نتيجه", "نحو", "نحوا", "نسبيا", "نفس", "نقلا", "هؤلاء", "هذا", "هذه", "هم", "هن", "هنا", "هناك", "هو",
    "هي", "و", "وحده", "وحدها", "وراء", "وفق", "وفقا", "وهو", "وهي", "يقارب", "يكون", "يمكن", "يوميا", NULL};
static const char *const ar_reach[] = {
    "بلغ", "بلغت", "تبلغ", "تبلغان", "تتجاوز", "تتخطي", "تتراوح", "تجاوز", "تجاوزت", "تخطت", "تخطي", "تراوح",
    "تراوحت", "تسجل", "تصل", "تعادل", "تفوق", "تقارب", "تقدر", "تناهز", "سجل", "سجلت", "عادل", "عادلت", "فاق",
    "فاقت", "قارب", "قاربت", "قدر", "قدرت", "ناهز", "ناهزت", "وصل", "وصلت", "يبلغ", "يبلغان", "يتجاوز",
    "يتخطي", "يتراوح", "يسجل", "يصل", "يصلان", "يعادل", "يفوق", "يقارب", "يقدر", "يناهز", NULL};
static const char *const ar_change[] = {
    "ارتفع", "ارتفعا", "ارتفعت", "ازداد", "ازدادت", "استقر", "استقرت", "انحدر", "انحدرت", "انخفض", "انخفضا",
    "انخفضت", "انكمش", "انكمشت", "تتحسن", "تتدني", "تتراجع", "تتضاعف", "تتقلص", "تحسن", "تحسنت", "تخسر",
    "تخفض", "تدنت", "تدني", "تراجع", "تراجعت", "تربح", "ترتفع", "ترفع", "تزداد", "تزيد", "تستقر", "تصعد",
    "تضاعف", "تضاعفت", "تقفز", "تقل", "تقلص", "تقلصت", "تنخفض", "تنكمش", "تنمو", "تهبط", "تهوي", "خسر", "خسرت",
    "خفض", "خفضت", "ربح", "ربحت", "رفع", "رفعت", "زاد", "زادا", "زادت", "صعد", "صعدت", "ضاعف", "ضاعفت", "قفز",
    "قفزت", "قل", "قلت", "قلص", "قلصت", "نما", "نمت", "هبط", "هبطت", "هوت", "هوي", "يتحسن", "يتدني", "يتراجع",
    "يتضاعف", "يتقلص", "يخسر", "يخفض", "يربح", "يرتفع", "يرفع", "يزداد", "يزيد", "يستقر", "يصعد", "يقفز",
    "يقل", "يقلص", "ينخفض", "ينكمش", "ينمو", "يهبط", "يهوي", NULL};
static const char *const ar_repr[] = {
    "استحوذ", "استحوذت", "تساوي", "تستحوذ", "تشغل", "تشكل", "تمثل", "ساوت", "ساوي", "شكل", "شكلت", "مثل",
    "مثلت", "يساوي", "يستحوذ", "يشغل", "يشكل", "يمثل", NULL};
static const char *const ar_copula[] = {
    "اصبح", "اصبحت", "بات", "باتت", "بقي", "بقيت", "تبقي", "تصبح", "تصير", "تظل", "تكون", "صار", "صارت", "ظل",
    "ظلت", "كان", "كانت", "كانوا", "يبقي", "يصبح", "يصير", "يظل", "يكون", NULL};
static const char *const ar_masdar[] = {
    "ارباح", "ارتفاع", "ارتفاعا", "ارتفاعه", "انحدار", "انخفاض", "انخفاضا", "انكماش", "تحسن", "تخفيض", "تدني",
    "تراجع", "تراجعا", "تراجعه", "تضاعف", "تقلص", "تقليص", "خسائر", "خساره", "خفض", "رفع", "زيادات",
    "زيادتها", "زياده", "صعود", "قفزه", "نمو", "نموا", "هبوط", NULL};
static const char *const ar_link[] = {
    "اقل", "اكثر", "الي", "ب", "بحوالي", "بزهاء", "بقرابه", "بما", "بمقدار", "بنحو", "بنسبه", "بواقع", "تصل",
    "تقريبا", "تناهز", "حاجز", "حتي", "حوالي", "زهاء", "عتبه", "علي", "عن", "فقط", "قدره", "قدرها", "قرابه",
    "ل", "لتبلغ", "لتسجل", "لتصل", "لحوالي", "لقرابه", "لما", "لنحو", "ليبلغ", "ليسجل", "ليصل", "ما", "مستوي",
    "مسجلا", "مسجله", "من", "نحو", "يزيد", "يصل", "يقارب", "يناهز", NULL};
static const char *const ar_attrib[] = {
    "البالغ", "البالغان", "البالغتين", "البالغه", "البالغين", "بتكلفه", "بحجم",
    "بحوالي", "بسعه", "بطاقه", "بطول", "بعدد", "بقيمه", "بكلفه", "بمبلغ", "بمتوسط",
    "بمساحه", "بمعدل", "بميزانيه", "قدره", "قدرها", "قيمته", "قيمتها", "معدله", "معدلها",
    "مقداره", "مقدارها", "نسبته", "نسبتها", NULL};
static const char *const ar_compar[] = {
    "ابطا", "ادني", "ارخص", "اسرع", "اسوا", "اصغر", "اضعف", "اطول", "اعلا", "اعلي", "اغلي", "افضل", "اقصر",
    "اقل", "اقوي", "اكبر", "اكثر", NULL};
static const char *const ar_report[] = {
    "احصاءات", "احصائيات", "ارقام", "بيانات", "تحليل", "تصريحات", "تقارير", "تقدير", "تقديرات", "تقرير",
    "توقعات", "حسابات", "دراسات", "دراسه", "مؤشرات", "مسح", "معطيات", "معلومات", "نتائج", NULL};
static const char *const ar_srcmark[] = {
    "استنادا", "بحسب", "تبعا", "حسب", "طبقا", "نقلا", "وفق", "وفقا", "وفقما", NULL};
static const char *const ar_say[] = {
    "اشار", "اشارت", "اظهر", "اظهرت", "اعلن", "اعلنت", "افاد", "افادت", "اكد", "اكدت", "اوضح", "اوضحت",
    "تذكر", "تظهر", "تقول", "ذكر", "ذكرت", "قال", "قالت", "كشف", "كشفت", "يذكر", "يظهر", "يقول", NULL};
static const char *const ar_particle[] = {
    "اذا", "اما", "ان", "اي", "بان", "بينما", "حيث", "فان", "فيما", "كان", "كما", "لان", "لكن", "مع", "وان", NULL};
static const char *const ar_aux[] = {
    "المتوقع", "المنتظر", "ان", "ربما", "ستظل", "سوف", "قد", "كان", "كانت", "لا", "لقد", "لم", "لن", "من",
    "يتوقع", "يمكن", NULL};
static const char *const ar_rel[] = {
    "التي", "الذي", "الذين", "اللتان", "اللتين", "اللذان", "اللذين", NULL};
static const char *const ar_timew[] = {
    "اسابيع", "اسبوع", "اسبوعين", "اشهر", "اعوام", "ايام", "ثانيه", "ثوان", "ثواني", "دقائق", "دقيقه",
    "ساعات", "ساعتين", "ساعه", "سنتين", "سنه", "سنوات", "سنين", "شهر", "شهرا", "شهرين", "شهور", "عام", "عاما",
    "عامين", "عقد", "عقدين", "عقود", "قرن", "قرنين", "قرون", "يوم", "يوما", "يومين", NULL};
static const char *const ar_vague[] = {
    "الاف", "الوف", "بلايين", "عشرات", "مئات", "ماءات", "ملايين", "مليارات", NULL};
static const char *const ar_timeprep[] = {
    "العام", "بحسب", "بحلول", "بعد", "حتي", "حسب", "خلال", "عام", "قبل", "مع", "منذ", "وفقا", NULL};
static const char *const ar_occasion[] = {
    "مرات", "مرتان", "مرتين", "مره", NULL};
static const char *const ar_estimate[] = {
    "تتوقع", "تقدر", "توقع", "توقعت", "قدر", "قدرت", "يتوقع", "يقدر", NULL};

static const char *const en_stop[] = {
    "a", "about", "above", "according", "across", "after", "against", "all", "almost", "along", "also", "although",
    "amid", "among", "an", "and", "approximately", "are", "around", "as", "at", "be", "because", "been", "before",
    "behind", "being", "believes", "below", "beside", "between", "beyond", "both", "but", "by", "can", "chiefly",
    "compared", "could", "day", "days", "despite", "did", "do", "does", "down", "during", "each", "entirely",
    "estimated", "estimates", "every", "expect", "expected", "expects", "for", "forecasts", "from", "had", "has",
    "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "including", "inside", "into", "is", "it",
    "its", "just", "largely", "last", "less", "like", "mainly", "may", "me", "might", "month", "months", "more",
    "mostly", "my", "nearly", "next", "no", "not", "now", "of", "on", "only", "onto", "or", "our", "out", "outside",
    "over", "partially", "partly", "per", "predict", "predicts", "primarily", "projects", "reported", "roughly",
    "said", "say", "says", "seen", "sees", "she", "should", "since", "so", "some", "still", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "thinks", "this", "those", "though", "through",
    "throughout", "to", "told", "toward", "towards", "under", "until", "up", "upon", "us", "versus", "via", "vs",
    "warned", "warns", "was", "we", "week", "weeks", "were", "what", "when", "where", "whereas", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "year", "years", "you",
    "your", NULL};
static const char *const en_det[] = {
    "a", "additional", "all", "an", "another", "each", "every", "extra", "further", "her", "his", "its",
    "our", "some", "the", "their", "these", "this", "those", NULL};
static const char *const en_verb[] = {
    "accelerated", "accelerates", "add", "added", "adding", "adds", "amount", "amounted", "amounts", "are",
    "averaged", "averages", "be", "became", "become", "becomes", "been", "boost", "boosted", "boosts", "bringing",
    "brings", "brought", "came", "climb", "climbed", "climbing", "climbs", "comes", "contract", "contracted",
    "contracts", "cool", "cooled", "cost", "costs", "creep", "creeps", "crept", "cut", "cuts", "cutting", "decline",
    "declined", "declines", "declining", "decrease", "decreased", "decreases", "dip", "dipped", "dips", "double",
    "doubled", "doubles", "doubling", "drop", "dropped", "dropping", "drops", "ease", "eased", "eases", "easing",
    "edge", "edged", "edges", "edging", "exceed", "exceeded", "exceeds", "expand", "expanded", "expands", "fall",
    "fallen", "falling", "falls", "fell", "gain", "gained", "gaining", "gains", "grew", "grow", "growing", "grown",
    "grows", "held", "hired", "hit", "hits", "hovered", "increase", "increased", "increases", "increasing",
    "injured", "injuring", "is", "jump", "jumped", "jumping", "jumps", "killed", "killing", "lift", "lifted",
    "lifting", "lifts", "lose", "loses", "losing", "lost", "lower", "lowered", "lowers", "narrow", "narrowed",
    "narrows", "numbered", "numbers", "peak", "peaked", "peaks", "picked", "plummeted", "plunge", "plunged",
    "plunges", "plunging", "pushed", "pushing", "put", "puts", "putting", "quickened", "raise", "raised", "raises",
    "raising", "range", "ranged", "ranges", "reach", "reached", "reaches", "reaching", "rebounded", "recovered",
    "reduce", "reduced", "reduces", "remain", "remained", "remains", "rise", "risen", "rises", "rising", "rose",
    "sank", "secured", "sells", "shed", "shedding", "sheds", "shipped", "shrank", "shrink", "shrinks", "shrunk",
    "sink", "sinks", "slash", "slashed", "slid", "slide", "slides", "sliding", "slip", "slipped", "slipping",
    "slips", "slow", "slowed", "slows", "soar", "soared", "soaring", "soars", "sold", "spiked", "stabilised",
    "stabilized", "stand", "stands", "steadied", "stood", "surge", "surged", "surges", "surging", "taking",
    "ticked", "took", "top", "topped", "tops", "total", "totaled", "totaling", "totalled", "totalling", "totals",
    "trim", "trimmed", "triple", "tripled", "triples", "tripling", "tumble", "tumbled", "tumbles", "tumbling",
    "varied", "varies", "vary", "warm", "warmed", "warms", "was", "were", "widen", "widened", "widens", "win",
    "winning", "wins", "won", "wounded", "wounding", NULL};
static const char *const en_repr[] = {
    "account", "accounted", "accounting", "accounts", "comprise", "comprised", "comprises", "constitute",
    "constituted", "constitutes", "made", "make", "makes", "represent", "represented", "representing",
    "represents", NULL};
static const char *const en_aux[] = {
    "almost", "already", "also", "are", "be", "been", "can", "could", "estimated", "expected", "for",
    "forecast", "forecasted", "further", "had", "has", "have", "is", "likely", "may", "might", "nearly",
    "not", "now", "poised", "projected", "recently", "reportedly", "seen", "set", "sharply", "should",
    "slightly", "still", "to", "up", "was", "were", "will", "would", NULL};
static const char *const en_link[] = {
    "a", "about", "additional", "almost", "an", "another", "approximately", "around", "as", "at", "by",
    "down", "estimated", "extra", "further", "high", "just", "least", "less", "low", "many", "more", "most",
    "much", "near", "nearly", "of", "on", "only", "over", "record", "roughly", "some", "than", "to", "under", "up", NULL};
static const char *const en_attrib[] = {
    "amounting", "costing", "measuring", "numbering", "of", "priced", "totaling", "totalling", "valued",
    "worth", NULL};
static const char *const en_compar[] = {
    "above", "as", "below", "bigger", "cheaper", "costlier", "faster", "fewer", "greater", "higher", "larger",
    "less", "longer", "lower", "more", "shorter", "slower", "smaller", NULL};
static const char *const en_report[] = {
    "analysis", "calculations", "data", "estimate", "estimates", "figures", "forecasts", "projections",
    "report", "statistics", "study", "survey", NULL};
static const char *const en_say[] = {
    "added", "announced", "announces", "estimated", "estimates", "expects", "forecasts", "noted", "predicted",
    "predicts", "projected", "reported", "reports", "said", "say", "says", "showed", "shows", "told",
    "warned", "warns", NULL};
static const char *const en_timew[] = {
    "april", "august", "centuries", "century", "day", "days", "decade", "decades", "december", "february",
    "friday", "hour", "hours", "january", "july", "june", "march", "may", "minute", "minutes", "monday",
    "month", "months", "november", "october", "quarter", "quarters", "saturday", "second", "seconds",
    "september", "sunday", "thursday", "tuesday", "wednesday", "week", "weeks", "year", "years", "yr", "yrs", NULL};
static const char *const en_vague[] = {
    "billions", "dozens", "hundreds", "millions", "scores", "tens", "thousands", "trillions", NULL};
static const char *const en_inner[] = {
    "'s", "among", "at", "for", "from", "in", "of", "on", NULL};

static const char *const measure[] = {
    "acre", "acres", "barrel", "barrels", "bushel", "bushels", "feet", "foot", "gallon", "gallons", "gigawatt",
    "gigawatts", "gram", "grams", "gw", "hectare", "hectares", "inch", "inches", "kg", "kilogram", "kilograms",
    "kilometer", "kilometers", "kilometre", "kilometres", "kilowatt", "kilowatts", "km", "knots", "kwh",
    "liter", "liters", "litre", "litres", "megawatt", "megawatts", "meter", "meters", "metre", "metres",
    "mile", "miles", "mph", "mw", "points", "pound", "pounds", "ton", "tonne", "tonnes", "tons", "yard",
    "yards", "ارادب", "اردب", "اردبا", "اطنان", "امتار", "اميال", "براميل", "برميل", "جيجاواط", "دونم",
    "دونما", "طن", "طنا", "غرام", "فدان", "فدانا", "قدم", "قناطير", "قنطار", "قنطارا", "كيلوغرام", "كيلوغراما",
    "كيلومتر", "كيلومترا", "كيلومترات", "كيلوواط", "لتر", "لترا", "متر", "مترا", "ميغاواط", "ميل", "ميلا",
    "نقاط", "نقطه", "هكتار", "هكتارا", NULL};
static const char *const ar_befell[] = {
    "اجلي", "اصيب", "اصيبت", "اعتقل", "انقذ", "توفي", "جرح", "سقط", "غرق", "فقد", "قتل", "قتلت", "لقي", "نزح",
    "هلك", NULL};
static const char *const ar_follow[] = {
    "تلاه", "تلاها", "تلاهما", "تلته", "تلتها", "تلتهما", "تليه", "تليها", "ثم", "يليه", "يليها", NULL};
static const char *const ar_pp_pron[] = {
    "اليه", "اليها", "به", "بها", "بهم", "عليه", "عليها", "عليهم", "عنه", "عنها", "فيه", "فيها", "فيهم", "له",
    "لها", "لهم", "منه", "منها", "منهم", NULL};
static const char *const ar_then[] = {
    "تاريخ", "دوره", "ذاته", "ذاتها", "ربع", "سابق", "سابقه", "فائت", "فتره", "ماضي", "ماضيه", "منصرم", "موسم",
    "نفسه", "نفسها", NULL};
static const char *const market[] = {
    "benchmark", "composite", "dax", "dow", "ftse", "index", "indexes", "indices", "kospi", "market", "nasdaq",
    "nikkei", "sensex", "shares", "stocks", "stoxx", "اسهم", "بورصه", "تاسي", "سوق", "مؤشر", "مؤشرات", NULL};
static const char *const level[] = {
    "high", "level", "levels", "low", "peak", "record", "مستوي", "مستويات", NULL};
static const char *const heads[] = {
    "average", "count", "figure", "level", "number", "population", "rate", "share", "total", "اجمالي",
    "تعداد", "حجم", "حصه", "عدد", "متوسط", "مجموع", "معدل", "نسبه", NULL};
static const char *const counts[] = {
    "number", "toll", "total", "اجمالي", "حصيله", "عدد", "مجموع", NULL};

static const char *const *const lists[WL_COUNT_] = {
    ar_stop, ar_reach, ar_change, ar_repr, ar_copula, ar_masdar, ar_link, ar_attrib, ar_compar, ar_report,
    ar_srcmark, ar_say, ar_particle, ar_aux, ar_rel, ar_timew, ar_vague, ar_timeprep, ar_occasion, ar_estimate,
    en_stop, en_det, en_verb, en_repr, en_aux, en_link, en_attrib, en_compar, en_report, en_say, en_timew,
    en_vague, en_inner, measure, ar_befell, level, heads, counts, ar_follow, ar_pp_pron, ar_then, market};

/* Every listed word in one open-addressing table, with a bit per list it
 * belongs to: the rules ask about the same words again and again, so a
 * lookup is one hash and (nearly always) no comparison at all, since the
 * slot keeps the full hash and the length. Built once per process;
 * pthread_once keeps that safe when threads extract at once. */
#define WL_SLOTS BAYAN__WL_SLOTS
#define wl_table bayan__wl_table
#define wl_home bayan__wl_home

bayan__wl_slot bayan__wl_table[BAYAN__WL_SLOTS];
static pthread_once_t wl_once = PTHREAD_ONCE_INIT;

static uint32_t wl_hash(const char *k, size_t n)
{
    return bayan__wl_hash(k, n);
}

/* The tail filters (claims_words.h: bayan__wl_source_maybe and
 * bayan__wl_masdar_maybe), filled by wl_build. */
#define TAIL_BITS BAYAN__WL_TAIL_BITS
unsigned char bayan__wl_src_bits[TAIL_BITS / 8], bayan__wl_masdar_bits[TAIL_BITS / 8];

static void tail_add(unsigned char *bits, const char *w, size_t len)
{
    size_t n = strlen(w);
    if (n < 4)
        return;
    unsigned b = bayan__wl_tail_slot(w, n, len);
    bits[b >> 3] |= (unsigned char)(1u << (b & 7));
}

static void wl_build(void)
{
    static const int src_lists[] = {WL_AR_SRCMARK, WL_AR_SAY, WL_EN_SAY, WL_EN_REPORT};
    for (size_t i = 0; i < sizeof src_lists / sizeof *src_lists; i++)
        for (const char *const *p = lists[src_lists[i]]; *p; p++) {
            tail_add(bayan__wl_src_bits, *p, strlen(*p));
            tail_add(bayan__wl_src_bits, *p, strlen(*p) + 2);
        }
    tail_add(bayan__wl_src_bits, "according", 9);
    for (const char *const *p = lists[WL_AR_MASDAR]; *p; p++)
        tail_add(bayan__wl_masdar_bits, *p, 0);
    /* (a word shorter than four bytes passes both filters) */
    for (int w = 0; w < WL_COUNT_; w++)
        for (const char *const *p = lists[w]; *p; p++) {
            size_t n = strlen(*p);
            uint32_t h = wl_hash(*p, n);
            uint32_t i = wl_home(h);
            while (wl_table[i].key && strcmp(wl_table[i].key, *p))
                i = (i + 1) & (WL_SLOTS - 1);
            wl_table[i].key = *p;
            wl_table[i].hash = h;
            wl_table[i].len = (uint32_t)n;
            wl_table[i].mask |= (uint64_t)1 << w;
        }
}

void bayan__wl_init(void)
{
    pthread_once(&wl_once, wl_build);
}

uint64_t bayan__wl_mask(const char *key)
{
    if (!key)
        return 0;
    size_t n = strlen(key);
    bayan__wl_init();
    return bayan__wl_mask_h(key, n, wl_hash(key, n));
}

int bayan__wl_has(enum bayan__wl wl, const char *key)
{
    if ((unsigned)wl >= WL_COUNT_)
        return 0;
    return (int)((bayan__wl_mask(key) >> wl) & 1);
}

int bayan__claims_lists_ok(void)
{
    char key[BAYAN__KEY_MAX];
    for (int w = 0; w < WL_COUNT_; w++)
        for (const char *const *p = lists[w]; *p; p++) {
            bayan__word_key(*p, strlen(*p), key);
            if (strcmp(key, *p))
                return 0;
            if (p != lists[w] && strcmp(p[-1], *p) >= 0)
                return 0; /* not sorted: keep them sorted to read and diff */
        }
    return 1;
}

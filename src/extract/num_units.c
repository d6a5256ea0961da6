/* Tables of the words around numbers: units, currencies and qualifiers,
 * keyed like the number words (bayan__num_key). */
#include <pthread.h>
#include <string.h>

#include "common/str.h"
#include "extract/num_units.h"

/* Physical units: the spellings and the canonical unit word reported. */
const bayan__unitw bayan__units_phys[] = {
    {"طن", "طن"}, {"اطنان", "طن"}, {"طنا", "طن"}, {"الطن", "طن"}, {"طنان", "طن"}, {"طنين", "طن"},
    {"برميل", "برميل"}, {"براميل", "برميل"}, {"برميلا", "برميل"},
    {"كم", "كم"}, {"كلم", "كم"}, {"كيلومتر", "كم"}, {"كيلومترات", "كم"}, {"كيلومترا", "كم"}, {"كيلو متر", "كم"},
    {"كيلومتر مربع", "كم²"}, {"كيلومترا مربعا", "كم²"}, {"كيلومترات مربعه", "كم²"}, {"كم مربع", "كم²"},
    {"متر مكعب", "م³"}, {"امتار مكعبه", "م³"}, {"مترا مكعبا", "م³"}, {"متر مربع", "م²"}, {"مترا مربعا", "م²"},
    {"امتار مربعه", "م²"}, {"متر", "متر"}, {"امتار", "متر"}, {"مترا", "متر"}, {"مترات", "متر"},
    {"سم", "سم"}, {"سنتيمتر", "سم"}, {"سنتيمترات", "سم"}, {"سنتيمترا", "سم"},
    {"مم", "مم"}, {"ملم", "مم"}, {"مليمتر", "مم"}, {"مليمترات", "مم"}, {"مليمترا", "مم"},
    {"كغ", "كغ"}, {"كجم", "كغ"}, {"كيلوغرام", "كغ"}, {"كيلوجرام", "كغ"}, {"كيلوغرامات", "كغ"},
    {"كيلوجرامات", "كغ"}, {"كيلوغراما", "كغ"}, {"كيلو غرام", "كغ"}, {"كيلو", "كغ"},
    {"غرام", "غرام"}, {"جرام", "غرام"}, {"غرامات", "غرام"}, {"جرامات", "غرام"}, {"غراما", "غرام"},
    {"ميغاواط", "ميغاواط"}, {"ميجاوات", "ميغاواط"}, {"ميغاوات", "ميغاواط"}, {"ميجاواط", "ميغاواط"},
    {"غيغاواط", "غيغاواط"}, {"جيجاوات", "غيغاواط"}, {"غيغاوات", "غيغاواط"}, {"جيجاواط", "غيغاواط"},
    {"كيلوواط", "كيلوواط"}, {"كيلووات", "كيلوواط"}, {"هكتار", "هكتار"}, {"هكتارات", "هكتار"},
    {"هكتارا", "هكتار"}, {"فدان", "فدان"}, {"افدنه", "فدان"}, {"فدانا", "فدان"}, {"لتر", "لتر"},
    {"لترات", "لتر"}, {"لترا", "لتر"}, {"ليتر", "لتر"}, {"ليترات", "لتر"}, {"ميل", "ميل"}, {"اميال", "ميل"},
    {"ميلا", "ميل"}, {"ميلي لتر", "مل"}, {"مل", "مل"},
    {"km", "km"}, {"kms", "km"}, {"kilometres", "km"}, {"kilometers", "km"}, {"kilometre", "km"},
    {"kilometer", "km"}, {"square kilometres", "km²"}, {"square kilometers", "km²"}, {"sq km", "km²"},
    {"km2", "km²"}, {"miles", "mile"}, {"mile", "mile"}, {"tonnes", "tonne"}, {"tonne", "tonne"},
    {"tons", "tonne"}, {"ton", "tonne"}, {"barrels", "barrel"}, {"barrel", "barrel"}, {"mw", "MW"},
    {"megawatts", "MW"}, {"megawatt", "MW"}, {"gw", "GW"}, {"gigawatts", "GW"}, {"gigawatt", "GW"},
    {"kw", "kW"}, {"kilowatts", "kW"}, {"kwh", "kWh"}, {"mwh", "MWh"}, {"gwh", "GWh"}, {"twh", "TWh"},
    {"hectares", "ha"}, {"hectare", "ha"}, {"ha", "ha"}, {"acres", "acre"}, {"kg", "kg"},
    {"kilograms", "kg"}, {"kilogrammes", "kg"}, {"litres", "L"}, {"liters", "L"}, {"metres", "m"},
    {"meters", "m"}, {"cm", "cm"}, {"mm", "mm"}, {"feet", "ft"},
    {"inches", "inch"}, {"inch", "inch"}, {"foot", "ft"}, {"yards", "yd"}, {"gallons", "gal"},
    {"mph", "mph"}, {"kph", "km/h"}, {"knots", "knot"}, {"square miles", "sq mi"}, {"cubic metres", "m³"},
    {"cubic meters", "m³"}, {"grams", "g"}, {"gram", "g"},
    /* data */
    {"غيغابايت", "GB"}, {"جيجابايت", "GB"}, {"جيجا بايت", "GB"}, {"غيغا بايت", "GB"}, {"ميغابايت", "MB"},
    {"ميجابايت", "MB"}, {"تيرابايت", "TB"}, {"ميغابت", "Mbit"}, {"ميجابت", "Mbit"}, {"gb", "GB"},
    {"gigabytes", "GB"}, {"gigabyte", "GB"}, {"mb", "MB"}, {"megabytes", "MB"}, {"tb", "TB"},
    {"terabytes", "TB"}, {"mbps", "Mbit/s"}, {"gbps", "Gbit/s"},
    /* interest rates and yields */
    {"basis points", "bp"}, {"basis point", "bp"}, {"bps", "bp"}, {"bp", "bp"}, {"m", "m"}, {"نقطه اساس", "نقطة أساس"},
    {"نقاط اساس", "نقطة أساس"},
    {NULL, NULL}};

/* Durations: the unit word reported is the singular. Only indefinite forms
 * count: "ثلاث سنوات", "for 3 years"; "السنة" and "عام 2023" are not units. */
const bayan__unitw bayan__units_time[] = {
    {"يوم", "يوم"}, {"ايام", "يوم"}, {"يوما", "يوم"}, {"يومين", "يوم"}, {"يومان", "يوم"},
    {"اسبوع", "أسبوع"}, {"اسابيع", "أسبوع"}, {"اسبوعا", "أسبوع"}, {"اسبوعين", "أسبوع"}, {"اسبوعان", "أسبوع"},
    {"شهر", "شهر"}, {"اشهر", "شهر"}, {"شهور", "شهر"}, {"شهرا", "شهر"}, {"شهرين", "شهر"}, {"شهران", "شهر"},
    {"سنه", "سنة"}, {"سنوات", "سنة"}, {"سنين", "سنة"}, {"سنتين", "سنة"}, {"سنتان", "سنة"}, {"عام", "سنة"},
    {"اعوام", "سنة"}, {"عاما", "سنة"}, {"عامين", "سنة"}, {"عامان", "سنة"}, {"عقود", "عقد"}, {"عقدا", "عقد"},
    {"عقدين", "عقد"}, {"ساعه", "ساعة"}, {"ساعات", "ساعة"}, {"ساعتين", "ساعة"}, {"ساعتان", "ساعة"},
    {"دقيقه", "دقيقة"}, {"دقائق", "دقيقة"}, {"دقيقتين", "دقيقة"}, {"دقيقتان", "دقيقة"}, {"ثوان", "ثانية"},
    {"ثواني", "ثانية"}, {"ثانيه", "ثانية"}, {"ليله", "ليلة"}, {"ليال", "ليلة"}, {"ليالي", "ليلة"},
    {"ليلتين", "ليلة"}, {"ليلتان", "ليلة"}, {"nights", "night"},
    {"day", "day"}, {"days", "day"}, {"week", "week"}, {"weeks", "week"}, {"month", "month"},
    {"months", "month"}, {"year", "year"}, {"years", "year"}, {"yrs", "year"}, {"decade", "decade"},
    {"decades", "decade"}, {"hour", "hour"}, {"hours", "hour"}, {"hrs", "hour"}, {"minute", "minute"},
    {"minutes", "minute"}, {"mins", "minute"}, {"seconds", "second"}, {"secs", "second"},
    {NULL, NULL}};

/* Currency nouns (code NULL: the country is needed, "دينار") and the
 * adjectives that name the country. */
const bayan__unitw bayan__currency_nouns[] = {
    {"دولار", "USD"}, {"دولارات", "USD"}, {"دولارا", "USD"}, {"دولاران", "USD"}, {"دولارين", "USD"},
    {"يورو", "EUR"}, {"اورو", "EUR"}, {"ين", "JPY"}, {"جنيه", "EGP"}, {"جنيها", "EGP"}, {"جنيهات", "EGP"},
    {"جنيهان", "EGP"}, {"جنيهين", "EGP"}, {"ريال", "SAR"}, {"ريالا", "SAR"}, {"ريالات", "SAR"},
    {"درهم", "AED"}, {"دراهم", "AED"}, {"درهما", "AED"}, {"دينار", NULL}, {"دنانير", NULL}, {"دينارا", NULL},
    {"ليره", NULL}, {"ليرات", NULL}, {"روبل", "RUB"}, {"روبلات", "RUB"}, {"روبلا", "RUB"}, {"سوم", "UZS"},
    {"تنغي", "KZT"}, {"تينغي", "KZT"}, {"تنجي", "KZT"}, {"تنغه", "KZT"}, {"يوان", "CNY"}, {"روبيه", "INR"},
    {"روبيات", "INR"}, {"شيكل", "ILS"}, {"شيقل", "ILS"}, {"شواقل", "ILS"}, {"شيكلات", "ILS"},
    {"dollar", "USD"}, {"dollars", "USD"}, {"euro", "EUR"}, {"euros", "EUR"}, {"pound", "GBP"},
    {"pounds", "GBP"}, {"sterling", "GBP"}, {"yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"},
    {"rupee", "INR"}, {"rupees", "INR"}, {"riyal", "SAR"}, {"riyals", "SAR"}, {"dirham", "AED"},
    {"dirhams", "AED"}, {"ruble", "RUB"}, {"rubles", "RUB"}, {"rouble", "RUB"}, {"roubles", "RUB"},
    {"dinar", NULL}, {"dinars", NULL}, {"tenge", "KZT"}, {"shekel", "ILS"}, {"shekels", "ILS"},
    /* the world's other currencies by name; code NULL where several
     * countries share the name (the country named in the text decides:
     * shillings, pesos, francs, crowns, lira) */
    {"rand", "ZAR"}, {"naira", "NGN"}, {"cedi", "GHS"}, {"cedis", "GHS"}, {"birr", "ETB"}, {"kwacha", "ZMW"},
    {"tugrik", "MNT"}, {"tugriks", "MNT"}, {"togrog", "MNT"}, {"ringgit", "MYR"}, {"baht", "THB"},
    {"rupiah", "IDR"}, {"taka", "BDT"}, {"zloty", "PLN"}, {"zlotys", "PLN"}, {"zlotych", "PLN"},
    {"forint", "HUF"}, {"forints", "HUF"}, {"hryvnia", "UAH"}, {"hryvnias", "UAH"},
    {"reais", "BRL"}, {"lari", "GEL"}, {"manat", "AZN"}, {"somoni", "TJS"}, {"lempira", "HNL"},
    {"quetzal", "GTQ"}, {"quetzales", "GTQ"}, {"ouguiya", "MRU"}, {"ouguiyas", "MRU"}, {"dalasi", "GMD"},
    {"kwanza", "AOA"}, {"meticais", "MZN"}, {"pula", "BWP"}, {"afghanis", "AFN"}, {"ariary", "MGA"},
    {"shilling", NULL}, {"shillings", NULL}, {"peso", NULL}, {"pesos", NULL}, {"franc", NULL},
    {"francs", NULL}, {"krona", NULL}, {"kronor", NULL}, {"krone", NULL}, {"kroner", NULL},
    {"lira", NULL}, {"liras", NULL}, {"lire", NULL},
    {"راند", "ZAR"}, {"نيره", "NGN"}, {"نايرا", "NGN"}, {"رينغيت", "MYR"}, {"رنجيت", "MYR"},
    {"شلن", NULL}, {"شلنات", NULL}, {"شلنا", NULL}, {"بيزو", NULL}, {"بيزوات", NULL}, {"فرنك", NULL},
    {"فرنكات", NULL}, {"فرنكا", NULL}, {"كرونه", NULL}, {"كرونات", NULL}, {"كرون", NULL},
    {NULL, NULL}};

const bayan__unitw bayan__currency_adjs[] = {
    {"امريكي", "USD"}, {"امريكيه", "USD"}, {"امريكيا", "USD"}, {"استرليني", "GBP"}, {"استرلينيه", "GBP"},
    {"مصري", "EGP"}, {"مصريه", "EGP"}, {"مصريا", "EGP"}, {"سعودي", "SAR"}, {"سعوديه", "SAR"}, {"قطري", "QAR"},
    {"قطريه", "QAR"}, {"اماراتي", "AED"}, {"اماراتيه", "AED"}, {"كويتي", "KWD"}, {"كويتيه", "KWD"},
    {"اردني", "JOD"}, {"اردنيه", "JOD"}, {"عراقي", "IQD"}, {"عراقيه", "IQD"}, {"بحريني", "BHD"},
    {"عماني", "OMR"}, {"تونسي", "TND"}, {"جزائري", "DZD"}, {"مغربي", "MAD"}, {"مغربيه", "MAD"},
    {"ليبي", "LYD"}, {"سوداني", "SDG"}, {"سودانيه", "SDG"}, {"يمني", "YER"}, {"لبناني", "LBP"},
    {"لبنانيه", "LBP"}, {"سوري", "SYP"}, {"سوريه", "SYP"}, {"تركي", "TRY"}, {"تركيه", "TRY"},
    {"كندي", "CAD"}, {"استرالي", "AUD"}, {"ياباني", "JPY"}, {"صيني", "CNY"}, {"ايراني", "IRR"},
    {"روسي", "RUB"}, {"هندي", "INR"}, {"هنديه", "INR"}, {"اوزبكي", "UZS"}, {"اوزبكستاني", "UZS"},
    {"كازاخستاني", "KZT"}, {"سويسري", "CHF"}, {"سويسريه", "CHF"}, {"باكستاني", "PKR"}, {"باكستانيه", "PKR"},
    {"كيني", "KES"}, {"اوغندي", "UGX"}, {"تنزاني", "TZS"}, {"صومالي", "SOS"}, {"نيجيري", "NGN"},
    {"مكسيكي", "MXN"}, {"ارجنتيني", "ARS"}, {"فلبيني", "PHP"}, {"كولومبي", "COP"}, {"تشيلي", "CLP"},
    {"برازيلي", "BRL"}, {"سويدي", "SEK"}, {"سويديه", "SEK"}, {"نرويجي", "NOK"}, {"نرويجيه", "NOK"},
    {"دنماركي", "DKK"}, {"دنماركيه", "DKK"}, {"افريقي", "XOF"}, {"موريتاني", "MRU"}, {"اثيوبي", "ETB"},
    {"ماليزي", "MYR"}, {"اندونيسي", "IDR"}, {"بنغلاديشي", "BDT"},
    /* English, before the noun: "US dollars", "Egyptian pounds", "Kenyan shillings" */
    {"us", "USD"}, {"american", "USD"}, {"egyptian", "EGP"}, {"saudi", "SAR"}, {"emirati", "AED"}, {"qatari", "QAR"}, {"kuwaiti", "KWD"},
    {"jordanian", "JOD"}, {"iraqi", "IQD"}, {"bahraini", "BHD"}, {"omani", "OMR"}, {"tunisian", "TND"},
    {"algerian", "DZD"}, {"moroccan", "MAD"}, {"libyan", "LYD"}, {"sudanese", "SDG"}, {"yemeni", "YER"},
    {"lebanese", "LBP"}, {"syrian", "SYP"}, {"turkish", "TRY"}, {"canadian", "CAD"}, {"australian", "AUD"},
    {"japanese", "JPY"}, {"chinese", "CNY"}, {"iranian", "IRR"}, {"russian", "RUB"}, {"indian", "INR"},
    {"pakistani", "PKR"}, {"swiss", "CHF"}, {"mexican", "MXN"}, {"argentine", "ARS"}, {"argentinian", "ARS"},
    {"philippine", "PHP"}, {"colombian", "COP"}, {"chilean", "CLP"}, {"brazilian", "BRL"}, {"kenyan", "KES"},
    {"ugandan", "UGX"}, {"tanzanian", "TZS"}, {"somali", "SOS"}, {"nigerian", "NGN"}, {"ghanaian", "GHS"},
    {"swedish", "SEK"}, {"norwegian", "NOK"}, {"danish", "DKK"}, {"icelandic", "ISK"}, {"singapore", "SGD"},
    {"cfa", "XOF"}, {NULL, NULL}};

/* ISO 4217 codes accepted as written ("42 KWD", "USD 5"). */
const char *const bayan__iso_codes[] = {
    "USD", "EUR", "GBP", "JPY", "CNY", "EGP", "SAR", "AED", "KWD", "QAR", "BHD", "OMR", "JOD", "LBP",
    "SYP", "IQD", "TRY", "ILS", "MAD", "DZD", "TND", "LYD", "SDG", "YER", "IRR", "RUB", "UZS", "KZT",
    "INR", "CHF", "CAD", "AUD", "SGD", "NZD", "HKD", "BRL", "MXN", "KES", "UGX", "TZS", "SOS", "ZAR",
    "NGN", "GHS", "ETB", "XOF", "XAF", "MNT", "PKR", "BDT", "IDR", "MYR", "THB", "PHP", "VND", "KRW",
    "TWD", "SEK", "NOK", "DKK", "PLN", "HUF", "CZK", "RON", "UAH", "ARS", "CLP", "COP", "PEN", "MRU",
    "AFN", "AZN", "GEL", NULL};

/* Qualifiers written before the number, longest first. */
const bayan__qualw bayan__quals_before[] = {
    /* a limit denied is a ceiling: "لا تتجاوز", "لم يتجاوز"; "بحد أقصى" */
    {"لا تتجاوز", BAYAN_Q_UP_TO}, {"لا يتجاوز", BAYAN_Q_UP_TO}, {"لم تتجاوز", BAYAN_Q_UP_TO},
    {"لم يتجاوز", BAYAN_Q_UP_TO}, {"لا تزيد علي", BAYAN_Q_UP_TO}, {"لا يزيد علي", BAYAN_Q_UP_TO},
    {"لا تزيد عن", BAYAN_Q_UP_TO}, {"لا يزيد عن", BAYAN_Q_UP_TO}, {"بحد اقصي", BAYAN_Q_UP_TO},
    {"كحد اقصي", BAYAN_Q_UP_TO}, {"بحد ادني", BAYAN_Q_AT_LEAST}, {"كحد ادني", BAYAN_Q_AT_LEAST},
    {"a maximum of", BAYAN_Q_UP_TO}, {"a minimum of", BAYAN_Q_AT_LEAST},
    {"اقل من او يساوي", BAYAN_Q_UP_TO}, {"اصغر من او يساوي", BAYAN_Q_UP_TO},
    {"اكثر من او يساوي", BAYAN_Q_AT_LEAST}, {"اكبر من او يساوي", BAYAN_Q_AT_LEAST},
    {"اعلي من او يساوي", BAYAN_Q_AT_LEAST}, {"ما يزيد علي", BAYAN_Q_MORE_THAN},
    {"ما يزيد عن", BAYAN_Q_MORE_THAN}, {"ما يقرب من", BAYAN_Q_APPROX}, {"ما يصل الي", BAYAN_Q_UP_TO},
    {"ما لا يقل عن", BAYAN_Q_AT_LEAST}, {"ما يربو علي", BAYAN_Q_MORE_THAN}, {"يربو علي", BAYAN_Q_MORE_THAN}, {"لا يقل عن", BAYAN_Q_AT_LEAST}, {"لا تقل عن", BAYAN_Q_AT_LEAST},
    {"لا اقل من", BAYAN_Q_AT_LEAST}, {"ما يقارب", BAYAN_Q_APPROX}, {"ما يناهز", BAYAN_Q_APPROX},
    {"في حدود", BAYAN_Q_APPROX}, {"يقرب من", BAYAN_Q_APPROX}, {"يزيد علي", BAYAN_Q_MORE_THAN},
    {"يزيد عن", BAYAN_Q_MORE_THAN}, {"تزيد علي", BAYAN_Q_MORE_THAN}, {"تزيد عن", BAYAN_Q_MORE_THAN},
    {"اكثر من", BAYAN_Q_MORE_THAN}, {"اكبر من", BAYAN_Q_MORE_THAN}, {"ازيد من", BAYAN_Q_MORE_THAN},
    {"اعلي من", BAYAN_Q_MORE_THAN}, {"اقل من", BAYAN_Q_LESS_THAN}, {"اصغر من", BAYAN_Q_LESS_THAN},
    {"ادني من", BAYAN_Q_LESS_THAN}, {"يصل الي", BAYAN_Q_UP_TO}, {"تصل الي", BAYAN_Q_UP_TO},
    {"وصل الي", BAYAN_Q_UP_TO}, {"وصلت الي", BAYAN_Q_UP_TO}, {"يصل حتي", BAYAN_Q_UP_TO},
    {"تصل حتي", BAYAN_Q_UP_TO}, {"ليصل الي", BAYAN_Q_UP_TO}, {"لتصل الي", BAYAN_Q_UP_TO},
    {"حوالي", BAYAN_Q_APPROX}, {"نحو", BAYAN_Q_APPROX}, {"قرابه", BAYAN_Q_APPROX}, {"زهاء", BAYAN_Q_APPROX},
    {"يقارب", BAYAN_Q_APPROX}, {"تقارب", BAYAN_Q_APPROX}, {"يناهز", BAYAN_Q_APPROX}, {"تناهز", BAYAN_Q_APPROX},
    {"ناهز", BAYAN_Q_APPROX}, {"ناهزت", BAYAN_Q_APPROX}, {"لم تتعد", BAYAN_Q_UP_TO}, {"لم يتعد", BAYAN_Q_UP_TO},
    {"لا تتعدي", BAYAN_Q_UP_TO}, {"لا يتعدي", BAYAN_Q_UP_TO}, {"تتعدي", BAYAN_Q_MORE_THAN},
    {"يتعدي", BAYAN_Q_MORE_THAN},
    {"بحدود", BAYAN_Q_APPROX}, {"تقريبا", BAYAN_Q_APPROX}, {"فوق", BAYAN_Q_MORE_THAN},
    {"يتجاوز", BAYAN_Q_MORE_THAN}, {"تتجاوز", BAYAN_Q_MORE_THAN}, {"يفوق", BAYAN_Q_MORE_THAN},
    {"تفوق", BAYAN_Q_MORE_THAN}, {"تجاوز", BAYAN_Q_MORE_THAN}, {"تجاوزت", BAYAN_Q_MORE_THAN},
    {"يتخطي", BAYAN_Q_MORE_THAN}, {"تتخطي", BAYAN_Q_MORE_THAN}, {"تخطي", BAYAN_Q_MORE_THAN},
    {"تخطت", BAYAN_Q_MORE_THAN}, {"ادني", BAYAN_Q_LESS_THAN}, {"دون", BAYAN_Q_LESS_THAN},
    {"تحت", BAYAN_Q_LESS_THAN}, {"حتي", BAYAN_Q_UP_TO},
    {"no more than", BAYAN_Q_UP_TO}, {"no less than", BAYAN_Q_AT_LEAST}, {"no fewer than", BAYAN_Q_AT_LEAST},
    {"more than", BAYAN_Q_MORE_THAN}, {"greater than", BAYAN_Q_MORE_THAN}, {"in excess of", BAYAN_Q_MORE_THAN},
    {"upwards of", BAYAN_Q_MORE_THAN}, {"exceed", BAYAN_Q_MORE_THAN}, {"exceeds", BAYAN_Q_MORE_THAN}, {"less than", BAYAN_Q_LESS_THAN}, {"fewer than", BAYAN_Q_LESS_THAN},
    {"lower than", BAYAN_Q_LESS_THAN}, {"up to", BAYAN_Q_UP_TO}, {"as many as", BAYAN_Q_UP_TO},
    {"as much as", BAYAN_Q_UP_TO}, {"at least", BAYAN_Q_AT_LEAST}, {"an estimated", BAYAN_Q_APPROX},
    {"about", BAYAN_Q_APPROX}, {"around", BAYAN_Q_APPROX}, {"nearly", BAYAN_Q_APPROX},
    {"roughly", BAYAN_Q_APPROX}, {"approximately", BAYAN_Q_APPROX}, {"almost", BAYAN_Q_APPROX}, {"near", BAYAN_Q_APPROX},
    {"some", BAYAN_Q_APPROX}, {"circa", BAYAN_Q_APPROX}, {"over", BAYAN_Q_MORE_THAN},
    {"above", BAYAN_Q_MORE_THAN}, {"exceeding", BAYAN_Q_MORE_THAN}, {"under", BAYAN_Q_LESS_THAN},
    {"below", BAYAN_Q_LESS_THAN}, {NULL, BAYAN_Q_NONE}};

/* Qualifiers written after the number and its unit. */
const bayan__qualw bayan__quals_after[] = {
    {"علي الاقل", BAYAN_Q_AT_LEAST}, {"علي اقل تقدير", BAYAN_Q_AT_LEAST}, {"علي الاكثر", BAYAN_Q_UP_TO},
    {"او اكثر", BAYAN_Q_AT_LEAST}, {"او اكبر", BAYAN_Q_AT_LEAST}, {"او اكبر من", BAYAN_Q_AT_LEAST},
    {"او اكثر من", BAYAN_Q_AT_LEAST}, {"او اقل", BAYAN_Q_UP_TO}, {"او اقل من", BAYAN_Q_UP_TO},
    {"فاكثر", BAYAN_Q_AT_LEAST}, {"فما فوق", BAYAN_Q_AT_LEAST}, {"فما دون", BAYAN_Q_UP_TO},
    {"تقريبا", BAYAN_Q_APPROX}, {"or more", BAYAN_Q_AT_LEAST}, {"or less", BAYAN_Q_UP_TO},
    {"or fewer", BAYAN_Q_UP_TO}, {"at least", BAYAN_Q_AT_LEAST}, {"at most", BAYAN_Q_UP_TO},
    {"or so", BAYAN_Q_APPROX}, {"approximately", BAYAN_Q_APPROX}, {NULL, BAYAN_Q_NONE}};

/* Each table gets a hash index, built once: the scanner asks several tables
 * for every word after a number. */
#define UW_SLOTS 1024 /* a power of two, well above twice the largest table */
typedef struct uw_index {
    const bayan__unitw *table;
    const bayan__unitw *slot[UW_SLOTS];
} uw_index;

static uw_index indexes[4];
static size_t n_indexes;
static pthread_once_t uw_once = PTHREAD_ONCE_INIT;

static unsigned uw_hash(const char *k)
{
    unsigned h = 2166136261u;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 16777619u;
    return h & (UW_SLOTS - 1);
}

static void uw_build(void)
{
    const bayan__unitw *const tables[] = {bayan__units_phys, bayan__units_time, bayan__currency_nouns,
                                          bayan__currency_adjs};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        uw_index *ix = &indexes[n_indexes++];
        ix->table = tables[t];
        for (const bayan__unitw *e = tables[t]; e->key; e++) {
            unsigned h = uw_hash(e->key);
            while (ix->slot[h] && strcmp(ix->slot[h]->key, e->key))
                h = (h + 1) & (UW_SLOTS - 1);
            if (!ix->slot[h])
                ix->slot[h] = e; /* a duplicate spelling: the first one stands */
        }
    }
}

const bayan__unitw *bayan__unitw_find(const bayan__unitw *t, const char *key)
{
    pthread_once(&uw_once, uw_build);
    for (size_t i = 0; i < n_indexes; i++) {
        if (indexes[i].table != t)
            continue;
        for (unsigned h = uw_hash(key); indexes[i].slot[h]; h = (h + 1) & (UW_SLOTS - 1))
            if (bayan__str_eq(indexes[i].slot[h]->key, key))
                return indexes[i].slot[h];
        return NULL;
    }
    for (; t->key; t++)
        if (t->key[0] == key[0] && t->key[1] == key[1] && !strcmp(t->key, key))
            return t;
    return NULL;
}

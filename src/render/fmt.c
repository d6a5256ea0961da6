/* Numbers formatted for people, without the C locale: "628 مليون دولار",
 * "$628 million", "٣٩٪", "≈5×", "2–4 °C". Everything is built with Latin
 * digits and '.' ',' '%' first, then mapped to ٠-٩ ٫ ٬ ٪ when asked. */
#define _GNU_SOURCE
#include <math.h>
#include <string.h>

#include "render/render_int.h"

static int unit_is(const bayan__fmt *f, const char *u)
{
    return f->unit && !strcmp(f->unit, u);
}

/* Units whose large values read better as "628 million" than as digits. */
static int unit_scales(const bayan__fmt *f)
{
    return !f->unit || !(unit_is(f, "percent") || unit_is(f, "times") || unit_is(f, "celsius") ||
                         unit_is(f, "percentage_point"));
}

double bayan__fmt_axis_scale(const bayan__fmt *f, double maxabs)
{
    if (!unit_scales(f))
        return 1;
    if (maxabs >= 1e12)
        return 1e12;
    if (maxabs >= 1e9)
        return 1e9;
    if (maxabs >= 1e6)
        return 1e6;
    return 1;
}

static const char *scale_word(const bayan__fmt *f, double scale)
{
    if (scale >= 1e12)
        return f->arabic_lang ? "تريليون" : "trillion";
    if (scale >= 1e9)
        return f->arabic_lang ? "مليار" : "billion";
    if (scale >= 1e6)
        return f->arabic_lang ? "مليون" : "million";
    return NULL;
}

static const struct {
    const char *code, *symbol, *ar;
} currencies[] = {
    {"USD", "$", "دولار"},          {"EUR", "€", "يورو"},          {"GBP", "£", "جنيه إسترليني"},
    {"JPY", "¥", "ين"},             {"CNY", NULL, "يوان"},          {"SAR", NULL, "ريال سعودي"},
    {"AED", NULL, "درهم إماراتي"},  {"QAR", NULL, "ريال قطري"},     {"KWD", NULL, "دينار كويتي"},
    {"BHD", NULL, "دينار بحريني"},  {"OMR", NULL, "ريال عماني"},    {"JOD", NULL, "دينار أردني"},
    {"EGP", NULL, "جنيه مصري"},     {"MAD", NULL, "درهم مغربي"},    {"DZD", NULL, "دينار جزائري"},
    {"TND", NULL, "دينار تونسي"},   {"IQD", NULL, "دينار عراقي"},   {"LBP", NULL, "ليرة لبنانية"},
    {"SYP", NULL, "ليرة سورية"},    {"TRY", NULL, "ليرة تركية"},    {"INR", NULL, "روبية"},
};

static int find_currency(const char *code)
{
    if (!code)
        return -1;
    for (size_t i = 0; i < sizeof currencies / sizeof *currencies; i++)
        if (!strcmp(currencies[i].code, code))
            return (int)i;
    return -1;
}

/* Latin digits, '.' decimal, ',' grouping; no sign. */
static bayan_status put_abs_number(bayan__buf *out, double a, int max_decimals)
{
    char tmp[80];
    bayan__fmt_double(tmp, sizeof tmp, a, max_decimals);
    size_t intlen = strcspn(tmp, ".");
    const char *s = tmp;
    if (*s == '-') { /* -0 after rounding */
        s++;
        intlen--;
    }
    for (size_t i = 0; i < intlen; i++) {
        if (i > 0 && (intlen - i) % 3 == 0 && intlen >= 4)
            bayan__buf_putc(out, ',');
        bayan__buf_putc(out, s[i]);
    }
    return bayan__buf_puts(out, s + intlen);
}

static int decimals_for(double a)
{
    if (a == 0)
        return 0;
    if (a < 0.1)
        return 3;
    return 2;
}

bayan_status bayan__arabic_digits(bayan__buf *out, const char *s)
{
    static const char *const ad[10] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
    for (; *s; s++) {
        char c = *s;
        if (c >= '0' && c <= '9')
            bayan__buf_puts(out, ad[c - '0']);
        else if (c == '.')
            bayan__buf_puts(out, "٫");
        else if (c == ',')
            bayan__buf_puts(out, "٬");
        else if (c == '%')
            bayan__buf_puts(out, "٪");
        else
            bayan__buf_putc(out, c);
    }
    return out->failed ? BAYAN_ENOMEM : BAYAN_OK;
}

/* Appends the Latin-digit string s, mapped to Arabic-Indic digits if asked. */
static bayan_status finish(bayan__buf *out, const bayan__fmt *f, bayan__buf *tmp)
{
    bayan_status st;
    if (tmp->failed)
        st = BAYAN_ENOMEM;
    else if (f->arabic_digits)
        st = bayan__arabic_digits(out, tmp->data ? tmp->data : "");
    else {
        /* Latin digits in Arabic: after an Arabic word the bidi algorithm
         * (rule W2) treats "50%" as an Arabic number and shows the sign on
         * its left ("حتى %50"), but on its own it stays "50%". An Arabic
         * letter mark in front makes every such label read the first way,
         * the way ٥٠٪ reads, so one chart never shows both orders. */
        const char *s = tmp->data ? tmp->data : "";
        if (f->arabic_lang && strchr(s, '%'))
            bayan__buf_puts(out, "\xd8\x9c"); /* U+061C ARABIC LETTER MARK */
        st = bayan__buf_puts(out, s);
    }
    bayan__buf_free(tmp);
    return st;
}

static void put_signed(bayan__buf *b, double v, int max_decimals)
{
    if (v < 0 && fabs(v) >= 0.5 * pow(10, -max_decimals))
        bayan__buf_puts(b, "−"); /* U+2212 */
    put_abs_number(b, fabs(v), max_decimals);
}

/* "–" joined numbers, scaled, without unit. */
static void put_numbers(bayan__buf *b, const bayan__fmt *f, double lo, double hi, int is_range, double scale)
{
    double a = lo / scale;
    int dec = decimals_for(fmax(fabs(a), is_range ? fabs(hi / scale) : 0));
    put_signed(b, a, dec);
    if (is_range) {
        /* "−6–18" would read as a subtraction */
        bayan__buf_puts(b, lo < 0 || hi < 0 ? (f->arabic_lang ? " إلى " : " to ") : "–");
        put_signed(b, hi / scale, dec);
    }
}

static const char *times_word_ar(double v)
{
    if (v != floor(v))
        return "مرة";
    if (v == 2)
        return "مرتين";
    if (v >= 3 && v <= 10)
        return "مرات";
    return "مرة";
}

/* The value (or range) with its unit; Latin digits into b. */
static void put_quantity(bayan__buf *b, const bayan__fmt *f, double lo, double hi, int is_range)
{
    double maxabs = fmax(fabs(lo), is_range ? fabs(hi) : 0);
    /* Latin digits in Arabic text: isolate "−7.5%" so it reads as written.
     * Arabic-Indic digits are left to the bidi algorithm, which puts the
     * sign first in reading order, on the right, as Arabic print does. */
    int neg_isolate = f->arabic_lang && !f->arabic_digits && (lo < 0 || (is_range && hi < 0));
    if (neg_isolate)
        bayan__buf_puts(b, "\xE2\x81\xA6"); /* LRI: keep "−5" whole in RTL text */
    if (unit_is(f, "percent")) {
        put_numbers(b, f, lo, hi, is_range, 1);
        bayan__buf_putc(b, '%');
    } else if (unit_is(f, "times")) {
        put_numbers(b, f, lo, hi, is_range, 1);
        if (f->arabic_lang) {
            bayan__buf_putc(b, ' ');
            bayan__buf_puts(b, times_word_ar(is_range ? hi : lo));
        } else {
            bayan__buf_puts(b, "×");
        }
    } else if (unit_is(f, "celsius")) {
        put_numbers(b, f, lo, hi, is_range, 1);
        bayan__buf_puts(b, f->arabic_lang ? " °م" : " °C");
    } else if (unit_is(f, "percentage_point")) {
        put_numbers(b, f, lo, hi, is_range, 1);
        double last = fabs(is_range ? hi : lo);
        if (f->arabic_lang)
            bayan__buf_puts(b, last >= 3 && last <= 10 && last == floor(last) ? " نقاط مئوية" : " نقطة مئوية");
        else
            bayan__buf_puts(b, last == 1 && !is_range ? " percentage point" : " percentage points");
    } else {
        double scale = bayan__fmt_axis_scale(f, maxabs);
        const char *sw = scale_word(f, scale);
        int cur = unit_is(f, "currency");
        int ci = cur ? find_currency(f->currency) : -1;
        if (cur && !f->arabic_lang && ci >= 0 && currencies[ci].symbol) {
            if (lo < 0 && !is_range) {
                bayan__buf_puts(b, "−");
                lo = -lo;
            }
            bayan__buf_puts(b, currencies[ci].symbol);
            put_numbers(b, f, lo, hi, is_range, scale);
            if (sw) {
                bayan__buf_putc(b, ' ');
                bayan__buf_puts(b, sw);
            }
        } else if (cur && !f->arabic_lang && f->currency) {
            bayan__buf_puts(b, f->currency);
            bayan__buf_putc(b, ' ');
            put_numbers(b, f, lo, hi, is_range, scale);
            if (sw) {
                bayan__buf_putc(b, ' ');
                bayan__buf_puts(b, sw);
            }
        } else {
            put_numbers(b, f, lo, hi, is_range, scale);
            if (sw) {
                bayan__buf_putc(b, ' ');
                bayan__buf_puts(b, sw);
            }
            if (cur && f->currency) {
                bayan__buf_putc(b, ' ');
                bayan__buf_puts(b, ci >= 0 ? currencies[ci].ar : f->currency);
            } else if (f->unit && !cur && !unit_is(f, "count") && f->unit[0]) {
                bayan__buf_putc(b, ' ');
                bayan__buf_puts(b, f->unit);
            }
        }
    }
    if (neg_isolate)
        bayan__buf_puts(b, "\xE2\x81\xA9"); /* PDI */
}

static void put_prefix(bayan__buf *b, const bayan__fmt *f, bayan__qualifier q, bayan__fmt_style style)
{
    if (style == BAYAN__FMT_BARE)
        return;
    int lng = style == BAYAN__FMT_LONG;
    const char *s = NULL;
    switch (q) {
    case BAYAN__Q_APPROX:
        s = f->arabic_lang ? (lng ? "نحو " : "≈ ") : (lng ? "about " : "≈");
        break;
    case BAYAN__Q_MORE_THAN:
        s = f->arabic_lang ? "أكثر من " : (lng ? "more than " : "> ");
        break;
    case BAYAN__Q_LESS_THAN:
        s = f->arabic_lang ? "أقل من " : (lng ? "less than " : "< ");
        break;
    case BAYAN__Q_UP_TO: s = f->arabic_lang ? "حتى " : "up to "; break;
    case BAYAN__Q_AT_LEAST: s = f->arabic_lang ? NULL : (lng ? "at least " : "≥ "); break;
    default: break;
    }
    if (s)
        bayan__buf_puts(b, s);
}

static void put_suffix(bayan__buf *b, const bayan__fmt *f, bayan__qualifier q, bayan__fmt_style style)
{
    if (style != BAYAN__FMT_BARE && q == BAYAN__Q_AT_LEAST && f->arabic_lang)
        bayan__buf_puts(b, " على الأقل");
}

bayan_status bayan__fmt_value(bayan__buf *out, const bayan__fmt *f, double v, bayan__qualifier q,
                              bayan__fmt_style style)
{
    bayan__buf b = BAYAN__BUF_INIT;
    put_prefix(&b, f, q, style);
    put_quantity(&b, f, v, v, 0);
    put_suffix(&b, f, q, style);
    return finish(out, f, &b);
}

bayan_status bayan__fmt_datum(bayan__buf *out, const bayan__fmt *f, const bayan__datum *d,
                              bayan__fmt_style style)
{
    bayan__buf b = BAYAN__BUF_INIT;
    bayan__qualifier q = d->qualifier;
    if (d->has_range) {
        if (q != BAYAN__Q_RANGE)
            put_prefix(&b, f, q, style);
        put_quantity(&b, f, d->low, d->high, d->low != d->high);
    } else {
        put_prefix(&b, f, q, style);
        put_quantity(&b, f, d->value, d->value, 0);
    }
    if (q != BAYAN__Q_RANGE)
        put_suffix(&b, f, q, style);
    return finish(out, f, &b);
}

bayan_status bayan__fmt_datum_scaled(bayan__buf *out, const bayan__fmt *f, const bayan__datum *d, double scale)
{
    bayan__buf b = BAYAN__BUF_INIT;
    bayan__qualifier q = d->qualifier;
    double lo = d->has_range ? d->low : d->value, hi = d->has_range ? d->high : d->value;
    int is_range = d->has_range && d->low != d->high;
    int iso = f->arabic_lang && !f->arabic_digits && (lo < 0 || hi < 0);
    if (q != BAYAN__Q_RANGE)
        put_prefix(&b, f, q, BAYAN__FMT_SHORT);
    if (iso)
        bayan__buf_puts(&b, "\xE2\x81\xA6");
    put_numbers(&b, f, lo, hi, is_range, scale > 0 ? scale : 1);
    if (unit_is(f, "percent"))
        bayan__buf_putc(&b, '%');
    if (iso)
        bayan__buf_puts(&b, "\xE2\x81\xA9");
    if (q != BAYAN__Q_RANGE)
        put_suffix(&b, f, q, BAYAN__FMT_SHORT);
    return finish(out, f, &b);
}

bayan_status bayan__fmt_ratio(bayan__buf *out, const bayan__fmt *f, double r, bayan__qualifier q)
{
    bayan__buf b = BAYAN__BUF_INIT;
    int dec = r >= 10 ? 0 : 1;
    if (q == BAYAN__Q_APPROX)
        bayan__buf_puts(&b, f->arabic_lang ? "≈ " : "≈");
    else if (q == BAYAN__Q_MORE_THAN)
        bayan__buf_puts(&b, f->arabic_lang ? "أكثر من " : "> ");
    else if (q == BAYAN__Q_LESS_THAN)
        bayan__buf_puts(&b, f->arabic_lang ? "أقل من " : "< ");
    else if (q == BAYAN__Q_UP_TO)
        bayan__buf_puts(&b, f->arabic_lang ? "حتى " : "up to ");
    put_abs_number(&b, r, dec);
    if (f->arabic_lang) {
        double rr = floor(r * 10 + 0.5) / 10;
        bayan__buf_putc(&b, ' ');
        if (rr != floor(rr))
            bayan__buf_puts(&b, "ضعف");
        else if (rr == 2)
            bayan__buf_puts(&b, "ضعفين");
        else if (rr >= 3 && rr <= 10)
            bayan__buf_puts(&b, "أضعاف");
        else
            bayan__buf_puts(&b, "ضعفًا");
    } else {
        bayan__buf_puts(&b, "×");
    }
    if (q == BAYAN__Q_AT_LEAST)
        bayan__buf_puts(&b, f->arabic_lang ? " على الأقل" : " or more");
    return finish(out, f, &b);
}

bayan_status bayan__fmt_tick(bayan__buf *out, const bayan__fmt *f, double v, double scale)
{
    bayan__buf b = BAYAN__BUF_INIT;
    double a = v / scale;
    int iso = f->arabic_lang && !f->arabic_digits && a < 0;
    if (iso)
        bayan__buf_puts(&b, "\xE2\x81\xA6");
    put_signed(&b, a, decimals_for(fabs(a)));
    if (unit_is(f, "percent"))
        bayan__buf_putc(&b, '%');
    if (iso)
        bayan__buf_puts(&b, "\xE2\x81\xA9");
    return finish(out, f, &b);
}

bayan_status bayan__fmt_axis_caption(bayan__buf *out, const bayan__fmt *f, double scale)
{
    const char *sw = scale_word(f, scale);
    int cur = unit_is(f, "currency");
    int ci = cur ? find_currency(f->currency) : -1;
    const char *uw = NULL;
    if (cur && f->currency)
        uw = f->arabic_lang ? (ci >= 0 ? currencies[ci].ar : f->currency) : f->currency;
    else if (unit_is(f, "celsius"))
        uw = f->arabic_lang ? "°م" : "°C";
    else if (unit_is(f, "times"))
        uw = f->arabic_lang ? "مرة" : "times";
    else if (unit_is(f, "percentage_point"))
        uw = f->arabic_lang ? "نقطة مئوية" : "percentage points";
    else if (f->unit && !unit_is(f, "percent") && !unit_is(f, "count") && !cur)
        uw = f->unit;
    if (sw)
        bayan__buf_puts(out, sw);
    if (sw && uw)
        bayan__buf_putc(out, ' ');
    if (uw)
        bayan__buf_puts(out, uw);
    return out->failed ? BAYAN_ENOMEM : BAYAN_OK;
}

bayan_status bayan__fmt_number(bayan__buf *out, const bayan__fmt *f, double v, int max_decimals)
{
    bayan__buf b = BAYAN__BUF_INIT;
    put_signed(&b, v, max_decimals);
    return finish(out, f, &b);
}

/* Decodes one UTF-8 code point (input already valid). */
static unsigned next_cp(const unsigned char **p)
{
    const unsigned char *s = *p;
    unsigned c = s[0];
    if (c < 0x80) {
        *p += 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0 && s[1]) {
        *p += 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if ((c & 0xF0) == 0xE0 && s[1] && s[2]) {
        *p += 3;
        return ((c & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    if (s[1] && s[2] && s[3]) {
        *p += 4;
        return ((c & 0x07) << 18) | ((unsigned)(s[1] & 0x3F) << 12) | ((unsigned)(s[2] & 0x3F) << 6) |
               (s[3] & 0x3F);
    }
    *p += 1;
    return 0xFFFD;
}

int bayan__has_arabic_digits(const char *s)
{
    if (!s)
        return 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = next_cp(&p);
        if ((c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9))
            return 1;
    }
    return 0;
}

int bayan__has_arabic_letters(const char *s)
{
    if (!s)
        return 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = next_cp(&p);
        if ((c >= 0x621 && c <= 0x64A) || (c >= 0x671 && c <= 0x6D3) || (c >= 0xFB50 && c <= 0xFDFF) ||
            (c >= 0xFE70 && c <= 0xFEFC))
            return 1;
    }
    return 0;
}

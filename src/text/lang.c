/* Language detection: Arabic letters against Latin letters. */
#include "extract/doc.h"
#include "text/text.h"

/* A prefix is enough to tell, and keeps detection O(1) on huge inputs. */
#define LANG_SAMPLE (64 * 1024)

bayan_lang bayan__detect_lang(const bayan_doc *doc)
{
    size_t ar = 0, la = 0, n = doc->norm_len < LANG_SAMPLE ? doc->norm_len : LANG_SAMPLE;
    const unsigned char *u = (const unsigned char *)doc->norm;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = u[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            la++;
        else if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB)
            ar++; /* lead bytes of U+0600-U+06FF */
    }
    /* An Arabic letter is one lead byte and English words run longer in
     * letters; weigh Arabic up a little so mixed text with Latin names stays
     * Arabic. Text without letters defaults to Arabic, bayan's first language. */
    return la > 2 * ar ? BAYAN_LANG_EN : BAYAN_LANG_AR;
}

/* Internal: the word lists the claim rules match against, in key spelling
 * (see claims.h: alef forms as ا, ة as ه, ى as ي, no harakat). */
#ifndef BAYAN_EXTRACT_CLAIMS_WORDS_H
#define BAYAN_EXTRACT_CLAIMS_WORDS_H

#include <stdint.h>

enum bayan__wl {
    WL_AR_STOP,     /* ends an Arabic noun phrase: prepositions, particles, pronouns, adverbs */
    WL_AR_REACH,    /* reaching a level: يصل، يبلغ، يتجاوز */
    WL_AR_CHANGE,   /* changing: ارتفع، انخفض، تضاعف */
    WL_AR_REPR,     /* being a share of: يمثل، يشكل */
    WL_AR_COPULA,   /* كان، يكون، أصبح */
    WL_AR_MASDAR,   /* verbal nouns of change: ارتفاع، انخفاض، زيادة */
    WL_AR_LINK,     /* between a predicate and its number: إلى، بنسبة، بمقدار */
    WL_AR_ATTRIB,   /* the noun before is what the number measures: البالغ، بقيمة */
    WL_AR_COMPAR,   /* comparatives: أعلى، أكبر، أقل */
    WL_AR_REPORT,   /* heads of a source phrase: تقديرات، بيانات */
    WL_AR_SRCMARK,  /* وفقا، حسب، بحسب */
    WL_AR_SAY,      /* قال، ذكر، أعلن */
    WL_AR_PARTICLE, /* start a clause's subject: أن، إن، فإن */
    WL_AR_AUX,      /* before a verb: قد، يمكن، سوف */
    WL_AR_REL,      /* الذي، التي */
    WL_AR_TIMEW,    /* time units: a number counting them is a period */
    WL_AR_VAGUE,    /* plural scale words alone: آلاف، عشرات */
    WL_AR_TIMEPREP, /* بحلول، خلال, حتى: end a subject taken from a clause */
    WL_AR_OCCASION, /* مرة، مرات */
    WL_AR_ESTIMATE, /* قدر، يقدر: the subject estimates, the object is measured */
    WL_EN_STOP,
    WL_EN_DET,
    WL_EN_VERB,     /* change, reach and copula verbs */
    WL_EN_REPR,
    WL_EN_AUX,
    WL_EN_LINK,
    WL_EN_ATTRIB,
    WL_EN_COMPAR,
    WL_EN_REPORT,
    WL_EN_SAY,
    WL_EN_TIMEW,
    WL_EN_VAGUE,
    WL_EN_INNER,    /* may join a backward English noun phrase: of, in, for, on */
    WL_COUNT_
};

/* 1 when key is in the list. */
int bayan__wl_has(enum bayan__wl wl, const char *key);

/* The lists key is in, one bit (1 << list) each. */
uint64_t bayan__wl_mask(const char *key);

#endif

/* Internal: turning scanned numbers into claims (label, subject, time,
 * source) and the word-level view of a sentence the rules work on.
 *
 * The rules read the normalised text (doc->norm) one sentence at a time as
 * tokens: words, number expressions (one token per bayan__num) and
 * punctuation. Every word carries a matching key (lower case, Arabic alef
 * forms folded, ta marbuta as ha, alef maqsura as ya, no harakat or
 * tatweel), so word lists are written in that folded spelling. */
#ifndef BAYAN_EXTRACT_CLAIMS_H
#define BAYAN_EXTRACT_CLAIMS_H

#include <stddef.h>
#include <stdint.h>

#include "extract/doc.h"

#define BAYAN__KEY_MAX 48

typedef struct bayan__tok {
    size_t start, end;  /* offsets into doc->norm */
    int32_t num;        /* index into doc->nums, or -1 (32 bits: see BAYAN__DOC_MAX; the token
                         * is 64 bytes so, a cache line) */
    int clause;         /* clause number within the sentence */
    unsigned char punct; /* a clause boundary mark: ، , ؛ ; : ( ) and dashes */
    unsigned char upper; /* a Latin word starting with a capital letter */
    unsigned char klen;  /* strlen(key); BAYAN__TOK_UNKEYED for a number not keyed yet */
    unsigned char conj;  /* 2 when the key starts with a و or ف that ar_conj drops, else 0 */
    signed char c_stop;  /* memoised: a word that ends a noun phrase, -1 until asked */
    unsigned char masked; /* the masks below: 0 none, 1 m_in and m_verb, 2 also m_bare (see claims.c) */
    unsigned char word;  /* neither punct nor a number: a word (is_word in claims.c reads this alone) */
    const char *key;    /* the matching key (the punctuation mark itself for punct), in sent->keys */
    unsigned long long m_in, m_verb, m_bare; /* word lists the word is in (see claims.c) */
} bayan__tok;

#define BAYAN__TOK_UNKEYED 255

typedef struct bayan__sent {
    size_t start, end;  /* norm offsets of the sentence */
    bayan__tok *toks;
    size_t n, cap;
    char *keys;         /* the tokens' keys, NUL-terminated one after another */
    size_t kcap;
    size_t num_hint;    /* where the tokeniser's next search for numbers may start (it checks) */
    long *num_toks;     /* the indices of the number tokens, in order */
    size_t n_num_toks, num_toks_cap;
} bayan__sent;

/* What the grouping stage needs to know about a claim besides the public
 * fields. Offsets are into doc->norm; a span with start == end is absent. */
typedef struct bayan__claim_info {
    uint32_t num;                 /* index into doc->nums (32 bits: see BAYAN__DOC_MAX) */
    uint32_t sentence;            /* ordinal of its sentence in the document */
    int list_prev;                /* an item of a coordinated list, after the previous claim; 2: an
                                   * item whose verb is understood ("، ومطار الرياض على 37 مليونا") */
    int comparative;              /* a "times" claim comparing two things ("higher than") */
    uint32_t label_start, label_end;
    uint32_t tail_start, tail_end; /* the rest of the from-phrase ("في العالم") */
    uint32_t subj_start, subj_end;
    unsigned long long noun;      /* a hash of the counted noun's key (0: none), for counts */
    const char *owned_label;      /* "owner: noun", the label when several owners count the same noun */
} bayan__claim_info;

/* Decodes the code point at s[i] (s is valid UTF-8, i < len); returns its
 * length in bytes (1 for a stray byte). */
size_t bayan__cl_u8(const char *s, size_t len, size_t i, unsigned *cp);

/* Folds a word into its matching key (see above); writes at most
 * BAYAN__KEY_MAX-1 bytes plus NUL into key; returns strlen(key). */
size_t bayan__word_key(const char *s, size_t len, char *key);

/* Where a number expression starts in norm (its start, unless the scanner's
 * span is implausibly long before the numeral). */
size_t bayan__num_begin(const bayan__num *n);

/* Tokenises norm[start, end) into sent (which is reset first; its buffers
 * are reused), every token keyed. */
bayan_status bayan__sent_tokenize(const bayan_doc *doc, size_t start, size_t end, bayan__sent *sent);
void bayan__sent_free(bayan__sent *sent);

/* Keys number token t (tokenised with klen BAYAN__TOK_UNKEYED: the rules
 * seldom read a number's key, so it is made on demand, into room the
 * tokeniser kept). */
void bayan__tok_key_num(const bayan_doc *doc, bayan__tok *t);

/* Finds the end (exclusive, norm offset) of the sentence starting at or
 * containing `from`: after . ! ? ؟ (not inside a number) or a newline. */
size_t bayan__sentence_end(const bayan_doc *doc, size_t from, size_t *num_cursor);

/* Builds doc->claims (and the info array, parallel, n = doc->n_claims)
 * from doc->nums. lang is AR or EN. *info is malloc'd; free it. */
bayan_status bayan__claims_build(bayan_doc *doc, bayan_lang lang, bayan__claim_info **info);

/* Builds doc->groups from the claims and sets each claim's group. */
bayan_status bayan__group_claims(bayan_doc *doc, bayan_lang lang, const bayan__claim_info *info);

/* The document's title from its first line, or NULL (malloc'd). */
char *bayan__doc_title_guess(const bayan_doc *doc);

/* A malloc'd copy of the original bytes behind norm[start, end), trimmed of
 * spaces and punctuation at both ends; NULL when empty or out of memory
 * (*oom set in the latter case). */
char *bayan__orig_copy(const bayan_doc *doc, size_t start, size_t end, int *oom);

/* The original byte range behind norm[start, end), trimmed like
 * bayan__orig_copy; 0 when empty. */
int bayan__orig_range(const bayan_doc *doc, size_t start, size_t end, size_t *os, size_t *oe);

/* The same text copied into the document's arena (freed with the claims);
 * NULL when empty, or out of memory (*oom set). */
char *bayan__orig_arena(bayan_doc *doc, size_t start, size_t end, int *oom);

/* A NUL-terminated copy of str[0, n) in the document's arena, or NULL. */
char *bayan__arena_str(bayan_doc *doc, const char *str, size_t n);
void bayan__arena_free(bayan_doc *doc);

/* Frees claims, groups and the title; defined strongly here, called by
 * bayan_doc_free. */
void bayan__doc_free_claims(bayan_doc *doc);

/* Writes a claim's JSON members ("id": ..., ..., "group": ...) without the
 * braces, as in DESIGN.md's claims JSON. */
struct bayan__buf;
void bayan__claim_json_fields(struct bayan__buf *b, const bayan_claim *c);

/* For tests: 1 when every built-in word list is written in key spelling. */
int bayan__claims_lists_ok(void);

#endif

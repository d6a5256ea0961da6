/* bayan numbers: every number expression found, claim or not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cli.h"
#include "extract/doc.h"
#include "text/text.h"

static const char *const KIND_NAMES[] = {"quantity", "year", "date", "period", "ordinal", "time_of_day",
                                         "phone", "list_item", "reference", "name"};

static void usage(FILE *f)
{
    fputs("usage: bayan numbers [--format json] [--lang auto|ar|en] FILE...|-\n"
          "\n"
          "Prints every number expression found in each file, claim or not, as JSON:\n"
          "{\"schema\": \"bayan.numbers/1\", \"documents\": [{\"path\", \"numbers\": [{\"text\", \"start\",\n"
          "\"end\", \"value\", \"low\", \"high\", \"unit\", \"currency\", \"qualifier\", \"kind\"}]}]}\n"
          "Offsets are bytes into the file as given, end-exclusive. \"-\" reads stdin.\n"
          "\n"
          "options:\n"
          "  --format json   the output format (the only one)\n"
          "  --lang L        auto (default), ar or en\n"
          "  -h, --help      this help\n",
          f);
}

/* The output is written as it goes, one number at a time, so that memory is
 * bounded by the document being read and its numbers, not by the whole JSON
 * tree of every document. The layout is jansson's JSON_INDENT(2) exactly, and
 * strings and reals are encoded by jansson itself (escapes, "%.15g" with
 * ".0" added), so the bytes are those json_dumps gave for the whole tree.
 * Values jansson could not encode (a path that is not UTF-8, a non-finite
 * number) are written as null, where the tree silently dropped the key. */
static void put_encoded(FILE *out, json_t *j)
{
    char tmp[256];
    size_t n = j ? json_dumpb(j, tmp, sizeof tmp, JSON_ENCODE_ANY | JSON_REAL_PRECISION(15)) : 0;
    if (n && n <= sizeof tmp) {
        fwrite(tmp, 1, n, out);
    } else if (n) {
        char *big = json_dumps(j, JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
        fputs(big ? big : "null", out);
        free(big);
    } else {
        fputs("null", out);
    }
    json_decref(j);
}

static void put_str(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    put_encoded(out, json_string(s));
}

/* Whole numbers print without ".0": json_real would write "39.0". */
static void put_number(FILE *out, int has, double v)
{
    if (!has)
        fputs("null", out);
    else if (v > -9e15 && v < 9e15 && v == (double)(long long)v) /* range first: the cast overflows beyond it */
        fprintf(out, "%lld", (long long)v);
    else
        put_encoded(out, json_real(v));
}

static void put_doc_number(FILE *out, const bayan_number *n, int first)
{
    static const char ind[] = "\n          ";
    fputs(first ? "\n        {" : ",\n        {", out);
    fputs(ind, out);
    fputs("\"text\": ", out);
    put_str(out, n->text);
    fprintf(out, ",%s\"start\": %zu,%s\"end\": %zu,%s\"value\": ", ind, n->start, ind, n->end, ind);
    put_number(out, n->has_value, n->value);
    fprintf(out, ",%s\"low\": ", ind);
    put_number(out, n->has_range, n->low);
    fprintf(out, ",%s\"high\": ", ind);
    put_number(out, n->has_range, n->high);
    fprintf(out, ",%s\"unit\": ", ind);
    put_str(out, n->unit);
    fprintf(out, ",%s\"currency\": ", ind);
    put_str(out, n->currency);
    fprintf(out, ",%s\"qualifier\": ", ind);
    put_str(out, bayan_qualifier_name(n->qualifier));
    fprintf(out, ",%s\"kind\": ", ind);
    put_str(out, KIND_NAMES[n->kind]);
    fputs("\n        }", out);
}

static void warn_doc(const char *path, const bayan_doc *doc)
{
    size_t len;
    const char *bytes = bayan_doc_bytes(doc, &len);
    for (size_t i = 0; i < bayan_doc_warning_count(doc); i++) {
        size_t off = 0;
        const char *msg = bayan_doc_warning(doc, i, &off);
        unsigned line, col;
        bayan__text_linecol(bytes, len, off, &line, &col);
        cli_errorf("%s:%u:%u: warning: %s", path, line, col, msg);
    }
}

int bayan_cmd_numbers(int argc, char **argv)
{
    int worst = EXIT_DONE;
    bayan_lang lang = BAYAN_LANG_AUTO;
    const char **files = NULL;
    int nfiles = 0;
    size_t ndocs = 0;

    files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        cli_errorf("numbers: out of memory");
        return EXIT_INPUT;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(files);
            return EXIT_DONE;
        } else if (!strcmp(a, "--format") || !strncmp(a, "--format=", 9)) {
            const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v || strcmp(v, "json")) {
                cli_errorf("numbers: --format must be json");
                free(files);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--lang") || !strncmp(a, "--lang=", 7)) {
            const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
            if (v && !strcmp(v, "ar"))
                lang = BAYAN_LANG_AR;
            else if (v && !strcmp(v, "en"))
                lang = BAYAN_LANG_EN;
            else if (v && !strcmp(v, "auto"))
                lang = BAYAN_LANG_AUTO;
            else {
                cli_errorf("numbers: --lang must be auto, ar or en");
                free(files);
                return EXIT_USAGE;
            }
        } else if (a[0] == '-' && a[1] && strcmp(a, "--")) {
            cli_errorf("numbers: unknown option '%s' (see bayan numbers --help)", a);
            free(files);
            return EXIT_USAGE;
        } else if (!strcmp(a, "--")) {
            for (i++; i < argc; i++)
                files[nfiles++] = argv[i];
        } else {
            files[nfiles++] = a;
        }
    }
    if (!nfiles) {
        usage(stderr);
        free(files);
        return EXIT_USAGE;
    }
    fputs("{\n  \"schema\": \"bayan.numbers/1\",\n  \"documents\": [", stdout);
    for (int f = 0; f < nfiles; f++) {
        char *data = NULL;
        size_t len = 0;
        bayan_doc *doc = NULL;
        bayan_diag diag;
        int rc = cli_read_file(files[f], &data, &len);
        if (rc != EXIT_DONE) {
            if (rc > worst)
                worst = rc;
            continue;
        }
        bayan_status st = bayan_doc_new(data, len, files[f], &doc, &diag);
        free(data);
        if (st != BAYAN_OK) {
            cli_print_diag(files[f], &diag);
            rc = cli_exit_for(st);
            if (rc > worst)
                worst = rc;
            continue;
        }
        warn_doc(files[f], doc);
        bayan_lang l = lang == BAYAN_LANG_AUTO ? bayan__detect_lang(doc) : lang;
        doc->lang = l;
        st = bayan__scan_numbers(doc, l);
        if (st != BAYAN_OK) {
            cli_errorf("%s: error: %s", files[f], bayan_status_str(st));
            bayan_doc_free(doc);
            if (EXIT_INPUT > worst)
                worst = EXIT_INPUT;
            continue;
        }
        fputs(ndocs ? ",\n    {\n      \"path\": " : "\n    {\n      \"path\": ", stdout);
        put_str(stdout, files[f]);
        fputs(",\n      \"numbers\": [", stdout);
        size_t count = bayan_doc_number_count(doc);
        for (size_t i = 0; i < count; i++)
            put_doc_number(stdout, bayan_doc_number(doc, i), i == 0);
        fputs(count ? "\n      ]\n    }" : "]\n    }", stdout);
        ndocs++;
        bayan_doc_free(doc);
    }
    fputs(ndocs ? "\n  ]\n}\n" : "]\n}\n", stdout);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("numbers: cannot write the output");
        if (EXIT_INPUT > worst)
            worst = EXIT_INPUT;
    }
    free(files);
    return worst;
}

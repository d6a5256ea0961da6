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

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* Whole numbers print without ".0": json_real would write "39.0". */
static json_t *number_json(double v)
{
    if (v == (double)(long long)v && v > -9e15 && v < 9e15)
        return json_integer((json_int_t)v);
    return json_real(v);
}

static json_t *maybe_number(int has, double v)
{
    return has ? number_json(v) : json_null();
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
    json_t *root = NULL, *docs = NULL;
    char *out = NULL;

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
    root = json_object();
    docs = json_array();
    json_object_set_new(root, "schema", json_string("bayan.numbers/1"));
    json_object_set(root, "documents", docs);
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
        json_t *d = json_object(), *nums = json_array();
        json_object_set_new(d, "path", json_string(files[f]));
        for (size_t i = 0; i < bayan_doc_number_count(doc); i++) {
            const bayan_number *n = bayan_doc_number(doc, i);
            json_t *o = json_object();
            json_object_set_new(o, "text", json_string(n->text));
            json_object_set_new(o, "start", json_integer((json_int_t)n->start));
            json_object_set_new(o, "end", json_integer((json_int_t)n->end));
            json_object_set_new(o, "value", maybe_number(n->has_value, n->value));
            json_object_set_new(o, "low", maybe_number(n->has_range, n->low));
            json_object_set_new(o, "high", maybe_number(n->has_range, n->high));
            json_object_set_new(o, "unit", str_or_null(n->unit));
            json_object_set_new(o, "currency", str_or_null(n->currency));
            json_object_set_new(o, "qualifier", str_or_null(bayan_qualifier_name(n->qualifier)));
            json_object_set_new(o, "kind", json_string(KIND_NAMES[n->kind]));
            json_array_append_new(nums, o);
        }
        json_object_set_new(d, "numbers", nums);
        json_array_append_new(docs, d);
        bayan_doc_free(doc);
    }
    out = json_dumps(root, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
    if (out) {
        fputs(out, stdout);
        fputc('\n', stdout);
    } else {
        cli_errorf("numbers: out of memory");
        worst = EXIT_INPUT;
    }
    free(out);
    json_decref(docs);
    json_decref(root);
    free(files);
    return worst;
}

/* bayan extract: the numeric claims of texts as claims JSON, JSONL or TSV. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "common/buf.h"
#include "extract/claims.h"

static const char extract_usage[] =
    "usage: bayan extract [--lang auto|ar|en] [--format json|jsonl|tsv] FILE...|-\n"
    "\n"
    "Prints the numeric claims of each text: value, unit, qualifier, what is\n"
    "measured (label), whose figure (subject), when (time), according to whom\n"
    "(source), and the groups that belong on one chart.\n"
    "\n"
    "  --lang L      auto (default) detects Arabic or English per document\n"
    "  --format F    json (default): {\"schema\": \"bayan.claims/1\", \"documents\": [...]}\n"
    "                jsonl: one claim per line, with its path\n"
    "                tsv: a header row, then one claim per row\n"
    "  -             reads standard input\n"
    "\n"
    "Offsets are bytes of the original input. Exit codes: 0 done, 2 usage,\n"
    "3 bad input (unreadable file, invalid UTF-8); the worst over all files.\n";

enum fmt { FMT_JSON, FMT_JSONL, FMT_TSV };

static void tsv_field(FILE *out, const char *s)
{
    if (!s)
        return;
    for (; *s; s++) {
        switch (*s) {
        case '\t': fputs("\\t", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\\': fputs("\\\\", out); break;
        default: fputc(*s, out);
        }
    }
}

static void tsv_num(FILE *out, int present, double v)
{
    char tmp[64];
    if (!present)
        return;
    bayan__fmt_double(tmp, sizeof tmp, v, 6);
    fputs(tmp, out);
}

static void print_tsv(FILE *out, const bayan_doc *doc)
{
    const char *path = bayan_doc_path(doc);
    for (size_t i = 0; i < bayan_doc_claim_count(doc); i++) {
        const bayan_claim *c = bayan_doc_claim(doc, i);
        tsv_field(out, path ? path : "-");
        fputc('\t', out);
        tsv_field(out, c->id);
        fputc('\t', out);
        tsv_field(out, c->text);
        fprintf(out, "\t%zu\t%zu\t", c->start, c->end);
        tsv_num(out, c->has_value && !c->has_range, c->value);
        fputc('\t', out);
        tsv_num(out, c->has_range, c->low);
        fputc('\t', out);
        tsv_num(out, c->has_range, c->high);
        fputc('\t', out);
        tsv_field(out, c->unit);
        fputc('\t', out);
        tsv_field(out, c->currency);
        fputc('\t', out);
        tsv_field(out, bayan_qualifier_name(c->qualifier));
        fputc('\t', out);
        tsv_field(out, c->label);
        fputc('\t', out);
        tsv_field(out, c->subject);
        fputc('\t', out);
        tsv_field(out, c->time);
        fputc('\t', out);
        tsv_field(out, c->source);
        fputc('\t', out);
        tsv_field(out, c->group);
        fputc('\n', out);
    }
}

static int print_jsonl(FILE *out, const bayan_doc *doc)
{
    bayan__buf b = BAYAN__BUF_INIT;
    const char *path = bayan_doc_path(doc);
    for (size_t i = 0; i < bayan_doc_claim_count(doc); i++) {
        bayan__buf_reset(&b);
        /* the path and language as JSON strings: reuse the claim writer's
         * escaping through a throwaway claim is overkill; escape here */
        bayan__buf_puts(&b, "{\"path\": \"");
        for (const char *p = path ? path : "-"; *p; p++) {
            if (*p == '"' || *p == '\\')
                bayan__buf_putc(&b, '\\');
            if ((unsigned char)*p < 0x20)
                bayan__buf_printf(&b, "\\u%04x", (unsigned)(unsigned char)*p);
            else
                bayan__buf_putc(&b, *p);
        }
        bayan__buf_printf(&b, "\", \"language\": \"%s\", ", bayan_doc_lang(doc) == BAYAN_LANG_EN ? "en" : "ar");
        bayan__claim_json_fields(&b, bayan_doc_claim(doc, i));
        bayan__buf_puts(&b, "}\n");
        if (b.failed) {
            bayan__buf_free(&b);
            return -1;
        }
        fwrite(b.data, 1, b.len, out);
    }
    bayan__buf_free(&b);
    return 0;
}

static void print_warnings(const char *path, const bayan_doc *doc)
{
    size_t len = 0;
    const char *bytes = bayan_doc_bytes(doc, &len);
    for (size_t i = 0; i < bayan_doc_warning_count(doc); i++) {
        size_t off = 0;
        const char *msg = bayan_doc_warning(doc, i, &off);
        if (!bytes || off > len) {
            cli_errorf("%s: warning: %s", path, msg ? msg : "");
            continue;
        }
        unsigned line = 1, col = 1;
        for (size_t k = 0; k < off; k++) {
            if (bytes[k] == '\n') {
                line++;
                col = 1;
            } else if (((unsigned char)bytes[k] & 0xC0) != 0x80) {
                col++;
            }
        }
        cli_errorf("%s:%u:%u: warning: %s", path, line, col, msg ? msg : "");
    }
}

static int worse(int a, int b)
{
    return a > b ? a : b;
}

int bayan_cmd_extract(int argc, char **argv)
{
    enum fmt fmt = FMT_JSON;
    bayan_extract_opts opts;
    int rc = EXIT_DONE, nfiles = 0, ndocs = 0;
    bayan_extract_opts_defaults(&opts);
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        cli_errorf("out of memory");
        return EXIT_RENDER;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(extract_usage, stdout);
            free(files);
            return EXIT_DONE;
        }
        if (!strncmp(a, "--lang", 6) || !strncmp(a, "--format", 8)) {
            const char *eq = strchr(a, '=');
            int is_lang = !strncmp(a, "--lang", 6);
            size_t nlen = is_lang ? 6 : 8;
            if (eq && (size_t)(eq - a) == nlen)
                val = eq + 1;
            else if (!a[nlen] && i + 1 < argc)
                val = argv[++i];
            else if (a[nlen]) {
                cli_errorf("extract: unknown option '%s' (see bayan extract --help)", a);
                free(files);
                return EXIT_USAGE;
            }
            if (!val) {
                cli_errorf("extract: %s needs a value", is_lang ? "--lang" : "--format");
                free(files);
                return EXIT_USAGE;
            }
            if (is_lang) {
                if (!strcmp(val, "auto"))
                    opts.lang = BAYAN_LANG_AUTO;
                else if (!strcmp(val, "ar"))
                    opts.lang = BAYAN_LANG_AR;
                else if (!strcmp(val, "en"))
                    opts.lang = BAYAN_LANG_EN;
                else {
                    cli_errorf("extract: --lang must be auto, ar or en, not '%s'", val);
                    free(files);
                    return EXIT_USAGE;
                }
            } else {
                if (!strcmp(val, "json"))
                    fmt = FMT_JSON;
                else if (!strcmp(val, "jsonl"))
                    fmt = FMT_JSONL;
                else if (!strcmp(val, "tsv"))
                    fmt = FMT_TSV;
                else {
                    cli_errorf("extract: --format must be json, jsonl or tsv, not '%s'", val);
                    free(files);
                    return EXIT_USAGE;
                }
            }
            continue;
        }
        if (a[0] == '-' && a[1] != '\0') {
            cli_errorf("extract: unknown option '%s' (see bayan extract --help)", a);
            free(files);
            return EXIT_USAGE;
        }
        files[nfiles++] = argv[i];
    }
    if (nfiles == 0) {
        cli_errorf("extract: no input files (use - for standard input; see bayan extract --help)");
        free(files);
        return EXIT_USAGE;
    }

    if (fmt == FMT_JSON)
        fputs("{\"schema\": \"bayan.claims/1\", \"documents\": [", stdout);
    else if (fmt == FMT_TSV)
        fputs("path\tid\ttext\tstart\tend\tvalue\tlow\thigh\tunit\tcurrency\tqualifier\tlabel\tsubject\ttime\t"
              "source\tgroup\n",
              stdout);
    for (int f = 0; f < nfiles; f++) {
        const char *path = files[f];
        char *data = NULL;
        size_t len = 0;
        bayan_doc *doc = NULL;
        bayan_diag diag;
        int r = cli_read_file(path, &data, &len);
        if (r != EXIT_DONE) {
            rc = worse(rc, r);
            continue;
        }
        bayan_diag_clear(&diag);
        bayan_status st = bayan_doc_new(data, len, path, &doc, &diag);
        free(data);
        if (st != BAYAN_OK) {
            cli_print_diag(path, &diag);
            rc = worse(rc, cli_exit_for(st));
            continue;
        }
        print_warnings(path, doc);
        st = bayan_doc_extract(doc, &opts);
        if (st != BAYAN_OK) {
            cli_errorf("%s: error: %s", path, bayan_status_str(st));
            rc = worse(rc, cli_exit_for(st));
            bayan_doc_free(doc);
            continue;
        }
        if (fmt == FMT_JSON) {
            char *json = NULL;
            if (bayan_doc_claims_json(doc, &json) != BAYAN_OK) {
                cli_errorf("%s: error: out of memory", path);
                rc = worse(rc, EXIT_RENDER);
            } else {
                fputs(ndocs ? ",\n " : "\n ", stdout);
                fputs(json, stdout);
                ndocs++;
            }
            bayan_free(json);
        } else if (fmt == FMT_JSONL) {
            if (print_jsonl(stdout, doc) < 0) {
                cli_errorf("%s: error: out of memory", path);
                rc = worse(rc, EXIT_RENDER);
            }
        } else {
            print_tsv(stdout, doc);
        }
        bayan_doc_free(doc);
    }
    if (fmt == FMT_JSON)
        fputs(ndocs ? "\n]}\n" : "]}\n", stdout);
    free(files);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("extract: error writing the output");
        rc = worse(rc, EXIT_RENDER);
    }
    return rc;
}

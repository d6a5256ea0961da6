/* The README's C example: render a chart spec to a PNG with libbayan,
 * compiled against an installed copy through pkg-config:
 *
 *   cc example.c $(pkg-config --cflags --libs bayan) -o example && ./example chart.png
 */
#include <stdio.h>
#include <string.h>

#include <bayan.h>

int main(int argc, char **argv)
{
    const char *spec =
        "{\"schema\": \"bayan.chart/1\", \"type\": \"bar\", \"lang\": \"ar\",\n"
        " \"title\": \"حصة آسيا الوسطى من احتياطي المعادن في العالم\", \"unit\": \"percent\",\n"
        " \"data\": [{\"label\": \"المنغنيز\", \"value\": 39}, {\"label\": \"الكروم\", \"value\": 31},\n"
        "          {\"label\": \"الرصاص\", \"value\": 20}]}";
    const char *out = argc > 1 ? argv[1] : "chart.png";
    bayan_chart *chart = NULL;
    unsigned char *png = NULL;
    size_t len = 0;
    bayan_diag diag;
    bayan_render_opts opts;
    int rc = 1;

    if (bayan_chart_parse(spec, strlen(spec), "spec", &chart, &diag) != BAYAN_OK) {
        fprintf(stderr, "spec:%u:%u: %s\n", diag.line, diag.column, diag.message);
        goto out;
    }
    bayan_render_opts_defaults(&opts);
    if (bayan_chart_render(chart, &opts, BAYAN_FORMAT_PNG, &png, &len, &diag) != BAYAN_OK ||
        bayan_write_file_atomic(out, png, len, &diag) != BAYAN_OK) {
        fprintf(stderr, "%s: %s\n", out, diag.message);
        goto out;
    }
    printf("%s: %zu bytes, bayan %s\n", out, len, bayan_version());
    rc = 0;
out:
    bayan_free(png);
    bayan_chart_free(chart);
    bayan_render_cleanup();
    return rc;
}

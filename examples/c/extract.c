/* examples/c/extract.c: the C API from C99, linked against libeconex.so.
 *
 *   extract [--reference-date YYYY-MM-DD] [--default-region CODE|NAME] FILE
 *
 * Prints one tab-separated line per indicator record:
 *   region  period  indicator  measure  value  unit  value_text  [begin,end)
 */
#include <econex/econex.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads a whole file into a malloc'ed buffer; NULL on failure. */
static char* read_file(const char* path, size_t* len) {
  FILE* f = fopen(path, "rb");
  char* buf = NULL;
  size_t cap = 0, n = 0;
  if (!f) return NULL;
  for (;;) {
    size_t got;
    if (n == cap) {
      char* bigger = realloc(buf, cap ? cap * 2 : 65536);
      if (!bigger) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = bigger;
      cap = cap ? cap * 2 : 65536;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  fclose(f);
  *len = n;
  return buf;
}

static void put(econex_str s) { fwrite(s.data, 1, s.len, stdout); }

int main(int argc, char** argv) {
  econex_options options;
  econex_extractor* x = NULL;
  econex_result* r = NULL;
  econex_status st;
  const char* path = NULL;
  char* text;
  size_t len = 0, i;
  int a;

  econex_options_default(&options);
  for (a = 1; a < argc; ++a) {
    if (strcmp(argv[a], "--reference-date") == 0 && a + 1 < argc) {
      options.reference_date = argv[++a];
    } else if (strcmp(argv[a], "--default-region") == 0 && a + 1 < argc) {
      options.default_region = argv[++a];
    } else if (argv[a][0] != '-' && !path) {
      path = argv[a];
    } else {
      fprintf(stderr, "usage: %s [--reference-date D] [--default-region R] FILE\n", argv[0]);
      return 2;
    }
  }
  if (!path) {
    fprintf(stderr, "usage: %s [--reference-date D] [--default-region R] FILE\n", argv[0]);
    return 2;
  }
  text = read_file(path, &len);
  if (!text) {
    fprintf(stderr, "%s: cannot read %s\n", argv[0], path);
    return 1;
  }

  st = econex_extractor_new(&x);
  if (st != ECONEX_OK) {
    fprintf(stderr, "econex_extractor_new: %s\n", econex_status_str(st));
    free(text);
    return 1;
  }
  /* The result is delivered even on failure: the error is read from it. */
  st = econex_extract(x, text, len, &options, &r);
  if (st != ECONEX_OK) {
    fprintf(stderr, "%s: %s: %s (byte offset %lld)\n", path, econex_status_str(st),
            econex_result_error_message(r), (long long)econex_result_error_offset(r));
    econex_result_free(r);
    econex_extractor_free(x);
    free(text);
    return 1;
  }
  for (i = 0; i < econex_result_count(r); ++i) {
    const econex_record* rec = econex_result_get(r, i);
    put(rec->region);
    putchar('\t');
    put(rec->period);
    putchar('\t');
    put(rec->indicator);
    printf("\t%s\t%.15g\t", econex_measure_str(rec->measure), rec->value);
    put(rec->unit);
    putchar('\t');
    put(rec->value_text);
    printf("\t[%lu,%lu)\n", (unsigned long)rec->value_begin, (unsigned long)rec->value_end);
  }
  fprintf(stderr, "%lu records (econex %s, data %s)\n", (unsigned long)econex_result_count(r),
          econex_version_string(), econex_data_version_string());
  econex_result_free(r);
  econex_extractor_free(x);
  free(text);
  return 0;
}

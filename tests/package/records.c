/* The package test's C program: built against the *installed* econex (header
 * and library found with pkg-config or find_package), it writes the records of
 * one document as JSON Lines, which must equal `econex extract`'s.
 *
 *   records REFERENCE_DATE DEFAULT_REGION DOC_NAME FILE
 */
#include <econex/econex.h>

#include <stdio.h>
#include <stdlib.h>

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  buf = malloc((size_t)n + 1);
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *len = (size_t)n;
  return buf;
}

int main(int argc, char **argv) {
  econex_extractor *x = NULL;
  econex_result *r = NULL;
  econex_options o;
  econex_status st;
  char *text, *jsonl = NULL;
  size_t len = 0, jsonl_len = 0;
  if (argc != 5) {
    fprintf(stderr, "usage: %s REFERENCE_DATE DEFAULT_REGION DOC_NAME FILE\n", argv[0]);
    return 2;
  }
  if (econex_version_number() / 10000 != ECONEX_VERSION_MAJOR ||
      econex_abi_version() != ECONEX_ABI_VERSION) {
    fprintf(stderr, "header and library disagree: %s vs %s\n", ECONEX_VERSION_STRING,
            econex_version_string());
    return 1;
  }
  text = read_file(argv[4], &len);
  if (!text) {
    fprintf(stderr, "cannot read %s\n", argv[4]);
    return 1;
  }
  econex_options_default(&o);
  o.reference_date = argv[1];
  o.default_region = argv[2];
  o.doc_name = argv[3];
  if ((st = econex_extractor_new(&x)) != ECONEX_OK) {
    fprintf(stderr, "econex_extractor_new: %s\n", econex_status_str(st));
    free(text);
    return 1;
  }
  st = econex_extract(x, text, len, &o, &r);
  if (st == ECONEX_OK) st = econex_result_jsonl(r, &jsonl, &jsonl_len);
  if (st != ECONEX_OK) {
    fprintf(stderr, "%s: %s: %s\n", argv[4], econex_status_str(st), econex_result_error_message(r));
  } else {
    fwrite(jsonl, 1, jsonl_len, stdout);
  }
  econex_free(jsonl);
  econex_result_free(r);
  econex_extractor_free(x);
  free(text);
  return st == ECONEX_OK ? 0 : 1;
}

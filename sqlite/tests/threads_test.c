/*
 * threads_test.c: econex_sqlite.so shared by many connections and threads
 * (ctest sqlite_threads).
 *
 *   sqlite_threads_test path/to/econex_sqlite.so DOCUMENT.txt
 *
 * 1. The entry point registered with sqlite3_auto_extension(): every new
 *    connection gets the functions. THREADS threads each open and close
 *    ROUNDS connections (so the shared extractor is made and released many
 *    times, concurrently) and query econex_extract() on the document; every
 *    answer must equal the first one.
 * 2. Many connections open at once, closed in another order than opened.
 * 3. load_extension() per connection (no auto-extension).
 * Build with -DECONEX_SANITIZE=address to have leaks and double frees caught.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define ROUNDS 20
#define OPEN_AT_ONCE 16

typedef int (*init_fn)(sqlite3*, char**, const void*);

static char* g_text;
static size_t g_len;
static long long g_expected_sum = -1; /* sum of value_end over the rows */
static long long g_expected_count = -1;

static int query(sqlite3* db, long long* count, long long* sum) {
  sqlite3_stmt* st;
  int rc = sqlite3_prepare_v2(db,
                              "SELECT count(*), total(value_end) FROM "
                              "econex_extract(?1, '2025-05-13', '500000')",
                              -1, &st, NULL);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  sqlite3_bind_text(st, 1, g_text, (int)g_len, SQLITE_STATIC);
  rc = sqlite3_step(st);
  if (rc != SQLITE_ROW) {
    fprintf(stderr, "step: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return 1;
  }
  *count = sqlite3_column_int64(st, 0);
  *sum = (long long)sqlite3_column_double(st, 1);
  sqlite3_finalize(st);
  return 0;
}

static int check(sqlite3* db) {
  long long n, s;
  if (query(db, &n, &s)) return 1;
  if (n != g_expected_count || s != g_expected_sum) {
    fprintf(stderr, "got %lld rows (sum %lld), expected %lld (sum %lld)\n", n, s, g_expected_count,
            g_expected_sum);
    return 1;
  }
  return 0;
}

static void* worker(void* arg) {
  int i;
  (void)arg;
  for (i = 0; i < ROUNDS; i++) {
    sqlite3* db;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return (void*)1;
    if (check(db)) {
      sqlite3_close(db);
      return (void*)1;
    }
    sqlite3_close(db);
  }
  return NULL;
}

static char* read_file(const char* path, size_t* len) {
  FILE* f = fopen(path, "rb");
  char* buf;
  long n;
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  if (buf) {
    buf[n] = 0;
    *len = (size_t)n;
  }
  return buf;
}

int main(int argc, char** argv) {
  void* so;
  init_fn init;
  pthread_t t[THREADS];
  sqlite3* dbs[OPEN_AT_ONCE];
  sqlite3* db;
  char* err = NULL;
  int i, failed = 0;
  if (argc != 3) {
    fprintf(stderr, "usage: %s econex_sqlite.so DOCUMENT.txt\n", argv[0]);
    return 2;
  }
  g_text = read_file(argv[2], &g_len);
  if (!g_text) {
    fprintf(stderr, "cannot read %s\n", argv[2]);
    return 2;
  }
  so = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!so) {
    fprintf(stderr, "dlopen: %s\n", dlerror());
    return 1;
  }
  /* A data pointer to a function pointer: POSIX allows it for dlsym. */
  *(void**)(&init) = dlsym(so, "sqlite3_econexsqlite_init");
  if (!init) {
    fprintf(stderr, "no sqlite3_econexsqlite_init in %s\n", argv[1]);
    return 1;
  }

  /* 1. auto-extension, many threads opening and closing connections. */
  if (sqlite3_auto_extension((void (*)(void))init) != SQLITE_OK) return 1;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
  if (query(db, &g_expected_count, &g_expected_sum)) return 1;
  sqlite3_close(db);
  printf("%lld records in %s\n", g_expected_count, argv[2]);
  if (g_expected_count <= 0) return 1;
  for (i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (i = 0; i < THREADS; i++) {
    void* r;
    pthread_join(t[i], &r);
    if (r) failed = 1;
  }
  printf("auto-extension: %d threads x %d connections: %s\n", THREADS, ROUNDS,
         failed ? "FAILED" : "ok");

  /* 2. Many connections at once, closed out of order. */
  for (i = 0; i < OPEN_AT_ONCE; i++) {
    if (sqlite3_open(":memory:", &dbs[i]) != SQLITE_OK) return 1;
  }
  for (i = 0; i < OPEN_AT_ONCE; i += 2) sqlite3_close(dbs[i]);
  for (i = 1; i < OPEN_AT_ONCE; i += 2) failed |= check(dbs[i]);
  for (i = OPEN_AT_ONCE - 1; i > 0; i -= 2) sqlite3_close(dbs[i]);
  printf("%d connections at once: %s\n", OPEN_AT_ONCE, failed ? "FAILED" : "ok");
  sqlite3_reset_auto_extension();

  /* 3. load_extension() per connection, twice on the same one. */
  for (i = 0; i < 3; i++) {
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
    sqlite3_enable_load_extension(db, 1);
    if (sqlite3_load_extension(db, argv[1], NULL, &err) != SQLITE_OK ||
        sqlite3_load_extension(db, argv[1], NULL, &err) != SQLITE_OK) {
      fprintf(stderr, "load_extension: %s\n", err ? err : "?");
      sqlite3_free(err);
      return 1;
    }
    failed |= check(db);
    sqlite3_close(db);
  }
  printf("load_extension: %s\n", failed ? "FAILED" : "ok");

  dlclose(so);
  free(g_text);
  return failed;
}

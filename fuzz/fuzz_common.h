// Shared by the fuzz targets: invariant checks that abort (so libFuzzer and
// the replay runner both report them), a strict reference UTF-8 validator
// written independently of lib/text/utf8.h, and the replay main().
//
// Built with libFuzzer (clang, ECONEX_FUZZ_LIBFUZZER) each target is a
// fuzzer; otherwise ECONEX_FUZZ_REPLAY_MAIN is defined and the target is a
// program that runs every file (or every file of every directory) named on
// its command line through LLVMFuzzerTestOneInput: the corpus as a
// regression test.
#ifndef ECONEX_FUZZ_FUZZ_COMMON_H_
#define ECONEX_FUZZ_FUZZ_COMMON_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_CHECK(cond, ...)                                                           \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant failed: %s: ", __FILE__, __LINE__, #cond); \
      std::fprintf(stderr, __VA_ARGS__);                                                \
      std::fputc('\n', stderr);                                                         \
      std::abort();                                                                     \
    }                                                                                   \
  } while (0)

namespace econex_fuzz {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (Unicode 15, table 3-7), or -1. An ill-formed sequence is reported at its
// first byte.
inline std::int64_t reference_first_invalid(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned c = p[i];
    std::size_t len;
    unsigned lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c <= 0x7F) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c == 0xE0)
      len = 3, lo = 0xA0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
      len = 3;
    else if (c == 0xED)
      len = 3, hi = 0x9F;
    else if (c == 0xF0)
      len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3)
      len = 4;
    else if (c == 0xF4)
      len = 4, hi = 0x8F;
    else
      return static_cast<std::int64_t>(i);
    if (i + len > n) return static_cast<std::int64_t>(i);
    if (p[i + 1] < lo || p[i + 1] > hi) return static_cast<std::int64_t>(i);
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return static_cast<std::int64_t>(i);
    i += len;
  }
  return -1;
}

inline bool is_continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// A span [b, e) of the input with the text the library says it covers.
inline void check_span(std::string_view in, std::size_t b, std::size_t e, std::string_view text,
                       bool valid_utf8, const char* what) {
  FUZZ_CHECK(b <= e && e <= in.size(), "%s span [%zu, %zu) of %zu bytes", what, b, e, in.size());
  FUZZ_CHECK(b < e, "%s span [%zu, %zu) is empty", what, b, e);
  FUZZ_CHECK(text == in.substr(b, e - b), "%s text is not the input bytes of [%zu, %zu)", what, b,
             e);
  if (valid_utf8) {
    FUZZ_CHECK(!is_continuation(in, b) && !is_continuation(in, e),
               "%s span [%zu, %zu) is not on code-point boundaries", what, b, e);
  }
}

}  // namespace econex_fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

#ifdef ECONEX_FUZZ_REPLAY_MAIN
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    fs::path p(argv[i]);
    if (fs::is_directory(p)) {
      for (const auto& e : fs::recursive_directory_iterator(p))
        if (e.is_regular_file()) files.push_back(e.path());
    } else {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s FILE|DIR...: no input to replay\n", argv[0]);
    return 2;
  }
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", f.c_str());
      return 2;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // an owned copy of exactly the input's size, so ASan sees reads past it
    std::vector<std::uint8_t> buf(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(buf.empty() ? nullptr : buf.data(), buf.size());
  }
  std::printf("replay: %zu passed, 0 failed\n", files.size());
  return 0;
}
#endif

#endif  // ECONEX_FUZZ_FUZZ_COMMON_H_

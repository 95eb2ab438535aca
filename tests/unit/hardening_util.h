// Helpers of the hardening tests (hardening_test.cpp, hardening_huge_test.cpp):
// sanity checks of records, quantities and periods against the input, input
// builders, timing and memory probes, and the work scale under sanitizers.
#ifndef ECONEX_TESTS_UNIT_HARDENING_UTIL_H_
#define ECONEX_TESTS_UNIT_HARDENING_UTIL_H_

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "text/normalize.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define ECONEX_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ECONEX_TEST_SANITIZED 1
#endif
#if !defined(NDEBUG) && !defined(ECONEX_TEST_SANITIZED)
#define ECONEX_TEST_UNOPTIMIZED 1
#endif

namespace econex_hardening {

using econex::Extractor;
using econex::InvalidUtf8;
using econex::Options;
using econex::Period;
using econex::Quantity;
using econex::Record;
using econex::Status;
using econex::StatusCode;
using namespace std::string_literals;

inline const Extractor& extractor() {
  static const Extractor x;
  return x;
}

inline Options with(InvalidUtf8 mode) {
  Options o;
  o.invalid_utf8 = mode;
  return o;
}

// Work scale: 1 in optimised builds, smaller when instrumented or unoptimised.
inline std::size_t scaled(std::size_t n) {
#if defined(ECONEX_TEST_SANITIZED) || defined(ECONEX_TEST_UNOPTIMIZED)
  return std::max<std::size_t>(n / 10, 1);
#else
  return n;
#endif
}

inline std::string repeat(std::string_view unit, std::size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) s.append(unit);
  return s;
}

inline bool is_continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// A span of the input: inside it, not inverted, on code-point boundaries
// (for valid input; with replacement a bad byte is a code point of its own).
inline void check_span(std::string_view in, std::size_t b, std::size_t e, bool valid_input,
                       const char* what) {
  ASSERT_LE(b, e) << what;
  ASSERT_LE(e, in.size()) << what;
  if (valid_input) {
    EXPECT_FALSE(is_continuation(in, b)) << what << " begins inside a character at " << b;
    EXPECT_FALSE(is_continuation(in, e)) << what << " ends inside a character at " << e;
  }
}

inline void check_sane(std::string_view in, const std::vector<Record>& rs,
                       bool valid_input = true) {
  std::size_t prev = 0;
  for (const Record& r : rs) {
    check_span(in, r.value_begin, r.value_end, valid_input, "record value");
    check_span(in, r.sentence_begin, r.sentence_end, valid_input, "record sentence");
    ASSERT_EQ(r.value_text, in.substr(r.value_begin, r.value_end - r.value_begin));
    EXPECT_LT(r.value_begin, r.value_end) << "empty value span";
    EXPECT_TRUE(std::isfinite(r.value)) << r.value_text;
    EXPECT_GE(r.value_begin, prev) << "records out of order";
    prev = r.value_begin;
  }
}

inline void check_sane(std::string_view in, const std::vector<Quantity>& qs,
                       bool valid_input = true) {
  for (const Quantity& q : qs) {
    check_span(in, q.begin, q.end, valid_input, "quantity");
    ASSERT_EQ(q.text, in.substr(q.begin, q.end - q.begin));
    EXPECT_LT(q.begin, q.end);
    EXPECT_TRUE(std::isfinite(q.value)) << q.text;
    if (q.low) {
      EXPECT_TRUE(std::isfinite(*q.low)) << q.text;
    }
    if (q.high) {
      EXPECT_TRUE(std::isfinite(*q.high)) << q.text;
    }
  }
}

inline void check_sane(std::string_view in, const std::vector<Period>& ps,
                       bool valid_input = true) {
  for (const Period& p : ps) {
    check_span(in, p.begin, p.end, valid_input, "period");
    ASSERT_EQ(p.text, in.substr(p.begin, p.end - p.begin));
    EXPECT_LT(p.begin, p.end);
  }
}

struct AllThree {
  std::vector<Record> records;
  std::vector<Quantity> quantities;
  std::vector<Period> periods;
};

// Runs the three calls; each must succeed and be sane.
inline AllThree run_ok(std::string_view in, const Options& o = Options(), bool valid_input = true) {
  AllThree r;
  Status st = extractor().extract(in, o, &r.records);
  EXPECT_TRUE(st.ok()) << st.message();
  check_sane(in, r.records, valid_input);
  st = extractor().quantities(in, o, &r.quantities);
  EXPECT_TRUE(st.ok()) << st.message();
  check_sane(in, r.quantities, valid_input);
  st = extractor().periods(in, o, &r.periods);
  EXPECT_TRUE(st.ok()) << st.message();
  check_sane(in, r.periods, valid_input);
  return r;
}

inline double seconds_of(const std::function<void()>& f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of this thread around f(): what other processes on a busy machine
// do does not count.
inline double cpu_seconds_of(const std::function<void()>& f) {
  auto now = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  double t0 = now();
  f();
  return now() - t0;
}

// Peak resident memory of this process so far, in bytes.
inline std::size_t peak_rss() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<std::size_t>(u.ru_maxrss) * 1024;
}

}  // namespace econex_hardening

#endif  // ECONEX_TESTS_UNIT_HARDENING_UTIL_H_

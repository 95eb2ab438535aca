// Bad input through the C++ API (issue #6): every kind of invalid UTF-8 (with
// the byte offset, or replacement when asked), NUL bytes, empty and blank
// input, and pathological shapes — a 100 MB line without punctuation, 10^6
// commas, 10^5 list items before 分别, 500-digit numbers, 亿亿亿亿, deep
// brackets and quotes. Each must finish in linear time and bounded memory with
// sane records or none: spans inside the input and on code-point boundaries,
// value_text equal to the input bytes of its span, finite values.
//
// Sizes shrink under sanitizers (they are 10-50x slower); the 100 MB line
// runs at full size in optimised builds only (ECONEX_HUGE_MB overrides it).
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

namespace {

using econex::Extractor;
using econex::InvalidUtf8;
using econex::Options;
using econex::Period;
using econex::Quantity;
using econex::Record;
using econex::Status;
using econex::StatusCode;
using namespace std::string_literals;

const Extractor& extractor() {
  static const Extractor x;
  return x;
}

Options with(InvalidUtf8 mode) {
  Options o;
  o.invalid_utf8 = mode;
  return o;
}

// Work scale: 1 in optimised builds, smaller when instrumented or unoptimised.
std::size_t scaled(std::size_t n) {
#if defined(ECONEX_TEST_SANITIZED) || defined(ECONEX_TEST_UNOPTIMIZED)
  return std::max<std::size_t>(n / 10, 1);
#else
  return n;
#endif
}

std::string repeat(std::string_view unit, std::size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) s.append(unit);
  return s;
}

bool is_continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// A span of the input: inside it, not inverted, on code-point boundaries
// (for valid input; with replacement a bad byte is a code point of its own).
void check_span(std::string_view in, std::size_t b, std::size_t e, bool valid_input,
                const char* what) {
  ASSERT_LE(b, e) << what;
  ASSERT_LE(e, in.size()) << what;
  if (valid_input) {
    EXPECT_FALSE(is_continuation(in, b)) << what << " begins inside a character at " << b;
    EXPECT_FALSE(is_continuation(in, e)) << what << " ends inside a character at " << e;
  }
}

void check_sane(std::string_view in, const std::vector<Record>& rs, bool valid_input = true) {
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

void check_sane(std::string_view in, const std::vector<Quantity>& qs, bool valid_input = true) {
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

void check_sane(std::string_view in, const std::vector<Period>& ps, bool valid_input = true) {
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
AllThree run_ok(std::string_view in, const Options& o = Options(), bool valid_input = true) {
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

double seconds_of(const std::function<void()>& f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of this thread around f(): what other processes on a busy machine
// do does not count.
double cpu_seconds_of(const std::function<void()>& f) {
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
std::size_t peak_rss() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<std::size_t>(u.ru_maxrss) * 1024;
}

// ---------------------------------------------------------------------------
// Invalid UTF-8: every kind, at the start, in the middle and at the end.

struct BadCase {
  const char* name;
  std::string bytes;  // the invalid sequence
};

std::vector<BadCase> bad_sequences() {
  return {
      {"lone continuation 0x80", "\x80"s},
      {"lone continuation 0xBF", "\xBF"s},
      {"continuation run", "\x80\x80\x80"s},
      {"overlong 2-byte C0 AF", "\xC0\xAF"s},
      {"overlong 2-byte C1 BF", "\xC1\xBF"s},
      {"overlong 3-byte E0 80 AF", "\xE0\x80\xAF"s},
      {"overlong 3-byte E0 9F BF", "\xE0\x9F\xBF"s},
      {"overlong 4-byte F0 80 80 AF", "\xF0\x80\x80\xAF"s},
      {"overlong 4-byte F0 8F BF BF", "\xF0\x8F\xBF\xBF"s},
      {"overlong NUL C0 80", "\xC0\x80"s},
      {"high surrogate ED A0 80", "\xED\xA0\x80"s},
      {"low surrogate ED BF BF", "\xED\xBF\xBF"s},
      {"surrogate pair CESU-8", "\xED\xA0\xBD\xED\xB8\x80"s},
      {"past U+10FFFF F4 90 80 80", "\xF4\x90\x80\x80"s},
      {"F5 lead", "\xF5\x80\x80\x80"s},
      {"F8 5-byte form", "\xF8\x88\x80\x80\x80"s},
      {"FC 6-byte form", "\xFC\x84\x80\x80\x80\x80"s},
      {"FE", "\xFE"s},
      {"FF", "\xFF"s},
      {"2-byte lead then ASCII", "\xC3(a"s},
      {"3-byte lead then ASCII", "\xE5\xA2("s},
      {"4-byte lead then ASCII", "\xF0\x9F\x98("s},
      {"3-byte lead then lead", "\xE5\xE5\xA2\x9E"s},
      {"GB18030 bytes of 增长", "\xD4\xF6\xB3\xA4"s},
      {"Latin-1 e-acute", "\xE9t\xE9"s},
  };
}

const std::string kBefore = "一季度全市地区生产总值增长6.5%，";  // valid, has records
const std::string kAfter = "工业增加值增长7%。";

void expect_invalid(std::string_view in, std::int64_t offset, const std::string& name) {
  SCOPED_TRACE(name);
  const Options o;  // kError by default
  std::vector<Record> rs{Record{}};
  Status st = extractor().extract(in, o, &rs);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(st.offset(), offset);
  EXPECT_NE(st.message().find(std::to_string(offset)), std::string::npos) << st.message();
  EXPECT_TRUE(rs.empty()) << "output must be empty on failure";
  std::vector<Quantity> qs{Quantity{}};
  st = extractor().quantities(in, o, &qs);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(st.offset(), offset);
  EXPECT_TRUE(qs.empty());
  std::vector<Period> ps{Period{}};
  st = extractor().periods(in, o, &ps);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(st.offset(), offset);
  EXPECT_TRUE(ps.empty());
}

TEST(HardeningUtf8, EveryKindFailsWithTheOffsetOfTheFirstBadByte) {
  for (const BadCase& c : bad_sequences()) {
    // alone, after valid text, between valid text, at the very end
    expect_invalid(c.bytes, 0, c.name + " alone"s);
    expect_invalid(kBefore + c.bytes, static_cast<std::int64_t>(kBefore.size()),
                   c.name + " after text"s);
    expect_invalid(kBefore + c.bytes + kAfter, static_cast<std::int64_t>(kBefore.size()),
                   c.name + " in the middle"s);
    expect_invalid(kBefore + kAfter + c.bytes,
                   static_cast<std::int64_t>(kBefore.size() + kAfter.size()), c.name + " at the end"s);
  }
}

TEST(HardeningUtf8, TruncatedSequencesAtTheEnd) {
  const std::string full[] = {"\xC3\xA9"s, "增"s, "\xF0\x9F\x98\x80"s /* U+1F600 */};
  for (const std::string& ch : full) {
    ASSERT_TRUE(run_ok(kBefore + ch).records.size() >= 1);
    for (std::size_t cut = 1; cut < ch.size(); ++cut) {
      std::string in = kBefore + ch.substr(0, cut);
      expect_invalid(in, static_cast<std::int64_t>(kBefore.size()),
                     "truncated " + std::to_string(cut) + "/" + std::to_string(ch.size()));
      // the same truncation right before a number: the number still reads after replacement
      std::string mid = "增长" + ch.substr(0, cut) + "6.5%";
      expect_invalid(mid, 6, "truncated in the middle");
      std::vector<Quantity> qs;
      ASSERT_TRUE(extractor().quantities(mid, with(InvalidUtf8::kReplace), &qs).ok());
      check_sane(mid, qs, false);
      ASSERT_EQ(qs.size(), 1u);
      EXPECT_EQ(qs[0].text, "6.5%");
      EXPECT_EQ(qs[0].begin, 6 + cut);
    }
  }
}

TEST(HardeningUtf8, FirstOfSeveralBadBytesIsReported) {
  std::string in = "增长" + "\xFF"s + "6%" + "\x80"s;
  expect_invalid(in, 6, "two bad bytes");
}

TEST(HardeningUtf8, ReplacementReadsOnWithSaneSpans) {
  for (const BadCase& c : bad_sequences()) {
    SCOPED_TRACE(c.name);
    std::string in = kBefore + c.bytes + kAfter + c.bytes;
    AllThree r = run_ok(in, with(InvalidUtf8::kReplace), false);
    // the valid text around the bad bytes still gives its records
    ASSERT_GE(r.records.size(), 2u);
    EXPECT_EQ(r.records.front().value_text, "6.5%");
    EXPECT_EQ(r.records.back().value_text, "7%");
    EXPECT_EQ(r.records.back().value_begin, in.rfind("7%"));
    // with the bytes first (a document that starts badly)
    run_ok(c.bytes + kBefore, with(InvalidUtf8::kReplace), false);
  }
}

TEST(HardeningUtf8, ReplacementOfEveryByteValue) {
  // each byte value alone and between two numbers: no crash, sane spans
  for (int b = 0; b < 256; ++b) {
    std::string in = "增长5%" + std::string(1, static_cast<char>(b)) + "6%亿元";
    run_ok(in, with(InvalidUtf8::kReplace), false);
    run_ok(std::string(1, static_cast<char>(b)), with(InvalidUtf8::kReplace), false);
  }
}

TEST(HardeningUtf8, ValidEdgeCodePointsAreAccepted) {
  // U+007F, U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF, U+E000, U+FFFD
  const std::string ok = "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80"
                         "\xF4\x8F\xBF\xBF\xEE\x80\x80\xEF\xBF\xBD"s;
  AllThree r = run_ok(ok + kBefore + ok);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].value_begin, ok.size() + kBefore.find("6.5%"));
}

TEST(HardeningUtf8, InvalidBytesInsideAHugeInputReportTheirOffset) {
  const std::string unit = "地区生产总值增长6%，";
  const std::string good = repeat(unit, scaled(200000));
  std::size_t at = good.size() / unit.size() / 2 * unit.size();
  std::string in = good;
  in.insert(at, "\xFF");  // between two characters
  expect_invalid(in, static_cast<std::int64_t>(at), "huge, between characters");
  in = good;
  in.insert(at + 1, "\xFF");  // inside a character: its lead byte is the first bad one
  expect_invalid(in, static_cast<std::int64_t>(at), "huge, inside a character");
}

// ---------------------------------------------------------------------------
// NUL bytes, empty and blank input.

TEST(HardeningInput, NulBytesAreTextNotTheEnd) {
  std::string in = "一季度地区生产总值增长6.5%"s + '\0' + "。工业增加值增长7%" + '\0' + '\0' +
                   "，投资增长" + '\0' + "8%。" + '\0';
  AllThree r = run_ok(in);
  std::vector<std::string> texts;
  for (const Quantity& q : r.quantities) texts.push_back(q.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"6.5%", "7%", "8%"}));
  ASSERT_GE(r.records.size(), 2u);
  EXPECT_EQ(r.records[1].value_begin, in.find("7%"));
  // only NULs
  AllThree z = run_ok(std::string(1000, '\0'));
  EXPECT_TRUE(z.records.empty());
  EXPECT_TRUE(z.quantities.empty());
  // a NUL inside a number splits it
  run_ok("增长1"s + '\0' + "2%");
}

TEST(HardeningInput, EmptyInput) {
  for (std::string_view in : {std::string_view(), std::string_view("", 0)}) {
    AllThree r = run_ok(in);
    EXPECT_TRUE(r.records.empty());
    EXPECT_TRUE(r.quantities.empty());
    EXPECT_TRUE(r.periods.empty());
    r = run_ok(in, with(InvalidUtf8::kReplace));
    EXPECT_TRUE(r.records.empty());
  }
}

TEST(HardeningInput, OnlyWhitespace) {
  for (const std::string& in :
       {" "s, "\n"s, "\r\n\r\n"s, "\t\v\f"s, "　　　"s /* U+3000 */, "\xC2\xA0"s,
        "\xE2\x80\x8B\xEF\xBB\xBF"s /* zero width, BOM */, "<PAGE_DIV>"s,
        repeat(" \n\t　\r\n<PAGE_DIV>\n", scaled(100000))}) {
    AllThree r = run_ok(in);
    EXPECT_TRUE(r.records.empty());
    EXPECT_TRUE(r.quantities.empty());
    EXPECT_TRUE(r.periods.empty());
  }
}

TEST(HardeningInput, OnlyPunctuation) {
  for (const std::string& in :
       {"。"s, "，，，"s, repeat("。，、；：？！…—“”‘’（）《》【】「」『』·,.;:?!()[]{}<>\"'-~%",
                                   scaled(20000)),
        repeat("%", scaled(100000)), repeat("-", scaled(100000)), repeat(".", scaled(100000))}) {
    AllThree r = run_ok(in);
    EXPECT_TRUE(r.records.empty());
    EXPECT_TRUE(r.quantities.empty());
  }
}

// ---------------------------------------------------------------------------
// Pathological shapes.

TEST(HardeningShapes, MillionCommas) {
  const std::size_t n = scaled(1000000);
  run_ok(repeat(",", n));
  run_ok(repeat("，", n));
  run_ok("增长" + repeat(",", n) + "6%");
  // numbers between the commas: every one a quantity, no thousands grouping confusion
  AllThree r = run_ok(repeat("1,", n / 4));
  run_ok(repeat("增长1%,", n / 8));
  run_ok("1" + repeat(",000", n / 4) + "亿元");  // one number with n/4 groups
  (void)r;
}

TEST(HardeningShapes, HundredThousandListItemsBeforeRespectively) {
  const std::size_t n = scaled(100000);
  std::string names, values;
  for (std::size_t i = 0; i < n; ++i) {
    if (i) { names += "、"; values += "、"; }
    names += "企业" + std::to_string(i) + "营业收入";
    values += std::to_string(i % 97) + "%";
  }
  std::string in = "全年" + names + "分别增长" + values + "。";
  AllThree r = run_ok(in);
  EXPECT_GE(r.quantities.size(), n);  // the values, and the numbers in the names
  // the items alone, without values, and the values alone
  run_ok(names + "分别增长。");
  run_ok("分别增长" + values + "。");
}

TEST(HardeningShapes, FiveHundredDigitNumbers) {
  const std::string d500 = repeat("9", 500);
  for (const std::string& in :
       {"地区生产总值" + d500 + "亿元，增长" + d500 + "%。", "0." + d500 + "%",
        d500 + "." + d500 + "万亿元", "1" + repeat(",999", 166) + "亿元", "-" + d500 + "%",
        d500 + "-" + d500 + "万元", "百分之" + repeat("九", 500), repeat("九千九百九十九万", 60) + "亿元",
        "二〇" + repeat("二", 500) + "年", d500 + "年" + d500 + "月"}) {
    AllThree r = run_ok(in);
    for (const Quantity& q : r.quantities) EXPECT_TRUE(std::isfinite(q.value)) << q.text;
  }
}

TEST(HardeningShapes, StackedMultipliers) {
  for (const std::string& in :
       {"亿亿亿亿"s, "亿亿亿亿元"s, "增长亿亿亿亿元"s, "5亿亿亿亿元"s, "一亿亿亿亿元"s, "5万亿亿万亿元"s,
        "1.5万万万万人"s, "三千亿亿亿元"s, repeat("亿", scaled(100000)) + "元",
        "投资" + repeat("5亿", scaled(50000)) + "元", repeat("十百千万亿", scaled(20000))}) {
    AllThree r = run_ok(in);
    for (const Quantity& q : r.quantities) EXPECT_TRUE(std::isfinite(q.value)) << q.text;
  }
}

TEST(HardeningShapes, NestedBracketsAndQuotes) {
  const std::size_t n = scaled(100000);
  for (const std::string& in :
       {repeat("（", n) + "增长5%" + repeat("）", n), repeat("“", n) + "5%" + repeat("”", n),
        repeat("(", n) + "6亿元" + repeat(")", n), repeat("【《「『", n / 4) + "3万人",
        repeat("“增长5%”", n / 4), repeat("“", n) + "增长6%", "增长6%" + repeat("”", n),
        repeat("\"", n) + "7%" + repeat("\"", n), repeat("“1”", n / 2)}) {
    run_ok(in);
  }
}

// Linear time: four times the input takes about four times as long, not 16.
// Each shape is extracted at n and 4n (best of two runs each, in CPU time of
// the thread); the bound (10x plus slack) leaves room for a noisy shared
// machine and for caches, while a step that rereads the sentence or the line
// for each value fails it.
TEST(HardeningShapes, LinearTime) {
  struct Shape {
    const char* name;
    std::function<std::string(std::size_t)> make;  // about n bytes
  };
  const std::vector<Shape> shapes = {
      {"line of values", [](std::size_t n) { return repeat("地区生产总值增长6亿元", n / 30); }},
      {"line of numbers", [](std::size_t n) { return repeat("12345 ", n / 6); }},
      {"values between commas", [](std::size_t n) { return repeat("增长1%,", n / 9); }},
      {"list items",
       [](std::size_t n) {
         std::string s = "全年";
         for (std::size_t i = 0; s.size() < n / 2; ++i) s += "企业" + std::to_string(i) + "、";
         s += "分别增长";
         while (s.size() < n) s += "5%、";
         return s;
       }},
      {"open quotes", [](std::size_t n) { return repeat("“增长5%", n / 10); }},
      {"targets", [](std::size_t n) { return repeat("力争将目标增长5%", n / 22); }},
      {"goal list", [](std::size_t n) { return "目标是：" + repeat("增长5%；", n / 11); }},
      {"periods and values", [](std::size_t n) { return repeat("2024年一季度增长5%", n / 26); }},
  };
  const std::size_t n = scaled(256 * 1024);
  for (const Shape& s : shapes) {
    SCOPED_TRACE(s.name);
    const std::string small = s.make(n), big = s.make(4 * n);
    auto run = [&](const std::string& in) {
      std::vector<Record> rs;
      double t = cpu_seconds_of([&] { EXPECT_TRUE(extractor().extract(in, Options(), &rs).ok()); });
      check_sane(in, rs);
      return t;
    };
    double t_small = std::min(run(small), run(small));
    double t_big = std::min(run(big), run(big));
    EXPECT_LT(t_big, 10 * t_small + 0.3)
        << s.name << ": " << small.size() << " bytes in " << t_small << " s, " << big.size()
        << " bytes in " << t_big << " s";
  }
}

// A 100 MB line without punctuation: completes, sane records, bounded memory.
// The whole pipeline runs (extract normalises, finds quantities and periods,
// segments and reads records); quantities() and periods() read a fifth of it.
TEST(HardeningHuge, HundredMegabyteLineWithoutPunctuation) {
  std::size_t mb = 100;
#if defined(ECONEX_TEST_SANITIZED) || defined(ECONEX_TEST_UNOPTIMIZED)
  mb = 4;
#endif
  if (const char* env = std::getenv("ECONEX_HUGE_MB")) mb = std::strtoul(env, nullptr, 10);
  if (mb == 0) GTEST_SKIP() << "ECONEX_HUGE_MB=0";
  const std::string units[] = {"重庆市一季度地区生产总值增长6亿元",
                               "全面贯彻落实新发展理念加快构建新发展格局着力推动高质量发展",
                               "规模以上工业增加值同比增长7.5%", "全市固定资产投资超过1200亿元",
                               "持续优化营商环境不断激发市场主体活力",
                               "力争社会消费品零售总额达到3000亿元", "城镇新增就业5万人左右",
                               "2024年进出口总额下降2个百分点"};
  std::string in;
  in.reserve(mb << 20);
  for (std::size_t i = 0; in.size() + 128 < (mb << 20); ++i) in += units[i % 8];
  ASSERT_EQ(in.find_first_of("\n,;:!?"), std::string::npos);
  const std::size_t before = peak_rss();
  std::vector<Record> rs;
  double t = seconds_of([&] { ASSERT_TRUE(extractor().extract(in, Options(), &rs).ok()); });
  check_sane(in, rs);
  EXPECT_GT(rs.size(), in.size() / 200);
  // bounded memory: the clean buffer and offset map are 5 bytes per input
  // byte, and the records (here one per 70 bytes) about as much again
  // (not under sanitizers: their shadow memory is several times the program's)
  const std::size_t grown = peak_rss() > before ? peak_rss() - before : 0;
#if !defined(ECONEX_TEST_SANITIZED)
  EXPECT_LT(grown, 30 * in.size()) << "peak memory grew by " << grown << " bytes";
#endif
  RecordProperty("peak_memory_growth", std::to_string(grown));
  RecordProperty("extract_seconds", std::to_string(t));
  rs = {};
  std::string_view part(in);
  part = part.substr(0, part.size() / 5);
  while (!part.empty() && (static_cast<unsigned char>(part.back()) & 0xC0) == 0x80) part.remove_suffix(1);
  if (!part.empty() && static_cast<unsigned char>(part.back()) >= 0xC0) part.remove_suffix(1);
  std::vector<Quantity> qs;
  ASSERT_TRUE(extractor().quantities(part, Options(), &qs).ok());
  check_sane(part, qs);
  std::vector<Period> ps;
  ASSERT_TRUE(extractor().periods(part, Options(), &ps).ok());
  check_sane(part, ps);
}

// Just under and at the 4 GiB limit the library says kTooLarge without
// touching the bytes: a view over a small buffer with a huge size must not be
// read past what the check needs. (Only the size is looked at.)
TEST(HardeningHuge, FourGiBIsTooLarge) {
  if (sizeof(std::size_t) < 8) GTEST_SKIP();
  econex::detail::CleanText clean;
  // the size check comes before any byte is read
  std::string_view huge(reinterpret_cast<const char*>(&clean), std::size_t{1} << 32);
  Status st = econex::detail::normalize(huge, InvalidUtf8::kError, &clean);
  EXPECT_EQ(st.code(), StatusCode::kTooLarge);
  EXPECT_FALSE(st.message().empty());
}

}  // namespace

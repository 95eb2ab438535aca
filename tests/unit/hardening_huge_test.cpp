// Hardening tests that take long (issue #6), in a binary of their own so that
// ctest runs them beside the others: a 100 MB line without punctuation, the
// linear-time check of pathological shapes, the 4 GiB limit. Helpers and the
// sanitizer scaling are in hardening_util.h.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "econex/econex.hpp"
#include "hardening_util.h"
#include "text/normalize.h"

namespace {

using namespace econex_hardening;  // NOLINT

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
                               "规模以上工业增加值同比增长7.5%",
                               "全市固定资产投资超过1200亿元",
                               "持续优化营商环境不断激发市场主体活力",
                               "力争社会消费品零售总额达到3000亿元",
                               "城镇新增就业5万人左右",
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
  while (!part.empty() && (static_cast<unsigned char>(part.back()) & 0xC0) == 0x80)
    part.remove_suffix(1);
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

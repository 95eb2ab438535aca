// The period layer through Extractor::periods: every period expression with
// its byte span and the canonical form of RECORDS.md section 3, resolved
// against a reference date (or the newest year the document writes, or
// "????" when there is none); dates and durations are not periods.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "period/period.h"

namespace {

using econex::Extractor;
using econex::Options;
using econex::Period;
using namespace std::string_literals;

const Extractor& extractor() {
  static const Extractor x;
  return x;
}

std::string describe(const std::vector<Period>& ps) {
  std::string s;
  for (const Period& p : ps) s += " [" + econex::to_json(p) + "]";
  return s.empty() ? " (none)" : s;
}

struct Want {
  std::string text;    // as written; the span is its next occurrence
  std::string period;  // canonical form ("" for a trend such as 2020年以来)
};

struct Case {
  std::string input;
  std::string reference_date;  // "" for none
  std::vector<Want> want;      // every period expression, in order
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << "\"" << c.input << "\" @" << (c.reference_date.empty() ? "none" : c.reference_date);
}

void check(const Case& c) {
  Options o;
  o.reference_date = c.reference_date;
  std::vector<Period> ps;
  econex::Status st = extractor().periods(c.input, o, &ps);
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_EQ(ps.size(), c.want.size()) << c.input << " ->" << describe(ps);
  std::size_t from = 0;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const Want& w = c.want[i];
    SCOPED_TRACE("period " + std::to_string(i) + " " + w.text);
    std::size_t at = c.input.find(w.text, from);
    ASSERT_NE(at, std::string::npos) << "bad test: " << w.text << " not in " << c.input;
    EXPECT_EQ(ps[i].text, w.text);
    EXPECT_EQ(ps[i].begin, at);
    EXPECT_EQ(ps[i].end, at + w.text.size());
    EXPECT_EQ(ps[i].period, w.period);
    from = at + w.text.size();
  }
}

constexpr const char* kRef = "2025-04-25";
// the year of a period when no year is known ("????", spelled so that no
// trigraph is written)
const std::string kNoYear(4, '?');

// The expression alone, resolved against 2025-04-25.
Case p(std::string text, std::string period) {
  return Case{text, kRef, {Want{text, std::move(period)}}};
}
// The expression inside a sentence.
Case in(std::string input, std::string text, std::string period, std::string ref = kRef) {
  return Case{std::move(input), std::move(ref), {Want{std::move(text), std::move(period)}}};
}
Case none(std::string input, std::string ref = kRef) {
  return Case{std::move(input), std::move(ref), {}};
}

class PeriodTest : public ::testing::TestWithParam<Case> {};
TEST_P(PeriodTest, Finds) { check(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Quarters, PeriodTest,
    ::testing::Values(p("一季度", "2025-Q1"), p("第一季度", "2025-Q1"), p("二季度", "2025-Q2"),
                      p("第二季度", "2025-Q2"), p("三季度", "2025-Q3"), p("第三季度", "2025-Q3"),
                      p("四季度", "2025-Q4"), p("第四季度", "2025-Q4"), p("1季度", "2025-Q1"),
                      p("第4季度", "2025-Q4"), p("1-3月", "2025-Q1"), p("4-6月", "2025-Q2"),
                      p("7-9月", "2025-Q3"), p("10-12月", "2025-Q4"), p("1—3月", "2025-Q1"),
                      p("1至3月", "2025-Q1"), p("1月-3月", "2025-Q1"), p("一至三月", "2025-Q1"),
                      p("2024年一季度", "2024-Q1"), p("2025年第一季度", "2025-Q1"),
                      p("2024年1-3月", "2024-Q1"), p("去年一季度", "2024-Q1"),
                      p("今年一季度", "2025-Q1"), p("上年四季度", "2024-Q4"),
                      p("明年一季度", "2026-Q1"), in("一季度GDP增长6.5%", "一季度", "2025-Q1"),
                      in("全市一季度经济运行", "一季度", "2025-Q1")));

INSTANTIATE_TEST_SUITE_P(
    HalvesAndSpans, PeriodTest,
    ::testing::Values(
        p("上半年", "2025-H1"), p("下半年", "2025-H2"), p("今年上半年", "2025-H1"),
        p("2024年上半年", "2024-H1"), p("去年下半年", "2024-H2"), p("1-6月", "2025-H1"),
        p("7-12月", "2025-H2"), p("1-12月", "2025"), p("前三季度", "2025-01/2025-09"),
        p("前两季度", "2025-H1"), p("前二季度", "2025-H1"), p("前四季度", "2025"),
        p("今年前三季度", "2025-01/2025-09"), p("2024年前三季度", "2024-01/2024-09"),
        p("1-5月", "2025-01/2025-05"), p("1～5月", "2025-01/2025-05"),
        p("1至5月", "2025-01/2025-05"), p("1到5月", "2025-01/2025-05"),
        p("１－５月", "2025-01/2025-05"), p("1-9月", "2025-01/2025-09"),
        p("1—9月", "2025-01/2025-09"), p("1-2月", "2025-01/2025-02"),
        p("1、2月", "2025-01/2025-02"), p("10-11月", "2025-10/2025-11"),
        p("3月~5月", "2025-03/2025-05"), p("3月-5月", "2025-03/2025-05"),
        p("3月至5月", "2025-03/2025-05"), p("3月〜5月", "2025-03/2025-05"),
        p("3-5月份", "2025-03/2025-05"), p("2024年1-5月", "2024-01/2024-05"),
        p("2024年3月~5月", "2024-03/2024-05"), p("去年1-5月", "2024-01/2024-05"),
        p("前4个月", "2025-01/2025-04"), p("前两个月", "2025-01/2025-02"),
        p("前5个月", "2025-01/2025-05"), p("前十个月", "2025-01/2025-10"),
        p("前11个月", "2025-01/2025-11"), p("前6个月", "2025-H1"), p("前三个月", "2025-Q1"),
        p("前4月", "2025-01/2025-04"), p("今年前4个月", "2025-01/2025-04"),
        p("一至三季度", "2025-01/2025-09"), p("二至三季度", "2025-04/2025-09"),
        p("三至四季度", "2025-H2"), p("一至二季度", "2025-H1"), p("1-3季度", "2025-01/2025-09"),
        p("第二至第三季度", "2025-04/2025-09"), p("一季度至三季度", "2025-01/2025-09"),
        p("2024年一至三季度", "2024-01/2024-09"), p("前2个季度", "2025-H1"),
        p("前三个季度", "2025-01/2025-09"), p("前三季度末", "2025-09-30"),
        // 全年 after a year is that year
        p("2024年全年", "2024"), p("去年全年", "2024"), p("今年全年", "2025")));

INSTANTIATE_TEST_SUITE_P(Months, PeriodTest,
                         ::testing::Values(p("5月份", "2025-05"), p("12月份", "2025-12"),
                                           p("1月份", "2025-01"), in("5月，全市", "5月", "2025-05"),
                                           in("12月，全市", "12月", "2025-12"),
                                           in("9月份环比增长", "9月份", "2025-09"),
                                           p("2024年12月", "2024-12"), p("2024年1月", "2024-01"),
                                           p("2024年5月份", "2024-05"), p("去年12月", "2024-12"),
                                           p("今年3月", "2025-03"), p("五月份", "2025-05"),
                                           p("十二月份", "2025-12"), p("十一月份", "2025-11")));

INSTANTIATE_TEST_SUITE_P(
    YearsAndYearSpans, PeriodTest,
    ::testing::Values(p("2024年", "2024"), p("2024年度", "2024"), p("今年", "2025"),
                      p("本年", "2025"), p("去年", "2024"), p("上年", "2024"), p("明年", "2026"),
                      p("全年", "2025"), p("2021—2025年", "2021/2025"),
                      p("2021-2025年", "2021/2025"), p("2021～2025年", "2021/2025"),
                      p("2021至2025年", "2021/2025"), p("2021年至2025年", "2021/2025"),
                      p("2021年-2025年", "2021/2025"), p("２０２１－２０２５年", "2021/2025"),
                      p("“十四五”时期", "2021/2025"), p("“十四五”期间", "2021/2025"),
                      p("十四五时期", "2021/2025"), p("十四五期间", "2021/2025"),
                      p("“十三五”时期", "2016/2020"), p("“十二五”期间", "2011/2015"),
                      p("“十五五”时期", "2026/2030"), p("“十一五”时期", "2006/2010"),
                      in("2024年全市GDP增长5%", "2024年", "2024"),
                      in("全年全县地区生产总值", "全年", "2025")));

INSTANTIATE_TEST_SUITE_P(
    PointsInTime, PeriodTest,
    ::testing::Values(
        p("2024年底", "2024-12-31"), p("2024年末", "2024-12-31"), p("截至2024年底", "2024-12-31"),
        p("截止2024年底", "2024-12-31"), p("截至2024年末", "2024-12-31"),
        p("截至10月底", "2025-10-31"), p("截至10月末", "2025-10-31"), p("截至9月末", "2025-09-30"),
        p("截至9月底", "2025-09-30"), p("6月末", "2025-06-30"), p("3月底", "2025-03-31"),
        p("4月底", "2025-04-30"), p("11月末", "2025-11-30"), p("2月底", "2025-02-28"),
        p("截至2024年2月底", "2024-02-29"), p("2023年2月末", "2023-02-28"),
        p("2000年2月末", "2000-02-29"), p("1900年2月末", "1900-02-28"), p("三季度末", "2025-09-30"),
        p("一季度末", "2025-03-31"), p("二季度末", "2025-06-30"), p("上半年末", "2025-06-30"),
        p("2024年一季度末", "2024-03-31"), p("去年底", "2024-12-31"), p("去年末", "2024-12-31"),
        p("今年底", "2025-12-31"), p("截至去年底", "2024-12-31"),
        p("截至2024年12月底", "2024-12-31"), p("截至今年3月底", "2025-03-31"),
        in("截至2024年底，北碚区传感器", "截至2024年底", "2024-12-31"),
        // 截至 + a date is a point in time
        p("截至2024年12月31日", "2024-12-31"), p("截至3月31日", "2025-03-31"),
        p("截至6月30日", "2025-06-30"), p("截止4月24日", "2025-04-24"),
        p("截至3月31号", "2025-03-31"), p("截至三月三十一日", "2025-03-31"),
        p("截至去年12月31日", "2024-12-31"), p("截至2024年2月29日", "2024-02-29"),
        p("截至今年3月底", "2025-03-31"),
        // ... which must exist
        p("截至4月31日", ""), p("截至2023年2月29日", "")));

INSTANTIATE_TEST_SUITE_P(YearToDateAndTrends, PeriodTest,
                         ::testing::Values(p("今年以来", "2025-YTD"), p("本年以来", "2025-YTD"),
                                           in("今年以来，全市", "今年以来", "2025-YTD"),
                                           // a trend from an earlier year is not a reporting period
                                           p("2020年以来", ""), p("2023年以来", ""),
                                           // from the reference year itself it is
                                           p("2025年以来", "2025-YTD")));

// Comparison bases are still period expressions with their canonical form.
INSTANTIATE_TEST_SUITE_P(Comparisons, PeriodTest,
                         ::testing::Values(in("比去年同期", "去年同期", "2024"),
                                           p("上年同期", "2024"), in("较2019年", "2019年", "2019"),
                                           in("比一季度提高", "一季度", "2025-Q1")));

// Without a reference date: the newest year the document writes, else ????.
INSTANTIATE_TEST_SUITE_P(
    WithoutReferenceDate, PeriodTest,
    ::testing::Values(
        Case{"一季度", "", {{"一季度", kNoYear + "-Q1"}}},
        Case{"第一季度", "", {{"第一季度", kNoYear + "-Q1"}}},
        Case{"上半年", "", {{"上半年", kNoYear + "-H1"}}}, Case{"今年", "", {{"今年", kNoYear}}},
        Case{"去年", "", {{"去年", kNoYear}}}, Case{"全年", "", {{"全年", kNoYear}}},
        Case{"3月~5月", "", {{"3月~5月", kNoYear + "-03/" + kNoYear + "-05"}}},
        Case{"前三季度", "", {{"前三季度", kNoYear + "-01/" + kNoYear + "-09"}}},
        Case{"1-3月", "", {{"1-3月", kNoYear + "-Q1"}}},
        Case{"5月份", "", {{"5月份", kNoYear + "-05"}}},
        Case{"截至10月底", "", {{"截至10月底", kNoYear + "-10-31"}}},
        Case{"今年以来", "", {{"今年以来", kNoYear + "-YTD"}}},
        Case{"2024年底", "", {{"2024年底", "2024-12-31"}}},
        Case{"2021—2025年", "", {{"2021—2025年", "2021/2025"}}},
        Case{"“十四五”时期", "", {{"“十四五”时期", "2021/2025"}}},
        Case{"2024年，一季度", "", {{"2024年", "2024"}, {"一季度", "2024-Q1"}}},
        Case{"2024年全市GDP增长5%，一季度增长6%，今年以来",
             "",
             {{"2024年", "2024"}, {"一季度", "2024-Q1"}, {"今年以来", "2024-YTD"}}},
        Case{"2023年底，今年一季度，去年",
             "",
             {{"2023年底", "2023-12-31"}, {"今年一季度", "2023-Q1"}, {"去年", "2022"}}}));

// The reference date decides the year of every relative period.
INSTANTIATE_TEST_SUITE_P(
    OtherReferenceDates, PeriodTest,
    ::testing::Values(in("一季度", "一季度", "2023-Q1", "2023-11-04"),
                      in("今年", "今年", "2023", "2023-11-04"),
                      in("去年", "去年", "2022", "2023-11-04"),
                      in("明年", "明年", "2024", "2023-11-04"),
                      in("截至2月底", "截至2月底", "2024-02-29", "2024-03-01"),
                      in("截至2月底", "截至2月底", "2023-02-28", "2023-03-01"),
                      in("今年以来", "今年以来", "2024-YTD", "2024-12-31"),
                      in("前三季度", "前三季度", "2000-01/2000-09", "2000-01-01"),
                      // an explicit year wins over the reference date
                      in("2019年一季度", "2019年一季度", "2019-Q1", "2023-11-04")));

// Several periods in one text, in order, with their spans.
INSTANTIATE_TEST_SUITE_P(
    Sentences, PeriodTest,
    ::testing::Values(
        Case{"一季度GDP增长6.5%，1-3月固投增长10%，上半年目标",
             kRef,
             {{"一季度", "2025-Q1"}, {"1-3月", "2025-Q1"}, {"上半年", "2025-H1"}}},
        Case{"“十四五”时期，2021—2025年，全年",
             kRef,
             {{"“十四五”时期", "2021/2025"}, {"2021—2025年", "2021/2025"}, {"全年", "2025"}}},
        Case{"截至2024年底，全市；截至10月底，全县",
             kRef,
             {{"截至2024年底", "2024-12-31"}, {"截至10月底", "2025-10-31"}}},
        Case{"今年以来，1-5月，5月份，前4个月",
             kRef,
             {{"今年以来", "2025-YTD"},
              {"1-5月", "2025-01/2025-05"},
              {"5月份", "2025-05"},
              {"前4个月", "2025-01/2025-04"}}},
        Case{"5月22日至25日，前六届西洽会；一季度", kRef, {{"一季度", "2025-Q1"}}},
        Case{"近3个月，1-6月", kRef, {{"1-6月", "2025-H1"}}}));

// Dates, durations and other words that are not periods.
INSTANTIATE_TEST_SUITE_P(
    NotPeriods, PeriodTest,
    ::testing::Values(none("5月22日"), none("4月24日"), none("4月24号"), none("10月1日"),
                      none("5月22日至25日"), none("2025年3月14日"), none("2023年3月15日"),
                      none("今年3月14日"), none("去年12月31日"), none("12月31日"), none("3个月"),
                      none("近3个月"), none("三个月"), none("6个月内"), none("截至目前"),
                      none("“十四五”规划"), none("十四届全国人大三次会议"), none("第七届"),
                      none("前六届"), none("一季"), none("3月22日下午"), none("0月"),
                      none("00月份"), none("市委书记袁家军主持会议")));

}  // namespace

// The canonical periods of `text` with a reference date of 2025-01-20.
static std::vector<econex::Period> periods_in_2025(std::string_view text) {
  static const econex::Extractor x;
  econex::Options o;
  o.reference_date = "2025-01-20";
  std::vector<econex::Period> ps;
  EXPECT_TRUE(x.periods(text, o, &ps).ok()) << text;
  return ps;
}

// 今后五年 / 未来三年: the years from the reference year on (the plans of a work report).
TEST(NextYears, SpanFromTheReferenceYear) {
  const std::vector<econex::Period> ps = periods_in_2025("今后五年，未来三个年头，未来三年");
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].period, "2025/2029");
  EXPECT_EQ(ps[1].period, "2025/2027");
}

// 过去五年 / 五年来: the years before the reference year (government work reports).
TEST(PastYears, SpanBeforeTheReferenceYear) {
  econex::Extractor x;
  econex::Options o;
  std::vector<econex::Period> ps = periods_in_2025("过去五年，五年来，过去一年，三年来");
  ASSERT_EQ(ps.size(), 4u);
  EXPECT_EQ(ps[0].period, "2020/2024");
  EXPECT_EQ(ps[1].period, "2020/2024");
  EXPECT_EQ(ps[2].period, "2024");
  EXPECT_EQ(ps[3].period, "2022/2024");
  o.reference_date.clear();
  ASSERT_TRUE(x.periods("过去五年", o, &ps).ok());
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].period,
            "????"
            "/????");  // (split: ??/ is a trigraph)
}

// The year to date up to a month-end point: what flowed up to it.
TEST(YearToDate, MonthEndPoints) {
  using econex::detail::year_to_date;
  EXPECT_EQ(year_to_date("2025-12-31"), "2025");
  EXPECT_EQ(year_to_date("2026-03-31"), "2026-Q1");
  EXPECT_EQ(year_to_date("2026-06-30"), "2026-H1");
  EXPECT_EQ(year_to_date("2025-10-31"), "2025-01/2025-10");
  EXPECT_EQ(year_to_date("2025-01-31"), "2025-01");
  EXPECT_EQ(year_to_date("2024-02-29"), "2024-01/2024-02");
  // not a month's end, or not a point
  EXPECT_EQ(year_to_date("2025-02-29"), "");
  EXPECT_EQ(year_to_date("2025-10-30"), "");
  EXPECT_EQ(year_to_date("2025-Q1"), "");
  EXPECT_EQ(year_to_date("2025"), "");
  EXPECT_EQ(year_to_date("????-12-31"), "");
}

// The month that ends a span of months, alone and from January up to it
// (the 本月 and 累计 columns of a monthly table).
TEST(YearToDate, MonthOfASpanAndTheMonthsUpToIt) {
  using econex::detail::month_of;
  using econex::detail::months_to_date;
  EXPECT_EQ(month_of("2025-01/2025-08"), "2025-08");
  EXPECT_EQ(month_of("2025-08"), "2025-08");
  EXPECT_EQ(month_of("2025-Q3"), "2025-09");
  EXPECT_EQ(month_of("2025-H1"), "2025-06");
  EXPECT_EQ(month_of("2025"), "2025-12");
  EXPECT_EQ(months_to_date("2025-08"), "2025-01/2025-08");
  EXPECT_EQ(months_to_date("2025-06"), "2025-H1");
  EXPECT_EQ(months_to_date("2025-03"), "2025-Q1");
  EXPECT_EQ(months_to_date("2025-01/2025-10"), "2025-01/2025-10");
  // not a span of months
  EXPECT_EQ(month_of("2021/2025"), "");
  EXPECT_EQ(month_of("2025-10-31"), "");
  EXPECT_EQ(months_to_date("????"), "");
  EXPECT_EQ(months_to_date("2025-13"), "");
}

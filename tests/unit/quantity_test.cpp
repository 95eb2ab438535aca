// The quantity layer through Extractor::quantities: numbers (Arabic,
// full-width, Chinese, mixed), exact decimal scaling, units (units.tsv),
// qualifiers before and after, ranges, and the words that only look like
// numbers. Every row states the value text, its byte span, the value in base
// units, the unit code, the qualifier and low/high.
#include <gtest/gtest.h>

#include <cstdlib>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "quantity/numeral.h"

namespace {

using econex::Extractor;
using econex::Options;
using econex::Qualifier;
using econex::Quantity;
using namespace std::string_literals;

constexpr Qualifier kExact = Qualifier::kExact;
constexpr Qualifier kApprox = Qualifier::kApprox;
constexpr Qualifier kOver = Qualifier::kOver;
constexpr Qualifier kUnder = Qualifier::kUnder;

const Extractor& extractor() {
  static const Extractor x;
  return x;
}

std::vector<Quantity> quantities(std::string_view text) {
  std::vector<Quantity> out;
  econex::Status st = extractor().quantities(text, Options{}, &out);
  EXPECT_TRUE(st.ok()) << st.message();
  return out;
}

std::string describe(const std::vector<Quantity>& qs) {
  std::string s;
  for (const Quantity& q : qs) s += " [" + econex::to_json(q) + "]";
  return s.empty() ? " (none)" : s;
}

// One expected quantity. `text` must occur in the input; the span is its
// first occurrence at or after the previous expected quantity.
struct Want {
  std::string text;
  double value;
  std::string unit;
  Qualifier qualifier = kExact;
  std::optional<double> low = std::nullopt, high = std::nullopt;
  std::string unit_text = "";  // checked when not empty
};

struct Case {
  std::string input;
  std::vector<Want> want;  // every quantity of the input, in order
};

void PrintTo(const Case& c, std::ostream* os) { *os << "\"" << c.input << "\""; }

void check(const Case& c) {
  std::vector<Quantity> qs = quantities(c.input);
  ASSERT_EQ(qs.size(), c.want.size()) << c.input << " ->" << describe(qs);
  std::size_t from = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Want& w = c.want[i];
    const Quantity& q = qs[i];
    SCOPED_TRACE("quantity " + std::to_string(i) + " " + w.text);
    std::size_t at = c.input.find(w.text, from);
    ASSERT_NE(at, std::string::npos) << "bad test: " << w.text << " not in " << c.input;
    EXPECT_EQ(q.text, w.text);
    EXPECT_EQ(q.begin, at);
    EXPECT_EQ(q.end, at + w.text.size());
    EXPECT_EQ(q.value, w.value) << econex::to_json(q);
    EXPECT_EQ(q.unit, w.unit);
    EXPECT_EQ(q.qualifier, w.qualifier) << econex::qualifier_name(q.qualifier);
    EXPECT_EQ(q.low, w.low);
    EXPECT_EQ(q.high, w.high);
    if (!w.unit_text.empty()) {
      EXPECT_EQ(q.unit_text, w.unit_text);
    }
    from = at + w.text.size();
  }
}

Case one(std::string input, std::string text, double value, std::string unit = "",
         Qualifier q = kExact, std::optional<double> low = std::nullopt,
         std::optional<double> high = std::nullopt) {
  return Case{std::move(input), {Want{std::move(text), value, std::move(unit), q, low, high}}};
}
Case same(std::string text, double value, std::string unit = "", Qualifier q = kExact) {
  return one(text, text, value, std::move(unit), q);
}
Case none(std::string input) { return Case{std::move(input), {}}; }

class QuantityTest : public ::testing::TestWithParam<Case> {};
TEST_P(QuantityTest, Finds) { check(GetParam()); }

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Arabic, QuantityTest,
    ::testing::Values(
        same("1,234.5", 1234.5), same("1234", 1234), same("12,345,678", 12345678), same("0.5", 0.5),
        same("100", 100), same("3.14159", 3.14159), same("0", 0), same("0.05", 0.05), none("007"),
        none("编号0012"), same("1,234,567.89元", 1234567.89, "CNY"), same("10.20%", 10.2, "%"),
        same("0.05%", 0.05, "%"), same("100%", 100, "%"), same("65.0亿元", 6500000000, "CNY"),
        one("全年完成1,234.5亿元", "1,234.5亿元", 123450000000, "CNY"),
        one("增长6.5%", "6.5%", 6.5, "%"),
        // a comma groups exactly three digits: 1,23 is two numbers
        Case{"1,23", {{"1", 1, ""}, {"23", 23, ""}}},
        Case{"6,7和8", {{"6", 6, ""}, {"7", 7, ""}, {"8", 8, ""}}},
        // cells of a table row: a signed number after a space
        Case{"蓬莱港区   2186.7    -1.5", {{"2186.7", 2186.7, ""}, {"-1.5", -1.5, ""}}},
        Case{"合计 523 +12.5", {{"523", 523, ""}, {"12.5", 12.5, ""}}}));

// Units written in Latin letters end a word; codes and rates are not units.
INSTANTIATE_TEST_SUITE_P(
    LatinUnits, QuantityTest,
    ::testing::Values(one("装机容量1200MW", "1200MW", 1200, "MW"),
                      one("年发电量3.6亿kWh", "3.6亿kWh", 360000000, "kWh"),
                      one("发电量2.5亿kW·h", "2.5亿kW·h", 250000000, "kWh"),
                      one("新建公路85km", "85km", 85, "km"), one("人均5kg", "5kg", 5, "kg"),
                      one("占地5000m²", "5000m²", 5000, "m2"), one("面积12km²", "12km²", 12, "km2"),
                      one("吞吐量120万TEU", "120万TEU", 1200000, "TEU"),
                      one("１２００ＭＷ", "１２００ＭＷ", 1200, "MW"), none("时速300km/h"),
                      none("建成5G基站"), none("M2余额"), none("300kgs"), none("型号A320neo")));

INSTANTIATE_TEST_SUITE_P(
    FullWidth, QuantityTest,
    ::testing::Values(same("６．５％", 6.5, "%"), same("１２３４５", 12345),
                      same("１，２３４．５", 1234.5),
                      same("１，２３４．５亿元", 123450000000, "CNY"),
                      same("３００万元", 3000000, "CNY"), same("１．５万人", 15000, "person"),
                      same("０．８万人", 8000, "person"), same("６．８‰", 6.8, "‰"),
                      same("１．１个百分点", 1.1, "pp"),
                      one("人口自然增长率－１．２‰", "－１．２‰", -1.2, "‰"),
                      one("增长１．４倍", "１．４倍", 1.4, "times"),
                      one("完成投资１２１．９７亿元", "１２１．９７亿元", 12197000000, "CNY")));

INSTANTIATE_TEST_SUITE_P(
    Chinese, QuantityTest,
    ::testing::Values(
        same("三千二百万", 32000000), same("三千二百万元", 32000000, "CNY"),
        same("两千零二十四", 2024), same("一万二", 12000), same("二〇二四", 2024),
        same("六点五", 6.5), same("零点三", 0.3), same("百分之六点五", 6.5, "%"),
        same("三成", 30, "%"), same("两成", 20, "%"), same("五成", 50, "%"), same("九成", 90, "%"),
        same("十二个", 12, "count"), same("一百零五个", 105, "count"),
        same("一百二十三个", 123, "count"), same("一千零一", 1001), same("一万零五百", 10500),
        same("十万八千", 108000), same("九十九", 99), same("一千万", 10000000),
        same("三千五", 3500), same("一亿二", 120000000), same("三万五千", 35000),
        same("两百个", 200, "count"), same("五十万元", 500000, "CNY"),
        same("一百万元", 1000000, "CNY"), same("三千万", 30000000),
        same("五千亿元", 500000000000, "CNY"), same("一万亿元", 1000000000000, "CNY"),
        same("十亿元", 1000000000, "CNY"), same("两亿元", 200000000, "CNY"),
        same("二十个", 20, "count"), same("十个", 10, "count"), same("百分之十", 10, "%"),
        same("百分之三十", 30, "%"), same("百分之一百", 100, "%"), same("百分之零点五", 0.5, "%"),
        same("千分之五", 5, "‰"), same("千分之三点二", 3.2, "‰"), same("零点五个百分点", 0.5, "pp"),
        same("六点五个百分点", 6.5, "pp"), same("一点二倍", 1.2, "times"),
        same("三点五亿元", 350000000, "CNY"), same("四十五万人", 450000, "person"),
        same("两千零二十四人", 2024, "person"), same("二〇二四个", 2024, "count")));

INSTANTIATE_TEST_SUITE_P(
    Mixed, QuantityTest,
    ::testing::Values(
        same("1.5万", 15000), same("2万亿", 2000000000000), same("3千多", 3000, "", kOver),
        same("三点五亿", 350000000), same("3万亿元", 3000000000000, "CNY"),
        same("12.5万亿元", 12500000000000, "CNY"), same("0.5亿元", 50000000, "CNY"),
        same("3千", 3000), same("5百", 500), same("3千元", 3000, "CNY"),
        same("3百万元", 3000000, "CNY"), same("1000多亿元", 100000000000, "CNY", kOver),
        same("100余万人", 1000000, "person", kOver), same("3千多万", 30000000, "", kOver),
        same("两千多万元", 20000000, "CNY", kOver), same("1.5万余人", 15000, "person", kOver),
        same("2.3万户", 23000, "household"), same("5万余家", 50000, "org", kOver),
        same("百分之5", 5, "%"), same("5百分点", 5, "pp"),
        same("1.2万亿元", 1200000000000, "CNY")));

// Scaling is decimal: the value is the exact double of the written number.
INSTANTIATE_TEST_SUITE_P(
    ExactScaling, QuantityTest,
    ::testing::Values(same("121.97亿元", 12197000000, "CNY"), same("0.1亿元", 10000000, "CNY"),
                      same("1.23万亿元", 1230000000000, "CNY"), same("3.14159万", 31415.9),
                      same("456.82亿元", 45682000000, "CNY"),
                      same("64697.0亿元", 6469700000000, "CNY"),
                      same("0.07万亿元", 70000000000, "CNY"), same("1.12万人", 11200, "person"),
                      same("178.6万人", 1786000, "person"), same("24.7亿斤", 2470000000, "jin"),
                      same("8.3万", 83000), same("33.3亿元", 3330000000, "CNY"),
                      same("0.3万吨", 3000, "t"), same("1.1万亿元", 1100000000000, "CNY"),
                      same("4992.5万人", 49925000, "person"), same("0.01亿元", 1000000, "CNY"),
                      same("9.99万", 99900), same("154亿元", 15400000000, "CNY"),
                      same("1106亿元", 110600000000, "CNY"), same("267亿元", 26700000000, "CNY"),
                      same("0.000001万", 0.01), same("123456789.123456789", 123456789.123456789),
                      same("2.01万亿元", 2010000000000, "CNY"),
                      same("6.02亿千瓦时", 602000000, "kWh")));

// ---------------------------------------------------------------------------
// Units (units.tsv)
// ---------------------------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Units, QuantityTest,
    ::testing::Values(
        // currency, with and without scale
        same("100元", 100, "CNY"), same("5万元", 50000, "CNY"), same("5亿元", 500000000, "CNY"),
        same("5万亿元", 5000000000000, "CNY"), same("5千元", 5000, "CNY"),
        same("5百万元", 5000000, "CNY"), same("5亿人民币", 500000000, "CNY"),
        same("100美元", 100, "USD"), same("10亿美元", 1000000000, "USD"),
        same("3万欧元", 30000, "EUR"), same("5港元", 5, "HKD"), same("5亿港币", 500000000, "HKD"),
        same("200日元", 200, "JPY"),
        // shares and rates
        same("6.5%", 6.5, "%"), same("6.5％", 6.5, "%"), same("百分之6.5", 6.5, "%"),
        same("三成", 30, "%"), same("1.1个百分点", 1.1, "pp"), same("1.1百分点", 1.1, "pp"),
        same("1.4倍", 1.4, "times"), same("3.19‰", 3.19, "‰"), same("千分之3.19", 3.19, "‰"),
        same("0.5个千分点", 0.5, "‰pt"), same("0.5千分点", 0.5, "‰pt"),
        // people, households, organisations
        same("100人", 100, "person"), same("3万人", 30000, "person"),
        same("1000名", 1000, "person"), same("20位", 20, "person"),
        same("10万人次", 100000, "person_time"), same("500人次", 500, "person_time"),
        same("200户", 200, "household"), same("15家", 15, "org"),
        // physical units
        same("5万吨", 50000, "t"), same("300吨", 300, "t"), same("5千克", 5, "kg"),
        same("20公斤", 20, "kg"), same("10万平方米", 100000, "m2"), same("100㎡", 100, "m2"),
        same("20平方公里", 20, "km2"), same("20平方千米", 20, "km2"), same("10公顷", 10, "ha"),
        same("500亩", 500, "mu"), same("300公里", 300, "km"), same("5千米", 5, "km"),
        same("100米", 100, "m"), same("100万千瓦", 1000000, "kW"), same("5千瓦", 5, "kW"),
        same("50兆瓦", 50, "MW"), same("20亿千瓦时", 2000000000, "kWh"),
        same("30万千瓦时", 300000, "kWh"), same("5亿度", 500000000, "kWh"),
        same("100立方米", 100, "m3"), same("100万标箱", 1000000, "TEU"),
        same("50万标准箱", 500000, "TEU"), same("10升", 10, "L"), same("2万斤", 20000, "jin"),
        same("24.7亿斤", 2470000000, "jin"), same("3天", 3, "day"), same("24小时", 24, "hour"),
        // 日元 is yen although 日 after a number is a date
        same("5亿日元", 500000000, "JPY"),
        // a rate per unit of time belongs to the value
        one("实现60台/年的修理能力", "60台/年", 60, "count"), same("100万吨/年", 1000000, "t"),
        same("3000人次/天", 3000, "person_time")));

// Every classifier of the plain counts, with the character kept as unit_text.
std::vector<Case> classifier_cases() {
  std::vector<Case> out;
  for (const char* c :
       {"个", "项", "件", "笔", "宗", "座", "所", "条", "张", "批", "套", "台", "辆",
        "艘", "架", "只", "头", "部", "份", "次", "场", "期", "轮", "栋", "间", "处"}) {
    std::string t = "12"s + c;
    out.push_back(Case{t, {Want{t, 12, "count", kExact, std::nullopt, std::nullopt, c}}});
    std::string w = "3万"s + c;
    out.push_back(Case{w, {Want{w, 30000, "count", kExact, std::nullopt, std::nullopt, c}}});
  }
  return out;
}
INSTANTIATE_TEST_SUITE_P(Classifiers, QuantityTest, ::testing::ValuesIn(classifier_cases()));

TEST(QuantityUnitText, IsTheUnitAsWritten) {
  struct {
    const char* input;
    const char* unit_text;
  } rows[] = {{"0.5个百分点", "个百分点"},
              {"0.5百分点", "百分点"},
              {"10万人次", "人次"},
              {"3个", "个"},
              {"６．５％", "%"},
              {"6.5%", "%"},
              {"百分之六", "百分之"},
              {"千分之五", "千分之"},
              {"三成", "成"},
              {"20平方公里", "平方公里"},
              {"100万标箱", "标箱"},
              {"5港币", "港币"},
              {"100", ""}};
  for (const auto& r : rows) {
    SCOPED_TRACE(r.input);
    std::vector<Quantity> qs = quantities(r.input);
    ASSERT_EQ(qs.size(), 1u) << describe(qs);
    EXPECT_EQ(qs[0].unit_text, r.unit_text);
  }
}

// ---------------------------------------------------------------------------
// Qualifiers
// ---------------------------------------------------------------------------

struct QualifierWord {
  const char* word;
  Qualifier q;
};

// Every leading qualifier word before values of several shapes; the word is
// not part of the value text.
std::vector<Case> leading_qualifier_cases() {
  const QualifierWord words[] = {
      {"超过", kOver},   {"超", kOver},     {"逾", kOver},     {"突破", kOver},   {"首破", kOver},
      {"多达", kOver},   {"近", kUnder},    {"将近", kUnder},  {"接近", kUnder},  {"不到", kUnder},
      {"不足", kUnder},  {"未满", kUnder},  {"约", kApprox},   {"大约", kApprox}, {"约为", kApprox},
      {"大概", kApprox}, {"不低于", kOver}, {"不少于", kOver}, {"至少", kOver}};
  const Want values[] = {{"1200个", 1200, "count"},
                         {"2万亿元", 2000000000000, "CNY"},
                         {"3.5万人", 35000, "person"},
                         {"50%", 50, "%"},
                         {"两成", 20, "%"},
                         {"100家", 100, "org"}};
  std::vector<Case> out;
  for (const QualifierWord& w : words) {
    for (const Want& v : values) {
      Want x = v;
      x.qualifier = w.q;
      out.push_back(Case{"项目" + std::string(w.word) + v.text, {x}});
    }
  }
  return out;
}
INSTANTIATE_TEST_SUITE_P(Leading, QuantityTest, ::testing::ValuesIn(leading_qualifier_cases()));

INSTANTIATE_TEST_SUITE_P(
    Trailing, QuantityTest,
    ::testing::Values(
        same("50个以上", 50, "count", kOver), same("1万人以上", 10000, "person", kOver),
        same("10%以下", 10, "%", kUnder), same("3天以内", 3, "day", kUnder),
        same("100人左右", 100, "person", kApprox), same("10%上下", 10, "%", kApprox),
        same("1万人左右", 10000, "person", kApprox), same("5亿元左右", 500000000, "CNY", kApprox),
        same("1.5万余人", 15000, "person", kOver), same("300多家", 300, "org", kOver),
        same("400余个", 400, "count", kOver), same("300多名", 300, "person", kOver),
        same("三百多名", 300, "person", kOver), same("四十余家", 40, "org", kOver),
        same("二十多个", 20, "count", kOver), same("一万余人", 10000, "person", kOver),
        // a round unit with 余/多 counts one of it
        same("百余家", 100, "org", kOver), same("千余人", 1000, "person", kOver),
        same("万余人", 10000, "person", kOver), same("百多家", 100, "org", kOver),
        same("千多人", 1000, "person", kOver), one("吸引百余家企业", "百余家", 100, "org", kOver),
        none("百余"), none("千家万户"), same("1000余笔", 1000, "count", kOver),
        same("2万多户", 20000, "household", kOver),
        // more than so many tenths
        same("六成多", 60, "%", kOver), one("占比两成余", "两成余", 20, "%", kOver),
        // 上下游 is a word, not a qualifier
        one("5家上下游企业", "5家", 5, "org"),
        // qualifier on both sides: the first one read wins, the span has the trailing word
        one("超过50个以上", "50个以上", 50, "count", kOver),
        one("约100人左右", "100人左右", 100, "person", kApprox)));

// A word that ends in a qualifier character is not a qualifier.
INSTANTIATE_TEST_SUITE_P(FalseQualifiers, QuantityTest,
                         ::testing::Values(one("签约100个项目", "100个", 100, "count"),
                                           one("节约30%", "30%", 30, "%"),
                                           one("附近3个", "3个", 3, "count"),
                                           one("赶超5%", "5%", 5, "%"),
                                           one("最近5家", "5家", 5, "org"),
                                           one("预约200人次", "200人次", 200, "person_time"),
                                           one("邀约50家", "50家", 50, "org")));

// ---------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Ranges, QuantityTest,
    ::testing::Values(one("3-5万", "3-5万", 30000, "", kExact, 30000, 50000),
                      one("3至5倍", "3至5倍", 3, "times", kExact, 3, 5),
                      one("三四十个", "三四十个", 30, "count", kExact, 30, 40),
                      one("七八个", "七八个", 7, "count", kExact, 7, 8),
                      one("两三个", "两三个", 2, "count", kExact, 2, 3),
                      one("二三十个", "二三十个", 20, "count", kExact, 20, 30),
                      one("2.5-3.5万", "2.5-3.5万", 25000, "", kExact, 25000, 35000),
                      one("八九十个", "八九十个", 80, "count", kExact, 80, 90),
                      one("三四十万人", "三四十万人", 300000, "person", kExact, 300000, 400000),
                      one("三四千万元", "三四千万元", 30000000, "CNY", kExact, 30000000, 40000000),
                      one("3~5个", "3~5个", 3, "count", kExact, 3, 5),
                      one("3到5家", "3到5家", 3, "org", kExact, 3, 5),
                      one("10-20亿元", "10-20亿元", 1000000000, "CNY", kExact, 1000000000,
                          2000000000),
                      one("1.5-2万人", "1.5-2万人", 15000, "person", kExact, 15000, 20000),
                      one("6%-7%", "6%-7%", 6, "%", kExact, 6, 7),
                      one("6%~7%", "6%~7%", 6, "%", kExact, 6, 7),
                      one("6%至7%", "6%至7%", 6, "%", kExact, 6, 7),
                      one("3万-5万元", "3万-5万元", 30000, "CNY", kExact, 30000, 50000),
                      one("3万~5万元", "3万~5万元", 30000, "CNY", kExact, 30000, 50000),
                      one("3万至5万人", "3万至5万人", 30000, "person", kExact, 30000, 50000),
                      one("３－５万", "３－５万", 30000, "", kExact, 30000, 50000),
                      one("３～５倍", "３～５倍", 3, "times", kExact, 3, 5),
                      one("约3-5万人", "3-5万人", 30000, "person", kApprox, 30000, 50000),
                      one("50-100个以上", "50-100个以上", 50, "count", kOver, 50, 100),
                      one("5—10个百分点", "5—10个百分点", 5, "pp", kExact, 5, 10),
                      one("百分之五到百分之十", "百分之五到百分之十", 5, "%", kExact, 5, 10)));

// Signs: a dash right before a number is a minus unless it joins two numbers.
INSTANTIATE_TEST_SUITE_P(
    Signs, QuantityTest,
    ::testing::Values(one("增长率-3.19‰", "-3.19‰", -3.19, "‰"), same("-5%", -5, "%"),
                      one("人口自然增长率为-2.92‰", "-2.92‰", -2.92, "‰"),
                      one("增速为-0.5%", "-0.5%", -0.5, "%"), one("跌幅-5%", "-5%", -5, "%"),
                      one("同比-1.2个百分点", "-1.2个百分点", -1.2, "pp"),
                      // the dash of a range is not a minus: 3万-5万 is one range
                      one("3万-5万", "3万-5万", 30000, "", kExact, 30000, 50000),
                      one("1000万-2000万元", "1000万-2000万元", 10000000, "CNY", kExact, 10000000,
                          20000000),
                      one("2%-3%", "2%-3%", 2, "%", kExact, 2, 3)));

// ---------------------------------------------------------------------------
// Words that only look like numbers
// ---------------------------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Traps, QuantityTest,
    ::testing::Values(
        none("陆海新通道"), none("打造西部陆海新通道"), none("十分重要"), none("这项工作十分重要"),
        none("推动共建一带一路高质量发展"), none("共建“一带一路”"), none("坚决做到“两个维护”"),
        none("增强“四个意识”、坚定“四个自信”"), none("部门一把手例会"), none("第七届西洽会"),
        none("第七届中国西部国际投资贸易洽谈会"), none("第3名"), none("第二十届"),
        none("“33618”现代制造业集群"), none("“4321”项目工作机制"), none("“5+2”变电站"),
        none("“十四五”规划"), none("十四五"), none("5月22日"), none("5月22日至25日"),
        none("2024年"), none("二〇二四年"), none("二〇二四年三月"), none("3月"), none("15日"),
        none("10时30分"), none("一季度"), none("20世纪"), none("100周年"), none("18岁"),
        none("60周岁"), none("30分钟"), none("CFM56发动机"), none("CFM56"), none("G20峰会"),
        none("5G基站"), none("3D打印"), none("A380"), none("1∶9"), none("“1∶9”"), none("比例为1∶9"),
        none("按1∶9配比"), none("1:9"), none("三次产业结构为17.2:30.4:52.4"), none("7/24"),
        none("万州区"), none("千里马"), none("百姓"), none("千方百计"), none("三峡库区"),
        none("两江新区"), none("九龙坡区"), none("一批项目"), none("一个地方"), none("一是"),
        none("二是"), none("三是"), none("一、综合"), none("零部件"), none("十八梯"),
        one("30亿级项目5个", "5个", 5, "count"), one("百亿级产业集群3个", "3个", 3, "count"),
        one("3大万亿级主导产业签约项目62个", "62个", 62, "count"),
        one("5月22日签约项目12个", "12个", 12, "count"),
        one("第七届西洽会签约项目196个", "196个", 196, "count"),
        one("“33618”集群签约项目金额占比达63%", "63%", 63, "%"),
        // durations, classes, codes, times and the three sectors
        none("3个月"), none("近3个月"), none("两个季度"), none("10万吨级码头"), none("COVID-19"),
        none("CFM-56"), none("三次产业"), none("三次产业结构为9.3:34.3:56.4"), none("10时30分"),
        none("2024年3月"), none("1:2:3"),
        // a time word after another unit starts a new word
        one("重大改革项目9项年度目标", "9项", 9, "count"),
        one("建成100亿元年产值", "100亿元", 10000000000, "CNY"),
        // two digits that are not neighbours are no number; dotted and dashed dates
        none("三五成群"), none("五一假期"), none("1.2.3"), none("第1.2.3条"), none("2024.03.15"),
        none("2024-03-15"), none("023-12345678"), none("5-3个")));

// Values that start with 一 are values when the unit is a rate.
INSTANTIATE_TEST_SUITE_P(OneAsAValue, QuantityTest,
                         ::testing::Values(one("提高一个百分点", "一个百分点", 1, "pp"),
                                           one("增长一倍", "一倍", 1, "times"),
                                           one("占比一成", "一成", 10, "%"),
                                           same("一万人", 10000, "person"),
                                           same("一亿元", 100000000, "CNY"),
                                           same("一百个", 100, "count")));

// ---------------------------------------------------------------------------
// Sentences with several values
// ---------------------------------------------------------------------------

INSTANTIATE_TEST_SUITE_P(
    Sentences, QuantityTest,
    ::testing::Values(
        Case{"一季度GDP、规上工业增加值、固投分别增长6%、7%、10.2%",
             {{"6%", 6, "%"}, {"7%", 7, "%"}, {"10.2%", 10.2, "%"}}},
        Case{"前六届西洽会总签约项目超过1200个，投资金额超过2万亿元",
             {{"1200个", 1200, "count", kOver}, {"2万亿元", 2000000000000, "CNY", kOver}}},
        Case{"先进材料等3大万亿级主导产业签约项目62个、1106亿元",
             {{"62个", 62, "count"}, {"1106亿元", 110600000000, "CNY"}}},
        Case{"北碚区传感器及仪器仪表产业产值121.97亿元，增长15.2%",
             {{"121.97亿元", 12197000000, "CNY"}, {"15.2%", 15.2, "%"}}},
        Case{"进出口增长1.4倍，高于全国2.8个百分点",
             {{"1.4倍", 1.4, "times"}, {"2.8个百分点", 2.8, "pp"}}},
        Case{"集聚高技能人才1.5万余人，国企法人压减15户",
             {{"1.5万余人", 15000, "person", kOver}, {"15户", 15, "household"}}},
        Case{"实现社零总额154亿元，新开工项目202个，开工率50.5%",
             {{"154亿元", 15400000000, "CNY"}, {"202个", 202, "count"}, {"50.5%", 50.5, "%"}}},
        Case{"全年粮食总产量24.7亿斤，比上年增长1.3%，连续多年稳定在20亿斤以上",
             {{"24.7亿斤", 2470000000, "jin"},
              {"1.3%", 1.3, "%"},
              {"20亿斤以上", 2000000000, "jin", kOver}}},
        Case{"全年人口出生率6.8‰，死亡率8.0‰，人口自然增长率-1.2‰",
             {{"6.8‰", 6.8, "‰"}, {"8.0‰", 8, "‰"}, {"-1.2‰", -1.2, "‰"}}},
        Case{"百分之六点五、三千二百万元、两成",
             {{"百分之六点五", 6.5, "%"}, {"三千二百万元", 32000000, "CNY"}, {"两成", 20, "%"}}},
        Case{"审批时限压缩至3天，接待游客120万人次",
             {{"3天", 3, "day"}, {"120万人次", 1200000, "person_time"}}}));

// Options do not change what the quantity layer finds.
TEST(QuantityOptions, ReferenceDateAndRegionDoNotChangeQuantities) {
  Options o;
  o.reference_date = "2025-04-25";
  o.default_region = "500000";
  std::vector<Quantity> a, b;
  const std::string text = "一季度GDP增长6.5%，实现社零总额154亿元。";
  ASSERT_TRUE(extractor().quantities(text, o, &a).ok());
  ASSERT_TRUE(extractor().quantities(text, Options{}, &b).ok());
  ASSERT_EQ(a.size(), 2u);
  ASSERT_EQ(b.size(), 2u);
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].begin, b[i].begin);
    EXPECT_EQ(a[i].value, b[i].value);
  }
  o.reference_date = "2025-13-01";
  econex::Status st = extractor().quantities(text, o, &a);
  EXPECT_EQ(st.code(), econex::StatusCode::kInvalidArgument);
  EXPECT_TRUE(a.empty());
}

// JSON of a quantity carries the same fields.
TEST(QuantityJson, CarriesTheFields) {
  std::vector<Quantity> qs = quantities("约3-5万人");
  ASSERT_EQ(qs.size(), 1u);
  std::string j = econex::to_json(qs[0]);
  EXPECT_NE(j.find("\"value_text\":\"3-5万人\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"value_begin\":3"), std::string::npos) << j;
  EXPECT_NE(j.find("\"value\":30000"), std::string::npos) << j;
  EXPECT_NE(j.find("\"unit\":\"person\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"qualifier\":\"approx\""), std::string::npos) << j;
  EXPECT_NE(j.find("\"low\":30000"), std::string::npos) << j;
  EXPECT_NE(j.find("\"high\":50000"), std::string::npos) << j;
  qs = quantities("6.5%");
  ASSERT_EQ(qs.size(), 1u);
  j = econex::to_json(qs[0]);
  EXPECT_NE(j.find("\"low\":null"), std::string::npos) << j;
  EXPECT_NE(j.find("\"high\":null"), std::string::npos) << j;
}

}  // namespace

// Compound numbers, signs, fractions, financial numerals and 度 (added with the lead's review).
TEST(QuantityMore, CompoundsSignsFractionsCapitals) {
  econex::Extractor x;
  econex::Options o;
  struct Case {
    const char* text;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"1万2千", 12000, ""},
      {"1亿2000万元", 120000000, "CNY"},
      {"负5", -5, ""},
      {"用电量1.2亿度", 120000000, "kWh"},
      {"二分之一", 50, "%"},
      {"四分之三", 75, "%"},
      {"两百", 200, ""},
      {"壹佰贰拾叁", 123, ""},
      {"千万元", 10000000, "CNY"},
      {"3万5千人", 35000, "person"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<econex::Quantity> qs;
    ASSERT_TRUE(x.quantities(c.text, o, &qs).ok());
    ASSERT_EQ(qs.size(), 1u);
    EXPECT_DOUBLE_EQ(qs[0].value, c.value);
    EXPECT_EQ(qs[0].unit, c.unit);
  }
  for (const char* word : {"零下5度", "千万不要", "陆海新通道", "百姓", "负责人3名"}) {
    SCOPED_TRACE(word);
    std::vector<econex::Quantity> qs;
    ASSERT_TRUE(x.quantities(word, o, &qs).ok());
    for (const econex::Quantity& q : qs) EXPECT_NE(q.unit, "kWh");
    if (std::string_view(word) != "负责人3名")
      EXPECT_TRUE(qs.empty());
    else {
      ASSERT_EQ(qs.size(), 1u);
      EXPECT_EQ(qs[0].value, 3);  // 负责 is not a minus sign
    }
  }
}

namespace {

// Decimal::to_double takes a fast path for short numbers; it must give
// strtod's correctly rounded result for every digit string and exponent.
TEST(Decimal, ToDoubleIsStrtod) {
  unsigned seed = 2024;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 8) & 0xFFFFFF; };
  for (int k = 0; k < 200000; ++k) {
    econex::detail::Decimal d;
    const std::size_t len = 1 + next() % 19;
    for (std::size_t i = 0; i < len; ++i) d.digits.push_back(static_cast<char>('0' + next() % 10));
    d.digits.erase(0, std::min(d.digits.find_first_not_of('0'), d.digits.size() - 1));
    d.exp10 = static_cast<int>(next() % 61) - 30;
    const std::string text = d.digits + "e" + std::to_string(d.exp10);
    ASSERT_EQ(d.to_double(), std::strtod(text.c_str(), nullptr)) << text;
  }
}

}  // namespace

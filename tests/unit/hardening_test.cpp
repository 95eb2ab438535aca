// Bad input through the C++ API (issue #6): every kind of invalid UTF-8 (with
// the byte offset, or replacement when asked), NUL bytes, empty and blank
// input, and pathological shapes — a 100 MB line without punctuation, 10^6
// commas, 10^5 list items before 分别, 500-digit numbers, 亿亿亿亿, deep
// brackets and quotes. Each must finish in linear time and bounded memory with
// sane records or none: spans inside the input and on code-point boundaries,
// value_text equal to the input bytes of its span, finite values.
//
// Sizes shrink under sanitizers (they are 10-50x slower). The long ones (the
// 100 MB line, the linear-time check, 4 GiB) are in hardening_huge_test.cpp.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "econex/econex.hpp"
#include "hardening_util.h"

namespace {

using namespace econex_hardening;  // NOLINT

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
                   static_cast<std::int64_t>(kBefore.size() + kAfter.size()),
                   c.name + " at the end"s);
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
  const std::string ok =
      "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80"
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

TEST(HardeningUtf8, InvalidBytesInARunningHeadAreReportedWhereTheyAre) {
  // a line repeated at page breaks is page furniture and is dropped, but not
  // when it holds bytes that are not UTF-8 (found by fuzz_periods)
  const std::string head = "-\xE9\xA3\xA3\xA3\xA3:";
  const std::string in = "\t-\xE4\xA3\xA3\n\n<PAGE_DIV>\n\n" + head + "\n<PAGE_DIV>\n\n" + head +
                         "\n<PAGE_DIV>\n增长6%\n";
  expect_invalid(in, static_cast<std::int64_t>(in.find(head) + 4), "running head");
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
  for (const std::string& in : {" "s, "\n"s, "\r\n\r\n"s, "\t\v\f"s, "　　　"s /* U+3000 */,
                                "\xC2\xA0"s, "\xE2\x80\x8B\xEF\xBB\xBF"s /* zero width, BOM */,
                                "<PAGE_DIV>"s, repeat(" \n\t　\r\n<PAGE_DIV>\n", scaled(100000))}) {
    AllThree r = run_ok(in);
    EXPECT_TRUE(r.records.empty());
    EXPECT_TRUE(r.quantities.empty());
    EXPECT_TRUE(r.periods.empty());
  }
}

TEST(HardeningInput, OnlyPunctuation) {
  for (const std::string& in :
       {"。"s, "，，，"s,
        repeat("。，、；：？！…—“”‘’（）《》【】「」『』·,.;:?!()[]{}<>\"'-~%", scaled(20000)),
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
    if (i) {
      names += "、";
      values += "、";
    }
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

TEST(HardeningShapes, TwentyThousandPagesWithRunningHeadsAndSections) {
  // page furniture and heading groups are found without walking the whole
  // document for each page or section
  const std::size_t n = scaled(20000);
  std::string in;
  for (std::size_t i = 0; i < n; ++i)
    in += "某市统计局　统计月报\n全市规上工业增加值增长5." + std::to_string(i % 10) + "%。\n\n- " +
          std::to_string(i + 1) + " -\n<PAGE_DIV>\n";
  AllThree r = run_ok(in);
  EXPECT_EQ(r.records.size(), n);
}

TEST(HardeningShapes, FiveHundredDigitNumbers) {
  const std::string d500 = repeat("9", 500);
  for (const std::string& in :
       {"地区生产总值" + d500 + "亿元，增长" + d500 + "%。", "0." + d500 + "%",
        d500 + "." + d500 + "万亿元", "1" + repeat(",999", 166) + "亿元", "-" + d500 + "%",
        d500 + "-" + d500 + "万元", "百分之" + repeat("九", 500),
        repeat("九千九百九十九万", 60) + "亿元", "二〇" + repeat("二", 500) + "年",
        d500 + "年" + d500 + "月"}) {
    AllThree r = run_ok(in);
    for (const Quantity& q : r.quantities) EXPECT_TRUE(std::isfinite(q.value)) << q.text;
  }
}

TEST(HardeningShapes, StackedMultipliers) {
  for (const std::string& in :
       {"亿亿亿亿"s, "亿亿亿亿元"s, "增长亿亿亿亿元"s, "5亿亿亿亿元"s, "一亿亿亿亿元"s,
        "5万亿亿万亿元"s, "1.5万万万万人"s, "三千亿亿亿元"s, repeat("亿", scaled(100000)) + "元",
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

}  // namespace

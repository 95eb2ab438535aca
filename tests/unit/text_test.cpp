// The text layer: UTF-8 validation and replacement, folding of full-width
// forms, layout spaces, soft line breaks, <PAGE_DIV> markers and NUL bytes,
// and the offset map that takes every clean span back to the caller's bytes.
//
// Cases are tables; each row is checked through the internal normalizer
// (text/normalize.h, text/utf8.h) and, where it matters, through the public
// API (Extractor::quantities / periods / extract), whose spans must always be
// byte ranges of the original input.
#include <gtest/gtest.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

#include <cmath>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "text/normalize.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace {

using econex::Extractor;
using econex::InvalidUtf8;
using econex::Options;
using econex::StatusCode;
using namespace std::string_literals;

const Extractor& extractor() {
  static const Extractor x;
  return x;
}

Options replace_options() {
  Options o;
  o.invalid_utf8 = InvalidUtf8::kReplace;
  return o;
}

// Printable form of arbitrary bytes for failure messages.
std::string show(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else if (c >= 0x80) {
      out.push_back(static_cast<char>(c));  // keep UTF-8 readable
    } else {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

std::string hexdump(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (!out.empty()) out.push_back(' ');
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return out;
}

std::size_t count_of(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string_view::npos;
       p = hay.find(needle, p + needle.size()))
    ++n;
  return n;
}

// ---------------------------------------------------------------------------
// UTF-8 primitives
// ---------------------------------------------------------------------------

struct CodePointCase {
  char32_t cp;
  std::string bytes;
};

void PrintTo(const CodePointCase& c, std::ostream* os) {
  *os << "U+" << std::hex << static_cast<std::uint32_t>(c.cp);
}

class Utf8CodePointTest : public ::testing::TestWithParam<CodePointCase> {};

TEST_P(Utf8CodePointTest, EncodesDecodesAndValidates) {
  const CodePointCase& c = GetParam();
  char buf[4];
  std::size_t n = econex::detail::encode_utf8(c.cp, buf);
  EXPECT_EQ(std::string(buf, n), c.bytes) << hexdump(std::string(buf, n));
  EXPECT_EQ(econex::detail::utf8_sequence_length(c.bytes, 0), c.bytes.size());
  EXPECT_EQ(econex::detail::decode_utf8(c.bytes, 0, c.bytes.size()), c.cp);
  EXPECT_EQ(econex::detail::first_invalid_utf8(c.bytes), -1);
  std::size_t i = 0;
  EXPECT_EQ(econex::detail::next_cp(c.bytes, &i), c.cp);
  EXPECT_EQ(i, c.bytes.size());
  // the code point right before the end starts at 0
  EXPECT_EQ(econex::detail::prev_cp_start(c.bytes, c.bytes.size()), 0u);
  // and behind a prefix it starts right after the prefix
  std::string prefixed = "增长" + c.bytes;
  EXPECT_EQ(econex::detail::prev_cp_start(prefixed, prefixed.size()), 6u);
}

INSTANTIATE_TEST_SUITE_P(
    Boundaries, Utf8CodePointTest,
    ::testing::Values(
        CodePointCase{U'\x01', "\x01"}, CodePointCase{U'A', "A"}, CodePointCase{U'\x7F', "\x7F"},
        CodePointCase{0x80, "\xC2\x80"}, CodePointCase{0xA9, "\xC2\xA9"},
        CodePointCase{0x7FF, "\xDF\xBF"}, CodePointCase{0x800, "\xE0\xA0\x80"},
        CodePointCase{0x3000, "\xE3\x80\x80"}, CodePointCase{0x4E00, "\xE4\xB8\x80"},
        CodePointCase{0x9FFF, "\xE9\xBF\xBF"}, CodePointCase{0xD7FF, "\xED\x9F\xBF"},
        CodePointCase{0xE000, "\xEE\x80\x80"}, CodePointCase{0xFF05, "\xEF\xBC\x85"},
        CodePointCase{0xFFFD, "\xEF\xBF\xBD"}, CodePointCase{0xFFFF, "\xEF\xBF\xBF"},
        CodePointCase{0x10000, "\xF0\x90\x80\x80"}, CodePointCase{0x20000, "\xF0\xA0\x80\x80"},
        CodePointCase{0xFFFFF, "\xF3\xBF\xBF\xBF"}, CodePointCase{0x100000, "\xF4\x80\x80\x80"},
        CodePointCase{0x10FFFF, "\xF4\x8F\xBF\xBF"}));

// Every scalar value round-trips; every surrogate encodes to bytes that the
// validator rejects.
TEST(Utf8, EveryCodePointRoundTripsAndSurrogatesAreRejected) {
  std::size_t checked = 0;
  for (char32_t cp = 1; cp <= 0x10FFFF; ++cp) {
    char buf[4];
    std::size_t n = econex::detail::encode_utf8(cp, buf);
    std::string_view s(buf, n);
    std::size_t expected_len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    ASSERT_EQ(n, expected_len) << std::hex << static_cast<std::uint32_t>(cp);
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    std::size_t len = econex::detail::utf8_sequence_length(s, 0);
    if (surrogate) {
      ASSERT_EQ(len, 0u) << std::hex << static_cast<std::uint32_t>(cp);
      ASSERT_EQ(econex::detail::first_invalid_utf8(s), 0);
    } else {
      ASSERT_EQ(len, n) << std::hex << static_cast<std::uint32_t>(cp);
      ASSERT_EQ(econex::detail::decode_utf8(s, 0, len), cp)
          << std::hex << static_cast<std::uint32_t>(cp);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 0x10FFFFu - 0x800u);
}

// Every lead byte that can never start a sequence is rejected on its own and
// in front of continuation bytes.
TEST(Utf8, ImpossibleLeadBytesAreRejected) {
  for (int b = 0x80; b <= 0xFF; ++b) {
    bool can_lead = (b >= 0xC2 && b <= 0xF4);
    std::string s(1, static_cast<char>(b));
    s += "\x80\x80\x80";
    SCOPED_TRACE(hexdump(s));
    if (!can_lead) {
      EXPECT_EQ(econex::detail::utf8_sequence_length(s, 0), 0u);
      EXPECT_EQ(econex::detail::first_invalid_utf8("ok" + s), 2);
    }
  }
}

// Truncating any multi-byte character anywhere is caught at its first byte.
TEST(Utf8, EveryTruncationOfAMultiByteCharacterIsRejected) {
  for (std::string ch : {"\xC2\xA9"s, "增"s, "％"s, "\xF0\x9F\x98\x80"s, "\xF4\x8F\xBF\xBF"s}) {
    for (std::size_t cut = 1; cut < ch.size(); ++cut) {
      std::string s = "GDP增长" + ch.substr(0, cut);
      SCOPED_TRACE(hexdump(s));
      EXPECT_EQ(econex::detail::first_invalid_utf8(s), 9);
      EXPECT_EQ(econex::detail::first_invalid_utf8(s + "6.5%"), 9);
    }
  }
}

// ---------------------------------------------------------------------------
// Invalid input through the API: the exact offset in error mode, U+FFFD per
// bad byte in replacement mode.
// ---------------------------------------------------------------------------

struct BadBytes {
  const char* kind;
  std::string bytes;  // each byte of it is invalid where it stands
};

const std::vector<BadBytes>& bad_sequences() {
  static const std::vector<BadBytes> v = {
      {"lone continuation 80", "\x80"},
      {"lone continuation BF", "\xBF"},
      {"two continuations", "\x80\xBF"},
      {"continuation after ASCII-only lead", "\x9F"},
      {"overlong 2-byte C0 80 (NUL)", "\xC0\x80"},
      {"overlong 2-byte C0 AF ('/')", "\xC0\xAF"},
      {"overlong 2-byte C1 BF", "\xC1\xBF"},
      {"overlong 3-byte E0 80 80", "\xE0\x80\x80"},
      {"overlong 3-byte E0 9F BF", "\xE0\x9F\xBF"},
      {"overlong 4-byte F0 80 80 80", "\xF0\x80\x80\x80"},
      {"overlong 4-byte F0 8F BF BF", "\xF0\x8F\xBF\xBF"},
      {"surrogate D800", "\xED\xA0\x80"},
      {"surrogate DBFF", "\xED\xAF\xBF"},
      {"surrogate DC00", "\xED\xB0\x80"},
      {"surrogate DFFF", "\xED\xBF\xBF"},
      {"past U+10FFFF: 110000", "\xF4\x90\x80\x80"},
      {"past U+10FFFF: F5", "\xF5\x80\x80\x80"},
      {"past U+10FFFF: F7 BF", "\xF7\xBF\xBF\xBF"},
      {"5-byte form F8", "\xF8\x88\x80\x80\x80"},
      {"6-byte form FC", "\xFC\x84\x80\x80\x80\x80"},
      {"byte FE", "\xFE"},
      {"byte FF", "\xFF"},
      {"truncated 2-byte", "\xC3"},
      {"truncated 3-byte (1 of 3)", "\xE4"},
      {"truncated 3-byte (2 of 3)", "\xE4\xB8"},
      {"truncated 4-byte (1 of 4)", "\xF0"},
      {"truncated 4-byte (2 of 4)", "\xF0\x9F"},
      {"truncated 4-byte (3 of 4)", "\xF0\x9F\x98"},
      {"GBK bytes of 增长", "\xD4\xF6\xB3\xA4"},
      {"Latin-1 e-acute", "\xE9"},
  };
  return v;
}

struct Utf8ErrorCase {
  std::string name;
  std::string input;
  std::int64_t offset;       // first bad byte
  std::size_t replacements;  // U+FFFD in the clean text in replacement mode
  std::string after;         // a quantity written after the bad bytes ("" none)
};

std::vector<Utf8ErrorCase> utf8_error_cases() {
  const std::vector<std::string> prefixes = {"", "a", "增长", "GDP增长6.5%，", "１２３"};
  const std::vector<std::string> suffixes = {"", "x", "增长6.5%", "，完成投资121.97亿元"};
  std::vector<Utf8ErrorCase> out;
  for (const BadBytes& b : bad_sequences()) {
    for (const std::string& p : prefixes) {
      for (const std::string& s : suffixes) {
        Utf8ErrorCase c;
        c.name = std::string(b.kind) + " | prefix '" + p + "' | suffix '" + s + "'";
        c.input = p + b.bytes + s;
        c.offset = static_cast<std::int64_t>(p.size());
        c.replacements = b.bytes.size();
        c.after = s == "增长6.5%" ? "6.5%" : s == "，完成投资121.97亿元" ? "121.97亿元" : "";
        out.push_back(std::move(c));
      }
    }
  }
  // several bad spots: the first is reported
  out.push_back({"two bad spots", "ok\xFFok\xFE", 2, 2, ""});
  out.push_back({"bad after a valid 4-byte char", "\xF0\x9F\x98\x80\x80增长6.5%", 4, 1, "6.5%"});
  out.push_back({"valid lead, bad second byte", "\xE4\x41\xB8", 0, 2, ""});
  out.push_back({"bad byte right after a number", "增长6.5\xFF%", 9, 1, ""});
  out.push_back({"bad byte inside a <PAGE_DIV> run",
                 "增长<PAGE_DIV>\x80"
                 "6.5%",
                 16, 1, "6.5%"});
  out.push_back({"bad byte after NUL", "\0\x80"s, 1, 1, ""});
  return out;
}

void PrintTo(const Utf8ErrorCase& c, std::ostream* os) {
  *os << c.name << " [" << hexdump(c.input) << "]";
}

class Utf8ErrorTest : public ::testing::TestWithParam<Utf8ErrorCase> {};

TEST_P(Utf8ErrorTest, ErrorModeReportsTheFirstBadByte) {
  const Utf8ErrorCase& c = GetParam();
  SCOPED_TRACE(hexdump(c.input));
  EXPECT_EQ(econex::detail::first_invalid_utf8(c.input), c.offset);

  std::vector<econex::Quantity> qs{econex::Quantity{}};
  econex::Status st = extractor().quantities(c.input, Options{}, &qs);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(st.offset(), c.offset);
  EXPECT_NE(st.message().find("byte " + std::to_string(c.offset)), std::string::npos)
      << st.message();
  EXPECT_TRUE(qs.empty());

  std::vector<econex::Period> ps{econex::Period{}};
  st = extractor().periods(c.input, Options{}, &ps);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(st.offset(), c.offset);
  EXPECT_TRUE(ps.empty());

  std::vector<econex::Record> rs{econex::Record{}};
  st = extractor().extract(c.input, Options{}, &rs);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(st.offset(), c.offset);
  EXPECT_TRUE(rs.empty());

  econex::detail::CleanText ct;
  st = econex::detail::normalize(c.input, InvalidUtf8::kError, &ct);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(st.offset(), c.offset);
  EXPECT_TRUE(ct.text.empty());
  EXPECT_TRUE(ct.src.empty());
}

TEST_P(Utf8ErrorTest, ReplacementModeGivesOneReplacementCharacterPerBadByte) {
  const Utf8ErrorCase& c = GetParam();
  SCOPED_TRACE(hexdump(c.input));
  econex::detail::CleanText ct;
  ASSERT_TRUE(econex::detail::normalize(c.input, InvalidUtf8::kReplace, &ct).ok());
  EXPECT_EQ(count_of(ct.text, "\xEF\xBF\xBD"), c.replacements) << show(ct.text);
  EXPECT_EQ(econex::detail::first_invalid_utf8(ct.text), -1);
  // the first replacement character maps back to the first bad byte
  std::size_t r = ct.text.find("\xEF\xBF\xBD");
  ASSERT_NE(r, std::string::npos);
  EXPECT_EQ(ct.src[r], static_cast<std::uint32_t>(c.offset));

  std::vector<econex::Quantity> qs;
  econex::Status st = extractor().quantities(c.input, replace_options(), &qs);
  ASSERT_TRUE(st.ok()) << st.message();
  for (const econex::Quantity& q : qs) {
    ASSERT_LE(q.end, c.input.size());
    EXPECT_EQ(c.input.substr(q.begin, q.end - q.begin), q.text);
  }
  if (!c.after.empty()) {
    ASSERT_FALSE(qs.empty());
    const econex::Quantity& q = qs.back();
    EXPECT_EQ(q.text, c.after);
    EXPECT_EQ(q.begin, c.input.rfind(c.after));
    EXPECT_EQ(q.end, q.begin + c.after.size());
  }
  std::vector<econex::Period> ps;
  EXPECT_TRUE(extractor().periods(c.input, replace_options(), &ps).ok());
  std::vector<econex::Record> rs;
  EXPECT_TRUE(extractor().extract(c.input, replace_options(), &rs).ok());
  for (const econex::Record& rec : rs)
    EXPECT_EQ(c.input.substr(rec.value_begin, rec.value_end - rec.value_begin), rec.value_text);
}

INSTANTIATE_TEST_SUITE_P(AllKinds, Utf8ErrorTest, ::testing::ValuesIn(utf8_error_cases()));

TEST(Utf8Status, CodeNameAndMessageSayWhatToDo) {
  std::vector<econex::Quantity> qs;
  econex::Status st = extractor().quantities("增长\xFF", Options{}, &qs);
  EXPECT_EQ(st.code(), StatusCode::kInvalidUtf8);
  EXPECT_STREQ(econex::status_code_name(st.code()), "invalid_utf8");
  EXPECT_NE(st.message().find("UTF-8"), std::string::npos);
  EXPECT_NE(st.message().find("replace"), std::string::npos);
}

// Valid text at the edges of the code space is not rejected.
TEST(Utf8Status, ValidEdgeCodePointsAreAccepted) {
  for (std::string s : {"\xC2\x80"s, "\xDF\xBF"s, "\xE0\xA0\x80"s, "\xED\x9F\xBF"s, "\xEE\x80\x80"s,
                        "\xEF\xBF\xBF"s, "\xF0\x90\x80\x80"s, "\xF4\x8F\xBF\xBF"s, "\xEF\xBB\xBF"s,
                        "\xF0\x9F\x98\x80"s, "\x7F"s, "\0"s}) {
    std::string input = "增长6.5%" + s + "全年";
    SCOPED_TRACE(hexdump(input));
    std::vector<econex::Quantity> qs;
    econex::Status st = extractor().quantities(input, Options{}, &qs);
    ASSERT_TRUE(st.ok()) << st.message();
    ASSERT_EQ(qs.size(), 1u);
    EXPECT_EQ(qs[0].text, "6.5%");
    EXPECT_EQ(qs[0].begin, 6u);
    EXPECT_EQ(qs[0].value, 6.5);
  }
}

// ---------------------------------------------------------------------------
// Folding: the clean buffer
// ---------------------------------------------------------------------------

struct FoldCase {
  const char* name;
  std::string input;
  std::string clean;
};

void PrintTo(const FoldCase& c, std::ostream* os) { *os << c.name << " [" << show(c.input) << "]"; }

class FoldTest : public ::testing::TestWithParam<FoldCase> {};

TEST_P(FoldTest, CleanTextAndOffsetMap) {
  const FoldCase& c = GetParam();
  SCOPED_TRACE(show(c.input));
  econex::detail::CleanText ct;
  econex::Status st = econex::detail::normalize(c.input, InvalidUtf8::kError, &ct);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(ct.text, c.clean) << show(ct.text);
  // the map: one entry per clean byte, non-decreasing, on character starts
  ASSERT_EQ(ct.src.size(), ct.text.size());
  for (std::size_t i = 0; i < ct.src.size(); ++i) {
    ASSERT_LT(ct.src[i], c.input.size()) << i;
    if (i) {
      EXPECT_LE(ct.src[i - 1], ct.src[i]) << i;
    }
    EXPECT_NE((static_cast<unsigned char>(c.input[ct.src[i]]) & 0xC0), 0x80u) << i;
  }
  // every clean character maps to a range of the input that starts at it
  for (std::size_t i = 0; i < ct.text.size();) {
    std::size_t len = econex::detail::utf8_sequence_length(ct.text, i);
    ASSERT_GT(len, 0u);
    auto [b, e] = ct.original_span(i, i + len);
    EXPECT_EQ(b, ct.src[i]);
    EXPECT_LE(e, c.input.size());
    EXPECT_LT(b, e);
    i += len;
  }
}

INSTANTIATE_TEST_SUITE_P(
    FullWidthAndCompatibility, FoldTest,
    ::testing::Values(
        FoldCase{"full-width percent", "６．５％", "6.5%"},
        FoldCase{"full-width digits", "１２３４５６７８９０", "1234567890"},
        FoldCase{"full-width comma", "，", ","},
        FoldCase{"full-width colon semicolon", "：；", ":;"},
        FoldCase{"full-width parens", "（１）", "(1)"},
        FoldCase{"full-width letters", "ＧＤＰ", "GDP"},
        FoldCase{"full-width lower", "ａｂｃ", "abc"}, FoldCase{"full-width plus", "５＋２", "5+2"},
        FoldCase{"full-width minus", "－１．２‰", "-1.2‰"},
        FoldCase{"full-width tilde", "３～５", "3~5"},
        FoldCase{"full-width slash", "７／２４", "7/24"}, FoldCase{"full-width quote", "＂", "\""},
        FoldCase{"em dash", "2021—2025", "2021-2025"}, FoldCase{"en dash", "1–5月", "1-5月"},
        FoldCase{"hyphen U+2010", "1‐5", "1-5"}, FoldCase{"minus sign", "−5%", "-5%"},
        FoldCase{"small hyphen-minus", "﹣5%", "-5%"}, FoldCase{"wave dash", "3月〜5月", "3月~5月"},
        FoldCase{"tilde operator", "3∼5", "3~5"}, FoldCase{"CJK kept", "增长率", "增长率"},
        FoldCase{"CJK punctuation kept", "。、「」『』【】《》", "。、「」『』【】《》"},
        FoldCase{"curly quotes kept", "“33618”", "“33618”"},
        FoldCase{"ellipsis kept", "等……", "等……"}, FoldCase{"per mille kept", "３．１９‰", "3.19‰"},
        FoldCase{"square metre sign kept", "10㎡", "10㎡"},
        FoldCase{"ratio sign kept", "1∶9", "1∶9"},
        FoldCase{"middle dot kept", "中国·固始", "中国·固始"},
        FoldCase{"full-width mixed sentence", "增长６．５％，高于全国０．５个百分点",
                 "增长6.5%,高于全国0.5个百分点"},
        FoldCase{"full-width thousands", "１，２３４．５亿元", "1,234.5亿元"}));

INSTANTIATE_TEST_SUITE_P(
    Spaces, FoldTest,
    ::testing::Values(
        FoldCase{"space between every CJK character", "签 约 重 大 招 商 项 目 196 个",
                 "签约重大招商项目196个"},
        FoldCase{"ideographic spaces", "增　长　６．５％", "增长6.5%"},
        FoldCase{"leading ideographic indent", "　　全市GDP增长6.5%", "全市GDP增长6.5%"},
        FoldCase{"tabs", "增长\t6.5%", "增长6.5%"},
        FoldCase{"spaces around number", "GDP 增长 6.5 %", "GDP增长6.5%"},
        FoldCase{"spaces inside decimal", "6 . 5 %", "6.5%"},
        FoldCase{"no-break space",
                 "增长\xC2\xA0"
                 "6.5%",
                 "增长6.5%"},
        FoldCase{"thin space",
                 "增长\xE2\x80\x89"
                 "6.5%",
                 "增长6.5%"},
        FoldCase{"zero-width space", "增\xE2\x80\x8B长", "增长"},
        FoldCase{"zero-width joiner", "6\xE2\x80\x8D.5", "6.5"},
        FoldCase{"BOM at start", "\xEF\xBB\xBF增长", "增长"},
        FoldCase{"soft hyphen", "增\xC2\xAD长", "增长"},
        FoldCase{"space between ASCII words kept", "Hello World", "Hello World"},
        FoldCase{"space between two numbers kept", "2023 2024", "2023 2024"},
        FoldCase{"many spaces between ASCII words collapse", "GDP    growth", "GDP growth"},
        FoldCase{"space between ASCII and CJK dropped", "GDP 增长", "GDP增长"},
        FoldCase{"trailing spaces dropped", "增长6.5%   ", "增长6.5%"},
        FoldCase{"leading spaces dropped", "   增长6.5%", "增长6.5%"},
        FoldCase{"control characters are layout",
                 "增\x01长\x1F"
                 "6.5%\x7F",
                 "增长6.5%"}));

INSTANTIATE_TEST_SUITE_P(
    BreaksMarkersAndNul, FoldTest,
    ::testing::Values(
        FoldCase{"number split by a line break after a comma", "1,2\n34", "1,234"},
        FoldCase{"number split by a line break after the dot", "增长6.\n5%", "增长6.5%"},
        FoldCase{"number split before the percent sign", "增长6.5\n%", "增长6.5%"},
        FoldCase{"paragraph break kept", "第一段。\n第二段。", "第一段。\n第二段。"},
        FoldCase{"blank lines collapse to one break", "标题\n\n\n正文。", "标题\n正文。"},
        FoldCase{"CRLF", "第一段。\r\n第二段。", "第一段。\n第二段。"},
        FoldCase{"CR alone is layout", "第一段。\r第二段。", "第一段。第二段。"},
        FoldCase{"break after a comma runs on", "签约项目196个，\n其中外资项目12个。",
                 "签约项目196个,其中外资项目12个。"},
        FoldCase{"break before a comma runs on", "签约项目196个\n，其中外资项目12个。",
                 "签约项目196个,其中外资项目12个。"},
        FoldCase{"break before a percent sign runs on", "占比达63\n%。", "占比达63%。"},
        FoldCase{"break after 的 runs on", "全市的\n经济总量。", "全市的经济总量。"},
        FoldCase{"break inside 增长 runs on", "一季度GDP增\n长6.5%。", "一季度GDP增长6.5%。"},
        FoldCase{"break inside 增长 across a blank line", "一季度GDP增\n\n长6.5%。",
                 "一季度GDP增长6.5%。"},
        FoldCase{"heading break kept",
                 "一季度经济运行情况\n全市GDP增长6.5%，规上工业增加值增长7%，固定资产投资增长10.2%"
                 "，社会消费品零售总额增长4.1%。",
                 "一季度经济运行情况\n全市GDP增长6.5%,规上工业增加值增长7%,固定资产投资增长10.2%,"
                 "社会消费品零售总额增长4.1%。"},
        FoldCase{"leading and trailing breaks dropped", "\n\n增长6.5%\n\n", "增长6.5%"},
        FoldCase{"a masthead stands alone beside narrow columns",
                 "某某日报 2025年10月9日 星期四 "
                 "第1版\n\n全州文旅市场红火\n接待游客786.4万\n人次，旅游收入增\n长9.6%"
                 "，较上年同\n期提高两个百分点",
                 "某某日报2025年10月9日星期四第1版\n全州文旅市场红火\n接待游客786.4万人次,"
                 "旅游收入增长9.6%,较上年同期提高两个百分点"},
        FoldCase{"page marker between words", "增长<PAGE_DIV>6.5%", "增长6.5%"},
        FoldCase{"page marker inside a number", "1<PAGE_DIV>23亿元", "123亿元"},
        FoldCase{"page marker with breaks around", "增\n<PAGE_DIV>\n长", "增长"},
        FoldCase{"page marker at the start", "<PAGE_DIV>增长", "增长"},
        FoldCase{
            "page numbers and a running head are dropped (the first stays)",
            "某局　　运行简报\n\n全县金融机构本外币各项存款余额同比增长9.4%;\n\n- 1 -\n<PAGE_DIV>\n"
            "某局　　运行简报\n全县金融机构本外币各项贷款余额同比增长6.1%。\n\n第 2 页 共 2 页",
            "某局运行简报\n全县金融机构本外币各项存款余额同比增长9.4%;"
            "全县金融机构本外币各项贷款余额同比增长6.1%。"},
        FoldCase{"full-width page numbers and a dateline",
                 "某局简报\n某市统计局　　２０２５年１１月１３日\n全县金融机构本外币各项存款余额同"
                 "比增长9.4%，\n\n— ２ —\n"
                 "<PAGE_DIV>\n各项贷款余额同比增长6.1%。\n第２页共３页",
                 "某局简报\n某市统计局2025年11月13日\n全县金融机构本外币各项存款余额同比增长9.4%,"
                 "各项贷款余额同比增长6.1%。"},
        FoldCase{"a running foot with its page number is dropped, and the word split by "
                 "the page break joins",
                 "工作总结\n　　全区实现地区生产总值612.4亿元，增长5.2%；一般公共预算收\n\n"
                 "工作总结　　　第1页　共3页\n<PAGE_DIV>\n\n入38.6亿元，增长2.9%。\n"
                 "　　二、主要任务\n\n工作总结　　　第2页　共3页\n<PAGE_DIV>\n\n"
                 "　　新建项目120个。\n",
                 "工作总结\n全区实现地区生产总值612.4亿元,增长5.2%;一般公共预算收入38.6亿元,"
                 "增长2.9%。\n二、主要任务\n新建项目120个。"},
        FoldCase{"footnote marks inside a line are dropped",
                 "粮食总产量①612.48万吨，新能源[1]发电量占比32.9%[2]，⑵工业",
                 "粮食总产量612.48万吨,新能源发电量占比32.9%,工业"},
        FoldCase{"an enclosed number starting a line numbers an item", "⑴工业\n⒉农业",
                 "(1)工业\n2.农业"},
        FoldCase{"a number in brackets after a word is a footnote mark; other brackets stay",
                 "见表[1]和[12a]，[3]号", "见表和[12a],[3]号"},
        FoldCase{"a figure alone next to two page breaks is no running head",
                 "亿元以上项目\n142个\n<PAGE_DIV>\n86个\n<PAGE_DIV>\n", "亿元以上项目142个86个"},
        FoldCase{"a circled number starting a line numbers the item, apart from a year",
                 "①2025年全县粮食总产量增长2%\n新能源Ⓐ级",
                 "(1)2025年全县粮食总产量增长2%新能源A级"},
        FoldCase{"a line seen once at a page break stays",
                 "某局简报\n存款增长9.4%。\n<PAGE_DIV>\n二、贷款\n",
                 "某局简报\n存款增长9.4%。\n二、贷款"},
        FoldCase{"two page markers", "<PAGE_DIV>增长<PAGE_DIV>6.5%<PAGE_DIV>", "增长6.5%"},
        FoldCase{"not a page marker", "<PAGE>增长", "<PAGE>增长"},
        FoldCase{"NUL inside a number", "增长6.5\0%"s, "增长6.5%"},
        FoldCase{"NUL between words", "增\0长"s, "增长"},
        FoldCase{"NUL run", "\0\0增长\0\0"s, "增长"}));

// Text that has nothing in it.
class EmptyInputTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EmptyInputTest, NothingIsFoundAndNothingFails) {
  const std::string& in = GetParam();
  SCOPED_TRACE(show(in));
  econex::detail::CleanText ct;
  ASSERT_TRUE(econex::detail::normalize(in, InvalidUtf8::kError, &ct).ok());
  EXPECT_EQ(ct.text, "");
  EXPECT_TRUE(ct.src.empty());
  std::vector<econex::Quantity> qs{econex::Quantity{}};
  EXPECT_TRUE(extractor().quantities(in, Options{}, &qs).ok());
  EXPECT_TRUE(qs.empty());
  std::vector<econex::Period> ps{econex::Period{}};
  Options o;
  o.reference_date = "2025-04-25";
  EXPECT_TRUE(extractor().periods(in, o, &ps).ok());
  EXPECT_TRUE(ps.empty());
  std::vector<econex::Record> rs{econex::Record{}};
  o.default_region = "500000";
  EXPECT_TRUE(extractor().extract(in, o, &rs).ok());
  EXPECT_TRUE(rs.empty());
}

INSTANTIATE_TEST_SUITE_P(EmptyAndWhitespace, EmptyInputTest,
                         ::testing::Values(""s, " "s, "     "s, "\t"s, "\n"s, "\n\n\n"s, "\r\n"s,
                                           " \t\r\n \n"s, "　"s, "　　\n　"s, "\xC2\xA0"s,
                                           "\xE2\x80\x8B"s, "\xEF\xBB\xBF"s, "<PAGE_DIV>"s,
                                           "\n<PAGE_DIV>\n<PAGE_DIV>"s, "\0"s, "\0\0\0"s, " \0 \n"s,
                                           "\x01\x02\x1F"s, "\v\f"s));

// Input the library cannot index is refused before a byte of it is read.
TEST(InputSize, FourGibibytesOrMoreIsTooLarge) {
#ifdef __linux__
  const std::size_t size = (std::size_t{1} << 32) + 1;
  // Address space only: any read of it faults, so the test also shows that
  // nothing looks at the bytes.
  void* p = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) GTEST_SKIP() << "cannot reserve 4 GiB of address space";
  std::string_view huge(static_cast<const char*>(p), size);
  std::vector<econex::Quantity> qs{econex::Quantity{}};
  econex::Status st = extractor().quantities(huge, Options{}, &qs);
  EXPECT_EQ(st.code(), StatusCode::kTooLarge);
  EXPECT_STREQ(econex::status_code_name(st.code()), "too_large");
  EXPECT_TRUE(qs.empty());
  std::vector<econex::Record> rs{econex::Record{}};
  EXPECT_EQ(extractor().extract(huge, Options{}, &rs).code(), StatusCode::kTooLarge);
  EXPECT_TRUE(rs.empty());
  munmap(p, size);
#else
  GTEST_SKIP() << "needs mmap";
#endif
}

// ---------------------------------------------------------------------------
// The offset map through the API: quantities in messy input
// ---------------------------------------------------------------------------

struct MessyQuantity {
  const char* name;
  std::string input;
  std::string text;  // the value as it must be reported (bytes of the input)
  double value;
  const char* unit;
};

void PrintTo(const MessyQuantity& c, std::ostream* os) {
  *os << c.name << " [" << show(c.input) << "]";
}

class MessyQuantityTest : public ::testing::TestWithParam<MessyQuantity> {};

TEST_P(MessyQuantityTest, SpanIsTheOriginalBytes) {
  const MessyQuantity& c = GetParam();
  SCOPED_TRACE(show(c.input));
  std::vector<econex::Quantity> qs;
  econex::Status st = extractor().quantities(c.input, replace_options(), &qs);
  ASSERT_TRUE(st.ok()) << st.message();
  for (const econex::Quantity& q : qs) {
    ASSERT_LT(q.begin, q.end);
    ASSERT_LE(q.end, c.input.size());
    EXPECT_EQ(c.input.substr(q.begin, q.end - q.begin), q.text);
  }
  ASSERT_EQ(qs.size(), 1u) << (qs.empty() ? "" : show(qs[0].text));
  const econex::Quantity& q = qs[0];
  EXPECT_EQ(show(q.text), show(c.text));
  EXPECT_EQ(q.begin, c.input.find(c.text));
  EXPECT_EQ(q.end, q.begin + c.text.size());
  EXPECT_EQ(q.value, c.value);
  EXPECT_EQ(q.unit, c.unit);
}

INSTANTIATE_TEST_SUITE_P(
    Messy, MessyQuantityTest,
    ::testing::Values(
        MessyQuantity{"full-width percent", "增长６．５％", "６．５％", 6.5, "%"},
        MessyQuantity{"full-width amount", "达到１２３．４５亿元", "１２３．４５亿元", 12345000000,
                      "CNY"},
        MessyQuantity{"full-width thousands", "共６，５００亿元", "６，５００亿元", 650000000000,
                      "CNY"},
        MessyQuantity{"full-width ten-thousands", "新增就业１．１２万人", "１．１２万人", 11200,
                      "person"},
        MessyQuantity{"full-width negative per mille", "人口自然增长率－１．２‰", "－１．２‰", -1.2,
                      "‰"},
        MessyQuantity{"full-width pp", "提高１．１个百分点", "１．１个百分点", 1.1, "pp"},
        MessyQuantity{"ideographic indent", "　　全市ＧＤＰ增长６．５％。", "６．５％", 6.5, "%"},
        MessyQuantity{"spaced characters", "签 约 重 大 招 商 项 目 196 个", "196 个", 196,
                      "count"},
        MessyQuantity{"spaced characters, comma", "签 约 重 大 招 商 项 目 196 个 ，其 中",
                      "196 个", 196, "count"},
        MessyQuantity{"spaced number and unit", "GDP 增长 6.5 %", "6.5 %", 6.5, "%"},
        MessyQuantity{"spaced decimal", "增 长 6 . 5 %", "6 . 5 %", 6.5, "%"},
        MessyQuantity{"spaced Chinese numeral", "占 百 分 之 六 点 五", "百 分 之 六 点 五", 6.5,
                      "%"},
        MessyQuantity{"spaced amount", "实 现 154 亿 元", "154 亿 元", 15400000000, "CNY"},
        MessyQuantity{"break inside a word", "增\n长6.5%", "6.5%", 6.5, "%"},
        MessyQuantity{"break inside a number after a comma", "完成1,2\n34个", "1,2\n34个", 1234,
                      "count"},
        MessyQuantity{"break inside a decimal", "增长6.\n5%", "6.\n5%", 6.5, "%"},
        MessyQuantity{"break before the unit", "增长6.5\n%", "6.5\n%", 6.5, "%"},
        MessyQuantity{"CRLF before the value", "增长\r\n6.5%", "6.5%", 6.5, "%"},
        MessyQuantity{"page marker before the value", "增长<PAGE_DIV>6.5%", "6.5%", 6.5, "%"},
        MessyQuantity{"page marker inside the value", "总额1<PAGE_DIV>23亿元", "1<PAGE_DIV>23亿元",
                      12300000000, "CNY"},
        MessyQuantity{"page marker before the unit", "增长6.5<PAGE_DIV>%", "6.5<PAGE_DIV>%", 6.5,
                      "%"},
        MessyQuantity{"page marker after the value", "增长6.5%<PAGE_DIV>", "6.5%", 6.5, "%"},
        MessyQuantity{"NUL inside the value", "增长6.5\0%"s, "6.5\0%"s, 6.5, "%"},
        MessyQuantity{"NUL before the value",
                      "增长\0"
                      "6.5%"s,
                      "6.5%", 6.5, "%"},
        MessyQuantity{"zero-width space inside the value", "增长6\xE2\x80\x8B.5%",
                      "6\xE2\x80\x8B.5%", 6.5, "%"},
        MessyQuantity{"BOM before the text", "\xEF\xBB\xBF增长6.5%", "6.5%", 6.5, "%"},
        MessyQuantity{"no-break space before the unit", "增长6.5\xC2\xA0%", "6.5\xC2\xA0%", 6.5,
                      "%"},
        MessyQuantity{"replacement before the value",
                      "增长\xFF"
                      "6.5%",
                      "6.5%", 6.5, "%"},
        MessyQuantity{"replacement bytes before the value", "\xE4\xB8增长6.5%", "6.5%", 6.5, "%"},
        MessyQuantity{"tab inside the value", "实现154\t亿元", "154\t亿元", 15400000000, "CNY"},
        MessyQuantity{"everything at once", "　<PAGE_DIV>GDP 增\n长 ６\xE2\x80\x8B．５ ％。",
                      "６\xE2\x80\x8B．５ ％", 6.5, "%"}));

// Several quantities in messy text: every span is the original bytes.
TEST(OffsetMap, EverySpanIsAByteRangeOfTheInput) {
  const std::vector<std::string> inputs = {
      "一季度，全市ＧＤＰ、规上工业增加值、固投分别增长６％、７％、１０．２％。",
      "前六届西洽会总签约项目超过\n1200个，投资金额超过2万亿元，为重庆\n经济发展提供了重要动力。",
      "签 约 重 大 招 商 项 目 196 个 ，其 中 ， 金 额 达 267 亿 元",
      "年末全县户籍人口１７８．６万人，常住人口１０２．３万人，比上年末减少０．８万人。",
      "人口出生率６．８‰，死亡率８．０‰，人口自然增长率－１．２‰。",
      "<PAGE_DIV>集聚高技能人才1.5万余人<PAGE_DIV>，新开工项目202个，开工率50.5%。",
      "GDP\0增长6.5%\0，固投增长10.2%"s,
      "增长\xFF"
      "6.5%，\xC0\x80下降3.2%",
      "三千二百万元、百分之六点五、两成、一万二千人",
  };
  for (const std::string& in : inputs) {
    SCOPED_TRACE(show(in));
    std::vector<econex::Quantity> qs;
    econex::Status st = extractor().quantities(in, replace_options(), &qs);
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_GE(qs.size(), 2u);
    std::size_t prev_end = 0;
    for (const econex::Quantity& q : qs) {
      ASSERT_LT(q.begin, q.end);
      ASSERT_LE(q.end, in.size());
      EXPECT_EQ(in.substr(q.begin, q.end - q.begin), q.text);
      EXPECT_GE(q.begin, prev_end);  // in order, not overlapping
      EXPECT_GT(econex::detail::utf8_sequence_length(in, q.begin), 0u);
      if (q.end < in.size()) {
        EXPECT_NE(static_cast<unsigned char>(in[q.end]) & 0xC0, 0x80u);
      }
      prev_end = q.end;
    }
    std::vector<econex::Period> ps;
    Options o = replace_options();
    o.reference_date = "2025-04-25";
    ASSERT_TRUE(extractor().periods(in, o, &ps).ok());
    for (const econex::Period& p : ps) {
      ASSERT_LT(p.begin, p.end);
      ASSERT_LE(p.end, in.size());
      EXPECT_EQ(in.substr(p.begin, p.end - p.begin), p.text);
    }
    std::vector<econex::Record> rs;
    o.default_region = "500000";
    ASSERT_TRUE(extractor().extract(in, o, &rs).ok());
    for (const econex::Record& r : rs) {
      ASSERT_LE(r.value_end, in.size());
      EXPECT_EQ(in.substr(r.value_begin, r.value_end - r.value_begin), r.value_text);
      EXPECT_LE(r.sentence_begin, r.value_begin);
      EXPECT_GE(r.sentence_end, r.value_end);
    }
  }
}

// Token soup: random sequences of the pieces that make numbers, units,
// periods and layout noise (fixed seed). Whatever comes out, every span is a
// byte range of the input, in order, and ranges are ordered.
TEST(OffsetMap, RandomTokenSoupKeepsEverySpanInTheInput) {
  const std::vector<std::string> tokens = {"1",
                                           "2",
                                           "9",
                                           "0",
                                           ".",
                                           ",",
                                           "-",
                                           "~",
                                           "/",
                                           ":",
                                           "%",
                                           "６",
                                           "．",
                                           "，",
                                           "％",
                                           "－",
                                           "一",
                                           "二",
                                           "两",
                                           "三",
                                           "十",
                                           "百",
                                           "千",
                                           "万",
                                           "亿",
                                           "零",
                                           "〇",
                                           "点",
                                           "百分之",
                                           "成",
                                           "个",
                                           "个百分点",
                                           "倍",
                                           "元",
                                           "亿元",
                                           "人",
                                           "人次",
                                           "户",
                                           "家",
                                           "吨",
                                           "余",
                                           "多",
                                           "以上",
                                           "左右",
                                           "约",
                                           "超过",
                                           "近",
                                           "不足",
                                           "至",
                                           "到",
                                           "年",
                                           "月",
                                           "日",
                                           "季度",
                                           "上半年",
                                           "前",
                                           "第",
                                           "截至",
                                           "底",
                                           "今年",
                                           "以来",
                                           "“",
                                           "”",
                                           "∶",
                                           "增长",
                                           "GDP",
                                           " ",
                                           "　",
                                           "\n",
                                           "\n\n",
                                           "\r\n",
                                           "<PAGE_DIV>",
                                           std::string(1, '\0'),
                                           "\xE2\x80\x8B",
                                           "\xFF",
                                           "\xE4\xB8",
                                           "\xC0\x80",
                                           "。",
                                           "；"};
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  Options o = replace_options();
  o.reference_date = "2025-04-25";
  std::size_t found_q = 0, found_p = 0, found_r = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string in;
    std::size_t n = 1 + next() % 24;
    for (std::size_t k = 0; k < n; ++k) in += tokens[next() % tokens.size()];
    SCOPED_TRACE(hexdump(in));
    std::vector<econex::Quantity> qs;
    ASSERT_TRUE(extractor().quantities(in, o, &qs).ok());
    std::size_t prev_end = 0;
    for (const econex::Quantity& q : qs) {
      ASSERT_LT(q.begin, q.end);
      ASSERT_LE(q.end, in.size());
      ASSERT_EQ(in.substr(q.begin, q.end - q.begin), q.text);
      ASSERT_GE(q.begin, prev_end);
      ASSERT_EQ(q.low.has_value(), q.high.has_value());
      if (q.low) {
        ASSERT_LE(std::abs(*q.low), std::abs(*q.high)) << q.text;
        ASSERT_EQ(q.value, *q.low);
      }
      ASSERT_TRUE(std::isfinite(q.value));
      prev_end = q.end;
    }
    std::vector<econex::Period> ps;
    ASSERT_TRUE(extractor().periods(in, o, &ps).ok());
    for (const econex::Period& p : ps) {
      ASSERT_LT(p.begin, p.end);
      ASSERT_LE(p.end, in.size());
      ASSERT_EQ(in.substr(p.begin, p.end - p.begin), p.text);
    }
    std::vector<econex::Record> rs;
    ASSERT_TRUE(extractor().extract(in, o, &rs).ok());
    for (const econex::Record& r : rs) {
      ASSERT_LE(r.value_end, in.size());
      ASSERT_EQ(in.substr(r.value_begin, r.value_end - r.value_begin), r.value_text);
    }
    found_q += qs.size();
    found_p += ps.size();
    found_r += rs.size();
  }
  // the soup is rich enough to exercise all three layers
  EXPECT_GT(found_q, 2000u);
  EXPECT_GT(found_p, 300u);
  EXPECT_GT(found_r, 100u);
}

// Exact spans of the values in one messy document.
TEST(OffsetMap, ExactSpansInAMessyDocument) {
  const std::string in =
      "　　一季度，全市ＧＤＰ增\n长６．５％，<PAGE_DIV>\n规上工业增加值增长7%，签 约 项 目 196 "
      "个。";
  std::vector<econex::Quantity> qs;
  ASSERT_TRUE(extractor().quantities(in, Options{}, &qs).ok());
  ASSERT_EQ(qs.size(), 3u);
  const char* texts[] = {"６．５％", "7%", "196 个"};
  const double values[] = {6.5, 7, 196};
  for (int i = 0; i < 3; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(qs[i].text, texts[i]);
    EXPECT_EQ(qs[i].begin, in.find(texts[i]));
    EXPECT_EQ(qs[i].end, in.find(texts[i]) + std::string_view(texts[i]).size());
    EXPECT_EQ(qs[i].value, values[i]);
  }
  std::vector<econex::Period> ps;
  Options o;
  o.reference_date = "2025-04-25";
  ASSERT_TRUE(extractor().periods(in, o, &ps).ok());
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(ps[0].text, "一季度");
  EXPECT_EQ(ps[0].begin, in.find("一季度"));
  EXPECT_EQ(ps[0].period, "2025-Q1");
}

// Periods written with layout noise keep their original spans too.
struct MessyPeriod {
  std::string input;
  std::string text;
  const char* period;
};

void PrintTo(const MessyPeriod& c, std::ostream* os) { *os << "[" << show(c.input) << "]"; }

class MessyPeriodTest : public ::testing::TestWithParam<MessyPeriod> {};

TEST_P(MessyPeriodTest, SpanIsTheOriginalBytes) {
  const MessyPeriod& c = GetParam();
  SCOPED_TRACE(show(c.input));
  Options o;
  o.reference_date = "2025-04-25";
  std::vector<econex::Period> ps;
  ASSERT_TRUE(extractor().periods(c.input, o, &ps).ok());
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_EQ(show(ps[0].text), show(c.text));
  EXPECT_EQ(ps[0].begin, c.input.find(c.text));
  EXPECT_EQ(ps[0].end, ps[0].begin + c.text.size());
  EXPECT_EQ(ps[0].period, c.period);
}

INSTANTIATE_TEST_SUITE_P(
    Messy, MessyPeriodTest,
    ::testing::Values(MessyPeriod{"一 季 度 GDP增长", "一 季 度", "2025-Q1"},
                      MessyPeriod{"１－５月，全市", "１－５月", "2025-01/2025-05"},
                      MessyPeriod{"２０２４年底，全市", "２０２４年底", "2024-12-31"},
                      MessyPeriod{"2021—2025年", "2021—2025年", "2021/2025"},
                      MessyPeriod{"　　前 三 季 度，", "前 三 季 度", "2025-01/2025-09"},
                      MessyPeriod{"截至<PAGE_DIV>10月底", "截至<PAGE_DIV>10月底", "2025-10-31"},
                      MessyPeriod{"今年\0以来"s, "今年\0以来"s, "2025-YTD"},
                      MessyPeriod{"3月\xE3\x80\x9C"
                                  "5月",
                                  "3月\xE3\x80\x9C"
                                  "5月",
                                  "2025-03/2025-05"},
                      MessyPeriod{"\xEF\xBB\xBF上半年", "上半年", "2025-H1"}));

}  // namespace

namespace {

// List numbers open items (一、 （一） 1. （1）); a list of months or quarters
// (3、4月份, 一、二季度) does not, a heading with a year after it does.
TEST(Segment, ListNumbers) {
  struct Case {
    const char* text;
    std::size_t length;
    int level;
  };
  const Case cases[] = {
      {"一、综合", 3 * 2, 1},
      {"（一）工业", 3 * 3, 2},
      {"1.工业", 2, 3},
      {"（1）工业", 3 * 2 + 1, 4},
      {"二、2025年工作安排", 3 * 2, 1},
      {"12、项目", 2 + 3, 3},
      {"3、4月份", 0, 0},
      {"一、二季度", 0, 0},
      {"10、11月", 0, 0},
      {"1.5亿元", 0, 0},
      {"一二三四、", 0, 0},
  };
  for (const Case& c : cases) {
    std::string_view s(c.text);
    int level = 0;
    const std::size_t n = econex::detail::list_number_length(s, 0, s.size(), &level);
    EXPECT_EQ(n, c.length) << c.text;
    if (c.length) {
      EXPECT_EQ(level, c.level) << c.text;
    }
  }
}

}  // namespace

// A web table pasted one cell per line comes out as a table rendered as text:
// the header and each row on one line, cells apart by a space; a group line
// (按地区分) and the title stand alone.
TEST(Normalize, TableCopiedOneCellPerLine) {
  const std::string in =
      "附表：2025年1—6月主要指标\n指标\n1—6月（万吨）\n同比增长（%）\n货物吞吐量\n1286.5\n4.2\n"
      "按港区分\n北港区\n612.3\n-1.5\n南港区\n674.2\n9.8\n注：数据为快报数。";
  econex::detail::CleanText ct;
  ASSERT_TRUE(econex::detail::normalize(in, econex::InvalidUtf8::kError, &ct).ok());
  EXPECT_EQ(ct.text,
            "附表:2025年1-6月主要指标\n指标1-6月(万吨)同比增长(%)\n货物吞吐量1286.5 4.2\n按港区分\n"
            "北港区612.3 -1.5\n南港区674.2 9.8\n注:数据为快报数。");
}

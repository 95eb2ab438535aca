// The pipeline behind econex::Extractor:
//   normalise (text/) -> find quantities and periods (quantity/, period/) ->
//   segment (text/segment) -> read statements (extract/statements) ->
//   resolve context (extract/context) -> records.
#include <algorithm>
#include <new>
#include <optional>
#include <span>

#include "data/lexicon.h"
#include "econex/econex.hpp"
#include "extract/context.h"
#include "extract/fixed_forms.h"
#include "extract/statements.h"
#include "extract/tables.h"
#include "gazetteer/indicators.h"
#include "gazetteer/regions.h"
#include "period/period.h"
#include "quantity/quantity.h"
#include "text/normalize.h"
#include "text/search.h"
#include "text/segment.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace econex {
namespace detail {

struct ExtractorImpl {
  FixedForms fixed;
  QuantityFinder quantities;
  PeriodFinder periods;
  // one pass for where numbers (set 0), periods (set 1) and words of plan
  // (set 2) can start
  LiteralScan starts{{&quantities.candidates(), &periods.candidates(), &target_word_starts()}};
  Gazetteer gazetteer;
  IndicatorTable indicators;
};

namespace {

struct Prepared {
  CleanText clean;
  std::vector<QuantityHit> quantities;
  std::vector<PeriodHit> periods;
  std::vector<LiteralScan::Start> starts;  // (both layers: one scan for their candidates)
  int ref_year = 0;
  int ref_month = 0;  // of the reference date given, 0 without one
  int home = -1;
  // the document's place when it is a zone the gazetteer lacks (济宁高新区):
  // its name; home is then the place it is a zone of (济宁市)
  std::string home_zone;
};

// Start of the clause that contains s[pos], not before `floor`.
std::size_t clause_start(std::string_view s, std::size_t floor, std::size_t pos) {
  std::size_t start = floor;
  for (std::size_t i = floor; i < pos;) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead >= 0xE4 && lead <= 0xE9) {  // an ideograph separates nothing
      i += 3;
      continue;
    }
    std::size_t len = 0;
    if (clause_separator_at(s, i, &len)) {
      start = i + len;
      i += len;
    } else {
      i += std::max<std::size_t>(1, utf8_sequence_length(s, i));
    }
  }
  return start;
}

// Skips separators and list numbers at the start of s[b, e).
std::size_t skip_leading(std::string_view s, std::size_t b, std::size_t e) {
  for (bool again = true; again && b < e;) {
    again = false;
    // (，：（） are folded; bullets open the items of a column of briefs)
    static const WordList kSeparators = {"、", ",", ":", "(", ")", " "};
    if (const std::size_t n = std::max(kSeparators.at(s, b).size(), bullet_at(s, b))) {
      b += n;
      again = true;
    }
    std::size_t n = list_number_length(s, b, e);
    if (n) {
      b += n;
      again = true;
    }
  }
  return b;
}

// (ref_month: a span from January without a year that ends after the
// reference month, 1—11月 in a report of January 2026, is of the year before:
// figures since January are reported once they are in)
std::string canonical(const PeriodHit& p, int ref_year, int year_hint, int ref_month) {
  const PeriodShape& s = p.shape;
  if (ref_month > 0 && ref_year > 0 && !s.year && !s.has_rel && s.month1 == 1 &&
      s.month2 > ref_month) {
    PeriodShape before = s;
    before.year = ref_year - 1;
    return canonical_period(before, ref_year, year_hint);
  }
  // 12月份, 四季度 in a report of January 2026 that speaks of 2025: a part of
  // the year after the reference month is of the year the text speaks of
  const int first_month = s.month1    ? s.month1
                          : s.quarter ? s.quarter * 3 - 2
                          : s.half    ? s.half * 6 - 5
                                      : 0;
  if (ref_month > 0 && ref_year > 0 && !s.year && !s.has_rel && year_hint == ref_year - 1 &&
      first_month > ref_month) {
    PeriodShape before = s;
    before.year = year_hint;
    return canonical_period(before, ref_year, year_hint);
  }
  return canonical_period(s, ref_year, year_hint);
}

bool is_reporting(const PeriodHit& p, int ref_year) {
  if (p.role == PeriodRole::kReporting || p.role == PeriodRole::kPoint) return true;
  return p.role == PeriodRole::kTrend && p.shape.year == ref_year && ref_year > 0;
}

// The newest year the document writes (2024年), for documents without a reference date.
int document_year(const std::vector<PeriodHit>& periods) {
  int y = 0;
  for (const PeriodHit& p : periods) y = std::max(y, std::max(p.shape.year, p.shape.year2));
  return y;
}

// Zone words after a place name (株洲高新区, 天津港保税区), longest first. A
// long one also names a zone after a name the gazetteer does not know
// (洋浦经济开发区); a short one (开发区, 园区) follows ordinary words too.
struct ZoneWord {
  std::string_view word;
  bool after_any_name;
};
constexpr ZoneWord kZoneWords[] = {{"高新技术产业开发区", true},
                                   {"经济技术开发区", true},
                                   {"综合保税区", true},
                                   {"经济开发区", true},
                                   {"保税港区", true},
                                   {"工业园区", false},
                                   {"开发区", false},
                                   {"高新区", false},
                                   {"经开区", false},
                                   {"综保区", false},
                                   {"保税区", false},
                                   {"自贸区", false}};
// An indicator of what flows over a time (收入, 投资, 增加值), not of what
// stands at a point (余额, 企业, 人口).
bool flow_indicator(std::string_view ind) {
  static const WordList& kFlows = lexicon("indicator.flows");
  std::string_view t = ind;
  if (t.ends_with("增速")) t.remove_suffix(6);
  // (项目总投资, 项目完成投资: what the projects are worth or took since
  // they started, not what was spent this year)
  return !kFlows.suffix_of(t).empty() && find_first(t, "项目") == std::string_view::npos;
}

// Words of flow before a stock's noun (新增企业, 净增规模以上工业企业): what
// was added, not what there is.
const WordList& flow_words() {
  static const WordList kFlows = {"新增",   "净增",   "新建", "新引进",
                                  "新认定", "新培育", "新设", "新获批"};
  return kFlows;
}

// Characters that are not part of a zone's name: 的, 和, 各 …, and levels.
const WordList& kNotInZoneName = lexicon("zone.not_in_name");

// What later statements read of a record already made: its indicator (for
// 增长6% after 349.7亿元), place (for a list that follows the places of the
// list before) and sentence. Kept instead of whole records, which the
// builder would otherwise copy for every value.
struct Recent {
  std::string indicator, indicator_id, region, region_code, basis;
  Measure measure = Measure::kLevel;
  std::size_t sentence_begin = 0;
  bool count = false;         // a number of things (unit count)
  bool firms = false;         // a number of firms (unit org)
  bool named_region = false;  // its place was named in its sentence

  Recent() = default;
  explicit Recent(const Record& r) { assign(r); }
  void assign(const Record& r) {
    indicator = r.indicator;
    indicator_id = r.indicator_id;
    region = r.region;
    region_code = r.region_code;
    measure = r.measure;
    basis = r.basis;
    sentence_begin = r.sentence_begin;
    count = r.unit == "count";
    firms = r.unit == "org";
    named_region = r.region_source == Source::kExplicit;
  }
};

// 每人每月, 每户: whom and how often an amount is per, written before each
// value of a list (每人每月726元、每人每年6108元).
bool per_unit(std::string_view t) {
  static constexpr std::string_view kPer = "人户亩名位月年天日";
  if (t.empty() || t.size() % 6 != 0) return false;
  for (std::size_t i = 0; i < t.size(); i += 6) {
    const std::size_t whom = kPer.find(t.substr(i + 3, 3));
    if (!starts_at(t, i, "每") || whom == std::string_view::npos || whom % 3 != 0) return false;
  }
  return true;
}

// Whether pos lies inside brackets that open and close within [b, e):
// (去年全年，…增长3.6%).
bool in_closed_brackets(std::string_view s, std::size_t b, std::size_t e, std::size_t pos) {
  const std::string_view before = s.substr(b, pos - b);
  const std::size_t open = before.rfind('(');
  if (open == std::string_view::npos || before.find(')', open) != std::string_view::npos)
    return false;
  return s.substr(pos, e - pos).find(')') != std::string_view::npos;
}

class RecordBuilder {
 public:
  RecordBuilder(const ExtractorImpl& x, const Prepared& p, const Segments& seg)
      : x_(x), p_(p), s_(p.clean.text), seg_(seg) {}

  void run(std::vector<Record>* out) {
    if (!p_.home_zone.empty())
      home_zone_ = local_region(p_.home_zone, "", x_.gazetteer.region(p_.home).code);
    // the rows of tables, by line: (table, row) or (-1, -1)
    find_tables(p_.clean, seg_.lines, p_.quantities, &tables_);
    table_line_.assign(seg_.lines.size(), false);
    for (const Table& t : tables_) {
      table_titles_.push_back(table_title(t));
      table_rates_.push_back(rates_title(t));
      table_places_.push_back(rows_are_places(t));
      std::vector<std::string_view> words;
      for (const TableColumn& c : t.columns) words.push_back(column_words(c));
      column_words_.push_back(std::move(words));
      table_line_[static_cast<std::size_t>(t.header_line)] = true;
    }
    std::vector<std::pair<int, int>> row_at(seg_.lines.size(), {-1, -1});
    for (std::size_t t = 0; t < tables_.size(); ++t)
      for (std::size_t r = 0; r < tables_[t].rows.size(); ++r) {
        const auto line = static_cast<std::size_t>(tables_[t].rows[r].line);
        row_at[line] = {static_cast<int>(t), static_cast<int>(r)};
        table_line_[line] = true;
      }
    std::size_t qi = 0, pi = 0;
    int done_row_line = -1;
    for (const Sentence& sent : seg_.sentences) {
      enter(sent);
      // this sentence's periods and quantities
      while (pi < p_.periods.size() && p_.periods[pi].begin < sent.begin) ++pi;
      std::size_t pj = pi;
      while (pj < p_.periods.size() && p_.periods[pj].begin < sent.end) ++pj;
      while (qi < p_.quantities.size() && p_.quantities[qi].begin < sent.begin) ++qi;
      std::size_t qj = qi;
      while (qj < p_.quantities.size() && p_.quantities[qj].begin < sent.end) ++qj;
      const auto [table, row] = row_at[static_cast<std::size_t>(sent.line)];
      if (table >= 0) {
        if (done_row_line != sent.line)
          table_row(sent, pi, pj, tables_[static_cast<std::size_t>(table)],
                    static_cast<std::size_t>(row), out);
        done_row_line = sent.line;
      } else {
        sentence(sent, pi, pj, qi, qj, out);
      }
      qi = qj;
    }
    auto by_value = [](const Record& a, const Record& b) { return a.value_begin < b.value_begin; };
    if (!std::is_sorted(out->begin(), out->end(), by_value))  // usually they are: no moves
      std::stable_sort(out->begin(), out->end(), by_value);
  }

 private:
  void enter(const Sentence& sent) {
    if (sent.section != carried_.section) {
      int hint = carried_.year_hint;
      const int region_before = carried_.section_region;
      // (an indented heading inside an article, 　　主体税种平稳运行, opens a part
      // of the article: the article's period goes on)
      // (nor does a label in brackets, 【工业】, that heads a part of a page)
      // (nor does a table's header or row, a short line read as a heading:
      // the table is of the text's time)
      // (nor does an item after a bullet, ■5618.3亿元, ■外贸进出口稳中提质, in a
      // list under a heading of its time: 2026年主要预期目标)
      // (nor does a heading that opens with an emoji, 💡外埠市场持续拓展, a
      // part of a post)
      const std::span<const Line> group = heading_group(seg_.lines, sent.section);
      const int table_line = first_table_line(group);
      const bool in_table =
          table_line >= 0 && table_line == static_cast<int>(&group.front() - seg_.lines.data());
      const bool keep = indented_line(sent.line) || bracket_label(sent.section) ||
                        emoji_label(sent.section) || in_table ||
                        (bullet_at(s_, sent.begin) > 0 && carried_.section_period_of_heading);
      std::string period = keep ? carried_.section_period : std::string();
      const bool of_heading = keep && carried_.section_period_of_heading;
      carried_ = Carried{};
      carried_.year_hint = hint;
      carried_.section_period = std::move(period);
      carried_.section_period_of_heading = of_heading;
      carried_.section = sent.section;
      // (not from a table's header or rows among the heading lines)
      carried_.section_region =
          heading_region(x_.gazetteer, s_, seg_.lines, sent.section, p_.home, table_line);
      // a headline that starts with a town (石桥镇蔬菜产量增长一成): the article is the town's
      if (carried_.section_region < 0) carried_.section_region = heading_town(sent.section);
      // a heading about a zone of the place (江阴高新区经济运行简报): the zone's
      if (carried_.section_region >= 0) {
        const int zone = heading_zone(sent.section, carried_.section_region);
        if (zone >= 0) carried_.section_region = zone;
      }
      // (a row read as a heading, 益阳高新区0.9 4.7, names the row's place, not
      // the place of the rows after it: the table stays in its section's place)
      if (in_table) carried_.section_region = region_before;
    }
    if (sent.line != carried_.line) {
      carried_.line = sent.line;
      carried_.line_region = -1;
      have_last_ = false;
      // (a point in time, 截至9月末, carries over the paragraphs of its section
      // or list item: 3月末，存款余额…\n贷款余额…, not into the next item)
      const Line& l = seg_.lines[static_cast<std::size_t>(sent.line)];
      // (a line that opens with a bullet, ■6.5%…, is an item of a list too:
      // its period is no time for the next one)
      const int bulleted = 9;  // (below every numbered level)
      if (l.level > 0 || l.figure_item) {
        carried_.open_item(l.level > 0 ? l.level : bulleted);
        carried_.line_period.clear();
      }
    }
  }

  // The place 全区 / 全市 … of a sentence are read against: the paragraph's
  // subject when it is a zone (今年以来，江阴高新区…。上半年，全区…), else the section's.
  int scope_place() const {
    const int r = carried_.line_region;
    if (r >= 0 && region_at(r).level == Region::kZone &&
        ends_at(region_at(r).name, region_at(r).name.size(), "区"))
      return r;
    return carried_.section_region;
  }

  // A row of a kind (新建商品住宅, 二手住宅) of what the title names (商品住宅销售价格):
  // the kind replaces the title's words up to the kind's last word (住宅) ->
  // 新建商品住宅销售价格, 二手住宅销售价格.
  static std::string kind_of(std::string_view kind, const std::string& title) {
    if (kind.size() >= 6) {
      const std::size_t at = title.find(kind.substr(kind.size() - 6));
      if (at != std::string::npos && at + 6 < title.size())
        return std::string(kind) + title.substr(at + 6);
    }
    return std::string(kind) + title;
  }

  // A zone of `place` named in a section's headings (江阴高新区 of 江阴市), or -1.
  int heading_zone(int section, int place) {
    for (const Line& l : heading_group(seg_.lines, section)) {
      std::vector<RegionMatch> m;
      x_.gazetteer.scan(s_, l.begin, l.end, p_.home, &m);
      for (const RegionMatch& r : m) {
        if (r.region != place) continue;
        const RegionMatch z = place_at(r.begin, l.end);
        if (z.end > r.end && z.region != place && region_at(z.region).level == Region::kZone)
          return z.region;
      }
    }
    return -1;
  }

  // The town a section's first heading starts with (石桥镇…), or -1.
  int heading_town(int section) {
    const std::span<const Line> group = heading_group(seg_.lines, section);
    if (group.empty()) return -1;
    const Line& l = group.front();
    return town_at(skip_leading(s_, l.begin, l.end), l.end).region;
  }

  // A period that is no time for the values before it: an aside (其中6月当月…)
  // or the plan a value is measured against (完成全年任务的六成).
  bool aside_or_base(const PeriodHit& p) const {
    return ends_at(s_, p.begin, "其中") || ends_at(s_, p.begin, "其中,") ||
           (starts_at(s_, p.end, "当月") && !opens_line(p.begin)) || plan_base(p);
  }
  // Whether clean offset b opens a line or a heading's part (⏎11月当月，完成…,
  // 02｜11月当月 with ｜ folded to |: the month is the paragraph's topic, no
  // aside; not …。12月当月，… at the end of a paragraph about the year).
  bool opens_line(std::size_t b) const {
    std::size_t i = b;
    while (i > 0 && s_[i - 1] == ' ') --i;
    return i == 0 || s_[i - 1] == '\n' || s_[i - 1] == '|';
  }
  // 在去年…增长8.1%的基础上，力争…: where the clause of a period that sets
  // out a base ends (after 的基础上), or npos; what follows is not of its time.
  std::size_t base_clause_end(const PeriodHit& p) const {
    if (!ends_at(s_, p.begin, "在")) return std::string_view::npos;
    const std::size_t stop = std::min(s_.size(), p.end + 90);
    for (std::size_t i = p.end; i < stop; ++i) {
      if (s_[i] == ',' || s_[i] == ';' || s_[i] == '\n' || starts_at(s_, i, "。")) break;
      if (starts_at(s_, i, "的基础上")) return i + 12;
    }
    return std::string_view::npos;
  }

  // (全年任务的六成, 年度计划的58.7%: not 全年目标:, 2025年预算的主要措施)
  bool plan_base(const PeriodHit& p) const {
    static const WordList kBases = {"目标任务的", "任务的", "目标的", "计划的", "预算的"};
    static const WordList kNumerals = {"一", "二", "两", "三", "四", "五", "六",
                                       "七", "八", "九", "十", "百", "半"};
    const std::string_view w = kBases.at(s_, p.end);
    if (w.empty()) return false;
    const std::size_t v = p.end + w.size();
    return v < s_.size() && ((s_[v] >= '0' && s_[v] <= '9') || !kNumerals.at(s_, v).empty());
  }

  // Whether a place that contains the document's own (宿迁市 in a report on
  // 沭阳县) is named in a paragraph about the document's place: it is named to
  // compare, and the sentences after it are the home's again.
  bool aside(int region) const {
    const int home = p_.home;
    if (home < 0 || region == home || region < 0 || carried_.line_region != home ||
        region >= static_cast<int>(x_.gazetteer.regions().size()))
      return false;
    const Gazetteer& g = x_.gazetteer;
    return region == g.province_of(home) || region == g.prefecture_of(home) ||
           region == g.city_of(home) || region == g.nation();
  }

  // The subject place of a sentence: a place at its start (after a period or
  // a list number), e.g. 万州区深入学习…, 截至2024年底,北碚区传感器….
  int sentence_subject(const Sentence& sent, std::size_t pi, std::size_t pj) {
    std::size_t b = skip_leading(s_, sent.begin, sent.end);
    for (std::size_t k = pi; k < pj; ++k) {
      if (p_.periods[k].begin == b) {
        b = skip_leading(s_, p_.periods[k].end, sent.end);
        break;
      }
    }
    RegionMatch m = place_at(b, sent.end);
    if (m.region >= 0 && !region_is_basis(s_, m.begin, m.end)) return m.region;
    // 在邻近的玉山县，今年…: a place that ends an opening clause of 在
    if (starts_at(s_, b, "在")) {
      const std::size_t stop = std::min(sent.end, b + 36);
      const std::size_t comma = s_.substr(0, stop).find(',', b);
      if (comma != std::string_view::npos)
        for (std::size_t j = b + 3; j < comma; j += utf8_sequence_length(s_, j)) {
          m = place_at(j, comma);
          if (m.region >= 0 && m.end == comma) return m.region;
        }
    }
    return -1;
  }

  // The last town named in the sentence, if any (记者来到湄江镇…), for 全镇 / 我镇
  // after it: the words before each 镇 or 乡, in the order of the text.
  void note_towns(const Sentence& sent) {
    if (p_.home < 0) return;  // (a town is a place of the document's own)
    const std::string_view text = s_.substr(0, sent.end);
    std::size_t zhen = find_first(text, "镇", sent.begin);
    std::size_t xiang = find_first(text, "乡", sent.begin);
    while (zhen != std::string_view::npos || xiang != std::string_view::npos) {
      const std::size_t q = std::min(zhen, xiang);
      for (std::size_t name : {6, 9, 12, 15})
        if (q >= sent.begin + name && town_at(q - name, q + 3).region >= 0) break;
      (q == zhen ? zhen : xiang) = find_first(text, q == zhen ? "镇" : "乡", q + 3);
    }
  }

  // The last zone named in the sentence, if any (a place name with a zone
  // word after it: 株洲高新区, 昆山开发区, 北碚园区), for what refers back to it.
  void note_zones(const Sentence& sent) {
    // every zone word ends with 区: look only where one does
    const std::string_view text = s_.substr(0, sent.end);
    auto note = [&](std::size_t q, std::string_view z) {  // z ending at the 区 at q
      if (!ends_at(text, q + 3, z) || q + 3 < sent.begin + z.size()) return;
      const std::size_t p = q + 3 - z.size();
      // a place name ending right before the zone word: up to six characters back
      std::size_t j = p;
      for (int back = 0; back < 6 && j > sent.begin; ++back) {
        j = prev_cp_start(s_, j);
        RegionMatch m = place_at(j, p + z.size());
        // 株洲高新区 (a zone), 北碚园区 (a park of 北碚区: the district)
        if (m.region >= 0 && (m.end == p + z.size() || m.end == p)) {
          carried_.named_zone = m.region;
          return;
        }
      }
    };
    for (std::size_t q = find_first(text, "区", sent.begin); q != std::string_view::npos;
         q = find_first(text, "区", q + 3)) {
      for (const ZoneWord& z : kZoneWords) note(q, z.word);
      for (std::string_view z : {"园区", "新区"}) note(q, z);
    }
  }

  void sentence(const Sentence& sent, std::size_t pi, std::size_t pj, std::size_t qi,
                std::size_t qj, std::vector<Record>* out) {
    note_zones(sent);
    note_towns(sent);
    // (a list introduced by a line ends at the first line that is no item of it)
    if (sent.line != intro_line_ && sent.line != intro_line_ + 1) intro_name_.clear();
    if (!intro_name_.empty() && sent.line == intro_line_ + 1) {
      if (qi == qj) intro_name_.clear();
      intro_line_ = sent.line;
    }
    int subject = sentence_subject(sent, pi, pj);
    const bool subject_named_later = subject < 0;
    const int line_before = carried_.line_region;
    if (subject >= 0 && !aside(subject)) carried_.line_region = subject;
    std::string last_reporting;
    bool last_is_point = false;
    bool last_years_written = false;  // 2021—2024年 (not 五年来)
    int sentence_year = 0;            // of the last period that writes one year
    for (std::size_t k = pi; k < pj; ++k) {
      // (其中6月当月增长9.1%: an aside's month is no time for what follows)
      const PeriodHit& p = p_.periods[k];
      // (…提高0.6个百分点（去年全年，…增长3.6%）: a bracketed aside's period
      // is no time for what follows either)
      if (is_reporting(p, p_.ref_year) && !aside_or_base(p) &&
          !in_closed_brackets(s_, sent.begin, sent.end, p.begin) && !in_explanation(p, qi, qj) &&
          !describes_figures(p, qi, qj) && !(average_span(p) && !last_reporting.empty()) &&
          base_clause_end(p) == std::string_view::npos) {
        // (2024年，年末…: the sentence's own year dates the point it carries)
        last_reporting = canonical(p_.periods[k], p_.ref_year,
                                   sentence_year ? sentence_year : year_hint(), p_.ref_month);
        last_is_point = p_.periods[k].role == PeriodRole::kPoint;
        last_years_written = p.shape.year != 0 && p.shape.year2 > p.shape.year;
        if (p.shape.year && !p.shape.year2) sentence_year = p.shape.year;
      }
    }

    std::size_t produced_before = out->size();
    std::size_t prev_end = sent.begin;
    for (std::size_t k = qi; k < qj;) {
      // a group: values joined only by 、 (6%、7%、10.2%), or with the direction
      // of each (分别下降2.1%、增长6.3%)
      std::size_t g_end = k + 1;
      std::vector<signed char>& directions = scratch_directions_;
      directions.assign(1, 0);
      while (g_end < qj) {
        std::string_view between =
            s_.substr(p_.quantities[g_end - 1].end,
                      p_.quantities[g_end].qual_begin - p_.quantities[g_end - 1].end);
        signed char direction = 0;
        if (starts_at(between, 0, "、") && per_unit(between.substr(3))) {
          // (每人每月726元、每人每年6108元: each value says whom it is per)
        } else if (between.size() > 3 &&
                   (starts_at(between, 0, "、") || starts_at(between, 0, "和"))) {
          static const WordList kRise = {"增长", "增加", "上升", "提高"};
          static const WordList kFall = {"下降", "减少", "回落", "降低"};
          std::string_view verb = between.substr(3);
          if (kRise.prefix_of(verb).size() == verb.size())
            direction = 1;
          else if (kFall.prefix_of(verb).size() == verb.size())
            direction = -1;
          else
            break;
          // 进出口总额4286.5亿元、增长9.7%: the growth of the level before, not a list
          const std::string_view prev_unit = p_.quantities[g_end - 1].unit;
          if (p_.quantities[g_end].unit == "%" && prev_unit != "%" && !prev_unit.empty()) break;
        } else if (between != "、" && between != "和" && between != "及") {
          break;
        }
        // (亿元以上项目82个、10亿元以上项目12个: the bound of the next item's
        // class is no item of the list)
        if (g_end + 1 < qj &&
            attributive(p_.quantities[g_end], p_.quantities[g_end + 1].qual_begin))
          break;
        directions.push_back(direction);
        ++g_end;
      }
      const QuantityHit& q0 = p_.quantities[k];
      if (g_end == k + 1 && g_end < qj && attributive(q0, p_.quantities[g_end].qual_begin)) {
        k = g_end;  // stays in the subject of the next value
        continue;
      }
      std::vector<QuantityHit>& values = scratch_values_;
      values.assign(p_.quantities.begin() + static_cast<std::ptrdiff_t>(k),
                    p_.quantities.begin() + static_cast<std::ptrdiff_t>(g_end));
      for (std::size_t t = 0; t < values.size(); ++t) values[t].direction = directions[t];
      share_list_unit(&values);
      if (values.size() == 1 && values[0].unit.empty()) unit_from_noun(sent, &values[0]);
      if ((values[0].unit.empty() && !(values.size() == 1 && ratio_noun_before(sent, q0))) ||
          rhetorical(values[0]) || rank_set(values[0]) || when_or_how_long(values[0]) ||
          top_bound(values[0]) ||
          (g_end == k + 1 && threshold(q0))) {  // bare numbers and thresholds are not records
        // (the 3 of 3、4月份 is part of a period, the 1 of a list number 1. at the
        // start of a clause numbers it: the subject runs over them)
        bool in_period = false;
        for (std::size_t t = pi; t < pj && !in_period; ++t)
          in_period = p_.periods[t].begin <= q0.begin && q0.end <= p_.periods[t].end;
        // (the cheap test first: clause_start reads the sentence from its start)
        const bool numbering = g_end == k + 1 && list_number_length(s_, q0.begin, sent.end) > 0 &&
                               clause_start(s_, sent.begin, q0.begin) == q0.begin;
        // (nor does the 三 of a rank, 居全市前三: the subject runs over it)
        const bool ranked = ends_at(s_, q0.begin, "前") || ends_at(s_, q0.begin, "第");
        if (!in_period && !numbering && !ranked) prev_end = p_.quantities[g_end - 1].end;
        k = g_end;
        continue;
      }
      std::size_t floor = std::max(sent.begin, prev_end);
      std::size_t cb = clause_start(s_, floor, q0.qual_begin);
      cb = skip_leading(s_, cb, q0.qual_begin);
      // (…增加到2025年的612.8亿元: the value's own period and 的 are no words
      // of the statement; its verb comes before them)
      std::size_t words_end = q0.qual_begin;
      for (std::size_t t = pi; t < pj; ++t)
        if (p_.periods[t].end + 3 == q0.qual_begin && p_.periods[t].begin > cb &&
            starts_at(s_, p_.periods[t].end, "的"))
          words_end = p_.periods[t].begin;
      Statement st = read_statement(s_, cb, words_end, values[0].unit);
      const std::string_view subject_now =
          s_.substr(st.subject_begin, st.subject_end - st.subject_begin);
      if (st.respectively && values.size() > 1 &&
          (split_subjects(subject_now, values.size()).size() < values.size() ||
           names_with_commas(subject_now))) {
        // 计算机、通信和其他电子设备制造业，电气机械和器材制造业，汽车制造业增加值分别增长…:
        // items separated by commas are still the subject
        std::size_t b = extend_subject(floor, cb, values.size());
        if (b != cb &&
            (!names_with_commas(subject_now) || ends_at(s_, prev_cp_start(s_, cb), "业"))) {
          st = read_statement(s_, b, q0.qual_begin, values[0].unit);
          cb = b;
        }
      }
      if (st.subject_begin == st.subject_end) {
        const auto [nb, ne] = named_clause_before(floor, cb);
        if (nb != ne) st.subject_begin = nb, st.subject_end = ne;
        // (…支出占比居前三位，分别为a、b、c: shares named before)
        if (nb != ne && st.measure == Measure::kLevel &&
            (ends_at(s_, ne, "占比") || ends_at(s_, ne, "比重"))) {
          const Statement named = read_statement(s_, nb, ne, values[0].unit);
          if (named.measure == Measure::kShare) {
            st.measure = Measure::kShare;
            st.basis = named.basis;
            st.subject_end = named.subject_end;
          }
        }
      }
      const int place = group(sent, pi, pj, values, st, subject, &last_, &have_last_, out);
      // 记者获悉，国庆假期，全省共接待游客…，实现旅游收入…: the first place a
      // statement of the sentence names is its subject, for the clauses after
      // it and the paragraph (as a place at the sentence start would be); not
      // a part named after 其中
      if (subject < 0 && place >= 0) {
        subject = place;
        if (!aside(place)) carried_.line_region = place;
      } else if (place >= 0 && place != subject && subject_named_later) {
        // (分地区看，甲市…，乙县…: a sentence of several places is no one's;
        // the place carried before it goes on)
        carried_.line_region = line_before;
      }
      prev_end = p_.quantities[g_end - 1].end;
      k = g_end;
    }
    fixed_forms(sent, pi, pj, subject, out);
    // carry the sentence's reporting period (not from asides: 其中，当月…)
    bool aside = starts_at(s_, sent.begin, "其中") || starts_at(s_, sent.begin, "当月");
    const Line& line = seg_.lines[static_cast<std::size_t>(sent.line)];
    bool heading = line.heading || line.subheading;
    const bool produced = out->size() > produced_before;
    // (回眸2025, 展望2026: a line of its own that ends in a year written
    // without 年 heads what follows)
    if (pi == pj && !produced && sent.begin == line.begin && sent.end == line.end)
      if (const int year = year_ending_heading(sent); year > 0) {
        last_reporting = std::to_string(year);
        last_is_point = false;
        heading = true;
      }
    // (今年以来，…平稳开局 under a title for 2025年一季度: a vaguer time of the same
    // year in a sentence without figures leaves the title's)
    const std::string& now = carried_.period();
    const bool vaguer = !produced && last_reporting.ends_with("-YTD") && now.size() > 4 &&
                        now.compare(0, 4, last_reporting, 0, 4) == 0;
    // (国家统计局阜阳调查队⏎2025年4月 under a title of 2024: a line of a month
    // alone is when it was published)
    const bool dateline = heading && !now.empty() && pj == pi + 1 && qi == qj &&
                          p_.periods[pi].shape.year && p_.periods[pi].shape.month1 &&
                          !p_.periods[pi].shape.month2 &&
                          p_.periods[pi].begin == skip_leading(s_, sent.begin, sent.end) &&
                          p_.periods[pi].end == sent.end;
    // (全年…。2021—2024年，累计完成交易额…。分类别看：… in a text of 2024: a
    // sum or an average over the years up to the carried one, 累计 or 年均, is an
    // aside; the year goes on)
    const std::string_view sentence = s_.substr(sent.begin, sent.end - sent.begin);
    const bool sum_to_now = last_years_written && last_reporting.size() == 9 &&
                            last_reporting[4] == '/' && now.size() == 4 &&
                            last_reporting.compare(5, 4, now) == 0 &&
                            (find_first(sentence, "累计") != std::string_view::npos ||
                             find_first(sentence, "年均") != std::string_view::npos);
    // (1—9月，…；9月份…: the last month of the span, after a semicolon, dates its
    // own clause only; the span goes on)
    const std::size_t mark = s_.substr(0, sent.begin).find_last_not_of(' ');
    const bool month_of_span =
        last_month_of(last_reporting, now) && mark != std::string_view::npos && s_[mark] == ';';
    if (!last_reporting.empty() && !aside && !vaguer && !dateline && !sum_to_now &&
        !month_of_span &&
        (produced || heading || topic_period(sent, pi, pj) || introduces_list(sent)))
      carried_.state_period(last_reporting, last_is_point && !heading, heading);
    // (not a date: 2025年4月2日 under a title is when it was published; a
    // headline's 去年 is the year before the reference date)
    if (heading && !dateline)
      for (std::size_t k = pi; k < pj; ++k) {
        const PeriodShape& shape = p_.periods[k].shape;
        if (shape.year && !(shape.day && !shape.until))
          carried_.year_hint = shape.year;
        else if (!shape.year && shape.has_rel && shape.year_rel != 0 && p_.ref_month > 0 &&
                 p_.periods[k].role == PeriodRole::kReporting)
          carried_.year_hint = p_.ref_year + shape.year_rel;
      }
    if (!produced && qi == qj && introduces_list(sent) &&
        find_first(s_.substr(sent.begin, sent.end - sent.begin), "如下") !=
            std::string_view::npos) {
      intro_name_ = list_intro_name(sent, pi, pj);
      intro_line_ = sent.line;
    }
  }

  // What a line that introduces a list names (各县(市、区)建筑业总产值及增速如下:
  // names 建筑业总产值): its last clause without the words of introduction, the
  // class of the items, periods and places.
  std::string list_intro_name(const Sentence& sent, std::size_t pi, std::size_t pj) {
    std::size_t e = sent.end;
    while (e > sent.begin && (s_[e - 1] == '\n' || s_[e - 1] == ' ' || s_[e - 1] == ':')) --e;
    std::size_t b = sent.begin;
    for (std::size_t c = b; c < e; ++c)
      if (s_[c] == ',') b = c + 1;
    std::string_view t = s_.substr(b, e - b);
    for (std::string_view w : {"情况如下", "如下", "分别为", "分别是"})
      if (ends_at(t, t.size(), w)) {
        t.remove_suffix(w.size());
        break;
      }
    for (std::string_view w :
         {"及其增速", "及增速", "和增速", "及增长情况", "增长情况", "及增幅", "情况"})
      if (ends_at(t, t.size(), w)) {
        t.remove_suffix(w.size());
        break;
      }
    std::vector<int> regions;
    const std::string name = subject_text(b, b + t.size(), pi, pj, &regions);
    return clean_indicator(without_row_class(name));
  }

  // 2025年全县春播进展顺利：⏎--粮食播种面积…: a sentence that ends in a colon
  // opens the lines after it, in its time.
  bool introduces_list(const Sentence& sent) const {
    std::size_t e = sent.end;
    while (e > sent.begin && (s_[e - 1] == '\n' || s_[e - 1] == ' ')) --e;
    return e > sent.begin && s_[e - 1] == ':';
  }

  // “十四五”时期年均增长5.8% in a sentence of 2025: a span of years for an
  // average rate, which dates its own clause only.
  bool average_span(const PeriodHit& p) const {
    if (!p.shape.plan && p.shape.year2 <= p.shape.year) return false;
    for (std::size_t i = p.end; i < std::min(s_.size(), p.end + 12); ++i)
      if (starts_at(s_, i, "年均")) return true;
    return false;
  }

  // The year a short line ends in, written without 年 after a word (回眸2025),
  // or 0.
  int year_ending_heading(const Sentence& sent) const {
    std::size_t e = sent.end;
    while (e > sent.begin && s_[e - 1] == ' ') --e;
    if (e < sent.begin + 7 || e > sent.begin + 28) return 0;
    int year = 0;
    for (std::size_t i = e - 4; i < e; ++i) {
      if (s_[i] < '0' || s_[i] > '9') return 0;
      year = year * 10 + (s_[i] - '0');
    }
    const auto lead = static_cast<unsigned char>(s_[e - 7]);
    return year >= 1990 && year <= 2099 && lead >= 0xE4 && lead <= 0xE9 ? year : 0;
  }

  // Whether `month` (2025-09) is the last month of `span` (2025-01/2025-09).
  static bool last_month_of(std::string_view month, std::string_view span) {
    return month.size() == 7 && span.size() == 15 && span[4] == '-' && span[7] == '/' &&
           span.substr(8) == month;
  }

  // Whether period p lies in a clause that explains the figures before it,
  // after the last figure of its sentence (quantities [qi, qj)): in
  // …下降2.1%，主要是上年一次性支出较多, 上年 is no time for the sentences after it.
  bool in_explanation(const PeriodHit& p, std::size_t qi, std::size_t qj) const {
    if (qi == qj || p.begin < p_.quantities[qj - 1].end) return false;
    static const WordList kBecause = {"主要是", "主要原因是", "主要由于", "主要因",
                                      "由于",   "因为",       "原因是"};
    std::size_t clause = std::string_view::npos;
    for (std::size_t i = p_.quantities[qj - 1].end; i < p.begin;) {
      std::size_t len = 0;
      if (clause_separator_at(s_, i, &len)) {
        clause = i + len;
        i += len;
        continue;
      }
      i += std::max<std::size_t>(1, utf8_sequence_length(s_, i));
    }
    return clause != std::string_view::npos && !kBecause.at(s_, clause).empty();
  }

  // Whether period p, after the last figure of its sentence (quantities
  // [qi, qj)), only qualifies a noun: in …增长10.2%，是今年以来的月度最高增速,
  // 今年以来 is no time for the sentences after it.
  bool describes_figures(const PeriodHit& p, std::size_t qi, std::size_t qj) const {
    return qi != qj && p.begin >= p_.quantities[qj - 1].end && starts_at(s_, p.end, "的");
  }

  // The year a period without one (全年, 年末, 12月份) is in: that of the
  // latest heading that writes one, else that of the period carried from the
  // sentences before (２０２５年，…。…全年完成…), else 0 (the reference year).
  int year_hint() const {
    if (carried_.year_hint) return carried_.year_hint;
    std::string_view carried = carried_.period();
    // (“十四五”时期, 2021/2025: the span ends in the year its sentences are of)
    if (carried.size() == 9 && carried[4] == '/') carried.remove_prefix(5);
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      if (i >= carried.size() || carried[i] < '0' || carried[i] > '9') return 0;
      year = year * 10 + (carried[i] - '0');
    }
    return year;
  }

  // Whether a word of commitment (力争, 确保, 争取) comes before clean offset v
  // in the sentence.
  bool commitment_before(const Sentence& sent, std::size_t v) const {
    const std::string_view before = s_.substr(sent.begin, v - sent.begin);
    for (std::string_view w : {"力争", "确保", "争取"})
      if (find_first(before, w) != std::string_view::npos) return true;
    return false;
  }

  // Whether the heading of `section` is one label in brackets: 【投资与消费】.
  bool bracket_label(int section) const {
    const std::span<const Line> group = heading_group(seg_.lines, section);
    if (group.empty()) return false;
    std::string_view h = s_.substr(group[0].begin, group[0].end - group[0].begin);
    // (a page's buttons, 【字体:大中小】【打印】, open no part of their own
    // either: the headings after them are the page's)
    bool buttons = false;
    while (starts_at(h, 0, "【") && find_first(h, "】") != std::string_view::npos &&
           find_first(h, "】") + 3 < h.size() && starts_at(h, find_first(h, "】") + 3, "【")) {
      h.remove_prefix(find_first(h, "】") + 3);
      buttons = true;
    }
    if (group.size() != 1 && !buttons) return false;
    // (and its unit: 【近五年地区生产总值】(单位:亿元))
    const std::size_t close = find_first(h, "】");
    if (!starts_at(h, 0, "【") || close == std::string_view::npos || close > 60) return false;
    const std::string_view rest = h.substr(close + 3);
    return rest.empty() || (starts_at(rest, 0, "(单位") && ends_at(rest, rest.size(), ")"));
  }

  // The first line of a heading group that is a table's header or row (a
  // short line read as a heading), or -1.
  int first_table_line(std::span<const Line> group) const {
    for (const Line& l : group) {
      const int line = static_cast<int>(&l - seg_.lines.data());
      if (table_line_[static_cast<std::size_t>(line)]) return line;
    }
    return -1;
  }

  // Whether the table's rows are places: at least two are places of the
  // gazetteer (资阳区, 赫山区…), or the label column's header is a word for
  // places (乡镇).
  bool rows_are_places(const Table& t) const {
    int n = 0;
    for (const TableRow& r : t.rows) {
      const RegionMatch m =
          x_.gazetteer.match_at(s_.substr(0, r.label_end), r.label_begin, p_.home);
      n += m.region >= 0 && m.begin == r.label_begin && m.end == r.label_end;
    }
    // (乡镇, 地区, 区县(市): a label column headed by a word for places)
    bool header = false;
    for (std::string_view w : {"乡镇", "镇街", "地区", "区县", "县区", "县(市", "县市区", "街道"})
      header = header || find_first(t.label_header, w) != std::string_view::npos;
    return n >= 2 || header;
  }

  // A name like a place's that the gazetteer lacks (大通湖区, 临江新区, 白阳镇), in
  // a table or list of places, as a place of this document; else -1.
  int unlisted_place(std::string_view name) {
    static const WordList kPlaceEnds = {"区", "县", "镇", "乡", "街道"};
    static const WordList kNoPlace = {"其他", "其它", "其中", "全", "合计", "总计"};
    if (p_.home < 0 || name.empty() || name.size() > 7 * 3 ||
        static_cast<unsigned char>(name[0]) < 0xE4 || !kNoPlace.prefix_of(name).empty() ||
        kPlaceEnds.suffix_of(name).empty() ||
        name.find_first_of("#0123456789()") != std::string_view::npos)
      return -1;
    return local_region(std::string(name), "", x_.gazetteer.region(p_.home).code);
  }

  // Whether the section's heading is one line that opens with an emoji
  // (🏗️总产值稳步增长, ✨夜间经济): a topic of a post, not a part with a time of
  // its own.
  bool emoji_label(int section) const {
    const std::span<const Line> group = heading_group(seg_.lines, section);
    if (group.size() != 1 || group[0].end - group[0].begin < 4) return false;
    const auto* h = reinterpret_cast<const unsigned char*>(s_.data() + group[0].begin);
    // U+1F000 and above (four bytes, F0 9F), or the symbols U+2600–U+27BF (E2 98–9E)
    return (h[0] == 0xF0 && h[1] == 0x9F) || (h[0] == 0xE2 && h[1] >= 0x98 && h[1] <= 0x9E);
  }

  // Whether line k is indented in the caller's text (layout space before it,
  // which the clean text drops).
  bool indented_line(int k) const {
    const std::size_t b = seg_.lines[static_cast<std::size_t>(k)].begin;
    if (b >= p_.clean.src.size()) return false;
    const std::size_t o = p_.clean.src[b];
    return o > 0 && p_.clean.input[o - 1] != '\n';
  }

  std::size_t sentence_begin(const Sentence& sent) const {
    return p_.clean.original_span(sent.begin, std::max(sent.end, sent.begin + 1)).first;
  }

  // 在全市13个县区中居第二: the size of the set a rank is taken in is no figure.
  // (居全省11个市第三: the set between the verb of rank and its 第)
  bool rank_set(const QuantityHit& q) const {
    if (q.unit != "count" || q.qual_begin < 3) return false;
    const std::size_t from = q.qual_begin > 15 ? q.qual_begin - 15 : 0;
    const std::string_view set_after = s_.substr(q.end, 15);  // (个州(市)第三)
    if (set_after.find("第") != std::string_view::npos &&
        set_after.find(',') == std::string_view::npos) {
      std::string_view before = s_.substr(from, q.qual_begin - from);
      if (const std::size_t comma = before.rfind(','); comma != std::string_view::npos)
        before.remove_prefix(comma + 1);
      for (std::string_view verb : {"居", "排", "位列"})
        if (find_first(before, verb) != std::string_view::npos) return true;
    }
    if (s_.substr(from, q.qual_begin - from).find("在") == std::string_view::npos) return false;
    const std::string_view after = s_.substr(q.end, 15);
    const std::size_t in = find_first(after, "中");
    return in != std::string_view::npos &&
           (starts_at(after, in + 3, "居") || starts_at(after, in + 3, "排") ||
            starts_at(after, in + 3, "位") || starts_at(after, in + 3, "列"));
  }

  // 市值前五名, 排名前10位: the bound of a top list, no count of people
  bool top_bound(const QuantityHit& q) const {
    return ends_at(s_, q.begin, "前") &&
           (q.unit_text == "名" || q.unit_text == "位" || q.unit_text == "强");
  }

  // 2小时前, 15分钟前: when a post was written, no figure; nor is how long an
  // event lasts (为期40天的春运, 假期8天)
  bool when_or_how_long(const QuantityHit& q) const {
    if (ends_at(s_, q.qual_begin, "为期")) return true;
    // (假期8天, 8天假期, 连续两天超过90%: how long a holiday or a streak lasted)
    if (q.unit == "day" &&
        (ends_at(s_, q.qual_begin, "假期") || ends_at(s_, q.qual_begin, "连续") ||
         starts_at(s_, q.end, "假期") || starts_at(s_, q.end, "长假")))
      return true;
    return starts_at(s_, q.end, "前") &&
           (q.unit_text.ends_with("小时") || q.unit_text.ends_with("分钟") ||
            q.unit_text.ends_with("秒") || q.unit_text.ends_with("天"));
  }

  // 两个维护, 三次会议, 八项规定: a count written with one Chinese digit is
  // rhetoric far more often than a statistic, when a noun follows it (not
  // 新增…企业三家、…, 高新技术企业十家以上: a count ending its clause).
  bool rhetorical(const QuantityHit& q) const {
    if (!q.chinese || q.high || q.qualifier != Qualifier::kExact) return false;
    if (q.end >= s_.size() || static_cast<unsigned char>(s_[q.end]) < 0xE4 ||
        static_cast<unsigned char>(s_[q.end]) > 0xE9)
      return false;
    if (q.unit != "count" && q.unit != "org" && q.unit != "household" && q.unit != "person")
      return false;
    std::size_t chars = 0;
    for (std::size_t i = q.begin; i < q.end && s_.substr(i, q.unit_text.size()) != q.unit_text;
         next_cp(s_, &i))
      ++chars;
    return chars <= 1;
  }

  // 组建运营30亿元产业发展引导基金: with no subject before it, the noun after
  // the value (to the end of its clause) is the indicator.
  std::string right_noun(const QuantityHit& q) const {
    std::size_t e = q.end, len = 0;
    // not past the next value
    auto next =
        std::lower_bound(p_.quantities.begin(), p_.quantities.end(), q.end,
                         [](const QuantityHit& h, std::size_t pos) { return h.qual_begin < pos; });
    const std::size_t stop = next == p_.quantities.end() ? s_.size() : next->qual_begin;
    // (；！？ are folded to ; ! ? in the clean text)
    while (e < stop && !clause_separator_at(s_, e, &len) && s_[e] != '\n' && s_[e] != ';' &&
           s_[e] != '!' && s_[e] != '?' && !starts_at(s_, e, "。") && !starts_at(s_, e, "、") &&
           e - q.end < 60)
      e += std::max<std::size_t>(1, utf8_sequence_length(s_, e));
    if (e - q.end >= 60) return std::string();
    // (■410.6亿元⏎第一产业增加值 增长3.1%: the noun is the subject of the next
    // value's statement, without its verb)
    std::size_t b = q.end;
    // (■8.2%⏎12月份规模以上工业增加值增速: the item's period is no part of the name)
    for (const PeriodHit& p : periods_in(b, b + 1))
      if (p.end < e) b = p.end;
    if (e == stop && next != p_.quantities.end() && e > b) {
      const Statement st = read_statement(s_, b, e, next->unit);
      if (st.has_verb && st.subject_begin == b) e = st.subject_end;
    }
    // (对4个政府投资项目进行了审计: what was done to them is no part of the name)
    for (std::string_view done : {"进行", "开展", "实施"})
      if (const std::size_t p = find_first(s_.substr(b, e - b), done);
          p != std::string_view::npos && p >= 6)
        e = b + p;
    return clean_indicator(s_.substr(b, e - b));
  }

  // 今年3月~5月，…: a reporting period that opens a clause sets the topic.
  bool topic_period(const Sentence& sent, std::size_t pi, std::size_t pj) const {
    for (std::size_t k = pi; k < pj; ++k) {
      const PeriodHit& p = p_.periods[k];
      if (!is_reporting(p, p_.ref_year)) continue;
      std::size_t len = 0;
      bool opens = p.begin == sent.begin ||
                   (p.begin > 0 && clause_separator_at(s_, prev_cp_start(s_, p.begin), &len));
      bool closes = p.end < s_.size() && clause_separator_at(s_, p.end, &len);
      if (opens && closes) return true;
    }
    return false;
  }

  // 主要预期目标是：地区生产总值增长6%左右；…: a list of goals runs to the end
  // of its paragraph.
  // The line is read once: a value is in the list from the end of its first
  // 目标是/为/:/： on (rescanning the line for each value was quadratic).
  bool goal_list_before(const Sentence& sent, std::size_t pos) const {
    if (goal_line_ != sent.line) {
      goal_line_ = sent.line;
      goal_from_ = std::string_view::npos;
      const Line& l = seg_.lines[static_cast<std::size_t>(sent.line)];
      std::string_view line = s_.substr(l.begin, l.end - l.begin);
      for (std::size_t p = find_first(line, "目标"); p != std::string_view::npos;
           p = find_first(line, "目标", p + 6)) {
        std::string_view next = line.substr(p + 6, 3);
        std::size_t need = next.substr(0, 1) == ":" ? 7 : (next == "是" || next == "为") ? 9 : 0;
        // (增长7.1%（年度目标为增长6.5%），…: an aside's goal, no list)
        if (need && in_closed_brackets(line, 0, line.size(), p)) need = 0;
        if (need) {
          goal_from_ = l.begin + p + need;
          break;
        }
      }
    }
    return pos >= goal_from_;
  }

  // 元旦假期，全州接待游客…: whether a clause of the sentence before clean offset
  // pos opens with a holiday (the sentence read once: where its first such
  // clause starts).
  bool holiday_before(const Sentence& sent, std::size_t pos) const {
    if (holiday_sentence_ != sent.begin) {
      holiday_sentence_ = sent.begin;
      holiday_from_ = std::string_view::npos;
      const std::string_view t = s_.substr(sent.begin, sent.end - sent.begin);
      // (no holiday without one of these: most sentences are not read further)
      const bool any = find_first(t, "假") != std::string_view::npos ||
                       find_first(t, "期间") != std::string_view::npos ||
                       find_first(t, "黄金周") != std::string_view::npos;
      for (std::size_t b = 0; any && b < t.size();) {
        b = skip_leading(t, b, t.size());
        if (opens_with_holiday(t.substr(b))) {
          holiday_from_ = sent.begin + b;
          if (b == 0) holiday_line_ = sent.line;  // (the paragraph goes on in its time)
          break;
        }
        std::size_t len = 0;
        while (b < t.size() && !clause_separator_at(t, b, &len))
          b += std::max<std::size_t>(1, utf8_sequence_length(t, b));
        b += len;
      }
    }
    // (…春节假期，全市接待游客…；实现旅游消费…: the sentences after one that
    // opens with a holiday, in its paragraph, are of the holiday too)
    return pos >= holiday_from_ || (holiday_line_ == sent.line && holiday_from_ > sent.begin);
  }

  // is_target_context(sentence before pos), the sentence read once.
  bool target_before(const Sentence& sent, std::size_t pos) const {
    if (target_sentence_ != sent.begin || !target_) {
      target_sentence_ = sent.begin;
      target_.emplace(s_, sent.begin, sent.end, p_.starts.empty() ? nullptr : &p_.starts, 4);
    }
    return target_->at(pos);
  }

  // A value that qualifies the noun after it (10亿元以上项目12个, 超100亿元的企业5家)
  // is part of the next value's subject, not a record.
  // 年主营业务收入2000万元及以上的工业法人单位: a bound in a class name.
  bool threshold(const QuantityHit& q) const {
    // 每1元, 满200元减50元: a denominator and the terms of a voucher are no figures
    if (ends_at(s_, q.qual_begin, "每") || ends_at(s_, q.qual_begin, "满")) return true;
    if (ends_at(s_, q.qual_begin, "减")) {
      const std::size_t p = find_last(s_.substr(q.qual_begin > 30 ? q.qual_begin - 30 : 0,
                                                q.qual_begin > 30 ? 30 : q.qual_begin),
                                      "满");
      if (p != std::string_view::npos) return true;
    }
    std::size_t i = q.end;
    // 2000万元以上的 (以上 read with the value), 2000万元及以上的
    if (ends_at(s_, i, "以上") || ends_at(s_, i, "以下")) return starts_at(s_, i, "的");
    // (及以上 / 及以下 after a value always bound a class: 500万元及以上项目)
    if (!starts_at(s_, i, "及") && !starts_at(s_, i, "或")) return false;
    i += 3;
    return starts_at(s_, i, "以上") || starts_at(s_, i, "以下");
  }

  bool attributive(const QuantityHit& q, std::size_t next_begin) const {
    std::size_t i = q.end;
    // 500万元及以上项目1250个: the bound of a class
    const bool and_over = starts_at(s_, i, "及以上") || starts_at(s_, i, "及以下");
    if (and_over) i += 9;
    bool marked = starts_at(s_, i, "的");
    if (marked) i += 3;
    bool bounded =
        and_over || (i >= 6 && (s_.substr(i - 6, 6) == "以上" || s_.substr(i - 6, 6) == "以下"));
    // 招引过10亿元项目8个: an amount right before 项目 names a class of projects
    bool project_class = q.unit == "CNY" && starts_at(s_, i, "项目");
    if (!marked && !bounded && !project_class)
      return false;  // 50家企业新增授信: a count of its own
    if (i >= next_begin) return false;
    std::size_t len = 0;
    if (clause_separator_at(s_, i, &len)) return false;
    for (std::string_view w :
         {"、", "。", ";", "和", "及", "与", "增长", "下降", "比", "同比", "占", "较", ",", "("})
      if (starts_at(s_, i, w)) return false;
    for (std::size_t j = i; j < next_begin;) {  // no clause break before the next value
      if (clause_separator_at(s_, j, &len)) return false;
      j += std::max<std::size_t>(1, utf8_sequence_length(s_, j));
    }
    return true;
  }

  // Region, period, status and sentence of a value at clean [vb, ve).
  Record context_record(const Sentence& sent, std::size_t pi, std::size_t pj, std::size_t vb,
                        std::size_t ve, int region, int subject, bool per_year) const {
    // period: the nearest reporting period before the value in the sentence,
    // else the first after it, else the carried one
    std::string period;
    Source period_source = Source::kNone;
    const PeriodHit* before = nullptr;
    const PeriodHit* after = nullptr;
    int sentence_year = 0;  // 2025年，全年…: the year a 全年 of the sentence is in
    for (std::size_t t = pi; t < pj; ++t) {
      const PeriodHit& p = p_.periods[t];
      if (!is_reporting(p, p_.ref_year)) continue;
      if (p.end <= vb) {
        // (…，“十四五”时期年均增长4.1%；一般公共预算支出612.8亿元: not past its clause)
        const bool other_clause =
            average_span(p) &&
            s_.substr(p.end, vb - p.end).find_first_of(",;") != std::string_view::npos;
        const std::size_t base_end = base_clause_end(p);
        const bool past_base = base_end != std::string_view::npos && base_end <= vb;
        if (!plan_base(p) && !other_clause && !past_base) before = &p;
        if (p.shape.year && !p.shape.year2) sentence_year = p.shape.year;
      } else if (!after && p.begin >= ve && !aside_or_base(p)) {
        // (in the value's clause: not 下降3.5%，主要是上年…, an explanation)
        const std::string_view between = s_.substr(ve, p.begin - ve);
        if (between.find(',') == std::string_view::npos &&
            between.find(';') == std::string_view::npos)
          after = &p;
      }
    }
    const bool target = target_before(sent, vb) || goal_list_before(sent, vb);
    int hint = sentence_year ? sentence_year : year_hint();
    // (力争全年…: a commitment is for a year not over yet, not for the past
    // year a heading or a sentence before it spoke of; 预计全年 may estimate a
    // past one. Only with a reference date: without one its year is a guess.)
    if (target && !sentence_year && p_.ref_month > 0 && hint > 0 && hint < p_.ref_year &&
        commitment_before(sent, vb))
      hint = 0;
    // 2020年的438.6亿元: a period right before the value (and 的) is its own,
    // whatever its role in the sentence
    const PeriodHit* own = nullptr;
    for (std::size_t t = pi; t < pj && !own; ++t)
      if (p_.periods[t].end + 3 == vb && starts_at(s_, p_.periods[t].end, "的") &&
          !p_.periods[t].shape.same_period &&  // (恢复到2019年同期的72.4%: a base)
          (p_.periods[t].role != PeriodRole::kComparison ||
           ends_at(s_, p_.periods[t].begin, "由") ||
           ends_at(s_, p_.periods[t].begin, "从")))  // (but 恢复到2019年的112% is one)
        own = &p_.periods[t];
    // (前三季度…。本年新签合同额538.9亿元: 本年 inside a name of statistics, 本年新签,
    // 本年新开工, is the year so far of the carried span)
    if (before && !own && before->end == before->begin + 6 &&
        starts_at(s_, before->begin, "本年") && starts_at(s_, before->end, "新")) {
      const std::string& now = carried_.period();
      if (now.size() == 15 && now[7] == '/' && p_.ref_year > 0 &&
          now.compare(0, 4, std::to_string(p_.ref_year)) == 0)
        before = nullptr;
    }
    if (per_year) {
    } else if (own) {
      period = canonical(*own, p_.ref_year, hint, p_.ref_month);
      period_source = Source::kExplicit;
    } else if (before || after) {
      period = canonical(before ? *before : *after, p_.ref_year, hint, p_.ref_month);
      period_source = Source::kExplicit;
    } else if (!holiday_before(sent, vb)) {
      period = carried_.period();
      if (!period.empty()) period_source = Source::kContext;
    }
    Source region_source = Source::kExplicit;
    if (region < 0) region = subject;
    if (region < 0 && carried_.line_region >= 0)
      region = carried_.line_region, region_source = Source::kContext;
    if (region < 0 && carried_.section_region >= 0)
      region = carried_.section_region, region_source = Source::kContext;
    if (region < 0 && p_.home >= 0)
      region = home_zone_ >= 0 ? home_zone_ : p_.home, region_source = Source::kDefault;
    if (region < 0) region_source = Source::kNone;

    Record base;
    base.status = status_of(period, target);
    base.period = period;
    base.period_source = period_source;
    base.region_source = region_source;
    if (region >= 0) {
      const Region& r = region_at(region);
      base.region = r.name;
      base.region_code = r.code;
    }
    auto [sb, se] = p_.clean.original_span(sent.begin, std::max(sent.end, sent.begin + 1));
    base.sentence_begin = sb;
    base.sentence_end = se;
    return base;
  }

  // The status of a value of this period, said with (target) or without a
  // word of plan before it.
  RecordStatus status_of(const std::string& period, bool target) const {
    if (target) return RecordStatus::kTarget;
    // 今年地区生产总值增长6%左右 in a report of early 2025: a whole year still
    // to come is a plan; so is the reference year in its first quarter, when
    // the year's plans are published (a report of December gives the year's
    // results)
    if (period.size() == 4 && p_.ref_year > 0) {
      const std::string year = std::to_string(p_.ref_year);
      if (period > year || (period == year && p_.ref_month >= 1 && p_.ref_month <= 3))
        return RecordStatus::kTarget;
    }
    return RecordStatus::kActual;
  }

  void set_value(Record* r, std::size_t b, std::size_t e, double value) const {
    auto [vb, ve] = p_.clean.original_span(b, e);
    r->value_begin = vb;
    r->value_end = ve;
    r->value_text = std::string(p_.clean.input.substr(vb, ve - vb));
    r->value = value;
  }

  // The records of one table row (see tables.h): a row of places gives each
  // column's indicator to its place, a row named after an indicator gives it
  // the columns' measures; the unit comes from the column, the period from the
  // column's header, else the table's title, else the context.
  void table_row(const Sentence& sent, std::size_t pi, std::size_t pj, const Table& t,
                 std::size_t r, std::vector<Record>* out) {
    const TableRow& row = t.rows[r];
    std::string_view label = s_.substr(row.label_begin, row.label_end - row.label_begin);
    if (starts_at(label, 0, "其中:")) label.remove_prefix(7);  // (a part of the row above)
    // 一、一般公共预算收入, (1)税收收入: the row's list number is no part of its name
    label.remove_prefix(std::min(label.size(), list_number_length(label, 0, label.size())));
    // 固定资产投资(亿元): the unit of the row in brackets
    std::string label_unit = row.unit_text;
    if (label_unit.empty() && ends_at(label, label.size(), ")")) {
      if (const std::size_t open = label.rfind('('); open != std::string_view::npos && open > 0) {
        label_unit = std::string(label.substr(open + 1, label.size() - open - 2));
        label = label.substr(0, open);
      }
    }
    // 地区生产总值增速  %: a row of the growth rates of what it names
    const std::size_t grows = growth_suffix(label);
    if (grows != std::string_view::npos) label = label.substr(0, grows);
    // (市区, 城区: the city's urban districts together, a whole of their own)
    static const WordList& kWholes = lexicon("table.wholes");
    // rows of places (鼓楼区, 合计) or of other units named after the label
    // column's header (港区, 企业): the columns name the indicators
    int region = -1;  // (else the context's)
    bool places = !kWholes.at(label, 0).empty() && label.size() <= 9;
    bool units = false;
    if (!places) {
      const RegionMatch m =
          x_.gazetteer.match_at(s_.substr(0, row.label_end), row.label_begin, p_.home);
      // (芝罘港区, 高新片区: an area of the place named first is the place's, as in a
      // sentence)
      const std::string_view rest = s_.substr(m.end, row.label_end - m.end);
      if (m.region >= 0 &&
          (m.end == row.label_end || (rest.size() <= 9 && ends_at(rest, rest.size(), "区"))))
        region = m.region, places = true;
    }
    const std::size_t ti = static_cast<std::size_t>(&t - tables_.data());
    if (!places && region < 0 && table_places_[ti]) {
      // (大通湖区, 红旗镇 among 资阳区, 赫山区…)
      region = unlisted_place(s_.substr(row.label_begin, row.label_end - row.label_begin));
      places = region >= 0;
    }
    // (合计, 市直企业 in a table of places: the table's place, not the row's above)
    if (region < 0 && table_places_[ti])
      region = carried_.section_region >= 0 ? carried_.section_region
               : home_zone_ >= 0            ? home_zone_
                                            : p_.home;
    if (!places && !t.label_header.empty() &&
        find_first(t.label_header, "指标") == std::string::npos &&
        find_first(t.label_header, "项目") == std::string::npos)
      units = true;
    const std::string& title = table_titles_[ti];
    // (城镇居民人均可支配收入(前三季度): a row that names its own period, for
    // every cell of the row)
    std::string row_period;
    for (const PeriodHit& p : periods_in(row.label_begin, row.label_end))
      if (is_reporting(p, p_.ref_year) && p.end <= row.label_end)
        row_period = canonical(p, p_.ref_year, year_hint(), p_.ref_month);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const TableColumn& col = t.columns[c];
      if (row.cells[c] == kEmptyCell) continue;
      const QuantityHit& h = p_.quantities[row.cells[c]];
      // the unit: the label's (固定资产投资(亿元)) or the column's (万吨: a scale
      // and a unit) for a level, the column's for a rate, else the cell's own (3.2%)
      double value = h.value;
      std::string_view unit = h.unit;
      const bool amount =
          (!col.growth && !col.share && !col.ratio) || col.change_amount;  // in the row's unit
      const std::string& unit_text = !label_unit.empty() && amount ? label_unit : col.unit_text;
      if (!unit_text.empty()) {
        // the cell read with its unit (1268.4亿元: the quantity layer scales it)
        std::vector<QuantityHit> one;
        // (5.5左右 | %: the number read with the unit, the qualifier is the cell's)
        std::string_view number = s_.substr(h.begin, h.end - h.begin);
        number.remove_suffix(trailing_qualifier_length(number));
        const std::string probe = std::string(number) + unit_text;
        x_.quantities.find(probe, &one);
        // (万元/亩: a figure per mu is in the numerator's unit)
        const std::string_view rest = std::string_view(probe).substr(one.empty() ? 0 : one[0].end);
        const bool per = starts_at(rest, 0, "/") && rest.size() <= 10;
        if (one.size() != 1 || one[0].unit.empty() || (!rest.empty() && !per)) continue;
        value = one[0].value;
        unit = one[0].unit;
      }
      if (unit.empty()) continue;
      // a growth or share column is named and dated by the level column before
      // it (9月 | 同比增长 | 占比) (a growth column by itself when it names what
      // grew: PM2.5浓度同比变化)
      const bool own = col.growth && col.subject_end > col.begin &&
                       !generic_name(s_.substr(col.begin, col.subject_end - col.begin), col.begin);
      std::size_t level_at = c;
      while (!own && level_at > 0 && (t.columns[level_at].growth || t.columns[level_at].share))
        --level_at;
      const TableColumn& level = t.columns[level_at];
      const std::string_view level_name =
          own ? s_.substr(col.begin, col.subject_end - col.begin) : column_words_[ti][level_at];
      std::string indicator;
      // (指标  单位  迎江区  大观区: columns of places, rows of indicators)
      const int column_place = places ? -1 : column_region(col);
      if (column_place >= 0) {
        indicator = clean_indicator(label);
      } else if (places || units) {
        // the column names the indicator
        const bool generic = !own && generic_name(level.name, level.begin);
        indicator = generic || (level.growth && !own) ? title : clean_indicator(level_name);
        // (the title may name the column's indicator in full: 规模以上工业营业收入)
        if (indicator.empty() ||
            (title.size() > indicator.size() && ends_at(title, title.size(), indicator)))
          indicator = title;
        // (税种 | 完成数: a row of a kind named by the label, the column only says "value";
        // 货类 | 吞吐量: the kind and the column's measure, 钢材吞吐量)
        // (发电量 | 产量: a label that names a quantity already is the indicator)
        static const WordList kMeasured = {"量", "额", "值"};
        const bool measured = label.size() >= 6 && !kMeasured.at(label, label.size() - 3).empty();
        // (商品名称 | 数量 | 金额: two columns that only say "value" name
        // their measures, after the rows' group: 钢材出口数量, 钢材出口金额)
        if (units && generic && !measured && two_values(t)) {
          indicator = clean_indicator(label);
          if (!indicator.empty()) indicator += group_kind(row) + level.name;
        } else if (units)
          indicator = generic || level_name.empty() || measured ? clean_indicator(label)
                      : level.growth && !own                    ? kind_of(label, indicator)
                                             : std::string(label) + clean_indicator(level_name);
      } else {
        indicator = clean_indicator(label);
        // (【近五年全县地区生产总值】(单位:亿元)⏎2021年　302.9: a row that is only its
        // year, of a series named by the column)
        bool only_period = false;
        for (const PeriodHit& p : periods_in(row.label_begin, row.label_end))
          only_period = only_period || (p.begin == row.label_begin && p.end >= row.label_end);
        if (only_period && !row_period.empty() && t.columns.size() == 1)
          indicator = series_name(level.name);
      }
      if (indicator.empty()) continue;
      Record rec = context_record(sent, pi, pj, h.begin, h.end,
                                  column_place >= 0 ? column_place : region, -1, false);
      std::string period = row_period;
      bool own_period = false;  // (本月比上年同月增长: not the level's period)
      if (period.empty()) period = column_period(t, col, &own_period);
      if (row_period.empty() && !own_period &&
          (period.empty() || (level_at != c && !level.growth))) {
        std::string level_period = column_period(t, level);
        if (!level_period.empty()) period = level_period;
      }
      // (a table of 2025 after a paragraph of plans for 2026: the status of
      // the cell's own period)
      if (!period.empty() && period != rec.period) {
        rec.period = period;
        rec.status =
            status_of(period, target_before(sent, h.begin) || goal_list_before(sent, h.begin));
      }
      // (2025年预期目标 | 2025年完成 | 2026年预期目标: a column of plans, whatever its year)
      if (plan_column(col.name)) rec.status = RecordStatus::kTarget;
      // (比上年增减, in 百分点: a change of a rate)
      // (比年初增减 in 亿元: a change of the level)
      rec.measure = !col.growth                                          ? Measure::kLevel
                    : unit == "pp" || (col.change_amount && unit != "%") ? Measure::kChange
                                                                         : Measure::kGrowth;
      // (表1 居民消费价格比上年涨跌幅度, 单位:%: a table of rates, whatever its
      // columns are called)
      const bool rate_table = !col.growth && !col.share && unit == "%" && table_rates_[ti];
      if (rate_table) rec.measure = Measure::kGrowth;
      if (col.share && level_at != c && unit == "%") rec.measure = Measure::kShare;
      const bool row_growth = grows != std::string_view::npos && rec.measure == Measure::kLevel &&
                              !col.share && unit == "%";
      if (row_growth) rec.measure = Measure::kGrowth;
      rec.basis.clear();
      if (rec.measure == Measure::kChange) {
        // (the base as written, as for a sentence's 比上年提高)
        static const WordList kBases = {"上年同期", "去年同期", "上年末", "上年",
                                        "去年",     "上月",     "年初"};
        for (std::size_t i = 0; i < col.name.size() && rec.basis.empty(); ++i)
          rec.basis = std::string(kBases.at(col.name, i));
      } else if (col.growth) {
        rec.basis = find_first(col.name, "环比") != std::string::npos ? "mom" : "yoy";
      } else if (rate_table || row_growth) {
        rec.basis = "yoy";
      }
      rec.indicator = indicator;
      rec.indicator_id = std::string(x_.indicators.resolve(indicator));
      rec.unit = std::string(unit);
      rec.qualifier = h.qualifier;  // (5.5左右, 7以上 in a cell)
      set_value(&rec, h.begin, h.end, value);
      out->push_back(std::move(rec));
    }
  }

  // Whether a column's header says its figures are plans (2026年预期目标,
  // 计划数, 目标值), not results (2025年完成, 完成计划%).
  static bool plan_column(std::string_view name) {
    bool plan = false;
    for (std::string_view w : {"目标", "预期", "计划", "预计"})
      plan = plan || find_first(name, w) != std::string_view::npos;
    for (std::string_view w : {"完成", "实际", "执行"})
      plan = plan && find_first(name, w) == std::string_view::npos;
    return plan;
  }

  // What a chart's caption names: 【近五年全县地区生产总值】 -> 地区生产总值.
  std::string series_name(std::string_view name) const {
    if (starts_at(name, 0, "【") && ends_at(name, name.size(), "】"))
      name = name.substr(3, name.size() - 6);
    static const WordList kSpans = {"近五年", "近三年", "近十年", "近年来", "历年", "五年来"};
    name.remove_prefix(kSpans.prefix_of(name).size());
    return clean_indicator(name);
  }

  // Whether two level columns of t only say "value", in different words
  // (数量, 金额).
  bool two_values(const Table& t) const {
    const TableColumn* first = nullptr;
    for (const TableColumn& c : t.columns) {
      // (not periods: 1—8月 | 8月, 本期 | 累计 are spans of one measure)
      static const WordList kValues = {"数量", "金额", "重量", "价值", "绝对额", "绝对值"};
      if (c.growth || c.share || kValues.at(c.name, 0).size() != c.name.size()) continue;
      if (first && first->name != c.name) return true;
      if (!first) first = &c;
    }
    return false;
  }

  // The kind a row's group line names (出口商品 -> 出口, 主要进口商品 -> 进口);
  // "" for a group that says how rows are split (按行业分) or a longer name.
  std::string group_kind(const TableRow& row) const {
    std::string_view g = s_.substr(row.group_begin, row.group_end - row.group_begin);
    if (starts_at(g, 0, "主要")) g.remove_prefix(6);
    if (!ends_at(g, g.size(), "商品") || g.size() != 12) return std::string();  // (not 农产品)
    g.remove_suffix(6);
    if (find_first(g, "按") != std::string_view::npos ||
        find_first(g, "分") != std::string_view::npos)
      return std::string();
    return std::string(g);
  }

  // A column named by a period or a word that only says "the value" (本月, 累计).
  // (name: the words of a header cell, starting at clean offset b)
  bool generic_name(std::string_view name, std::size_t b) const {
    static const WordList& kGeneric = lexicon("table.generic_columns");
    if (!kGeneric.at(name, 0).empty() && kGeneric.at(name, 0).size() == name.size()) return true;
    const std::size_t e = b + name.size();
    for (const PeriodHit& p : periods_in(b > 64 ? b - 64 : 0, e)) {
      if (p.begin <= b && e <= p.end + 3) return true;  // 1—9月, 9月份
      // 1—10月平均, 1—9月累计: a period and a word that says how it is summed
      if (p.begin <= b && p.end < e && p.end >= b)
        for (std::string_view w : {"平均", "累计", "合计"})
          if (p.end + w.size() == e && starts_at(s_, p.end, w)) return true;
    }
    return false;
  }

  // The periods that start in clean[b, e) (they are in order).
  std::span<const PeriodHit> periods_in(std::size_t b, std::size_t e) const {
    auto by_begin = [](const PeriodHit& p, std::size_t pos) { return p.begin < pos; };
    auto lo = std::lower_bound(p_.periods.begin(), p_.periods.end(), b, by_begin);
    auto hi = std::lower_bound(lo, p_.periods.end(), e, by_begin);
    return {lo, hi};
  }

  // The place a column's header names (迎江区), or -1.
  int column_region(const TableColumn& col) const {
    const std::size_t e = col.begin + col.name.size();
    const RegionMatch m = x_.gazetteer.match_at(s_.substr(0, e), col.begin, p_.home);
    return m.region >= 0 && m.end == e ? m.region : -1;
  }

  // A column's name without the period that opens it (1—9月完成投资 -> 完成投资:
  // the period is the cell's, column_period).
  std::string_view column_words(const TableColumn& col) const {
    std::string_view name = col.name;
    std::vector<PeriodHit> periods;
    x_.periods.find(name, &periods);
    if (!periods.empty() && periods[0].begin == 0 && periods[0].end < name.size() &&
        is_reporting(periods[0], p_.ref_year))
      name.remove_prefix(periods[0].end);
    return name;
  }

  // The period a column's header writes (1—9月, 2025年), else the title's;
  // *own: the header names it (a period, 本月, 累计).
  std::string column_period(const Table& t, const TableColumn& col, bool* own = nullptr) const {
    const Line* title =
        t.title_line >= 0 ? &seg_.lines[static_cast<std::size_t>(t.title_line)] : nullptr;
    // (a period opening the cell is the column's, whatever the cell before it
    // ends with: 10月同比 | 1—10月平均同比 is no comparison with 同比1—10月)
    // (the cell read alone: the clean text joins 9月 to the next cell's 1—9月,
    // and 9月1… reads as a date)
    std::vector<PeriodHit> periods;
    x_.periods.find(s_.substr(col.begin, col.end - col.begin), &periods);
    for (const PeriodHit& p : periods)
      if (is_reporting(p, p_.ref_year) || p.begin == 0) {
        if (own) *own = true;
        return canonical(p, p_.ref_year, year_hint(), p_.ref_month);
      }
    std::string from_title;
    if (title)
      for (const PeriodHit& p : periods_in(title->begin, title->end))
        if (is_reporting(p, p_.ref_year) && p.end <= title->end)
          from_title = canonical(p, p_.ref_year, year_hint(), p_.ref_month);
    // 本月 | 1—本月累计 under a title of one month (or of the year up to it):
    // that month, and the months from January up to it
    static const WordList kToDate = {"累计", "1-本月", "1至本月", "自年初", "年初至"};
    static const WordList kMonth = {"本月", "当月"};
    const std::string_view name = s_.substr(col.begin, col.end - col.begin);
    std::string span;
    for (std::size_t i = 0; i < name.size() && span.empty(); ++i)
      if (!kToDate.at(name, i).empty()) span = months_to_date(from_title);
    for (std::size_t i = 0; i < name.size() && span.empty(); ++i)
      if (!kMonth.at(name, i).empty()) span = month_of(from_title);
    // 年度计划投资 | 1—9月完成投资 under a title of 1—9月: the plan is of the
    // title's whole year
    if (span.empty() && from_title.size() >= 4 &&
        (starts_at(name, 0, "年度") || starts_at(name, 0, "全年")))
      span = from_title.substr(0, 4);
    if (!span.empty()) {
      if (own) *own = true;
      return span;
    }
    return from_title;
  }

  // Whether the title says the table is of growth rates only (…比上年涨跌幅度,
  // …增长速度), not of levels and their rates (…产量及其增长速度).
  bool rates_title(const Table& t) const {
    if (t.title_line < 0) return false;
    const Line& l = seg_.lines[static_cast<std::size_t>(t.title_line)];
    const std::string_view title = s_.substr(l.begin, l.end - l.begin);
    if (find_first(title, "及") != std::string_view::npos ||
        find_first(title, "环比") != std::string_view::npos)
      return false;
    for (std::string_view w : {"涨跌幅", "涨幅", "增长速度", "增速", "增幅", "增长率"})
      if (find_first(title, w) != std::string_view::npos) return true;
    return false;
  }

  // What the title names (表1 2025年1—9月主要港口货物吞吐量 -> 港口货物吞吐量).
  // 各区县规模以上工业营业收入 -> 规模以上工业营业收入: the class of the rows
  // or items (各区县, 分行业, 彭阳县各乡镇) is no part of an indicator.
  std::string_view without_row_class(std::string_view name) const {
    static const WordList& kRowClasses = lexicon("table.row_classes");
    // 各县（市）区, 各旗县区: a list of kinds of places after 各 (彭阳县各乡镇:
    // after the place the table is of)
    if (const RegionMatch m = x_.gazetteer.match_at(name, 0, p_.home);
        m.region >= 0 && starts_at(name, m.end, "各"))
      name.remove_prefix(m.end);
    if (starts_at(name, 0, "各")) {
      static const WordList kPlaceWords = {"县", "市", "区", "旗", "镇", "乡", "(", ")", "、"};
      std::size_t i = 3;
      for (std::string_view w = kPlaceWords.at(name, i); !w.empty(); w = kPlaceWords.at(name, i)) {
        i += w.size();
        // (各县区(开发区): the bracket names more kinds of places)
        if (w == "(")
          if (const std::size_t close = name.find(')', i);
              close != std::string_view::npos && close <= i + 18)
            i = close;
      }
      if (i > 3 && i < name.size()) name.remove_prefix(i);
    }
    for (std::string_view w = kRowClasses.prefix_of(name); !w.empty();
         w = kRowClasses.prefix_of(name))
      name.remove_prefix(w.size());
    return name;
  }

  std::string table_title(const Table& t) const {
    if (t.title_line < 0) return std::string();
    const Line& l = seg_.lines[static_cast<std::size_t>(t.title_line)];
    std::size_t b = l.begin;
    for (const PeriodHit& p : periods_in(l.begin, l.end))
      if (p.end <= l.end) b = std::max(b, p.end);
    std::string_view name = s_.substr(b, l.end - b);
    if (const std::size_t unit = find_first(name, "单位"); unit != std::string_view::npos)
      name = name.substr(0, unit);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (starts_at(name, 0, "表")) {
      std::size_t i = 3;
      while (i < name.size() && ((name[i] >= '0' && name[i] <= '9') || name[i] == ' ')) ++i;
      name.remove_prefix(i);
    }
    while (!name.empty() && name[0] == ' ') name.remove_prefix(1);
    name = without_row_class(name);

    // (…变动情况(%): the unit in brackets and the word for "the table of")
    if (ends_at(name, name.size(), ")"))
      if (const std::size_t open = name.rfind('('); open != std::string_view::npos && open > 0)
        name = name.substr(0, open);
    for (std::string_view w : {"变动情况", "完成情况", "情况", "统计表", "表"})
      if (ends_at(name, name.size(), w) && name.size() > w.size()) {
        name.remove_suffix(w.size());
        break;
      }
    // (徐州市商品住宅销售价格: the place the table is about is no part of the name)
    if (const RegionMatch m = x_.gazetteer.match_at(name, 0, p_.home);
        m.region >= 0 && m.end < name.size())
      name.remove_prefix(m.end);
    // (固定资产投资增速: a table of the growth of what it names; its columns
    // say the measure)
    if (const std::size_t grows = growth_suffix(name); grows != std::string_view::npos)
      name = name.substr(0, grows);
    std::string out = clean_indicator(name);
    // 日照港分货类吞吐量 -> 日照港吞吐量: how the rows are split is no part of it
    for (std::size_t p = find_first(out, "分"); p != std::string::npos;
         p = find_first(out, "分", p + 3)) {
      const std::size_t kind = find_first(out, "类", p + 3);
      if (kind != std::string::npos && kind <= p + 9 && kind + 3 < out.size()) {
        out.erase(p, kind + 3 - p);
        break;
      }
    }
    return out;
  }

  // 三次产业结构为a:b:c and 居全市第N位 (see fixed_forms.h).
  void fixed_forms(const Sentence& sent, std::size_t pi, std::size_t pj, int subject,
                   std::vector<Record>* out) {
    static constexpr std::string_view kIndustries[3][2] = {{"第一产业增加值", "primary_va"},
                                                           {"第二产业增加值", "secondary_va"},
                                                           {"第三产业增加值", "tertiary_va"}};
    std::vector<Structure> structures;
    x_.fixed.structures(s_, sent.begin, sent.end, &structures);
    for (const Structure& st : structures) {
      for (int i = 0; i < 3; ++i) {
        const FixedValue& v = st.shares[i];
        Record r = context_record(sent, pi, pj, v.begin, v.end, -1, subject, false);
        r.measure = Measure::kShare;
        r.indicator = std::string(kIndustries[i][0]);
        r.indicator_id = std::string(kIndustries[i][1]);
        r.unit = "%";
        set_value(&r, v.begin, v.end, v.value);
        out->push_back(std::move(r));
      }
    }
    std::vector<Rank> ranks;
    x_.fixed.ranks(s_, sent.begin, sent.end, &ranks);
    for (const Rank& rk : ranks) {
      std::size_t cb = skip_leading(s_, clause_start(s_, sent.begin, rk.verb_begin), rk.verb_begin);
      std::vector<int> regions;
      std::string subj = subject_text(cb, rk.verb_begin, pi, pj, &regions);
      std::string indicator = clean_indicator(subj);
      // (在全省县域经济排行榜中列第5位: the list the rank is in)
      if (starts_at(indicator, 0, "在") && ends_at(indicator, indicator.size(), "中") &&
          indicator.size() > 9)
        indicator = indicator.substr(3, indicator.size() - 6);
      // (增加值增长23.5%、增速居全市第一: the rate of the figure before)
      if (const std::size_t list = indicator.rfind("、"); list != std::string::npos) {
        const std::string_view rest = std::string_view(indicator).substr(list + 3);
        if (rest == "增速" || rest == "增幅") indicator = std::string(rest);
      }
      bool rate_only = indicator == "增速" || indicator == "增幅";
      if ((indicator.empty() || rate_only) && have_last_) {
        // the last figure before the rank (not the sentence's last one)
        std::string_view before = last_.indicator;
        const std::size_t verb = p_.clean.original_span(rk.verb_begin, rk.verb_begin + 1).first;
        for (auto r = out->rbegin(); r != out->rend(); ++r)
          if (r->sentence_begin == sentence_begin(sent) && r->value_end <= verb) {
            before = r->indicator;
            break;
          }
        indicator = std::string(before) + (rate_only ? "增速" : "");
      }
      if (indicator.empty()) continue;
      Record r = context_record(sent, pi, pj, rk.value.begin, rk.value.end,
                                regions.empty() ? -1 : regions.back(), subject, false);
      r.measure = Measure::kRank;
      std::string basis(s_.substr(rk.basis_begin, rk.basis_end - rk.basis_begin));
      r.basis = basis;
      r.indicator_id = std::string(x_.indicators.resolve(indicator));
      if (r.indicator_id.empty() && indicator.size() > 6 &&
          indicator.compare(indicator.size() - 6, 6, "增速") == 0)
        r.indicator_id =
            std::string(x_.indicators.resolve(indicator.substr(0, indicator.size() - 6)));
      r.indicator = indicator;
      set_value(&r, rk.value.begin, rk.value.end, rk.value.value);
      out->push_back(std::move(r));
    }
  }

  // A place name at text[i], extended to a zone of it when a zone word
  // follows (昆山 + 综合保税区, 成都 + 高新区): zones missing from the
  // gazetteer become local regions of this document.
  RegionMatch place_at(std::size_t i, std::size_t e) {
    RegionMatch m = x_.gazetteer.match_at(s_.substr(0, e), i, p_.home);
    if (m.region < 0) {
      m = unnamed_zone_at(i, e);
      return m.region >= 0 ? m : town_at(i, e);
    }
    // 柯桥街道, 城厢镇: a town named after the place it lies in
    // (a short form: the name without its level, 柯桥 of 柯桥区)
    static const WordList kLevelWords = {"区", "县", "市", "旗", "省", "州", "盟"};
    if (kLevelWords.suffix_of(s_.substr(m.begin, m.end - m.begin)).empty() &&
        (starts_at(s_, m.end, "街道") || starts_at(s_, m.end, "镇") ||
         (starts_at(s_, m.end, "乡") && !starts_at(s_, m.end, "乡村")))) {
      const RegionMatch town = town_at(i, e);
      if (town.region >= 0 && town.end > m.end) return town;
    }
    // 巴里坤县 (a short form with its level written after it)
    if (m.short_form) {
      static const WordList kLevels = {"县", "市", "区", "旗"};
      m.end += kLevels.at(s_.substr(0, e), m.end).size();
    }
    // the zone word right after the name, or after one or two characters of
    // it (天津港保税区)
    std::size_t at = m.end;
    for (int extra = 0; extra <= 2 && at < e; ++extra) {
      for (const ZoneWord& zone : kZoneWords) {
        const std::string_view z = zone.word;
        if (!starts_at(s_, at, z) || at + z.size() > e) continue;
        std::string name(s_.substr(m.begin, at + z.size() - m.begin));
        int known = x_.gazetteer.lookup(name);
        if (known >= 0) {
          m.region = known;
        } else {
          m.region = local_region(name, "", x_.gazetteer.region(m.region).code);
        }
        m.end = at + z.size();
        return m;
      }
      // only ideographs of a name between
      if (static_cast<unsigned char>(s_[at]) < 0xE4 || !kNotInZoneName.at(s_, at).empty()) break;
      at += std::max<std::size_t>(1, utf8_sequence_length(s_, at));
    }
    return m;
  }

  // 洋浦经济开发区: a zone whose name the gazetteer does not know, written with
  // a long zone word (not 开发区 or 园区 alone, which follow ordinary words
  // too); a zone of the document's place.
  RegionMatch unnamed_zone_at(std::size_t i, std::size_t e) {
    RegionMatch m;
    if (p_.home < 0) return m;
    // every long zone word ends with 区, 12 to 27 bytes after a name of two
    // or three characters: test those places before anything else
    bool ends_in_qu = false;
    for (std::size_t name : {6, 9})
      for (std::size_t zone : {12, 15, 21, 27})
        ends_in_qu = ends_in_qu || (i + name + zone <= e && ends_at(s_, i + name + zone, "区"));
    if (!ends_in_qu) return m;
    std::size_t at = i;
    for (int chars = 1; chars <= 3 && at < e; ++chars) {
      if (static_cast<unsigned char>(s_[at]) < 0xE4 || !kNotInZoneName.at(s_, at).empty()) break;
      at += 3;
      if (chars < 2) continue;
      std::string_view z;
      for (const ZoneWord& zone : kZoneWords)
        if (zone.after_any_name && at + zone.word.size() <= e && starts_at(s_, at, zone.word)) {
          z = zone.word;
          break;
        }
      if (z.empty()) continue;
      return home_place(i, at + z.size());
    }
    return m;
  }

  // 石空镇, 宁安街道, 白马乡: a town or a street office, below the divisions of
  // the gazetteer: a name of two or three ideographs and the word (not a kind of
  // town: 小城镇, 重点镇, 特色小镇; not 乡村 or 城镇化).
  RegionMatch town_at(std::size_t i, std::size_t e) {
    RegionMatch m;
    if (p_.home < 0) return m;
    static const WordList kTownWords = {"街道", "镇", "乡"};
    static const WordList& kKinds = lexicon("town.kinds");
    for (std::size_t name : {6, 9, 12, 15}) {
      const std::size_t at = i + name;
      if (at + 3 > e) break;
      // (a longer name is an ethnic town's: 柳城畲族镇, 三江侗族乡)
      if (name > 9 && !ends_at(s_, at, "族")) continue;
      const std::string_view w = kTownWords.at(s_, at);
      if (w.empty() ||
          (w == "乡" && (starts_at(s_, at + 3, "村") || starts_at(s_, at + 3, "镇"))) ||
          (w == "镇" && starts_at(s_, at + 3, "化")))
        continue;
      // (越城街道: 城 before 街道 is a name's, before 镇 a kind's: 新城镇, 县城镇)
      // (but 古城镇党委, 新城镇人民政府: a town's offices name a town, and so
      // does a list of towns: 若水镇、林城镇)
      static const WordList kOffices = {"党委", "人民政府", "政府", "镇长", "乡长"};
      bool named =
          kKinds.at(s_, i).empty() &&
          (w == "街道" || kKinds.at(s_, at - 3).empty() ||
           (kKinds.at(s_, at - 3) == "城" && (!kOffices.at(s_, at + 3).empty() ||
                                              ends_at(s_, i, "镇、") || ends_at(s_, i, "乡、"))));
      // (not 返乡入乡创业: a word of 乡 inside is no town's name)
      for (std::size_t k = i; k < at && named; k += 3)
        named = static_cast<unsigned char>(s_[k]) >= 0xE4 && kNotInZoneName.at(s_, k).empty() &&
                !starts_at(s_, k, "乡");
      if (!named) continue;
      m = home_place(i, at + w.size());
      if (m.region >= 0) last_town_ = m.region;
      return m;
    }
    return m;
  }

  // The place named at clean[b, e), one of this document only, in the
  // document's place (an unnamed zone, a town).
  RegionMatch home_place(std::size_t b, std::size_t e) {
    const int region =
        local_region(std::string(s_.substr(b, e - b)), "", x_.gazetteer.region(p_.home).code);
    return RegionMatch{b, e, region, false};
  }

  // Index of a region of this document only (a zone missing from the
  // gazetteer, or a place copied from a record); one entry per name.
  int local_region(const std::string& name, const std::string& code, const std::string& parent) {
    std::size_t i = 0;
    while (i < local_.size() && (local_[i].name != name || local_[i].code != code)) ++i;
    if (i == local_.size()) local_.push_back(Region{name, code, parent, Region::kZone});
    return static_cast<int>(x_.gazetteer.regions().size() + i);
  }

  const Region& region_at(int r) const {
    std::size_t n = x_.gazetteer.regions().size();
    return static_cast<std::size_t>(r) < n ? x_.gazetteer.region(r)
                                           : local_[static_cast<std::size_t>(r) - n];
  }

  // Subject text without periods and places; the places it starts with
  // (宜都市、枝江市、当阳市地区生产总值…) go to *regions.
  std::string subject_text(std::size_t b, std::size_t e, std::size_t pi, std::size_t pj,
                           std::vector<int>* regions) {
    std::string out;
    std::size_t i = b;
    std::size_t k = pi;  // periods are in text order
    while (i < e) {
      while (k < pj && p_.periods[k].begin < i) ++k;
      if (k < pj && p_.periods[k].begin == i && p_.periods[k].end <= e) {
        i = p_.periods[k].end;
        // (力争到年底全市民营企业…: the preposition of the time goes with it)
        if (ends_at(out, out.size(), "到")) out.resize(out.size() - 3);
        continue;
      }
      if (out.empty()) {
        bool lead = false;
        for (std::string_view w :
             {"同期", "其中", "此外", "另外", "同时", "据统计", "据海关统计"}) {
          if (starts_at(s_, i, w) && i + w.size() <= e) {
            i += w.size();
            lead = true;
            break;
          }
        }
        if (lead) continue;
      }
      if (out.empty() && carried_.named_zone >= 0) {
        // 园区规模以上工业总产值…, 该区新签约项目…: the zone named before
        static const WordList kBack = {"该园区", "园区", "该区"};
        if (std::string_view w = kBack.at(s_.substr(0, e), i); !w.empty()) {
          regions->push_back(carried_.named_zone);
          i += w.size();
          continue;
        }
      }
      // 双节假期石门县接待游客, 假期全县文旅消费总额: a time adverbial before the place
      if (!out.empty() && out.size() <= 18 &&
          (ends_at(out, out.size(), "假期") || ends_at(out, out.size(), "期间") ||
           ends_at(out, out.size(), "当天")))
        out.clear();
      if (out.empty() || out.size() < 3) {
        std::size_t len = 0;
        // (全镇, 我镇: the town named last)
        static const WordList kTownWholes = {"全镇", "我镇", "本镇", "全乡", "我乡", "本乡"};
        if (out.empty() && last_town_ >= 0 && !kTownWholes.at(s_, i).empty()) {
          if (!region_is_basis(s_, i, i + 6)) regions->push_back(last_town_);
          i += 6;
          continue;
        }
        int scope = scope_word_region(x_.gazetteer, s_, i, p_.home, scope_place(), &len);
        // (全区 in the report of a zone: the zone)
        if (scope == p_.home && home_zone_ >= 0 && ends_at(s_, i + len, "区")) scope = home_zone_;
        if (scope >= 0 && out.empty()) {
          if (!region_is_basis(s_, i, i + len)) regions->push_back(scope);
          i += len;
          continue;
        }
        RegionMatch m = place_at(i, e);
        // 海口海关共监管…: the customs office of a place is no place
        if (m.region >= 0 && starts_at(s_, m.end, "海关") && m.end + 6 <= e) {
          i = m.end + 6;
          continue;
        }
        if (m.region >= 0 && !region_is_basis(s_, m.begin, m.end)) {
          if (!out.empty()) regions->clear();
          regions->push_back(m.region);
          out.clear();
          i = m.end;
          // a list of places: 宜都市、枝江市和当阳市
          for (std::string_view sep : {"、", "和", "及", "与"}) {
            if (starts_at(s_, i, sep)) {
              RegionMatch next = place_at(i + sep.size(), e);
              if (next.region >= 0) i += sep.size();
              break;
            }
          }
          continue;
        }
      }
      std::size_t n = std::max<std::size_t>(1, utf8_sequence_length(s_, i));
      out.append(s_.substr(i, n));
      i += n;
    }
    return out;
  }

  // 出口机电产品96.8亿元 -> 机电产品出口, 进口铁矿砂1286.4万吨 -> 铁矿砂进口: goods
  // named after the verb of trade (or animals after 出栏, 存栏); 出口值 right
  // after a record of goods
  // (钢材出口51.3万吨；出口值22.4亿元) is the same goods' value. (before: the
  // previous record, or null)
  static void object_before_verb(const Recent* before, std::string* ind) {
    static const WordList kTrade = {"出口", "进口"};
    // (what follows the verb is no goods: 出口企业, 出口退税, 出口总额, 出口市场 …)
    static const WordList& kNotGoods = lexicon("trade.not_goods");
    std::string& s = *ind;
    if (const std::string_view verb = kTrade.prefix_of(s);
        !verb.empty() && s.size() >= verb.size() + 6 && s.size() <= verb.size() + 24) {
      bool goods = true;
      for (std::size_t i = verb.size(); goods && i < s.size(); i += utf8_sequence_length(s, i))
        goods = kNotGoods.at(s, i).empty();
      if (goods) s = s.substr(verb.size()) + std::string(verb);
    }
    // 出栏生猪, 规模养殖场出栏生猪: the animals named after the verb (生猪出栏)
    for (std::string_view verb : {std::string_view("出栏"), std::string_view("存栏")}) {
      const std::size_t v = find_first(s, verb);
      const std::size_t tail = v == std::string::npos ? 0 : s.size() - v - verb.size();
      if (v == std::string::npos || tail < 3 || tail > 9) continue;
      bool animals = true;
      for (std::size_t i = v + verb.size(); animals && i < s.size(); i += 3)
        animals = static_cast<unsigned char>(s[i]) >= 0xE4 && kNotGoods.at(s, i).empty();
      if (animals) s = s.substr(0, v) + s.substr(v + verb.size()) + std::string(verb);
    }
    if (before != nullptr && s.size() == 9 && !kTrade.prefix_of(s).empty() &&
        (s.ends_with("值") || s.ends_with("额")) && before->indicator.size() > 9 &&
        before->indicator.ends_with(s.substr(0, 6)))
      s = before->indicator.substr(0, before->indicator.size() - 6) + s;
  }

  // Whether `ind`, the name of a value, names a figure of the things `last`
  // counted (clean [b, e): from the sentence's start to the value):
  // 签约项目68个，总投资326亿元 (a total of them; 计划总投资86亿元, the total they
  // are planned to take); 实施重点项目386个，完成投资1026.8亿元 (what the projects
  // invested, and 完成年度计划的108.6% after it; not after a part, 其中新开工项目236个，
  // 完成投资…, which the sum is not of); 规模以上加工企业28家，实现产值42.6亿元 (what
  // the firms made; not 园区集聚规上企业58家，实现产值…, what a place that holds them
  // made).
  bool of_things_counted(const Recent& last, std::string_view ind, std::size_t b,
                         std::size_t e) const {
    const std::string_view before = s_.substr(b, e - b);
    const std::size_t planned = starts_at(ind, 0, "计划总") ? 6 : 0;
    if (last.count && starts_at(ind, planned, "总") && ind.size() <= 9 + planned) return true;
    if (last.count && last.indicator.ends_with("项目"))
      return (ind == "完成投资" || ind == "累计完成投资" || ind == "年度完成投资") &&
             find_first(before, "其中") == std::string_view::npos;
    if (!last.firms || !last.indicator.ends_with("企业") ||
        !(ind == "产值" || ind == "总产值" || ind == "营业收入" || ind == "利润总额"))
      return false;
    for (std::string_view holds : {"集聚", "聚集", "拥有", "共有", "入驻", "落户"})
      if (find_first(before, holds) != std::string_view::npos) return false;
    return true;
  }

  // The noun right after a count that ends its clause (the 项目 of 签约68个项目):
  // one to six ideographs, not a qualifier, a time or a particle.
  std::string_view noun_after(std::size_t pos, std::size_t end) const {
    std::size_t i = pos, chars = 0;
    while (i + 3 <= end && chars < 7) {
      const auto lead = static_cast<unsigned char>(s_[i]);
      if (lead < 0xE4 || lead > 0xE9) break;
      i += 3;
      ++chars;
    }
    if (chars == 0 || chars > 6) return {};
    std::size_t len = 0;
    if (i < end && !clause_separator_at(s_, i, &len) && s_[i] != ' ' && s_[i] != ';' &&
        !starts_at(s_, i, "。") && !starts_at(s_, i, "；"))
      return {};
    static const WordList& kNotNouns = lexicon("subject.not_nouns");
    if (!kNotNouns.at(s_, pos).empty()) return {};
    return s_.substr(pos, i - pos);
  }

  // 黑色金属冶炼和压延加工业，石油、煤炭及其他燃料加工业出厂价格分别下降…: a subject
  // whose first 、 item is no industry while a later one is (石油、煤炭…加工业) is
  // the last of industry names separated by commas.
  static bool names_with_commas(std::string_view subject) {
    const std::size_t first = find_first(subject, "、");
    return first != std::string_view::npos && !ends_at(subject, first, "业") &&
           find_first(subject, "业", first) != std::string_view::npos;
  }

  // Start of the subject when the clauses before [.., cb) are bare list items:
  // at most `items` short clauses without a value or a verb of measure.
  // 全市规模以上工业增加值按可比价格计算，同比增长6.8%: the clause before clean
  // offset cb (and after floor), when it names an indicator and nothing else
  // (a method aside, 按可比价格计算, at its end or as a clause of its own, aside),
  // is the subject of a clause that has none. The span of the name, or {cb, cb}.
  std::pair<std::size_t, std::size_t> named_clause_before(std::size_t floor, std::size_t cb) const {
    auto method_at = [&](std::string_view t) {  // where 按…计算 ends t, or npos
      const std::size_t by = find_last(t, "按");
      return by != std::string_view::npos && ends_at(t, t.size(), "计算") && t.size() - by <= 27
                 ? by
                 : std::string_view::npos;
    };
    std::size_t end = cb;
    for (int aside = 0; aside < 2; ++aside) {
      if (end <= floor + 1 || s_[end - 1] != ',') break;
      const std::size_t b = skip_leading(s_, clause_start(s_, floor, end - 1), end - 1);
      std::string_view clause = s_.substr(b, end - 1 - b);
      const std::size_t by = method_at(clause);
      if (by == 0) {  // (按可比价格计算, a clause of its own)
        end = b;
        continue;
      }
      if (by != std::string_view::npos) clause = clause.substr(0, by);
      // (甲县、乙县、丙县规模以上工业增加值增速居全市前三，分别增长…: the rank
      // is a comment on the subject)
      bool ranked = false;
      for (std::string_view rank : kRankComments)
        if (const std::size_t r = find_first(clause, rank); r != std::string_view::npos && r > 0) {
          clause = clause.substr(0, r);
          ranked = true;
          break;
        }
      if (clause.empty() || clause.size() > 60 ||
          clause.find_first_of("0123456789") != std::string_view::npos)
        break;
      // (the places the clause opens with are no part of the name)
      std::size_t named = 0;
      for (RegionMatch m = x_.gazetteer.match_at(s_.substr(0, b + clause.size()), b, p_.home);
           m.region >= 0 && m.begin == b + named;) {
        named = m.end - b;
        if (starts_at(clause, named, "、")) named += 3;
        m = x_.gazetteer.match_at(s_.substr(0, b + clause.size()), b + named, p_.home);
      }
      std::string name = clean_indicator(clause.substr(named));
      if (const std::size_t g = growth_suffix(name); g != std::string::npos) name.resize(g);
      // (食品烟酒、居住、交通通信支出占比居前三位，分别为…: a list ranked
      // names what the figures after it are of, in the vocabulary or not)
      if (name.empty() || (x_.indicators.resolve(name).empty() &&
                           !(ranked && find_first(name, "、") != std::string::npos)))
        break;
      return {b, b + clause.size()};
    }
    return {cb, cb};
  }

  std::size_t extend_subject(std::size_t floor, std::size_t cb, std::size_t items) const {
    std::size_t b = cb;
    for (std::size_t k = 1; k < items; ++k) {
      if (b <= floor) break;
      std::size_t sep = prev_cp_start(s_, b);
      std::size_t len = 0;
      if (!clause_separator_at(s_, sep, &len)) break;
      std::size_t start = clause_start(s_, floor, sep);
      std::string_view clause = s_.substr(start, sep - start);
      if (clause.empty() || clause.size() > 90) break;
      bool plain = clause.find_first_of("0123456789") == std::string_view::npos;
      for (std::string_view w : {"增长", "下降", "占", "达", "为", "实现", "完成", "看", "中"})
        if (find_first(clause, w) != std::string_view::npos) plain = false;
      if (!plain) break;
      b = skip_leading(s_, start, sep);
    }
    if (b == cb) return cb;
    // the commas become list separators for split_subjects
    return b;
  }

  // 城乡居民收入比为2.31, 基尼系数0.46, 制造业PMI为50.2: a ratio or an index
  // has no unit, and is a figure all the same.
  bool ratio_noun_before(const Sentence& sent, const QuantityHit& q) const {
    if (q.chinese || q.end - q.begin > 12) return false;
    std::size_t len = 0;
    if (q.end < sent.end && !clause_separator_at(s_, q.end, &len) && !starts_at(s_, q.end, "。"))
      return false;
    std::string_view before = s_.substr(sent.begin, q.qual_begin - sent.begin);
    static const WordList kLinks = {"为", "达到", "达", "是"};
    before.remove_suffix(kLinks.suffix_of(before).size());
    static const WordList kRatios = {"收入比", "之比", "比率", "比值", "系数", "指数", "PMI"};
    return !kRatios.suffix_of(before).empty();
  }

  // 观影人次21.6万, 票房收入860万: a number with a scale (万, 亿) whose unit is
  // the noun right before it: a counted noun gives its unit, an amount of money
  // is in yuan.
  void unit_from_noun(const Sentence& sent, QuantityHit* q) const {
    const std::string_view text = s_.substr(q->begin, q->end - q->begin);
    if (find_first(text, "万") == std::string_view::npos &&
        find_first(text, "亿") == std::string_view::npos)
      return;
    std::size_t len = 0;
    if (q->end < sent.end && !clause_separator_at(s_, q->end, &len) && !starts_at(s_, q->end, "。"))
      return;
    static const WordList& kMoney = lexicon("subject.money");
    static const WordList kPeople = {"人口", "人数"};
    const std::string_view before = s_.substr(sent.begin, q->qual_begin - sent.begin);
    std::string unit_text;
    if (!kMoney.suffix_of(before).empty()) {
      unit_text = "元";
    } else if (!kPeople.suffix_of(before).empty()) {
      unit_text = "人";
    } else {
      // the last one or two characters of the noun, read as a unit (人次, 辆)
      for (int chars = 2; chars >= 1 && unit_text.empty(); --chars) {
        std::size_t b = q->qual_begin;
        for (int k = 0; k < chars && b > sent.begin; ++k) b = prev_cp_start(s_, b);
        const std::string probe = "1" + std::string(s_.substr(b, q->qual_begin - b));
        std::vector<QuantityHit> one;
        x_.quantities.find(probe, &one);
        if (one.size() == 1 && one[0].end == probe.size() && !one[0].unit.empty() &&
            one[0].unit != "%")
          unit_text = probe.substr(1);
      }
    }
    if (unit_text.empty()) return;
    std::vector<QuantityHit> read;
    const std::string probe = std::string(text) + unit_text;
    x_.quantities.find(probe, &read);
    if (read.size() != 1 || read[0].end != probe.size()) return;
    q->value = read[0].value;
    q->unit = read[0].unit;
  }

  // 5.6、4.1和2.5个百分点: numbers listed before the one that writes the unit
  // take its unit (only for units without a scale: %, pp, ‰, 倍).
  static void share_list_unit(std::vector<QuantityHit>* values) {
    const QuantityHit& last = values->back();
    if (values->size() < 2 || last.unit.empty()) return;
    bool rate = last.unit == "%" || last.unit == "pp" || last.unit == "‰" || last.unit == "times" ||
                last.unit == "‰pt";
    if (!rate) return;
    for (QuantityHit& q : *values) {
      // 0.1个和0.4个百分点: the 个 of the first is the elided 个百分点
      const bool elided = q.unit_text == "个" && last.unit_text.size() > 3 &&
                          last.unit_text.substr(0, 3) == "个" && &q != &last;
      if (!q.unit.empty() && !elided) continue;
      if (elided) q.end -= q.unit_text.size();
      q.unit = last.unit;
      q.unit_text = last.unit_text;
    }
  }

  // Records of one group of values; returns the place its own subject names
  // (one for all values), or -1.
  int group(const Sentence& sent, std::size_t pi, std::size_t pj,
            const std::vector<QuantityHit>& values, const Statement& st, int subject, Recent* last,
            bool* have_last, std::vector<Record>* out) {
    const QuantityHit& q0 = values[0];
    std::vector<int> regions;
    std::string subj = subject_text(st.subject_begin, st.subject_end, pi, pj, &regions);
    if (st.measure == Measure::kContribution) {
      // 民营企业拉动全市外贸增长10.1个百分点: the contributor and what it pulls make
      // the indicator (民营企业外贸); the region is the whole's (全市)
      std::vector<int> whole_regions;
      std::string whole = subject_text(st.whole_begin, st.whole_end, pi, pj, &whole_regions);
      std::string contributor(s_.substr(st.subject_begin, st.subject_end - st.subject_begin));
      subj = clean_indicator(contributor);
      // 猪肉价格下降12.4%，影响…总水平下降0.18个百分点: the contributor is the
      // indicator of the clause before
      if (subj.empty() && *have_last && last->sentence_begin == sentence_begin(sent))
        subj = last->indicator;
      else
        subj += clean_indicator(whole);
      regions = whole_regions;
    }
    const std::size_t n = values.size();
    // one place per value (宜都市、枝江市、当阳市…分别增长a、b、c), else the last place
    bool region_per_value = regions.size() == n && n > 1;
    // 昆山开发区、昆山高新区分别新签约项目86个、63个，协议总投资分别为412.5亿元、297.8亿元:
    // a list without places of its own follows the places of the list before it
    if (regions.empty() && n > 1 && last_group_.size() == n &&
        last_group_[0].sentence_begin == sentence_begin(sent) &&
        last_group_[0].region != last_group_[1].region) {
      for (const Recent& r : last_group_)
        regions.push_back(local_region(r.region, r.region_code, ""));
      region_per_value = true;
    }
    // 梨树县发放287笔1.18亿元: a value right after another, with no words
    // between, is of the other's place (not the sentence's first place)
    if (regions.empty() && st.subject_begin == st.subject_end && *have_last &&
        last->sentence_begin == sentence_begin(sent) && last->named_region) {
      const auto at =
          std::lower_bound(p_.quantities.begin(), p_.quantities.end(), q0.begin,
                           [](const QuantityHit& q, std::size_t b) { return q.begin < b; });
      if (at != p_.quantities.begin() && std::prev(at)->end == q0.qual_begin)
        regions.push_back(local_region(last->region, last->region_code, ""));
    }
    int region = regions.empty() ? -1 : regions.back();
    // 年回收废旧汽车12万辆: a rate per year has no period
    bool per_year =
        subj.rfind("年", 0) == 0 && subj.size() > 3 &&
        std::string_view("均度末底初内来中终").find(subj.substr(3, 3)) == std::string_view::npos;
    if (per_year) subj.erase(0, 3);
    std::string indicator = clean_indicator(subj);
    // 从事制造业的农民工月均收入5125元；从事建筑业的5608元: a name cut off after
    // 的 has the head of the previous name of the same form (in the sentence,
    // or opening with the same two characters)
    if (n == 1 && !indicator.empty() && ends_at(s_, q0.qual_begin, "的") && *have_last &&
        (last->sentence_begin == sentence_begin(sent) ||
         starts_at(last->indicator, 0, std::string_view(indicator).substr(0, 6)))) {
      const std::size_t de = last->indicator.rfind("的");
      if (de != std::string::npos && de > 0 && de + 3 < last->indicator.size() &&
          indicator.find("的") == std::string::npos)
        indicator += last->indicator.substr(de);
    }
    // 压减地下水超采量0.21亿立方米, 压减法人户数23户: a cut written before what it
    // cuts is a fall of it
    bool cut = false;
    if (n == 1 && st.measure == Measure::kLevel && !st.has_verb && q0.unit != "%") {
      static const WordList kCuts = {"压减", "削减", "压降", "核减", "缩减", "减少"};
      if (const std::string_view w = kCuts.prefix_of(indicator);
          !w.empty() && indicator.size() >= w.size() + 6) {
        indicator.erase(0, w.size());
        cut = true;
      }
    }
    // 签约68个项目, 新开工42个项目: a count whose noun follows it
    if (n == 1 && q0.unit == "count" && !indicator.empty())
      indicator += noun_after(q0.end, sent.end);
    // 签约项目68个，总投资326亿元, 实施重点项目386个，完成投资…: a figure of the things
    // counted just before
    if (*have_last && last->sentence_begin == sentence_begin(sent) &&
        of_things_counted(*last, indicator, sent.begin, q0.qual_begin)) {
      // (签约项目数比上届增加18个，总投资增长23.6%: the projects', not their number's)
      std::string_view things = last->indicator;
      if (things.size() > 6 && ends_at(things, things.size(), "数")) things.remove_suffix(3);
      indicator = std::string(things) + indicator;
    }
    object_before_verb(*have_last ? last : nullptr, &indicator);
    // 一般公共预算收入完成62.35亿元，为预算的101.8%: a completion ratio, named
    // after what is completed (the indicator before, unless the subject names it)
    std::string_view own;
    const bool ratio =
        n == 1 && q0.unit == "%" && st.measure == Measure::kLevel && completion_ratio(subj, &own);
    if (ratio) {
      indicator = clean_indicator(own);
      if (indicator.empty() && *have_last && last->sentence_begin == sentence_begin(sent))
        indicator = last->indicator;
    }
    // 新增企业38家，总数达到418家: the total of what the flow added to
    const bool stock = subj == "总数" || subj == "总量" || (subj.empty() && st.total) ||
                       (starts_at(subj, 0, "累计") && indicator.empty());
    // A、B、C三大主导产业增加值分别增长…，合计占…: the sum of the list before
    if (n == 1 && indicator.empty() && (subj == "合计" || subj == "共计" || subj == "总计") &&
        list_sentence_ == sent.begin && !list_whole_.empty())
      indicator = list_whole_;
    if (n > 1) {
      list_whole_ = clean_indicator(subj);
      list_sentence_ = sent.begin;
    }
    // no subject: the previous record of the sentence (349.7亿元,增长6%), else
    // the noun after the value, else the paragraph's previous record
    // (■２８４６家国家高新技术企业■１１．２％研发投入强度: a bullet opens an item of
    // its own, whose name may follow its figure)
    const bool own_item = st.subject_begin > 0 && st.subject_begin == st.subject_end &&
                          bullet_at(s_, prev_cp_start(s_, st.subject_begin)) > 0;
    bool same_sentence = !own_item && *have_last && last->sentence_begin == sentence_begin(sent);
    // (■5.2%⏎地区生产总值增速, ■69.8%⏎税收占比: a rate named after its figure)
    Measure rate_after = Measure::kLevel;
    if (n == 1 && ((indicator.empty() && !same_sentence) || ends_with_action_verb(subj))) {
      std::string right = right_noun(q0);
      // (not 8.5%的企业实现利润增长: a share of firms)
      if (q0.unit == "%" && st.measure == Measure::kLevel && !starts_at(s_, q0.end, "的")) {
        if (const std::size_t g = growth_suffix(right); g != std::string::npos) {
          right.resize(g);
          rate_after = Measure::kGrowth;
        } else if (ends_at(right, right.size(), "占比") || ends_at(right, right.size(), "比重")) {
          rate_after = Measure::kShare;
        }
      }
      if (!right.empty()) indicator = right;
    }
    // 双辽市发放418笔: a verb alone does what the previous record named
    // (发放个人住房贷款3,126笔)
    // (市本级发放2,214笔: the level of government it is done at, 本级, stays;
    // not the one of the record before)
    if (*have_last && !last->indicator.empty() && ends_with_action_verb(indicator)) {
      const std::size_t level = find_first(indicator, "本级");
      const std::size_t scope = level == std::string::npos ? 0 : level + 6;
      if (is_action_verb(std::string_view(indicator).substr(scope))) {
        std::string_view done = last->indicator;
        if (const std::size_t p = find_first(done, "本级"); p != std::string_view::npos && p <= 3)
          done.remove_prefix(p + 6);
        indicator = indicator.substr(0, scope) + std::string(done);
      }
    }
    // 组建产教联合体12个，其中国家级1个、市级3个: a grade alone names a part of
    // the sentence's previous indicator
    if (same_sentence && !last->indicator.empty()) {
      static const WordList kGrades = {"国家级", "世界级", "国际级", "部级",
                                       "省级",   "市级",   "区级",   "县级"};
      std::string_view grade = kGrades.prefix_of(indicator);
      if (!grade.empty() && grade.size() == indicator.size()) {
        std::string_view whole = last->indicator;
        whole.remove_prefix(kGrades.prefix_of(whole).size());
        indicator += std::string(whole);
      }
    }
    // 境内外上市企业累计72家，其中去年新增5家: a word of flow alone is the flow
    // of the sentence's previous indicator (or of the one before a sentence
    // of parts: 城镇新增就业28.6万人。其中，甲市、乙市分别新增…, which names
    // the flow already)
    const bool parts = *have_last && !own_item && starts_at(s_, sent.begin, "其中") &&
                       last->sentence_begin < sentence_begin(sent);
    if ((same_sentence || parts) && !last->indicator.empty() && !indicator.empty()) {
      if (flow_words().prefix_of(indicator).size() == indicator.size()) {
        std::string_view whole = last->indicator;
        if (find_first(whole, indicator) != std::string_view::npos) {
          indicator = std::string(whole);
        } else {
          whole.remove_prefix(flow_words().prefix_of(whole).size());
          indicator += std::string(whole);
        }
      }
    }
    // 增长4.2%（年度计划为增长5.5%左右）: a plan alone is the plan for the
    // sentence's previous indicator
    bool plan_of_last = false;
    if (same_sentence && !ratio && !last->indicator.empty() && !indicator.empty()) {
      static const WordList kPlans = {"年度计划", "全年计划", "年度目标",
                                      "预期目标", "计划",     "目标"};
      if (kPlans.prefix_of(indicator).size() == indicator.size()) {
        indicator = last->indicator;
        plan_of_last = true;
      }
    }
    // 计划新增公共停车泊位2000个，实际新增2318个: what was done in fact, said
    // with a verb alone, is of the indicator the plan before it named
    if (same_sentence && !last->indicator.empty() && starts_at(indicator, 0, "实际") &&
        indicator.size() <= 6 + 9) {
      static const WordList& kLead = lexicon("indicator.lead");
      static const WordList& kWorks = lexicon("indicator.works_done");
      const std::string_view done = std::string_view(indicator).substr(6);
      auto whole = [&](const WordList& w) { return w.prefix_of(done).size() == done.size(); };
      // (实际培训926人 after 计划培训高素质农民800人: the verb the plan opened
      // with; 实际完工: a verb of building work)
      if (done.empty() || is_action_verb(done) || starts_at(last->indicator, 0, done) ||
          whole(flow_words()) || whole(kLead) || whole(kWorks))
        indicator = last->indicator;
    }
    // 职工医保基金收入54.28亿元，增长5.6%；支出46.91亿元: one of the parts of a
    // fund's account alone is that part of the fund the paragraph's previous
    // figure named
    if (*have_last && !last->indicator.empty() && !indicator.empty()) {
      static const WordList& kParts = lexicon("indicator.account_parts");
      const std::string_view part = kParts.prefix_of(indicator);
      const std::string_view before = kParts.suffix_of(last->indicator);
      if (part.size() == indicator.size() && !before.empty() && before != part &&
          last->indicator.size() > before.size())
        indicator = last->indicator.substr(0, last->indicator.size() - before.size()) + indicator;
    }
    // 存款增加512.6亿元，年末余额5942.1亿元: a balance alone is the balance of
    // what the sentence's previous figure added to
    if (same_sentence && indicator == "余额" && !last->indicator.empty()) {
      std::string_view whole = last->indicator;
      for (std::string_view flow : {"增加额", "新增额", "增量"})
        if (whole.ends_with(flow) && whole.size() > flow.size()) whole.remove_suffix(flow.size());
      if (!whole.ends_with("余额")) indicator = std::string(whole) + indicator;
    }
    // 存款增加512.6亿元: what deposits (loans) grew by is a figure of its own,
    // their 增加额; 同比多增23.6亿元 is its change from a year before
    bool flow_amount = false, more_than_before = false;
    if (n == 1 && st.measure == Measure::kChange && st.basis.empty()) {
      const bool money = indicator.ends_with("存款") || indicator.ends_with("贷款");
      if (money && (ends_at(s_, q0.qual_begin, "增加") || ends_at(s_, q0.qual_begin, "新增"))) {
        indicator += "增加额";
        flow_amount = true;
      } else if ((money ||
                  (indicator.empty() && same_sentence && last->indicator.ends_with("款增加额"))) &&
                 (ends_at(s_, q0.qual_begin, "多增") || ends_at(s_, q0.qual_begin, "少增"))) {
        if (money) indicator += "增加额";
        more_than_before = true;
      }
    }
    // (🔹顺庆区　108.6亿元　增长6.5% under 各县(市、区)建筑业总产值及增速如下: an item of
    // a place and its figures is of what the line before the list names)
    // (🔹临江新区　29.4亿元: a place the gazetteer lacks, named like one)
    if (!intro_name_.empty() && sent.line == intro_line_ && n == 1 && region < 0 &&
        !indicator.empty() && subj == indicator)
      if (const int place = unlisted_place(indicator); place >= 0) {
        region = place;
        carried_.line_region = place;
        indicator.clear();
      }
    if (indicator.empty() && !intro_name_.empty() && sent.line == intro_line_)
      indicator = intro_name_;
    Record base = context_record(sent, pi, pj, q0.qual_begin, q0.end, region, subject, per_year);
    if (plan_of_last) base.status = RecordStatus::kTarget;
    base.measure = flow_amount ? Measure::kLevel : cut ? Measure::kChange : st.measure;
    base.basis = more_than_before ? "去年同期" : st.basis;
    if (rate_after != Measure::kLevel) {
      base.measure = rate_after;
      base.basis = rate_after == Measure::kGrowth ? "yoy" : "";
    }
    // 增长6.3%（年度目标为6%左右）: a plan without a verb is of the measure
    // of the rate it follows
    if (plan_of_last && st.measure == Measure::kLevel && q0.unit == "%" &&
        last->measure == Measure::kGrowth)
      base.measure = Measure::kGrowth, base.basis = last->basis;
    // 五年来…由438.6亿元增加到612.8亿元: the level reached is the last year's
    if (st.reached && st.measure == Measure::kLevel && base.period.size() == 9 &&
        base.period[4] == '/')
      base.period = base.period.substr(5);

    std::vector<std::string_view> items;
    if (n > 1 || st.each || st.respectively) {
      items = split_subjects(subj, n > 1 ? n : 0);
    } else if (st.has_verb) {
      items = split_subjects(subj);  // 起数和亡人数下降75%: nouns sharing a head
      bool shared = items.size() == 2;
      for (std::size_t t = 1; shared && t < items.size(); ++t)
        shared = distribute_head(items[0], items[t]) != std::string(items[t]);
      if (!shared) items.clear();
    }
    // 城乡居民人均可支配收入分别达到43518元、22946元: urban, then rural (not
    // 城乡低保对象14.86万户、29.73万人: one count in two units)
    std::vector<std::string> town_and_country;
    if (n == 2 && items.empty() && values[1].unit == q0.unit) {
      const std::size_t p = find_first(subj, "城乡");
      if (p != std::string::npos) {
        for (std::string_view part : {"城镇", "农村"})
          town_and_country.push_back(subj.substr(0, p) + std::string(part) + subj.substr(p + 6));
        items.assign(town_and_country.begin(), town_and_country.end());
      }
    }
    // (the last record emitted takes base itself, the others a copy)
    std::size_t emits_left = 0;
    auto emit = [&](const QuantityHit& q, std::string ind) {
      // (built in place at the end of out)
      Record& r = --emits_left == 0 ? out->emplace_back(std::move(base)) : out->emplace_back(base);
      if (region_per_value) {
        const Region& g = region_at(regions[static_cast<std::size_t>(&q - &q0)]);
        r.region = g.name;
        r.region_code = g.code;
      }
      if (ind.empty() && *have_last) {
        ind = last->indicator;
        r.indicator_id = last->indicator_id;
        // (新建高标准农田…，累计建成…: the flow's noun without 新增/新建/新引进)
        if (const std::string_view flow = flow_words().prefix_of(ind);
            stock && !flow.empty() && ind.size() > flow.size()) {
          ind.erase(0, flow.size());
          r.indicator_id.clear();
        }
        // (…增速居全省第六位。其中，三季度当季完成228.6亿元: a level, growth or
        // share after the rank of a growth rate is of what grew, not of the rate)
        // (a rank or a change after it is still of the rate)
        if (!st.growth_rate && st.measure != Measure::kRank && st.measure != Measure::kChange &&
            ind.size() > 6 && ends_at(ind, ind.size(), "增速")) {
          ind.resize(ind.size() - 6);
          r.indicator_id.clear();
        }
        if (st.growth_rate) ind += "增速";
        if (!st.per_day_or_month.empty()) {
          ind.insert(0, st.per_day_or_month);
          r.indicator_id.clear();
        }
      } else {
        r.indicator_id = std::string(x_.indicators.resolve(ind));
      }
      // the change of a growth rate is about the rate: 商品房销售面积增速
      if (st.growth_rate && st.measure == Measure::kChange && !ind.empty() &&
          find_first(ind, "增速") == std::string::npos)
        ind += "增速";
      if (r.indicator_id.empty() && !ratio)
        r.indicator_id = std::string(x_.indicators.resolve(ind));
      if (ratio) r.indicator_id.clear();  // a ratio to the plan, not the indicator itself
      // (截至3月末，存款余额…。财政方面，一般公共预算收入…: what flowed up to a
      // point carried from before is of the year to date)
      if (r.period_source == Source::kContext && !st.total && flow_indicator(ind))
        if (std::string ytd = year_to_date(r.period); !ytd.empty()) r.period = std::move(ytd);
      r.indicator = std::move(ind);
      const bool fall = q.direction != 0 ? q.direction < 0 : st.negative || cut;
      // (增长5%—6%, 三四十人: a range is its midpoint, approximately)
      const bool range = q.low && q.high;
      const double value = range ? (*q.low + *q.high) / 2 : q.value;
      set_value(&r, q.begin, q.end, (fall && value > 0) ? -value : value);
      r.unit = std::string(q.unit);
      r.qualifier = q.qualifier == Qualifier::kExact && (st.approx || range) ? Qualifier::kApprox
                                                                             : q.qualifier;
      last->assign(r);
      *have_last = true;
    };
    auto item = [&](std::size_t t) {
      std::string it = list_item(items, t);
      if (t && it == items[t]) it = distribute_head(items[0], items[t]);
      return clean_indicator(distribute_tail(it, items.back()));
    };
    std::size_t first = out->size();
    bool follows_group = indicator.empty() && n > 1 && last_group_.size() == n &&
                         last_group_[0].sentence_begin == base.sentence_begin;
    std::vector<Recent> previous;  // (read only when the group follows one)
    if (follows_group) previous = last_group_;
    if (!follows_group && indicator.empty() && n > 1 && st.respectively && out->size() >= n) {
      // 全省接待游客…，实现旅游收入…，分别增长8.1%、9.4%: one value for each of the
      // sentence's last n records, when they name n different indicators
      previous.clear();
      for (auto r = out->end() - static_cast<std::ptrdiff_t>(n); r != out->end(); ++r)
        previous.push_back(Recent(*r));
      follows_group = true;
      for (std::size_t t = 0; t < n && follows_group; ++t) {
        follows_group =
            previous[t].sentence_begin == base.sentence_begin && !previous[t].indicator.empty();
        for (std::size_t u = 0; u < t && follows_group; ++u)
          follows_group = previous[u].indicator != previous[t].indicator;
      }
    }
    if (n > 1 && items.size() == n) {
      emits_left = n;
      for (std::size_t t = 0; t < n; ++t) emit(values[t], item(t));
    } else if (n == 1 && items.size() > 1) {
      emits_left = items.size();
      for (std::size_t t = 0; t < items.size(); ++t) emit(q0, item(t));
    } else if (follows_group) {
      // …分别增长12.4%、10.9%、9.3%，增速分别高于规模以上工业5.6、4.1和2.5个百分点
      emits_left = n;
      for (std::size_t t = 0; t < n; ++t) {
        *last = previous[t];
        emit(values[t], std::string());
      }
    } else {
      emits_left = values.size();
      for (std::size_t t = 0; t < values.size(); ++t)
        emit(values[t], t + 1 == values.size() ? std::move(indicator) : indicator);
    }
    // one period per value: 一季度、上半年、前三季度分别增长a、b、c
    std::vector<const PeriodHit*> listed;
    for (std::size_t t = pi; t < pj; ++t)
      if (p_.periods[t].begin >= st.subject_begin && p_.periods[t].end <= q0.qual_begin &&
          is_reporting(p_.periods[t], p_.ref_year))
        listed.push_back(&p_.periods[t]);
    if (n > 1 && listed.size() == n && out->size() - first == n)
      for (std::size_t t = 0; t < n; ++t)
        (*out)[first + t].period = canonical(*listed[t], p_.ref_year, year_hint(), p_.ref_month);
    // 2023年、2024年…分别增长a、b; 一、二季度…分别增长a、b
    if (n == 2 && listed.size() == 1 && out->size() - first == n) {
      const std::vector<PeriodShape> two = list_items(listed[0]->shape);
      for (std::size_t t = 0; t < two.size(); ++t)
        (*out)[first + t].period = canonical_period(two[t], p_.ref_year, year_hint());
    }
    // (assigned in place: the strings keep their buffers from group to group)
    last_group_.resize(out->size() - first);
    for (std::size_t r = first; r < out->size(); ++r) last_group_[r - first].assign((*out)[r]);
    const std::size_t clause = clause_start(s_, sent.begin, st.subject_begin);
    const bool part =
        s_.substr(clause, st.subject_end - std::min(st.subject_end, clause)).find("其中") !=
        std::string_view::npos;
    return region_per_value || part ? -1 : region;
  }

  const ExtractorImpl& x_;
  const Prepared& p_;
  std::string_view s_;
  const Segments& seg_;
  Carried carried_;
  std::vector<Table> tables_;              // the tables of the text
  std::vector<std::string> table_titles_;  // and what each one's caption names
  std::vector<bool> table_rates_;          // and whether it says it holds rates only
  std::vector<bool> table_places_;         // and whether its rows are places
  std::vector<bool> table_line_;           // by line: a table's header or row
  // and each table's column names without the period that opens them
  std::vector<std::vector<std::string_view>> column_words_;
  std::vector<Region> local_;  // zones of this document missing from the gazetteer
  std::string list_whole_;  // the subject of the last list of values (A、B三大产业增加值)
  int home_zone_ = -1;      // the local region of Prepared::home_zone, or -1
  int last_town_ = -1;      // the town (镇, 乡, 街道) named last, for 全镇 / 我镇
  std::size_t list_sentence_ = std::string_view::npos;  // and its sentence
  // What a line that introduces a list of items names (建筑业总产值 of
  // 各县(市、区)建筑业总产值及增速如下:), and the last line of the list so far
  std::string intro_name_;
  int intro_line_ = -1;
  Recent last_;                     // the paragraph's previous record (349.7亿元,增长6%)
  std::vector<Recent> last_group_;  // the records of the previous value group
  bool have_last_ = false;
  mutable int goal_line_ = -1;  // goal_list_before's line
  mutable std::size_t goal_from_ = std::string_view::npos;
  mutable std::size_t target_sentence_ = std::string_view::npos;  // target_before's
  mutable std::optional<TargetContext> target_;
  mutable std::size_t holiday_sentence_ = std::string_view::npos;  // (holiday_before's
  mutable std::size_t holiday_from_ = std::string_view::npos;      // sentence, and clause)
  mutable int holiday_line_ = -1;  // the paragraph of the last sentence that opened with one
  // the values of the group being read and their directions (kept between
  // groups so that each group does not allocate them anew)
  std::vector<QuantityHit> scratch_values_;
  std::vector<signed char> scratch_directions_;
};

// Layers to find: quantities() needs no periods and periods() no quantities.
enum Layers { kQuantities = 1, kPeriods = 2, kBoth = 3 };

// 济宁高新区, 洋浦经济开发区: a zone the gazetteer lacks, named as a place and
// a zone word; the place (济宁市), or -1.
int zone_of_place(const Gazetteer& g, std::string_view name) {
  const RegionMatch m = g.match_at(name, 0, -1);
  if (m.region < 0 || m.begin != 0) return -1;
  for (const ZoneWord& zone : kZoneWords)
    if (name.substr(m.end) == zone.word) return m.region;
  return -1;
}

Status prepare(const ExtractorImpl& x, std::string_view text, const Options& o, Prepared* p,
               Layers layers = kBoth) {
  if (!o.reference_date.empty()) {
    bool ok = false;
    p->ref_year = parse_reference_year(o.reference_date, &ok);
    if (!ok)
      return Status(StatusCode::kInvalidArgument, "reference date '" + o.reference_date +
                                                      "' is not a date; write it as YYYY-MM-DD");
    p->ref_month = (o.reference_date[5] - '0') * 10 + (o.reference_date[6] - '0');
  }
  if (!o.default_region.empty()) {
    p->home = x.gazetteer.lookup(o.default_region);
    if (p->home < 0) {
      p->home = zone_of_place(x.gazetteer, o.default_region);
      if (p->home >= 0) p->home_zone = o.default_region;
    }
    if (p->home < 0)
      return Status(StatusCode::kInvalidArgument,
                    "default region '" + o.default_region +
                        "' is unknown; give a GB/T 2260 code (500000), a full name (重庆市) or a "
                        "zone of a place (济宁高新区)");
  }
  Status st = normalize(text, o.invalid_utf8, &p->clean);
  if (!st.ok()) return st;
  if (layers == kBoth && x.starts.usable()) {
    x.starts.scan(p->clean.text, &p->starts);
    x.quantities.find(p->clean.text, p->starts, 1, &p->quantities);
    x.periods.find(p->clean.text, p->starts, 2, &p->periods);
  } else {
    if (layers & kQuantities) x.quantities.find(p->clean.text, &p->quantities);
    if (layers & kPeriods) x.periods.find(p->clean.text, &p->periods);
  }
  if (p->ref_year == 0) p->ref_year = document_year(p->periods);
  return Status();
}

template <typename F>
Status guarded(F&& f) {
  try {
    return f();
  } catch (const std::bad_alloc&) {
    return Status(StatusCode::kOutOfMemory,
                  "out of memory; split the input into smaller documents");
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal,
                  std::string("internal error: ") + e.what() + "; please report it with the input");
  }
}

}  // namespace
}  // namespace detail

Extractor::Extractor() : impl_(std::make_unique<detail::ExtractorImpl>()) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Status Extractor::check_options(const Options& options) const {
  return detail::guarded([&] {
    detail::Prepared p;
    return detail::prepare(*impl_, std::string_view(), options, &p);
  });
}

namespace detail {
namespace {

// Prepares `text` and hands it to body(prepared, out); no exception escapes and
// `out` is empty on failure.
template <typename T, typename Body>
Status run_call(const ExtractorImpl& x, std::string_view text, const Options& options,
                std::vector<T>* out, Body&& body, Layers layers = kBoth) {
  out->clear();
  Status st = guarded([&] {
    Prepared p;
    Status s = prepare(x, text, options, &p, layers);
    if (!s.ok()) return s;
    body(p, out);
    return Status();
  });
  if (!st.ok()) out->clear();
  return st;
}

}  // namespace
}  // namespace detail

Status Extractor::extract(std::string_view text, const Options& options,
                          std::vector<Record>* out) const {
  return detail::run_call(*impl_, text, options, out,
                          [&](const detail::Prepared& p, auto* records) {
                            detail::Segments seg;
                            detail::segment(p.clean.text, &seg);
                            detail::RecordBuilder(*impl_, p, seg).run(records);
                          });
}

namespace detail {
// The caller's span and text of clean[b, e) (a Quantity's or a Period's).
template <class Span>
void copy_span(const Prepared& p, std::string_view text, std::size_t b, std::size_t e, Span* out) {
  auto [ob, oe] = p.clean.original_span(b, e);
  out->begin = ob;
  out->end = oe;
  out->text = std::string(text.substr(ob, oe - ob));
}
}  // namespace detail

Status Extractor::quantities(std::string_view text, const Options& options,
                             std::vector<Quantity>* out) const {
  return detail::run_call(
      *impl_, text, options, out,
      [&](const detail::Prepared& p, auto* qs) {
        for (const detail::QuantityHit& h : p.quantities) {
          Quantity q;
          detail::copy_span(p, text, h.begin, h.end, &q);
          q.value = h.value;
          q.low = h.low;
          q.high = h.high;
          q.unit = std::string(h.unit);
          q.unit_text = std::string(h.unit_text);
          q.qualifier = h.qualifier;
          qs->push_back(std::move(q));
        }
      },
      detail::kQuantities);
}

Status Extractor::periods(std::string_view text, const Options& options,
                          std::vector<Period>* out) const {
  return detail::run_call(
      *impl_, text, options, out,
      [&](const detail::Prepared& p, auto* ps) {
        for (const detail::PeriodHit& h : p.periods) {
          Period r;
          detail::copy_span(p, text, h.begin, h.end, &r);
          bool trend = h.role == detail::PeriodRole::kTrend && !detail::is_reporting(h, p.ref_year);
          r.period = trend ? std::string() : detail::canonical(h, p.ref_year, 0, 0);
          ps->push_back(std::move(r));
        }
      },
      detail::kPeriods);
}

}  // namespace econex

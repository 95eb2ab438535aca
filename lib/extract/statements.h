// Extraction, step 1: read the words before a value — what is measured, how
// (growth, level, share, change, contribution), against what, and of which
// indicator phrase.
//
// The words are the value's left context: from the start of its clause, or
// from the previous value of the clause, to the value. They are read from the
// end: verbs and markers (增长, 分别, 同比, 达到, 比去年同期快, 占…比重) are
// peeled off, and what is left is the subject phrase.
#ifndef ECONEX_LIB_EXTRACT_STATEMENTS_H_
#define ECONEX_LIB_EXTRACT_STATEMENTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "text/literal_set.h"

namespace econex::detail {

struct Statement {
  Measure measure = Measure::kLevel;
  std::string basis;
  bool negative = false;              // a fall: 下降, 减少, 回落, 压减
  bool respectively = false;          // 分别: pair a list of subjects with a list of values
  bool each = false;                  // 均 / 都: every subject gets the value
  bool approx = false;                // 约占: the value is approximate
  std::string_view per_day_or_month;  // 日均 / 月均 with no noun: an average of the one before
  bool growth_rate = false;  // the subject is a growth rate (增速): 增速比去年同期快11个百分点
  bool has_verb = false;  // a verb or marker was read (增长, 达到, 占…)
  bool total = false;     // 累计 / 合计 / 总计 / 共计 before the value
  bool reached = false;   // 增加到 / 提高到 / 至: the level reached at the end
  std::size_t subject_begin = 0, subject_end = 0;  // clean span of the subject phrase
  std::size_t whole_begin = 0, whole_end = 0;      // contribution: what is pulled (全市外贸)
};

// Reads s[b, e), the words before a value whose unit code is `unit`.
Statement read_statement(std::string_view s, std::size_t b, std::size_t e, std::string_view unit);

// The minimal indicator phrase of a subject text (already stripped of places
// and periods): light verbs and scope words go (实现, 推动, 全市, 其中 ...).
std::string clean_indicator(std::string_view subject);

// Splits a list of subjects (A、B和C) into items, preferring `want` items when
// given; empty when there is no list.
std::vector<std::string_view> split_subjects(std::string_view subject, std::size_t want = 0);

// A、B、C零售额: an item without the last item's measure noun gets it (A零售额).
std::string distribute_tail(std::string_view item, std::string_view last);

// Whether a subject ends with an action verb (组建, 建成, 提供 …): its object follows the value.
bool ends_with_action_verb(std::string_view subject);

// Whether the word is one of those verbs and nothing more (发放).
bool is_action_verb(std::string_view word);

// Words that open a comment of rank after a name (增速居全市前三, 位列全省第二);
// not the 居 of 居住, 居民.
inline constexpr std::string_view kRankComments[] = {"位居", "位列", "居全",
                                                     "居前", "居第", "居各"};

// 信访批次、人次: a short list item (人次) takes the head of the first (信访人次).
std::string distribute_head(std::string_view first, std::string_view item);

// Item t of a subject list, written out in full: the elided ordinals of
// 第一、二、三产业增加值 (第二产业增加值), and without a class count glued to the
// last item (食品加工、高端装备、新材料三大主导产业营业收入 -> 新材料产业营业收入), and
// with the first item's 对 (对东盟、欧盟出口 -> 对欧盟出口).
std::string list_item(const std::vector<std::string_view>& items, std::size_t t);
// 为预算的101.8%, 完成年度目标任务的92.8%, 重点项目完成投资计划的198%: a
// completion ratio against a plan. True when the subject before such a
// percentage is one; *own is what is completed when the subject names it
// (重点项目), else empty (it is the indicator before).
bool completion_ratio(std::string_view subject, std::string_view* own);
// Whether the words before a value make it a target (目标, 力争, 预计, 计划 ...).
bool is_target_context(std::string_view sentence_before_value);
// Where a target word can start (the scan is_target_context makes).
const LiteralSet& target_word_starts();

// is_target_context(s.substr(b, pos - b)) for every pos of one sentence s[b, e),
// but for a word of plan inside brackets that close before pos: that one is
// the aside's own (增长7.1%（年度目标为增长6.5%），增速居全市第一位: the rank is
// no target). The sentence is read once, then each at(pos) takes constant
// time (rereading the sentence for each of its values was quadratic in long
// sentences).
class TargetContext {
 public:
  // (starts: a LiteralScan of s in which target_word_starts() is the set
  // with bit `set`, to read the target words from instead of scanning; or null)
  TargetContext(std::string_view s, std::size_t b, std::size_t e,
                const std::vector<LiteralScan::Start>* starts = nullptr, std::uint8_t set = 0);
  bool at(std::size_t pos) const;

 private:
  // a target from `from` on (to `to`, the closing bracket of an aside)
  void note(std::size_t from, std::size_t to);

  std::string_view s_;
  std::size_t b_ = 0, e_ = 0;
  std::size_t from_ = static_cast<std::size_t>(-1);          // a target from here on
  std::vector<std::pair<std::size_t, std::size_t>> asides_;  // and in these spans
  // …今年计划新开工项目151个,1—9月实际新开工138个: a later clause that says
  // 实际 holds results, from its start up to the next target word (if any)
  std::size_t actual_from_ = static_cast<std::size_t>(-1);
  // 计划新建公共充电桩600个: a clause that opens with 计划 and a verb is a
  // plan up to its end, unless the clause says progress (已开工, 实际)
  std::vector<std::pair<std::size_t, std::size_t>> plans_;
  std::vector<std::size_t> ends_;  // the end of every target word
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_EXTRACT_STATEMENTS_H_

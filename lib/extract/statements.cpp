#include "extract/statements.h"

#include <algorithm>
#include <array>
#include <span>

#include "data/lexicon.h"
#include "quantity/quantity.h"
#include "text/literal_set.h"
#include "text/search.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace econex::detail {
namespace {

using Words = std::initializer_list<std::string_view>;

struct Cursor {
  std::string_view s;
  std::size_t b, end;

  bool ends_with(std::string_view w) const {
    return end - b >= w.size() && s.substr(end - w.size(), w.size()) == w;
  }
  // Peels the first of `words` the text ends with; returns it.
  std::string_view peel(const WordList& words) {
    std::string_view w = words.suffix_of(s.substr(b, end - b));
    end -= w.size();
    return w;
  }
  // Last occurrence of w in [b, end), or npos.
  std::size_t rfind(std::string_view w) const {
    std::string_view t = s.substr(b, end - b);
    std::size_t p = find_last(t, w);
    return p == std::string_view::npos ? p : b + p;
  }
};

const WordList& kUp = lexicon("statement.up");
const WordList& kDown = lexicon("statement.down");
const WordList& kNeutral = lexicon("statement.neutral");
const WordList kFaster = {"快", "慢", "高", "低", "多", "少"};
const std::vector<std::string_view>& kActionVerbs = lexicon_words("statement.action_verbs");
const WordList kTo = {"至", "到"};
const WordList& kToVerbs = lexicon("statement.to_verbs");
const WordList kRespectively = {"分别为", "分别达到", "分别达", "分别"};
// 两年平均增长: the average over the years named, the same indicator
const WordList kAverage = {"两年平均", "三年平均", "四年平均", "五年平均", "年均", "平均"};
const WordList kEach = {"均", "都", "皆"};
const WordList kYoy = {"同比"};
const WordList kMom = {"环比"};
const WordList kRespectivelyShort = {"分别"};
const WordList kEachShort = {"均", "都"};
const WordList kYoyMom = {"同比", "环比"};
const WordList kRateNouns = {"增长速度", "增长率", "增速", "增幅", "涨幅", "降幅"};
const WordList kShareNouns = {"比重", "占比"};
const WordList kNominalReal = {"名义", "实际"};
const WordList kContributionRate = {"贡献率"};
const Words kAbove = {"高于", "低于", "快于", "慢于", "超过", "超出"};

// Length of the Chinese numeral (一 … 十, at most two characters) at t[i].
std::size_t ordinal_numeral_length(std::string_view t, std::size_t i) {
  std::size_t n = i;
  while (n < t.size() && n - i < 6 &&
         std::string_view("一二三四五六七八九十").find(t.substr(n, 3)) != std::string_view::npos &&
         t.substr(n, 3).size() == 3)
    n += 3;
  return n - i;
}

// End of the count written at t[i] in digits or Chinese numerals (五, 18,
// 十八), or i when there is none.
std::size_t count_end(std::string_view t, std::size_t i) {
  while (i < t.size()) {
    if (t[i] >= '0' && t[i] <= '9') {
      ++i;
    } else if (const std::size_t len = ordinal_numeral_length(t, i)) {
      i += len;
    } else {
      break;
    }
  }
  return i;
}

bool unit_is_rate(std::string_view u) { return u == "%" || u == "times" || u == "‰"; }
bool unit_is_points(std::string_view u) { return u == "pp" || u == "‰pt"; }

std::string trim_basis(std::string_view t) {
  for (std::string_view w : {"的比重", "的比例", "比重", "比例", "份额", "的"}) {
    if (t.size() >= w.size() && t.substr(t.size() - w.size()) == w) {
      t.remove_suffix(w.size());
      break;
    }
  }
  return std::string(t);
}

bool starts_with(std::string_view s, std::string_view w) { return starts_at(s, 0, w); }
bool ends_with(std::string_view s, std::string_view w) { return ends_at(s, s.size(), w); }

}  // namespace

Statement read_statement(std::string_view s, std::size_t b, std::size_t e, std::string_view unit) {
  Statement st;
  Cursor c{s, b, e};
  bool up = false, down = false, faster = false, slower = false;
  bool mom = false, new_added = false;
  // 恢复到2019年同期的72.4%: the base after 到 is not part of the subject
  // (also 恢复到2019年的112%, 恢复至2019年水平的96%)
  const bool recovered =
      (c.ends_with("年的") || c.ends_with("年水平的")) &&
      (c.rfind("恢复到") != std::string_view::npos || c.rfind("恢复至") != std::string_view::npos);
  if (c.ends_with("同期的") || c.ends_with("同期水平的") || recovered) {
    std::size_t to = c.rfind("到");
    const std::size_t zhi = c.rfind("至");
    if (zhi != std::string_view::npos && (to == std::string_view::npos || zhi > to)) to = zhi;
    if (to != std::string_view::npos && c.end - to <= 36) c.end = to + 3;
  }
  for (bool again = true; again;) {
    again = false;
    // 城镇化率(城镇人口占常住人口比重)为62.5%: a definition in brackets
    if (c.ends_with(")")) {
      const std::size_t open = c.rfind("(");
      if (open != std::string_view::npos && open > c.b) {
        c.end = open;
        again = true;
        continue;
      }
    }
    if (!c.peel(kTo).empty()) {
      // (累计达到176.5亿斤: a sum over the span, not the level at its end)
      st.reached = !c.ends_with("累计达") && !c.ends_with("累计");
      c.peel(kToVerbs);
      again = true;
      continue;
    }
    // 客运量8620万人次，日均31.6万人次: the daily average of the indicator before
    if (c.b + 6 == c.end && (c.ends_with("日均") || c.ends_with("月均"))) {
      st.per_day_or_month = s.substr(c.b, 6);
      c.end = c.b;
      break;
    }
    // markers of how the values are read: 分别, 年均 / 两年平均, 均, 同比, 环比
    const std::pair<const WordList*, bool*> markers[] = {{&kRespectively, &st.respectively},
                                                         {&kAverage, nullptr},
                                                         {&kEach, &st.each},
                                                         {&kYoy, nullptr},
                                                         {&kMom, &mom}};
    for (auto [words, flag] : markers) {
      if (c.peel(*words).empty()) continue;
      if (flag) *flag = true;
      again = true;
      break;
    }
    if (again) continue;
    // 名义增长5.3%, 扣除价格因素实际增长5.6%: the same indicator
    if ((up || down) && !c.peel(kNominalReal).empty()) {
      again = true;
      continue;
    }
    // 签约68个项目: 约 ends a verb here, it is no "about"
    if (!false_qualifier_words().suffix_of(s.substr(c.b, c.end - c.b)).empty()) break;
    // 收入总计101.50亿元, 支出总计: the totals of a budget account are items
    // of it (not 基金收入合计, a sum said with a verb)
    if (c.ends_with("收入总计") || c.ends_with("支出总计")) break;
    if (std::string_view w = c.peel(kNeutral); !w.empty()) {
      st.has_verb = true;
      st.total = st.total || w == "累计" || w == "合计" || w == "总计" || w == "共计";
      again = true;
      continue;
    }
    // 户均增收2万元, 亩均增收1500元: the extra income per household (per mu)
    // is a figure of its own, not a rise of what comes before
    if (c.ends_with("均增收") || c.ends_with("均增产")) {
      static const WordList kPer = {"户", "亩", "人", "村", "企"};
      if (c.end - c.b >= 12 && !kPer.at(s, c.end - 12).empty()) break;
    }
    std::string_view v = c.peel(kUp);
    if (!v.empty()) {
      if (v == "增" && c.ends_with("新")) {
        c.end += v.size();
        new_added = true;
        break;
      }
      // 同比少增312亿元: a smaller increase than the base, a fall against it
      if (v == "增" && c.ends_with("少")) {
        c.end -= 3;
        down = true;
        st.has_verb = true;
        again = true;
        continue;
      }
      up = true;
      st.has_verb = true;
      again = true;
      continue;
    }
    v = c.peel(kDown);
    if (!v.empty()) {
      // 航班起降21.6万架次: takeoffs and landings, a noun
      if (v == "降" && c.ends_with("起")) {
        c.end += v.size();
        break;
      }
      down = true;
      st.has_verb = true;
      again = true;
      continue;
    }
    std::size_t keep = c.end;
    v = c.peel(kFaster);
    if (!v.empty()) {
      // only as in 比去年同期快: a comparison must come first
      if (c.rfind("比") == std::string_view::npos && c.rfind("较") == std::string_view::npos) {
        c.end = keep;
        break;
      }
      if (v == "快" || v == "高" || v == "多")
        faster = true;
      else
        slower = true;
      again = true;
    }
  }
  // 高于全国 / 低于全国: the comparison base
  std::string comparison;
  bool has_comparison = false;
  for (std::string_view w : kAbove) {
    std::size_t p = c.rfind(w);
    if (p == std::string_view::npos) continue;
    comparison = std::string(s.substr(p + w.size(), c.end - p - w.size()));
    has_comparison = true;
    if (w == "低于" || w == "慢于")
      slower = true;
    else
      faster = true;
    c.end = p;
    break;
  }
  if (!has_comparison && (faster || slower || up || down)) {
    // 比去年同期, 较上年, 比2019年同期: the base of a change or a growth
    std::size_t p = c.rfind("比");
    std::size_t q = c.rfind("较");
    if (q != std::string_view::npos && (p == std::string_view::npos || q > p)) p = q;
    if (p != std::string_view::npos) {
      std::string_view after = s.substr(p + 3, c.end - p - 3);
      bool word = starts_with(after, "重") || starts_with(after, "例") ||
                  (p >= b + 3 && (s.substr(p - 3, 3) == "占" || s.substr(p - 3, 3) == "对" ||
                                  s.substr(p - 3, 3) == "相" || s.substr(p - 3, 3) == "可"));
      if (!word) {
        comparison = std::string(after);
        has_comparison = true;
        if (find_first(after, "上月") != std::string_view::npos) mom = true;
        c.end = p;
      }
    }
  }
  // what stood before the comparison: 增速分别高于…, 同比均高于…
  for (bool again = true; again;) {
    again = false;
    if (!c.peel(kRespectivelyShort).empty()) {
      st.respectively = true;
      again = true;
    }
    if (!c.peel(kEachShort).empty()) {
      // (地下水位平均比年初下降: an average, not "each")
      if (c.ends_with("平"))
        c.end -= 3;
      else
        st.each = true;
      again = true;
    }
    if (!c.peel(kYoyMom).empty()) again = true;
  }
  // 增速 / 增幅: the subject is a growth rate
  // (自然增长率 is a rate of its own, a level)
  bool fall_rate = false;  // 降幅收窄1.5个百分点: the growth rate rose by 1.5 points
  if (!c.ends_with("自然增长率")) {
    const std::string_view rate = c.peel(kRateNouns);
    st.growth_rate = !rate.empty();
    fall_rate = rate == "降幅";
  }

  // 占GDP比重, 占全市比重, 占规上工业总产值, 占比
  bool share = false, contribution = false;
  std::size_t zhan = c.rfind("占");
  // 占地面积 / 占地100亩 is land, not a share (占地区生产总值 is)
  bool land = zhan != std::string_view::npos && s.substr(zhan, 6) == "占地" &&
              (s.substr(zhan + 6, 6) == "面积" || s.substr(zhan + 6, 3) == "约" ||
               (zhan + 6 < s.size() && s[zhan + 6] >= '0' && s[zhan + 6] <= '9'));
  if (zhan != std::string_view::npos && !land) {
    share = true;
    std::string_view den = s.substr(zhan + 3, c.end - zhan - 3);
    if (den == "比") den = {};
    st.basis = trim_basis(den);
    c.end = zhan;
    if (c.ends_with("所")) c.end -= 3;  // 试验发展经费所占比重: 所 goes with 占
    if (c.ends_with("约")) {            // 约占一般公共预算支出的1%
      c.end -= 3;
      st.approx = true;
    }
    // 农业用水量…，工业用水量…，分别占用水总量的86.1%、4.8%
    if (!c.peel(kRespectivelyShort).empty()) st.respectively = true;
  } else if (!c.peel(kShareNouns).empty()) {
    share = true;
  }
  // 拉动全市外贸增长4.1个百分点 / 带动GDP增长6.3%; 影响居民消费价格总水平下降约0.2个
  // 百分点 (a contribution either way)
  std::size_t pull = c.rfind("拉动");
  if (pull == std::string_view::npos) pull = c.rfind("带动");
  const std::size_t sway = c.rfind("影响");
  const bool swayed = !share && sway != std::string_view::npos && (up || down) &&
                      unit_is_points(unit) && (pull == std::string_view::npos || sway > pull);
  if (swayed) pull = sway;
  if (!share && pull != std::string_view::npos && (up || swayed)) {
    if (unit_is_points(unit)) {
      contribution = true;
      st.negative = down;
      st.whole_begin = pull + 6;
      st.whole_end = c.end;
      c.end = pull;
    } else {
      c.b = pull + 6;
    }
  }
  // 拖累固定资产投资增速约2.1个百分点: a contribution downwards, with or without
  // a verb of change after what it drags
  if (const std::size_t drag = c.rfind("拖累");
      !share && !contribution && drag != std::string_view::npos && unit_is_points(unit)) {
    contribution = true;
    st.negative = true;
    st.whole_begin = drag + 6;
    st.whole_end = c.end;
    c.end = drag;
  }
  if (!share && !contribution && !c.peel(kContributionRate).empty()) contribution = true;

  // 占比提高2.1个百分点: a change of the share, read below
  const bool share_moved = share && unit_is_points(unit) && (up || down || faster || slower);
  if (share && !share_moved) {
    st.measure = Measure::kShare;
  } else if (contribution) {
    st.measure = Measure::kContribution;
  } else if (has_comparison && unit_is_points(unit)) {
    st.measure = Measure::kChange;
    st.basis = comparison;
    st.negative = slower || down;
  } else if ((up || down) && !st.reached && !new_added) {
    if (unit_is_rate(unit)) {
      st.measure = Measure::kGrowth;
      st.basis = mom ? "mom" : "yoy";
    } else {
      st.measure = Measure::kChange;
      if (has_comparison) st.basis = comparison;
    }
    st.negative = down;
  } else if (st.growth_rate && unit_is_rate(unit) && !st.reached) {
    st.measure = Measure::kGrowth;
    st.basis = mom ? "mom" : "yoy";
  } else if (unit_is_points(unit) && (up || down || faster || slower)) {
    st.measure = Measure::kChange;
    st.negative = down || slower;
  } else if (has_comparison && (faster || slower) && !unit_is_rate(unit)) {
    // 比上年多5家, 比上月少1.2亿元
    st.measure = Measure::kChange;
    st.basis = comparison;
    st.negative = slower;
  }
  if (fall_rate && st.measure == Measure::kChange) st.negative = !st.negative;
  st.has_verb = st.has_verb || share || contribution || has_comparison;
  st.subject_begin = c.b;
  st.subject_end = c.end;
  return st;
}

std::string clean_indicator(std::string_view t) {
  // (the clean text has no full-width punctuation: ，：（） are folded to ,:() )
  // clang-format off
  static const WordList& kLead = lexicon("indicator.lead");
  // clang-format on
  static const WordList& kTrail = lexicon("indicator.trail");
  // (every text below is made of t's characters: one filter skips the words
  // that cannot occur)
  const CharFilter chars(t);
  // 🔺 #玉州经济# 【前10月规上工业: a post's tags (#…#), an open headline
  // bracket and symbols before the name (emoji, arrows, shapes; not quotes)
  // are no part of it
  std::string untagged;
  if (chars.may_contain("#") || chars.may_contain("【")) {
    untagged = std::string(t);
    for (std::size_t a = untagged.find('#'); a != std::string::npos; a = untagged.find('#', a)) {
      const std::size_t z = untagged.find('#', a + 1);
      untagged.erase(a, z == std::string::npos || z - a > 48 ? 1 : z - a + 1);
    }
    if (const std::size_t open = find_last(untagged, "【");
        open != std::string_view::npos &&
        find_first(untagged, "】", open) == std::string_view::npos)
      untagged.erase(0, open + 3);
    t = untagged;
  }
  // (--全市粮食播种面积, ——: dashes that open a line are no part of it)
  while (!t.empty() && (static_cast<unsigned char>(t[0]) >= 0xF0 || t[0] == ' ' || t[0] == '-' ||
                        starts_with(t, "—") ||
                        (static_cast<unsigned char>(t[0]) == 0xE2 && t.size() >= 3 &&
                         static_cast<unsigned char>(t[1]) >= 0x86))) {
    const std::size_t n = std::max<std::size_t>(1, utf8_sequence_length(t, 0));
    t.remove_prefix(std::min(n, t.size()));
  }
  // 牧业年度全区牲畜存栏, “双11”我市网络零售额: the whole place the figure is
  // of opens the name; a heading or a time before it is no part of it (not
  // 占全市, 居全省, 全市场)
  {
    static const std::vector<std::string_view>& kWholes = lexicon_words("indicator.wholes");
    static const WordList& kNotBefore = lexicon("indicator.whole_not_after");
    std::size_t cut = std::string_view::npos;
    for (std::string_view w : kWholes) {
      if (!chars.may_contain(w)) continue;
      const std::size_t p = find_first(t, w);
      if (p != std::string_view::npos && p > 0 && p <= 30 && p < cut &&
          !starts_with(t.substr(p + 6), "场") && !starts_with(t.substr(p + 6), "域") &&
          kNotBefore.suffix_of(t.substr(0, p)).empty())
        cut = p;
    }
    if (cut != std::string_view::npos) t.remove_prefix(cut);
  }
  // R&D经费投入强度（R&D经费与地区生产总值之比）: a definition in brackets is no
  // part of the name
  std::string unbracketed;
  if (const std::size_t open = t.find('('); open != std::string_view::npos && open > 0) {
    const std::size_t close = t.find(')', open + 1);
    // (企(事)业单位贷款: one character in brackets inside a word is part of it)
    const bool inside_word = close != std::string_view::npos && close - open - 1 == 3 &&
                             static_cast<unsigned char>(t[open + 1]) >= 0xE4 &&
                             close + 1 < t.size() && t[close + 1] != '(' &&
                             static_cast<unsigned char>(t[close + 1]) >= 0xE4;
    if (!inside_word) {
      unbracketed =
          std::string(t.substr(0, open)) +
          (close == std::string_view::npos ? std::string() : std::string(t.substr(close + 1)));
      t = unbracketed;
    }
  }
  // 鲜菜价格受台风天气影响: the cause is no part of the name
  std::string uncaused;
  if (const std::size_t by = chars.may_contain("受") ? find_first(t, "受") : std::string_view::npos;
      by != std::string_view::npos && by > 0) {
    const std::size_t sway = find_first(t, "影响", by + 3);
    if (sway != std::string_view::npos && sway - by <= 30) {
      uncaused = std::string(t.substr(0, by)) + std::string(t.substr(sway + 6));
      t = uncaused;
    }
  }
  // 平均零售价格为每公斤: the denominator of a price (每 and at most three characters)
  if (const std::size_t per = chars.may_contain("每") ? find_last(t, "每") : std::string_view::npos;
      per != std::string_view::npos && per > 0 && t.size() - per <= 12)
    t.remove_suffix(t.size() - per);
  // 活动期间累计发放消费券, “十四五”期间完成投资: a time adverbial before the indicator
  if (std::size_t p = chars.may_contain("期间") ? find_first(t, "期间") : std::string_view::npos;
      p != std::string_view::npos && p + 6 < t.size())
    t.remove_prefix(p + 6);
  // 省下达我州新增政府债务限额, 中央直达资金下达我州: who passed it down is no part of it
  static const std::vector<std::string_view>& kPassedDown = lexicon_words("indicator.passed_down");
  for (std::string_view us : kPassedDown) {
    if (!chars.may_contain(us)) continue;
    if (const std::size_t p = find_first(t, us); p != std::string_view::npos) {
      if (p + us.size() < t.size())
        t.remove_prefix(p + us.size());
      else if (p > 0)
        t.remove_suffix(us.size());
    }
  }
  // 区内银行机构向小微企业新发放贷款: the lender before 向 is no part of it
  static constexpr std::string_view kAgents[] = {"机构向", "银行向", "部门向", "单位向", "企业向"};
  for (std::string_view agent :
       chars.may_contain("向") ? kAgents : std::span<const std::string_view>())
    if (const std::size_t p = find_first(t, agent);
        p != std::string_view::npos && p + agent.size() + 6 <= t.size())
      t.remove_prefix(p + agent.size());
  // 全市税务部门累计组织税费收入: who collected it is no part of it (not
  // 社会组织, 农村集体经济组织收入: 组织 as a noun)
  if (chars.may_contain("组织")) {
    static const WordList& kCollectors = lexicon("indicator.collectors");
    for (std::size_t p = find_first(t, "组织"); p != std::string_view::npos;
         p = find_first(t, "组织", p + 6)) {
      const bool collected = p == 0 || !kCollectors.suffix_of(t.substr(0, p)).empty();
      if (collected && (starts_at(t, p + 6, "税") || starts_at(t, p + 6, "收入") ||
                        starts_at(t, p + 6, "财政") || starts_at(t, p + 6, "一般公共"))) {
        t.remove_prefix(p + 6);
        break;
      }
    }
  }
  // 一般公共预算收入加上级补助收入48.62亿元: an account item added to the total
  // before it (also 减)
  if (chars.may_contain("加") || chars.may_contain("减"))
    for (std::string_view w : {"收入加", "支出加", "收入减", "支出减"})
      if (const std::size_t p = find_first(t, w);
          p != std::string_view::npos && p > 0 && t.size() > p + w.size() + 6) {
        t.remove_prefix(p + w.size());
        break;
      }
  // 到位闽宁协作资金: 到位 as the verb of a longer name (not 到位资金 itself)
  if (starts_with(t, "到位") && t.size() >= 6 + 12) t.remove_prefix(6);
  auto strip_leads = [&] {
    // 按可比价计算比上年下降8.7%: how it is reckoned is no part of the name
    auto reckoning = [&]() -> std::string_view {
      if (!starts_with(t, "按")) return kLead.prefix_of(t);
      const std::size_t p = find_first(t, "计算");
      return p != std::string_view::npos && p <= 27 ? t.substr(0, p + 6) : kLead.prefix_of(t);
    };
    for (std::string_view w = reckoning(); !w.empty(); w = reckoning()) {
      if (w == "对" && t.size() > w.size()) break;            // 对东盟进出口 keeps its 对
      if (w == "加上" && starts_with(t, "加上级")) w = "加";  // 加上级补助收入
      if (w == "完成" && (starts_with(t, "完成投资") || t == "完成率")) break;  // of its own
      if (w == "带动" && t == "带动就业") break;  // (the jobs a project or a loan made)
      if (w == "计划" && starts_with(t, "计划总投资")) break;  // (the class of projects)
      if (w == "继续" && starts_with(t, "继续教育")) break;
      if (w == "有" && (starts_with(t, "有效") || starts_with(t, "有色") ||
                        starts_with(t, "有机") || starts_with(t, "有线") || starts_with(t, "有限")))
        break;
      t.remove_prefix(w.size());
    }
  };
  strip_leads();
  // 为民营企业和个体工商户减税降费…: who it was done for is no part of the name
  if (starts_with(t, "为")) {
    static const WordList kFor = {"企业", "主体",   "工商户", "群众", "劳动者",
                                  "农户", "纳税人", "缴费人", "职工"};
    std::size_t cut = 0;
    for (std::size_t i = 3; i + 6 < t.size() && i < 48;
         i += std::max<std::size_t>(1, utf8_sequence_length(t, i)))
      if (const std::string_view w = kFor.at(t, i); !w.empty() && i + w.size() + 6 <= t.size())
        cut = i + w.size();
    if (cut > 0) {
      t.remove_prefix(cut);
      strip_leads();
    }
  }
  // 规模以上工业增加值增速居全市前三: a rank after the name is a comment on it
  for (std::string_view rank : kRankComments) {
    if (!chars.may_contain(rank)) continue;
    const std::size_t r = find_first(t, rank);
    if (r != std::string_view::npos && r > 0 &&
        (find_first(t, "前", r) != std::string_view::npos ||
         find_first(t, "第", r) != std::string_view::npos)) {
      t = t.substr(0, r);
      break;
    }
  }
  // 全力以赴确保规模以上工业增加值: what comes before a word of commitment says
  // how hard, not what
  for (std::string_view w : {std::string_view("确保"), std::string_view("力争")}) {
    if (!chars.may_contain(w)) continue;
    if (const std::size_t p = find_last(t, w);
        p != std::string_view::npos && p > 0 && t.size() - p - w.size() >= 9)
      t.remove_prefix(p + w.size());
  }
  // 总量连续十八年(居…第一), 连续5年: how long, no part of the name
  std::string unstreaked;
  if (const std::size_t p =
          chars.may_contain("连续") ? find_first(t, "连续") : std::string_view::npos;
      p != std::string_view::npos) {
    const std::size_t i = count_end(t, p + 6);
    if (i > p + 6 && starts_at(t, i, "年")) {
      unstreaked = std::string(t.substr(0, p)) + std::string(t.substr(i + 3));
      t = unstreaked;
    }
  }
  // 五年累计完成固定资产投资, 3年来新增, 五年完成投资: how long it took, no part
  // of the name (a verb of flow after it says so)
  if (chars.may_contain("年")) {
    const std::size_t i = count_end(t, 0);
    if (i > 0 && starts_at(t, i, "年")) {
      static const WordList kSpan = {"累计", "共计", "来", "间", "共", "完成", "实现", "新增"};
      const std::string_view span = kSpan.at(t, i + 3);
      if (!span.empty() && t.size() > i + 3 + span.size()) {
        t.remove_prefix(i + 3 + (span == "累计" ? 0 : span.size()));
        strip_leads();
      }
    }
  }
  // 各滑雪场接待滑雪者, 各类促消费活动: "each" is no part of the name (各项存款, 各级各类学校,
  // 各种运输方式, 各地 are)
  if (starts_with(t, "各") && t.size() >= 9) {
    static const WordList kNames = {"项", "级", "种", "自", "地", "位"};
    if (kNames.at(t, 3).empty()) t.remove_prefix(starts_with(t, "各类") && t.size() >= 12 ? 6 : 3);
  }
  // 集中签约项目, 集中开工项目: 集中 says how, not what
  if (starts_with(t, "集中签约") || starts_with(t, "集中开工") || starts_with(t, "集中竣工"))
    t.remove_prefix(6);
  // 保障标准为每人(每月1800元), 最低标准提高至每人: whom the amount is per (and
  // the verb that sets it) is no part of the name
  if (chars.may_contain("每")) {
    static const WordList kPer = {"每人", "每户", "每亩", "每名", "每位", "每头", "每吨"};
    static const WordList kSet = {"提高至", "提高到", "提高为", "调整为", "调整至",
                                  "调整到", "达到",   "增至",   "提至"};
    if (const std::string_view per = kPer.suffix_of(t); !per.empty() && t.size() > per.size() + 6) {
      t.remove_suffix(per.size());
      if (const std::string_view set = kSet.suffix_of(t); t.size() > set.size() + 6)
        t.remove_suffix(set.size());
    }
  }
  for (std::string_view w = kTrail.suffix_of(t); !w.empty() && t.size() > w.size();
       w = kTrail.suffix_of(t))
    t.remove_suffix(w.size());
  // 项目已开工52个, 签约项目中已开工72个: the projects started are 已开工项目
  std::string started;
  if (chars.may_contain("已")) {
    static const WordList kDone = {"已开工", "已竣工", "已投产", "已落地", "已完工"};
    const std::string_view done = kDone.suffix_of(t);
    std::string_view what = t.substr(0, t.size() - done.size());
    if (ends_with(what, "中")) what.remove_suffix(3);
    if (!done.empty() && ends_with(what, "项目")) {
      started = std::string(done) + std::string(what);
      t = started;
    }
  }
  // 第六届西洽会 -> 西洽会: an ordinal names the edition, not the indicator
  if (starts_with(t, "第")) {
    const std::size_t i = count_end(t, 3);
    for (std::string_view w : {"届", "次", "期", "批"})
      if (i > 3 && t.substr(i, 3) == w && t.size() > i + 3) t.remove_prefix(i + 3);
  }
  // 先进材料等3大万亿级主导产业: what follows 等 + a number is the head noun
  for (std::size_t p = chars.may_contain("等") ? find_first(t, "等") : std::string_view::npos;
       p != std::string_view::npos; p = find_first(t, "等", p + 3)) {
    if (p + 3 < t.size() && t[p + 3] >= '0' && t[p + 3] <= '9') {
      t.remove_prefix(p + 3);
      break;
    }
  }
  // 汽车、家电等以旧换新补贴资金, 手机等数码产品: the examples before 等 go, the
  // noun after it stays (not 高等教育, 中等职业, 等级, 同等)
  if (const std::size_t p = chars.may_contain("等") ? find_first(t, "等") : std::string_view::npos;
      p != std::string_view::npos && p >= 3 && t.size() >= p + 3 + 9) {
    static const WordList& kBefore = lexicon("indicator.deng_not_after");
    static const WordList& kAfter = lexicon("indicator.deng_not_before");
    if (kBefore.at(t, p - 3).empty() && kAfter.at(t, p + 3).empty() &&
        !(t[p + 3] >= '0' && t[p + 3] <= '9'))
      t.remove_prefix(p + 3);
  }
  // 食品加工、纺织服装、装备制造三大主导产业增加值: one value for a listed class
  // is the class's (三大主导产业增加值)
  if (const std::size_t list_end =
          chars.may_contain("、") ? find_last(t, "、") : std::string_view::npos;
      list_end != std::string_view::npos) {
    for (std::size_t p = list_end + 3; p < t.size();
         p += std::max<std::size_t>(1, utf8_sequence_length(t, p))) {
      const std::size_t len = ordinal_numeral_length(t, p);
      if (len > 0 && t.substr(p + len, 3) == "大" && p + len + 3 < t.size()) {
        t.remove_prefix(p);
        break;
      }
    }
  }
  // 分行业领域组建产教融合共同体 -> 产教融合共同体: the object of the last action verb
  for (std::string_view v : kActionVerbs) {
    if (!chars.may_contain(v)) continue;
    std::size_t p = find_last(t, v);
    if (p != std::string_view::npos && t.size() - p - v.size() >= 9) t.remove_prefix(p + v.size());
  }
  std::string out(t);
  // 兑现各类惠企政策资金: 各类 says "of every kind"
  // 签约总投资额在全市13个县区中 (…居第二): the set a rank is in is no part of it
  if (const std::size_t at = chars.may_contain("在") ? out.rfind("在") : std::string::npos;
      at != std::string::npos && at >= 6 && ends_with(out, "中") && out.size() - at <= 36)
    out.resize(at);
  // (not 各级各类学校, a name)
  if (const std::size_t p = chars.may_contain("各类") ? find_first(out, "各类") : std::string::npos;
      p != std::string::npos && p > 0 && p + 6 < out.size() && !ends_at(out, p, "各级"))
    out.erase(p, 6);
  // 一般公共预算收入预算 (a budget's figure): the revenue, budgeted
  if (out.size() > 12 && ends_with(out, "预算") &&
      (ends_at(out, out.size() - 6, "收入") || ends_at(out, out.size() - 6, "支出")))
    out.resize(out.size() - 6);
  // A级旅游景区共接待游客 -> A级旅游景区接待游客: the adverb 共 before a verb
  // (not 公共 or 一共 of a name)
  for (std::size_t p = chars.may_contain("共") ? find_first(out, "共") : std::string::npos;
       p != std::string::npos; p = find_first(out, "共", p + 3)) {
    static const WordList& kVerbs = lexicon("indicator.verbs");
    if (p > 0 && !ends_at(out, p, "公") && !ends_at(out, p, "一") && !ends_at(out, p, "总") &&
        !kVerbs.at(out, p + 3).empty()) {
      out.erase(p, 3);
      break;
    }
  }
  // 新设企业中批发和零售业 -> 批发和零售业新设企业, 外贸航线中近洋航线 -> 近洋航线: a
  // part of a whole named after it (the whole's head words once)
  if (const std::size_t in = chars.may_contain("中") ? find_first(out, "中") : std::string::npos;
      in != std::string::npos && in >= 6 && out.size() >= in + 9) {
    static const WordList kWholesOfParts = {"企业", "项目", "航线", "单位", "主体", "人员"};
    const std::string_view whole = std::string_view(out).substr(0, in);
    const std::string_view part = std::string_view(out).substr(in + 3);
    if (const std::string_view head = kWholesOfParts.suffix_of(whole);
        !head.empty() && !starts_with(part, "有") && !starts_with(part, "已") &&
        !starts_with(part, "的")) {
      const bool part_has_head =
          part.size() >= head.size() && part.substr(part.size() - head.size()) == head;
      out = part_has_head ? std::string(part) : std::string(part) + std::string(whole);
    }
  }
  // 以一般贸易方式进出口 -> 一般贸易进出口
  if (starts_with(out, "以")) {
    const std::size_t way = find_first(out, "方式");
    if (way != std::string::npos && way > 3 && way <= 24)
      out = out.substr(3, way - 3) + out.substr(way + 6);
  }
  // 支出城乡低保资金 -> 城乡低保资金支出: money named after the verb that spends it
  if (starts_with(out, "支出") && out.size() > 12 &&
      (ends_with(out, "资金") || ends_with(out, "经费")))
    out = out.substr(6) + "支出";
  // 产业实现产值 -> 产业产值, 项目预计新增产值 -> 项目新增产值, 欧盟分别进出口 -> 欧盟进出口
  static const std::vector<std::string_view>& kVerbsInside =
      lexicon_words("indicator.verbs_inside");
  for (std::string_view w : kVerbsInside) {
    if (!chars.may_contain(w)) continue;
    std::size_t p = find_first(out, w);
    // (完成率 is a rate, 完成投资 the investment put in place)
    if (p != std::string::npos && p > 0 && out.compare(p + w.size(), 3, "率") != 0 &&
        !(w == "完成" && out.compare(p + w.size(), 6, "投资") == 0))
      out.erase(p, w.size());
  }
  std::size_t de = chars.may_contain("的") ? find_last(out, "的") : std::string::npos;
  if (de != std::string::npos && out.size() - de - 3 >= 6) {
    // (具有大学文化程度的人口: a head that says only "people" or "how many" keeps
    // what they are, without 的)
    static const WordList kBareHeads = {"人口", "人数", "户数", "数量", "个数"};
    const std::string_view head = kBareHeads.at(out, de + 3);
    // (新增专项债券安排的支出: a head that says only "money" keeps all it is of)
    static const WordList kMoneyHeads = {"支出", "收入", "资金", "金额"};
    const std::string_view money = kMoneyHeads.at(out, de + 3);
    // (从事第三产业的农民工: a group named by what it does keeps it)
    const bool doing = starts_with(out, "从事") && de > 6;
    if (!head.empty() && de + 3 + head.size() == out.size() && de > 0)
      out.erase(de, 3);
    else if ((money.empty() || de + 3 + money.size() != out.size() || de == 0) && !doing)
      out = out.substr(de + 3);
  }
  // words that only point back at the indicator named before (总量占…, 总数达…)
  static const std::vector<std::string_view>& kPointBack = lexicon_words("indicator.point_back");
  for (std::string_view w : kPointBack)
    if (out == w) return std::string();
  static constexpr std::string_view kHowMany[] = {"总数", "数量"};
  for (std::string_view w : kHowMany)
    if (ends_with(out, w) && out.size() > w.size()) out.resize(out.size() - w.size());
  return out;
}

namespace {

std::vector<std::string_view> split_on(std::string_view t, Words seps) {
  std::vector<std::string_view> items;
  std::size_t start = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t len = 0;
    for (std::string_view sep : seps) {
      if (t[i] == sep[0] && t.substr(i, sep.size()) == sep) {
        len = sep.size();
        break;
      }
    }
    if (len) {
      if (i > start) items.push_back(t.substr(start, i - start));
      i += len;
      start = i;
    } else {
      i += std::max<std::size_t>(1, utf8_sequence_length(t, i));
    }
  }
  if (start < t.size()) items.push_back(t.substr(start));
  if (!items.empty() && ends_with(items.back(), "等")) items.back().remove_suffix(3);
  if (items.size() < 2) items.clear();
  return items;
}

}  // namespace

std::vector<std::string_view> split_subjects(std::string_view t, std::size_t want) {
  // 、 separates list items; 和 / 及 / 与 only when the count asks for it
  // (电气机械和器材制造业 is one item).
  // Commas, where a subject runs over several clauses, separate names that
  // may contain 、 (黑色金属冶炼和压延加工业,石油、煤炭及其他燃料加工业).
  std::vector<std::string_view> items = split_on(t, {"、"});
  if (want) {
    std::vector<std::string_view> commas = split_on(t, {","});
    if (commas.size() == want) items = commas;
  }
  if (want == 0 ? items.empty() : items.size() != want) {
    std::vector<std::string_view> more = split_on(t, {"、", "以及", "和", "及", "与"});
    if (!more.empty() && (want == 0 || more.size() == want)) items = more;
  }
  // 通用设备制造业和皮革、毛皮、羽毛及其制品和制鞋业: names of industries hold
  // 、 and 和 themselves; two items are joined by 和 right after a 业
  if (want > 1 && items.size() != want) {
    std::vector<std::string_view> industries;
    std::size_t start = 0;
    for (std::size_t i = 3; i < t.size(); ++i) {
      if (!ends_at(t, i, "业")) continue;
      for (std::string_view join : {"以及", "和", "及", "与"}) {
        if (!starts_at(t, i, join) || i + join.size() >= t.size()) continue;
        industries.push_back(t.substr(start, i - start));
        start = i + join.size();
        break;
      }
    }
    industries.push_back(t.substr(start));
    if (industries.size() == want) items = industries;
  }
  return items;
}

std::string distribute_tail(std::string_view item, std::string_view last) {
  // 通讯器材类、家用电器类商品零售额: the last item's measure noun belongs to all
  static const std::vector<std::string_view>& kTails = lexicon_words("list.shared_tails");
  // an item that is already measured keeps its own noun (接待游客、旅游收入)
  static const WordList& kMeasured = lexicon("list.measured");
  if (!kMeasured.suffix_of(item).empty()) return std::string(item);
  // 城市、农村低保平均标准, 境内、境外上市公司: one of a pair of places or ways
  // (城市/农村, 境内/境外, 线上/线下) alone takes what follows the other
  static const WordList& kPaired = lexicon("list.paired");
  if (const std::string_view other = kPaired.prefix_of(last);
      !other.empty() && kPaired.prefix_of(item).size() == item.size() && item != other &&
      last.size() >= other.size() + 6)
    return std::string(item) + std::string(last.substr(other.size()));
  for (std::string_view tail : kTails) {
    if (ends_with(last, tail) && last.size() > tail.size()) {
      for (std::string_view other : kTails)
        if (ends_with(item, other)) return std::string(item);
      // 绿色铝、硅光伏产业增加值, 纺织服装、鞋业行业税收收入: the class word of
      // the last item (产业, 行业) goes with its measure, unless the item ends
      // in a class word of its own (第一产业, 鞋业)
      std::string_view shared = tail;
      for (std::string_view cls : {std::string_view("产业"), std::string_view("行业")}) {
        const std::size_t p = find_last(last.substr(0, last.size() - tail.size()), cls);
        if (p != std::string_view::npos && p > 0 && last.size() - p <= 24 && !ends_with(item, "业"))
          shared = last.substr(p);
      }
      return std::string(item) + std::string(shared);
    }
  }
  return std::string(item);
}

namespace {
const WordList& action_verbs() {
  static const WordList& verbs = lexicon("statement.action_verbs");
  return verbs;
}
}  // namespace

bool ends_with_action_verb(std::string_view subject) {
  return !action_verbs().suffix_of(subject).empty();
}

bool is_action_verb(std::string_view word) {
  return !word.empty() && action_verbs().suffix_of(word).size() == word.size();
}

std::string distribute_head(std::string_view first, std::string_view item) {
  // 信访批次、人次 -> 信访人次: a short item takes the head of the first one
  std::size_t first_chars = 0, item_chars = 0;
  for (std::size_t i = 0; i < first.size(); next_cp(first, &i)) ++first_chars;
  for (std::size_t i = 0; i < item.size(); next_cp(item, &i)) ++item_chars;
  if (item_chars > 3 || first_chars < item_chars + 2) return std::string(item);
  if (first.substr(prev_cp_start(first, first.size())) !=
      item.substr(prev_cp_start(item, item.size())))
    return std::string(item);
  std::size_t cut = first.size();
  for (int k = 0; k < 2; ++k) cut = prev_cp_start(first, cut);
  return std::string(first.substr(0, cut)) + std::string(item);
}

namespace {}  // namespace

std::string list_item(const std::vector<std::string_view>& items, std::size_t t) {
  std::string_view item = items[t], last = items.back();
  const bool di = starts_with(items[0], "第");
  // 第一、二、三产业增加值: every item but the last is an ordinal, the last one
  // is an ordinal and what they share
  bool ordinals = items.size() > 1;
  for (std::size_t k = 0; k + 1 < items.size() && ordinals; ++k) {
    std::string_view x = items[k];
    if (starts_with(x, "第")) x.remove_prefix(3);
    ordinals = !x.empty() && ordinal_numeral_length(x, 0) == x.size();
  }
  std::string_view shared = last;
  if (starts_with(shared, "第")) shared.remove_prefix(3);
  const std::size_t lead = ordinal_numeral_length(shared, 0);
  if (ordinals && lead > 0 && lead < shared.size()) {
    shared.remove_prefix(lead);
    std::string_view x = t + 1 < items.size() ? item : last;
    if (starts_with(x, "第")) x.remove_prefix(3);
    std::string_view numeral = x.substr(0, ordinal_numeral_length(x, 0));
    return std::string(di ? "第" : "") + std::string(numeral) + std::string(shared);
  }
  // 吃、穿、用类商品, 猪、牛、羊肉产量: an item of one character parallels the first
  // character of the last item and shares the rest; 城镇、农村居民人均可支配收入,
  // 东部、西部地区: so does an item of two characters when the rest starts with a
  // word that only qualifies a population or an area (not 工业、建筑业增加值, 金融、
  // 房地产业, 教育、卫生和社会工作)
  if (t + 1 < items.size()) {
    static const WordList kSharedHeads = {"居民", "地区", "人口", "家庭", "住户", "常住"};
    std::size_t item_chars = 0, cut = 0;
    for (std::size_t i = 0; i < item.size(); next_cp(item, &i)) ++item_chars;
    for (std::size_t k = 0; k < item_chars && cut < last.size(); ++k) next_cp(last, &cut);
    std::string_view rest = last.substr(cut);
    std::size_t rest_chars = 0;
    for (std::size_t i = 0; i < rest.size(); next_cp(rest, &i)) ++rest_chars;
    static const WordList kJoins = {"和", "及", "与", "或", "、"};
    // (城镇居民和农村居民人均可支配收入: items that end alike, 居民, are parallel too)
    const std::size_t item_last = prev_cp_start(item, item.size());
    const std::size_t last_at = prev_cp_start(last, cut);
    const bool alike = item_chars >= 2 && item_chars <= 4 &&
                       last.substr(last_at, cut - last_at) == item.substr(item_last);
    const bool shares =
        rest_chars >= 2 && kJoins.at(rest, 0).empty() &&
        (item_chars == 1 || alike || (item_chars == 2 && !kSharedHeads.at(rest, 0).empty()));
    if (shares) return std::string(item) + std::string(rest);
  }
  // 新材料三大主导产业营业收入 with three items: the class (三大主导) goes, the
  // head noun (产业) stays
  if (t + 1 == items.size()) {
    for (std::size_t p = 0; p < item.size();
         p += std::max<std::size_t>(1, utf8_sequence_length(item, p))) {
      const std::size_t len = ordinal_numeral_length(item, p);
      if (len == 0 || p == 0 || item.substr(p + len, 3) != "大") continue;
      for (std::string_view head : {"产业", "行业", "板块", "集群"}) {
        const std::size_t h = find_first(item, head, p + len + 3);
        if (h != std::string_view::npos && h - p <= 18)
          return std::string(item.substr(0, p)) + std::string(item.substr(h));
      }
    }
  }
  // 对东盟、欧盟出口: the preposition of the first item is every item's
  if (t > 0 && starts_with(items[0], "对") && !starts_with(item, "对"))
    return "对" + std::string(item);
  return std::string(item);
}

bool completion_ratio(std::string_view subject, std::string_view* own) {
  *own = {};
  if (!ends_with(subject, "的")) return false;
  std::string_view plan = subject.substr(0, subject.size() - 3);
  bool is_plan = false;
  for (std::string_view w : {"预算", "计划", "目标", "任务"})
    is_plan = is_plan || ends_with(plan, w);
  if (!is_plan) return false;
  // the verb before the plan: 完成 / 为 / 达到; what stands before it is completed
  std::size_t verb = std::string_view::npos, verb_len = 0;
  for (std::string_view v : {"完成", "达到", "为"}) {
    const std::size_t p = find_last(plan, v);
    if (p != std::string_view::npos && (verb == std::string_view::npos || p > verb)) {
      verb = p;
      verb_len = v.size();
    }
  }
  if (verb == std::string_view::npos) return plan.size() <= 18;  // 预算的, 年度计划的
  *own = plan.substr(0, verb);
  return plan.size() - verb - verb_len <= 18;  // a short plan phrase after it
}

namespace {

// 将 at before[p] as "will" (not 将13家…优化至4家, where it means 把; not 将近).
bool will_at(std::string_view before, std::size_t p) {
  if (p >= 3 && (before.substr(p - 3, 3) == "即" || before.substr(p - 3, 3) == "必")) return true;
  std::string_view next = before.substr(p + 3, 3);
  bool numeral =
      !next.empty() && ((next[0] >= '0' && next[0] <= '9') || next == "一" || next == "两" ||
                        next == "三" || next == "近" || next == "全" || next == "原");
  if (p >= 3 && before.substr(p - 3, 3) == "近") return false;  // 将近
  return !numeral;
}

}  // namespace

// One scan for all the target words (at most one of them starts at any
// place: none is a prefix of another).
const LiteralSet& target_word_starts() {
  static const LiteralSet set(lexicon_words("target.words"));
  return set;
}
const WordList& target_words() {
  static const WordList& words = lexicon("target.words");
  return words;
}

bool is_target_context(std::string_view before) {
  if (target_word_starts().find(before, 0) != std::string_view::npos) return true;
  for (std::size_t p = find_first(before, "将"); p != std::string_view::npos;
       p = find_first(before, "将", p + 3)) {
    if (will_at(before, p)) return true;
  }
  return false;
}

TargetContext::TargetContext(std::string_view s, std::size_t b, std::size_t e,
                             const std::vector<LiteralScan::Start>* starts, std::uint8_t set)
    : s_(s), b_(b), e_(e) {
  std::string_view t = s.substr(b, e - b);
  // the earliest end of a target word (a later start may end earlier only
  // while it starts before the best end so far)
  auto at = [&](std::size_t p) {
    std::string_view w = target_words().prefix_of(t.substr(p));
    if (!w.empty()) note(b + p + w.size(), b + p);
  };
  if (starts) {
    // (the places the scan of the whole text found in [b, e): where find on
    // the sentence would stop; a word that runs past e has no prefix_of)
    auto it =
        std::lower_bound(starts->begin(), starts->end(), b,
                         [](const LiteralScan::Start& x, std::size_t pos) { return x.pos < pos; });
    for (; it != starts->end() && it->pos < e && it->pos < from_; ++it)
      if (it->sets & set) at(it->pos - b);
  } else {
    for (std::size_t p = target_word_starts().find(t, 0);
         p != std::string_view::npos && b + p < from_; p = target_word_starts().find(t, p + 1))
      at(p);
  }
  // A 将 decides for good once the character after it is in view (or at
  // once after 即/必); until then at() reads it as is_target_context does.
  for (std::size_t p = find_first(t, "将"); p != std::string_view::npos;
       p = find_first(t, "将", p + 3)) {
    if (p >= 3 && (t.substr(p - 3, 3) == "即" || t.substr(p - 3, 3) == "必")) {
      note(b + p + 3, b + p);
    } else if (p + 6 <= t.size() && will_at(t, p)) {
      note(b + p + 6, b + p);
    }
  }
  auto clause_end = [&](std::size_t p) {
    const std::size_t end = t.find_first_of(",;", p);
    return b + (end == std::string_view::npos ? t.size() : end);
  };
  // (not 计划投资, 计划总投资, 计划单列市: 计划 as a noun's first word)
  static const WordList& kNouns = lexicon("target.plan_nouns");
  for (std::size_t p = find_first(t, "计划"); p != std::string_view::npos;
       p = find_first(t, "计划", p + 6)) {
    if ((p == 0 || t[p - 1] == ',' || t[p - 1] == ';') && kNouns.at(t, p + 6).empty()) {
      // (计划新开工的58个项目已开工52个: a clause that says progress is no plan)
      const std::size_t end = clause_end(p);
      const std::string_view clause = s.substr(b + p, end - b - p);
      if (find_first(clause, "已") == std::string_view::npos &&
          find_first(clause, "实际") == std::string_view::npos)
        plans_.emplace_back(b + p + 6, end);
    }
  }
  if (from_ >= e_) return;
  // (not 实际使用外资, 实际到位资金, 实际增长: names of figures)
  static const WordList& kNames = lexicon("target.actual_names");
  for (std::size_t p = find_first(t, "实际", from_ - b); p != std::string_view::npos;
       p = find_first(t, "实际", p + 6)) {
    if (!kNames.at(t, p + 6).empty()) continue;
    const std::size_t sep = t.substr(0, p).find_last_of(",;");
    if (sep == std::string_view::npos || b + sep < from_) continue;
    actual_from_ = b + sep;
    break;
  }
}

void TargetContext::note(std::size_t from, std::size_t at) {
  // (inside brackets that close within the sentence: up to the bracket)
  const std::string_view before = s_.substr(b_, at - b_);
  const std::size_t open = before.rfind('(');
  if (open != std::string_view::npos && before.find(')', open) == std::string_view::npos) {
    const std::size_t close = s_.substr(at, e_ - at).find(')');
    if (close != std::string_view::npos) {
      asides_.emplace_back(from, at + close);
      return;
    }
  }
  from_ = std::min(from_, from);
  ends_.push_back(from);
}

bool TargetContext::at(std::size_t pos) const {
  if (pos >= from_) {
    if (pos < actual_from_) return true;
    // (a target word after the clause of results opens a target again)
    bool again = false;
    for (std::size_t end : ends_) again = again || (end > actual_from_ && end <= pos);
    if (again) return true;
  }
  for (const auto& [from, to] : plans_)
    if (pos >= from && pos < to) return true;
  for (const auto& [from, to] : asides_)
    if (pos >= from && pos <= to) return true;
  if (pos > e_ || pos < b_) return is_target_context(s_.substr(b_, pos - std::min(pos, b_)));
  // a 将 whose next character the view [b, pos) cuts
  std::string_view before = s_.substr(b_, pos - b_);
  for (std::size_t back = 3; back <= 5 && back <= before.size(); ++back) {
    std::size_t p = before.size() - back;
    if (before.substr(p, 3) == "将" && will_at(before, p)) return true;
  }
  return false;
}

}  // namespace econex::detail

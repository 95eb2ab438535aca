// Extraction rules, one short text each: what a statement of each form becomes.
//
// The corpus tests (corpus_extract_seeds, corpus_extract_golden) score whole
// documents; these cases pin down single rules, in wordings of several
// genres and provinces, so that a regression names the rule it breaks.
// Each expected record is "value_text|indicator|measure|basis|period|region";
// a field written as * is not checked.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "econex/econex.hpp"

namespace {

struct Case {
  const char* name;
  const char* text;
  const char* default_region;
  const char* reference_date;
  std::vector<const char*> records;  // in output order
};

const econex::Extractor& extractor() {
  static const econex::Extractor x;
  return x;
}

// The records of `text` about `region` in a document of `date`.
std::vector<econex::Record> records_of(const char* text, const char* region, const char* date) {
  econex::Options o;
  o.default_region = region;
  o.reference_date = date;
  std::vector<econex::Record> got;
  EXPECT_TRUE(extractor().extract(text, o, &got).ok()) << text;
  return got;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  for (std::string f; std::getline(ss, f, '|');) out.push_back(f);
  return out;
}

std::string describe(const econex::Record& r) {
  return r.value_text + "|" + r.indicator + "|" + econex::measure_name(r.measure) + "|" + r.basis +
         "|" + r.period + "|" + r.region;
}

// Every record, one per line, for a failure message.
std::string listing(const std::vector<econex::Record>& got) {
  std::string all;
  for (const econex::Record& r : got) all += "\n  " + describe(r);
  return all;
}

const std::vector<Case> kCases = {
    // --- measures and verbs
    // one part of an account said alone (支出, 累计结存) after another names
    // the same account
    {"parts_of_an_account_after_the_first",
     "2024年，全市失业保险基金收入3.62亿元，增长4.1%；支出2.87亿元，下降6.3%；年末累计结存9."
     "15亿元。",
     "341500",
     "2025-03-18",
     {"3.62亿元|失业保险基金收入|level||2024|六安市",
      "4.1%|失业保险基金收入|growth|yoy|2024|六安市",
      "2.87亿元|失业保险基金支出|level||2024|六安市",
      "6.3%|失业保险基金支出|growth|yoy|2024|六安市",
      "9.15亿元|失业保险基金结存|level||2024-12-31|六安市"}},
    // the event the text is about (本届, 这次) is no part of the name
    {"the_event_the_text_is_about",
     "本届车展成交额达9.8亿元，同比增长12%。这次灯会接待游客56.3万人次。",
     "410181",
     "2025-10-15",
     {"9.8亿元|车展成交额|level|||巩义市", "12%|车展成交额|growth|yoy||巩义市",
      "56.3万人次|灯会接待游客|level|||巩义市"}},
    {"growth_and_level",
     "全年全市地区生产总值2914.67亿元，比上年增长5.4%。",
     "420500",
     "2025-04-08",
     {"2914.67亿元|地区生产总值|level||2025|宜昌市", "5.4%|地区生产总值|growth|yoy|2025|宜昌市"}},
    {"release_cumulative_months",
     "1-5月，全省规模以上工业增加值同比增长6.8%。",
     "330000",
     "2025-06-17",
     {"6.8%|规模以上工业增加值|growth|yoy|2025-01/2025-05|浙江省"}},
    // a clause that names an indicator and nothing else (with a method aside)
    // is the subject of the clause after it, which has none
    {"named_clause_before_a_clause_without_subject",
     "前三季度，全省社会消费品零售总额按可比口径计算，同比增长4.6%，高于全国0.9个百分点。"
     "全省固定资产投资，按可比价格计算，同比下降1.2%。",
     "450000",
     "2025-10-24",
     {"4.6%|社会消费品零售总额|growth|yoy|2025-01/2025-09|广西壮族自治区",
      "0.9个百分点|社会消费品零售总额|change|全国|2025-01/2025-09|广西壮族自治区",
      "1.2%|固定资产投资|growth|yoy|2025-01/2025-09|广西壮族自治区"}},
    // a box of figures, each after a bullet and before its name (the name on
    // the next line, or on the same line)
    // (a rate named after its figure, …增速, is a growth rate of what it names)
    {"box_of_figures_before_their_names",
     "年度数据一览\n●８６．５亿元\n地区生产总值\n●１２６家\n规模以上工业企业\n"
     "●3.2万人城镇新增就业●5.1%居民人均可支配收入增速\n",
     "371323",
     "2026-01-10",
     {"８６．５亿元|地区生产总值|level|||沂水县", "１２６家|规模以上工业企业|level|||沂水县",
      "3.2万人|城镇新增就业|level|||沂水县", "5.1%|居民人均可支配收入|growth|yoy||沂水县"}},
    // a clause that opens with a holiday (国庆假期，…) is the time of an event:
    // its figures have no period, not the one carried from before
    {"holiday_clause_ends_the_carried_period",
     "9月份，全县接待游客12.6万人次。国庆假期，全县共接待游客28.5万人次，"
     "实现旅游收入1.9亿元。记者获悉，中秋小长假期间，全县接待游客9.2万人次。",
     "433122",
     "2025-10-09",
     {"12.6万人次|*|level||2025-09|*", "28.5万人次|*|level|||*", "1.9亿元|*|level|||*",
      "9.2万人次|*|level|||*"}},
    // the total after a net flow is the stock (净增…企业120家，总数达到1860家);
    // how long it took (五年累计) and who set it (省核定我县) are no part of a name
    {"stock_after_net_flow_span_and_grantor",
     "全年净增规模以上工业企业120家，总数达到1860家。五年累计完成固定资产投资1.1万亿元。"
     "省核定我县政府债务限额62.5亿元。",
     "420528",
     "2026-01-20",
     {"120家|净增规模以上工业企业|level||*|*", "1860家|规模以上工业企业|level||*|*",
      "1.1万亿元|固定资产投资|level||*|*", "62.5亿元|政府债务限额|level||*|*"}},
    // 头只 counts livestock (one unit, 左右 still its qualifier); who collected
    // a revenue (税务部门组织) is no part of it, 社会组织 is a name
    {"head_of_livestock_and_collector",
     "全区牲畜年末存栏稳定在6500万头只左右。去年，全市税务部门累计组织税费收入986.2亿元，"
     "同比增长3.1%。全市社会组织达到1200个。",
     "150000",
     "2026-01-20",
     {"6500万头只左右|牲畜存栏|level||*|*", "986.2亿元|税费收入|level||2025|*",
      "3.1%|税费收入|growth|yoy|2025|*", "1200个|社会组织|level||*|*"}},
    // a span of years for an average rate (“十四五”期间年均增长) inside a
    // sentence of one year dates its own clause only, not what follows it
    {"average_over_a_plan_period_dates_its_clause_only",
     "2025年，全县一般公共预算收入达到21.6亿元，“十四五”期间年均增长6.2%；税收收入15.3亿元。"
     "城镇居民人均可支配收入41260元。",
     "341122",
     "2026-02-10",
     {"21.6亿元|一般公共预算收入|level||2025|*", "6.2%|一般公共预算收入|growth|*|2021/2025|*",
      "15.3亿元|税收收入|level||2025|*", "41260元|城镇居民人均可支配收入|level||2025|*"}},
    // livestock sold (出栏) after a year-end stock (年末存栏) is of the year
    {"animals_sold_after_a_year_end_stock_are_of_the_year",
     "2025年，全县粮食总产量52.8万吨。年末全县牛存栏12.6万头。肉牛出栏8.4万头，增长3.2%。",
     "341122",
     "2026-02-10",
     {"52.8万吨|粮食总产量|level||2025|*", "12.6万头|牛存栏|level||2025-12-31|*",
      "8.4万头|肉牛出栏|level||2025|*", "3.2%|肉牛出栏|growth|yoy|2025|*"}},
    // a newspaper's figure boxes (数说): each item opens with its figure and
    // names it on the next line, under labels in brackets (【工业】) that do
    // not end the page's year; a period in one item is not the next one's;
    // 12月份 in January 2026 after a page of 2025 is December 2025
    {"figure_boxes_named_after_their_figures",
     "　　本报讯　记者从市统计局获悉，２０２５年全市居民人均可支配收入３８２６０元，增长５．１％。"
     "请看——\n\n"
     "２０２５年全市经济运行主要指标\n【总量】\n■３１２６．４亿元\n全市地区生产总值\n"
     "■５．２％\n地区生产总值增速\n■４１０．６亿元\n第一产业增加值　增长３．１％\n"
     "【工业】\n■１２月份\n规模以上工业增加值增长７．２％\n■６．５％\n规模以上工业增加值增速\n",
     "340800",
     "2026-01-20",
     {"３８２６０元|居民人均可支配收入|level||2025|*",
      "５．１％|居民人均可支配收入|growth|yoy|2025|*",
      "３１２６．４亿元|地区生产总值|level||2025|*", "５．２％|地区生产总值|growth|yoy|2025|*",
      "４１０．６亿元|第一产业增加值|level||2025|*", "３．１％|第一产业增加值|growth|yoy|2025|*",
      "７．２％|规模以上工业增加值|growth|yoy|2025-12|*",
      "６．５％|规模以上工业增加值|growth|yoy|2025|*"}},
    // a figure's name after it may start with the item's own month, and a
    // share (…占比) named after its figure is a share
    {"figure_items_with_their_month_and_a_share",
     "2025年全县财政运行情况\n●7.1%\n11月份社会消费品零售总额增速\n●72.4%\n税收占比\n",
     "341122",
     "2026-01-15",
     {"7.1%|社会消费品零售总额|growth|yoy|2025-11|*", "72.4%|税收占比|share||2025|*"}},
    // a plan in brackets without a verb (（年度目标为6%左右）) is of the measure
    // of the rate before it
    {"bracketed_plan_without_a_verb_takes_the_rates_measure",
     "2025年，全县地区生产总值增长5.8%（年度目标为6%左右），固定资产投资增长4.1%。",
     "341122",
     "2026-01-15",
     {"5.8%|地区生产总值|growth|yoy|2025|*", "6%左右|地区生产总值|growth|yoy|2025|*",
      "4.1%|固定资产投资|growth|yoy|2025|*"}},
    // a base clause (在去年…的基础上) dates its own figure only
    {"base_clause_dates_its_own_figure_only",
     "二、2026年工作安排\n"
     "在去年工业增加值增长7.2%的基础上，力争新增规上工业企业40家以上。",
     "341122",
     "2026-01-15",
     {"7.2%|*|growth|yoy|2025|*", "40家以上|新增规上工业企业|level||2026|*"}},
    // places and their indicator in a clause with a rank (…居全市前三), their
    // figures in the next (分别增长…); a bulleted sentence that opens with no
    // figure keeps the period carried from before
    {"places_ranked_then_their_figures",
     "2025年，怀宁县、桐城市、潜山市规模以上工业增加值增速居全市前三，分别增长8.1%、7.6%、7.2%。\n"
     "●全市固定资产投资增长3.2%。\n",
     "340800",
     "2026-01-20",
     {"8.1%|规模以上工业增加值增速|growth|yoy|2025|怀宁县",
      "7.6%|规模以上工业增加值增速|growth|yoy|2025|桐城市",
      "7.2%|规模以上工业增加值增速|growth|yoy|2025|潜山市",
      "3.2%|固定资产投资|growth|yoy|2025|安庆市"}},
    // a chart as text: a caption with its unit, then one line per year; the
    // page's period goes on after it (【县域经济】)
    {"chart_of_years_under_a_caption",
     "2025年，全县地区生产总值增长5.3%。\n"
     "【近五年全县地区生产总值】（单位：亿元）\n２０２３年　３０２．９\n２０２４年　３２６．５\n"
     "２０２５年　３４１．３\n【工业】\n●全县规模以上工业增加值增长7.4%。\n",
     "341122",
     "2026-01-20",
     {"5.3%|地区生产总值|growth|yoy|2025|*", "３０２．９|地区生产总值|level||2023|*",
      "３２６．５|地区生产总值|level||2024|*", "３４１．３|地区生产总值|level||2025|*",
      "7.4%|规模以上工业增加值|growth|yoy|2025|*"}},
    // what flowed up to a point carried from before (截至3月末 … 财政收入) is
    // of the year to date; a balance keeps the point
    {"flow_after_a_carried_point_is_year_to_date",
     "一季度，全区地区生产总值增长6.1%。\n"
     "金融方面，截至3月末，全区金融机构本外币存款余额4862.3亿元，同比增长6.8%。\n"
     "财政方面，一般公共预算收入完成28.6亿元，同比增长4.2%，其中税收收入22.4亿元。\n",
     "510107",
     "2026-04-20",
     {"6.1%|地区生产总值|growth|yoy|2026-Q1|*",
      "4862.3亿元|金融机构本外币存款余额|level||2026-03-31|*",
      "6.8%|金融机构本外币存款余额|growth|yoy|2026-03-31|*",
      "28.6亿元|一般公共预算收入|level||2026-Q1|*", "4.2%|一般公共预算收入|growth|yoy|2026-Q1|*",
      "22.4亿元|税收收入|level||2026-Q1|*"}},
    // 缩短 is a fall; the verb of a level reached (跃升至, 增加到) comes before
    // the level's own period (…至2025年的826.4亿元)
    {"shortened_and_level_reached_with_its_year",
     "退税资金平均到账时间较去年同期缩短0.5天。"
     "全市经济总量由2020年的586.2亿元跃升至2025年的826.4亿元。",
     "331083",
     "2026-01-20",
     {"0.5天|退税资金平均到账时间|change|去年同期|*|*", "586.2亿元|经济总量|level||2020|*",
      "826.4亿元|经济总量|level||2025|*"}},
    // a flow word alone in a sentence of parts (其中，…分别新增) is the flow
    // the sentence before named (城镇新增就业), whole
    {"flow_alone_in_a_sentence_of_parts",
     "前三季度，全省城镇新增就业18.6万人，同比增长2.2%。其中，长春市、吉林市、四平市分别新增6."
     "8万人、"
     "3.1万人、1.7万人。",
     "220000",
     "2025-10-28",
     {"18.6万人|城镇新增就业|level||2025-01/2025-09|吉林省", "2.2%|城镇新增就业|growth|yoy|*|*",
      "6.8万人|城镇新增就业|level||2025-01/2025-09|长春市", "3.1万人|城镇新增就业|level||*|吉林市",
      "1.7万人|城镇新增就业|level||*|四平市"}},
    // (review) a rejected 排 does not hide the rank after it; 排行榜 is no
    // rank verb (列 is: the rank is in the list); 组织 as a noun stays; 共计 after a span goes
    // whole; progress
    // on a plan (计划新开工项目已开工) is no target word list case here, but
    // a project's total since it started keeps the carried point
    {"review_cases_rank_collector_span_project",
     "全市碳排放强度下降幅度居全省第二位。在全省县域经济排行榜中列第5位。"
     "全县农村集体经济组织收入3.6亿元。三年共计完成固定资产投资2100亿元。\n"
     "截至9月末，全市金融机构本外币贷款余额1860.2亿元。重点项目累计完成投资320.5亿元。",
     "510107",
     "2025-10-20",
     {"二位|碳排放强度下降幅度|rank|全省|*|*", "5位|全省县域经济排行榜|rank||*|*",
      "3.6亿元|农村集体经济组织收入|level||*|*", "2100亿元|固定资产投资|level||*|*",
      "1860.2亿元|金融机构本外币贷款余额|level||2025-09-30|*",
      "320.5亿元|重点项目完成投资|level||2025-09-30|*"}},
    // names of industries hold 、 and 和 themselves: two items of a 分别 list
    // are joined by 和 right after a 业
    {"industries_joined_by_he",
     "1—9月，纺织服装、服饰业和计算机、通信和其他电子设备制造业增加值分别增长3.1%、12.5%。"
     "通用设备制造业和皮革、毛皮、羽毛及其制品和制鞋业产值分别下降2.2%、4.6%。",
     "330483",
     "2025-10-20",
     {"3.1%|纺织服装、服饰业增加值|growth|yoy|2025-01/2025-09|*",
      "12.5%|计算机、通信和其他电子设备制造业增加值|growth|yoy|2025-01/2025-09|*",
      "2.2%|通用设备制造业产值|growth|yoy|2025-01/2025-09|*",
      "4.6%|皮革、毛皮、羽毛及其制品和制鞋业产值|growth|yoy|2025-01/2025-09|*"}},
    // 目标是 before a name says what kind of figure follows, it is no part
    // of the name
    {"goal_words_before_a_name",
     "区商务局局长：今年我们的目标是力争全年社零增长6%左右。\n"
     "区文旅局局长：我们的目标是全年接待游客突破2000万人次。",
     "510107",
     "2026-04-20",
     {"6%左右|社零|growth|yoy|2026|*", "2000万人次|接待游客|level||2026|*"}},
    // 排 alone is a rank verb (排第二, 排全市第三位), but not in 安排第二批
    // or before a classifier
    {"rank_with_pai_alone",
     "今年前三季度，全区地区生产总值增长6.1%，增速在五个城区中排第二。全县规上工业增加值增长8%，"
     "增速排全市第三位。今年安排第二批专项资金1.2亿元。污水排放量第一次下降。",
     "510107",
     "2025-10-20",
     {"6.1%|地区生产总值|growth|yoy|2025-01/2025-09|*", "二|地区生产总值增速|rank||*|*",
      "8%|规上工业增加值|growth|yoy|*|*", "三位|规上工业增加值增速|rank|全市|*|*",
      "1.2亿元|专项资金|level||*|*"}},
    // a word of flow alone names the flow of the sentence's previous
    // indicator; "each" (各) is no part of a name; an adverb (继续) alone
    // before a rank leaves the rank to the previous indicator
    {"flow_alone_each_and_adverb_before_rank",
     "全市专精特新中小企业累计达到356家，其中今年新增48家。五一假期，各景区接待游客26.3万人次。"
     "全市城镇化率达到61.2%，仍居全省第二位。",
     "360400",
     "2025-12-20",
     {"356家|专精特新中小企业|level|||*", "48家|新增专精特新中小企业|level||2025|*",
      "26.3万人次|景区接待游客|level|||*", "61.2%|城镇化率|*|||*", "二位|城镇化率|rank|*|*|*"}},
    // a report of January 2026 that speaks of 2025: 12月份 and 四季度 are
    // 2025's (they are still to come in 2026)
    {"months_after_the_reference_month_are_the_texts_year",
     "2025年，全县全社会用电量42.6亿千瓦时，增长6.1%。12月份，全县全社会用电量3.9亿千瓦时，"
     "增长5.2%。四季度，规模以上工业增加值增长4.8%。",
     "330424",
     "2026-01-12",
     {"42.6亿千瓦时|全社会用电量|level||2025|*", "6.1%|全社会用电量|growth|*|2025|*",
      "3.9亿千瓦时|全社会用电量|level||2025-12|*", "5.2%|全社会用电量|growth|*|2025-12|*",
      "4.8%|规模以上工业增加值|growth|*|2025-Q4|*"}},
    // what comes before a word of commitment (全力以赴确保) is no part of the name
    {"manner_before_commitment",
     "明年，我们将全力以赴确保地区生产总值增长6%左右，千方百计力争城镇新增就业1.2万人。",
     "440307",
     "2025-12-10",
     {"6%左右|地区生产总值|growth|*|2026|*", "1.2万人|城镇新增就业|level||2026|*"}},
    // the extra income per household (户均增收) is a figure of its own
    {"extra_income_per_unit_is_a_level",
     "全村发展林下养鸡，参与农户户均增收8600元；种植中药材亩均增收1200元。",
     "522726",
     "2025-11-20",
     {"8600元|参与农户户均增收|level|||*", "1200元|种植中药材亩均增收|level|||*"}},
    // the class word of the last item of a list (产业, 行业) goes with the
    // shared measure to every item
    {"class_word_goes_with_the_shared_measure",
     "前三季度，新能源汽车、生物医药产业产值分别增长15.2%和8.4%；第一产业、第二产业增加值分别增长"
     "3.1%、5.6%。",
     "320500",
     "2025-10-25",
     {"15.2%|新能源汽车产业产值|growth|*|*|*", "8.4%|生物医药产业产值|growth|*|*|*",
      "3.1%|第一产业增加值|growth|*|*|*", "5.6%|第二产业增加值|growth|*|*|*"}},
    // the preposition of a time (到年底) goes with the time, not the name
    {"preposition_of_a_time",
     "今年，全县将力争到年底市场主体突破8万户，到2027年高新技术企业达到120家。",
     "330522",
     "2025-03-15",
     {"8万户|市场主体|level||*|*", "120家|高新技术企业|level||2027|*"}},
    // a word of future after the name (客运量将…, 货运量预计…) is no part of it
    {"future_after_the_name",
     "下半年，全市旅客发送量将增长3%—5%，货物运输量预计增长2%。",
     "320900",
     "2025-07-20",
     {"3%—5%|旅客发送量|growth|*|*|*", "2%|货物运输量|growth|*|*|*"}},
    // 一家 ending an item of a list of counts is a count (一个示范区 is an article)
    {"one_ending_a_list_item_is_a_count",
     "今年新认定国家级绿色工厂一家、省级绿色工厂四家。全县建成一个示范区。",
     "360121",
     "2025-12-20",
     {"一家|新认定国家级绿色工厂|level||2025|*", "四家|省级绿色工厂|level||2025|*"}},
    // what deposits (loans) grew by is a figure of its own (增加额); 同比多增 is
    // its change from a year before; a rise against the start of the year
    // stays a change
    {"deposit_and_loan_flows",
     "3月份，全县人民币贷款增加12.6亿元，同比多增2.1亿元。3月末，各项存款余额812."
     "4亿元，比年初增加36.5亿元。",
     "341122",
     "2025-04-15",
     {"12.6亿元|人民币贷款增加额|level||2025-03|*",
      "2.1亿元|人民币贷款增加额|change|去年同期|2025-03|*", "812.4亿元|各项存款余额|level||*|*",
      "36.5亿元|各项存款余额|change|年初|*|*"}},
    // the shared measure is the longest one the last item ends with (消费品零售额)
    {"longest_shared_measure",
     "按经营地分，城镇、乡村消费品零售额分别增长5.1%和6.3%。",
     "620500",
     "2026-03-20",
     {"5.1%|城镇消费品零售额|growth|*|*|*", "6.3%|乡村消费品零售额|growth|*|*|*"}},
    {"change_in_output",
     "粮食总产量286.73万吨，比上年增产9.82万吨，增长3.5%。",
     "610800",
     "2025-04-01",
     {"286.73万吨|粮食总产量|level|||榆林市", "9.82万吨|粮食总产量|change|上年||榆林市",
      "3.5%|粮食总产量|growth|yoy||榆林市"}},
    {"net_increase_basis",
     "规上工业企业总数比2020年末净增122家。",
     "371323",
     "2026-01-10",
     {"122家|规上工业企业|change|2020年末|*|沂水县"}},
    {"nominal_and_real_growth",
     "全省居民人均可支配收入26584元，同比名义增长5.3%，扣除价格因素，实际增长5.6%。",
     "360000",
     "2025-10-20",
     {"26584元|居民人均可支配收入|level|||江西省", "5.3%|居民人均可支配收入|growth|yoy||江西省",
      "5.6%|居民人均可支配收入|growth|yoy||江西省"}},
    {"comparable_caliber_is_no_comparison",
     "按可比口径计算，全市服务业增加值增长6.2%。",
     "420500",
     "2025-04-08",
     {"6.2%|服务业增加值|growth|yoy||宜昌市"}},
    // --- lists
    {"respectively_over_earlier_clauses",
     "国庆假期，全县接待游客1268万人次，实现旅游综合收入118.4亿元，分别增长8.5%和10.2%。",
     "371323",
     "2025-10-10",
     {"1268万人次|接待游客|level||*|沂水县", "118.4亿元|旅游综合收入|level||*|沂水县",
      "8.5%|接待游客|growth|yoy|*|沂水县", "10.2%|旅游综合收入|growth|yoy|*|沂水县"}},
    {"elided_ordinals",
     "第一、二、三产业增加值占生产总值的比重分别为5.6%、66.0%和28.4%。",
     "610800",
     "2025-04-01",
     {"5.6%|第一产业增加值|share|生产总值||榆林市", "66.0%|第二产业增加值|share|生产总值||榆林市",
      "28.4%|第三产业增加值|share|生产总值||榆林市"}},
    {"class_count_after_last_item",
     "食品加工、高端装备、新材料三大主导产业营业收入分别达到386亿元、142亿元、95亿元。",
     "371323",
     "2026-01-10",
     {"386亿元|食品加工产业营业收入|level||*|沂水县",
      "142亿元|高端装备产业营业收入|level||*|沂水县", "95亿元|新材料产业营业收入|level||*|沂水县"}},
    {"shared_unit_of_points",
     "名义增速、实际增速分别高于全国0.1个和0.4个百分点。",
     "360000",
     "2025-10-20",
     {"0.1|*|change|全国|*|江西省", "0.4个百分点|*|change|全国|*|江西省"}},
    {"two_year_average",
     "上半年，全市规模以上工业增加值同比增长12.1%，两年平均增长7.3%。",
     "530100",
     "2021-07-20",
     {"12.1%|规模以上工业增加值|growth|yoy|2021-H1|昆明市",
      "7.3%|规模以上工业增加值|growth|yoy|2021-H1|昆明市"}},
    {"smaller_increase",
     "9月末，人民币贷款余额2.1万亿元，同比少增312亿元。",
     "530100",
     "2021-10-20",
     {"2.1万亿元|人民币贷款余额|level||2021-09-30|昆明市",
      "312亿元|人民币贷款余额|change||2021-09-30|昆明市"}},
    {"more_than_last_year",
     "全市新登记市场主体1.6万户，比上年多1250户。",
     "530100",
     "2021-10-20",
     {"1.6万户|新登记市场主体|level|||昆明市", "1250户|新登记市场主体|change|上年||昆明市"}},
    {"recovered_to_a_base",
     "全市接待游客、旅游收入分别恢复到2019年同期的72.4%和68.9%。",
     "530100",
     "2021-07-20",
     {"72.4%|接待游客|level|||昆明市", "68.9%|旅游收入|level|||昆明市"}},
    {"numbered_targets",
     "1.地区生产总值增长6%左右。\n2.规上工业增加值增长不低于7%。",
     "210112",
     "2026-01-12",
     {"6%左右|地区生产总值|growth|yoy||浑南区", "7%|规上工业增加值|growth|yoy||浑南区"}},
    {"zone_named_then_referred_to",
     "记者从株洲高新区管委会获悉，1-7月，园区规模以上工业总产值完成856.3亿元。该区新签约项目38个。",
     "430200",
     "2025-08-10",
     {"856.3亿元|规模以上工业总产值|level||2025-01/2025-07|株洲高新区",
      "38个|新签约项目|level||2025-01/2025-07|株洲高新区"}},
    {"grades_of_the_previous_indicator",
     "全省共有重点实验室126个，其中国家级18个、省级108个。",
     "620000",
     "2025-03-15",
     {"126个|重点实验室|level|||甘肃省", "18个|国家级重点实验室|level|||甘肃省",
      "108个|省级重点实验室|level|||甘肃省"}},
    {"preposition_shared",
     "前10个月，全省对东盟、欧盟出口分别增长5.2%、3.1%。",
     "350000",
     "2025-11-20",
     {"5.2%|对东盟出口|growth|yoy|2025-01/2025-10|福建省",
      "3.1%|对欧盟出口|growth|yoy|2025-01/2025-10|福建省"}},
    {"mixed_directions",
     "其中，出口、进口分别下降2.1%、增长6.3%。",
     "350000",
     "2025-11-20",
     {"2.1%|出口|growth|yoy||福建省", "6.3%|进口|growth|yoy||福建省"}},
    {"class_of_a_list_for_one_value",
     "全市电子信息、汽车、装备制造等三大支柱产业产值增长8.2%。",
     "500000",
     "2025-04-18",
     {"8.2%|三大支柱产业产值|growth|yoy||重庆市"}},
    {"sum_of_the_list_before",
     "电子信息、汽车、材料三大支柱产业增加值分别增长10.5%、9.2%、12.8%"
     "，合计占规模以上工业增加值的64.7%。",
     "500000",
     "2025-04-18",
     {"10.5%|*|growth|yoy||重庆市", "9.2%|*|growth|yoy||重庆市", "12.8%|*|growth|yoy||重庆市",
      "64.7%|三大支柱产业增加值|share|规模以上工业增加值||重庆市"}},
    // --- indicator phrases
    {"scope_word_of_a_prefecture_and_adverb",
     "全州共接待游客786.42万人次，同比增长9.6%。",
     "522600",
     "2025-10-10",
     {"786.42万人次|接待游客|level||*|黔东南苗族侗族自治州",
      "9.6%|接待游客|growth|yoy|*|黔东南苗族侗族自治州"}},
    {"adverb_inside_the_phrase",
     "48家A级旅游景区共接待游客412.3万人次。",
     "522600",
     "2025-10-10",
     {"48家|*|level||*|*", "412.3万人次|A级旅游景区接待游客|level||*|*"}},
    {"time_adverbial",
     "活动期间累计发放消费券800万元。",
     "522601",
     "2025-10-10",
     {"800万元|消费券|level||*|凯里市"}},
    {"adverb_first_time",
     "全区生产总值首次突破千亿元。",
     "610802",
     "2025-04-01",
     {"千亿元|生产总值|level|||榆阳区"}},
    {"budget_verb",
     "一般公共预算支出安排96.2亿元，下降2.6%。",
     "500120",
     "2025-01-15",
     {"96.2亿元|一般公共预算支出|level||*|璧山区", "2.6%|一般公共预算支出|growth|yoy|*|璧山区"}},
    {"total_after_new",
     "新增规模以上工业企业38家，总数达到418家。",
     "371323",
     "2026-01-10",
     {"38家|新增规模以上工业企业|level||*|沂水县", "418家|规模以上工业企业|level||*|沂水县"}},
    {"cumulative_after_new",
     "2024年，全市新增国家级专精特新企业12家，累计达到86家。",
     "130100",
     "2025-03-01",
     {"12家|新增国家级专精特新企业|level||2024|石家庄市",
      "86家|国家级专精特新企业|level||2024|石家庄市"}},
    {"stock_after_new_building",
     "全年新建高标准农田12.5万亩，累计建成186.3万亩。",
     "230229",
     "2025-12-26",
     {"12.5万亩|新建高标准农田|level||2025|克山县", "186.3万亩|高标准农田|level||2025|克山县"}},
    {"definition_in_brackets",
     "全省研究与试验发展经费投入强度（R&D经费与地区生产总值之比）为2.08%。",
     "130000",
     "2025-09-20",
     {"2.08%|研究与试验发展经费投入强度|level|||河北省"}},
    {"numbers_inside_names",
     "引进世界500强企业投资项目12个，±800千伏特高压直流工程输电量386亿千瓦时。",
     "650500",
     "2025-10-20",
     {"12个|引进世界500强企业投资项目|level|||哈密市", "386亿千瓦时|*|level|||哈密市"}},
    {"zone_with_a_place_word_between",
     "天津港保税区实际使用外资3.2亿美元。",
     "120116",
     "2025-07-20",
     {"3.2亿美元|实际使用外资|level|||天津港保税区"}},
    {"short_name_with_its_level",
     "巴里坤县原煤产量1260万吨。",
     "650500",
     "2025-10-20",
     {"1260万吨|原煤产量|level|||巴里坤哈萨克自治县"}},
    {"change_of_a_share",
     "高技术制造业增加值占规上工业比重提高1.2个百分点。",
     "130000",
     "2025-09-20",
     {"1.2个百分点|高技术制造业增加值|change|规上工业||河北省"}},
    {"definition_in_brackets_before_the_verb",
     "全省城镇化率（城镇人口占常住人口比重）为62.5%。",
     "130000",
     "2025-09-20",
     {"62.5%|城镇化率|level|||河北省"}},
    {"share_with_suo",
     "基础研究、应用研究和试验发展经费所占比重分别为5.1%、9.6%和85.3%。",
     "130000",
     "2025-09-20",
     {"5.1%|基础研究|share|||河北省", "9.6%|应用研究|share|||河北省",
      "85.3%|试验发展经费|share|||河北省"}},
    {"speaker_and_scene_words",
     "今年以来，我们新设外资企业126家。活动现场签约项目18个。",
     "120116",
     "2025-07-20",
     {"126家|新设外资企业|level||2025-YTD|滨海新区", "18个|签约项目|level||2025-YTD|滨海新区"}},
    {"trade_mode_and_respectively_inside",
     "前10个月，全省以一般贸易方式进出口1523.6亿元。对东盟、欧盟分别进出口312.5亿元、208.1亿元。",
     "350000",
     "2025-11-20",
     {"1523.6亿元|一般贸易进出口|level||2025-01/2025-10|福建省",
      "312.5亿元|对东盟进出口|level||2025-01/2025-10|福建省",
      "208.1亿元|对欧盟进出口|level||2025-01/2025-10|福建省"}},
    {"after_completion",
     "项目达产后年产值可达50亿元。",
     "350000",
     "2025-11-20",
     {"50亿元|项目年产值|level|||福建省"}},
    {"customs_office_is_no_place",
     "海口海关共监管进出口货物1250万吨。",
     "460000",
     "2025-11-20",
     {"1250万吨|监管进出口货物|level|||海南省"}},
    {"same_period_keeps_the_time",
     "3月末，全市各项存款余额2856.3亿元。\n同期，各项贷款余额3120.5亿元。",
     "540100",
     "2025-04-20",
     {"2856.3亿元|各项存款余额|level||2025-03-31|拉萨市",
      "3120.5亿元|各项贷款余额|level||2025-03-31|拉萨市"}},
    {"level_reached_over_years",
     "五年来，全县城镇化率提高到58.2%，年均增长6.1%。",
     "371323",
     "2026-01-10",
     {"58.2%|城镇化率|level||2025|沂水县", "6.1%|城镇化率|growth|yoy|2021/2025|沂水县"}},
    {"class_bound_and_over",
     "全市计划总投资500万元及以上项目1250个。统计起点为计划总投资500万元及以上的建设项目。",
     "340300",
     "2025-10-20",
     {"1250个|计划总投资500万元及以上项目|level|||蚌埠市"}},
    {"zone_unknown_to_the_gazetteer",
     "洋浦经济开发区实现进出口总额512.3亿元。全省货物贸易进出口2135.6亿元。",
     "460000",
     "2025-11-20",
     {"512.3亿元|进出口总额|level|||洋浦经济开发区", "2135.6亿元|货物贸易进出口|level|||海南省"}},
    {"investment_completed",
     "累计实施亿元以上项目528个，完成投资1186亿元。",
     "371323",
     "2026-01-10",
     {"528个|*|level||*|沂水县", "1186亿元|亿元以上项目完成投资|level||*|沂水县"}},
    {"town_and_country",
     "城乡居民人均可支配收入分别达到43518元、22946元，分别增长4.9%、6.6%。",
     "610800",
     "2025-04-01",
     {"43518元|城镇居民人均可支配收入|level|||榆林市",
      "22946元|农村居民人均可支配收入|level|||榆林市",
      "4.9%|城镇居民人均可支配收入|growth|yoy||榆林市",
      "6.6%|农村居民人均可支配收入|growth|yoy||榆林市"}},
    // --- completion ratios
    {"completion_ratio_budget",
     "全区一般公共预算收入完成62.35亿元，为预算的101.8%，同比增长3.6%。",
     "500120",
     "2025-01-15",
     {"62.35亿元|一般公共预算收入|level||*|璧山区", "101.8%|一般公共预算收入|level||*|璧山区",
      "3.6%|一般公共预算收入|growth|yoy|*|璧山区"}},
    {"completion_ratio_own_subject",
     "一季度，市级重点项目完成投资计划的198%。",
     "500101",
     "2025-04-20",
     {"198%|市级重点项目|level||2025-Q1|万州区"}},
    // --- not records
    {"threshold_in_a_class_name",
     "规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。",
     "450000",
     "2025-11-20",
     {}},
    {"amount_class_of_projects",
     "全年招引过10亿元项目8个。",
     "371323",
     "2026-01-10",
     {"8个|*|level||*|沂水县"}},
    // --- places
    {"first_place_is_the_sentence_subject",
     "记者获悉，国庆假期，全省共接待游客4652.3万人次，实现旅游收入412.7亿元。其中，乡村旅游接待游"
     "客2016.8万人次。",
     "522600",
     "2025-10-10",
     {"4652.3万人次|接待游客|level||*|贵州省", "412.7亿元|旅游收入|level||*|贵州省",
      "2016.8万人次|乡村旅游接待游客|level||*|贵州省"}},
    {"city_word_of_the_article",
     "醴陵市：前三季度经济稳中有进\n今年前三季度，醴陵市地区生产总值增长6.2%"
     "。全市规模以上工业增加值增长7.5%。",
     "430200",
     "2025-10-25",
     {"6.2%|地区生产总值|growth|yoy|2025-01/2025-09|醴陵市",
      "7.5%|规模以上工业增加值|growth|yoy|2025-01/2025-09|醴陵市"}},
    {"part_does_not_carry",
     "全年全市地区生产总值增长6.1%，其中万州区增长7.2%，工业增加值增长5.3%。",
     "500000",
     "2025-03-01",
     {"6.1%|地区生产总值|growth|yoy|2025|重庆市", "7.2%|*|growth|yoy|2025|万州区",
      "5.3%|工业增加值|growth|yoy|2025|重庆市"}},
    // --- periods
    {"starting_point_of_a_comparison",
     "五年来，全县地区生产总值由2020年的438.6亿元增加到612.8亿元，年均增长6.1%。",
     "371323",
     "2026-01-10",
     {"438.6亿元|地区生产总值|level||2020|沂水县", "612.8亿元|地区生产总值|level||*|沂水县",
      "6.1%|地区生产总值|growth|yoy|2021/2025|沂水县"}},
    {"listed_quarters",
     "一、二季度，全市地区生产总值分别增长5.8%和6.1%。",
     "420500",
     "2025-08-01",
     {"5.8%|地区生产总值|growth|yoy|2025-Q1|宜昌市",
      "6.1%|地区生产总值|growth|yoy|2025-Q2|宜昌市"}},
    {"listed_quarters_one_value",
     "一、二季度全市地区生产总值增长5.8%。",
     "420500",
     "2025-08-01",
     {"5.8%|地区生产总值|growth|yoy|2025-H1|宜昌市"}},
    {"listed_years",
     "2023年、2024年全市地区生产总值分别增长5.8%和6.1%。",
     "420500",
     "2025-08-01",
     {"5.8%|地区生产总值|growth|yoy|2023|宜昌市", "6.1%|地区生产总值|growth|yoy|2024|宜昌市"}},
    {"listed_months",
     "3、4月份全市规上工业增加值分别增长7.1%、6.5%。",
     "420500",
     "2025-08-01",
     {"7.1%|规上工业增加值|growth|yoy|2025-03|宜昌市",
      "6.5%|规上工业增加值|growth|yoy|2025-04|宜昌市"}},
    {"listed_months_one_value",
     "1、2月份，全市规上工业增加值增长7.1%。",
     "420500",
     "2025-08-01",
     {"7.1%|规上工业增加值|growth|yoy|2025-01/2025-02|宜昌市"}},
    {"structure_from_last_year",
     "三次产业结构由上年的10.1:42.6:47.3调整为9.9:43.2:46.9。",
     "420500",
     "2025-04-08",
     {"9.9|第一产业增加值|share|||宜昌市", "43.2|第二产业增加值|share|||宜昌市",
      "46.9|第三产业增加值|share|||宜昌市"}},
    {"host_city_in_an_event_name",
     "第二届中国（杭州）国际动漫博览会闭幕\n本报讯 "
     "为期5天的第二届中国（杭州）国际动漫博览会闭幕。\n"
     "\n展会期间累计接待观众28.6万人次。\n",
     "330108",
     "2025-06-01",
     {"28.6万人次|*|level||*|滨江区"}},  // (为期5天: how long it lasts, no figure)
    {"price_per_unit_and_cause",
     "10月份，牛肉平均零售价格为每公斤72.5元，比上月上涨1.2元；鸡蛋价格受供应偏紧影响上涨6.2%。",
     "610200",
     "2025-11-10",
     {"72.5元|牛肉平均零售价格|level||2025-10|铜川市",
      "1.2元|牛肉平均零售价格|change|上月|2025-10|铜川市",
      "6.2%|鸡蛋价格|growth|yoy|2025-10|铜川市"}},
    {"contribution_of_the_clause_before",
     "10月份，牛肉价格下降8.4%，影响居民消费价格总水平下降约0.12个百分点。",
     "610200",
     "2025-11-10",
     {"8.4%|牛肉价格|growth|yoy|2025-10|铜川市",
      "0.12个百分点|牛肉价格|contribution||2025-10|铜川市"}},
    {"industry_names_with_commas",
     "10月份，黑色金属冶炼和压延加工业，石油、煤炭及其他燃料加工业出厂价格分别下降3.2%、2.1%。",
     "610200",
     "2025-11-10",
     {"3.2%|黑色金属冶炼和压延加工业出厂价格|growth|yoy|2025-10|铜川市",
      "2.1%|石油、煤炭及其他燃料加工业出厂价格|growth|yoy|2025-10|铜川市"}},
    {"short_items_share_the_rest",
     "全年城镇、农村居民人均可支配收入分别达到45210元、23150元；猪、牛肉产量分别为2.1万吨、0."
     "8万吨。",
     "610200",
     "2025-12-20",
     {"45210元|城镇居民人均可支配收入|level||2025|铜川市",
      "23150元|农村居民人均可支配收入|level||2025|铜川市", "2.1万吨|猪肉产量|level||2025|铜川市",
      "0.8万吨|牛肉产量|level||2025|铜川市"}},
    {"investment_completed_keeps_its_verb",
     "1—5月，印台区、耀州区重点项目分别完成投资12.1亿元、8.6亿元。",
     "610200",
     "2025-06-12",
     {"12.1亿元|重点项目完成投资|level||2025-01/2025-05|印台区",
      "8.6亿元|重点项目完成投资|level||2025-01/2025-05|耀州区"}},
    {"short_items_of_a_trade_list_keep_their_nouns",
     "全年工业、建筑业增加值分别增长5.1%、3.2%。",
     "610200",
     "2025-12-20",
     {"5.1%|工业增加值|growth|yoy|2025|铜川市", "3.2%|建筑业增加值|growth|yoy|2025|铜川市"}},
    {"table_of_indicators_with_units_in_the_rows",
     "2025年1—5月全市主要经济指标\n\n指标名称            1—5月      同比增长(%)\n"
     "规模以上工业增加值    —          6.8\n社会消费品零售总额(亿元)   1268.4     5.2\n"
     "固定资产投资(亿元)    912.6      -3.1\n",
     "370600",
     "2025-06-20",
     {"6.8|规模以上工业增加值|growth|yoy|2025-01/2025-05|烟台市",
      "1268.4|社会消费品零售总额|level||2025-01/2025-05|烟台市",
      "5.2|社会消费品零售总额|growth|yoy|2025-01/2025-05|烟台市",
      "912.6|固定资产投资|level||2025-01/2025-05|烟台市",
      "-3.1|固定资产投资|growth|yoy|2025-01/2025-05|烟台市"}},
    {"table_of_places_with_a_unit_line",
     "表2  2025年1—9月各区县规模以上工业营业收入\n单位：亿元、%\n"
     "地区        营业收入     同比增长\n福山区      812.5       6.1\n牟平区      356.2       "
     "-2.4\n",
     "370600",
     "2025-10-24",
     {"812.5|规模以上工业营业收入|level||2025-01/2025-09|福山区",
      "6.1|规模以上工业营业收入|growth|yoy|2025-01/2025-09|福山区",
      "356.2|规模以上工业营业收入|level||2025-01/2025-09|牟平区",
      "-2.4|规模以上工业营业收入|growth|yoy|2025-01/2025-09|牟平区"}},
    {"table_with_one_space_between_cells_and_a_unit_for_a_named_column",
     "表3　2024年部分县区森林资源情况\n单位：%，比上年增减为百分点\n"
     "地区 森林覆盖率 比上年增减 湿地保护率同比变化\n全市 62.3 0.4 5.1\n红花岗区 70.2 -0.3 -6.4\n",
     "520300",
     "2025-03-01",
     {"62.3|森林覆盖率|level||2024|遵义市", "0.4|森林覆盖率|change|上年|2024|遵义市",
      "5.1|湿地保护率|growth|yoy|2024|遵义市", "70.2|森林覆盖率|level||2024|红花岗区",
      "-0.3|森林覆盖率|change|上年|2024|红花岗区", "-6.4|湿地保护率|growth|yoy|2024|红花岗区"}},
    {"table_of_kinds_under_an_indented_unit_line",
     "表2　1—9月甲港分货类吞吐量\n                                        单位：万吨，%\n"
     "货类                      吞吐量        同比增长\n钢材             1243.8             5.3\n"
     "煤炭及制品            315.6            -4.6\n合计                 1559.4             3.1\n",
     "371100",
     "2025-10-20",
     {"1243.8|钢材吞吐量|level||2025-01/2025-09|日照市",
      "5.3|钢材吞吐量|growth|yoy|2025-01/2025-09|日照市",
      "315.6|煤炭及制品吞吐量|level||2025-01/2025-09|日照市",
      "-4.6|煤炭及制品吞吐量|growth|yoy|2025-01/2025-09|日照市",
      "1559.4|甲港吞吐量|level||2025-01/2025-09|日照市",
      "3.1|甲港吞吐量|growth|yoy|2025-01/2025-09|日照市"}},
    {"table_of_kinds_of_what_the_title_names_with_a_column_per_period",
     "表3　2025年9月某市商品住宅销售价格变动情况（%）\n类别 9月环比 9月同比 1—9月平均同比\n"
     "新建商品住宅 -0.3 -3.2 -2.6\n二手住宅 -0.5 -5.1 -4.4\n",
     "320300",
     "2025-10-20",
     {"-0.3|新建商品住宅销售价格|growth|mom|2025-09|徐州市",
      "-3.2|新建商品住宅销售价格|growth|yoy|2025-09|徐州市",
      "-2.6|新建商品住宅销售价格|growth|yoy|2025-01/2025-09|徐州市",
      "-0.5|二手住宅销售价格|growth|mom|2025-09|徐州市",
      "-5.1|二手住宅销售价格|growth|yoy|2025-09|徐州市",
      "-4.4|二手住宅销售价格|growth|yoy|2025-01/2025-09|徐州市"}},
    {"table_of_places_with_an_urban_whole_and_a_part_row",
     "表1　2025年1—9月各县（市）区商品房销售面积\n单位：万平方米，%\n地区          销售面积        "
     "同比增长\n"
     "市区          289.65          -8.4\n丰县          28.42           -1.1\n",
     "320300",
     "2025-10-20",
     {"289.65|商品房销售面积|level||2025-01/2025-09|徐州市",
      "-8.4|商品房销售面积|growth|yoy|2025-01/2025-09|徐州市",
      "28.42|商品房销售面积|level||2025-01/2025-09|丰县",
      "-1.1|商品房销售面积|growth|yoy|2025-01/2025-09|丰县"}},
    {"table_with_a_unit_column_and_a_part_row",
     "附表\n某高新区2025年1—6月主要经济指标\n指标 单位 1—6月 同比增长(%)\n固定资产投资 亿元 186.3 "
     "6.9\n"
     "其中：工业投资 亿元 96.3 12.5\n实际使用外资 亿美元 2.36 -12.6\n",
     "320281",
     "2025-07-25",
     {"186.3|固定资产投资|level||2025-H1|江阴市", "6.9|固定资产投资|growth|yoy|2025-H1|江阴市",
      "96.3|工业投资|level||2025-H1|江阴市", "12.5|工业投资|growth|yoy|2025-H1|江阴市",
      "2.36|实际使用外资|level||2025-H1|江阴市", "-12.6|实际使用外资|growth|yoy|2025-H1|江阴市"}},
    {"a_zone_named_in_the_heading_or_the_paragraph_is_what_quan_qu_means",
     "江阴高新区经济运行简报\n\n上半年，全区实现地区生产总值936.9亿元，同比增长6.3%。\n\n"
     "今年以来，常州高新区坚持创新驱动。上半年，全区规上工业总产值1286.4亿元。",
     "320281",
     "2025-07-25",
     {"936.9亿元|地区生产总值|level||2025-H1|江阴高新区",
      "6.3%|地区生产总值|growth|yoy|2025-H1|江阴高新区",
      "1286.4亿元|规上工业总产值|level||2025-H1|常州高新区"}},
    {"table_with_a_unit_column_whose_cell_is_empty_and_a_bare_percent_header",
     "附表\n2025年前三季度全市主要经济指标\n指标                  单位        绝对数        "
     "同比增长%\n"
     "地区生产总值          亿元      3862.57        5.4\n规模以上工业增加值    —             —    "
     "        7.1\n"
     "社会消费品零售总额    亿元      1526.34        5.1\n",
     "430100",
     "2025-10-25",
     {"3862.57|地区生产总值|level||2025-01/2025-09|长沙市",
      "5.4|地区生产总值|growth|yoy|2025-01/2025-09|长沙市",
      "7.1|规模以上工业增加值|growth|yoy|2025-01/2025-09|长沙市",
      "1526.34|社会消费品零售总额|level||2025-01/2025-09|长沙市",
      "5.1|社会消费品零售总额|growth|yoy|2025-01/2025-09|长沙市"}},
    {"table_of_products_with_a_part_row_and_a_label_that_names_a_quantity",
     "表2　2024年主要工业产品产量\n产品名称          单位        产量        比上年增长%\n"
     "汽车              万辆        36.2        5.1\n其中：新能源汽车  万辆        21.36       "
     "38.2\n"
     "发电量            亿千瓦时    186.4       4.2\n",
     "420600",
     "2025-03-01",
     {"36.2|汽车产量|level||2024|襄阳市", "5.1|汽车产量|growth|yoy|2024|襄阳市",
      "21.36|新能源汽车产量|level||2024|襄阳市", "38.2|新能源汽车产量|growth|yoy|2024|襄阳市",
      "186.4|发电量|level||2024|襄阳市", "4.2|发电量|growth|yoy|2024|襄阳市"}},
    {"table_with_a_unit_line_for_levels_and_rates",
     "附表　全省主要经济指标（2025年1—10月）\n单位：亿元，%\n"
     "指标名称　　　　　　　　　10月　　　同比增长　　　1—10月　　　同比增长\n"
     "固定资产投资　　　　　　　　—　　　　　—　　　　　　—　　　　　　4.6\n"
     "进出口总额　　　　　　　　652.3　　　　9.8　　　　 6286.4　　　　11.2\n",
     "340000",
     "2025-11-20",
     {"4.6|固定资产投资|growth|yoy|2025-01/2025-10|安徽省",
      "652.3|进出口总额|level||2025-10|安徽省", "9.8|进出口总额|growth|yoy|2025-10|安徽省",
      "6286.4|进出口总额|level||2025-01/2025-10|安徽省",
      "11.2|进出口总额|growth|yoy|2025-01/2025-10|安徽省"}},
    {"table_with_a_unit_column_and_periods_in_the_header",
     "2025年9月全市主要经济指标\n指标名称            单位      9月       同比增长(%)    1—9月      "
     "同比增长(%)\n规模以上工业增加值    %        —         6.2           —          7.0\n"
     "出口总额             亿元     96.5      -2.3          845.2      3.6\n",
     "370600",
     "2025-10-20",
     {"6.2|规模以上工业增加值|growth|yoy|2025-09|烟台市",
      "7.0|规模以上工业增加值|growth|yoy|2025-01/2025-09|烟台市",
      "96.5|出口总额|level||2025-09|烟台市", "-2.3|出口总额|growth|yoy|2025-09|烟台市",
      "845.2|出口总额|level||2025-01/2025-09|烟台市",
      "3.6|出口总额|growth|yoy|2025-01/2025-09|烟台市"}},
    {"table_of_areas_named_after_places",
     "表1  2025年1—9月主要港口货物吞吐量\n单位：万吨、%\n港区      吞吐量     同比增长\n"
     "芝罘港区   4521.3    3.2\n蓬莱港区   2186.7    -1.5\n合计      6708.0    1.6\n",
     "370600",
     "2025-10-24",
     {"4521.3|港口货物吞吐量|level||2025-01/2025-09|芝罘区",
      "3.2|港口货物吞吐量|growth|yoy|2025-01/2025-09|芝罘区",
      "2186.7|港口货物吞吐量|level||2025-01/2025-09|蓬莱区",
      "-1.5|港口货物吞吐量|growth|yoy|2025-01/2025-09|蓬莱区",
      "6708.0|港口货物吞吐量|level||2025-01/2025-09|烟台市",
      "1.6|港口货物吞吐量|growth|yoy|2025-01/2025-09|烟台市"}},
    {"growth_after_a_level_in_a_list",
     "1—10月，全市外贸进出口总额1286.5亿元、增长8.7%。",
     "610300",
     "2025-11-20",
     {"1286.5亿元|外贸进出口总额|level||2025-01/2025-10|宝鸡市",
      "8.7%|外贸进出口总额|growth|yoy|2025-01/2025-10|宝鸡市"}},
    {"about_a_share",
     "区本级设置预备费6000万元，约占一般公共预算支出的1%。",
     "610300",
     "2025-11-20",
     {"6000万元|*|level||*|宝鸡市", "1%|*|share|一般公共预算支出|*|宝鸡市"}},
    {"items_that_end_alike_share_the_rest",
     "城镇居民和农村居民人均可支配收入分别增长4.6%和6.3%。",
     "610300",
     "2025-11-20",
     {"4.6%|城镇居民人均可支配收入|growth|yoy|*|宝鸡市",
      "6.3%|农村居民人均可支配收入|growth|yoy|*|宝鸡市"}},
    {"continued_column_with_a_place_split_over_lines",
     "本报讯 今年以来，全市网络零售保持较快增长，各区\n县市表现亮眼，消费活力持续释放，市场\n"
     "（上接第3版）从区域看，甘井子区、沙河口\n区网络零售额分别为28.6亿元、19.4亿元\n"
     "，分别增长22.7%和18.3%，增速居前。\n",
     "210200",
     "2025-11-13",
     {"28.6亿元|网络零售额|level||*|甘井子区", "19.4亿元|网络零售额|level||*|沙河口区",
      "22.7%|网络零售额|growth|yoy|*|甘井子区", "18.3%|网络零售额|growth|yoy|*|沙河口区"}},
    {"the_parent_place_named_aside",
     "一季度，全县地区生产总值增长6.2%。同期，宝鸡市地区生产总值增长5.7%。分产业看，"
     "第一产业增加值22.3亿元，增长3.1%。",
     "610323",
     "2025-04-25",
     {"6.2%|地区生产总值|growth|yoy|2025-Q1|岐山县", "5.7%|地区生产总值|growth|yoy|2025-Q1|宝鸡市",
      "22.3亿元|第一产业增加值|level||2025-Q1|岐山县",
      "3.1%|第一产业增加值|growth|yoy|2025-Q1|岐山县"}},
    {"months_after_the_reference_month_are_of_last_year",
     "2025年1—11月，全省规模以上工业增加值增长6.6%。1—11月，高技术制造业增加值增长12.7%。",
     "610000",
     "2026-01-21",
     {"6.6%|*|growth|yoy|2025-01/2025-11|陕西省", "12.7%|*|growth|yoy|2025-01/2025-11|陕西省"}},
    {"an_aside_month_is_not_carried",
     "上半年，全市规模以上工业增加值增长8.2%，其中6月当月增长9.1%。全市固定资产投资增长3.8%。",
     "320600",
     "2025-07-22",
     {"8.2%|*|growth|yoy|2025-H1|南通市", "9.1%|*|growth|yoy|2025-06|南通市",
      "3.8%|*|growth|yoy|2025-H1|南通市"}},
    {"table_of_kinds_with_a_value_column",
     "表1　2024年一般公共预算收入主要税种完成情况\n单位：万元、%\n税种            完成数        "
     "同比增长\n增值税          241652        6.8\n企业所得税      128436        3.9\n",
     "430104",
     "2025-01-07",
     {"241652|增值税|level||2024|岳麓区", "6.8|增值税|growth|yoy|2024|岳麓区",
      "128436|企业所得税|level||2024|岳麓区", "3.9|企业所得税|growth|yoy|2024|岳麓区"}},
    {"a_table_names_no_place_for_the_sections_after_it",
     "表1　1—9月分港区货物吞吐量\n港区        货物吞吐量（万吨）    同比增长（％）\n"
     "芝罘港区        8562          3.6\n蓬莱港区        4112          4.9\n\n三、城市公交\n"
     "1—9月，中心城区公交客运量8620万人次，增长4.1%。\n",
     "370600",
     "2025-10-24",
     {"8562|货物吞吐量|level||2025-01/2025-09|芝罘区", "3.6|货物吞吐量|growth|yoy|*|芝罘区",
      "4112|货物吞吐量|level||*|蓬莱区", "4.9|货物吞吐量|growth|yoy|*|蓬莱区",
      "8620万人次|中心城区公交客运量|level||2025-01/2025-09|烟台市",
      "4.1%|中心城区公交客运量|growth|yoy|2025-01/2025-09|烟台市"}},
    {"the_plan_a_value_is_measured_against_is_no_time",
     "上半年，城镇新增就业7.9万人，完成全年任务的六成多。",
     "320600",
     "2025-07-22",
     {"7.9万人|城镇新增就业|level||2025-H1|南通市", "六成多|城镇新增就业|level||2025-H1|南通市"}},
    {"a_table_keeps_the_time_of_its_item_and_a_footer_is_no_row",
     "一、2024年预算执行情况\n（一）一般公共预算\n全区一般公共预算收入完成86.42亿元。\n\n"
     "表1　主要税种完成情况\n单位：万元、%\n税种            完成数        同比增长\n"
     "增值税          241652        6.8\n房产税           47120        5.1\n\n— 2 —\n\n"
     "全区一般公共预算支出完成92.18亿元。\n",
     "430104",
     "2025-01-07",
     {"86.42亿元|一般公共预算收入|level||2024|岳麓区", "241652|增值税|level||2024|岳麓区",
      "6.8|增值税|growth|yoy|2024|岳麓区", "47120|房产税|level||2024|岳麓区",
      "5.1|房产税|growth|yoy|2024|岳麓区", "92.18亿元|一般公共预算支出|level||2024|岳麓区"}},
    {"terms_of_a_voucher_are_no_figures",
     "活动期间，发放消费券3000万元，单笔满200元减50元。",
     "210200",
     "2025-11-13",
     {"3000万元|*|level||*|大连市"}},
    {"stock_after_a_flow_of_newly_certified",
     "2025年新认定国家级专精特新“小巨人”企业46家，总数达到216家。",
     "210200",
     "2025-11-13",
     {"46家|*|level||2025|大连市", "216家|国家级专精特新“小巨人”企业|level||2025|大连市"}},
    {"recovered_to_a_year_and_the_year_of_the_sentence",
     "2025年，全年接待国内外游客1.2亿人次，恢复到2019年的112%。",
     "411300",
     "2026-03-10",
     {"1.2亿人次|接待国内外游客|level||2025|南阳市", "112%|接待国内外游客|level||2025|南阳市"}},
    {"unit_from_the_noun_before_a_scaled_number",
     "国庆假期，全市观影人次21.6万，票房收入860万，同比增长12.5%；年末常住人口512.3万。",
     "411300",
     "2025-10-09",
     {"21.6万|观影人次|level||*|南阳市", "860万|票房收入|level||*|南阳市",
      "12.5%|票房收入|growth|yoy|*|南阳市", "512.3万|常住人口|level||*|南阳市"}},
    {"towns_and_street_offices",
     "今年以来，白马镇实现农业总产值3.2亿元。红星乡、太平镇枸杞种植面积分别达到1.2万亩、0.8万亩。"
     "全县城镇居民人均可支配收入38620元；小城镇人口达到8.6万人。",
     "640521",
     "2025-09-20",
     {"3.2亿元|农业总产值|level||2025-YTD|白马镇", "1.2万亩|枸杞种植面积|level||2025-YTD|红星乡",
      "0.8万亩|枸杞种植面积|level||2025-YTD|太平镇",
      "38620元|城镇居民人均可支配收入|level||2025-YTD|中宁县",
      "8.6万人|小城镇人口|level||2025-YTD|中宁县"}},
    {"a_headline_town_holds_for_its_article_and_briefs_name_their_towns",
     "全县地区生产总值增长6.2%。（下转第2版）\n\n石桥镇蔬菜产量同比增长一成\n"
     "本报讯 "
     "今年，石桥镇蔬菜种植面积稳定在1."
     "2万亩。\n蔬菜平均收购价每公斤3元左右，预计亩均收入8000元。\n\n"
     "【简讯】\n●河口乡：8月份接待游客2."
     "1万人次，\n实现旅游收入560万元。\n●全县：今年新建大棚80栋。\n",
     "640521",
     "2025-09-12",
     {"6.2%|地区生产总值|growth|yoy||中宁县", "一成|蔬菜产量|growth|yoy||石桥镇",
      "1.2万亩|蔬菜种植面积|level||2025|石桥镇", "3元左右|蔬菜平均收购价|level||2025|石桥镇",
      "8000元|亩均收入|level||2025|石桥镇", "2.1万人次|接待游客|level||2025-08|河口乡",
      "560万元|旅游收入|level||2025-08|河口乡", "80栋|新建大棚|level||2025|中宁县"}},
    {"a_point_in_time_carries_over_the_paragraphs_of_its_section",
     "截至9月末，全县各项存款余额826.8亿元，同比增长8.6%。\n\n全县各项贷款余额612."
     "5亿元，同比增长10."
     "2%。\n一、工业\n全县规上工业增加值增长6.5%。",
     "430726",
     "2025-10-20",
     {"826.8亿元|各项存款余额|level||2025-09-30|石门县",
      "8.6%|各项存款余额|growth|yoy|2025-09-30|石门县",
      "612.5亿元|各项贷款余额|level||2025-09-30|石门县",
      "10.2%|各项贷款余额|growth|yoy|2025-09-30|石门县", "6.5%|规上工业增加值|growth|yoy||石门县"}},
    {"the_province_of_an_author_line_is_not_the_headline_place",
     "双节假期石门县接待游客超八十万人次\n原创　石门县融媒体中心\n2025年10月09日 08:30　湖南\n\n"
     "假期，全县共接待游客86.8万人次，同比增长12.5%。",
     "430726",
     "2025-10-09",
     {"八十万人次|接待游客|level|||石门县", "86.8万人次|接待游客|level|||石门县",
      "12.5%|接待游客|growth|yoy||石门县"}},
    {"a_name_shared_by_districts_of_one_province_is_the_home_or_its_neighbour",
     "一季度，铁西区地区生产总值增长6.2%，和平区增长5.1%。",  // (沈阳 and 鞍山 both have a 铁西区)
     "210106",
     "2025-04-25",
     {"6.2%|地区生产总值|growth|yoy|2025-Q1|铁西区",
      "5.1%|地区生产总值|growth|yoy|2025-Q1|和平区"}},
    {"a_publication_date_under_the_title_gives_no_year",
     "云南省2024年国民经济和社会发展统计公报\n\n云南省统计局\n2025年4月2日\n\n一、综合\n\n"
     "初步核算，全年全省地区生产总值31534.1亿元，比上年增长3.8%。年末全省常住人口4655万人。",
     "530000",
     "2025-04-02",
     {"31534.1亿元|地区生产总值|level||2024|云南省", "3.8%|地区生产总值|growth|yoy|2024|云南省",
      "4655万人|常住人口|level||2024-12-31|云南省"}},
    {"a_vaguer_time_without_figures_leaves_the_title_period",
     "2025年一季度某区经济运行情况分析\n\n"
     "今年以来，全区坚持稳中求进工作总基调，深入推进产业园区建设，全区经济实现平稳开局，主要指标好"
     "于预期。\n\n"
     "全区规模以上工业增加值同比增长8.9%，比全市高1.6个百分点，两年平均增长7.6%"
     "，工业生产较快增长。\n\n"
     "全区固定资产投资同比增长9.6%，其中项目投资增长15.8%，房地产开发投资下降12.4%，投资增势较好。",
     "210106",
     "2025-04-25",
     {"8.9%|规模以上工业增加值|growth|yoy|2025-Q1|铁西区",
      "1.6个百分点|规模以上工业增加值|change|全市|2025-Q1|铁西区",
      "7.6%|规模以上工业增加值|growth|yoy|2025-Q1|铁西区",
      "9.6%|固定资产投资|growth|yoy|2025-Q1|铁西区", "15.8%|项目投资|growth|yoy|2025-Q1|铁西区",
      "12.4%|房地产开发投资|growth|yoy|2025-Q1|铁西区"}},
    {"a_dateline_ends_the_masthead_of_a_zone_brief",
     "常州高新区经济运行简报\n2025年第7期（总第126期）\n常州国家高新技术产业开发区经济发展局　　　"
     "　2025年7月25日\n\n"
     "2025年上半年常州高新区经济运行情况\n\n"
     "　　今年以来，常州高新区坚持创新驱动、产业强区，聚焦新材料、高端装备、\n"
     "集成电路三大主导产业，主要经济指标保持稳中有进态势。上半年，全区实现地区生\n"
     "产总值636.9亿元，同比增长6.3%。\n\n一、工业经济量质齐升\n"
     "　　上半年，全区规上工业总产值986.4亿元，同比增长7.8%，高于全市2.1个百分点。\n",
     "320400",
     "2025-07-25",
     {"636.9亿元|地区生产总值|level||2025-H1|常州高新区",
      "6.3%|地区生产总值|growth|yoy|2025-H1|常州高新区",
      "986.4亿元|规上工业总产值|level||2025-H1|常州高新区",
      "7.8%|规上工业总产值|growth|yoy|2025-H1|常州高新区",
      "2.1个百分点|规上工业总产值|change|全市|2025-H1|常州高新区"}},
    {"a_title_as_wide_as_the_column_above_indented_paragraphs_stands_alone",
     "原州区2025年上半年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作总结\n\n一、主要工作成效\n\n"
     "　　（一）防止返贫监测帮扶机制有效运行。全区共有脱贫户3.16万户、脱贫人口12\n"
     ".43万人，纳入防止返贫监测对象1436户6274人，风险消除率66.7%。\n",
     "640402",
     "2025-07-15",
     {"3.16万户|脱贫户|level||2025-H1|原州区", "12\n.43万人|脱贫人口|level||2025-H1|原州区",
      "1436户|防止返贫监测对象|level||2025-H1|原州区",
      "6274人|防止返贫监测对象|level||2025-H1|原州区", "66.7%|风险消除率|level||2025-H1|原州区"}},
    {"who_passed_it_down_lent_it_or_how_is_no_part_of_the_indicator",
     "上半年，省下达我市新增政府债务限额36.5亿元。区内银行机构向个体工商户新发放贷款58.2亿元。"
     "全市兑现各类惠企政策资金3.12亿元，各级各类学校216所。通过消费帮扶销售农产品1.08亿元。"
     "2025年一般公共预算收入预算42.6亿元。",
     "640400",
     "2025-07-20",
     {"36.5亿元|新增政府债务限额|level||2025-H1|固原市",
      "58.2亿元|个体工商户新发放贷款|level||2025-H1|固原市",
      "3.12亿元|兑现惠企政策资金|level||2025-H1|固原市", "216所|各级各类学校|level||2025-H1|固原市",
      "1.08亿元|消费帮扶销售农产品|level||2025-H1|固原市",
      "42.6亿元|一般公共预算收入|level||2025|固原市"}},
    {"a_place_in_the_name_of_a_station_airport_or_scenic_area_is_no_subject",
     "10月，黄山风景区接待进山游客68.4万人次；黄山北站旅客发送量86."
     "2万人次；屯溪国际机场旅客吞吐量12.8万人次。",
     "341000",
     "2025-11-10",
     {"68.4万人次|黄山风景区接待进山游客|level||2025-10|黄山市",
      "86.2万人次|黄山北站旅客发送量|level||2025-10|黄山市",
      "12.8万人次|屯溪国际机场旅客吞吐量|level||2025-10|黄山市"}},
    {"a_lunar_date_in_the_masthead_is_no_period_and_a_fullwidth_point_ends_no_line",
     "某某日报　２０２５年１１月１３日　星期四　农历乙巳年九月廿四　第０２版\n\n"
     "“双十一”期间我市网络零售额突破１２０亿元\n\n"
     "　　本报讯　“双十一”期间，全市实现网络零售额１２３．６亿元，增长１２．\n５％。１—１０月，全市"
     "餐饮收入增长５．８％。\n",
     "330600",
     "2025-11-13",
     {"１２０亿元|网络零售额|level|||绍兴市", "１２３．６亿元|网络零售额|level|||绍兴市",
      "１２．\n５％|网络零售额|growth|yoy||绍兴市",
      "５．８％|餐饮收入|growth|yoy|2025-01/2025-10|绍兴市"}},
    {"a_range_is_its_midpoint_and_a_count_ending_its_clause_is_a_figure",
     "2025年，力争地区生产总值增长5%—6%。新增国家级专精特新“小巨人”企业三家、高新技术企业十家以上。"
     "坚决做到两个维护，召开三次会议。",
     "520382",
     "2025-03-01",
     {"5%—6%|地区生产总值|growth|yoy|2025|仁怀市",
      "三家|新增国家级专精特新“小巨人”企业|level||2025|仁怀市",
      "十家以上|高新技术企业|level||2025|仁怀市"}},
    {"a_bare_head_after_de_keeps_what_it_counts",
     "年末全盟常住人口中，具有大学文化程度的人口为21.36万人。全市的地区生产总值增长6%。",
     "152500",
     "2025-03-01",
     {"21.36万人|大学文化程度人口|level||2025-12-31|锡林郭勒盟",
      "6%|地区生产总值|growth|yoy|2025-12-31|锡林郭勒盟"}},
    {"a_ranking_name_and_the_set_of_a_rank",
     "三季度，全区新引进中国500强企业分支机构5家，签约总投资额在全市13个县区中居第二。",
     "350102",
     "2025-10-20",
     {"5家|新引进中国500强企业分支机构|level||2025-Q3|鼓楼区",
      "二|签约总投资额|rank||2025-Q3|鼓楼区"}},
    {"a_period_in_an_explanation_after_the_value_is_not_its_time",
     "2025年，全州一般公共预算收入预算为97.36亿元。全州一般公共预算支出预算安排398.60亿元，下降3.5%"
     "，"
     "主要是上年一次性债券资金不可比。",
     "522700",
     "2025-01-10",
     {"97.36亿元|一般公共预算收入|level||2025|黔南布依族苗族自治州",
      "398.60亿元|一般公共预算支出|level||2025|黔南布依族苗族自治州",
      "3.5%|一般公共预算支出|growth|yoy|2025|黔南布依族苗族自治州"}},
    {"a_sentence_runs_on_over_a_page_break_from_an_unfinished_line",
     "（四）改革开放纵深推进。全年新增经营主体5.86万户，总量达到58.3万户。\n外贸进出口\n\n- 3 "
     "-\n<PAGE_DIV>\n"
     "总额达到128.6亿元，增长23.4%。\n",
     "150400",
     "2024-12-20",
     {"5.86万户|新增经营主体|level||2024|赤峰市", "58.3万户|经营主体|level||2024|赤峰市",
      "128.6亿元|外贸进出口总额|level||2024|赤峰市",
      "23.4%|外贸进出口总额|growth|yoy|2024|赤峰市"}},
    {"will_and_strive_are_no_part_of_a_target",
     "下半年，将力争新签约招商项目60个以上，实际到位内资力争330亿元。全年接待游客力争3500万人次。",
     "430181",
     "2025-07-20",
     {"60个以上|新签约招商项目|level||2025-H2|浏阳市", "330亿元|实际到位内资|level||2025-H2|浏阳市",
      "3500万人次|接待游客|level||2025|浏阳市"}},
    {"a_narrower_fall_is_a_higher_growth_rate",
     "10月份，规上工业原煤产量同比下降2.3%，降幅比上月收窄1."
     "5个百分点。1—10月，全市固定资产投资下降3.2%，"
     "降幅比1—9月扩大0.4个百分点。",
     "411300",
     "2025-11-15",
     {"2.3%|规上工业原煤产量|growth|yoy|2025-10|南阳市",
      "1.5个百分点|规上工业原煤产量增速|change|上月|2025-10|南阳市",
      "3.2%|固定资产投资|growth|yoy|2025-01/2025-10|南阳市",
      "0.4个百分点|固定资产投资增速|change|1-9月|2025-01/2025-10|南阳市"}},
    {"examples_before_deng_and_objects_of_actions",
     "全年发放汽车、家电等以旧换新补贴资金5."
     "86亿元，区本级设置预备费9500万元；全市高等教育毛入学率62.3%。",
     "370600",
     "2025-10-24",
     {"5.86亿元|以旧换新补贴资金|level||*|烟台市", "9500万元|预备费|level||*|烟台市",
      "62.3%|高等教育毛入学率|level||*|烟台市"}},
    {"a_daily_average_of_the_indicator_before",
     "1—9月，中心城区公交客运量8620万人次，增长4.1%，日均约31.6万人次。",
     "370600",
     "2025-10-24",
     {"8620万人次|中心城区公交客运量|level||2025-01/2025-09|烟台市",
      "4.1%|中心城区公交客运量|growth|yoy|2025-01/2025-09|烟台市",
      "31.6万人次|日均中心城区公交客运量|level||2025-01/2025-09|烟台市"}},
    {"ratios_and_indexes_without_a_unit",
     "全年城乡居民收入比为2.31；10月份，全省制造业PMI为50.2；城镇调查失业率平均值为5.1%。",
     "230000",
     "2025-12-20",
     {"2.31|城乡居民收入比|level||2025|黑龙江省", "50.2|制造业PMI|level||2025-10|黑龙江省",
      "5.1%|城镇调查失业率|level||2025-10|黑龙江省"}},
    {"expected_as_a_verb_not_in_a_name",
     "全区政府性基金预算收入预期40亿元；全区人均预期寿命指数为0.91。",
     "430104",
     "2025-01-07",
     {"40亿元|政府性基金预算收入|level||*|岳麓区", "0.91|人均预期寿命指数|level||*|岳麓区"}},
    {"count_with_its_noun_after",
     "今年以来，全区签约68个项目，总投资326亿元；新开工项目42个，计划总投资86亿元。",
     "610200",
     "2025-06-01",
     {"68个|签约项目|level||2025-YTD|铜川市", "326亿元|签约项目总投资|level||2025-YTD|铜川市",
      "42个|新开工项目|level||2025-YTD|铜川市",
      "86亿元|新开工项目计划总投资|level||2025-YTD|铜川市"}},
    // a web page's time of publication under the title (ending in a clock
    // time, like a table row in a number) leaves the title a heading: its
    // year is that of 全年
    {"title_above_a_publication_time",
     "2025年全市工业经济运行情况\n发布日期：2026-01-20 09:45\n\n　　全年全市规模以上工业增加值增长"
     "6.2%。",
     "411300",
     "2026-01-20",
     {"6.2%|规模以上工业增加值|growth|yoy|2025|南阳市"}},
    // an indented heading inside an article opens a part of it: the article's
    // period goes on (a heading standing at the margin starts a new article)
    {"indented_heading_keeps_the_articles_period",
     "　　2025年，全市规模以上工业增加值增长6.2%。\n　　工业投资较快增长\n　　工业投资增长12.5%。\n"
     "\n新闻发布会举行\n\n　　工业投资增长9.1%。",
     "411300",
     "2026-01-20",
     {"6.2%|规模以上工业增加值|growth|yoy|2025|南阳市", "12.5%|工业投资|growth|yoy|2025|南阳市",
      "9.1%|工业投资|growth|yoy||南阳市"}},
    // 全年 is in the year of the period carried from the sentences before it
    {"full_year_in_the_carried_year",
     "　　２０２５年，全市交通运输保持较快增长。\n　　机场全年完成旅客吞吐量３１２６．４万人次，同"
     "比增长"
     "８．６％。",
     "650100",
     "2026-01-08",
     {"３１２６．４万人次|机场旅客吞吐量|level||2025|乌鲁木齐市",
      "８．６％|机场旅客吞吐量|growth|yoy|2025|乌鲁木齐市"}},
    // …but a commitment (力争全年) is for a year not over yet
    {"commitment_for_the_year_not_over",
     "　　2024年，全区新设经营主体5.2万户。\n　　下一步，全区力争全年新设经营主体6万户以上。",
     "410105",
     "2025-08-14",
     {"5.2万户|新设经营主体|level||2024|金水区", "6万户以上|新设经营主体|level||2025|金水区"}},
    // a headline's 去年 gives 全年 its year in the sections below it
    {"headline_last_year_dates_full_year",
     "去年全市港口吞吐量再创新高\n\n　　本报讯　记者从市交通运输局获悉，全市港口生产保持平稳。\n\n"
     "■水运：吞吐量稳步增长\n　　全年全市港口货物吞吐量１．８６亿吨，增长４．２％。",
     "130200",
     "2026-01-12",
     {"１．８６亿吨|港口货物吞吐量|level||2025|唐山市",
      "４．２％|港口货物吞吐量|growth|yoy|2025|唐山市"}},
    // 起降 (takeoffs and landings) is a noun, not the verb 降; 列 counts trains;
    // 个工作日 is a duration
    {"takeoffs_trains_and_working_days",
     "2025年，机场航班起降8.6万架次，增长5.2%；中欧班列开行326列；审批时限压缩至5个工作日以内。",
     "620100",
     "2026-01-12",
     {"8.6万架次|机场航班起降|level||2025|兰州市", "5.2%|机场航班起降|growth|yoy|2025|兰州市",
      "326列|中欧班列开行|level||2025|兰州市", "5个工作日以内|审批时限|level||2025|兰州市"}},
    // data cards of a WeChat post: a label line, then its figure and unit alone
    {"data_cards_label_then_figure",
     "【成绩单】\n2025年，全区共签约招商项目\n86 个\n其中\n亿元以上项目\n42个\n",
     "440113",
     "2026-01-09",
     {"86 个|签约招商项目|level||2025|番禺区", "42个|亿元以上项目|level||2025|番禺区"}},
    // a balance alone is the balance of what the figure before it added to
    {"balance_of_the_flow_before",
     "2025年，全县各项贷款增加86.4亿元，年末余额1026.5亿元。",
     "341181",
     "2026-02-10",
     {"86.4亿元|各项贷款增加额|level||2025|天长市",
      "1026.5亿元|各项贷款余额|level||2025-12-31|天长市"}},
    // a holiday of the year is an event (as a date is): no period, not the year
    {"holiday_of_the_year_is_no_period",
     "2025年国庆假期，全市接待游客326.5万人次，同比增长8.2%。全年接待游客突破5000万人次。",
     "450300",
     "2025-10-09",
     {"326.5万人次|接待游客|level|||桂林市", "8.2%|接待游客|growth|yoy||桂林市",
      "5000万人次|接待游客|level||2025|桂林市"}},
    // the sentences after one that opens with a holiday, in its paragraph, are
    // of the holiday too; 假日期间 names the holiday again
    {"holiday_paragraph_and_holiday_named_again",
     "一季度，全县实现社会消费品零售总额45.6亿元，同比增长6.1%。\n"
     "　　端午假期，全县重点商贸企业实现销售额1.28亿元，同比增长9.2%。接待游客32.5万人次，增长11.4%"
     "。\n"
     "　　假日期间，古镇景区接待游客8.6万人次。\n",
     "433122",
     "2025-06-05",
     {"45.6亿元|*|level||2025-Q1|*", "6.1%|*|growth|yoy|2025-Q1|*", "1.28亿元|*|level|||*",
      "9.2%|*|growth|yoy||*", "32.5万人次|*|level|||*", "11.4%|*|growth|yoy||*",
      "8.6万人次|*|level|||*"}},
    // the measure noun of the last item of a list goes to every item (保费收入,
    // 发电量, 排放量); one character in brackets inside a word is part of it
    {"list_measure_nouns_and_a_bracket_inside_a_word",
     "2025年全市财产险、人身险保费收入分别为12.3亿元、45.6亿元。火电、水电发电量分别为120亿千瓦时、"
     "35亿千瓦时。二氧化硫、氮氧化物排放量分别下降3.2%、2.8%。年末企（事）业单位贷款余额860."
     "5亿元。",
     "430700",
     "2026-03-01",
     {"12.3亿元|财产险保费收入|level||*|*", "45.6亿元|人身险保费收入|level||*|*",
      "120亿千瓦时|火电发电量|level||*|*", "35亿千瓦时|水电发电量|level||*|*",
      "3.2%|二氧化硫排放量|growth|yoy|*|*", "2.8%|氮氧化物排放量|growth|yoy|*|*",
      "860.5亿元|企(事)业单位贷款余额|level||*|*"}},
    // 拖累…增速…个百分点 is a contribution downwards (the clause before names the
    // contributor, as for 拉动); a bare 完成率 keeps its 完成
    {"drag_on_growth_and_completion_rate",
     "1—9月，全市房地产开发投资下降12.3%，拖累全部投资增速约1.8个百分点。"
     "工业投资增长9.6%，拉动全部投资增长2.4个百分点。省重点项目完成投资68.75亿元，完成率110.2%。",
     "431100",
     "2025-10-20",
     {"12.3%|房地产开发投资|growth|yoy|2025-01/2025-09|*",
      "1.8个百分点|房地产开发投资|contribution||2025-01/2025-09|*", "9.6%|工业投资|growth|yoy|*|*",
      "2.4个百分点|工业投资|contribution||*|*", "68.75亿元|省重点项目完成投资|level||*|*",
      "110.2%|完成率|level||*|*"}},
    // 首次迈上…台阶: a milestone said of the indicator before; the growth after
    // it is still that indicator's
    {"milestone_clause_keeps_the_indicator",
     "去年，全县地区生产总值达到512.6亿元，首次迈上500亿元台阶，增长5.9%。",
     "411082",
     "2025-08-06",
     {"512.6亿元|地区生产总值|level||2024|*", "500亿元|地区生产总值|level||2024|*",
      "5.9%|地区生产总值|growth|yoy|2024|*"}},
    // the period of a bracketed aside does not carry past its bracket
    {"bracketed_aside_period_does_not_carry",
     "　　1—9月，全县规模以上工业增加值增长7.2%，增速比上半年回落0.3个百分点（上半年，全县规模以上"
     "工业增加值增长7.5%）。\n　　分门类看，制造业增加值增长8.1%。",
     "360781",
     "2025-10-20",
     {"7.2%|规模以上工业增加值|growth|*|2025-01/2025-09|瑞金市",
      "0.3个百分点|*|change|*|2025-01/2025-09|瑞金市",
      "7.5%|规模以上工业增加值|growth|*|2025-H1|瑞金市",
      "8.1%|制造业增加值|growth|*|2025-01/2025-09|瑞金市"}},
    // a sum over a plan period (累计达到, 五年完成) keeps the span the sentence
    // before stated; 全年 after it is the span's last year
    {"sum_over_a_plan_period_keeps_its_span",
     "“十四五”时期，全市一般公共预算收入年均增长6.2%。粮食总产量累计达到512.3万吨，五年完成固定"
     "资产投资1860亿元。全年完成进出口总额85.6亿元。",
     "360900",
     "2026-02-10",
     {"6.2%|一般公共预算收入|growth|yoy|2021/2025|宜春市",
      "512.3万吨|粮食总产量|level||2021/2025|宜春市",
      "1860亿元|固定资产投资|level||2021/2025|宜春市", "85.6亿元|进出口总额|level||2025|宜春市"}},
    // 今年以来的 after the figures only qualifies a noun: the next sentence
    // keeps the month
    {"period_qualifying_a_noun_does_not_carry",
     "从8月份看，全省规模以上工业增加值增长9.4%，为今年以来的月度最高。社会消费品零售总额增长4.8%"
     "。",
     "220000",
     "2025-09-20",
     {"9.4%|规模以上工业增加值|growth|yoy|2025-08|吉林省",
      "4.8%|社会消费品零售总额|growth|yoy|2025-08|吉林省"}},
    // 在相邻的分宜县，…: a place that ends an opening clause of 在 is the subject
    {"place_ending_an_opening_clause_of_zai",
     "在相邻的分宜县，今年早稻平均亩产达到435公斤。",
     "360502",
     "2025-08-01",
     {"435公斤|早稻平均亩产|level||2025|分宜县"}},
    // a budget account: items added to a total named before (…支出加…), the
    // balance carried to the next year (年终结转, not a rate per year) and
    // spending named by what it is of (…安排的支出)
    {"budget_account_items",
     "一、2025年预算执行情况\n　　一般公共预算支出加上解上级支出2.35亿元、调出资金1."
     "2亿元。收支相抵，"
     "年终结转下年0.45亿元。政府性基金预算支出32.1亿元，其中新增专项债券安排的支出12.6亿元。",
     "360424",
     "2026-01-15",
     {"2.35亿元|上解上级支出|level||2025|*", "1.2亿元|调出资金|level||2025|*",
      "0.45亿元|年终结转下年|level||2025|*", "32.1亿元|政府性基金预算支出|level||2025|*",
      "12.6亿元|新增专项债券安排的支出|level||2025|*"}},
    // who a relief was granted to (为…企业), 办理 and 各类 are no part of the
    // name; projects 已开工 / 已竣工 are the started ones
    {"beneficiary_and_started_projects",
     "上半年，全县累计为小微企业和个体工商户减税降费及退税缓费3.6亿元，办理出口退税1."
     "2亿元，举办各类"
     "招聘活动86场。年初计划开工的40个项目已开工36个。",
     "360424",
     "2025-07-20",
     {"3.6亿元|减税降费及退税缓费|level||2025-H1|*", "1.2亿元|出口退税|level||2025-H1|*",
      "86场|招聘活动|level||2025-H1|*", "40个|*|*|*|*|*", "36个|已开工项目|level||2025-H1|*"}},
    // the totals of a budget account (收入总计, 支出总计) are items of it; 加上级…
    // adds 上级补助收入 (not 加上 + 级…)
    {"budget_account_totals",
     "2025年，全县一般公共预算收入18.6亿元，加上级补助收入32.4亿元，收入总计51.0亿元；支出总计"
     "49.8亿元。",
     "360424",
     "2026-01-15",
     {"18.6亿元|一般公共预算收入|level||2025|*", "32.4亿元|上级补助收入|level||2025|*",
      "51.0亿元|收入总计|level||2025|*", "49.8亿元|支出总计|level||2025|*"}},
    // a month alone under a title and its author (when it was published) and
    // a page's buttons (【字体:大 中 小】【打印】) leave the title's period to
    // the sections below
    {"dateline_and_page_buttons_keep_the_titles_period",
     "2024年宜春市居民收入调查报告\n\n国家统计局宜春调查队\n2025年3月\n\n"
     "发布时间：2025-03-20　　浏览次数：512\n【字体：大 中 小】　【打印】\n"
     "　　一、收入情况\n　　全市居民人均可支配收入32156元，增长5.6%。\n"
     "　　二、消费情况\n　　全市居民人均消费支出21480元，增长4.9%。\n",
     "360900",
     "2025-03-20",
     {"32156元|居民人均可支配收入|level||2024|宜春市",
      "5.6%|居民人均可支配收入|growth|yoy|2024|宜春市",
      "21480元|居民人均消费支出|level||2024|宜春市",
      "4.9%|居民人均消费支出|growth|yoy|2024|宜春市"}},
    // 返乡入乡 (back to the countryside) is no town's name, and a group named
    // by what it does (从事第三产业的农民工) keeps it
    {"returning_to_the_countryside_and_a_group_named_by_its_work",
     "2024年，全县返乡入乡创业人员达到3260人，带动就业1.2万人。"
     "从事第三产业的农民工占42.5%，比上年提高1.1个百分点。",
     "411500",
     "2025-03-01",
     {"3260人|返乡入乡创业人员|level||2024|信阳市", "1.2万人|带动就业|level||2024|信阳市",
      "42.5%|从事第三产业的农民工|share||2024|信阳市",
      "1.1个百分点|从事第三产业的农民工|change|上年|2024|信阳市"}},
    // a name cut off after 的 takes the head of the name of the same form
    // before it; a rank said of the rate after a list's 、, or after 特别是,
    // is the rank of the figure before it, and the set it is taken in
    // (全省11个市) is no figure
    {"elided_head_and_ranks_in_lists",
     "分岗位看，从事管理岗位的职工年平均工资11.2万元，增长4.1%；从事生产岗位的8.6万元，增长3.2%。"
     "上半年，全县出口总额增长18.6%、增速居全市第一，进口总额增长5.2%。"
     "外贸进出口增长12.4%，居全省16个市第五。特别是出口总额增速排在全市第一。",
     "341100",
     "2025-08-01",
     {"11.2万元|从事管理岗位的职工年平均工资|level|||滁州市",
      "4.1%|从事管理岗位的职工年平均工资|growth|yoy||滁州市",
      "8.6万元|从事生产岗位的职工年平均工资|level|||滁州市",
      "3.2%|从事生产岗位的职工年平均工资|growth|yoy||滁州市",
      "18.6%|出口总额|growth|yoy|2025-H1|滁州市", "一|出口总额增速|rank|全市|2025-H1|滁州市",
      "5.2%|进口总额|growth|yoy|2025-H1|滁州市", "12.4%|外贸进出口|growth|yoy|2025-H1|滁州市",
      "五|外贸进出口|rank|全省16个市|2025-H1|滁州市", "一|出口总额增速|rank|全市|2025-H1|滁州市"}},
    // a post on a social feed: tags (#…#), emoji and an open headline bracket
    // are no part of a name, and when it was posted (3小时前) is no figure
    {"a_post_with_tags_and_emoji",
     "📈 #铜官发布# 【前三季度服务业增加值增长6.1%】\n"
     "1—9月，#铜官区# 社会消费品零售总额同比增长5.4%。\n3小时前　来自 铜官发布\n",
     "340705",
     "2025-10-20",
     {"6.1%|服务业增加值|growth|yoy|2025-01/2025-09|铜官区",
      "5.4%|社会消费品零售总额|growth|yoy|2025-01/2025-09|铜官区"}},
    // 偏多 / 偏少 (than the long-term mean) are a rise and a fall (a growth:
    // its basis is yoy, the default of RECORDS.md); 折合 and
    // 按可比价计算 open no name; 平均比年初下降 is an average, not "each"
    {"more_or_less_than_the_mean",
     "2024年，全省平均降水量612毫米，折合降水总量1063亿立方米，比上年偏少4.2%，比多年平均偏多3.6%。"
     "万元GDP用水量48.2立方米，按可比价计算比上年下降6.1%。地下水位平均比年初上升0.35米。",
     "610000",
     "2025-06-30",
     {"1063亿立方米|降水总量|level||2024|陕西省", "4.2%|降水总量|growth|yoy|2024|陕西省",
      "3.6%|降水总量|growth|yoy|2024|陕西省", "48.2立方米|万元GDP用水量|level||2024|陕西省",
      "6.1%|万元GDP用水量|growth|yoy|2024|陕西省", "0.35米|地下水位|change|年初|2024|陕西省"}},
    // parts each with a figure, then 分别占 their shares of the whole; a
    // duration in days with decimals (8.6日) is no date; 按当年价格 opens no name
    {"shares_of_listed_parts_and_days",
     "2024年，全县用电量18.6亿千瓦时。其中，工业用电量12.1亿千瓦时，居民生活用电量3.2亿千瓦时，"
     "分别占全社会用电量的65.1%和17.2%。平均住院日为7.4日，比上年缩短0.2日。"
     "人均医疗费用1860元，按当年价格比上年增长3.1%。",
     "130181",
     "2025-05-01",
     {"18.6亿千瓦时|用电量|level||2024|辛集市", "12.1亿千瓦时|工业用电量|level||2024|辛集市",
      "3.2亿千瓦时|居民生活用电量|level||2024|辛集市",
      "65.1%|工业用电量|share|全社会用电量|2024|辛集市",
      "17.2%|居民生活用电量|share|全社会用电量|2024|辛集市", "7.4日|平均住院日|level||2024|辛集市",
      "0.2日|平均住院日|change|上年|2024|辛集市", "1860元|人均医疗费用|level||2024|辛集市",
      "3.1%|人均医疗费用|growth|yoy|2024|辛集市"}},
    // a sentence of several places, one per clause (分县看，甲县…，乙县…): the
    // second figure of a clause is of its place, the verb alone (发放) does
    // what the record before named, and no place of it carries on
    {"places_one_per_clause",
     "2024年，全市发放创业担保贷款1,520笔3.86亿元。分县区看，本级发放610笔1.62亿元，"
     "丰宁满族自治县发放480笔1.15亿元，隆化县发放430笔1.09亿元。全年回收贷款2.97亿元。",
     "130800",
     "2025-03-01",
     {"1,520笔|创业担保贷款|level||2024|承德市", "3.86亿元|创业担保贷款|level||2024|承德市",
      "610笔|本级创业担保贷款|level||2024|承德市", "1.62亿元|本级创业担保贷款|level||2024|承德市",
      "480笔|创业担保贷款|level||2024|丰宁满族自治县",
      "1.15亿元|创业担保贷款|level||2024|丰宁满族自治县", "430笔|创业担保贷款|level||2024|隆化县",
      "1.09亿元|创业担保贷款|level||2024|隆化县", "2.97亿元|回收贷款|level||2024|承德市"}},
    // a cut written before what it cuts (压减…) is a fall of it; what was done
    // to counted things (进行了审计) is no part of their name; 当月 after a name
    // is its period's word, not the name's
    {"cuts_and_what_was_done",
     "2024年，全县压减燃煤消费量3.6万吨，削减化学需氧量排放量120吨。对6个国有企业进行了审计，"
     "资产总额48.2亿元。12月份，全县规上工业增加值当月增长7.3%。",
     "130430",
     "2025-02-10",
     {"3.6万吨|燃煤消费量|change||2024|邱县", "120吨|化学需氧量排放量|change||2024|邱县",
      "6个|国有企业|level||2024|邱县", "48.2亿元|资产总额|level||2024|邱县",
      "7.3%|规上工业增加值|growth|yoy|2024-12|邱县"}},
    // 列 as a verb of rank (增速列全省第一; not 列入第二批), 首破 as a bound
    // (over), and the bound of a class after 、 (亿元以上项目36个、5亿元以上项目9个)
    // is no item of a list
    {"rank_with_lie_and_class_bounds_in_lists",
     "2025年，全市社会消费品零售总额首破800亿元，增速列全省第二，被列入第二批试点城市。"
     "新开工亿元以上项目36个、5亿元以上项目9个。",
     "341800",
     "2026-01-20",
     {"800亿元|社会消费品零售总额|level||2025|宣城市",
      "二|社会消费品零售总额增速|rank|全省|2025|宣城市",
      "36个|新开工亿元以上项目|level||2025|宣城市", "9个|5亿元以上项目|level||2025|宣城市"}},
    // the travel season around a holiday (春运期间) is a time like the
    // holiday's, and how long it lasts (为期40天) is no figure
    {"travel_season_is_a_holiday_time",
     "为期40天的2025年春运于2月22日结束。春运期间，全市发送旅客152.6万人次，同比增长6.4%。",
     "450300",
     "2025-02-25",
     {"152.6万人次|发送旅客|level|||桂林市", "6.4%|发送旅客|growth|yoy||桂林市"}},
    // a sum over written years up to the text's year (2021—2024年，累计…) is
    // an aside: the sections after it are of the year
    {"sum_over_years_up_to_now_is_an_aside",
     "2024年全市完成交易项目3,120宗，交易额620.4亿元。2021—2024年，累计完成交易额2,316.8亿元。\n"
     "分类别看：\n1．工程建设项目。完成交易1,105宗，交易额301.2亿元。\n",
     "140200",
     "2025-01-20",
     {"3,120宗|交易项目|level||2024|大同市", "620.4亿元|交易额|level||2024|大同市",
      "2,316.8亿元|交易额|level||2021/2024|大同市", "1,105宗|*|level||2024|大同市",
      "301.2亿元|交易额|level||2024|大同市"}},
    // a list ranked before its figures (…支出占比居前三位，分别为a、b、c) names
    // what they are shares of (not the 居 of 居住), and 前三位 is no figure
    {"shares_of_a_ranked_list",
     "2025年，从消费结构看，食品烟酒、居住、医疗保健支出占比居前三位，分别为29.1%、22.4%和10.2%。",
     "130600",
     "2026-01-25",
     {"29.1%|食品烟酒|share||2025|保定市", "22.4%|居住|share||2025|保定市",
      "10.2%|医疗保健支出|share||2025|保定市"}},
    // a masthead with the lunar date (longer than most) and the page's
    // editors stand alone: the headline's name is its own
    {"masthead_and_editors_stand_alone",
     "桂林日报　　２０２６年１月１６日　星期五　农历乙巳年十一月廿八　　第Ａ０２版　经济·民生\n"
     "　\n"
     "去年全市ＧＤＰ增长５．６％\n"
     "　\n"
     "桂林日报　２０２６年１月１６日　星期五　第Ａ０３版\n"
     "责任编辑：本报编辑部　　美术编辑：本报美编室\n"
     "　\n"
     "今年ＧＤＰ预期增长６％左右\n"
     "　\n"
     "　　本报讯　１月１５日，记者从市统计局获悉，２０２５年全市地区生产总值２６８６．４亿元。\n",
     "450300",
     "2026-01-16",
     {"５．６％|GDP|growth|yoy|2025|桂林市", "６％左右|GDP|growth|yoy|2026|桂林市",
      "２６８６．４亿元|地区生产总值|level||2025|桂林市"}},
    // dashes that open a line (——, --) are no part of a name
    {"dashes_before_a_name",
     "2025年全县春播进展顺利：\n--全县粮食播种面积达到86.5万亩。\n——全县蔬菜播种面积12.3万亩。\n",
     "130684",
     "2025-05-10",
     {"86.5万亩|粮食播种面积|level||2025|高碑店市", "12.3万亩|蔬菜播种面积|level||2025|高碑店市"}},
    // a point without a year (年末) after the sentence's own year (2024年，)
    // carries that year, and 全年 after it is of that year too
    {"point_after_the_sentences_year_carries_it",
     "人口发展情况\n\n　　2024年，年末全市户籍人口57.6万人。全年出生人口0.8万人。\n",
     "451000",
     "2025-05-20",
     {"57.6万人|户籍人口|level||2024-12-31|百色市", "0.8万人|出生人口|level||2024|百色市"}},
    // a month before a name that opens with a numeral (三峡船闸) is still
    // the month (not 3月三十日)
    {"month_before_a_name_that_opens_with_a_numeral",
     "8月份三峡船闸过闸货运量1520万吨。",
     "420500",
     "2025-09-15",
     {"1520万吨|三峡船闸过闸货运量|level||2025-08|宜昌市"}},
    // one count in two units (户, 人) of 城乡 is not split into 城镇 and 农村
    {"town_and_country_count_in_two_units",
     "2024年末全县城乡特困供养人员0.42万户、0."
     "51万人。2024年城乡居民人均可支配收入分别为38620元、19870元。",
     "330522",
     "2025-03-10",
     {"0.42万户|城乡特困供养人员|level||2024-12-31|长兴县",
      "0.51万人|城乡特困供养人员|level||2024-12-31|长兴县",
      "38620元|城镇居民人均可支配收入|level||2024|长兴县",
      "19870元|农村居民人均可支配收入|level||2024|长兴县"}},
    // 支出X资金: the money spent, named before the verb
    {"money_spent_named_after_the_verb",
     "全年全区支出医疗救助资金2.35亿元，同比增长4.1%。",
     "150105",
     "2025-04-02",
     {"2.35亿元|医疗救助资金支出|level||2025|赛罕区",
      "4.1%|医疗救助资金支出|growth|yoy|2025|赛罕区"}},
    // a heading or a season before the whole place (全县, 我县) is no part of
    // the name; 是全市…, 覆盖全市… keep the place inside what they say
    {"heading_before_the_whole_place",
     "数读经济\n夏粮收购季全县小麦收购量12.6万吨。“618”期间我县快递业务量1850万件。",
     "411024",
     "2025-07-05",
     {"12.6万吨|小麦收购量|level|||鄢陵县", "1850万件|快递业务量|level|||鄢陵县"}},
    // 实施X项目N个，完成投资Y: the investment of the projects just counted, and
    // the completion ratio after it too; not after a part (其中…), and 列入 is
    // no part of the projects' name
    {"investment_of_the_projects_just_counted",
     "2025年全市实施市级重点项目215个，完成投资486.2亿元，完成年度计划的106.3%。"
     "列入省重大项目32个，其中新开工项目12个，完成投资88.5亿元。",
     "410100",
     "2026-01-20",
     {"215个|市级重点项目|level||2025|郑州市", "486.2亿元|市级重点项目完成投资|level||2025|郑州市",
      "106.3%|市级重点项目完成投资|level||2025|郑州市", "32个|省重大项目|level||2025|郑州市",
      "12个|新开工项目|level||2025|郑州市", "88.5亿元|完成投资|level||2025|郑州市"}},
    // 每人每月: whom an amount is per is no part of the name, nor does it
    // break a list of values; one of a pair (城市/农村, 境内/境外) takes what
    // follows the other
    {"amount_per_person_and_a_pair_of_kinds",
     "2024年末，全州城镇、农村特困人员救助供养标准分别提高到每人每月1120元、每人每年10560元。"
     "境内、境外上市公司分别为23家、5家。",
     "522600",
     "2025-04-10",
     {"1120元|城镇特困人员救助供养标准|level||2024-12-31|黔东南苗族侗族自治州",
      "10560元|农村特困人员救助供养标准|level||2024-12-31|黔东南苗族侗族自治州",
      "23家|境内上市公司|level||2024-12-31|黔东南苗族侗族自治州",
      "5家|境外上市公司|level||2024-12-31|黔东南苗族侗族自治州"}},
    // 出口X, 进口X: goods named after the verb of trade (not 出口企业,
    // 出口退税); 出口值 right after a volume of goods is the goods' value
    {"goods_named_after_the_verb_of_trade",
     "1—8月，全市出口纺织服装63.2亿元，增长4.1%。铝材出口12.6万吨；出口值28.4亿元。"
     "进口天然气86万吨。出口企业215家。",
     "350500",
     "2025-09-20",
     {"63.2亿元|纺织服装出口|level||2025-01/2025-08|泉州市",
      "4.1%|纺织服装出口|growth|yoy|2025-01/2025-08|泉州市",
      "12.6万吨|铝材出口|level||2025-01/2025-08|泉州市",
      "28.4亿元|铝材出口值|level||2025-01/2025-08|泉州市",
      "86万吨|天然气进口|level||2025-01/2025-08|泉州市",
      "215家|出口企业|level||2025-01/2025-08|泉州市"}},
    // the place a post was sent from, after its time, is no subject; the set
    // a rank is taken in (12个盟(市)) is no figure
    {"post_location_and_a_bracketed_rank_set",
     "一图读懂｜前三季度全盟旅游收入增长8.2%\n原创　文旅之声　2025年10月20日 09:12　内蒙古\n\n"
     "　　前三季度，全盟接待游客1260万人次，同比增长9.1%，总量居全区12个盟(市)第四位。\n",
     "152900",
     "2025-10-20",
     {"8.2%|旅游收入|growth|yoy|2025-01/2025-09|阿拉善盟",
      "1260万人次|接待游客|level||2025-01/2025-09|阿拉善盟",
      "9.1%|接待游客|growth|yoy|2025-01/2025-09|阿拉善盟",
      "四位|接待游客|rank|全区12个盟(市)|2025-01/2025-09|阿拉善盟"}},
    // an average over the years up to the year spoken of (2021—2024年…年均) dates
    // its own sentence only; the year goes on after it
    {"average_over_the_years_is_an_aside",
     "2024年，全区粮食总产量38.6万吨。2020—2024年，全区地区生产总值年均增长6.2%。"
     "全区蔬菜种植面积12.4万亩。",
     "420102",
     "2025-02-18",
     {"38.6万吨|粮食总产量|level||2024|江岸区", "6.2%|地区生产总值|growth|*|2020/2024|江岸区",
      "12.4万亩|蔬菜种植面积|level||2024|江岸区"}},
    // a document of a zone the gazetteer lacks (绵阳高新区): its figures and 全区
    // are the zone's, 全市 the city's
    {"document_of_a_zone_the_gazetteer_lacks",
     "2025年，全区实现地区生产总值386.5亿元，增长7.2%。新增科技型企业126家。"
     "全市规模以上工业增加值增长8.1%。",
     "绵阳高新区",
     "2026-01-15",
     {"386.5亿元|地区生产总值|level||2025|绵阳高新区",
      "7.2%|地区生产总值|growth|yoy|2025|绵阳高新区", "126家|新增科技型企业|level||2025|绵阳高新区",
      "8.1%|规模以上工业增加值|growth|yoy|2025|绵阳市"}},
    // 1—8月…；8月份…: the span's last month after a semicolon dates its own
    // clause only, the span goes on; 带动就业 is a figure of its own
    {"last_month_of_the_span_after_a_semicolon",
     "1—8月，全市城镇调查失业率平均为5.1%；8月份城镇调查失业率为4.9%。"
     "全市新增城镇就业2.3万人。发放创业担保贷款3.6亿元，带动就业4120人。",
     "360100",
     "2025-09-18",
     {"5.1%|城镇调查失业率|level||2025-01/2025-08|南昌市",
      "4.9%|城镇调查失业率|level||2025-08|南昌市",
      "2.3万人|新增城镇就业|level||2025-01/2025-08|南昌市",
      "3.6亿元|创业担保贷款|level||2025-01/2025-08|南昌市",
      "4120人|带动就业|level||2025-01/2025-08|南昌市"}},
    // 有望: an outcome expected, a target, and no part of the name
    {"outcome_expected",
     "今年全县棉花总产有望达到12.8万吨，增长5%左右。",
     "652901",
     "2025-10-10",
     {"12.8万吨|棉花总产|level||2025|阿克苏市", "5%左右|棉花总产|growth|yoy|2025|阿克苏市"}},
    // a page of figures in boxes: a year written without 年 heads the items
    // (盘点2025), a line of figures under an item is no heading, a bullet opens
    // an item of its own (never the run-on of the line above), a photo's
    // credit (摄) ends its caption, and a heading of a later year heads the
    // items after it
    {"page_of_figures_under_year_headings",
     "　　1月20日，市人代会开幕。政府工作报告回顾了过去一年的工作，提出了今年的目标，梳理如下。\n"
     "盘点2025\n"
     "【经济】\n"
     "■3126.5亿元\n"
     "地区生产总值　增长5.8%\n"
     "增速高于全省0.4个百分点\n"
     "■城镇新增就业　4.6万人\n"
     "图为人代会开幕现场。　本报记者　摄\n"
     "2026年主要目标\n"
     "■地区生产总值增长5.5%\n"
     "■居民收入增长与经济增长同步\n"
     "■城镇新增就业4.5万人以上\n",
     "450300",
     "2026-01-21",
     {"3126.5亿元|地区生产总值|level||2025|桂林市", "5.8%|地区生产总值|growth|yoy|2025|桂林市",
      "0.4个百分点|*|*|*|2025|桂林市", "4.6万人|城镇新增就业|level||2025|桂林市",
      "5.5%|地区生产总值|growth|yoy|2026|桂林市", "4.5万人以上|城镇新增就业|level||2026|桂林市"}},
    // 全镇 / 我镇: the town named last (in a sentence without figures too);
    // 今年全镇 is no town named 年全镇
    {"whole_town_is_the_town_named_last",
     "　　记者来到湄江镇采访。今年以来，全镇完成农业总产值12.5亿元，同比增长6.2%。"
     "全县粮食总产量18.6万吨。",
     "520328",
     "2025-11-20",
     {"12.5亿元|农业总产值|level||2025-YTD|湄江镇", "6.2%|农业总产值|growth|yoy|2025-YTD|湄江镇",
      "18.6万吨|粮食总产量|level||2025-YTD|湄潭县"}},
    // a month's own figures opening a paragraph (⏎10月当月，…) are its topic,
    // not an aside: the sentences after it are of that month; a port's area
    // or a science park named after a place (北仑港区, 奉化科学城) is no
    // region, and keeps its name
    {"month_of_its_own_opens_a_paragraph",
     "1—10月，全市完成港口货物吞吐量5.2亿吨，同比增长3.1%。\n"
     "10月当月，完成港口货物吞吐量5230万吨，同比增长4.2%；其中外贸吞吐量2860万吨。\n"
     "1—10月，北仑港区完成集装箱吞吐量1860万标箱。\n"
     "奉化科学城新入驻企业56家。\n",
     "330200",
     "2025-11-12",
     {"5.2亿吨|港口货物吞吐量|level||2025-01/2025-10|宁波市",
      "3.1%|港口货物吞吐量|growth|yoy|2025-01/2025-10|宁波市",
      "5230万吨|港口货物吞吐量|level||2025-10|宁波市",
      "4.2%|港口货物吞吐量|growth|yoy|2025-10|宁波市", "2860万吨|外贸吞吐量|level||2025-10|宁波市",
      "1860万标箱|北仑港区集装箱吞吐量|level||2025-01/2025-10|宁波市",
      "56家|奉化科学城新入驻企业|level||2025-01/2025-10|宁波市"}},
    // a town named after the place it lies in (越城街道 of 越城区) is the town
    {"town_named_after_its_district",
     "上半年，越城街道、府山街道分别新设经营主体1,326户、986户。",
     "330602",
     "2025-07-15",
     {"1,326户|新设经营主体|level||2025-H1|越城街道",
      "986户|新设经营主体|level||2025-H1|府山街道"}},
    // animals named after 出栏 (出栏生猪 -> 生猪出栏); an ethnic town's longer
    // name (三江侗族乡) is a town
    {"animals_after_the_verb_and_an_ethnic_town",
     "前三季度，全县出栏生猪42.6万头，同比增长3.2%。其中三江侗族乡出栏肉牛1.2万头。",
     "431229",
     "2025-10-22",
     {"42.6万头|生猪出栏|level||2025-01/2025-09|靖州苗族侗族自治县",
      "3.2%|生猪出栏|growth|yoy|2025-01/2025-09|靖州苗族侗族自治县",
      "1.2万头|肉牛出栏|level||2025-01/2025-09|三江侗族乡"}},
    // a part of a whole named after it: 新设企业中制造业 -> 制造业新设企业, and
    // 航线中远洋航线 -> 远洋航线 (the head words once)
    {"part_of_a_whole_named_after_it",
     "上半年新设企业中制造业1,286户，占比21.4%。外贸航线中远洋航线12条。",
     "330282",
     "2025-07-15",
     {"1,286户|制造业新设企业|level||2025-H1|慈溪市", "21.4%|制造业新设企业|share||2025-H1|慈溪市",
      "12条|远洋航线|level||2025-H1|慈溪市"}},
    // what the firms just counted made (规模以上食品加工企业36家，实现营业收入…),
    // not what a park that holds them made (园区集聚规上企业42家，实现产值…)
    {"output_of_the_firms_just_counted",
     "全县规模以上食品加工企业36家，实现营业收入86.4亿元。"
     "经济开发区集聚规上企业42家，实现产值126.3亿元。",
     "411422",
     "2025-03-20",
     {"36家|规模以上食品加工企业|level|||睢县",
      "86.4亿元|规模以上食品加工企业营业收入|level|||睢县", "42家|规上企业|level|||睢县",
      "126.3亿元|产值|level|||睢县"}},
    // 是2020年的2.4倍: the year is a base, not the time of the figure nor of
    // the sentences after it; 就 (already) is no part of a name
    {"year_of_a_multiples_base",
     "去年，全县网络零售额达到52亿元，是2020年的2.1倍；年底全县电商经营主体就达到8600家。",
     "410225",
     "2025-12-16",
     {"52亿元|网络零售额|level||2024|兰考县", "2.1倍|网络零售额|level||2024|兰考县",
      "8600家|电商经营主体|level||2024-12-31|兰考县"}},
    // 发展到: a level reached, the verb no part of the name
    {"grown_to_a_level",
     "截至6月底，全县家庭农场发展到836家。",
     "152223",
     "2025-07-20",
     {"836家|家庭农场|level||2025-06-30|扎赉特旗"}},
    // how long a holiday or a streak lasted (假期7天, 连续三天) is no figure
    {"how_long_a_holiday_or_a_streak_lasted",
     "假期7天，全市接待游客126.4万人次。酒店平均入住率82.6%，10月2日起连续三天超过95%。",
     "530700",
     "2025-10-09",
     {"126.4万人次|接待游客|level|||丽江市", "82.6%|酒店平均入住率|level|||丽江市",
      "95%|酒店平均入住率|level|||丽江市"}},
    // a heading that opens with an emoji is a topic of the post: the time of
    // the post goes on under it
    {"emoji_headings_keep_the_time_of_the_post",
     "1-8月全区规上工业运行情况\n1-8月，全区规模以上工业增加值增长5.9%。\n"
     "🚗汽车制造快速增长\n汽车制造业增加值增长18.2%。\n✨新动能持续壮大\n高技术制造业增加值增长9.6%"
     "。\n",
     "330106",
     "2025-09-20",
     {"5.9%|规模以上工业增加值|growth|yoy|2025-01/2025-08|西湖区",
      "18.2%|汽车制造业增加值|growth|yoy|2025-01/2025-08|西湖区",
      "9.6%|高技术制造业增加值|growth|yoy|2025-01/2025-08|西湖区"}},
    // a table of places: a 其中 column is a column, a place the gazetteer
    // lacks (a management area) is a row of its own, and the rows after a row
    // read as a heading (桃源县…) are the table's, not that row's
    {"table_of_places_with_a_part_column_and_an_area_not_in_the_gazetteer",
     "表2 "
     "2025年前三季度各区县市生猪出栏情况\n单位：万头、%"
     "\n地区　出栏量　同比增长　其中：能繁母猪存栏\n"
     "安乡县　41.2　3.5　3.1\n汉寿县　52.6　4.1　3.8\n桃源县　60.3　-1.2　4.4\n"
     "西洞庭管理区　8.7　2.2　0.6\n其他县市　30.5　1.9　2.1\n合计　193.3　2.0　14.0\n",
     "430700",
     "2025-10-20",
     {"41.2|出栏量|level||2025-01/2025-09|安乡县", "3.5|出栏量|growth|yoy|2025-01/2025-09|安乡县",
      "3.1|能繁母猪存栏|level||2025-01/2025-09|安乡县", "52.6|出栏量|level||2025-01/2025-09|汉寿县",
      "4.1|出栏量|growth|yoy|2025-01/2025-09|汉寿县",
      "3.8|能繁母猪存栏|level||2025-01/2025-09|汉寿县", "60.3|出栏量|level||2025-01/2025-09|桃源县",
      "-1.2|出栏量|growth|yoy|2025-01/2025-09|桃源县",
      "4.4|能繁母猪存栏|level||2025-01/2025-09|桃源县",
      "8.7|出栏量|level||2025-01/2025-09|西洞庭管理区",
      "2.2|出栏量|growth|yoy|2025-01/2025-09|西洞庭管理区",
      "0.6|能繁母猪存栏|level||2025-01/2025-09|西洞庭管理区",
      "30.5|其他县市出栏量|level||2025-01/2025-09|常德市",
      "1.9|其他县市出栏量|growth|yoy|2025-01/2025-09|常德市",
      "2.1|其他县市能繁母猪存栏|level||2025-01/2025-09|常德市",
      "193.3|出栏量|level||2025-01/2025-09|常德市", "2.0|出栏量|growth|yoy|2025-01/2025-09|常德市",
      "14.0|能繁母猪存栏|level||2025-01/2025-09|常德市"}},
    // 快于上年 in a heading is a comparison: the year after it is the text's
    {"a_heading_that_compares_with_last_year_sets_no_year",
     "二、销售进度快于上年\n截至11月底，全县销售茶叶1.2万吨。预计全年销售茶叶1.5万吨左右。\n",
     "430700",
     "2025-12-05",
     {"1.2万吨|销售茶叶|level||2025-11-30|常德市", "1.5万吨左右|销售茶叶|level||2025|常德市"}},
    // a table whose label column is headed by a word for places (乡镇): its
    // rows are places, also those the gazetteer lacks, and the title's
    // 县各乡镇 is no part of the indicator
    {"table_of_towns_under_a_header_for_places",
     "附表2 2025年上半年汉寿县各乡镇茶叶产量\n单位：吨，%\n乡镇　茶叶产量　同比增长\n"
     "太子庙镇　812　6.4\n洲口镇　655　-2.1\n全县　1467　2.5\n",
     "430722",
     "2025-07-20",
     {"812|茶叶产量|level||2025-H1|太子庙镇", "6.4|茶叶产量|growth|yoy|2025-H1|太子庙镇",
      "655|茶叶产量|level||2025-H1|洲口镇", "-2.1|茶叶产量|growth|yoy|2025-H1|洲口镇",
      "1467|茶叶产量|level||2025-H1|汉寿县", "2.5|茶叶产量|growth|yoy|2025-H1|汉寿县"}},
    // 老城镇党委: before a town's offices, X城镇 is a town (not X + 城镇, urban)
    {"a_town_named_like_urban_before_its_offices",
     "老城镇党委负责同志：\n　　今年，全镇村集体经济收入386.4万元。\n",
     "430722",
     "2025-12-20",
     {"386.4万元|村集体经济收入|level||2025|老城镇"}},
    // items of a list a line introduces (…及增速如下:), each a place and its
    // figures after an emoji bullet, are of what that line names
    {"items_of_places_under_a_line_that_introduces_them",
     "1-10月，各县（市、区）社会消费品零售总额及增速如下：\n🔸平阳县　86.4亿元　增长5.2%\n"
     "🔸苍南县　92.1亿元　增长4.8%\n",
     "330300",
     "2025-11-20",
     {"86.4亿元|社会消费品零售总额|level||2025-01/2025-10|平阳县",
      "5.2%|社会消费品零售总额|growth|yoy|2025-01/2025-10|平阳县",
      "92.1亿元|社会消费品零售总额|level||2025-01/2025-10|苍南县",
      "4.8%|社会消费品零售总额|growth|yoy|2025-01/2025-10|苍南县"}},
    // 当季 alone names no indicator; after the rank of a growth rate, a level
    // and its growth are of what grew
    {"a_quarter_of_its_own_after_the_rank_of_a_growth_rate",
     "前三季度，全县建筑业总产值86.4亿元，增长5.1%，增速居全市第三位。其中，三季度当季完成31."
     "2亿元，增长6.3%。",
     "430722",
     "2025-10-25",
     {"86.4亿元|建筑业总产值|level||2025-01/2025-09|汉寿县",
      "5.1%|建筑业总产值|growth|yoy|2025-01/2025-09|汉寿县",
      "三位|建筑业总产值增速|rank|全市|2025-01/2025-09|汉寿县",
      "31.2亿元|建筑业总产值|level||2025-Q3|汉寿县",
      "6.3%|建筑业总产值|growth|yoy|2025-Q3|汉寿县"}},
    // the investment of the things counted is theirs, not their number's
    {"investment_of_things_whose_number_was_counted",
     "今年以来，全区招引项目数比上年增加12个，总投资增长18.4%。",
     "430702",
     "2025-06-20",
     {"12个|招引项目数|change|上年|2025-YTD|武陵区",
      "18.4%|招引项目总投资|growth|yoy|2025-YTD|武陵区"}},
    // X城镇 in a list of towns is a town
    {"a_town_named_like_urban_in_a_list_of_towns",
     "全年新建高标准农田3.2万亩，其中太子庙镇、龙城镇新建分别为0.8万亩和0.6万亩。",
     "430722",
     "2025-12-20",
     {"3.2万亩|新建高标准农田|level||2025|汉寿县", "0.8万亩|新建高标准农田|level||2025|太子庙镇",
      "0.6万亩|新建高标准农田|level||2025|龙城镇"}},
    // 本年 inside a name of statistics (本年新开工) is the year so far of the
    // carried span
    {"this_year_inside_a_name_under_a_span",
     "1-8月，全县房屋施工面积318.6万平方米，增长2.4%。其中，本年新开工面积42.8万平方米，下降6.1%。",
     "430722",
     "2025-09-18",
     {"318.6万平方米|房屋施工面积|level||2025-01/2025-08|汉寿县",
      "2.4%|房屋施工面积|growth|yoy|2025-01/2025-08|汉寿县",
      "42.8万平方米|新开工面积|level||2025-01/2025-08|汉寿县",
      "6.1%|新开工面积|growth|yoy|2025-01/2025-08|汉寿县"}},
    // an item of a list of places that the gazetteer lacks (a new area) is a
    // place of its own
    {"items_of_places_under_a_line_that_introduces_them_with_an_unlisted_area",
     "1-10月，各县（市、区）社会消费品零售总额及增速如下：\n🔸平阳县　86.4亿元　增长5.2%\n"
     "🔸瓯江口新区　12.3亿元　增长9.1%\n",
     "330300",
     "2025-11-20",
     {"86.4亿元|社会消费品零售总额|level||2025-01/2025-10|平阳县",
      "5.2%|社会消费品零售总额|growth|yoy|2025-01/2025-10|平阳县",
      "12.3亿元|社会消费品零售总额|level||2025-01/2025-10|瓯江口新区",
      "9.1%|社会消费品零售总额|growth|yoy|2025-01/2025-10|瓯江口新区"}},
};

class Extract : public ::testing::TestWithParam<Case> {};

TEST_P(Extract, Records) {
  const Case& c = GetParam();
  econex::Options o;
  o.default_region = c.default_region;
  o.reference_date = c.reference_date;
  std::vector<econex::Record> got;
  ASSERT_TRUE(extractor().extract(c.text, o, &got).ok());
  const std::string all = listing(got);
  ASSERT_EQ(got.size(), c.records.size()) << c.text << all;
  for (std::size_t i = 0; i < got.size(); ++i) {
    const std::vector<std::string> want = fields(c.records[i]);
    const econex::Record& r = got[i];
    const std::vector<std::string> have = {
        r.value_text, r.indicator, econex::measure_name(r.measure), r.basis, r.period, r.region};
    ASSERT_EQ(want.size(), 6u) << c.records[i];
    for (std::size_t f = 0; f < want.size(); ++f) {
      if (want[f] != "*") {
        EXPECT_EQ(have[f], want[f]) << "field " << f << " of " << i << all;
      }
    }
  }
}

// 分别下降a、增长b: each value takes the direction written before it.
TEST(Extract, DirectionsInAList) {
  const std::vector<econex::Record> got =
      records_of("出口、进口分别下降2.1%、增长6.3%，对东盟、欧盟出口分别增长5.2%和下降3.1%。",
                 "350000", "2025-11-20");
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].value, -2.1);
  EXPECT_EQ(got[1].value, 6.3);
  EXPECT_EQ(got[2].value, 5.2);
  EXPECT_EQ(got[3].value, -3.1);
}

// 压减…, 削减…: a cut written before what it cuts is a negative change.
TEST(Extract, CutBeforeItsObjectIsAFall) {
  const std::vector<econex::Record> got = records_of(
      "2024年，全县压减燃煤消费量3.6万吨，削减化学需氧量排放量120吨。", "130430", "2025-02-10");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].value, -36000);
  EXPECT_EQ(got[1].value, -120);
  EXPECT_EQ(got[1].unit, "t");
}

// A figure for the whole reference year is a plan in a report of its first
// quarter, a result in one of its last months; a later year is always a plan.
TEST(Extract, StatusOfTheReferenceYear) {
  struct Case {
    const char* date;
    const char* text;
    econex::RecordStatus status;
  };
  const Case cases[] = {
      {"2025-01-10", "2025年全县粮食总产量52.3万吨。", econex::RecordStatus::kTarget},
      {"2025-12-26", "2025年全县粮食总产量52.3万吨。", econex::RecordStatus::kActual},
      {"2025-12-26", "2026年全县粮食总产量力争达到53万吨。", econex::RecordStatus::kTarget},
      {"2025-12-26", "2026年全县粮食总产量53万吨。", econex::RecordStatus::kTarget},
      {"2025-08-12", "园区今年计划新建标准厂房80万平方米。", econex::RecordStatus::kTarget},
      {"2025-08-12", "项目建成后，可实现年产值50亿元。", econex::RecordStatus::kTarget},
      {"2025-07-22", "2025年一般公共预算收入预期完成68.2亿元。", econex::RecordStatus::kTarget},
      {"2025-07-22", "一季度，全市规上工业增加值超预期增长12%。", econex::RecordStatus::kActual},
      {"2025-04-25", "确保上半年地区生产总值增长6%左右。", econex::RecordStatus::kTarget},
      {"2025-10-10", "全县棉花总产有望达到12.8万吨。", econex::RecordStatus::kTarget},
      {"2025-04-20", "潼南区实施“沿江奔腾”计划建设“制造强区”，一季度GDP增长6.8%。",
       econex::RecordStatus::kActual},
      // a holiday of the year (just past) is no statement about the whole year
      {"2026-02-24", "2026年春节假期，全县接待游客28.6万人次。", econex::RecordStatus::kActual},
  };
  for (const Case& c : cases) {
    econex::Options o;
    o.default_region = "230229";
    o.reference_date = c.date;
    std::vector<econex::Record> got;
    ASSERT_TRUE(extractor().extract(c.text, o, &got).ok());
    ASSERT_EQ(got.size(), 1u) << c.text;
    EXPECT_EQ(got[0].status, c.status) << c.date << " " << c.text;
  }
}

// 降幅收窄 is a rise of the growth rate, 降幅扩大 a fall.
// A clause that opens with 计划 and a verb is a plan; a later clause that
// says 实际 holds the result, of the indicator the plan named. A clause that
// says progress (已) is no plan, and 实际 that names a figure (实际使用外资)
// ends no target.
TEST(Extract, APlanThenWhatWasDoneInFact) {
  using econex::RecordStatus;
  const std::vector<econex::Record> got = records_of(
      "计划植树造林1.2万亩，实际完成1.35万亩，完成率112.5%。"
      "今年计划培训高素质农民800人，1—10月实际培训926人。"
      "计划新开工的20个项目已开工18个。"
      "力争全年实际使用外资1.5亿美元。",
      "410181", "2025-11-20");
  const std::string all = listing(got);
  ASSERT_EQ(got.size(), 8u) << all;
  const std::pair<const char*, RecordStatus> want[] = {{"植树造林", RecordStatus::kTarget},
                                                       {"植树造林", RecordStatus::kActual},
                                                       {"*", RecordStatus::kActual},
                                                       {"培训高素质农民", RecordStatus::kTarget},
                                                       {"培训高素质农民", RecordStatus::kActual},
                                                       {"*", RecordStatus::kActual},
                                                       {"*", RecordStatus::kActual},
                                                       {"实际使用外资", RecordStatus::kTarget}};
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (std::string(want[i].first) != "*") EXPECT_EQ(got[i].indicator, want[i].first) << i << all;
    EXPECT_EQ(got[i].status, want[i].second) << i << all;
  }
}

// A column of estimates (2024年预计) holds targets, like a column of plans.
TEST(Extract, AnEstimateColumnIsATarget) {
  const std::vector<econex::Record> got = records_of(
      "指标　单位　2023年实际　2024年预计\n"
      "地方一般公共预算收入　亿元　31.2　33.5\n"
      "森林覆盖率　%　44.1　44.6\n",
      "610725", "2024-09-05");
  const std::string all = listing(got);
  ASSERT_EQ(got.size(), 4u) << all;
  for (std::size_t i = 0; i < got.size(); ++i)
    EXPECT_EQ(got[i].status, i % 2 ? econex::RecordStatus::kTarget : econex::RecordStatus::kActual)
        << i << all;
}

TEST(Extract, NarrowerAndWiderFalls) {
  const std::vector<econex::Record> got = records_of(
      "10月份，原煤产量下降2.3%，降幅比上月收窄1.5个百分点；投资下降3.2%，"
      "降幅比上月扩大0.4个百分点。",
      "411300", "2025-11-15");
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].value, -2.3);
  EXPECT_EQ(got[1].value, 1.5);
  EXPECT_EQ(got[2].value, -3.2);
  EXPECT_EQ(got[3].value, -0.4);
}

// Tables rendered as text, each cell a record: "value|unit|measure|basis|
// period|indicator" per record in order ("*": any).
struct TableCase {
  const char* name;
  const char* text;
  const char* region;
  const char* date;
  std::vector<const char*> records;
};

const std::vector<TableCase> kTableCases = {
    // a column of changes (比年初增减) not in % is a change in the row's unit
    {"column_of_changes_in_the_rows_unit",
     "附表：2025年9月末金融机构存贷款情况\n"
     "指标        单位     9月末余额     比年初增减     同比增长（%）\n"
     "各项存款    亿元     3862.15       128.40         8.2\n"
     "各项贷款    亿元     3120.66       -35.20         6.9\n",
     "411300",
     "2025-10-15",
     {"386215000000|CNY|level||*|各项存款", "12840000000|CNY|change|年初|*|各项存款",
      "8.2|%|growth|yoy|*|各项存款", "312066000000|CNY|level||*|各项贷款",
      "-3520000000|CNY|change|年初|*|各项贷款", "6.9|%|growth|yoy|*|各项贷款"}},
    // header words spread by spaces (产　量), a month column beside a
    // year-to-date one (9月 | 1—9月), list numbers before row labels
    {"spread_header_words_month_columns_numbered_rows",
     "表2　2025年1—9月财政收支情况\n"
     "单位：万元，%\n"
     "项　　目　　　　　　　9月　　　　1—9月　　　　增　长\n"
     "一、一般公共预算收入　　8862　　　　96542　　　　4.3\n"
     "二、政府性基金预算收入　　4216　　　　46428　　　　-8.6\n",
     "341181",
     "2025-10-20",
     {"88620000|CNY|level||2025-09|一般公共预算收入",
      "965420000|CNY|level||2025-01/2025-09|一般公共预算收入",
      "4.3|%|growth|yoy|2025-01/2025-09|一般公共预算收入",
      "42160000|CNY|level||2025-09|政府性基金预算收入",
      "464280000|CNY|level||2025-01/2025-09|政府性基金预算收入",
      "-8.6|%|growth|yoy|2025-01/2025-09|政府性基金预算收入"}},
    // a title that says the table holds rates of change (涨跌幅度): growth
    {"rates_by_the_title",
     "表3　2025年商品零售价格比上年涨跌幅度\n"
     "　　　　　　　　　　　　　　　单位：%\n"
     "指　　标　　　　　　全　县\n"
     "商品零售价格　　　　1.2\n"
     "  食品类　　　　　　-0.6\n",
     "341181",
     "2026-03-20",
     {"1.2|%|growth|yoy|2025|*", "-0.6|%|growth|yoy|2025|*"}},
    // a web table pasted one cell per line, with a group line (按港区分)
    {"pasted_one_cell_per_line",
     "附表：2025年1—6月主要指标\n指标\n1—6月（万吨）\n同比增长（%）\n货物吞吐量\n1286.5\n4.2\n"
     "按港区分\n北港区\n612.3\n-1.5\n南港区\n674.2\n9.8\n",
     "370600",
     "2025-07-20",
     {"12865000|t|level||2025-H1|货物吞吐量", "4.2|%|growth|yoy|2025-H1|货物吞吐量",
      "6123000|t|level||2025-H1|*", "-1.5|%|growth|yoy|2025-H1|*", "6742000|t|level||2025-H1|*",
      "9.8|%|growth|yoy|2025-H1|*"}},
    // a web table pasted one cell per line with a 单位 column: each row's
    // unit alone on a line between its label and its numbers
    {"pasted_one_cell_per_line_with_units",
     "表1　2025年能源生产情况\n指标\n单位\n产量\n比上年增长（%）\n原煤\n万吨\n8642.5\n3.2\n"
     "发电量\n亿千瓦时\n2105.8\n6.4\n天然气\n亿立方米\n12.6\n-2.1\n",
     "140000",
     "2026-03-10",
     {"86425000|t|level||2025|原煤", "3.2|%|growth|yoy|2025|原煤",
      "210580000000|kWh|level||2025|发电量", "6.4|%|growth|yoy|2025|发电量",
      "1260000000|m3|level||2025|天然气", "-2.1|%|growth|yoy|2025|天然气"}},
    // an empty cell before a negative one (—  -3.6); a row label that names
    // its own period (…(前三季度)) in a table with a column of units
    {"negative_after_empty_cell_and_row_period",
     "2025年1—10月主要经济指标\n\n"
     "指标名称                      单位        1—10月        同比±%\n"
     "固定资产投资                  %           —             6.8\n"
     "  其中：民间投资              %           —             -3.6\n"
     "社会消费品零售总额            亿元        236.18        5.4\n"
     "居民人均可支配收入（前三季度）  元        32368         5.1\n",
     "340121",
     "2025-11-20",
     {"6.8|%|growth|yoy|2025-01/2025-10|固定资产投资", "-3.6|%|growth|yoy|2025-01/2025-10|民间投资",
      "23618000000|CNY|level||2025-01/2025-10|社会消费品零售总额",
      "5.4|%|growth|yoy|2025-01/2025-10|社会消费品零售总额", "32368|CNY|level||2025-01/2025-09|*",
      "5.1|%|growth|yoy|2025-01/2025-09|*"}},
    // a share column (比重) under a unit line of levels and rates (亿元，%) is
    // the share of the level before it, in %; a row with an empty growth
    // cell (—, one space apart, a tab) and a note line after the table
    {"share_column_and_empty_cell_in_a_single_spaced_table",
     "表2　2025年1—9月全县规上工业分行业营业收入\n单位：亿元，%\n"
     "行业\t营业收入\t同比增长\t比重\n"
     "其中：纺织业\t312.4\t4.2\t36.1\n"
     "　　通用设备制造业\t98.6\t-2.3\t11.4\n"
     "　　专用设备制造业\t45.0\t—\t5.2\n"
     "注：专用设备制造业口径调整，不计算增速。\n",
     "330483",
     "2025-10-20",
     {"31240000000|CNY|level||2025-01/2025-09|纺织业营业收入",
      "4.2|%|growth|yoy|2025-01/2025-09|纺织业营业收入",
      "36.1|%|share||2025-01/2025-09|纺织业营业收入",
      "9860000000|CNY|level||2025-01/2025-09|通用设备制造业营业收入",
      "-2.3|%|growth|yoy|2025-01/2025-09|通用设备制造业营业收入",
      "11.4|%|share||2025-01/2025-09|通用设备制造业营业收入",
      "4500000000|CNY|level||2025-01/2025-09|专用设备制造业营业收入",
      "5.2|%|share||2025-01/2025-09|专用设备制造业营业收入"}},
    // columns named by 本月 and 累计 (1—本月累计) under a title of one month:
    // the month and the year up to it; a growth column that names its own
    // span (本月比上年同月增长) is of that span, not of the level before it
    {"this_month_and_year_to_date_columns",
     "表3　2025年8月全市主要经济指标\n"
     "指标              单位    本月     1—本月累计   本月比上年同月增长(%)   "
     "累计比上年同期增长(%)\n"
     "规模以上工业增加值  %      —        —            5.6                     6.3\n"
     "全社会用电量        亿千瓦时  7.42   51.86        4.9                     3.7\n"
     "社会消费品零售总额  亿元    28.15    226.40       2.8                     3.9\n",
     "340800",
     "2025-09-18",
     {"5.6|%|growth|yoy|2025-08|规模以上工业增加值",
      "6.3|%|growth|yoy|2025-01/2025-08|规模以上工业增加值",
      "742000000|kWh|level||2025-08|全社会用电量",
      "5186000000|kWh|level||2025-01/2025-08|全社会用电量", "4.9|%|growth|yoy|2025-08|全社会用电量",
      "3.7|%|growth|yoy|2025-01/2025-08|全社会用电量",
      "2815000000|CNY|level||2025-08|社会消费品零售总额",
      "22640000000|CNY|level||2025-01/2025-08|社会消费品零售总额",
      "2.8|%|growth|yoy|2025-08|社会消费品零售总额",
      "3.9|%|growth|yoy|2025-01/2025-08|社会消费品零售总额"}},
    // columns of places (指标名称  单位  迎江区 …): each cell is its column's
    // place; a row named after a growth rate (…增速, …同比增长) holds growth
    {"columns_of_places_and_rows_of_growth",
     "表4　2025年1—9月分区主要经济指标\n"
     "指标名称                  单位    迎江区    大观区    宜秀区\n"
     "地区生产总值              亿元    215.36    268.14    176.52\n"
     "地区生产总值增速          %       5.8       6.2       4.9\n"
     "社会消费品零售总额同比增长  %     3.6       4.4       5.1\n",
     "340800",
     "2025-10-28",
     {"21536000000|CNY|level||2025-01/2025-09|地区生产总值",
      "26814000000|CNY|level||2025-01/2025-09|地区生产总值",
      "17652000000|CNY|level||2025-01/2025-09|地区生产总值",
      "5.8|%|growth|yoy|2025-01/2025-09|地区生产总值",
      "6.2|%|growth|yoy|2025-01/2025-09|地区生产总值",
      "4.9|%|growth|yoy|2025-01/2025-09|地区生产总值",
      "3.6|%|growth|yoy|2025-01/2025-09|社会消费品零售总额",
      "4.4|%|growth|yoy|2025-01/2025-09|社会消费品零售总额",
      "5.1|%|growth|yoy|2025-01/2025-09|社会消费品零售总额"}},
    // a title that names growth rates of places of several kinds (各县区（开发区）
    // …增速): the indicator is what grew
    {"title_of_growth_rates_by_kinds_of_places",
     "附表2　2025年1—11月各县（市、区）（园区）规模以上工业增加值增速\n"
     "                    单位：%\n"
     "县（市、区）        增速\n"
     "全市                6.2\n"
     "迎江区              7.1\n"
     "大观区              5.4\n",
     "340800",
     "2025-12-20",
     {"6.2|%|growth|yoy|2025-01/2025-11|规模以上工业增加值",
      "7.1|%|growth|yoy|2025-01/2025-11|规模以上工业增加值",
      "5.4|%|growth|yoy|2025-01/2025-11|规模以上工业增加值"}},
    // a line naming the group of the first rows (出口商品) between the header
    // and them, the title right above the header; two columns that only say
    // "value" (数量, 金额) name the measure, after the group's kind
    {"group_line_under_the_header_and_two_value_columns",
     "附表\n2025年1—9月主要进出口商品情况\n"
     "商品名称                数量(万吨)    同比(%)    金额(亿元)    同比(%)\n"
     "出口商品\n"
     "  钢材                    412.6       8.3       136.4         2.6\n"
     "  机电产品                  —            —          98.2        11.9\n"
     "进口商品\n"
     "  原油                   605.3         6.8       38.6        -3.4\n",
     "340800",
     "2025-10-20",
     {"4126000|t|level||2025-01/2025-09|钢材出口数量",
      "8.3|%|growth|yoy|2025-01/2025-09|钢材出口数量",
      "13640000000|CNY|level||2025-01/2025-09|钢材出口金额",
      "2.6|%|growth|yoy|2025-01/2025-09|钢材出口金额",
      "9820000000|CNY|level||2025-01/2025-09|机电产品出口金额",
      "11.9|%|growth|yoy|2025-01/2025-09|机电产品出口金额",
      "6053000|t|level||2025-01/2025-09|原油进口数量",
      "6.8|%|growth|yoy|2025-01/2025-09|原油进口数量",
      "3860000000|CNY|level||2025-01/2025-09|原油进口金额",
      "-3.4|%|growth|yoy|2025-01/2025-09|原油进口金额"}},
    // figures per mu in the numerator's unit (万元/亩), a last column of
    // grades (A, B+) that are no figures, tab-separated cells, a table right
    // after a numbered heading of a text dated by its title, and the last row
    // followed by a heading
    {"per_mu_figures_and_a_column_of_grades",
     "2024年度高新区企业亩均效益评价结果\n"
     "　　一、评价情况\n"
     "　　本次共评价企业120家。\n"
     "　　二、前三位企业\n"
     "序号\t企业名称\t亩均税收（万元/亩）\t亩均营业收入（万元/亩）\t类别\n"
     "1\t新余市华达电机有限公司\t52.6\t980.4\tA\n"
     "2\t江西远航材料有限公司\t41.3\t762.0\tB+\n"
     "　　三、结果运用\n",
     "360502",
     "2025-05-20",
     {"120|org|level||2024|*", "526000|CNY|level||2024|新余市华达电机有限公司亩均税收",
      "9804000|CNY|level||2024|新余市华达电机有限公司亩均营业收入",
      "413000|CNY|level||2024|江西远航材料有限公司亩均税收",
      "7620000|CNY|level||2024|江西远航材料有限公司亩均营业收入"}},
    // a column of increments (增量) is a change in the row's unit
    {"column_of_increments",
     "表1　2024年全市农民工规模\n"
     "单位：万人，%\n"
     "指标          2023年     2024年     增量     增速\n"
     "农民工总量    205.4      208.9      3.5      1.7\n"
     "外出农民工    141.2      142.0      0.8      0.6\n",
     "360900",
     "2025-04-20",
     {"2054000|person|level||2023|农民工总量", "2089000|person|level||2024|农民工总量",
      "35000|person|change||*|农民工总量", "1.7|%|growth|yoy|*|农民工总量",
      "1412000|person|level||2023|外出农民工", "1420000|person|level||2024|外出农民工",
      "8000|person|change||*|外出农民工", "0.6|%|growth|yoy|*|外出农民工"}},
    // a top list: 排名 numbers the rows, a column of words (上市板块) stands
    // between the label and the figures, and 前五名 is no count of people
    {"top_list_with_a_column_of_words",
     "附：2024年末全市上市公司市值前五名\n"
     "排名\t公司简称\t上市板块\t市值（亿元）\n"
     "1\t鹿城药业\t深交所主板\t318.6\n"
     "2\t瓯江电气\t上交所科创板\t205.4\n"
     "3\t雁荡新材\t北交所\t96.2\n",
     "330300",
     "2025-01-20",
     {"31860000000|CNY|level||2024-12-31|鹿城药业市值",
      "20540000000|CNY|level||2024-12-31|瓯江电气市值",
      "9620000000|CNY|level||2024-12-31|雁荡新材市值"}},
    // a unit line with fewer units than columns (万吨,%,元/吨: 元/吨 is one
    // unit): the units in order, each rate column in %
    {"unit_line_shorter_than_the_columns",
     "2025年1—6月主要农产品产销情况\n"
     "单位：万吨，%，元/吨\n"
     "品种\t产量\t同比增长\t平均收购价\t同比增长\n"
     "稻谷\t45.6\t2.1\t2860\t-1.5\n"
     "玉米\t12.3\t1.1\t2460\t-2.5\n",
     "430500",
     "2025-07-20",
     {"456000|t|level||*|稻谷产量", "2.1|%|growth|yoy|*|稻谷产量",
      "2860|CNY|level||*|稻谷平均收购价", "-1.5|%|growth|yoy|*|稻谷平均收购价",
      "123000|t|level||*|玉米产量", "1.1|%|growth|yoy|*|玉米产量",
      "2460|CNY|level||*|玉米平均收购价", "-2.5|%|growth|yoy|*|玉米平均收购价"}},
    // a rate column (完成率) in %, whatever unit the unit line gives the
    // levels; a column that opens with a span (1—6月完成投资) is dated by it
    // and named without it; 年度计划 is of the title's whole year
    {"plan_progress_columns_with_a_span_a_year_and_a_rate",
     "表3　2024年1—6月各镇重大项目推进情况\n"
     "单位：亿元，%\n"
     "镇街　年度计划投资　1—6月完成投资　完成率\n"
     "湖塘镇　40.5　22.3　55.1\n"
     "牛塘镇　18.0　10.6　58.9\n",
     "320412",
     "2024-07-18",
     {"4050000000|CNY|level||2024|年度计划投资", "2230000000|CNY|level||2024-H1|完成投资",
      "55.1|%|level||2024-H1|完成率", "1800000000|CNY|level||2024|年度计划投资",
      "1060000000|CNY|level||2024-H1|完成投资", "58.9|%|level||2024-H1|完成率"}},
    // a row whose last cells are words (进展, 属性) is a row all the same:
    // its line break is no wrap inside a sentence
    {"rows_ending_in_cells_of_words",
     "2023年全旗主要指标中期完成情况\n"
     "指标　单位　2020年　2023年　进展　属性\n"
     "粮食产量　万吨　52.6　55.1　超出预期　约束性\n"
     "城镇化率　%　47.2　49.0　符合预期　预期性\n",
     "150123",
     "2024-03-12",
     {"526000|t|level||2020|粮食产量", "551000|t|level||2023|粮食产量",
      "47.2|%|level||2020|城镇化率", "49|%|level||2023|城镇化率"}},
    // a target said in words between an empty cell and the figures, a row
    // of words only inside the table, an estimate column (预计: a target), a
    // row of average growth (年均增长)
    {"plan_table_with_words_for_targets_and_a_row_without_figures",
     "附表　“十四五”规划主要指标实施进度\n"
     "序号　指标　单位　2020年　2025年目标　2023年实际　2024年预计\n"
     "1　一般公共预算收入　亿元　28.7　36　31.2　33.5\n"
     "2　农村居民人均可支配收入年均增长　%　—　快于经济增长　7.4　7.1\n"
     "3　单位GDP能耗降低　%　—　完成上级任务　完成　完成\n"
     "4　森林覆盖率　%　43.8　45　44.1　44.6\n",
     "610725",
     "2024-09-05",
     {"2870000000|CNY|level||2020|一般公共预算收入", "3600000000|CNY|level||2025|一般公共预算收入",
      "3120000000|CNY|level||2023|一般公共预算收入", "3350000000|CNY|level||2024|一般公共预算收入",
      "7.4|%|growth|yoy|2023|农村居民人均可支配收入",
      "7.1|%|growth|yoy|2024|农村居民人均可支配收入", "43.8|%|level||2020|森林覆盖率",
      "45|%|level||2025|森林覆盖率", "44.1|%|level||2023|森林覆盖率",
      "44.6|%|level||2024|森林覆盖率"}},
};

class Tables : public ::testing::TestWithParam<TableCase> {};

TEST_P(Tables, Records) {
  const TableCase& c = GetParam();
  const std::vector<econex::Record> got = records_of(c.text, c.region, c.date);
  const std::string all = listing(got);
  ASSERT_EQ(got.size(), c.records.size()) << all;
  for (std::size_t i = 0; i < got.size(); ++i) {
    const std::vector<std::string> want = fields(c.records[i]);
    ASSERT_EQ(want.size(), 6u) << c.records[i];
    const econex::Record& r = got[i];
    EXPECT_DOUBLE_EQ(r.value, std::stod(want[0])) << i << all;
    const std::vector<std::string> have = {"",      r.unit,   econex::measure_name(r.measure),
                                           r.basis, r.period, r.indicator};
    for (std::size_t f = 1; f < want.size(); ++f) {
      if (want[f] != "*") {
        EXPECT_EQ(have[f], want[f]) << "field " << f << " of " << i << all;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, Tables, ::testing::ValuesIn(kTableCases),
                         [](const ::testing::TestParamInfo<TableCase>& p) {
                           return std::string(p.param.name);
                         });

// A table with a column of units whose rows have none: the rows are not
// read as rows of it (they once left a later row to index an empty list).
TEST(Extract, RowsWithoutTheUnitOfAUnitColumn) {
  const std::vector<econex::Record> got = records_of(
      "表1 全市主要经济指标\n"
      "指标  单位  本月  同比增长\n"
      "规模以上工业增加值  5.2  6.1\n"
      "固定资产投资  3.1  4.0\n"
      "社会消费品零售总额  7.7  2.3\n"
      "",
      "340800", "2025-10-20");
  for (const econex::Record& r : got) EXPECT_FALSE(r.indicator.empty()) << describe(r);
}

// A table of plans and results as a county report appends it: a serial
// number before each label (序号), a column of units, columns named by a year
// and 计划 / 实际 / 目标, cells with a qualifier word (6左右, 4以内) and cells
// of words (稳中有升) that are no figures.
TEST(Extract, APlanTableWithSerialNumbersUnitsAndWordCells) {
  const std::vector<econex::Record> got = records_of(
      "附件\n\n"
      "2024年全县主要经济指标计划完成情况\n\n"
      "序号  指标                    单位    2024年计划    2024年实际    2025年目标\n"
      "1     地区生产总值增长        %       6左右         6.3           6以上\n"
      "2     一般公共预算收入        亿元    12.5          12.86         13.2\n"
      "3     城镇登记失业率          %       4以内         3.6           4以内\n"
      "4     农业总产值增幅          %       3.5           3.8           稳中有升\n",
      "360121", "2025-01-20");
  const std::string all = listing(got);
  ASSERT_EQ(got.size(), 11u) << all;
  using econex::Measure;
  using econex::Qualifier;
  using econex::RecordStatus;
  struct Want {
    const char* indicator;
    Measure measure;
    double value;
    const char* period;
    RecordStatus status;
    Qualifier qualifier;
  };
  const Want want[] = {
      {"地区生产总值", Measure::kGrowth, 6, "2024", RecordStatus::kTarget, Qualifier::kApprox},
      {"地区生产总值", Measure::kGrowth, 6.3, "2024", RecordStatus::kActual, Qualifier::kExact},
      {"地区生产总值", Measure::kGrowth, 6, "2025", RecordStatus::kTarget, Qualifier::kOver},
      {"一般公共预算收入", Measure::kLevel, 12.5e8, "2024", RecordStatus::kTarget,
       Qualifier::kExact},
      {"一般公共预算收入", Measure::kLevel, 12.86e8, "2024", RecordStatus::kActual,
       Qualifier::kExact},
      {"一般公共预算收入", Measure::kLevel, 13.2e8, "2025", RecordStatus::kTarget,
       Qualifier::kExact},
      {"城镇登记失业率", Measure::kLevel, 4, "2024", RecordStatus::kTarget, Qualifier::kUnder},
      {"城镇登记失业率", Measure::kLevel, 3.6, "2024", RecordStatus::kActual, Qualifier::kExact},
      {"城镇登记失业率", Measure::kLevel, 4, "2025", RecordStatus::kTarget, Qualifier::kUnder},
      {"农业总产值", Measure::kGrowth, 3.5, "2024", RecordStatus::kTarget, Qualifier::kExact},
      {"农业总产值", Measure::kGrowth, 3.8, "2024", RecordStatus::kActual, Qualifier::kExact},
  };
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].indicator, want[i].indicator) << i << all;
    EXPECT_EQ(got[i].measure, want[i].measure) << i << all;
    EXPECT_DOUBLE_EQ(got[i].value, want[i].value) << i << all;
    EXPECT_EQ(got[i].period, want[i].period) << i << all;
    EXPECT_EQ(got[i].status, want[i].status) << i << all;
    EXPECT_EQ(got[i].qualifier, want[i].qualifier) << i << all;
  }
  // (the serial numbers are no figures)
  for (const econex::Record& r : got) EXPECT_NE(r.value_text, "1") << all;
}

// A table whose columns are places gives each cell its column's place.
TEST(Extract, ColumnsOfPlacesAreTheCellsRegions) {
  const std::vector<econex::Record> got = records_of(
      "表2　2025年分县主要指标\n"
      "指标名称        单位    桐城市    怀宁县\n"
      "粮食总产量      万吨    38.6      52.1\n"
      "粮食总产量增长  %       1.2       -0.4\n",
      "340800", "2026-03-10");
  const std::string all = listing(got);
  ASSERT_EQ(got.size(), 4u) << all;
  const char* want[] = {"桐城市", "怀宁县", "桐城市", "怀宁县"};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(got[i].region, want[i]) << all;
    EXPECT_EQ(got[i].indicator, "粮食总产量") << all;
    EXPECT_EQ(got[i].period, "2025") << all;
  }
  EXPECT_EQ(got[2].measure, econex::Measure::kGrowth) << all;
}

// A table of last year's figures after a paragraph of this year's plans:
// its cells are results (the plans' year, early in the year, made them targets).
TEST(Extract, ATableOfLastYearAfterPlansIsActual) {
  const std::vector<econex::Record> got = records_of(
      "2026年，全县将继续扩大有效投资，力争固定资产投资增长8%。\n\n"
      "表2　2025年分产业增加值\n\n"
      "指标              绝对数（亿元）     比上年增长（%）\n"
      "第一产业              86.5              3.1\n"
      "第二产业             312.4              6.2\n",
      "341181", "2026-02-10");
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].period, "2026");
  EXPECT_EQ(got[0].status, econex::RecordStatus::kTarget);
  for (std::size_t i = 1; i < got.size(); ++i) {
    EXPECT_EQ(got[i].period, "2025") << i;
    EXPECT_EQ(got[i].status, econex::RecordStatus::kActual) << i;
  }
}

// A plan in brackets (年度目标为增长6.5%) is a target of the indicator before it,
// and only the aside is one: the rank after the bracket is a result; a streak
// (连续三年) is no part of what ranks.
TEST(Extract, APlanInBracketsIsThePreviousIndicatorsTargetOnly) {
  const std::vector<econex::Record> got = records_of(
      "2025年，全县规模以上工业增加值增长7.1%（年度目标为增长6.5%），增速连续三年居全市第一位。",
      "431122", "2026-01-20");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].status, econex::RecordStatus::kActual);
  EXPECT_EQ(got[1].indicator, "规模以上工业增加值");
  EXPECT_EQ(got[1].value, 6.5);
  EXPECT_EQ(got[1].status, econex::RecordStatus::kTarget);
  EXPECT_EQ(got[2].measure, econex::Measure::kRank);
  EXPECT_EQ(got[2].indicator, "规模以上工业增加值增速");
  EXPECT_EQ(got[2].status, econex::RecordStatus::kActual);
}

// A clause that explains the figures before it (主要是上年…) names a year
// only in passing: the year of the budget draft goes on for what follows.
TEST(Extract, AYearInAnExplanationIsNoTimeForWhatFollows) {
  const std::vector<econex::Record> got = records_of(
      "　　二、2026年预算草案\n　　2026年全县一般公共预算收入预期9.2亿元，比2025年完成数增长4.0%。"
      "一般公共预算支出安排31.5亿元，下降2.1%，主要是上年一次性支出较多。"
      "政府性基金预算收入安排4.4亿元，增长6.0%。",
      "420528", "2026-01-20");
  ASSERT_EQ(got.size(), 6u);
  for (const econex::Record& r : got) {
    EXPECT_EQ(r.period, "2026") << describe(r);
    EXPECT_EQ(r.status, econex::RecordStatus::kTarget) << describe(r);
  }
  EXPECT_EQ(got[4].indicator, "政府性基金预算收入");
}

// 计划实施, 计划新开工: what a plan sets out to do is a target.
TEST(Extract, WhatAPlanSetsOutToDoIsATarget) {
  const std::vector<econex::Record> got = records_of(
      "一季度，全区新开工项目36个。今年，全区计划实施重点项目150个，计划新开工项目60个。", "510107",
      "2026-04-20");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].status, econex::RecordStatus::kActual);
  EXPECT_EQ(got[1].indicator, "重点项目");
  EXPECT_EQ(got[1].status, econex::RecordStatus::kTarget);
  EXPECT_EQ(got[2].status, econex::RecordStatus::kTarget);
}

// Progress on a plan (计划新开工项目已开工86个) is a result.
TEST(Extract, ProgressOnAPlanIsAResult) {
  const std::vector<econex::Record> got =
      records_of("1—9月，全市计划新开工项目已开工86个，开工率91.5%。", "510107", "2025-10-20");
  ASSERT_EQ(got.size(), 2u);
  for (const econex::Record& r : got)
    EXPECT_EQ(r.status, econex::RecordStatus::kActual) << describe(r);
}

// A range is its midpoint, approximately (docs/RECORDS.md).
TEST(Extract, ARangeIsItsMidpointApproximately) {
  const std::vector<econex::Record> got = records_of(
      "力争地区生产总值增长5%—6%，新增就业三四十人，投资增长8%。", "520382", "2025-03-01");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].value, 5.5);
  EXPECT_EQ(got[0].qualifier, econex::Qualifier::kApprox);
  EXPECT_EQ(got[1].value, 35);
  EXPECT_EQ(got[1].qualifier, econex::Qualifier::kApprox);
  EXPECT_EQ(got[2].value, 8);
  EXPECT_EQ(got[2].qualifier, econex::Qualifier::kExact);
}

// Reporters, currencies and 全体/新建 in front of a vocabulary noun keep its id.
TEST(Extract, VocabularyIdsThroughQualifiers) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"金融机构人民币各项存款余额5230.6亿元。", "deposit_balance"},
      {"金融机构本外币各项贷款余额4120.2亿元。", "loan_balance"},
      {"全体居民人均消费支出18230元。", "consumption_per_capita"},
      {"新建商品房销售面积152.3万平方米。", "commodity_housing_sales_area"},
  };
  econex::Options o;
  o.default_region = "610800";
  o.reference_date = "2025-04-01";
  for (const auto& [text, id] : cases) {
    std::vector<econex::Record> got;
    ASSERT_TRUE(extractor().extract(text, o, &got).ok());
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(got[0].indicator_id, id) << text;
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, Extract, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& p) {
                           return std::string(p.param.name);
                         });

}  // namespace

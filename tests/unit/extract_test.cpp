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

const std::vector<Case> kCases = {
    // --- measures and verbs
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
     {"386亿元|食品加工营业收入|level||*|沂水县", "142亿元|高端装备营业收入|level||*|沂水县",
      "95亿元|新材料产业营业收入|level||*|沂水县"}},
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
     {"1250个|总投资500万元及以上项目|level|||蚌埠市"}},
    {"zone_unknown_to_the_gazetteer",
     "洋浦经济开发区实现进出口总额512.3亿元。全省货物贸易进出口2135.6亿元。",
     "460000",
     "2025-11-20",
     {"512.3亿元|进出口总额|level|||洋浦经济开发区", "2135.6亿元|货物贸易进出口|level|||海南省"}},
    {"investment_completed",
     "累计实施亿元以上项目528个，完成投资1186亿元。",
     "371323",
     "2026-01-10",
     {"528个|*|level||*|沂水县", "1186亿元|完成投资|level||*|沂水县"}},
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
     {"5天|*|level||*|滨江区", "28.6万人次|*|level||*|滨江区"}},
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
    // a holiday of the year is an event (as a date is): no period, not the year
    {"holiday_of_the_year_is_no_period",
     "2025年国庆假期，全市接待游客326.5万人次，同比增长8.2%。全年接待游客突破5000万人次。",
     "450300",
     "2025-10-09",
     {"326.5万人次|接待游客|level|||桂林市", "8.2%|接待游客|growth|yoy||桂林市",
      "5000万人次|接待游客|level||2025|桂林市"}},
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
};

class Extract : public ::testing::TestWithParam<Case> {};

TEST_P(Extract, Records) {
  const Case& c = GetParam();
  econex::Options o;
  o.default_region = c.default_region;
  o.reference_date = c.reference_date;
  std::vector<econex::Record> got;
  ASSERT_TRUE(extractor().extract(c.text, o, &got).ok());
  std::string all;
  for (const econex::Record& r : got) all += "\n  " + describe(r);
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

// A table column of changes (比年初增减) not in % is a change in the row's unit.
TEST(Extract, TableColumnOfChangesInTheRowsUnit) {
  const std::vector<econex::Record> got = records_of(
      "附表：2025年9月末金融机构存贷款情况\n"
      "指标        单位     9月末余额     比年初增减     同比增长（%）\n"
      "各项存款    亿元     3862.15       128.40         8.2\n"
      "各项贷款    亿元     3120.66       -35.20         6.9\n",
      "411300", "2025-10-15");
  ASSERT_EQ(got.size(), 6u);
  for (std::size_t row = 0; row < 2; ++row) {
    const econex::Record& level = got[row * 3];
    const econex::Record& change = got[row * 3 + 1];
    const econex::Record& growth = got[row * 3 + 2];
    EXPECT_EQ(level.measure, econex::Measure::kLevel);
    EXPECT_EQ(change.measure, econex::Measure::kChange) << change.value_text;
    EXPECT_EQ(change.unit, "CNY");
    EXPECT_EQ(change.basis, "年初");
    EXPECT_EQ(growth.measure, econex::Measure::kGrowth);
    EXPECT_EQ(growth.unit, "%");
  }
  EXPECT_DOUBLE_EQ(got[1].value, 128.40e8);
  EXPECT_DOUBLE_EQ(got[4].value, -35.20e8);
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

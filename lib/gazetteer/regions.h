// Context layer: the gazetteer of places (data/regions.tsv, zones.tsv and
// short_name_conflicts.tsv, compiled in). Names, short names and zone
// aliases live in one hash table keyed by the written form; a scan tries
// the longest form first at each character.
#ifndef ECONEX_LIB_GAZETTEER_REGIONS_H_
#define ECONEX_LIB_GAZETTEER_REGIONS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace econex::detail {

struct Region {
  std::string name;         // canonical name (万州区, 重庆高新区, 中国)
  std::string code;         // GB/T 2260 code, "" for zones and the nation
  std::string parent_code;  // containing division ("" for provinces)
  enum Level : std::uint8_t { kNation, kProvince, kPrefecture, kCounty, kZone } level = kCounty;
};

struct RegionMatch {
  std::size_t begin = 0, end = 0;  // clean span
  int region = -1;                 // index into Gazetteer::regions()
  bool short_form = false;         // matched a short name (北碚) rather than a full one
};

class Gazetteer {
 public:
  Gazetteer();  // loads the built-in tables

  const std::vector<Region>& regions() const { return regions_; }
  const Region& region(int i) const { return regions_[static_cast<std::size_t>(i)]; }
  int nation() const { return nation_; }

  // Index of the region with this code or canonical name (or short name), or -1.
  int lookup(std::string_view code_or_name) const;
  // Province-level ancestor of a region (itself for a province), or -1.
  int province_of(int region) const;
  // The prefecture (or, above it, the province) containing a region, or itself.
  int prefecture_of(int region) const;
  // Prefecture-or-province "city" that 全市 means for a document about `region`.
  int city_of(int region) const;

  // Longest place name starting at text[pos] that fits the document (home is
  // the default region, -1 if none), or a match with region -1.
  RegionMatch match_at(std::string_view text, std::size_t pos, int home) const;
  // Every place name in text[b, e), in order, not overlapping.
  void scan(std::string_view text, std::size_t b, std::size_t e, int home,
            std::vector<RegionMatch>* out) const;

 private:
  struct Form {
    std::vector<int> regions;
    bool short_form;
  };
  // Lookups by string_view without building a std::string per probe.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  int resolve(const Form& f, int home) const;
  void add_form(std::string_view text, int region, bool short_form);

  std::vector<Region> regions_;
  std::unordered_map<std::string, Form, Hash, std::equal_to<>> forms_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> by_code_;
  // first character of the forms -> bit n set when a form of n bytes starts
  // with it (bit 63: 63 bytes or more)
  std::unordered_map<char32_t, std::uint64_t> form_lengths_;
  std::size_t max_form_bytes_ = 0;
  // a Bloom filter of the first six bytes (two characters) of every form:
  // most places match_at is asked about start no form, and this says so
  // without a hash-map probe
  static constexpr unsigned kHeadBits = 17;
  static std::size_t head_slot(const char* p);
  std::vector<std::uint64_t> heads_ = std::vector<std::uint64_t>((1u << kHeadBits) / 64);
  int nation_ = -1;
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_GAZETTEER_REGIONS_H_

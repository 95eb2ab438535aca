// econex — typed economic indicator records from Chinese text.
//
// The C++ API. One class, econex::Extractor, built once (it compiles every
// pattern, grammar and table it needs) and then used by many threads: an
// Extractor is immutable after construction and all its methods are const and
// thread-safe. Results are plain values owned by the caller.
//
// Every span the library reports is a half-open byte range [begin, end) into
// the exact bytes the caller passed, whatever normalisation happened inside.
//
// Errors are returned, never thrown, on the extraction path: each call returns
// a Status; on failure the output vector is left empty and the Status carries
// a code, a message saying what to do, and the byte offset of the problem
// (or -1).
#ifndef ECONEX_ECONEX_HPP_
#define ECONEX_ECONEX_HPP_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "econex/version.h"

namespace econex {

// Error codes. Values are pinned: they equal the C API's econex_status.
enum class StatusCode : int {
  kOk = 0,
  kInvalidUtf8 = 1,      // input is not UTF-8; offset() is the first bad byte
  kInvalidArgument = 2,  // an option is malformed (e.g. reference date)
  kTooLarge = 3,         // input larger than the library can index (4 GiB)
  kOutOfMemory = 4,
  kInternal = 5,
};

// The outcome of a call. Cheap to copy when ok().
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message, std::int64_t offset = -1)
      : code_(code), message_(std::move(message)), offset_(offset) {}
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // Human-readable text: what went wrong and what to do about it.
  const std::string& message() const { return message_; }
  // Byte offset into the input where the problem is, or -1.
  std::int64_t offset() const { return offset_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::int64_t offset_ = -1;
};

// Name of a status code ("ok", "invalid_utf8", ...). Static storage.
const char* status_code_name(StatusCode code);

// How a value relates to the number written.
enum class Qualifier : std::uint8_t { kExact, kApprox, kOver, kUnder };
// What a record measures.
enum class Measure : std::uint8_t { kLevel, kGrowth, kShare, kChange, kContribution, kRank };
// Fact or plan.
enum class RecordStatus : std::uint8_t { kActual, kTarget };
// Where a record's region or period came from.
enum class Source : std::uint8_t { kNone, kExplicit, kContext, kDefault };

const char* qualifier_name(Qualifier q);         // "exact", "approx", "over", "under"
const char* measure_name(Measure m);             // "level", "growth", ...
const char* record_status_name(RecordStatus s);  // "actual", "target"
const char* source_name(Source s);               // "", "explicit", "context", "default"

// A number in the text with its unit and qualifier (RECORDS.md section 6).
struct Quantity {
  std::size_t begin = 0, end = 0;   // byte span of the whole value text
  std::string text;                 // the value as written (original bytes)
  double value = 0;                 // in base units (1.5万 -> 15000, 6.5% -> 6.5)
  std::optional<double> low, high;  // for ranges (3-5万, 三四十个), else empty
  std::string unit;                 // unit code from units.tsv, "" for a bare number
  std::string unit_text;  // the unit word as written ("元" in 154亿元, "个", "百分之"):
                          // a multiplier (万, 亿) belongs to the number, not the unit
  Qualifier qualifier = Qualifier::kExact;
};

// A period expression (RECORDS.md section 3).
struct Period {
  std::size_t begin = 0, end = 0;
  std::string text;    // as written
  std::string period;  // canonical form, "" when it is not a reporting period
};

// One indicator record (RECORDS.md section 2).
struct Record {
  std::string region;        // canonical name, "" if unknown
  std::string region_code;   // GB/T 2260 code, "" for zones / the nation
  std::string period;        // canonical period, "" if none
  std::string indicator;     // minimal noun phrase as written
  std::string indicator_id;  // id from indicators.tsv, or ""
  Measure measure = Measure::kLevel;
  std::string basis;  // yoy / mom for growth; denominator / comparison otherwise
  double value = 0;   // base units, negative for falls
  std::string unit;   // unit code
  Qualifier qualifier = Qualifier::kExact;
  RecordStatus status = RecordStatus::kActual;
  std::string value_text;                            // original bytes of the value
  std::size_t value_begin = 0, value_end = 0;        // byte span in the input
  std::size_t sentence_begin = 0, sentence_end = 0;  // the sentence it came from
  Source region_source = Source::kNone;
  Source period_source = Source::kNone;
};

// What to do with bytes that are not UTF-8.
enum class InvalidUtf8 : std::uint8_t {
  kError,    // fail with StatusCode::kInvalidUtf8 and the offset (default)
  kReplace,  // read each bad byte as U+FFFD and go on
};

// Options for one call. Defaults:
//   reference_date  ""      YYYY-MM-DD; years of 今年/一季度... are taken from it.
//                           Empty: the newest date written in the document, else "????".
//   default_region  ""      code ("500000") or name ("重庆市") of the place the
//                           document is about, or a zone of a place that the
//                           gazetteer lacks ("济宁高新区": records get the
//                           zone's name and an empty code); "" for none.
//   invalid_utf8    kError
struct Options {
  std::string reference_date;
  std::string default_region;
  InvalidUtf8 invalid_utf8 = InvalidUtf8::kError;
};

namespace detail {
struct ExtractorImpl;
}

// The extractor. Construction loads the built-in tables and compiles every
// pattern; it takes a few milliseconds. Then share one instance across threads.
class Extractor {
 public:
  Extractor();
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Every indicator record in `text`, in order of value_begin.
  Status extract(std::string_view text, const Options& options, std::vector<Record>* out) const;

  // Every number in `text` with unit, qualifier and range (the quantity layer).
  Status quantities(std::string_view text, const Options& options,
                    std::vector<Quantity>* out) const;

  // Every period expression in `text`, resolved against options.reference_date.
  Status periods(std::string_view text, const Options& options, std::vector<Period>* out) const;

  // Checks options: a well-formed reference date and a known default region.
  Status check_options(const Options& options) const;

 private:
  std::unique_ptr<detail::ExtractorImpl> impl_;
};

// Output helpers: one JSON object per record (no trailing newline), keys as in
// RECORDS.md section 2 plus "doc" when doc_name is not empty.
std::string to_json(const Record& r, std::string_view doc_name);
std::string to_json(const Quantity& q);
std::string to_json(const Period& p);
// CSV (RFC 4180) header and row with the same columns as to_json(Record).
std::string csv_header();
std::string to_csv(const Record& r, std::string_view doc_name);

// Version of the library ("0.1.0") and of the built-in data tables.
const char* version_string();
const char* data_version_string();

}  // namespace econex

#endif  // ECONEX_ECONEX_HPP_

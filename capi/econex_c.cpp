// The C API (capi/econex.h) on top of the C++ API (include/econex/econex.hpp).
//
// Every extern "C" body is wrapped in a try/catch that maps any exception to a
// status (ECONEX_OUT_OF_MEMORY for std::bad_alloc, ECONEX_INTERNAL otherwise):
// no exception ever crosses the boundary.
#include "econex/econex.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "econex/econex.hpp"

// The C enums are pinned to the C++ ones.
static_assert(ECONEX_OK == static_cast<int>(econex::StatusCode::kOk));
static_assert(ECONEX_INVALID_UTF8 == static_cast<int>(econex::StatusCode::kInvalidUtf8));
static_assert(ECONEX_INVALID_ARGUMENT == static_cast<int>(econex::StatusCode::kInvalidArgument));
static_assert(ECONEX_TOO_LARGE == static_cast<int>(econex::StatusCode::kTooLarge));
static_assert(ECONEX_OUT_OF_MEMORY == static_cast<int>(econex::StatusCode::kOutOfMemory));
static_assert(ECONEX_INTERNAL == static_cast<int>(econex::StatusCode::kInternal));
static_assert(ECONEX_MEASURE_LEVEL == static_cast<int>(econex::Measure::kLevel));
static_assert(ECONEX_MEASURE_GROWTH == static_cast<int>(econex::Measure::kGrowth));
static_assert(ECONEX_MEASURE_SHARE == static_cast<int>(econex::Measure::kShare));
static_assert(ECONEX_MEASURE_CHANGE == static_cast<int>(econex::Measure::kChange));
static_assert(ECONEX_MEASURE_CONTRIBUTION == static_cast<int>(econex::Measure::kContribution));
static_assert(ECONEX_MEASURE_RANK == static_cast<int>(econex::Measure::kRank));
static_assert(ECONEX_QUALIFIER_EXACT == static_cast<int>(econex::Qualifier::kExact));
static_assert(ECONEX_QUALIFIER_APPROX == static_cast<int>(econex::Qualifier::kApprox));
static_assert(ECONEX_QUALIFIER_OVER == static_cast<int>(econex::Qualifier::kOver));
static_assert(ECONEX_QUALIFIER_UNDER == static_cast<int>(econex::Qualifier::kUnder));
static_assert(ECONEX_RECORD_ACTUAL == static_cast<int>(econex::RecordStatus::kActual));
static_assert(ECONEX_RECORD_TARGET == static_cast<int>(econex::RecordStatus::kTarget));
static_assert(ECONEX_SOURCE_NONE == static_cast<int>(econex::Source::kNone));
static_assert(ECONEX_SOURCE_EXPLICIT == static_cast<int>(econex::Source::kExplicit));
static_assert(ECONEX_SOURCE_CONTEXT == static_cast<int>(econex::Source::kContext));
static_assert(ECONEX_SOURCE_DEFAULT == static_cast<int>(econex::Source::kDefault));
static_assert(ECONEX_UTF8_ERROR == static_cast<int>(econex::InvalidUtf8::kError));
static_assert(ECONEX_UTF8_REPLACE == static_cast<int>(econex::InvalidUtf8::kReplace));
static_assert(std::is_standard_layout_v<econex_options>);
static_assert(std::is_standard_layout_v<econex_record>);

struct econex_extractor {
  econex::Extractor cxx;
};

struct econex_result {
  econex_status status = ECONEX_OK;
  std::string message;
  std::int64_t offset = -1;
  econex_kind kind = ECONEX_KIND_NONE;
  std::string doc_name;
  // The C++ values own the strings; the C views below point into them and are
  // built once the vectors are final (they are never modified afterwards).
  std::vector<econex::Record> records;
  std::vector<econex::Quantity> quantities;
  std::vector<econex::Period> periods;
  std::vector<econex_record> c_records;
  std::vector<econex_quantity> c_quantities;
  std::vector<econex_period> c_periods;
};

namespace {

constexpr const char* kNullResultMessage = "the result is NULL";

econex_status to_c(econex::StatusCode c) { return static_cast<econex_status>(c); }

econex_str view(const std::string& s) { return econex_str{s.c_str(), s.size()}; }

void fail(econex_result* r, econex_status status, std::string message, std::int64_t offset = -1) {
  r->status = status;
  r->message = std::move(message);
  r->offset = offset;
  r->records.clear();
  r->quantities.clear();
  r->periods.clear();
  r->c_records.clear();
  r->c_quantities.clear();
  r->c_periods.clear();
}

// True when the caller's struct (of `size` bytes) holds all of `field`.
#define ECONEX_HAS_FIELD(type, size, field) \
  (offsetof(type, field) + sizeof(static_cast<type*>(nullptr)->field) <= (size))

// Reads the caller's options into C++ options, reading no byte past
// struct_size. Returns ECONEX_OK or an error with a message.
econex_status read_options(const econex_options* in, econex::Options* out, std::string* doc_name,
                           std::string* message) {
  if (in == nullptr) return ECONEX_OK;  // defaults
  const std::size_t size = in->struct_size;
  if (size < sizeof(std::size_t)) {
    *message = "options->struct_size is " + std::to_string(size) +
               "; initialise the options with econex_options_default(&options)";
    return ECONEX_INVALID_ARGUMENT;
  }
  if (size > sizeof(econex_options)) {
    // A caller built against a newer header: its extra fields must be defaults
    // (zero), or it asks for something this library cannot do.
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(in);
    for (std::size_t i = sizeof(econex_options); i < size; ++i) {
      if (bytes[i] != 0) {
        *message = "options set a field this library (econex " ECONEX_VERSION_STRING
                   ") does not know (byte " +
                   std::to_string(i) + " of a " + std::to_string(size) +
                   "-byte econex_options); "
                   "leave it at its default or use a newer library";
        return ECONEX_INVALID_ARGUMENT;
      }
    }
  }
  if (ECONEX_HAS_FIELD(econex_options, size, reference_date) && in->reference_date)
    out->reference_date = in->reference_date;
  if (ECONEX_HAS_FIELD(econex_options, size, default_region) && in->default_region)
    out->default_region = in->default_region;
  if (ECONEX_HAS_FIELD(econex_options, size, invalid_utf8)) {
    // Read as the integer the C caller stored: loading a value no enumerator
    // has through the C++ enum type is undefined behaviour (found by fuzzing).
    std::underlying_type_t<econex_utf8_mode> mode;
    static_assert(sizeof mode == sizeof in->invalid_utf8);
    std::memcpy(&mode, &in->invalid_utf8, sizeof mode);
    switch (static_cast<long long>(mode)) {
      case ECONEX_UTF8_ERROR:
        out->invalid_utf8 = econex::InvalidUtf8::kError;
        break;
      case ECONEX_UTF8_REPLACE:
        out->invalid_utf8 = econex::InvalidUtf8::kReplace;
        break;
      default:
        *message = "options->invalid_utf8 is " + std::to_string(static_cast<long long>(mode)) +
                   "; use ECONEX_UTF8_ERROR or ECONEX_UTF8_REPLACE";
        return ECONEX_INVALID_ARGUMENT;
    }
  }
  if (ECONEX_HAS_FIELD(econex_options, size, doc_name) && in->doc_name) *doc_name = in->doc_name;
  return ECONEX_OK;
}

econex_record c_record(const econex::Record& r) {
  econex_record c;
  std::memset(&c, 0, sizeof c);
  c.struct_size = sizeof c;
  c.region = view(r.region);
  c.region_code = view(r.region_code);
  c.period = view(r.period);
  c.indicator = view(r.indicator);
  c.indicator_id = view(r.indicator_id);
  c.measure = static_cast<econex_measure>(r.measure);
  c.basis = view(r.basis);
  c.value = r.value;
  c.unit = view(r.unit);
  c.qualifier = static_cast<econex_qualifier>(r.qualifier);
  c.status = static_cast<econex_record_status>(r.status);
  c.value_text = view(r.value_text);
  c.value_begin = r.value_begin;
  c.value_end = r.value_end;
  c.sentence_begin = r.sentence_begin;
  c.sentence_end = r.sentence_end;
  c.region_source = static_cast<econex_source>(r.region_source);
  c.period_source = static_cast<econex_source>(r.period_source);
  return c;
}

econex_quantity c_quantity(const econex::Quantity& q) {
  econex_quantity c;
  std::memset(&c, 0, sizeof c);
  c.struct_size = sizeof c;
  c.text = view(q.text);
  c.begin = q.begin;
  c.end = q.end;
  c.value = q.value;
  c.has_low = q.low.has_value();
  c.has_high = q.high.has_value();
  c.low = q.low.value_or(0.0);
  c.high = q.high.value_or(0.0);
  c.unit = view(q.unit);
  c.unit_text = view(q.unit_text);
  c.qualifier = static_cast<econex_qualifier>(q.qualifier);
  return c;
}

econex_period c_period(const econex::Period& p) {
  econex_period c;
  std::memset(&c, 0, sizeof c);
  c.struct_size = sizeof c;
  c.text = view(p.text);
  c.begin = p.begin;
  c.end = p.end;
  c.period = view(p.period);
  return c;
}

// Runs one call: allocates the result (delivered whatever happens), checks the
// arguments and options, then runs `body(cxx_extractor, text, options, result)`
// which returns an econex::Status and fills the result's C++ vectors.
template <typename Body>
econex_status run(const econex_extractor* x, const char* utf8, std::size_t len, bool needs_text,
                  const econex_options* options, econex_kind kind, econex_result** out,
                  Body&& body) noexcept {
  if (out == nullptr) return ECONEX_NULL_ARGUMENT;
  *out = nullptr;
  econex_result* r = new (std::nothrow) econex_result;
  if (r == nullptr) return ECONEX_OUT_OF_MEMORY;
  *out = r;
  try {
    r->kind = kind;
    if (x == nullptr) {
      fail(r, ECONEX_NULL_ARGUMENT, "the extractor is NULL; make one with econex_extractor_new()");
      return r->status;
    }
    if (needs_text && utf8 == nullptr && len != 0) {
      fail(r, ECONEX_NULL_ARGUMENT,
           "the text is NULL but its length is " + std::to_string(len) +
               "; pass NULL only with length 0");
      return r->status;
    }
    econex::Options o;
    std::string message;
    econex_status st = read_options(options, &o, &r->doc_name, &message);
    if (st != ECONEX_OK) {
      fail(r, st, std::move(message));
      return r->status;
    }
    std::string_view text = utf8 == nullptr ? std::string_view() : std::string_view(utf8, len);
    econex::Status cst = body(x->cxx, text, o, r);
    if (!cst.ok()) {
      fail(r, to_c(cst.code()), cst.message(), cst.offset());
      return r->status;
    }
    r->c_records.reserve(r->records.size());
    for (const econex::Record& rec : r->records) r->c_records.push_back(c_record(rec));
    r->c_quantities.reserve(r->quantities.size());
    for (const econex::Quantity& q : r->quantities) r->c_quantities.push_back(c_quantity(q));
    r->c_periods.reserve(r->periods.size());
    for (const econex::Period& p : r->periods) r->c_periods.push_back(c_period(p));
    r->status = ECONEX_OK;
    return ECONEX_OK;
  } catch (const std::bad_alloc&) {
    try {
      fail(r, ECONEX_OUT_OF_MEMORY, "out of memory; split the input into smaller documents");
    } catch (...) {
      r->status = ECONEX_OUT_OF_MEMORY;
    }
    return ECONEX_OUT_OF_MEMORY;
  } catch (const std::exception& e) {
    try {
      fail(r, ECONEX_INTERNAL,
           std::string("internal error: ") + e.what() + "; please report it with the input");
    } catch (...) {
      r->status = ECONEX_INTERNAL;
    }
    return ECONEX_INTERNAL;
  } catch (...) {
    try {
      fail(r, ECONEX_INTERNAL, "internal error; please report it with the input");
    } catch (...) {
      r->status = ECONEX_INTERNAL;
    }
    return ECONEX_INTERNAL;
  }
}

template <typename T>
const T* item(const econex_result* r, econex_kind kind, const std::vector<T>& v,
              std::size_t i) noexcept {
  if (r == nullptr || r->kind != kind || i >= v.size()) return nullptr;
  return &v[i];
}

}  // namespace

extern "C" {

ECONEX_API unsigned econex_version_number(void) { return ECONEX_VERSION_NUMBER; }

ECONEX_API const char* econex_version_string(void) { return ECONEX_VERSION_STRING; }

ECONEX_API const char* econex_data_version_string(void) { return ECONEX_DATA_VERSION_STRING; }

ECONEX_API unsigned econex_abi_version(void) { return ECONEX_ABI_VERSION; }

ECONEX_API const char* econex_status_str(econex_status status) {
  switch (static_cast<int>(status)) {
    case ECONEX_OK:
      return "ok";
    case ECONEX_INVALID_UTF8:
      return "invalid_utf8";
    case ECONEX_INVALID_ARGUMENT:
      return "invalid_argument";
    case ECONEX_TOO_LARGE:
      return "too_large";
    case ECONEX_OUT_OF_MEMORY:
      return "out_of_memory";
    case ECONEX_INTERNAL:
      return "internal";
    case ECONEX_NULL_ARGUMENT:
      return "null_argument";
  }
  return "unknown";
}

ECONEX_API econex_status econex_options_default_sized(econex_options* options, size_t size) {
  if (options == nullptr) return ECONEX_NULL_ARGUMENT;
  if (size < sizeof(std::size_t)) return ECONEX_INVALID_ARGUMENT;
  econex_options d;
  std::memset(&d, 0, sizeof d);
  d.struct_size = size;
  d.reference_date = nullptr;
  d.default_region = nullptr;
  d.invalid_utf8 = ECONEX_UTF8_ERROR;
  d.doc_name = nullptr;
  // A caller with a bigger (newer) struct gets zeros past what we know: the
  // defaults of any field appended later are zero by design.
  const std::size_t known = size < sizeof d ? size : sizeof d;
  std::memcpy(options, &d, known);
  if (size > known) std::memset(reinterpret_cast<unsigned char*>(options) + known, 0, size - known);
  return ECONEX_OK;
}

ECONEX_API econex_status econex_extractor_new(econex_extractor** out) {
  if (out == nullptr) return ECONEX_NULL_ARGUMENT;
  *out = nullptr;
  try {
    *out = new econex_extractor{};
    return ECONEX_OK;
  } catch (const std::bad_alloc&) {
    return ECONEX_OUT_OF_MEMORY;
  } catch (...) {
    return ECONEX_INTERNAL;
  }
}

ECONEX_API void econex_extractor_free(econex_extractor* extractor) {
  try {
    delete extractor;
  } catch (...) {
    // Destructors do not throw; nothing may cross the boundary anyway.
  }
}

ECONEX_API econex_status econex_extract(const econex_extractor* extractor, const char* utf8,
                                        size_t len, const econex_options* options,
                                        econex_result** out) {
  return run(extractor, utf8, len, true, options, ECONEX_KIND_RECORDS, out,
             [](const econex::Extractor& x, std::string_view text, const econex::Options& o,
                econex_result* r) { return x.extract(text, o, &r->records); });
}

ECONEX_API econex_status econex_quantities(const econex_extractor* extractor, const char* utf8,
                                           size_t len, const econex_options* options,
                                           econex_result** out) {
  return run(extractor, utf8, len, true, options, ECONEX_KIND_QUANTITIES, out,
             [](const econex::Extractor& x, std::string_view text, const econex::Options& o,
                econex_result* r) { return x.quantities(text, o, &r->quantities); });
}

ECONEX_API econex_status econex_periods(const econex_extractor* extractor, const char* utf8,
                                        size_t len, const econex_options* options,
                                        econex_result** out) {
  return run(extractor, utf8, len, true, options, ECONEX_KIND_PERIODS, out,
             [](const econex::Extractor& x, std::string_view text, const econex::Options& o,
                econex_result* r) { return x.periods(text, o, &r->periods); });
}

ECONEX_API econex_status econex_check_options(const econex_extractor* extractor,
                                              const econex_options* options, econex_result** out) {
  return run(extractor, nullptr, 0, false, options, ECONEX_KIND_NONE, out,
             [](const econex::Extractor& x, std::string_view, const econex::Options& o,
                econex_result*) { return x.check_options(o); });
}

ECONEX_API void econex_result_free(econex_result* result) {
  try {
    delete result;
  } catch (...) {
  }
}

ECONEX_API econex_status econex_result_status(const econex_result* result) {
  return result == nullptr ? ECONEX_NULL_ARGUMENT : result->status;
}

ECONEX_API econex_kind econex_result_kind(const econex_result* result) {
  return result == nullptr ? ECONEX_KIND_NONE : result->kind;
}

ECONEX_API const char* econex_result_error_message(const econex_result* result) {
  return result == nullptr ? kNullResultMessage : result->message.c_str();
}

ECONEX_API int64_t econex_result_error_offset(const econex_result* result) {
  return result == nullptr ? -1 : result->offset;
}

ECONEX_API size_t econex_result_count(const econex_result* result) {
  if (result == nullptr) return 0;
  switch (result->kind) {
    case ECONEX_KIND_RECORDS:
      return result->c_records.size();
    case ECONEX_KIND_QUANTITIES:
      return result->c_quantities.size();
    case ECONEX_KIND_PERIODS:
      return result->c_periods.size();
    case ECONEX_KIND_NONE:
      break;
  }
  return 0;
}

ECONEX_API const econex_record* econex_result_get(const econex_result* result, size_t i) {
  return result == nullptr ? nullptr : item(result, ECONEX_KIND_RECORDS, result->c_records, i);
}

ECONEX_API const econex_quantity* econex_result_get_quantity(const econex_result* result,
                                                             size_t i) {
  return result == nullptr ? nullptr
                           : item(result, ECONEX_KIND_QUANTITIES, result->c_quantities, i);
}

ECONEX_API const econex_period* econex_result_get_period(const econex_result* result, size_t i) {
  return result == nullptr ? nullptr : item(result, ECONEX_KIND_PERIODS, result->c_periods, i);
}

ECONEX_API econex_status econex_result_jsonl(const econex_result* result, char** out, size_t* len) {
  if (out == nullptr) return ECONEX_NULL_ARGUMENT;
  *out = nullptr;
  if (len != nullptr) *len = 0;
  if (result == nullptr) return ECONEX_NULL_ARGUMENT;
  try {
    std::string s;
    for (const econex::Record& r : result->records) {
      s += econex::to_json(r, result->doc_name);
      s.push_back('\n');
    }
    for (const econex::Quantity& q : result->quantities) {
      s += econex::to_json(q);
      s.push_back('\n');
    }
    for (const econex::Period& p : result->periods) {
      s += econex::to_json(p);
      s.push_back('\n');
    }
    char* buf = static_cast<char*>(std::malloc(s.size() + 1));
    if (buf == nullptr) return ECONEX_OUT_OF_MEMORY;
    std::memcpy(buf, s.data(), s.size());
    buf[s.size()] = '\0';
    *out = buf;
    if (len != nullptr) *len = s.size();
    return ECONEX_OK;
  } catch (const std::bad_alloc&) {
    return ECONEX_OUT_OF_MEMORY;
  } catch (...) {
    return ECONEX_INTERNAL;
  }
}

ECONEX_API void econex_free(void* ptr) { std::free(ptr); }

ECONEX_API const char* econex_measure_str(econex_measure measure) {
  switch (static_cast<int>(measure)) {
    case ECONEX_MEASURE_LEVEL:
    case ECONEX_MEASURE_GROWTH:
    case ECONEX_MEASURE_SHARE:
    case ECONEX_MEASURE_CHANGE:
    case ECONEX_MEASURE_CONTRIBUTION:
    case ECONEX_MEASURE_RANK:
      return econex::measure_name(static_cast<econex::Measure>(measure));
  }
  return "";
}

ECONEX_API const char* econex_qualifier_str(econex_qualifier qualifier) {
  switch (static_cast<int>(qualifier)) {
    case ECONEX_QUALIFIER_EXACT:
    case ECONEX_QUALIFIER_APPROX:
    case ECONEX_QUALIFIER_OVER:
    case ECONEX_QUALIFIER_UNDER:
      return econex::qualifier_name(static_cast<econex::Qualifier>(qualifier));
  }
  return "";
}

ECONEX_API const char* econex_record_status_str(econex_record_status status) {
  switch (static_cast<int>(status)) {
    case ECONEX_RECORD_ACTUAL:
    case ECONEX_RECORD_TARGET:
      return econex::record_status_name(static_cast<econex::RecordStatus>(status));
  }
  return "";
}

ECONEX_API const char* econex_source_str(econex_source source) {
  switch (static_cast<int>(source)) {
    case ECONEX_SOURCE_NONE:
    case ECONEX_SOURCE_EXPLICIT:
    case ECONEX_SOURCE_CONTEXT:
    case ECONEX_SOURCE_DEFAULT:
      return econex::source_name(static_cast<econex::Source>(source));
  }
  return "";
}

}  // extern "C"

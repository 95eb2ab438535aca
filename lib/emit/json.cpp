// Emit: records, quantities and periods as JSON Lines and CSV; names of enums.
#include <charconv>
#include <cmath>

#include "econex/econex.hpp"

namespace econex {
namespace {

void put_string(std::string* out, std::string_view s) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

void put_number(std::string* out, double v) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  if (v == 0) v = 0;  // no -0
  char buf[64];
  double a = std::fabs(v);
  auto fmt = (a >= 1e-6 && a < 1e21) ? std::chars_format::fixed : std::chars_format::general;
  auto r = std::to_chars(buf, buf + sizeof buf, v, fmt);
  out->append(buf, r.ptr);
}

void put_key(std::string* out, std::string_view key) {
  if (out->size() > 1) out->push_back(',');
  put_string(out, key);
  out->push_back(':');
}

void kv(std::string* out, std::string_view key, std::string_view value) {
  put_key(out, key);
  put_string(out, value);
}
void kv(std::string* out, std::string_view key, double value) {
  put_key(out, key);
  put_number(out, value);
}
void kv_size(std::string* out, std::string_view key, std::size_t value) {
  put_key(out, key);
  out->append(std::to_string(value));
}

std::string csv_quote(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q.push_back('"');
    q.push_back(c);
  }
  q.push_back('"');
  return q;
}

}  // namespace

const char* status_code_name(StatusCode c) {
  switch (c) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidUtf8:
      return "invalid_utf8";
    case StatusCode::kInvalidArgument:
      return "invalid_argument";
    case StatusCode::kTooLarge:
      return "too_large";
    case StatusCode::kOutOfMemory:
      return "out_of_memory";
    case StatusCode::kInternal:
      return "internal";
  }
  return "unknown";
}

const char* qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kOver:
      return "over";
    case Qualifier::kUnder:
      return "under";
  }
  return "exact";
}

const char* measure_name(Measure m) {
  switch (m) {
    case Measure::kLevel:
      return "level";
    case Measure::kGrowth:
      return "growth";
    case Measure::kShare:
      return "share";
    case Measure::kChange:
      return "change";
    case Measure::kContribution:
      return "contribution";
    case Measure::kRank:
      return "rank";
  }
  return "level";
}

const char* record_status_name(RecordStatus s) {
  return s == RecordStatus::kTarget ? "target" : "actual";
}

const char* source_name(Source s) {
  switch (s) {
    case Source::kNone:
      return "";
    case Source::kExplicit:
      return "explicit";
    case Source::kContext:
      return "context";
    case Source::kDefault:
      return "default";
  }
  return "";
}

std::string to_json(const Record& r, std::string_view doc) {
  std::string o = "{";
  if (!doc.empty()) kv(&o, "doc", doc);
  kv(&o, "region", r.region);
  kv(&o, "region_code", r.region_code);
  kv(&o, "period", r.period);
  kv(&o, "indicator", r.indicator);
  kv(&o, "indicator_id", r.indicator_id);
  kv(&o, "measure", measure_name(r.measure));
  kv(&o, "basis", r.basis);
  kv(&o, "value", r.value);
  kv(&o, "unit", r.unit);
  kv(&o, "qualifier", qualifier_name(r.qualifier));
  kv(&o, "status", record_status_name(r.status));
  kv(&o, "value_text", r.value_text);
  kv_size(&o, "value_begin", r.value_begin);
  kv_size(&o, "value_end", r.value_end);
  kv(&o, "region_source", source_name(r.region_source));
  kv(&o, "period_source", source_name(r.period_source));
  kv_size(&o, "sentence_begin", r.sentence_begin);
  kv_size(&o, "sentence_end", r.sentence_end);
  o.push_back('}');
  return o;
}

std::string to_json(const Quantity& q) {
  std::string o = "{";
  kv(&o, "value_text", q.text);
  kv_size(&o, "value_begin", q.begin);
  kv_size(&o, "value_end", q.end);
  kv(&o, "value", q.value);
  kv(&o, "unit", q.unit);
  kv(&o, "qualifier", qualifier_name(q.qualifier));
  put_key(&o, "low");
  if (q.low)
    put_number(&o, *q.low);
  else
    o.append("null");
  put_key(&o, "high");
  if (q.high)
    put_number(&o, *q.high);
  else
    o.append("null");
  kv(&o, "unit_text", q.unit_text);
  o.push_back('}');
  return o;
}

std::string to_json(const Period& p) {
  std::string o = "{";
  kv(&o, "text", p.text);
  kv_size(&o, "begin", p.begin);
  kv_size(&o, "end", p.end);
  kv(&o, "period", p.period);
  o.push_back('}');
  return o;
}

std::string csv_header() {
  return "doc,region,region_code,period,indicator,indicator_id,measure,basis,value,unit,"
         "qualifier,status,value_text,value_begin,value_end";
}

std::string to_csv(const Record& r, std::string_view doc) {
  std::string num;
  put_number(&num, r.value);
  const std::string_view fields[] = {doc,
                                     r.region,
                                     r.region_code,
                                     r.period,
                                     r.indicator,
                                     r.indicator_id,
                                     measure_name(r.measure),
                                     r.basis,
                                     num,
                                     r.unit,
                                     qualifier_name(r.qualifier),
                                     record_status_name(r.status),
                                     r.value_text};
  std::string o;
  for (std::string_view f : fields) {
    o.append(csv_quote(f));
    o.push_back(',');
  }
  o.append(std::to_string(r.value_begin));
  o.push_back(',');
  o.append(std::to_string(r.value_end));
  return o;
}

const char* version_string() { return ECONEX_VERSION_STRING; }
const char* data_version_string() { return ECONEX_DATA_VERSION_STRING; }

}  // namespace econex

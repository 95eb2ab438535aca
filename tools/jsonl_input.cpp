#include "jsonl_input.h"

namespace econex_cli {
namespace {

struct Reader {
  std::string_view s;
  std::size_t i = 0;
  std::string error;

  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  }
  bool fail(const std::string& m) {
    if (error.empty()) error = m + " at column " + std::to_string(i + 1);
    return false;
  }
  static void put_utf8(std::string* out, unsigned cp) {
    if (cp < 0x80)
      out->push_back(static_cast<char>(cp));
    else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  bool hex4(unsigned* v) {
    if (i + 4 > s.size()) return fail("truncated \\u escape");
    *v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s[i++];
      *v <<= 4;
      if (c >= '0' && c <= '9')
        *v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        *v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        *v |= static_cast<unsigned>(c - 'A' + 10);
      else
        return fail("bad \\u escape");
    }
    return true;
  }
  bool string(std::string* out) {
    if (i >= s.size() || s[i] != '"') return fail("expected a string");
    ++i;
    while (i < s.size()) {
      char c = s[i++];
      if (c == '"') return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (i >= s.size()) break;
      char e = s[i++];
      switch (e) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            i += 2;
            unsigned lo = 0;
            if (!hex4(&lo)) return false;
            if (lo >= 0xDC00 && lo <= 0xDFFF)
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else {
              put_utf8(out, 0xFFFD);
              cp = lo;
            }
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
          put_utf8(out, cp);
          break;
        }
        default:
          return fail("bad escape");
      }
    }
    return fail("unterminated string");
  }
  bool scalar(std::string* out) {  // number, true, false, null as text
    std::size_t b = i;
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ' ' && s[i] != '\t') ++i;
    if (i == b) return fail("expected a value");
    *out = std::string(s.substr(b, i - b));
    return true;
  }
};

}  // namespace

bool parse_document(std::string_view line, std::string* id, std::string* text, std::string* error) {
  Reader r{line};
  bool have_text = false;
  r.ws();
  if (r.i >= line.size() || line[r.i] != '{')
    return r.fail("expected a JSON object"), *error = r.error, false;
  ++r.i;
  r.ws();
  if (r.i < line.size() && line[r.i] == '}') {
    *error = "object has no \"text\"";
    return false;
  }
  for (;;) {
    r.ws();
    std::string key, value;
    if (!r.string(&key)) break;
    r.ws();
    if (r.i >= line.size() || line[r.i] != ':') {
      r.fail("expected ':'");
      break;
    }
    ++r.i;
    r.ws();
    bool ok = (r.i < line.size() && line[r.i] == '"') ? r.string(&value) : r.scalar(&value);
    if (!ok) break;
    if (key == "text") {
      *text = std::move(value);
      have_text = true;
    } else if (key == "id")
      *id = std::move(value);
    r.ws();
    if (r.i < line.size() && line[r.i] == ',') {
      ++r.i;
      continue;
    }
    if (r.i < line.size() && line[r.i] == '}') {
      if (!have_text) {
        *error = "object has no \"text\" string";
        return false;
      }
      return true;
    }
    r.fail("expected ',' or '}'");
    break;
  }
  *error = "not a JSON object of strings: " + r.error;
  return false;
}

void for_each_document(std::string_view jsonl,
                       const std::function<void(std::size_t, const std::string&, const std::string&,
                                                const std::string&)>& f) {
  std::size_t line_no = 0;
  while (!jsonl.empty()) {
    std::size_t nl = jsonl.find('\n');
    std::string_view line = jsonl.substr(0, nl);
    jsonl = nl == std::string_view::npos ? std::string_view() : jsonl.substr(nl + 1);
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string id, text, error;
    if (!parse_document(line, &id, &text, &error)) {
      f(line_no, id, text, error);
      continue;
    }
    if (id.empty()) id = std::to_string(line_no);
    f(line_no, id, text, "");
  }
}

}  // namespace econex_cli

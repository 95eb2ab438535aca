// examples/etl/etl.cpp: a small ETL tool, statically linked (libeconex.a,
// econex::econex_static) and written against the C++ API.
//
//   econex_etl [--reference-date YYYY-MM-DD] [--default-region CODE|NAME]
//              [IN.jsonl|-] > records.csv
//
// Extract: JSON Lines of documents, {"id": "...", "text": "..."} (id may be a
// number; other members are ignored). Transform: every indicator record of
// every document. Load: one CSV (RFC 4180) with econex's columns, "doc" being
// the document's id. A line that is not such a document, or a document that
// fails, is reported on stderr with its line number and skipped; the exit
// status is then 1.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"

namespace {

// Just enough JSON for one flat object per line.
class Json {
 public:
  explicit Json(std::string_view s) : s_(s) {}

  // Parses {"k": v, ...}; keeps string/number values of "id" and "text".
  bool document(std::string* id, std::string* text, std::string* error) {
    bool have_text = false;
    ws();
    if (!eat('{')) return fail(error, "expected an object");
    ws();
    if (eat('}')) return fail(error, "no \"text\" member");
    for (;;) {
      std::string key, value;
      ws();
      if (!string(&key)) return fail(error, "expected a member name");
      ws();
      if (!eat(':')) return fail(error, "expected ':'");
      ws();
      bool is_string = peek() == '"';
      if (!this->value(&value)) return fail(error, "bad value of \"" + key + "\"");
      if (key == "id") *id = value;
      if (key == "text") {
        if (!is_string) return fail(error, "\"text\" is not a string");
        *text = std::move(value);
        have_text = true;
      }
      ws();
      if (eat(',')) continue;
      if (eat('}')) break;
      return fail(error, "expected ',' or '}'");
    }
    ws();
    if (i_ != s_.size()) return fail(error, "text after the object");
    if (!have_text) return fail(error, "no \"text\" member");
    return true;
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
  }
  static bool fail(std::string* error, std::string message) {
    *error = std::move(message);
    return false;
  }
  static void utf8(std::string* out, unsigned long cp) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
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
  bool hex4(unsigned long* v) {
    if (i_ + 4 > s_.size()) return false;
    *v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      *v <<= 4;
      if (c >= '0' && c <= '9')
        *v |= static_cast<unsigned long>(c - '0');
      else if (c >= 'a' && c <= 'f')
        *v |= static_cast<unsigned long>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        *v |= static_cast<unsigned long>(c - 'A' + 10);
      else
        return false;
    }
    return true;
  }
  bool string(std::string* out) {
    if (!eat('"')) return false;
    while (i_ < s_.size()) {
      char c = s_[i_++];
      if (c == '"') return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (i_ >= s_.size()) return false;
      char e = s_[i_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
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
          unsigned long cp;
          if (!hex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
            std::size_t save = i_;
            i_ += 2;
            unsigned long lo;
            if (hex4(&lo) && lo >= 0xDC00 && lo < 0xE000) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else {
              i_ = save;
            }
          }
          utf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }
  bool value(std::string* out) {
    char c = peek();
    if (c == '"') return string(out);
    std::size_t b = i_;
    while (i_ < s_.size() &&
           std::string_view("+-.0123456789eEtruefalsn").find(s_[i_]) != std::string_view::npos)
      ++i_;
    if (i_ == b) return false;
    *out = std::string(s_.substr(b, i_ - b));
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  econex::Options options;
  std::string path = "-";
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--reference-date" && a + 1 < argc) {
      options.reference_date = argv[++a];
    } else if (arg == "--default-region" && a + 1 < argc) {
      options.default_region = argv[++a];
    } else if (arg == "-" || (!arg.empty() && arg[0] != '-')) {
      path = arg;
    } else {
      std::cerr << "usage: " << argv[0]
                << " [--reference-date D] [--default-region R] [IN.jsonl|-] > out.csv\n";
      return 2;
    }
  }
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << argv[0] << ": cannot read " << path << "\n";
      return 1;
    }
  }
  std::istream& in = path == "-" ? std::cin : file;

  const econex::Extractor x;  // built once, used for every document
  if (econex::Status st = x.check_options(options); !st.ok()) {
    std::cerr << argv[0] << ": " << st.message() << "\n";
    return 2;
  }
  std::cout << econex::csv_header() << "\n";
  std::string line;
  std::size_t line_no = 0, documents = 0, records = 0;
  bool failed = false;
  std::vector<econex::Record> out;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string id, text, error;
    if (!Json(line).document(&id, &text, &error)) {
      std::cerr << path << ":" << line_no << ": " << error << "\n";
      failed = true;
      continue;
    }
    econex::Status st = x.extract(text, options, &out);
    if (!st.ok()) {
      std::cerr << path << ":" << line_no << ": " << econex::status_code_name(st.code()) << ": "
                << st.message() << "\n";
      failed = true;
      continue;
    }
    ++documents;
    for (const econex::Record& r : out) {
      std::cout << econex::to_csv(r, id) << "\n";
      ++records;
    }
  }
  std::cerr << documents << " documents, " << records << " records\n";
  return failed ? 1 : 0;
}

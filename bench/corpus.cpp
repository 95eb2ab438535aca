#include "corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace econex_bench {
namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The string value of the first "key": "value" in a small JSON file (no escapes needed).
std::string json_string(const std::string& json, const std::string& key) {
  std::size_t k = json.find("\"" + key + "\"");
  if (k == std::string::npos) return "";
  std::size_t colon = json.find(':', k);
  if (colon == std::string::npos) return "";
  std::size_t q1 = json.find('"', colon);
  if (q1 == std::string::npos) return "";
  std::size_t q2 = json.find('"', q1 + 1);
  if (q2 == std::string::npos) return "";
  return json.substr(q1 + 1, q2 - q1 - 1);
}

}  // namespace

std::vector<Document> load_documents(const std::vector<std::string>& dirs) {
  namespace fs = std::filesystem;
  std::vector<Document> out;
  for (const std::string& dir : dirs) {
    std::vector<fs::path> txt;
    for (const fs::directory_entry& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") txt.push_back(e.path());
    std::sort(txt.begin(), txt.end());
    for (const fs::path& p : txt) {
      Document d;
      d.name = p.stem().string();
      d.text = slurp(p);
      fs::path meta = p.parent_path() / (d.name + ".meta.json");
      if (fs::exists(meta)) {
        std::string m = slurp(meta);
        d.options.reference_date = json_string(m, "reference_date");
        std::string region = json_string(m, "code");
        d.options.default_region = region.empty() ? json_string(m, "name") : region;
      }
      out.push_back(std::move(d));
    }
  }
  if (out.empty()) throw std::runtime_error("no corpus documents found");
  return out;
}

Buffer make_buffer(const std::vector<Document>& docs, std::size_t min_bytes) {
  Buffer b;
  std::size_t pass = 0;
  for (const Document& d : docs) pass += d.text.size();
  std::size_t passes = std::max<std::size_t>(1, (min_bytes + pass - 1) / pass);
  b.bytes.reserve(passes * pass);
  b.docs.reserve(passes * docs.size());
  for (std::size_t k = 0; k < passes; ++k) {
    for (const Document& d : docs) {
      b.docs.push_back(Buffer::Doc{b.bytes.size(), d.text.size(), &d.options});
      b.bytes += d.text;
    }
  }
  return b;
}

}  // namespace econex_bench

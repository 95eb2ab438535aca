// econex: the command-line tool. Text in, JSON Lines or CSV out.
//
// Exit codes: 0 success; 1 at least one input could not be read or processed
// (the others were, and their output is complete); 2 usage error.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "econex/econex.hpp"
#include "jsonl_input.h"

namespace {

constexpr const char* kUsage = R"(usage: econex COMMAND [OPTIONS] [FILE...|-]

Commands:
  extract      indicator records (region, period, indicator, measure, value, unit)
  quantities   every number with its unit, qualifier and range
  periods      every period expression in canonical form

Options:
  --format jsonl|csv        output format (default jsonl; csv for extract only)
  --doc-name NAME           the "doc" field (default: the file name, "-" for stdin)
  --reference-date DATE     YYYY-MM-DD; resolves 今年, 一季度, 去年 ... (default: the
                            newest year the document writes)
  --default-region REGION   code (500000) or name (重庆市) of the place the text is about
  --invalid-utf8 error|replace
                            fail on bytes that are not UTF-8 (default) or read each
                            as U+FFFD and go on
  --input text|jsonl        read each file as one document (default), or as JSON Lines
                            of documents {"id": ..., "text": ...} (extract only)
  -h, --help                this text
  --version                 library and data versions

With no FILE, or FILE "-", standard input is read. Given several files, econex
goes on past one it cannot read or process, reports it on standard error, and
exits with status 1 at the end.

Examples:
  econex extract --reference-date 2025-04-25 --default-region 500000 report.txt
  econex extract --format csv --input jsonl articles.jsonl > records.csv
  echo '一季度GDP增长6.5%' | econex quantities
)";

struct Args {
  std::string command;
  std::string format = "jsonl";
  std::string doc_name;
  std::string input = "text";
  econex::Options options;
  std::vector<std::string> files;
};

int usage_error(const std::string& message) {
  std::cerr << "econex: " << message << "\nTry 'econex --help'.\n";
  return 2;
}

bool read_all(const std::string& path, std::string* out, std::string* error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return true;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << f.rdbuf();
  if (f.bad()) {
    *error = "read error";
    return false;
  }
  *out = ss.str();
  return true;
}

std::string base_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Runs the command on one document; false (with a message on stderr) on failure.
bool run_document(const econex::Extractor& x, const Args& a, const std::string& doc,
                  std::string_view text, const std::string& where) {
  econex::Status st;
  std::string out;
  if (a.command == "extract") {
    std::vector<econex::Record> records;
    st = x.extract(text, a.options, &records);
    for (const econex::Record& r : records) {
      out += a.format == "csv" ? econex::to_csv(r, doc) : econex::to_json(r, doc);
      out.push_back('\n');
    }
  } else if (a.command == "quantities") {
    std::vector<econex::Quantity> qs;
    st = x.quantities(text, a.options, &qs);
    for (const econex::Quantity& q : qs) out += econex::to_json(q) + "\n";
  } else {
    std::vector<econex::Period> ps;
    st = x.periods(text, a.options, &ps);
    for (const econex::Period& p : ps) out += econex::to_json(p) + "\n";
  }
  if (!st.ok()) {
    std::cerr << "econex: " << where << ": " << econex::status_code_name(st.code()) << ": "
              << st.message() << "\n";
    return false;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("missing command");
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    std::string value;
    bool has_value = false;
    std::size_t eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      has_value = true;
    }
    auto take = [&](std::string* dst) -> bool {
      if (has_value) { *dst = value; return true; }
      if (i + 1 >= args.size()) return false;
      *dst = args[++i];
      return true;
    };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--version") {
      std::cout << "econex " << econex::version_string() << " (data "
                << econex::data_version_string() << ")\n";
      return 0;
    } else if (arg == "--format") {
      if (!take(&a.format)) return usage_error("--format needs a value");
    } else if (arg == "--doc-name") {
      if (!take(&a.doc_name)) return usage_error("--doc-name needs a value");
    } else if (arg == "--reference-date") {
      if (!take(&a.options.reference_date)) return usage_error("--reference-date needs a value");
    } else if (arg == "--default-region") {
      if (!take(&a.options.default_region)) return usage_error("--default-region needs a value");
    } else if (arg == "--input") {
      if (!take(&a.input)) return usage_error("--input needs a value");
    } else if (arg == "--invalid-utf8") {
      std::string mode;
      if (!take(&mode)) return usage_error("--invalid-utf8 needs a value");
      if (mode == "replace") a.options.invalid_utf8 = econex::InvalidUtf8::kReplace;
      else if (mode == "error") a.options.invalid_utf8 = econex::InvalidUtf8::kError;
      else return usage_error("--invalid-utf8 takes error or replace, not '" + mode + "'");
    } else if (arg.size() > 1 && arg[0] == '-' ) {
      return usage_error("unknown option '" + arg + "'");
    } else if (a.command.empty()) {
      a.command = arg;
    } else {
      a.files.push_back(arg);
    }
  }
  if (a.command != "extract" && a.command != "quantities" && a.command != "periods")
    return usage_error(a.command.empty() ? "missing command" : "unknown command '" + a.command + "'");
  if (a.format != "jsonl" && a.format != "csv")
    return usage_error("--format takes jsonl or csv, not '" + a.format + "'");
  if (a.format == "csv" && a.command != "extract")
    return usage_error("--format csv is for extract; quantities and periods write jsonl");
  if (a.input != "text" && a.input != "jsonl")
    return usage_error("--input takes text or jsonl, not '" + a.input + "'");
  if (a.files.empty()) a.files.push_back("-");

  econex::Extractor x;
  econex::Status st = x.check_options(a.options);
  if (!st.ok()) return usage_error(st.message());

  if (a.format == "csv") std::cout << econex::csv_header() << "\n" << std::flush;
  bool failed = false;
  for (const std::string& path : a.files) {
    std::string text, error;
    if (!read_all(path, &text, &error)) {
      std::cerr << "econex: " << path << ": cannot read: " << error << "\n";
      failed = true;
      continue;
    }
    if (a.input == "jsonl") {
      econex_cli::for_each_document(text, [&](std::size_t line, const std::string& id,
                                             const std::string& body, const std::string& err) {
        std::string where = path + ":" + std::to_string(line);
        if (!err.empty()) {
          std::cerr << "econex: " << where << ": " << err << "\n";
          failed = true;
          return;
        }
        if (!run_document(x, a, id, body, where)) failed = true;
      });
    } else {
      std::string doc = !a.doc_name.empty() ? a.doc_name : base_name(path);
      if (!run_document(x, a, doc, text, path)) failed = true;
    }
    std::fflush(stdout);
  }
  return failed ? 1 : 0;
}

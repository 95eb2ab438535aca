// econex: the command-line tool. Text in, JSON Lines or CSV out.
//
// Exit codes: 0 success; 1 at least one input could not be read or processed
// (the others were, and their output is complete); 2 usage error.
#include <malloc.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "econex/econex.hpp"
#include "jsonl_input.h"
#include "ordered_pool.h"
#include "stream_input.h"

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
  --default-region REGION   code (500000) or name (重庆市) of the place the text is about,
                            or a zone of a place (济宁高新区)
  --invalid-utf8 error|replace
                            fail on bytes that are not UTF-8 (default) or read each
                            as U+FFFD and go on
  --input text|jsonl        read each file as one document (default), or as JSON Lines
                            of documents {"id": ..., "text": ...} (extract only)
  -j, --jobs N              process documents and chunks on N threads (default 1);
                            the output keeps the input order
  --chunk-size BYTES        plain text larger than this is read and processed in
                            chunks of at most this size (default 262144, 256 KiB)
  -h, --help                this text
  --version                 library and data versions

With no FILE, or FILE "-", standard input is read. Given several files, econex
goes on past one it cannot read or process, reports it on standard error, and
exits with status 1 at the end.

Input is streamed: JSON Lines are read line by line, and plain text larger than
--chunk-size is cut into chunks at paragraph ends (else sentence ends, else line
breaks, else a character boundary), each processed as a document of its own with
byte offsets relative to the whole file. Context (a section's place, a carried
period) does not carry from one chunk into the next. With --invalid-utf8 error,
a file stops at the chunk with the bad byte; the chunks before it are written.
A progress line is shown on standard error when it is a terminal.

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
  unsigned jobs = 1;
  std::size_t chunk_size = std::size_t(1) << 18;
  econex::Options options;
  std::vector<std::string> files;
};

int usage_error(const std::string& message) {
  std::cerr << "econex: " << message << "\nTry 'econex --help'.\n";
  return 2;
}

std::string base_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// One unit of work: a chunk of a plain-text file or one JSON line.
struct Job {
  std::size_t file = 0;  // index into the inputs
  bool jsonl = false;
  std::string data;        // the chunk, or the JSON line
  std::size_t offset = 0;  // the chunk's byte offset in its file
  std::size_t line = 0;    // the JSON line's number
  std::size_t bytes = 0;   // input bytes it stands for (progress)
};

struct Result {
  std::string out;    // output lines
  std::string error;  // a message for standard error, "" if none
};

struct Inputs {
  std::vector<std::string> paths;
  std::vector<bool> abandoned;  // a chunk failed: the rest of the file is skipped
};

std::string where_of(const Inputs& in, const Job& j) {
  return j.jsonl ? in.paths[j.file] + ":" + std::to_string(j.line) : in.paths[j.file];
}

// The status message with a byte offset of the chunk made relative to the file.
std::string status_message(const econex::Status& st, std::size_t offset) {
  std::string m = st.message();
  if (offset > 0 && st.offset() >= 0) {
    std::string rel = "byte " + std::to_string(st.offset());
    std::size_t at = m.find(rel);
    if (at != std::string::npos)
      m.replace(at, rel.size(),
                "byte " + std::to_string(st.offset() + static_cast<std::int64_t>(offset)));
  }
  return m;
}

// Runs the command on one document or chunk (any thread).
void run_job(const econex::Extractor& x, const Args& a, const Inputs& in, Job& j, Result* r) {
  std::string doc, text_store;
  std::string_view text;
  if (j.jsonl) {
    std::string id, err;
    if (!econex_cli::parse_document(j.data, &id, &text_store, &err)) {
      r->error = "econex: " + where_of(in, j) + ": " + err + "\n";
      return;
    }
    doc = id.empty() ? std::to_string(j.line) : id;
    text = text_store;
  } else {
    doc = !a.doc_name.empty() ? a.doc_name : base_name(in.paths[j.file]);
    text = j.data;
  }
  const std::size_t off = j.offset;
  econex::Status st;
  std::string& out = r->out;
  if (a.command == "extract") {
    std::vector<econex::Record> records;
    st = x.extract(text, a.options, &records);
    for (econex::Record& rec : records) {
      rec.value_begin += off;
      rec.value_end += off;
      rec.sentence_begin += off;
      rec.sentence_end += off;
      out += a.format == "csv" ? econex::to_csv(rec, doc) : econex::to_json(rec, doc);
      out.push_back('\n');
    }
  } else if (a.command == "quantities") {
    std::vector<econex::Quantity> qs;
    st = x.quantities(text, a.options, &qs);
    for (econex::Quantity& q : qs) {
      q.begin += off;
      q.end += off;
      out += econex::to_json(q);
      out.push_back('\n');
    }
  } else {
    std::vector<econex::Period> ps;
    st = x.periods(text, a.options, &ps);
    for (econex::Period& p : ps) {
      p.begin += off;
      p.end += off;
      out += econex::to_json(p);
      out.push_back('\n');
    }
  }
  if (!st.ok()) {
    out.clear();
    r->error = "econex: " + where_of(in, j) + ": " + econex::status_code_name(st.code()) + ": " +
               status_message(st, off) + "\n";
  }
  std::string().swap(j.data);  // the input is done with: free it before the write
}

// A progress line on standard error, at most a few times a second.
class Progress {
 public:
  explicit Progress(bool on) : on_(on), start_(Clock::now()), last_(start_) {}
  void add(std::size_t bytes, std::size_t docs) {
    bytes_ += bytes;
    docs_ += docs;
    if (!on_) return;
    Clock::time_point now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double s = std::chrono::duration<double>(now - start_).count();
    double mib = static_cast<double>(bytes_) / (1024.0 * 1024.0);
    std::fprintf(stderr, "\r\033[Keconex: %.1f MiB, %zu documents/chunks, %.1f MiB/s", mib, docs_,
                 s > 0 ? mib / s : 0.0);
    std::fflush(stderr);
    shown_ = true;
  }
  void done() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_, shown_ = false;
  Clock::time_point start_, last_;
  std::size_t bytes_ = 0, docs_ = 0;
};

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
      if (has_value) {
        *dst = value;
        return true;
      }
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
    } else if (arg == "-j" || arg == "--jobs" ||
               (arg.rfind("-j", 0) == 0 && arg.size() > 2 && arg[2] != '-')) {
      std::string n;
      if (arg.size() > 2 && arg[1] == 'j')
        n = arg.substr(2);  // -j4
      else if (!take(&n))
        return usage_error(arg + " needs a number of threads");
      char* end = nullptr;
      unsigned long v = std::strtoul(n.c_str(), &end, 10);
      if (n.empty() || *end != '\0' || v < 1 || v > 256)
        return usage_error(arg + " takes a number of threads from 1 to 256, not '" + n + "'");
      a.jobs = static_cast<unsigned>(v);
    } else if (arg == "--chunk-size") {
      std::string n;
      if (!take(&n)) return usage_error("--chunk-size needs a number of bytes");
      char* end = nullptr;
      unsigned long long v = std::strtoull(n.c_str(), &end, 10);
      if (n.empty() || *end != '\0' || v < 64 || v > (1ull << 31))
        return usage_error("--chunk-size takes a number of bytes from 64 to 2147483648, not '" + n +
                           "'");
      a.chunk_size = static_cast<std::size_t>(v);
    } else if (arg == "--invalid-utf8") {
      std::string mode;
      if (!take(&mode)) return usage_error("--invalid-utf8 needs a value");
      if (mode == "replace")
        a.options.invalid_utf8 = econex::InvalidUtf8::kReplace;
      else if (mode == "error")
        a.options.invalid_utf8 = econex::InvalidUtf8::kError;
      else
        return usage_error("--invalid-utf8 takes error or replace, not '" + mode + "'");
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage_error("unknown option '" + arg + "'");
    } else if (a.command.empty()) {
      a.command = arg;
    } else {
      a.files.push_back(arg);
    }
  }
  if (a.command != "extract" && a.command != "quantities" && a.command != "periods")
    return usage_error(a.command.empty() ? "missing command"
                                         : "unknown command '" + a.command + "'");
  if (a.format != "jsonl" && a.format != "csv")
    return usage_error("--format takes jsonl or csv, not '" + a.format + "'");
  if (a.format == "csv" && a.command != "extract")
    return usage_error("--format csv is for extract; quantities and periods write jsonl");
  if (a.input != "text" && a.input != "jsonl")
    return usage_error("--input takes text or jsonl, not '" + a.input + "'");
  if (a.files.empty()) a.files.push_back("-");

  // Chunks and their working buffers (a few MB) are freed and allocated again
  // all the time; by default glibc hands them back to the kernel (munmap, heap
  // trimming) and faults them in again, which cost a third of the time on a
  // 1 GB file. Keep them: the pipeline bounds how much is held at once.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);

  econex::Extractor x;
  econex::Status st = x.check_options(a.options);
  if (!st.ok()) return usage_error(st.message());

  if (a.format == "csv") std::cout << econex::csv_header() << "\n" << std::flush;
  bool failed = false;
  Inputs in;
  in.paths = a.files;
  in.abandoned.assign(a.files.size(), false);
  Progress progress(isatty(STDERR_FILENO) != 0);
  // A unit of the pipeline is a batch: one chunk of text, or JSON lines up to
  // about 64 KiB (one hand-over between threads per line cost more than the lines).
  using Batch = std::vector<Job>;
  using Results = std::vector<Result>;
  using Pool = econex_cli::OrderedPool<Batch, Results>;
  const unsigned workers = a.jobs > 1 ? a.jobs : 0;
  Pool pool(
      workers, 4 * static_cast<std::size_t>(a.jobs),
      [&](Batch& b, Results* rs) {
        rs->resize(b.size());
        for (std::size_t i = 0; i < b.size(); ++i) run_job(x, a, in, b[i], &(*rs)[i]);
      },
      [&](Batch& b, Results& rs) {
        for (std::size_t i = 0; i < b.size(); ++i) {
          Job& j = b[i];
          Result& r = rs[i];
          progress.add(j.bytes, 1);
          if (!j.jsonl && in.abandoned[j.file]) continue;  // after a failed chunk of the file
          if (!r.out.empty()) std::fwrite(r.out.data(), 1, r.out.size(), stdout);
          if (!r.error.empty()) {
            progress.done();
            std::fflush(stdout);
            std::fputs(r.error.c_str(), stderr);
            failed = true;
            if (!j.jsonl) in.abandoned[j.file] = true;
          }
        }
      });

  for (std::size_t f = 0; f < a.files.size(); ++f) {
    const std::string& path = a.files[f];
    std::FILE* fp = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (fp == nullptr) {
      int e = errno;
      pool.drain();
      progress.done();
      std::fflush(stdout);
      std::fprintf(stderr, "econex: %s: cannot read: %s\n", path.c_str(), std::strerror(e));
      failed = true;
      continue;
    }
    int read_error = 0;
    if (a.input == "jsonl") {
      econex_cli::LineReader lines(fp);
      std::string_view line;
      std::size_t line_no = 0, batch_bytes = 0;
      Batch batch;
      while (lines.next(&line)) {
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        Job j;
        j.file = f;
        j.jsonl = true;
        j.data.assign(line);
        j.line = line_no;
        j.bytes = line.size() + 1;
        batch_bytes += j.bytes;
        batch.push_back(std::move(j));
        if (batch_bytes >= (64u << 10) || batch.size() >= 256) {
          pool.submit(std::move(batch));
          batch = Batch();
          batch_bytes = 0;
        }
      }
      if (!batch.empty()) pool.submit(std::move(batch));
      read_error = lines.error();
    } else {
      econex_cli::ChunkReader chunks(fp, a.chunk_size);
      Job j;
      while (!in.abandoned[f] && chunks.next(&j.data, &j.offset)) {
        j.file = f;
        j.bytes = j.data.size();
        Batch one;
        one.push_back(std::move(j));
        pool.submit(std::move(one));
        j = Job();
      }
      read_error = chunks.error();
    }
    if (fp != stdin) std::fclose(fp);
    if (read_error) {
      pool.drain();  // the file's output so far, then the message
      progress.done();
      std::fflush(stdout);
      std::fprintf(stderr, "econex: %s: cannot read: %s\n", path.c_str(),
                   std::strerror(read_error));
      failed = true;
    }
  }
  pool.finish();
  progress.done();
  std::fflush(stdout);
  return failed ? 1 : 0;
}

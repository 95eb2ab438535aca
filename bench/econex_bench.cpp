// econex_bench: throughput of the extractor (issue #5), Google Benchmark.
//
//   BM_CandidateScan   the reference: one RE2 scan of the buffer for numeric
//                      candidates (Arabic, full-width and Chinese numerals with
//                      their multiplier and unit tails)
//   BM_Extract         Extractor::extract, one call per document, one thread
//   BM_Quantities      Extractor::quantities alone
//   BM_Periods         Extractor::periods alone
//   BM_Construct       building an Extractor
//   BM_ExtractThreads  extract with 1 and 2 threads sharing one Extractor; the
//                      documents are dealt out round robin; per_thread_bytes is
//                      each thread's throughput
//
// The buffer is the sample corpus (tests/corpus/seeds and tests/golden, every
// .txt with the options of its .meta.json) repeated to at least 50 MB
// (ECONEX_BENCH_MB overrides; ECONEX_BENCH_CORPUS=dir1:dir2 other folders).
// It is built on first use, so `--benchmark_filter=Construct` does not build it.
// After the run a summary compares extraction with the scan, construction with
// 50 ms and two threads with one, against the targets of issue #5.
#include <benchmark/benchmark.h>
#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "corpus.h"
#include "data/embedded.h"
#include "data/tsv.h"
#include "econex/econex.hpp"

#ifndef ECONEX_BENCH_CORPUS_DIRS
#define ECONEX_BENCH_CORPUS_DIRS ""
#endif

namespace {

using econex_bench::Buffer;

std::vector<std::string> corpus_dirs() {
  const char* env = std::getenv("ECONEX_BENCH_CORPUS");
  std::string spec = env && *env ? env : ECONEX_BENCH_CORPUS_DIRS;
  std::vector<std::string> dirs;
  for (std::size_t b = 0; b <= spec.size();) {
    std::size_t e = spec.find(':', b);
    if (e == std::string::npos) e = spec.size();
    if (e > b) dirs.push_back(spec.substr(b, e - b));
    b = e + 1;
  }
  return dirs;
}

const Buffer& buffer() {
  static const std::vector<econex_bench::Document> docs =
      econex_bench::load_documents(corpus_dirs());
  static const Buffer b = [] {
    const char* env = std::getenv("ECONEX_BENCH_MB");
    double mb = env && *env ? std::atof(env) : 50.0;
    return econex_bench::make_buffer(docs, static_cast<std::size_t>(mb * 1e6));
  }();
  return b;
}

const econex::Extractor& extractor() {
  static const econex::Extractor x;
  return x;
}

// Numeric candidates as a plain scan would find them: a numeral (Arabic with
// , and ., full-width, or Chinese), 余/多, a multiplier and a unit of units.tsv.
std::string candidate_pattern() {
  std::vector<std::string> units = {"％", "‰"};
  econex::detail::for_each_row(econex::detail::data::units_tsv(),
                               [&](const std::vector<std::string_view>& f) {
                                 if (f.size() < 2) return;
                                 for (std::string_view w : econex::detail::split(f[1], '|'))
                                   if (!w.empty()) units.emplace_back(w);
                               });
  std::sort(units.begin(), units.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alt;
  for (const std::string& u : units) {
    if (!alt.empty()) alt += '|';
    alt += RE2::QuoteMeta(u);
  }
  std::string p =
      "(?:百分之|千分之)?"
      "(?:[0-9０-９]+(?:[.,．，][0-9０-９]+)*|[零〇一二两三四五六七八九十百千万亿]+)"
      "(?:[-~至到](?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+))?"
      "(?:万亿|亿|万|千|百)?(?:余|多)?(?:万亿|亿|万|千|百)?"
      "(?:";
  p += alt;
  p += ")?";
  return p;
}

void BM_CandidateScan(benchmark::State& state) {
  const Buffer& b = buffer();
  static const RE2 re(candidate_pattern(), RE2::Quiet);
  if (!re.ok()) {
    state.SkipWithError(("candidate pattern: " + re.error()).c_str());
    return;
  }
  std::size_t found = 0;
  for (auto _ : state) {
    re2::StringPiece input(b.bytes);
    while (RE2::FindAndConsume(&input, re)) {
      ++found;
      if (input.empty()) break;
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * b.bytes.size()));
  state.counters["candidates"] =
      static_cast<double>(found / std::max<std::int64_t>(1, state.iterations()));
}

template <typename Out, typename Call>
void run_layer(benchmark::State& state, Call call, const char* what) {
  const Buffer& b = buffer();
  const econex::Extractor& x = extractor();
  std::vector<Out> out;
  std::size_t items = 0;
  for (auto _ : state) {
    for (const Buffer::Doc& d : b.docs) {
      econex::Status st = call(x, b.text(d), *d.options, &out);
      if (!st.ok()) {
        state.SkipWithError(st.message().c_str());
        return;
      }
      items += out.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * b.bytes.size()));
  state.counters[what] = static_cast<double>(items / std::max<std::int64_t>(1, state.iterations()));
  state.counters["docs"] = static_cast<double>(b.docs.size());
}

void BM_Extract(benchmark::State& state) {
  run_layer<econex::Record>(
      state,
      [](const econex::Extractor& x, std::string_view t, const econex::Options& o,
         std::vector<econex::Record>* out) { return x.extract(t, o, out); },
      "records");
}

void BM_Quantities(benchmark::State& state) {
  run_layer<econex::Quantity>(
      state,
      [](const econex::Extractor& x, std::string_view t, const econex::Options& o,
         std::vector<econex::Quantity>* out) { return x.quantities(t, o, out); },
      "quantities");
}

void BM_Periods(benchmark::State& state) {
  run_layer<econex::Period>(
      state,
      [](const econex::Extractor& x, std::string_view t, const econex::Options& o,
         std::vector<econex::Period>* out) { return x.periods(t, o, out); },
      "periods");
}

void BM_Construct(benchmark::State& state) {
  for (auto _ : state) {
    econex::Extractor x;
    benchmark::DoNotOptimize(&x);
  }
}

void BM_ExtractThreads(benchmark::State& state) {
  const Buffer& b = buffer();
  const econex::Extractor& x = extractor();
  const std::size_t t = static_cast<std::size_t>(state.thread_index());
  const std::size_t n = static_cast<std::size_t>(state.threads());
  std::size_t mine = 0;
  for (std::size_t k = t; k < b.docs.size(); k += n) mine += b.docs[k].size;
  std::vector<econex::Record> out;
  for (auto _ : state) {
    for (std::size_t k = t; k < b.docs.size(); k += n) {
      const Buffer::Doc& d = b.docs[k];
      econex::Status st = x.extract(b.text(d), *d.options, &out);
      if (!st.ok()) {
        state.SkipWithError(st.message().c_str());
        return;
      }
      benchmark::DoNotOptimize(out.data());
    }
  }
  const double bytes = static_cast<double>(state.iterations()) * static_cast<double>(mine);
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["per_thread_bytes"] =
      benchmark::Counter(bytes, benchmark::Counter::kAvgThreadsRate, benchmark::Counter::kIs1024);
}

// One-thread figures are CPU time (bytes_per_second too), which other load on
// a shared machine disturbs least; the thread benchmark needs wall time.
BENCHMARK(BM_CandidateScan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Quantities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Periods)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Construct)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractThreads)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(1)->Threads(2);

// Console output as usual, and the figures the summary needs.
class Reporter : public benchmark::ConsoleReporter {
 public:
  explicit Reporter(bool color) : ConsoleReporter(color ? OO_ColorTabular : OO_Tabular) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      if (r.run_type != Run::RT_Iteration || r.error_occurred) continue;
      Figures& f = figures_[r.benchmark_name()];
      auto it = r.counters.find("bytes_per_second");
      if (it != r.counters.end()) f.bytes_per_second = it->second.value;
      f.cpu_seconds_per_iteration = r.GetAdjustedCPUTime() / unit_per_second(r.time_unit);
    }
    ConsoleReporter::ReportRuns(runs);
  }

  void summary() const {
    const double kMiB = 1024.0 * 1024.0;
    std::printf("\nSummary (targets of issue #5):\n");
    const Figures* scan = find("BM_CandidateScan");
    const Figures* ext = find("BM_Extract");
    if (scan && ext && scan->bytes_per_second > 0) {
      double ratio = ext->bytes_per_second / scan->bytes_per_second;
      std::printf(
          "  extract / candidate scan = %.2f / %.2f MiB/s CPU = %.3f (target >= 0.333: %s)\n",
          ext->bytes_per_second / kMiB, scan->bytes_per_second / kMiB, ratio,
          ratio >= 1.0 / 3.0 ? "met" : "NOT met");
    }
    if (const Figures* c = find("BM_Construct")) {
      double ms = c->cpu_seconds_per_iteration * 1e3;
      std::printf("  extractor construction = %.2f ms CPU (target < 50 ms: %s)\n", ms,
                  ms < 50 ? "met" : "NOT met");
    }
    const Figures* t1 = find("BM_ExtractThreads/real_time/threads:1");
    const Figures* t2 = find("BM_ExtractThreads/real_time/threads:2");
    if (t1 && t2 && t1->bytes_per_second > 0) {
      double s = t2->bytes_per_second / t1->bytes_per_second;
      std::printf("  2 threads / 1 thread = %.2f / %.2f MiB/s wall = %.2fx (target >= 1.8x: %s)\n",
                  t2->bytes_per_second / kMiB, t1->bytes_per_second / kMiB, s,
                  s >= 1.8 ? "met" : "NOT met");
    }
  }

 private:
  struct Figures {
    double bytes_per_second = 0, cpu_seconds_per_iteration = 0;
  };
  static double unit_per_second(benchmark::TimeUnit u) {
    switch (u) {
      case benchmark::kNanosecond:
        return 1e9;
      case benchmark::kMicrosecond:
        return 1e6;
      case benchmark::kMillisecond:
        return 1e3;
      default:
        return 1;
    }
  }
  const Figures* find(const std::string& name) const {
    auto it = figures_.find(name);
    return it == figures_.end() ? nullptr : &it->second;
  }
  std::map<std::string, Figures> figures_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  Reporter reporter(isatty(STDOUT_FILENO) != 0);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.summary();
  benchmark::Shutdown();
  return 0;
}

// Thread safety under load (issue #6): one shared Extractor, many threads,
// every corpus document (tests/corpus/seeds, tests/golden) with several
// option sets, through extract, quantities and periods, each thread in its
// own order. Every result must be identical, byte for byte, to the
// single-threaded one. Run under ThreadSanitizer by scripts/sanitizers.sh.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "econex/econex.hpp"

namespace {

namespace fs = std::filesystem;

struct Job {
  std::string name;
  std::string text;
  econex::Options options;
};

std::vector<Job> corpus_jobs() {
  std::vector<fs::path> files;
  for (const char* dir : {"corpus/seeds", "golden"}) {
    fs::path d = fs::path(ECONEX_TEST_DATA_DIR) / dir;
    if (!fs::is_directory(d)) continue;
    for (const auto& e : fs::directory_iterator(d))
      if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<econex::Options> option_sets(3);
  option_sets[1].reference_date = "2025-04-25";
  option_sets[1].default_region = "500000";
  option_sets[2].invalid_utf8 = econex::InvalidUtf8::kReplace;
  option_sets[2].default_region = "420500";
  std::vector<Job> jobs;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::size_t k = 0; k < option_sets.size(); ++k)
      jobs.push_back(Job{f.filename().string() + "#" + std::to_string(k), text, option_sets[k]});
  }
  // documents that fail, and one that fails only without replacement
  std::string bad = jobs.empty() ? std::string("增长6%") : jobs[0].text.substr(0, 3000);
  bad.insert(bad.size() / 2, "\xFF");
  jobs.push_back(Job{"invalid", bad, econex::Options()});
  econex::Options replace;
  replace.invalid_utf8 = econex::InvalidUtf8::kReplace;
  jobs.push_back(Job{"invalid-replaced", bad, replace});
  econex::Options bad_date;
  bad_date.reference_date = "2025-02-30";
  jobs.push_back(Job{"bad-date", "增长6%", bad_date});
  return jobs;
}

// Everything a call returns, as one string.
std::string run(const econex::Extractor& x, const Job& j) {
  std::string out;
  std::vector<econex::Record> rs;
  econex::Status st = x.extract(j.text, j.options, &rs);
  out += std::to_string(static_cast<int>(st.code())) + " " + std::to_string(st.offset()) + " " +
         st.message() + "\n";
  for (const econex::Record& r : rs) out += econex::to_json(r, j.name) + "\n";
  std::vector<econex::Quantity> qs;
  st = x.quantities(j.text, j.options, &qs);
  out += std::to_string(static_cast<int>(st.code())) + "\n";
  for (const econex::Quantity& q : qs) out += econex::to_json(q) + "\n";
  std::vector<econex::Period> ps;
  st = x.periods(j.text, j.options, &ps);
  out += std::to_string(static_cast<int>(st.code())) + "\n";
  for (const econex::Period& p : ps) out += econex::to_json(p) + "\n";
  return out;
}

TEST(Stress, SharedExtractorManyThreadsSameResults) {
  const std::vector<Job> jobs = corpus_jobs();
  ASSERT_GE(jobs.size(), 10u) << "corpus not found under " << ECONEX_TEST_DATA_DIR;
  const econex::Extractor x;
  std::vector<std::string> want;
  for (const Job& j : jobs) want.push_back(run(x, j));
  std::size_t records = 0;
  for (const std::string& w : want)
    records += static_cast<std::size_t>(std::count(w.begin(), w.end(), '\n'));
  ASSERT_GT(records, 1000u);

  const unsigned threads = 8;
  std::atomic<int> mismatches{0};
  std::atomic<std::size_t> done{0};
  std::vector<std::string> first_mismatch(threads);
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      std::vector<std::size_t> order(jobs.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::mt19937 rng(t + 1);
      std::shuffle(order.begin(), order.end(), rng);
      for (std::size_t i : order) {
        std::string got = run(x, jobs[i]);
        if (got != want[i]) {
          if (mismatches.fetch_add(1) == 0) first_mismatch[t] = jobs[i].name;
        }
        done.fetch_add(1);
      }
    });
  }
  for (std::thread& th : pool) th.join();
  EXPECT_EQ(done.load(), threads * jobs.size());
  EXPECT_EQ(mismatches.load(), 0) << "first differing documents: " << [&] {
    std::string s;
    for (const std::string& m : first_mismatch) s += m + " ";
    return s;
  }();
}

// Extractors made and destroyed on many threads at once, each used at once.
TEST(Stress, ConstructionOnManyThreads) {
  const std::string text = "一季度全市地区生产总值增长6.5%，规模以上工业增加值增长7%。";
  std::vector<econex::Record> ref;
  ASSERT_TRUE(econex::Extractor().extract(text, econex::Options(), &ref).ok());
  std::atomic<int> bad{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < 8; ++t) {
    pool.emplace_back([&] {
      for (int k = 0; k < 3; ++k) {
        econex::Extractor x;
        std::vector<econex::Record> rs;
        if (!x.extract(text, econex::Options(), &rs).ok() || rs.size() != ref.size()) ++bad;
      }
    });
  }
  for (std::thread& th : pool) th.join();
  EXPECT_EQ(bad.load(), 0);
}

}  // namespace

// A bounded pipeline that keeps order: the caller submits jobs in order,
// `workers` threads run them, and the caller's thread writes the results in
// the order of submission. At most `max_in_flight` jobs are held at once
// (queued, running or finished but not yet written), which bounds memory.
// With no workers, each job runs on the caller's thread when submitted.
#ifndef ECONEX_TOOLS_ORDERED_POOL_H_
#define ECONEX_TOOLS_ORDERED_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace econex_cli {

template <typename Job, typename Result>
class OrderedPool {
 public:
  using Work = std::function<void(Job&, Result*)>;   // on a worker thread
  using Write = std::function<void(Job&, Result&)>;  // on the caller's thread, in order

  OrderedPool(unsigned workers, std::size_t max_in_flight, Work work, Write write)
      : work_(std::move(work)),
        write_(std::move(write)),
        max_in_flight_(max_in_flight < 1 ? 1 : max_in_flight) {
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { run(); });
  }

  ~OrderedPool() { finish(); }

  // Queues a job; writes the finished results at the head of the order, and
  // waits for the oldest while max_in_flight jobs are held.
  void submit(Job job) {
    if (threads_.empty()) {
      Result r{};
      work_(job, &r);
      write_(job, r);
      return;
    }
    std::unique_lock<std::mutex> lock(mu_);
    slots_.push_back(Slot{std::move(job), Result{}, false});
    todo_.push_back(&slots_.back());
    work_ready_.notify_one();
    write_done(lock, max_in_flight_);
  }

  // Waits for every job submitted so far and writes its result.
  void drain() {
    if (threads_.empty()) return;
    std::unique_lock<std::mutex> lock(mu_);
    write_done(lock, 1);
  }

  // Waits for every job, writes the rest and stops the workers.
  void finish() {
    if (threads_.empty()) return;
    {
      std::unique_lock<std::mutex> lock(mu_);
      write_done(lock, 1);  // waits while any job is held
      stop_ = true;
      work_ready_.notify_all();
    }
    for (std::thread& t : threads_) t.join();
    threads_.clear();
  }

 private:
  struct Slot {
    Job job;
    Result result;
    bool done;
  };

  // Writes finished results in order; blocks while at least `limit` jobs are held.
  void write_done(std::unique_lock<std::mutex>& lock, std::size_t limit) {
    for (;;) {
      while (!slots_.empty() && slots_.front().done) {
        Slot s = std::move(slots_.front());
        slots_.pop_front();
        lock.unlock();
        write_(s.job, s.result);
        lock.lock();
      }
      if (slots_.size() < limit) return;
      result_ready_.wait(lock);
    }
  }

  void run() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      work_ready_.wait(lock, [this] { return stop_ || !todo_.empty(); });
      if (todo_.empty()) return;  // stop_
      Slot* s = todo_.front();
      todo_.pop_front();
      lock.unlock();
      Result r{};
      work_(s->job, &r);
      lock.lock();
      s->result = std::move(r);
      s->done = true;
      result_ready_.notify_all();
    }
  }

  Work work_;
  Write write_;
  const std::size_t max_in_flight_;
  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable work_ready_, result_ready_;
  std::deque<Slot> slots_;  // held jobs in order (references stay valid: ends only)
  std::deque<Slot*> todo_;
  bool stop_ = false;
};

}  // namespace econex_cli

#endif  // ECONEX_TOOLS_ORDERED_POOL_H_

#pragma once
// Runs body(i) for every i in [0, count) on up to `jobs` threads, the calling thread being one of them.
// Indices are handed out in order as threads come free, so uneven items balance out. The first exception
// a body throws is rethrown once all threads have stopped; the indices not yet started are then skipped.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace dlint {

// One thread per core, at least one.
inline unsigned default_jobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

template <class Body>
void parallel_for(std::size_t count, unsigned jobs, Body&& body) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        body(i);
      } catch (...) {
        std::lock_guard lock(failure_lock);
        if (!failure) failure = std::current_exception();
        next = count;
      }
    }
  };
  const std::size_t threads_wanted = std::min<std::size_t>(jobs == 0 ? default_jobs() : jobs, count);
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < threads_wanted; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace dlint

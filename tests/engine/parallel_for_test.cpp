// parallel_for visits every index once, on the threads asked for, and passes a body's exception on.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "support/parallel_for.hpp"

using namespace dlint;

TEST_CASE("parallel_for visits every index exactly once", "[engine]") {
  for (unsigned jobs : {1u, 2u, 7u}) {
    std::vector<std::atomic<int>> visits(1000);
    parallel_for(visits.size(), jobs, [&](std::size_t i) { ++visits[i]; });
    for (const auto& v : visits) REQUIRE(v == 1);
  }
  int calls = 0;
  parallel_for(0, 4, [&](std::size_t) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("parallel_for rethrows the first exception once every thread has stopped", "[engine]") {
  auto fails_at_3 = [](std::atomic<int>& started) {
    return [&started](std::size_t i) {
      ++started;
      if (i == 3) throw std::runtime_error("item 3 failed");
    };
  };
  std::atomic<int> started{0};
  CHECK_THROWS_WITH(parallel_for(100, 2, fails_at_3(started)), "item 3 failed");
  // On one thread the order is fixed: the indices after the failure are never started.
  started = 0;
  CHECK_THROWS_WITH(parallel_for(100, 1, fails_at_3(started)), "item 3 failed");
  CHECK(started == 4);
}

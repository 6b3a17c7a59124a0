// DerivedSlot keeps one derived value per node and never carries it over to a copy or a move.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "ir/derived_slot.hpp"

using dlint::ir::DerivedSlot;

TEST_CASE("DerivedSlot computes once, per type, and starts empty when copied or moved", "[ir]") {
  DerivedSlot slot;
  int computed = 0;
  auto answer = [&] {
    ++computed;
    return 42;
  };
  CHECK(slot.get<int>(answer) == 42);
  CHECK(slot.get<int>(answer) == 42);
  CHECK(computed == 1);

  // Another type replaces the value.
  CHECK(slot.get<std::string>([] { return std::string("text"); }) == "text");
  CHECK(slot.get<int>(answer) == 42);
  CHECK(computed == 2);

  DerivedSlot copy = slot;
  CHECK(copy.get<int>(answer) == 42);
  CHECK(computed == 3);
  DerivedSlot moved = std::move(slot);
  CHECK(moved.get<int>(answer) == 42);
  CHECK(computed == 4);
  copy = moved;
  CHECK(copy.get<int>(answer) == 42);
  CHECK(computed == 5);
}

#pragma once
// A place on an IR node for a fact derived from the node that many rules ask for again (which package
// manager a command runs, with its arguments read, say). It holds a value of any type, so the IR does not
// depend on the code that derives it. Such a value may point into the node, so a copied or moved node
// starts with an empty slot, and the fact is derived again for the copy when asked.
#include <memory>

namespace dlint::ir {

class DerivedSlot {
 public:
  DerivedSlot() = default;
  DerivedSlot(const DerivedSlot&) {}
  DerivedSlot(DerivedSlot&&) noexcept {}
  DerivedSlot& operator=(const DerivedSlot&) {
    clear();
    return *this;
  }
  DerivedSlot& operator=(DerivedSlot&&) noexcept {
    clear();
    return *this;
  }

  // What compute() returns, computed on the first call and kept. A slot asked for another type than the
  // one it holds computes and keeps the new one.
  template <class T, class Compute>
  const T& get(Compute&& compute) const {
    if (!value_ || type_ != &kTypeTag<T>) {
      value_ = std::make_shared<const T>(compute());
      type_ = &kTypeTag<T>;
    }
    return *static_cast<const T*>(value_.get());
  }

 private:
  template <class T>
  static constexpr char kTypeTag = 0;  // its address tells the types apart

  void clear() {
    value_.reset();
    type_ = nullptr;
  }

  mutable std::shared_ptr<const void> value_;
  mutable const void* type_ = nullptr;
};

}  // namespace dlint::ir

#pragma once
// Facts derived from the files around the inputs — a build context's walk, the credentials in a file —
// that the analyses of several inputs ask for: every Dockerfile in a directory has that directory as its
// context. The files do not change while a run reads them, so a run computes each fact once and shares it
// between the analyses of all inputs, whichever thread they run on.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <typeindex>
#include <utility>

namespace dlint {

class FactMemo {
 public:
  // The fact of type T named `key`, computed by `compute()` the first time it is asked for. Two threads
  // asking at once may both compute it; the first result is kept, so every caller sees the same value.
  template <class T, class Compute>
  std::shared_ptr<const T> get(const std::string& key, Compute&& compute) {
    Key id{std::type_index(typeid(T)), key};
    {
      std::lock_guard lock(mutex_);
      if (auto it = facts_.find(id); it != facts_.end()) return std::static_pointer_cast<const T>(it->second);
    }
    std::shared_ptr<const void> value = std::make_shared<const T>(compute());
    std::lock_guard lock(mutex_);
    auto [it, inserted] = facts_.try_emplace(std::move(id), std::move(value));
    return std::static_pointer_cast<const T>(it->second);
  }

 private:
  using Key = std::pair<std::type_index, std::string>;
  std::mutex mutex_;
  std::map<Key, std::shared_ptr<const void>> facts_;
};

}  // namespace dlint

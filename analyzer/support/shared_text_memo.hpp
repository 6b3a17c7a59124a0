#pragma once
// A memo of values computed from a text alone, shared by all threads and bounded by the bytes of text it
// keeps: when a new entry would pass the budget, the least recently used entries are dropped. For pure
// functions of the text only (a parse, say), so that a value may be handed to any caller that asks with
// the same text. Values are immutable once stored; callers copy what they need to change.
#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace dlint {

template <class Value>
class SharedTextMemo {
 public:
  explicit SharedTextMemo(std::size_t budget_bytes) : budget_(budget_bytes) {}

  // The value for `text`, computing it with `compute(text)` when it is not kept. The computation runs
  // outside the lock: two threads missing the same text at once both compute it, and one result is kept.
  // Texts larger than a sixteenth of the budget are computed every time and never kept.
  template <class Compute>
  std::shared_ptr<const Value> get(std::string_view text, Compute&& compute) {
    if (text.size() > budget_ / 16) return std::make_shared<const Value>(compute(text));
    {
      std::lock_guard guard(lock_);
      if (auto it = index_.find(text); it != index_.end()) {
        order_.splice(order_.begin(), order_, it->second);  // now the most recent
        return it->second->second;
      }
    }
    auto value = std::make_shared<const Value>(compute(text));
    std::lock_guard guard(lock_);
    if (index_.contains(text)) return value;
    while (!order_.empty() && used_ + text.size() > budget_) {
      used_ -= order_.back().first.size();
      index_.erase(order_.back().first);
      order_.pop_back();
    }
    order_.emplace_front(std::string(text), value);
    index_.emplace(order_.front().first, order_.begin());
    used_ += text.size();
    return value;
  }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const Value>>;
  std::mutex lock_;
  std::list<Entry> order_;  // most recently used first; the index's keys view these strings
  std::unordered_map<std::string_view, typename std::list<Entry>::iterator> index_;
  std::size_t used_ = 0;
  const std::size_t budget_;
};

}  // namespace dlint

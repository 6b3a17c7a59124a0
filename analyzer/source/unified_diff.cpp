// Myers' O((N+M)D) shortest edit script over lines; D (lines changed by fixes) is small.
#include "source/unified_diff.hpp"

#include <algorithm>
#include <vector>

namespace dlint {
namespace {

// Lines with their terminators, so a missing final newline shows up as a change.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op : char { Keep = ' ', Remove = '-', Add = '+' };

std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int max = n + m;
  std::vector<int> v(2 * max + 2, 0);
  std::vector<std::vector<int>> trace;
  int found_d = -1;
  for (int d = 0; d <= max && found_d < 0; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x;
      if (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) {
        x = v[k + 1 + max];
      } else {
        x = v[k - 1 + max] + 1;
      }
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) {
        ++x;
        ++y;
      }
      v[k + max] = x;
      if (x >= n && y >= m) {
        found_d = d;
        break;
      }
    }
  }
  // Walk the trace back from (n, m).
  std::vector<Op> ops;
  int x = n;
  int y = m;
  for (int d = found_d; d > 0; --d) {
    const std::vector<int>& vd = trace[d];
    int k = x - y;
    int prev_k = (k == -d || (k != d && vd[k - 1 + max] < vd[k + 1 + max])) ? k + 1 : k - 1;
    int prev_x = vd[prev_k + max];
    int prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      ops.push_back(Op::Keep);
      --x;
      --y;
    }
    ops.push_back(x == prev_x ? Op::Add : Op::Remove);
    x = prev_x;
    y = prev_y;
  }
  while (x > 0 && y > 0) {
    ops.push_back(Op::Keep);
    --x;
    --y;
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

void append_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

std::string range(std::size_t start, std::size_t count) {
  // diff -u numbers an empty range by the line before it.
  std::size_t first = count == 0 ? start : start + 1;
  return count == 1 ? std::to_string(first) : std::to_string(first) + "," + std::to_string(count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& label, unsigned context) {
  if (before == after) return {};
  auto a = split_lines(before);
  auto b = split_lines(after);
  std::vector<Op> ops = edit_script(a, b);

  std::string out = "--- a/" + label + "\n+++ b/" + label + "\n";
  std::size_t i = 0;
  while (i < ops.size()) {
    if (ops[i] == Op::Keep) {
      ++i;
      continue;
    }
    // A hunk: from `context` kept lines before this change to `context` after the last change that is
    // at most 2*context kept lines from the next.
    std::size_t start = i >= context ? i - context : 0;
    std::size_t end = i;
    while (end < ops.size()) {
      if (ops[end] != Op::Keep) {
        ++end;
        continue;
      }
      std::size_t run = end;
      while (run < ops.size() && ops[run] == Op::Keep) ++run;
      if (run == ops.size() || run - end > 2 * context) {
        end = std::min(run, end + context);
        break;
      }
      end = run;
    }
    // Line numbers of the hunk's start in each text.
    std::size_t ai = 0;
    std::size_t bi = 0;
    for (std::size_t k = 0; k < start; ++k) {
      if (ops[k] != Op::Add) ++ai;
      if (ops[k] != Op::Remove) ++bi;
    }
    std::size_t a_count = 0;
    std::size_t b_count = 0;
    std::string body;
    std::size_t ax = ai;
    std::size_t bx = bi;
    for (std::size_t k = start; k < end; ++k) {
      switch (ops[k]) {
        case Op::Keep:
          append_line(body, ' ', a[ax++]);
          ++bx;
          ++a_count;
          ++b_count;
          break;
        case Op::Remove:
          append_line(body, '-', a[ax++]);
          ++a_count;
          break;
        case Op::Add:
          append_line(body, '+', b[bx++]);
          ++b_count;
          break;
      }
    }
    out += "@@ -" + range(ai, a_count) + " +" + range(bi, b_count) + " @@\n" + body;
    i = end;
  }
  return out;
}

}  // namespace dlint

// STYLE001: instruction keywords mix upper and lower case; the file's majority casing wins.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/each_op.hpp"

namespace dlint::rules {
namespace {

enum class Casing { Upper, Lower, Mixed };

Casing casing_of(std::string_view word) {
  bool upper = std::none_of(word.begin(), word.end(), [](unsigned char c) { return std::islower(c); });
  bool lower = std::none_of(word.begin(), word.end(), [](unsigned char c) { return std::isupper(c); });
  return upper ? Casing::Upper : lower ? Casing::Lower : Casing::Mixed;
}

std::string recase(std::string_view word, Casing to) {
  std::string out(word);
  for (auto& c : out) {
    c = static_cast<char>(to == Casing::Lower ? std::tolower(static_cast<unsigned char>(c))
                                              : std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

class InconsistentInstructionCasing final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "STYLE001",
        .name = "inconsistent-instruction-casing",
        .family = "style",
        .severity = Severity::Style,
        .kinds = {InputKind::Dockerfile},
        .summary = "Instruction keywords mix upper and lower case",
        .rationale =
            "Docker reads keywords in any case, but a file that mixes `RUN` and `run` is harder to scan. "
            "The casing most of the file's instructions use is taken as the convention (upper case "
            "on a tie), and the others are reported with a fix.",
        .bad_example = "FROM alpine:3.19\nrun apk add --no-cache curl\nCMD [\"curl\"]\n",
        .good_example = "FROM alpine:3.19\nRUN apk add --no-cache curl\nCMD [\"curl\"]\n",
        .fixable = true,
        .aliases = {"ConsistentInstructionCasing"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    std::vector<const ir::Text*> keywords;
    for (const auto& op : ctx.build->global_args) keywords.push_back(&op.keyword);
    for (const auto& stage : ctx.build->stages) keywords.push_back(&stage.keyword);
    for_each_op(*ctx.build, [&](const ir::Op& op, std::size_t) { keywords.push_back(&op.keyword); });
    std::size_t upper = 0, lower = 0;
    for (const auto* k : keywords) {
      Casing c = casing_of(k->value);
      upper += c == Casing::Upper;
      lower += c == Casing::Lower;
    }
    Casing majority = lower > upper ? Casing::Lower : Casing::Upper;
    std::sort(keywords.begin(), keywords.end(),
              [](const ir::Text* a, const ir::Text* b) { return a->span.begin < b->span.begin; });
    for (const auto* k : keywords) {
      if (k->value.empty() || casing_of(k->value) == majority) continue;
      std::string fixed = recase(k->value, majority);
      ctx.report(k->span,
                 "'" + k->value + "' does not match the file's " + (majority == Casing::Upper ? "upper" : "lower") +
                     "-case keywords; write '" + fixed + "'",
                 Fix{"write '" + fixed + "'", {TextEdit{k->span.begin, k->span.end, fixed}}, true});
    }
  }
};

DLINT_REGISTER_RULE(InconsistentInstructionCasing);

}  // namespace
}  // namespace dlint::rules

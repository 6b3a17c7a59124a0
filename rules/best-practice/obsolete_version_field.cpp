// BP102: the top-level `version:` is obsolete.
#include "engine/rule.hpp"
#include "ir/application.hpp"

namespace dlint::rules {
namespace {

class ObsoleteVersionField final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP102",
        .name = "obsolete-version-field",
        .family = "best-practice",
        .severity = Severity::Info,
        .kinds = {InputKind::Compose},
        .summary = "The top-level `version:` is obsolete",
        .rationale =
            "The Compose Specification ignores `version:`; docker compose prints \"the attribute `version` "
            "is obsolete, it will be ignored\". It suggests that features depend on it, which they no "
            "longer do. The fix removes the line.",
        .bad_example = "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n",
        .good_example = "services:\n  web:\n    image: nginx:1.27\n",
        .fixable = true,
        .aliases = {"no-version-field"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.application || !ctx.application->version) return;
    const Span& entry = ctx.application->version_entry;
    std::optional<Fix> fix;
    // The fix removes whole lines, so only when `version:` sits alone on its lines of the analyzed file.
    const SourceFile& file = ctx.file();
    if (entry.file == file.id() && entry.valid()) {
      std::string_view text = file.text();
      std::uint32_t begin = entry.begin;
      while (begin > 0 && text[begin - 1] != '\n') --begin;
      std::uint32_t end = entry.end;
      while (end < text.size() && text[end] != '\n') ++end;
      bool alone = text.substr(begin, entry.begin - begin).find_first_not_of(" \t") == std::string_view::npos &&
                   (text.substr(entry.end, end - entry.end).find_first_not_of(" \t\r") == std::string_view::npos ||
                    text.substr(entry.end, end - entry.end).find_first_not_of(" \t") ==
                        text.substr(entry.end, end - entry.end).find('#'));
      if (end < text.size()) ++end;
      if (alone) fix = Fix{"remove the obsolete `version:` line", {{begin, end, ""}}, true};
    }
    ctx.report(entry, "`version: " + ctx.application->version->value + "` is obsolete and ignored by docker compose",
               std::move(fix));
  }
};

}  // namespace

DLINT_REGISTER_RULE(ObsoleteVersionField);

}  // namespace dlint::rules

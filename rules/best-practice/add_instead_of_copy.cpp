// BP005: ADD of local files that ADD does nothing special with; COPY says what happens.
#include <algorithm>
#include <cctype>

#include "engine/rule.hpp"
#include "ir/build_definition.hpp"
#include "rules/support/add_sources.hpp"
#include "rules/support/edits.hpp"

namespace dlint::rules {
namespace {

// COPY spelled like `keyword`: "add" -> "copy", "Add" -> "Copy", anything else upper-case.
std::string copy_keyword(std::string_view keyword) {
  auto lower = [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; };
  if (!keyword.empty() && std::all_of(keyword.begin(), keyword.end(), lower)) return "copy";
  if (keyword.size() > 1 && !lower(keyword[0]) && std::all_of(keyword.begin() + 1, keyword.end(), lower)) {
    return "Copy";
  }
  return "COPY";
}

// True when every source is a plain local path (no URL, git repository, archive or variable) and every
// flag is one COPY accepts too.
bool copy_would_do(const ir::Op& op, const ir::CopyOp& add) {
  for (const auto& flag : op.flags) {
    if (flag.name != "chown" && flag.name != "chmod" && flag.name != "link" && flag.name != "exclude") return false;
  }
  if (add.sources.empty() && add.heredocs.empty()) return false;
  return std::none_of(add.sources.begin(), add.sources.end(), [](const ir::Text& source) {
    const std::string& s = source.value;
    return s.find('$') != std::string::npos || is_remote_source(s) || looks_like_archive(s);
  });
}

class AddInsteadOfCopy final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "BP005",
        .name = "add-instead-of-copy",
        .family = "best-practice",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "ADD of local files where COPY would do",
        .rationale =
            "ADD does more than COPY: it downloads URLs, clones git repositories, and unpacks local tar "
            "archives (plain or compressed with gzip, bzip2, xz or zstd). When none of that is wanted, COPY "
            "says exactly what happens, and a file that later turns into an archive is not unpacked by "
            "surprise. Reported when every source is a local path that does not look like a tar archive "
            "(.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst and the like; ADD does not unpack .zip), and ADD "
            "has no flag of its own (--checksum, --keep-git-dir, ...). Sources with variables are not judged. "
            "The fix replaces the keyword with COPY, in the same letter case.",
        .bad_example = "FROM python:3.12-slim\nADD requirements.txt /app/\n",
        .good_example = "FROM python:3.12-slim\nCOPY requirements.txt /app/\n",
        .fixable = true,
        .aliases = {"DL3020", "DS005", "DS-0005", "CKV_DOCKER_4"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for (const auto& stage : ctx.build->stages) {
      for (const auto& op : stage.ops) {
        if (const auto* onbuild = op.as<ir::OnbuildOp>()) {
          if (onbuild->trigger) check_add(ctx, *onbuild->trigger);
        } else {
          check_add(ctx, op);
        }
      }
    }
  }

 private:
  static void check_add(RuleContext& ctx, const ir::Op& op) {
    const auto* add = op.kind == ir::OpKind::Add ? op.as<ir::CopyOp>() : nullptr;
    if (!add || !copy_would_do(op, *add)) return;
    const Span& keyword = op.keyword.span;
    ctx.report(
        keyword, "ADD of local files that it neither downloads nor unpacks; use COPY",
        Fix{"replace ADD with COPY", {TextEdit{keyword.begin, keyword.end, copy_keyword(op.keyword.value)}}, true});
  }
};

}  // namespace

DLINT_REGISTER_RULE(AddInsteadOfCopy);

}  // namespace dlint::rules

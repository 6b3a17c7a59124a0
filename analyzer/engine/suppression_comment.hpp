#pragma once
// Reads one comment as a suppression, in any of the spellings dlint honors:
//   # dlint ignore=ID[,ID]           next instruction      # dlint ignore-file=ID[,ID]      whole file
//   # hadolint ignore=DL3008, ...    next instruction      # hadolint global ignore=...     whole file
//   # hadolint stage ignore=...      the stage whose FROM is the next instruction
//   # trivy:ignore:DS002             next instruction (also AVD-DS-0002, DS-0002)
//   # checkov:skip=CKV_DOCKER_3[:reason]   whole file, as Checkov applies Dockerfile skips
// (`# hadolint shell=powershell`, which names the file's default shell, is read by
// knowledge/shell_in_effect.)
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint {

struct SuppressionComment {
  enum class Scope : unsigned char { NextInstruction, File, Stage };
  enum class Tool : unsigned char { Dlint, Hadolint, Trivy, Checkov };
  Scope scope = Scope::NextInstruction;
  Tool tool = Tool::Dlint;
  struct Name {
    std::string text;
    std::uint32_t offset;  // byte offset of the name within the comment text
  };
  std::vector<Name> names;
};

// `comment` is the text after '#'. Returns nullopt when it is not a suppression.
std::optional<SuppressionComment> parse_suppression_comment(std::string_view comment);

// A rule name as another tool writes it, reduced to the alias dlint's rules carry: Trivy's
// "AVD-DS-0002" becomes "DS-0002".
std::string_view foreign_rule_alias(std::string_view name);

// Whether `name` has the shape of a code of the tool (DL3059, SC2086, DS-0017, CKV2_DOCKER_4), so that a
// code dlint has no rule for is accepted rather than reported as a typo.
bool foreign_code_shape(SuppressionComment::Tool tool, std::string_view name);

// BuildKit's check directive value, e.g. "skip=JSONArgsRecommended,StageNameCasing;error=true".
struct CheckDirective {
  std::vector<std::string> skip;  // may contain "all"
  bool error = false;
};
CheckDirective parse_check_directive(std::string_view value);

}  // namespace dlint

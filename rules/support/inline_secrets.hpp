#pragma once
// A key/value entry (compose environment, build arg, run.toml env) whose value is written in the file:
// reported when the value is a known credential (at the value) or the key names a secret (at the key).
// The value is masked in the output and shown only by its first characters.
#include <string>
#include <string_view>

#include "engine/rule.hpp"
#include "ir/application.hpp"
#include "knowledge/secret_patterns.hpp"

namespace dlint::rules {

// `where` names the entry ("service api: environment DB_PASSWORD"); each advice ends the message of its
// case ("reference it as `${DB_PASSWORD}` instead").
inline void report_inline_secret(RuleContext& ctx, const ir::KeyValueEntry& entry, const std::string& where,
                                 std::string_view value_advice, std::string_view name_advice) {
  if (!entry.value) return;
  const std::string& value = entry.value->value;
  if (auto match = knowledge::find_secret_value(value)) {
    ctx.report_secret(entry.value->span,
                      where + " holds " + match->kind + " (" +
                          knowledge::redact_secret(value.substr(match->offset, match->length)) + "); " +
                          std::string(value_advice),
                      entry.value->span);
  } else if (knowledge::secret_name(entry.key.value)) {
    ctx.report_secret(entry.key.span,
                      where + " looks like a secret written in the file (" + knowledge::redact_secret(value) + "); " +
                          std::string(name_advice),
                      entry.value->span);
  }
}

}  // namespace dlint::rules

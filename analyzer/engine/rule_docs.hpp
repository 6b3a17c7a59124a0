#pragma once
// Rule documentation generated from RuleMeta: the docs/rules/ pages and `dlint explain`. Never written by hand.
#include <string>

#include "engine/rule.hpp"

namespace dlint {

std::string rule_doc_markdown(const RuleMeta& rule);  // docs/rules/<ID>.md
std::string rule_index_markdown();                    // docs/rules/README.md
std::string rule_explain_text(const RuleMeta& rule);  // `dlint explain`

}  // namespace dlint

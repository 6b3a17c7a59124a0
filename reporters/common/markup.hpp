#pragma once
// Escaping for the text formats that embed messages: XML attributes and text, GitHub workflow commands.
#include <string>
#include <string_view>

namespace dlint::reporters {

std::string xml_escape(std::string_view text);  // for attributes and element text
// GitHub workflow commands: `::warning file=...::message`. Properties escape more than the message.
std::string workflow_message_escape(std::string_view text);
std::string workflow_property_escape(std::string_view text);

}  // namespace dlint::reporters

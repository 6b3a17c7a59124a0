// `KEY=VALUE` list items split into key and value nodes located as written.
#include "frontends/compose/loader.hpp"

namespace dlint::compose {

using yaml::Kind;
using yaml::Node;
using yaml::NodePtr;

// Splits a `KEY=VALUE` scalar into key and value nodes whose spans point at each part as written.
std::pair<NodePtr, NodePtr> Loader::split_item(const Node& item) {
  auto key = std::make_shared<Node>(item);
  std::size_t eq = item.value.find('=');
  Span key_span = item.span, value_span = item.span;
  if (const SourceFile* file = source_of(item.span.file); file && item.span.valid()) {
    std::string_view written = file->text().substr(item.span.begin, item.span.end - item.span.begin);
    std::uint32_t quote = (!written.empty() && (written[0] == '"' || written[0] == '\'')) ? 1 : 0;
    std::size_t weq = written.find('=');
    if (weq != std::string_view::npos) {
      key_span = file->span(item.span.begin + quote, static_cast<std::uint32_t>(item.span.begin + weq));
      value_span = file->span(static_cast<std::uint32_t>(item.span.begin + weq + 1),
                              item.span.end - (quote && written.size() > 1 ? quote : 0));
    } else {
      key_span = file->span(item.span.begin + quote, item.span.end - (quote && written.size() > 1 ? quote : 0));
    }
  }
  key->span = key_span;
  if (eq == std::string::npos) {
    key->value = item.value;
    key->raw = item.raw.substr(0, item.raw.find('='));
    return {key, nullptr};
  }
  key->value = item.value.substr(0, eq);
  key->raw = item.raw.substr(0, item.raw.find('='));
  key->quoted = true;
  auto value = std::make_shared<Node>(item);
  value->value = item.value.substr(eq + 1);
  std::size_t raw_eq = item.raw.find('=');
  value->raw = raw_eq == std::string::npos ? value->value : item.raw.substr(raw_eq + 1);
  value->quoted = true;
  value->span = value_span;
  return {key, value};
}

}  // namespace dlint::compose

#include "ir/application.hpp"

namespace dlint::ir {

bool Service::has_security_opt(std::string_view prefix) const {
  for (const auto& opt : security_opt) {
    if (opt.value.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

const Service* Application::service(std::string_view name) const {
  for (const auto& s : services) {
    if (s.name.value == name) return &s;
  }
  return nullptr;
}

const Resource* Application::secret(std::string_view name) const {
  for (const auto& s : secrets) {
    if (s.name.value == name) return &s;
  }
  return nullptr;
}

std::shared_ptr<const SourceFile> Application::file_of(const Span& span) const {
  for (const auto& f : files) {
    if (f->id() == span.file) return f;
  }
  return nullptr;
}

}  // namespace dlint::ir

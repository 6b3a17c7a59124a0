#include "knowledge/system_directories.hpp"

#include <array>
#include <string>

namespace dlint::knowledge {

SystemDirectory system_directory(std::string_view raw) {
  if (raw.empty() || raw[0] != '/') return SystemDirectory::None;
  std::string path(raw);
  for (auto at = path.find("/./"); at != std::string::npos; at = path.find("/./")) path.erase(at, 2);
  while (path.size() > 1 && (path.back() == '/' || (path.size() > 2 && path.ends_with("/.")))) {
    path.pop_back();
    if (path.size() > 1 && path.back() == '/') path.pop_back();
  }
  if (path == "/" || path == "/.") return SystemDirectory::Root;
  static constexpr std::array<std::string_view, 6> virtual_roots{"/proc", "/sys",    "/dev",
                                                                 "/boot", "/initrd", "/lost+found"};
  for (auto root : virtual_roots) {
    if (path == root || (path.size() > root.size() && path.starts_with(root) && path[root.size()] == '/')) {
      return SystemDirectory::Virtual;
    }
  }
  static constexpr std::array<std::string_view, 14> os_dirs{
      "/bin",      "/sbin",    "/lib",       "/lib32", "/lib64", "/usr",           "/usr/bin",
      "/usr/sbin", "/usr/lib", "/usr/lib64", "/etc",   "/var",   "/usr/local/bin", "/run"};
  for (auto dir : os_dirs) {
    if (path == dir) return SystemDirectory::OsRoot;
  }
  return SystemDirectory::None;
}

}  // namespace dlint::knowledge

#pragma once
// Directories of a Linux filesystem that belong to the system: kernel and device file systems where
// nothing written at build time survives or makes sense, and the top-level directories of the OS itself.
#include <string_view>

namespace dlint::knowledge {

enum class SystemDirectory : unsigned char {
  None,
  Virtual,  // /proc, /sys, /dev, /boot, /initrd, /lost+found and below: kernel-managed or not in the image
  OsRoot,   // exactly /bin, /sbin, /lib, /usr, /usr/bin, /etc, /var, ...: the OS's own directories
  Root,     // exactly /
};

// Classifies an absolute path (trailing slashes and `/./` ignored).
SystemDirectory system_directory(std::string_view path);

}  // namespace dlint::knowledge

#pragma once
// Effective configuration for analyzing one file: built from defaults, the nearest `.dlint.yaml`
// (or `.hadolint.yaml`), and command-line options.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/severity.hpp"

namespace dlint {

struct Config {
  // Rule id -> on/off, for rules switched away from their default. Keys are canonical rule ids.
  std::map<std::string, bool, std::less<>> enabled;
  // Rule id -> severity override.
  std::map<std::string, Severity, std::less<>> severity;
  // Findings at or above this severity make `dlint analyze` exit 1. nullopt: never fail ("none").
  std::optional<Severity> failure_threshold = Severity::Info;
  std::vector<std::string> ignored_paths;                      // glob patterns, relative to the config file
  std::vector<std::string> trusted_registries;                 // empty: every registry is trusted
  std::map<std::string, std::string, std::less<>> build_args;  // as `docker build --build-arg`
  // Required labels and the type of their value (text, url, semver, hash, rfc3339, spdx, email).
  std::map<std::string, std::string, std::less<>> label_schema;
  bool strict_labels = false;  // labels outside label_schema are reported
  // Image name ("node", "ghcr.io/acme/app") -> the tag `dlint fix` replaces :latest with.
  std::map<std::string, std::string, std::less<>> pinned_tags;
  std::string origin;  // the file this came from, for messages; empty for defaults
};

}  // namespace dlint

#pragma once
// Off-the-shelf infrastructure images: databases, caches, message brokers, search engines and the like.
// A service that runs one keeps running it as a container beside WASI components (a Docker bridge): the
// project does not own its code, and most of them keep state on disk that outlives the process.
#include <string_view>

#include "ir/image_ref.hpp"

namespace dlint::knowledge {

enum class InfrastructureKind : unsigned char {
  Database,
  Cache,
  Broker,
  Search,
  Storage,
  Coordination,
  Proxy,
  Observability,
};
std::string_view infrastructure_kind_name(InfrastructureKind kind);  // "database", "cache", ...

struct InfrastructureImage {
  std::string_view name;  // the repository's last path component ("postgres", "cp-kafka")
  InfrastructureKind kind;
  bool stateful;         // keeps data on disk that must survive a restart
  std::string_view why;  // one line: what it is and why it stays a container
};

// The entry for an image, matched on the repository's last path component (so `bitnami/redis` and
// `redis` match alike); null when the image is not known infrastructure.
const InfrastructureImage* find_infrastructure_image(const ir::ImageRef& image);

}  // namespace dlint::knowledge

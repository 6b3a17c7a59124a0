#pragma once
// The verdict for one service of an Application (a compose service, a run.toml component or bridge):
// a run.toml component is WASI already; a service that builds its image takes the image's verdict and
// adds what its own configuration asks for (privileges, devices, host namespaces, the Docker socket);
// a service that only runs an image is off-the-shelf, kept as a Docker bridge.
#include "ir/application.hpp"
#include "portability/verdict.hpp"

namespace dlint::portability {

// `built`: the assessment of the image the service builds (assess_image over its build's Dockerfile),
// or null when it builds none or the Dockerfile could not be read.
Assessment assess_service(const ir::Application& app, const ir::Service& service, const Assessment* built);

}  // namespace dlint::portability

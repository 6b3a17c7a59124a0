#pragma once
// Turns the evaluated build graph into the shared build model. A stage is a maximal chain of states
// where each link is the only thing built on the one before: a state that is exported, copied from,
// mounted, merged, or built upon twice ends its stage, and what is built on it starts a stage `FROM` it.
// bk.export's options become ENV / LABEL / USER / WORKDIR / EXPOSE / ENTRYPOINT / CMD ops at the end of
// the exported stage, so the image config is derived exactly as for a Dockerfile.
#include <optional>

#include "frontends/luakit/build_graph.hpp"
#include "ir/build_definition.hpp"
#include "ir/luakit_script.hpp"

namespace dlint::frontends::luakit {

// Returns the index of the exported stage (nullopt when nothing is exported).
std::optional<std::size_t> lower_build_graph(const BuildGraph& graph, ir::BuildDefinition& build,
                                             ir::LuakitScript& facts);

}  // namespace dlint::frontends::luakit

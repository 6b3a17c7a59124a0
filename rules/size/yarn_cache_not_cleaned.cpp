// SIZE012: `yarn install` whose download cache stays in the layer.
#include "rules/support/uncleaned_cache.hpp"

namespace dlint::rules {
namespace {

class YarnCacheNotCleaned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE012",
        .name = "yarn-cache-not-cleaned",
        .family = "size",
        .severity = Severity::Info,
        .kinds = {InputKind::Dockerfile},
        .summary = "`yarn install` / `yarn add` in a RUN that does not end with `yarn cache clean`",
        .rationale =
            "Yarn 1 keeps a copy of every package it downloads in its global cache "
            "(/usr/local/share/.cache/yarn for root), so the image holds node_modules twice. End the RUN with "
            "`yarn cache clean`, or mount a cache over the cache directory "
            "(`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install`). Only stages that "
            "end up in the final image are checked: a build stage whose node_modules are copied out needs "
            "neither.",
        .bad_example = "RUN yarn install --frozen-lockfile\n",
        .good_example = "RUN yarn install --frozen-lockfile && yarn cache clean\n",
        .fixable = true,
        .aliases = {"DL3060"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_uncleaned_caches(
        ctx, [](const knowledge::PackageManager& m) { return m.name == "yarn"; },
        [](const knowledge::PackageManager&) { return std::string("yarn cache clean"); });
  }
};

}  // namespace

DLINT_REGISTER_RULE(YarnCacheNotCleaned);

}  // namespace dlint::rules

// SIZE011: zypper installs whose package cache stays in the layer.
#include "rules/support/uncleaned_cache.hpp"

namespace dlint::rules {
namespace {

class ZypperCacheNotCleaned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE011",
        .name = "zypper-cache-not-cleaned",
        .family = "size",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`zypper install` in a RUN that does not end with `zypper clean`",
        .rationale =
            "zypper keeps repository metadata and downloaded packages in /var/cache/zypp; they stay in the "
            "layer unless the same RUN removes them. End it with `zypper clean -a` (or `zypper cc`, "
            "`rm -rf /var/cache/zypp`), or mount a cache over /var/cache/zypp. Cleaning in a later RUN does "
            "not shrink the image. Only stages that end up in the final image are checked.",
        .bad_example = "RUN zypper -n install curl\n",
        .good_example = "RUN zypper -n install curl && zypper clean -a\n",
        .fixable = true,
        .aliases = {"DL3036", "DS020", "DS-0020"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_uncleaned_caches(
        ctx, [](const knowledge::PackageManager& m) { return m.ecosystem == knowledge::Ecosystem::Suse; },
        [](const knowledge::PackageManager&) { return std::string("zypper clean -a"); });
  }
};

}  // namespace

DLINT_REGISTER_RULE(ZypperCacheNotCleaned);

}  // namespace dlint::rules

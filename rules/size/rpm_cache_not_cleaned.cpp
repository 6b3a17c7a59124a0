// SIZE010: yum, dnf or microdnf installs whose package cache stays in the layer.
#include "rules/support/uncleaned_cache.hpp"

namespace dlint::rules {
namespace {

class RpmCacheNotCleaned final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SIZE010",
        .name = "rpm-cache-not-cleaned",
        .family = "size",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "`yum install` / `dnf install` / `microdnf install` in a RUN that does not end with `clean all`",
        .rationale =
            "yum, dnf and microdnf keep the repository metadata and the downloaded packages in /var/cache/yum "
            "or /var/cache/dnf: often more than a hundred megabytes that nothing in the running container "
            "needs. Cleaning in a later RUN does not shrink the image, because the earlier layer still holds "
            "the files; end the same RUN with `yum clean all` (`dnf clean all`, `microdnf clean all`) or "
            "`rm -rf /var/cache/yum`. A cache or tmpfs mount over the cache directory keeps it out of the "
            "layer as well. Only stages that end up in the final image are checked.",
        .bad_example = "RUN yum install -y httpd\n",
        .good_example = "RUN yum install -y httpd && yum clean all\n",
        .fixable = true,
        .aliases = {"DL3032", "DL3040", "DS015", "DS-0015", "DS019", "DS-0019", "DS027", "DS-0027"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    report_uncleaned_caches(
        ctx, [](const knowledge::PackageManager& m) { return m.ecosystem == knowledge::Ecosystem::RedHat; },
        [](const knowledge::PackageManager& m) {
          return concat({m.name, " clean all"});
        });
  }
};

}  // namespace

DLINT_REGISTER_RULE(RpmCacheNotCleaned);

}  // namespace dlint::rules

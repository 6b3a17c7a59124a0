// SEC011: packages installed with the signature check switched off (`--nogpgcheck`, `--allow-untrusted`).
#include "rules/support/edits.hpp"
#include "rules/support/verification_walk.hpp"

namespace dlint::rules {
namespace {

class PackageSignatureCheckDisabled final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC011",
        .name = "package-signature-check-disabled",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "a package manager runs with its signature check switched off",
        .rationale =
            "Package signatures are what tie a package to the distribution or vendor that built it. "
            "`yum/dnf --nogpgcheck`, `apk add --allow-untrusted`, `apt-get --allow-unauthenticated`, "
            "`--allow-insecure-repositories` or `--force-yes`, `zypper --no-gpg-checks`, "
            "`rpm -i --nosignature` and `--setopt=gpgcheck=0` install whatever a mirror or a man in the "
            "middle serves. Import the signing key instead (`rpm --import`, a keyring under "
            "/etc/apt/keyrings, /etc/apk/keys). For a package you built yourself, sign it or install it "
            "from a local file you COPY in.",
        .bad_example = "RUN dnf install -y --nogpgcheck https://example.com/tool.rpm\n",
        .good_example =
            "RUN rpm --import https://example.com/RPM-GPG-KEY && dnf install -y https://example.com/tool.rpm\n",
        .aliases = {"CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_verification_switch(
        *ctx.build, knowledge::Verification::Signature, [&](const knowledge::SwitchedOff& off) {
          ctx.report(off.word->span, concat({"`", off.what,
                                             "` installs packages without checking their signature; "
                                             "import the signing key instead"}));
        });
  }
};

}  // namespace

DLINT_REGISTER_RULE(PackageSignatureCheckDisabled);

}  // namespace dlint::rules

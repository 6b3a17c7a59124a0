// SEC010: downloads with the TLS certificate check switched off (`curl -k`, `wget --no-check-certificate`).
#include "rules/support/edits.hpp"
#include "rules/support/verification_walk.hpp"

namespace dlint::rules {
namespace {

class TlsVerificationDisabled final : public Rule {
 public:
  [[nodiscard]] const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "SEC010",
        .name = "tls-verification-disabled",
        .family = "security",
        .severity = Severity::Warning,
        .kinds = {InputKind::Dockerfile},
        .summary = "a RUN downloads with the TLS certificate check switched off",
        .rationale =
            "`curl -k`, `wget --no-check-certificate`, `pip install --trusted-host`, "
            "`git -c http.sslVerify=false`, `npm config set strict-ssl false` or `dnf --setopt=sslverify=0` "
            "accept any certificate, so whoever sits between the build machine and the server (a proxy, a "
            "compromised network, a hijacked DNS entry) can replace what is downloaded, and the build runs it "
            "or ships it. Install the CA certificate the server needs (`ca-certificates`, or COPY your "
            "company's CA and run `update-ca-certificates`) instead of turning the check off. A config "
            "command leaves the setting in the image too, where it weakens every later download.",
        .bad_example = "RUN curl -k -o /tmp/tool.tgz https://example.com/tool.tgz\n",
        .good_example = "RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz\n",
        .aliases = {"CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_13", "CKV2_DOCKER_15"},
    };
    return meta;
  }

  void check(RuleContext& ctx) const override {
    if (!ctx.build) return;
    for_each_verification_switch(*ctx.build, knowledge::Verification::Tls, [&](const knowledge::SwitchedOff& off) {
      ctx.report(off.word->span, concat({"`", off.what,
                                         "` turns off the TLS certificate check: anyone on the network path can "
                                         "replace the download; install the CA certificate instead"}));
    });
  }
};

}  // namespace

DLINT_REGISTER_RULE(TlsVerificationDisabled);

}  // namespace dlint::rules

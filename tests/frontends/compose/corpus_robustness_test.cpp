// Every compose file of the shared corpus is loaded without a crash, and only the files docker compose
// itself rejects get syntax or schema errors. Each of those is listed below with the reason. The files
// are loaded as text alone (no file system), so the files they name elsewhere in their repositories do
// not matter.
#include <catch2/catch.hpp>

#include <map>

#include "frontends/compose/load_compose.hpp"
#include "frontends/dockerfile/corpus_paths.hpp"

namespace fs = std::filesystem;

namespace {

// Corpus files (relative to compose/) that docker compose rejects, and why.
const std::map<std::string, std::string>& known_invalid() {
  static const std::map<std::string, std::string> files = {
      {"compose-spec__compose-spec/.github__workflows__compose-spec-change.yml",
       "a GitHub Actions workflow, not a compose file"},
      {"containers__podman-compose/examples__awx17__roles__local_docker__tasks__compose.yml",
       "an Ansible task list, not a compose file"},
      {"containers__podman-compose/tests__integration__deps__docker-compose-conditional-stopped.yaml",
       "podman-compose test: `condition: stopped` is not a Compose condition"},
      {"containers__podman-compose/tests__integration__invalid_secrets_dict__docker-compose_service.yaml",
       "podman-compose test: service secrets as a mapping, on purpose"},
      {"containers__podman-compose/tests__integration__parse-error__docker-compose-error.yml",
       "podman-compose test: a YAML syntax error, on purpose"},
      {"containers__podman-compose/tests__integration__secrets__docker-compose.yaml",
       "podman-compose test: a secret reference with podman's `type:` key"},
      {"containers__podman-compose/tests__integration__ulimit_build__docker-compose.yaml",
       "podman-compose test: build ulimits as a string and a list, a podman extension"},
      {"containers__podman-compose/tests__integration__yamlmagic__docker-compose.yml",
       "`network:` instead of `networks:`"},
      {"coollabsio__coolify/templates__compose__booklore.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"coollabsio__coolify/templates__compose__buzz.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"coollabsio__coolify/templates__compose__foundryvtt.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"coollabsio__coolify/templates__compose__home-assistant.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"coollabsio__coolify/templates__compose__librechat.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"coollabsio__coolify/templates__compose__pgbackweb.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"coollabsio__coolify/templates__compose__superset-with-postgresql.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"coollabsio__coolify/templates__compose__swetrix.yaml",
       "a Coolify template: `is_directory`, `content` and `exclude_from_hc` are Coolify's own keys"},
      {"docker__compose/pkg__e2e__fixtures__wrong-composefile__compose.yaml",
       "docker compose test: an unknown key, on purpose"},
      {"docker__labs/security__apparmor__wordpress__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"docker__labs/security__cgroups__cpu-stress__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"jessfraz__dockerfiles/openvpn__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/script__test__fixtures__controller__compose-controller-label.yaml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/script__test__fixtures__envvars-separators__compose.yaml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__image-pull-secret__compose-files__docker-compose-image-pull-secret.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__unused__expose-service__compose-files__docker-compose-expose-hostname-multiple-ports."
       "yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__unused__expose-service__compose-files__docker-compose-expose-hostname-tls.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__unused__expose-service__compose-files__docker-compose-expose-hostname.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__unused__expose-service__compose-files__docker-compose-expose-multiple-hostname-tls.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__unused__expose-service__compose-files__docker-compose-expose-multiple-hostname.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__unused__expose-service__compose-files__docker-compose-expose-true-multiple-ports.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/"
       "script__test__fixtures__unused__expose-service__compose-files__docker-compose-expose-true.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"kubernetes__kompose/script__test__fixtures__yaml-and-yml__docker-compose.yaml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/amass__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/apacheds__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/builder__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/django-cms__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/doods__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/dsniff__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/etcd-arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/flogo__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/gitlab__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/glances__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/glances__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/h2o__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/hans__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/i2pd__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/jamapi__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/jmxtrans__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/kafka-mqtt__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/kafka__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/live555__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/logspout__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/luigi__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/matomo__docker-compose.yml", "`depends:` instead of `depends_on:`"},
      {"vimagick__dockerfiles/moodle__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/mtproxy__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/murmur__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/mysql-proxy__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/nginx__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/openhab__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/openvpn__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/openvpn__docker-compose-kcptun.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/openvpn__docker-compose-stunnel.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/pdnsd__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/portainer__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/portia__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/red5__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/registrator__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/rest-server__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/revive__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/rocketchat__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/rslsync__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/rsyncd__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/samba__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/shadowsocks__libev-arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/shadowsocks__libev__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/shairplay-arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/shoutcast__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/snort__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/snort__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/spiped__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/sslsplit__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/superset__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/tinc__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/tinc__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/tor__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/vault__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/vnc2flv__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/webgoat__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/wekan__docker-compose.yml", "`sevices:` instead of `services:`"},
      {"vimagick__dockerfiles/zoneminder__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/zookeeper__arm__docker-compose-cluster.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"vimagick__dockerfiles/zookeeper__arm__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"yeasy__docker-compose-files/elk_netflow__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"yeasy__docker-compose-files/mongo-elasticsearch__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"yeasy__docker-compose-files/mongo_webui__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},
      {"yeasy__docker-compose-files/nginx__nginx_auth__docker-compose.yml",
       "Compose file format 1 (services at the top level), which docker compose no longer reads"},

  };
  return files;
}

}  // namespace

TEST_CASE("every compose file of the shared corpus loads and only invalid ones have errors",
          "[compose][compose-corpus]") {
  fs::path root = dlint::testing::shared_corpus() / "compose";
  if (!fs::exists(root)) {
    WARN("shared corpus not found at " << root.string() << "; skipped");
    return;
  }
  std::size_t files = 0;
  std::vector<std::string> unexpected;
  std::vector<std::string> now_clean;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string relative = fs::relative(entry.path(), root).generic_string();
    auto source = std::make_shared<const dlint::SourceFile>(0, relative, dlint::testing::read_file(entry.path()));
    dlint::ir::Application app = dlint::compose::load_compose(source, {});
    ++files;
    bool errors = !app.syntax_errors.empty() || !app.schema_errors.empty();
    bool expected = known_invalid().count(relative) > 0;
    if (errors && !expected) {
      const auto& first = app.syntax_errors.empty() ? app.schema_errors.front() : app.syntax_errors.front();
      unexpected.push_back(relative + ":" + std::to_string(first.span.start.line) + ": " + first.message);
    }
    if (!errors && expected) now_clean.push_back(relative);
  }
  CHECK(files > 1000);
  for (const auto& u : unexpected) UNSCOPED_INFO("unexpected error: " << u);
  CHECK(unexpected.empty());
  for (const auto& c : now_clean) UNSCOPED_INFO("listed as invalid but clean: " << c);
  CHECK(now_clean.empty());
}

// The run.toml frontend: lowering of both dialects into the Application IR, with positions, and the
// guide-to-runtime rewrite checked by round trip.
#include <catch2/catch.hpp>

#include "frontends/runtoml/load_run_toml.hpp"
#include "ir/run_toml.hpp"
#include "source/source_file.hpp"

using namespace dlint;

namespace {

ir::RunTomlProject load(const std::string& text, const std::string& path = "app/run.toml") {
  return runtoml::load_run_toml(std::make_shared<const SourceFile>(0, path, text));
}

void check_at(const Span& span, unsigned line, unsigned column) {
  CHECK(span.start.line == line);
  CHECK(span.start.column == column);
}

const char* const kGuide =
    "[package]\n"
    "name = \"my-app\"\n"
    "version = \"1.0.0\"\n"
    "\n"
    "[[component]]\n"
    "name = \"web\"\n"
    "source = \"src/lib.rs\"\n"
    "language = \"rust\"\n"
    "wit = \"wit/http.wit\"\n"
    "dev.port = 8080\n"
    "\n"
    "[component.web.env]\n"
    "DATABASE_URL = \"postgres://localhost:5432/mydb\"\n"
    "\n"
    "[bridge.postgres]\n"
    "image = \"postgres:15\"\n"
    "ports = { 5432 = 5432 }\n"
    "env = { POSTGRES_PASSWORD = \"secret\" }\n";

const char* const kRuntime =
    "[project]\n"
    "name = \"shop\"\n"
    "\n"
    "[components.api]\n"
    "path = \"target/wasm/api.wasm\"\n"
    "source = \"api\"\n"
    "language = \"rust\"\n"
    "build = \"cargo component build\"\n"
    "capabilities = [\"stdout\", \"net:listen:8080\", \"env:TOKEN\"]\n"
    "dependencies = [\"worker\"]\n"
    "restart = \"always\"\n"
    "\n"
    "[components.api.env]\n"
    "\"LOG LEVEL\" = \"info\"\n"
    "\n"
    "[docker.postgres]\n"
    "url = \"http://postgres:5432\"\n"
    "env_var = \"POSTGRES_URL\"\n";

// What both dialects must agree on after a rewrite.
struct Summary {
  std::string name;
  bool component;
  std::string source, language, image;
  std::vector<std::string> env;    // KEY=value
  std::vector<std::string> ports;  // published:target
  friend bool operator==(const Summary&, const Summary&) = default;
};

std::vector<Summary> summarize(const ir::Application& app, bool with_images) {
  std::vector<Summary> out;
  for (const auto& s : app.services) {
    Summary sum{s.name.value, s.component.has_value(), "", "", "", {}, {}};
    if (s.component) {
      if (s.component->source) sum.source = s.component->source->value;
      if (s.component->language) sum.language = s.component->language->value;
      for (const auto& e : s.environment) sum.env.push_back(e.key.value + "=" + (e.value ? e.value->value : ""));
      for (const auto& p : s.ports) sum.ports.push_back((p.published ? p.published->value : "") + ":" + p.target.value);
    }
    if (with_images && s.image) sum.image = s.image->value;
    out.push_back(sum);
  }
  return out;
}

}  // namespace

TEST_CASE("run.toml guide dialect lowers into the Application", "[frontends][runtoml]") {
  auto project = load(kGuide);
  const ir::Application& app = project.application;
  CHECK(app.format == ir::ApplicationFormat::RunToml);
  CHECK(project.dialect == ir::RunTomlDialect::Guide);
  CHECK(app.syntax_errors.empty());
  CHECK(app.schema_errors.empty());
  REQUIRE(app.name);
  CHECK(app.name->value == "my-app");
  REQUIRE(app.services.size() == 2);

  const ir::Service& web = app.services[0];
  CHECK(web.name.value == "web");
  check_at(web.name.span, 6, 8);
  REQUIRE(web.component);
  REQUIRE(web.component->source);
  check_at(web.component->source->span, 7, 10);
  CHECK(web.component->resolved_source == "app/src/lib.rs");
  REQUIRE(web.component->wit);
  CHECK(web.component->resolved_wit == "app/wit/http.wit");
  REQUIRE(web.component->language);
  CHECK(web.component->language->value == "rust");
  REQUIRE(web.ports.size() == 1);
  CHECK(web.ports[0].published->value == "8080");
  check_at(web.ports[0].span, 10, 12);
  // `[component.web.env]` after `[[component]]` is, in TOML, a table inside that component.
  REQUIRE(web.environment.size() == 1);
  CHECK(web.environment[0].key.value == "DATABASE_URL");
  check_at(web.environment[0].key.span, 13, 1);
  check_at(web.environment[0].value->span, 13, 16);

  const ir::Service& db = app.services[1];
  CHECK(db.name.value == "postgres");
  check_at(db.name.span, 15, 9);
  CHECK_FALSE(db.component);
  REQUIRE(db.image);
  CHECK(db.image->value == "postgres:15");
  check_at(db.image->span, 16, 9);
  REQUIRE(db.ports.size() == 1);
  CHECK(db.ports[0].published->value == "5432");
  CHECK(db.ports[0].target.value == "5432");
  check_at(db.ports[0].published->span, 17, 11);
  REQUIRE(db.environment.size() == 1);
  check_at(db.environment[0].key.span, 18, 9);

  REQUIRE(project.ignored_sections.size() == 3);
  check_at(project.ignored_sections[0].span, 1, 2);
  check_at(project.ignored_sections[1].span, 5, 3);
  check_at(project.ignored_sections[2].span, 15, 2);
  CHECK(project.runtime_rewrite.has_value());
}

TEST_CASE("run.toml runtime dialect lowers into the Application", "[frontends][runtoml]") {
  auto project = load(kRuntime);
  const ir::Application& app = project.application;
  CHECK(project.dialect == ir::RunTomlDialect::Runtime);
  CHECK(app.schema_errors.empty());
  CHECK_FALSE(project.runtime_rewrite);
  REQUIRE(app.services.size() == 2);

  const ir::Service& api = app.services[0];
  CHECK(api.name.value == "api");
  check_at(api.name.span, 4, 13);
  REQUIRE(api.component);
  const ir::WasiComponent& c = *api.component;
  CHECK(c.wasm_path->value == "target/wasm/api.wasm");
  CHECK(c.resolved_wasm_path == "app/target/wasm/api.wasm");
  CHECK(c.resolved_source == "app/api");
  CHECK(c.build_command->value == "cargo component build");
  REQUIRE(c.capabilities.size() == 3);
  check_at(c.capabilities[1].span, 9, 27);
  REQUIRE(api.ports.size() == 1);
  CHECK(api.ports[0].published->value == "8080");
  REQUIRE(api.depends_on.size() == 1);
  CHECK(api.depends_on[0].service.value == "worker");
  CHECK(api.restart->value == "always");
  REQUIRE(api.environment.size() == 1);
  CHECK(api.environment[0].key.value == "LOG LEVEL");
  check_at(api.environment[0].key.span, 14, 1);

  const ir::Service& db = app.services[1];
  CHECK(db.name.value == "postgres");
  check_at(db.name.span, 16, 9);
  CHECK_FALSE(db.component);
  CHECK(project.defines("POSTGRES_URL"));
  CHECK(project.defines("TOKEN"));
  CHECK(project.defines("LOG LEVEL"));
}

TEST_CASE("run.toml positions count code points and skip a BOM", "[frontends][runtoml]") {
  auto project =
      load("\xEF\xBB\xBF[components.\"caf\xC3\xA9\"]\nlanguage = \"r\xC3\xA9\" # \xC3\xA9\nsource = \"x\"\n");
  REQUIRE(project.application.services.size() == 1);
  const auto& s = project.application.services[0];
  CHECK(s.name.value == "caf\xC3\xA9");
  check_at(s.name.span, 1, 13);
  CHECK(s.name.span.begin == 3 + 12);
  check_at(s.component->source->span, 3, 10);
}

TEST_CASE("run.toml references keep the position of each ${VAR}", "[frontends][runtoml]") {
  auto project = load("[components.a.env]\nURL = \"x ${HOST} \\u0041 ${PORT}\"\n");
  REQUIRE(project.references.size() == 2);
  CHECK(project.references[0].name == "HOST");
  check_at(project.references[0].span, 2, 10);
  CHECK(project.references[1].name == "PORT");
  check_at(project.references[1].span, 2, 25);
}

TEST_CASE("run.toml guide rewrite round-trips to the same components and bridges", "[frontends][runtoml]") {
  for (const char* input : {kGuide,
                            "[package]\nname = \"a\"\n[[component]]\nname = \"x\"\nsource = \"x.py\"\nlanguage = "
                            "\"python\"\nenv = { Q = \"a \\\"quoted\\\" value\" }\n[[component]]\nname = \"y z\"\n"
                            "[bridge.cache]\nimage = \"redis:7\"\nports = [\"6379:6379\"]\n"}) {
    INFO(input);
    auto original = load(input);
    REQUIRE(original.runtime_rewrite);
    auto rewritten = load(*original.runtime_rewrite);
    INFO(*original.runtime_rewrite);
    CHECK(rewritten.application.syntax_errors.empty());
    CHECK(rewritten.application.schema_errors.empty());
    CHECK(rewritten.dialect == ir::RunTomlDialect::Runtime);
    CHECK(rewritten.ignored_sections.empty());
    // The runtime's docker entries name no image: compare bridges by name, components in full.
    CHECK(summarize(rewritten.application, false) == summarize(original.application, false));
  }
}

TEST_CASE("run.toml rewrite keeps what has no runtime key as comments", "[frontends][runtoml]") {
  auto project = load(kGuide);
  REQUIRE(project.runtime_rewrite);
  const std::string& text = *project.runtime_rewrite;
  CHECK(text.find("# wit = \"wit/http.wit\"") != std::string::npos);
  CHECK(text.find("# image = \"postgres:15\"") != std::string::npos);
  CHECK(text.find("[docker.postgres]\nurl = \"http://postgres:5432\"\nenv_var = \"POSTGRES_URL\"") !=
        std::string::npos);
  CHECK(text.find("capabilities = [\"net:listen:8080\", \"env:DATABASE_URL\"]") != std::string::npos);
  CHECK(project.rewrite_losses.size() == 3);  // wit, image, bridge env
}

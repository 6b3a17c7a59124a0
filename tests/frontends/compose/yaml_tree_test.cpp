// The YAML reader keeps what a linter needs: spans of keys and values, duplicate keys, anchors, merge
// keys, compose tags; and it survives hostile input (alias bombs, deep nesting, garbage).
#include <catch2/catch.hpp>

#include <random>

#include "frontends/compose/yaml_tree.hpp"

using dlint::SourceFile;
namespace yaml = dlint::yaml;

namespace {

yaml::Document read(const std::string& text) {
  return yaml::read(SourceFile(0, "compose.yml", text));
}

}  // namespace

TEST_CASE("keys and values keep their own spans", "[compose][yaml]") {
  auto doc = read("services:\n  web:\n    image: \"nginx:1.27\"  # pinned\n    ports: [ '80:80', 443 ]\n");
  REQUIRE(doc.errors.empty());
  const auto* web = doc.root->get("services")->get("web");
  REQUIRE(web);
  const auto* image = web->find("image");
  CHECK(image->key->span.start.line == 3);
  CHECK(image->key->span.start.column == 5);
  CHECK(image->value->span.start.column == 12);
  CHECK(image->value->span.end_pos.column == 24);  // the closing quote included, the comment not
  CHECK(image->value->quoted);
  const auto* ports = web->get("ports");
  REQUIRE(ports->items.size() == 2);
  CHECK(ports->items[0]->span.start.column == 14);
  CHECK(ports->items[0]->span.end_pos.column == 21);
  CHECK(ports->items[1]->span.start.column == 23);
  CHECK(ports->items[1]->span.end_pos.column == 26);
  CHECK_FALSE(ports->items[1]->quoted);
}

TEST_CASE("an empty value is located at its key", "[compose][yaml]") {
  auto doc = read("services:\n  web:\n    image: a\n  db:\n");
  const auto* db = doc.root->get("services")->find("db");
  REQUIRE(db);
  CHECK(db->value->is_null());
  CHECK(db->value->span.start.line == 4);
  CHECK(db->value->span.start.column == 3);
}

TEST_CASE("duplicate keys are reported, the first one kept", "[compose][yaml]") {
  auto doc = read("a: 1\nb: 2\na: 3\n");
  REQUIRE(doc.errors.size() == 1);
  CHECK(doc.errors[0].span.start.line == 3);
  CHECK(doc.errors[0].message.find("line 1") != std::string::npos);
  CHECK(doc.root->get("a")->value == "1");
}

TEST_CASE("merge keys: explicit keys win, earlier sources win, spans point at the anchor", "[compose][yaml]") {
  auto doc = read(
      "x-a: &a {image: a, restart: always}\nx-b: &b {image: b, user: app}\nweb:\n  <<: [*a, *b]\n  "
      "image: own\n");
  REQUIRE(doc.errors.empty());
  const auto* web = doc.root->get("web");
  CHECK(web->get("image")->value == "own");
  CHECK(web->get("restart")->value == "always");
  CHECK(web->get("user")->value == "app");
  CHECK(web->find("restart")->merged);
  CHECK(web->get("restart")->span.start.line == 1);
  CHECK(web->find("<<") == nullptr);
}

TEST_CASE("compose tags are kept", "[compose][yaml]") {
  auto doc = read("a: !reset []\nb: !override\n  - x\nc: !!str 5\n");
  CHECK(doc.root->get("a")->tag == "!reset");
  CHECK(doc.root->get("b")->tag == "!override");
  CHECK(doc.root->get("c")->quoted);
}

TEST_CASE("an alias bomb is refused, not expanded", "[compose][yaml]") {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c) {
    text += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) text += std::string(i ? ", " : "") + "*" + prev;
    text += "]\n";
    prev = c;
  }
  auto doc = read(text);
  REQUIRE_FALSE(doc.errors.empty());
  CHECK(doc.errors.back().message.find("alias") != std::string::npos);
}

TEST_CASE("deep nesting is cut off with an error", "[compose][yaml]") {
  std::string text(5000, '[');
  text += std::string(5000, ']');
  auto doc = read(text);
  CHECK_FALSE(doc.errors.empty());
}

TEST_CASE("syntax errors keep what was read before them", "[compose][yaml]") {
  auto doc = read("services:\n  web:\n    image: a\n  db: [\n");
  REQUIRE(doc.errors.size() == 1);
  CHECK(doc.errors[0].message.find("YAML syntax") == 0);
  REQUIRE(doc.root);
  CHECK(doc.root->get("services")->get("web")->get("image")->value == "a");
}

TEST_CASE("random bytes never crash the reader", "[compose][yaml]") {
  std::mt19937 rng(7);
  const std::string alphabet = "ab:- \n\t[]{},&*!|>'\"#?%@`\\<=";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    std::size_t length = rng() % 120;
    for (std::size_t i = 0; i < length; ++i) text += alphabet[rng() % alphabet.size()];
    auto doc = read(text);
    for (const auto& e : doc.errors) CHECK(e.span.begin <= text.size());
  }
}

// The Debian package table's packed form: how a text is packed (sorted records, the first of several
// wins, malformed lines skipped), and that the table compiled in at build time is the one the text
// parse of its source file gives, record for record.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "knowledge/bookworm_package_data.hpp"
#include "knowledge/debian_package_records.hpp"
#include "knowledge/debian_packages.hpp"

using namespace dlint;

namespace {

std::vector<std::string_view> names_of(std::string_view text, const auto& records) {
  std::vector<std::string_view> names;
  for (const auto& record : records) names.push_back(text.substr(record.name_offset, record.name_size));
  return names;
}

void check_same_package(const std::optional<knowledge::DebianPackage>& a,
                        const std::optional<knowledge::DebianPackage>& b) {
  REQUIRE(a.has_value() == b.has_value());
  if (!a) return;
  CHECK(a->name == b->name);
  CHECK(a->installed_kib == b->installed_kib);
  CHECK(a->priority == b->priority);
  CHECK(a->depends == b->depends);
}

}  // namespace

TEST_CASE("packing a Debian table: sorted, first of several wins, malformed lines skipped", "[size][knowledge]") {
  constexpr std::string_view text =
      "# comment\n"
      "zlib1g\t160\t-\tlibc6\t-\n"
      "libc6\t13000\tr\t-\tlibc-any,glibc\n"
      "bad-size\tlots\t-\t-\t-\n"
      "four\tfields\t-\t-\n"
      "\t10\t-\t-\t-\n"
      "wide-priority\t10\tri\t-\t-\n"
      "too-big\t4294967296\t-\t-\t-\n"
      "musl\t700\t-\t-\tlibc-any\n"
      "libc6\t1\t-\t-\t-\n"
      "apt\t4000\tr\tlibc6|musl,zlib1g\t-";  // the last line has no newline
  auto packed = knowledge::pack_debian_packages(text);
  CHECK(names_of(text, packed.packages) == std::vector<std::string_view>{"apt", "libc6", "musl", "zlib1g"});
  CHECK(packed.packages[1].installed_kib == 13000);  // the first libc6 line
  CHECK(packed.packages[1].priority == 'r');
  CHECK(text.substr(packed.packages[0].depends_offset, packed.packages[0].depends_size) == "libc6|musl,zlib1g");
  CHECK(names_of(text, packed.providers) == std::vector<std::string_view>{"glibc", "libc-any"});
  CHECK(packed.providers[0].package == 1);
  CHECK(packed.providers[1].package == 1);  // libc6 came first, musl also provides it

  knowledge::DebianPackageTable table(text);
  CHECK(table.size() == 4);
  CHECK(table.base_set() == std::set<std::string_view>{"apt", "libc6", "zlib1g"});
  CHECK(std::ranges::equal(table.data().base, std::vector<std::uint32_t>{0, 1, 3}));
  CHECK_FALSE(table.find("bad-size").has_value());
  CHECK_FALSE(table.find("libc-any").has_value());  // a virtual name is no package
  CHECK(table.closure({"libc-any"}, {}).added == std::vector<std::string_view>{"libc6"});

  // One package: its index still has a free slot to end a search for a name it lacks.
  knowledge::DebianPackageTable one("solo\t1\t-\t-\tvirtual\n");
  CHECK(one.find("solo").has_value());
  CHECK_FALSE(one.find("other").has_value());
  CHECK(one.closure({"virtual", "other"}, {}).added == std::vector<std::string_view>{"solo"});

  knowledge::DebianPackageTable empty("");
  CHECK(empty.size() == 0);
  CHECK(empty.base_set().empty());
  CHECK(empty.closure({"curl"}, {}).unknown == std::vector<std::string>{"curl"});
}

TEST_CASE("a table viewing packed data behaves as the table it was packed from", "[size][knowledge]") {
  constexpr std::string_view text =
      "apt\t4000\tr\tlibc6,libstdc++6\t-\n"
      "libc6\t13000\t-\t-\t-\n"
      "libstdc++6\t2600\t-\tlibc6\t-\n"
      "mawk\t260\tr\t-\tawk\n"
      "needs-awk\t10\t-\tawk\t-\n";
  knowledge::DebianPackageTable parsed(text);
  knowledge::DebianPackageTable viewed(parsed.data());
  CHECK(viewed.size() == parsed.size());
  CHECK(viewed.base_set() == parsed.base_set());
  check_same_package(viewed.find("libstdc++6"), parsed.find("libstdc++6"));
  CHECK(viewed.closure({"needs-awk"}, {}).added == std::vector<std::string_view>{"needs-awk", "mawk"});
}

TEST_CASE("the compiled bookworm table is the text parse of its source file", "[size][knowledge]") {
  std::filesystem::path path =
      std::filesystem::path(DLINT_SOURCE_DIR) / "analyzer/knowledge/data/debian-bookworm-amd64.packages";
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  const auto& compiled = knowledge::bookworm_packages();
  CHECK(compiled.data().text == text);
  knowledge::DebianPackageTable parsed(text);
  REQUIRE(compiled.size() == parsed.size());
  CHECK(std::ranges::equal(compiled.data().packages, parsed.data().packages));
  CHECK(std::ranges::equal(compiled.data().providers, parsed.data().providers));
  CHECK(std::ranges::equal(compiled.data().package_index, parsed.data().package_index));
  CHECK(std::ranges::equal(compiled.data().provider_index, parsed.data().provider_index));
  CHECK(std::ranges::equal(compiled.data().base, parsed.data().base));
  CHECK(compiled.base_set() == parsed.base_set());
  CHECK(compiled.base_set().size() > 50);

  // Through the public interface: a sample of packages across the table, names it lacks, a closure.
  auto names = names_of(parsed.data().text, parsed.data().packages);
  for (std::size_t i = 0; i < names.size(); i += 997)
    check_same_package(compiled.find(names[i]), parsed.find(names[i]));
  for (std::string_view name : {"curl", "libc6", "apt", "awk", "no-such-package", "", "zzzz"}) {
    check_same_package(compiled.find(name), parsed.find(name));
  }
  REQUIRE(compiled.find("curl").has_value());
  CHECK(compiled.find("curl")->installed_kib > 0);
  std::vector<std::string> request{"build-essential", "curl", "python3", "awk", "no-such-package"};
  auto a = compiled.closure(request, compiled.base_set());
  auto b = parsed.closure(request, parsed.base_set());
  CHECK(a.added == b.added);
  CHECK(a.bytes == b.bytes);
  CHECK(a.unknown == std::vector<std::string>{"no-such-package"});
  CHECK(a.added.size() > 50);
}

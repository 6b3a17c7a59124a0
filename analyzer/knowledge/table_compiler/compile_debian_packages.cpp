// Compiles a Debian package table (the text format of scripts/gen-debian-sizes.sh) into a C++ source:
// the text as one char array, and its packed records and hash indexes (pack_debian_packages) and its
// base set as constant arrays of integers, so the program needs no parsing, hashing or allocation to use the table, and
// the arrays hold no pointer to relocate when it is loaded. Usage: compile_debian_packages INPUT OUTPUT FUNCTION
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <span>
#include <string>

#include "knowledge/debian_packages.hpp"

namespace {

constexpr std::string_view kOpening = "R\"dlint_embed(";
constexpr std::string_view kClosing = ")dlint_embed\"";

// Checks that `text` can be written as a raw string literal whose bytes are exactly `text`.
bool embeddable(const std::string& input, std::string_view text) {
  if (text.find(kClosing) != std::string_view::npos) {
    std::cerr << input << ": contains the raw-string delimiter " << kClosing << "\n";
    return false;
  }
  // A raw string keeps its bytes as they are, except that a compiler may rewrite line endings; the
  // offsets are into the bytes read here, so a carriage return or a NUL is refused rather than trusted.
  if (text.find_first_of(std::string_view("\r\0", 2)) != std::string_view::npos) {
    std::cerr << input << ": contains a carriage return or a NUL byte\n";
    return false;
  }
  return true;
}

// Writes `records` as a constant std::array (which, unlike a plain array, may be empty).
template <class Record, class WriteRecord>
void write_array(std::ostream& out, std::string_view type, std::string_view name, std::span<const Record> records,
                 WriteRecord write_record) {
  out << "constexpr std::array<" << type << ", " << records.size() << "> " << name << " = {{\n";
  for (const auto& record : records) {
    write_record(record);
    out << ",\n";
  }
  out << "}};\n\n";
}

void write_source(const std::string& input, std::string_view text, const std::string& function, std::ostream& out) {
  dlint::knowledge::DebianPackageTable table(text);
  const auto& data = table.data();
  out << "// Generated from " << input << " by compile_debian_packages. Do not edit.\n"
      << "#include <array>\n\n"
      << "#include \"knowledge/bookworm_package_data.hpp\"\n\n"
      << "namespace dlint::knowledge::data {\nnamespace {\n\n"
      << "constexpr char kText[] = " << kOpening << text << kClosing << ";\n\n"
      << "// name_offset, depends_offset, depends_size, installed_kib, name_size, priority\n";
  write_array(out, "DebianPackageRecord", "kPackages", data.packages, [&](const auto& record) {
    out << '{' << record.name_offset << ',' << record.depends_offset << ',' << record.depends_size << ','
        << record.installed_kib << ',' << record.name_size << ',' << static_cast<int>(record.priority) << '}';
  });
  out << "// name_offset, package, name_size\n";
  write_array(out, "DebianProviderRecord", "kProviders", data.providers, [&](const auto& record) {
    out << '{' << record.name_offset << ',' << record.package << ',' << record.name_size << '}';
  });
  auto write_number = [&](std::uint32_t number) { out << number; };
  out << "// hash indexes by name: 0 or a record's index + 1\n";
  write_array(out, "std::uint32_t", "kPackageIndex", data.package_index, write_number);
  write_array(out, "std::uint32_t", "kProviderIndex", data.provider_index, write_number);
  out << "// the base set, as indices into kPackages\n";
  write_array(out, "std::uint32_t", "kBase", data.base, write_number);
  out << "}  // namespace\n\n"
      << "DebianPackageData " << function << "() {\n"
      << "  return {{kText, sizeof kText - 1}, kPackages, kProviders, kPackageIndex, kProviderIndex, kBase};\n"
      << "}\n\n"
      << "}  // namespace dlint::knowledge::data\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: compile_debian_packages INPUT OUTPUT FUNCTION\n";
    return 2;
  }
  std::string input = argv[1];
  std::string output = argv[2];
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    std::cerr << input << ": cannot open\n";
    return 1;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    std::cerr << input << ": cannot read\n";
    return 1;
  }
  if (!embeddable(input, text)) return 1;
  // Written beside the output and renamed, so an interrupted build leaves no half-written source.
  std::string temporary = output + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (out) write_source(input, text, argv[3], out);
    if (!out.flush()) {
      std::cerr << temporary << ": cannot write\n";
      return 1;
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, output, error);
  if (error) {
    std::cerr << output << ": " << error.message() << "\n";
    return 1;
  }
  return 0;
}

// Instruction flags: reading `--name[=value]` words as BuildKit does, checking them against the flags
// each instruction accepts (BuildKit's BFlags), and splitting RUN --mount values into ir::Mount.
#include <array>
#include <cctype>
#include <cmath>

#include "frontends/dockerfile/lowering.hpp"
#include "frontends/dockerfile/text_utils.hpp"

namespace dlint::frontends::dockerfile {
namespace {

enum class FlagType : std::uint8_t { Bool, String, Strings };

struct FlagSpec {
  std::string_view instruction;
  std::string_view name;
  FlagType type;
};

constexpr std::array<FlagSpec, 23> flag_specs = {{
    {"FROM", "platform", FlagType::String},
    {"RUN", "mount", FlagType::Strings},
    {"RUN", "network", FlagType::String},
    {"RUN", "security", FlagType::String},
    {"RUN", "device", FlagType::Strings},
    {"COPY", "from", FlagType::String},
    {"COPY", "chown", FlagType::String},
    {"COPY", "chmod", FlagType::String},
    {"COPY", "link", FlagType::Bool},
    {"COPY", "parents", FlagType::Bool},
    {"COPY", "exclude", FlagType::Strings},
    {"ADD", "chown", FlagType::String},
    {"ADD", "chmod", FlagType::String},
    {"ADD", "link", FlagType::Bool},
    {"ADD", "keep-git-dir", FlagType::Bool},
    {"ADD", "checksum", FlagType::String},
    {"ADD", "exclude", FlagType::Strings},
    {"ADD", "unpack", FlagType::Bool},
    {"HEALTHCHECK", "interval", FlagType::String},
    {"HEALTHCHECK", "timeout", FlagType::String},
    {"HEALTHCHECK", "start-period", FlagType::String},
    {"HEALTHCHECK", "start-interval", FlagType::String},
    {"HEALTHCHECK", "retries", FlagType::String},
}};

const FlagSpec* find_spec(std::string_view instruction, std::string_view name) {
  for (const auto& spec : flag_specs) {
    if (spec.instruction == instruction && spec.name == name) return &spec;
  }
  return nullptr;
}

std::string suggestion(std::string_view instruction, std::string_view name) {
  std::string_view best;
  std::size_t best_distance = 3;
  for (const auto& spec : flag_specs) {
    if (spec.instruction != instruction) continue;
    std::size_t distance = edit_distance(name, spec.name);
    if (distance < best_distance) {
      best_distance = distance;
      best = spec.name;
    }
  }
  return best.empty() ? std::string() : "; did you mean --" + std::string(best) + "?";
}

// Go's time.ParseDuration; returns the duration in seconds.
std::optional<double> parse_go_duration(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") return 0.0;
  if (s.empty()) return std::nullopt;
  double total = 0;
  while (!s.empty()) {
    std::size_t i = 0;
    double number = 0;
    bool digits = false;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) != 0) {
      number = number * 10 + (s[i++] - '0');
      digits = true;
    }
    if (i < s.size() && s[i] == '.') {
      double scale = 0.1;
      for (++i; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) != 0; ++i, scale /= 10) {
        number += (s[i] - '0') * scale;
        digits = true;
      }
    }
    if (!digits) return std::nullopt;
    std::size_t unit_begin = i;
    while (i < s.size() && s[i] != '.' && std::isdigit(static_cast<unsigned char>(s[i])) == 0) ++i;
    std::string_view unit = s.substr(unit_begin, i - unit_begin);
    double factor = 0;
    if (unit == "ns")
      factor = 1e-9;
    else if (unit == "us" || unit == "\xC2\xB5s" || unit == "\xCE\xBCs")
      factor = 1e-6;
    else if (unit == "ms")
      factor = 1e-3;
    else if (unit == "s")
      factor = 1;
    else if (unit == "m")
      factor = 60;
    else if (unit == "h")
      factor = 3600;
    else
      return std::nullopt;
    total += number * factor;
    s.remove_prefix(i);
  }
  return negative ? -total : total;
}

// One record of Go's encoding/csv (comma separated, "quoted" fields with "" for a quote).
std::optional<std::vector<std::string>> read_csv_record(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t i = 0;
  while (true) {
    std::string field;
    if (i < line.size() && line[i] == '"') {
      ++i;
      while (true) {
        if (i >= line.size()) return std::nullopt;  // no closing quote
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(line[i++]);
      }
      if (i < line.size() && line[i] != ',') return std::nullopt;  // text after the closing quote
    } else {
      while (i < line.size() && line[i] != ',') {
        if (line[i] == '"') return std::nullopt;  // bare quote inside a field
        field.push_back(line[i++]);
      }
    }
    fields.push_back(std::move(field));
    if (i >= line.size()) break;
    ++i;  // the comma
  }
  return fields;
}

}  // namespace

ir::Flag Lowering::lower_flag(antlr4::Token* token) {
  std::uint32_t begin = start_of(token);
  std::uint32_t end = end_of(token);
  while (begin < end && is_blank(text_[begin])) ++begin;
  // extractBuilderFlags: quotes group, a backslash takes the next character literally.
  std::string word;
  std::optional<std::uint32_t> equals_at;
  std::size_t equals_in_word = std::string::npos;
  auto put = [&](char c, std::uint32_t at) {
    if (c == '=' && !equals_at) {
      equals_at = at;
      equals_in_word = word.size();
    }
    word.push_back(c);
  };
  char quote = 0;
  for (std::uint32_t i = begin; i < end; ++i) {
    char c = text_[i];
    if (c == '\\') {
      if (i + 1 < end) {
        ++i;
        put(text_[i], i);
      }
      continue;
    }
    if (quote == 0 && (c == '"' || c == '\'')) {
      quote = c;
    } else if (quote != 0 && c == quote) {
      quote = 0;
    } else {
      put(c, i);
    }
  }
  ir::Flag flag;
  flag.span = span(begin, end);
  if (equals_in_word == std::string::npos) {
    flag.name = word.substr(2);
  } else {
    flag.name = word.substr(2, equals_in_word - 2);
    flag.value = ir::Text{word.substr(equals_in_word + 1), span(*equals_at + 1, end)};
  }
  return flag;
}

std::vector<ir::Flag> Lowering::lower_flags(Parser::FlagsContext* flags) {
  std::vector<ir::Flag> out;
  if (flags == nullptr) return out;
  for (auto* node : flags->FLAG()) out.push_back(lower_flag(node->getSymbol()));
  return out;
}

void Lowering::check_flags(const ir::Op& op) {
  std::string keyword = op.keyword.value;
  for (char& c : keyword) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  check_flags(keyword, op.flags);
}

void Lowering::check_flags(std::string_view instruction, const std::vector<ir::Flag>& flags) {
  for (std::size_t i = 0; i < flags.size(); ++i) {
    const ir::Flag& flag = flags[i];
    const FlagSpec* spec = find_spec(instruction, flag.name);
    if (spec == nullptr) {
      fail("unknown flag --" + flag.name + " for " + std::string(instruction) + suggestion(instruction, flag.name),
           flag.span);
      return;
    }
    if (spec->type != FlagType::Strings) {
      for (std::size_t j = 0; j < i; ++j) {
        if (flags[j].name == flag.name) {
          fail("--" + flag.name + " is given more than once", flag.span);
          return;
        }
      }
    }
    if (spec->type == FlagType::Bool) {
      if (flag.value && !iequals(flag.value->value, "true") && !iequals(flag.value->value, "false")) {
        fail("--" + flag.name + " takes true or false, not '" + flag.value->value + "'", flag.value->span);
        return;
      }
      continue;
    }
    if (!flag.value) {
      fail("--" + flag.name + " needs a value: --" + flag.name + "=<value>", flag.span);
      return;
    }
    const std::string& value = flag.value->value;
    if (value.find('$') != std::string::npos) continue;  // judged after variable substitution
    if (instruction == "HEALTHCHECK" && flag.name == "retries") {
      bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
      if (!value.empty() && !digits) {
        fail("--retries takes a whole number that is not negative, not '" + value + "'", flag.value->span);
        return;
      }
    } else if (instruction == "HEALTHCHECK" && !value.empty()) {
      auto seconds = parse_go_duration(value);
      if (!seconds) {
        fail("--" + flag.name + " takes a duration such as 30s or 1m30s, not '" + value + "'", flag.value->span);
        return;
      }
      if (*seconds != 0 && *seconds < 0.001) {
        fail("--" + flag.name + " cannot be less than 1ms", flag.value->span);
        return;
      }
    } else if (instruction == "RUN" && flag.name == "network" && value != "default" && value != "none" &&
               value != "host") {
      fail("--network takes default, none or host, not '" + value + "'", flag.value->span);
      return;
    } else if (instruction == "RUN" && flag.name == "security" && value != "sandbox" && value != "insecure") {
      fail("--security takes sandbox or insecure, not '" + value + "'", flag.value->span);
      return;
    }
  }
}

std::vector<ir::Mount> Lowering::lower_mounts(const std::vector<ir::Flag>& flags) {
  std::vector<ir::Mount> mounts;
  for (const auto& flag : flags) {
    if (flag.name != "mount" || !flag.value) continue;
    ir::Mount mount;
    mount.span = flag.value->span;
    auto fields = read_csv_record(flag.value->value);
    if (!fields || flag.value->value.empty()) {
      fail("cannot read the --mount value: expected comma-separated key=value fields", flag.value->span);
      mounts.push_back(std::move(mount));
      continue;
    }
    for (const auto& field : *fields) {
      auto eq = field.find('=');
      std::string key = to_lower(field.substr(0, eq));
      std::string value = eq == std::string::npos ? std::string() : field.substr(eq + 1);
      if (key == "type") mount.type_name = value;
      mount.options.emplace_back(std::move(key), std::move(value));
    }
    std::string type = to_lower(mount.type_name);
    if (type.empty() || type == "bind")
      mount.type = ir::Mount::Type::Bind;
    else if (type == "cache")
      mount.type = ir::Mount::Type::Cache;
    else if (type == "tmpfs")
      mount.type = ir::Mount::Type::Tmpfs;
    else if (type == "secret")
      mount.type = ir::Mount::Type::Secret;
    else if (type == "ssh")
      mount.type = ir::Mount::Type::Ssh;
    else
      mount.type = ir::Mount::Type::Unknown;
    if (mount.type == ir::Mount::Type::Unknown && type.find('$') == std::string::npos) {
      fail("unknown mount type '" + mount.type_name + "'; expected bind, cache, tmpfs, secret or ssh",
           flag.value->span);
    }
    mounts.push_back(std::move(mount));
  }
  return mounts;
}

}  // namespace dlint::frontends::dockerfile

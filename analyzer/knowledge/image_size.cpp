#include "knowledge/image_size.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <set>

#include "engine/glob.hpp"
#include "knowledge/command_line.hpp"
#include "knowledge/debian_packages.hpp"
#include "knowledge/package_manager_call.hpp"
#include "source/file_system.hpp"

namespace dlint::knowledge {
namespace {

constexpr std::uint64_t kB = 1000;
constexpr std::uint64_t MB = 1000 * kB;

// The heuristics, each with its origin in docs/size-estimates.md.
constexpr ByteRange kAptLists{19 * MB, 25 * MB};          // bookworm main+updates+security indexes, lz4 as stored
constexpr ByteRange kApkUnknown{200 * kB, 5 * MB};        // an apk package with no Debian namesake
constexpr ByteRange kPipPackage{1 * MB, 30 * MB};         // one named requirement with its dependencies
constexpr ByteRange kPipRequirements{10 * MB, 500 * MB};  // `pip install -r file`
constexpr ByteRange kNpmPackage{1 * MB, 20 * MB};         // one named package with its node_modules closure
constexpr ByteRange kNpmProject{20 * MB, 400 * MB};       // `npm install` / `npm ci` of a whole package.json
constexpr ByteRange kDownload{100 * kB, 100 * MB};        // curl -o / wget of an unknown file
constexpr ByteRange kBuildOutput{5 * MB, 1000 * MB};      // cargo/go/make build trees in a builder stage
constexpr ByteRange kArtifact{1 * MB, 50 * MB};           // a path copied out of a stage that compiled something
constexpr ByteRange kOtherRun{0, 1 * MB};                 // mkdir, useradd, chmod, ...
constexpr ByteRange kUnmeasuredSource{0, 10 * MB};        // a context path when no file system is at hand
constexpr ByteRange kRemoteFile{0, 100 * MB};             // ADD https://...
constexpr std::size_t kMaxWalkEntries = 200'000;
constexpr int kMaxWalkDepth = 64;

ByteRange scale(ByteRange range, std::uint64_t low_percent, std::uint64_t high_percent) {
  return {range.low * low_percent / 100, range.high * high_percent / 100};
}
ByteRange times(ByteRange range, std::uint64_t count) {
  return {range.low * count, range.high * count};
}

std::string basename(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  auto slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

bool is_url(std::string_view text) {
  return text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 || text.rfind("git@", 0) == 0;
}

bool is_archive(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kSuffixes = {".tar",    ".tar.gz", ".tgz",    ".tar.bz2",
                                                                ".tar.xz", ".txz",    ".tar.zst"};
  return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  });
}

void walk(const FileSystem& fs, const std::string& path, const std::string& relative,
          const std::function<bool(const std::string&)>& excluded, int depth, std::size_t& entries,
          std::uint64_t& bytes) {
  if (depth > kMaxWalkDepth) return;
  for (const auto& entry : fs.list(path)) {
    if (++entries > kMaxWalkEntries) return;
    std::string child_relative = relative.empty() || relative == "." ? entry.name : relative + "/" + entry.name;
    if (excluded && excluded(child_relative)) continue;
    if (entry.stat.type == FileType::Regular) bytes += entry.stat.size;
    if (entry.stat.type == FileType::Directory) {
      walk(fs, path + "/" + entry.name, child_relative, excluded, depth + 1, entries, bytes);
    }
  }
}

bool has_glob(std::string_view text) {
  return text.find_first_of("*?[") != std::string_view::npos;
}

std::string image_path(const std::string& workdir, const std::string& path) {
  return resolve_image_path(workdir, path);
}

bool under(std::string_view path, std::string_view directory) {
  if (directory == "/") return true;
  return path.size() > directory.size() && path.substr(0, directory.size()) == directory &&
         path[directory.size()] == '/';
}

// What a stage is known to hold beyond its base: paths written by COPY/ADD or downloads.
struct Produced {
  std::string path;
  ByteRange size;
};

struct StageState {
  std::set<std::string_view> debian_installed;
  bool debian_exact = true;  // the installed set is known (a minimal Debian base)
  bool debian_base_pending = false;
  std::string workdir = "/";
  std::vector<Produced> produced;
  bool builds = false;  // ran a compiler or build tool
  ByteRange added;      // everything the stage's own layers add
};

bool build_command(const ir::SimpleCommand& command, std::size_t program) {
  std::string_view name = program_basename(command.argv[program].value);
  auto sub = [&](std::string_view word) {
    return command.argv.size() > program + 1 && command.argv[program + 1].value == word;
  };
  static constexpr std::array<std::string_view, 12> kTools = {"make", "gcc",    "g++",       "cc",    "c++",   "clang",
                                                              "mvn",  "gradle", "wasm-pack", "ninja", "javac", "rustc"};
  if (std::find(kTools.begin(), kTools.end(), name) != kTools.end()) return true;
  if (name == "cargo") return sub("build") || sub("install");
  if (name == "go") return sub("build") || sub("install");
  if (name == "npm" || name == "yarn" || name == "pnpm") return sub("run") && command.has_word("build");
  if (name == "cmake") return command.has_word("--build");
  return false;
}

class Estimator {
 public:
  Estimator(const ir::BuildDefinition& build, const SizeInputs& inputs) : build_(build), inputs_(inputs) {}

  ImageSizeEstimate run() {
    ImageSizeEstimate estimate;
    states_.resize(build_.stages.size());
    for (const auto& stage : build_.stages) estimate.stages.push_back(estimate_stage(stage, estimate));
    estimate.final_stage = estimate.stages.size() - 1;
    return estimate;
  }

 private:
  const DebianPackageTable& debian() const { return inputs_.debian ? *inputs_.debian : bookworm_packages(); }

  StageSize estimate_stage(const ir::Stage& stage, const ImageSizeEstimate& so_far) {
    StageSize result;
    result.index = stage.index;
    result.name = stage.name ? stage.name->value : std::to_string(stage.index);
    result.base_text = stage.base_text.value;
    result.span = stage.span;
    StageState& state = states_[stage.index];
    if (stage.base_stage && *stage.base_stage < so_far.stages.size()) {
      const StageSize& parent = so_far.stages[*stage.base_stage];
      result.base_stage = stage.base_stage;
      result.base = {parent.complete, parent.total, "stage " + parent.name, parent.base.packages};
      result.complete = parent.complete;
      state = states_[*stage.base_stage];
      state.added = {};
    } else {
      result.base = base_image_size(stage.base);
      result.complete = result.base.known;
      if (result.base.packages == BasePackages::DebianMinimal || result.base.packages == BasePackages::DebianFull ||
          result.base.packages == BasePackages::Unknown) {
        state.debian_base_pending = true;  // filled on the first apt install: the table is big
        state.debian_exact = result.base.packages == BasePackages::DebianMinimal;
      }
    }
    for (const auto& op : stage.ops) {
      if (const auto* workdir = op.as<ir::WorkdirOp>()) {
        state.workdir = image_path(state.workdir, workdir->path.value);
        continue;
      }
      LayerSize layer;
      layer.instruction = std::string(ir::op_kind_name(op.kind));
      layer.span = op.span;
      if (const auto* run = op.as<ir::RunOp>()) {
        estimate_run(*run, state, layer);
      } else if (const auto* copy = op.as<ir::CopyOp>()) {
        estimate_copy(op, *copy, stage, state, so_far, layer);
      } else {
        continue;
      }
      for (const auto& part : layer.parts) layer.size += part.size;
      state.added += layer.size;
      result.layers.push_back(std::move(layer));
    }
    result.total = result.base.size + state.added;
    return result;
  }

  void estimate_run(const ir::RunOp& run, StageState& state, LayerSize& layer) {
    const ir::ShellScript& script = run.command.script;
    bool updates_apt = false, cleans_apt = false, any = false;
    cache_mounted_ = false;
    for (const auto& mount : run.mounts) {
      if (mount.type == ir::Mount::Type::Cache || mount.type == ir::Mount::Type::Tmpfs) {
        auto cache_target = mount.option("target");
        if (cache_target && cache_target->find("/.cache") != std::string_view::npos) cache_mounted_ = true;
      }
      if (mount.type == ir::Mount::Type::Cache) {
        auto target = mount.option("target");
        if (!target) target = mount.option("dst");
        if (target && target->find("/var/lib/apt") != std::string_view::npos) cleans_apt = true;
      }
    }
    for (const auto& command : script.commands) {
      if (command.in_substitution || command.argv.empty()) continue;
      std::size_t program = effective_program_index(command);
      if (program >= command.argv.size()) continue;
      std::string_view name = program_basename(command.argv[program].value);
      if (name == "rm" || name == "find") {
        for (const auto& word : command.argv) {
          if (word.value.find("/var/lib/apt/lists") != std::string::npos) cleans_apt = true;
        }
      }
      if (const auto& call = match_package_manager(command)) {
        if (call->manager->ecosystem == Ecosystem::Debian && call->updates_index()) updates_apt = true;
        if (call->manager->ecosystem == Ecosystem::Debian && call->subcommand_name() == "distclean") cleans_apt = true;
        if (call->installs() && install(*call, state, layer)) {
          any = true;
          continue;
        }
      }
      if (build_command(command, program)) {
        state.builds = true;
        layer.parts.push_back({LayerKind::Build, kBuildOutput, std::string(name) + " build output"});
        any = true;
        continue;
      }
      for (const auto& target : download_targets(command)) {
        ByteRange size = kDownload;
        state.produced.push_back({image_path(state.workdir, target), size});
        layer.parts.push_back({LayerKind::Download, size, target});
        any = true;
      }
    }
    if (updates_apt && !cleans_apt) layer.parts.push_back({LayerKind::Apt, kAptLists, "apt package lists"});
    if (!any && !(updates_apt && !cleans_apt)) layer.parts.push_back({LayerKind::Run, kOtherRun, "commands"});
  }

  // Adds the parts for one install call; false when the manager is not one we size.
  bool install(const PackageManagerCall& call, StageState& state, LayerSize& layer) {
    std::vector<std::string> names;
    std::size_t variable = 0;
    for (const auto* word : call.operands()) {
      if (word->has_expansion) {
        ++variable;
        continue;
      }
      std::string name = word->value;
      if (auto cut = name.find_first_of("=<>~!:["); cut != std::string::npos && cut > 0) name.resize(cut);
      if (!name.empty()) names.push_back(name);
    }
    switch (call.manager->ecosystem) {
      case Ecosystem::Debian: {
        std::erase_if(names,
                      [](const std::string& n) { return n.ends_with(".deb") || n.find('/') != std::string::npos; });
        if (state.debian_base_pending) {
          state.debian_installed.insert(debian().base_set().begin(), debian().base_set().end());
          state.debian_base_pending = false;
        }
        PackageClosure closure = debian().closure(names, state.debian_installed);
        ByteRange size = ByteRange::exact(closure.bytes);
        if (!state.debian_exact) size.low = 0;  // a full base may have them all already
        if (!call.has_option({"no-install-recommends"}) && !apt_config_option(call, "APT::Install-Recommends")) {
          size.high = size.high * 3 / 2;  // Recommends are not in the table: up to half again
        }
        size += times({0, 50 * MB}, variable + closure.unknown.size());
        for (auto name : closure.added) state.debian_installed.insert(name);
        std::string detail = names.empty() ? std::string("packages") : names.front();
        if (names.size() > 1) detail += " and " + std::to_string(names.size() - 1) + " more";
        if (closure.added.size() > names.size()) {
          detail += " (" + std::to_string(closure.added.size()) + " packages with dependencies)";
        }
        if (!closure.unknown.empty()) detail += "; not in Debian's index: " + closure.unknown.front();
        layer.parts.push_back({LayerKind::Apt, size, std::move(detail)});
        return true;
      }
      case Ecosystem::Alpine: {
        ByteRange size = times(kApkUnknown, variable);
        std::erase_if(names, [](const std::string& n) { return n.rfind("--", 0) == 0; });
        for (const auto& name : names) {
          std::optional<DebianPackage> namesake = debian().find(name);
          if (!namesake && name.ends_with("-dev")) namesake = debian().find(name.substr(0, name.size() - 4));
          size += namesake ? scale(ByteRange::exact(namesake->installed_kib * 1024), 30, 100) : kApkUnknown;
        }
        layer.parts.push_back({LayerKind::Apk, size, std::to_string(names.size()) + " apk packages"});
        return true;
      }
      case Ecosystem::Python: {
        ByteRange size = times(kPipPackage, names.size() + variable);
        if (call.has_option({"r", "requirement"})) size += kPipRequirements;
        if (!call.has_option({"no-cache-dir"}) && !cache_mounted_) size.high *= 2;  // the wheel cache stays
        layer.parts.push_back(
            {LayerKind::Pip, size, names.empty() ? "requirements" : std::to_string(names.size()) + " pip packages"});
        return true;
      }
      case Ecosystem::Node: {
        ByteRange size = names.empty() && variable == 0 ? kNpmProject : times(kNpmPackage, names.size() + variable);
        layer.parts.push_back(
            {LayerKind::Npm, size,
             names.empty() ? "package.json dependencies" : std::to_string(names.size()) + " npm packages"});
        return true;
      }
      default: return false;
    }
  }

  void estimate_copy(const ir::Op& op, const ir::CopyOp& copy, const ir::Stage& stage, StageState& state,
                     const ImageSizeEstimate& so_far, LayerSize& layer) {
    bool add = op.kind == ir::OpKind::Add;
    std::string destination = image_path(state.workdir, copy.destination.value);
    bool into_directory = copy.destination.value.ends_with("/") || copy.sources.size() + copy.heredocs.size() > 1;
    auto target_for = [&](const std::string& source) {
      return into_directory ? image_path(destination, basename(source)) : destination;
    };
    for (const auto& heredoc : copy.heredocs) {
      ByteRange size = ByteRange::exact(heredoc.body.size());
      state.produced.push_back({target_for(heredoc.delimiter), size});
      layer.parts.push_back({LayerKind::Heredoc, size, "inline file"});
    }
    const ir::Flag* from = op.flag("from");
    std::optional<std::size_t> from_stage;
    if (from && from->value) from_stage = build_.stage_index(from->value->value, stage.index);
    if (!from_stage && from && from->value) {  // --from=0: a stage by index
      const std::string& text = from->value->value;
      std::size_t index = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
      if (ec == std::errc() && end == text.data() + text.size() && index < stage.index) from_stage = index;
    }
    for (const auto& source : copy.sources) {
      if (copy.heredocs.size() && source.value.rfind("<<", 0) == 0) continue;
      ByteRange size;
      LayerKind kind = LayerKind::Context;
      std::string detail = source.value;
      if (from_stage) {
        kind = LayerKind::FromStage;
        size = from_stage_size(*from_stage, source.value, so_far);
        detail += " from stage " + so_far.stages[*from_stage].name;
      } else if (from && from->value) {
        kind = LayerKind::FromImage;
        BaseImageSize image = base_image_size(ir::ImageRef::parse(from->value->value));
        size = {0, image.size.high};
        detail += " from image " + from->value->value;
      } else if (add && is_url(source.value)) {
        kind = LayerKind::Url;
        size = kRemoteFile;
      } else {
        size = context_size(source.value);
        if (add && is_archive(source.value)) size = {size.low, size.high * 4};  // ADD unpacks local archives
      }
      state.produced.push_back({target_for(source.value), size});
      layer.parts.push_back({kind, size, std::move(detail)});
    }
  }

  ByteRange context_size(const std::string& source) const {
    if (!inputs_.fs || source.find('$') != std::string::npos) return kUnmeasuredSource;
    if (auto bytes = context_bytes(*inputs_.fs, inputs_.context_dir, source, inputs_.excluded)) {
      return ByteRange::exact(*bytes);
    }
    return ByteRange::exact(0);  // nothing there: the build would fail, and COR rules say so
  }

  // What `COPY --from=stage path` brings: the bytes the stage (or its bases) put at or below `path`,
  // else a build artifact if the stage compiled something, else anything up to what the stage added.
  ByteRange from_stage_size(std::size_t index, const std::string& source, const ImageSizeEstimate& so_far) const {
    const StageState& state = states_[index];
    std::string path = image_path(state.workdir, source);
    ByteRange found;
    bool any = false;
    for (const auto& produced : state.produced) {
      if (produced.path == path || under(produced.path, path)) {
        found += produced.size;
        any = true;
      }
    }
    if (any) return found;
    // Below a copied directory: a build may have written it there (target/release/app under COPY . .).
    if (state.builds) return kArtifact;
    for (const auto& produced : state.produced) {
      if (under(path, produced.path)) return {0, produced.size.high};
    }
    return {0, so_far.stages[index].total.high};
  }

  const ir::BuildDefinition& build_;
  const SizeInputs& inputs_;
  std::vector<StageState> states_;
  bool cache_mounted_ = false;  // the RUN being estimated mounts a cache over ~/.cache
};

}  // namespace

std::string_view layer_kind_name(LayerKind kind) {
  switch (kind) {
    case LayerKind::Apt: return "apt";
    case LayerKind::Apk: return "apk";
    case LayerKind::Pip: return "pip";
    case LayerKind::Npm: return "npm";
    case LayerKind::Download: return "download";
    case LayerKind::Build: return "build";
    case LayerKind::Run: return "run";
    case LayerKind::Context: return "copy";
    case LayerKind::FromStage: return "copy-from-stage";
    case LayerKind::FromImage: return "copy-from-image";
    case LayerKind::Heredoc: return "heredoc";
    case LayerKind::Url: return "url";
  }
  return "run";
}

std::string ImageSizeEstimate::breakdown(std::size_t index) const {
  const StageSize& stage = stages[index];
  std::string out = "base " + (stage.base_stage ? stage.base.source : stage.base_text) + " " +
                    (stage.base.known ? format_range(stage.base.size) : std::string("unknown"));
  std::vector<std::pair<LayerKind, ByteRange>> sums;
  for (const auto& layer : stage.layers) {
    for (const auto& part : layer.parts) {
      auto it = std::find_if(sums.begin(), sums.end(), [&](const auto& s) { return s.first == part.kind; });
      if (it == sums.end())
        sums.emplace_back(part.kind, part.size);
      else
        it->second += part.size;
    }
  }
  for (const auto& [kind, size] : sums) out += ", " + std::string(layer_kind_name(kind)) + " " + format_range(size);
  return out;
}

std::optional<std::uint64_t> context_bytes(const FileSystem& fs, const std::string& context_dir,
                                           const std::string& source,
                                           const std::function<bool(const std::string&)>& excluded) {
  std::string relative = normalize_path(source);
  while (!relative.empty() && relative.front() == '/') relative.erase(0, 1);  // context-rooted
  if (relative.empty()) relative = ".";
  std::vector<std::string> matches;
  std::string name = basename(relative);
  if (has_glob(name)) {
    std::string directory = relative.find('/') == std::string::npos ? "." : parent_path(relative);
    for (const auto& entry : fs.list(join_path(context_dir, directory))) {
      if (glob_match(name, entry.name)) matches.push_back(directory == "." ? entry.name : directory + "/" + entry.name);
    }
  } else {
    matches.push_back(relative);
  }
  std::optional<std::uint64_t> total;
  for (const auto& match : matches) {
    if (excluded && match != "." && excluded(match)) continue;
    std::string path = join_path(context_dir, match);
    auto stat = fs.stat(path);
    if (!stat) continue;
    std::uint64_t bytes = 0;
    if (stat->type == FileType::Regular) bytes = stat->size;
    if (stat->type == FileType::Directory) {
      std::size_t entries = 0;
      walk(fs, path, match, excluded, 0, entries, bytes);
    }
    total = total.value_or(0) + bytes;
  }
  return total;
}

// The files a download writes: `curl -o FILE`, `curl -O URL` (its basename), `wget -O FILE`, `wget URL`.
std::vector<std::string> download_targets(const ir::SimpleCommand& command) {
  std::size_t program = effective_program_index(command);
  if (program >= command.argv.size()) return {};
  std::string_view name = program_basename(command.argv[program].value);
  std::vector<std::string> out;
  bool piped = command.pipeline_position + 1 < command.pipeline_length;  // `curl URL | sh`: nothing kept
  const auto& argv = command.argv;
  if (name == "curl") {
    bool remote_name = false;
    for (std::size_t i = program + 1; i < argv.size(); ++i) {
      const std::string& word = argv[i].value;
      if ((word == "-o" || word == "--output") && i + 1 < argv.size())
        out.push_back(argv[++i].value);
      else if (word.rfind("--output=", 0) == 0)
        out.push_back(word.substr(9));
      else if (word == "-O" || word == "--remote-name")
        remote_name = true;
      else if (word.size() > 2 && word[0] == '-' && word[1] != '-' && word.find('o') == word.size() - 1 &&
               i + 1 < argv.size())
        out.push_back(argv[++i].value);  // -fsSLo FILE
      else if (remote_name && is_url(word))
        out.push_back(basename(word));
    }
  } else if (name == "wget") {
    bool named = false;
    for (std::size_t i = program + 1; i < argv.size(); ++i) {
      const std::string& word = argv[i].value;
      if ((word == "-O" || word == "--output-document") && i + 1 < argv.size()) {
        named = true;
        if (argv[i + 1].value != "-") out.push_back(argv[i + 1].value);
        ++i;
      } else if (word.rfind("--output-document=", 0) == 0) {
        named = true;
        out.push_back(word.substr(18));
      }
    }
    if (!named && !piped) {
      for (std::size_t i = program + 1; i < argv.size(); ++i) {
        if (is_url(argv[i].value)) out.push_back(basename(argv[i].value));
      }
    }
  }
  if (piped) std::erase_if(out, [](const std::string& target) { return target == "-"; });
  return out;
}

std::string resolve_image_path(const std::string& workdir, const std::string& path) {
  return normalize_path(join_path(workdir.empty() ? "/" : workdir, path));
}

std::optional<ImageSizeEstimate> estimate_image_size(const ir::BuildDefinition& build, const SizeInputs& inputs) {
  if (build.stages.empty()) return std::nullopt;
  return Estimator(build, inputs).run();
}

}  // namespace dlint::knowledge

// `dlint`: the command-line program. Subcommands live in their own files; this wires up CLI11.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "engine/analyze_source.hpp"
#include "reporters/reporter.hpp"

int main(int argc, char** argv) {
  using namespace dlint::cli;
  // dlint writes through iostreams only; unsynchronized, a report of tens of megabytes is written at once.
  std::ios_base::sync_with_stdio(false);
  CLI::App app{
      "dlint: a static analyzer for container definitions: Dockerfiles, .dockerignore files, Compose\n"
      "files, run.toml manifests and Luakit build.lua scripts. It reports correctness, best-practice,\n"
      "security, cache and size problems, each pointing at the exact token, estimates image sizes, and\n"
      "says which services could move to WASI.",
      "dlint"};
  app.set_version_flag("--version", std::string("dlint ") + DLINT_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 nothing at or above the failure threshold, 1 findings at or above it,\n"
      "            2 usage, config or input error.\n\n"
      "Examples:\n"
      "  dlint analyze Dockerfile\n"
      "  dlint analyze . --format sarif --output dlint.sarif\n"
      "  dlint fix Dockerfile --diff\n"
      "  dlint explain DL3008\n\n"
      "Run `dlint SUBCOMMAND --help` for the options of each subcommand.");

  AnalyzeArgs analyze;
  auto* analyze_cmd = app.add_subcommand("analyze", "Lint files and directories (directories honor .gitignore)");
  analyze_cmd->add_option("paths", analyze.paths, "Files, directories, or - for stdin");
  std::vector<std::string> format_names;
  std::string format_help = "Output format:";
  for (const auto& format : dlint::reporters::formats()) {
    format_names.emplace_back(format.name);
    format_help.append("\n  ").append(format.name).append(": ").append(format.summary);
  }
  analyze_cmd->add_option("-f,--format", analyze.format, format_help)->check(CLI::IsMember(format_names));
  analyze_cmd->add_option("-o,--output", analyze.output, "Write the report to FILE (atomically) instead of stdout");
  analyze_cmd->add_flag("--no-color", analyze.no_color, "No ANSI colors (also when NO_COLOR is set or not a terminal)");
  analyze_cmd
      ->add_option("--failure-threshold", analyze.failure_threshold,
                   "Exit 1 when a finding is at or above: error, warning, info (default), style, none")
      ->check(CLI::IsMember({"error", "warning", "info", "style", "none"}));
  analyze_cmd->add_option("-c,--config", analyze.config,
                          "Config file (default: nearest .dlint.yaml or .hadolint.yaml)");
  analyze_cmd->add_option("--stdin-filename", analyze.stdin_filename, "Name for input read from stdin (-)");
  std::vector<std::string> kind_names;
  for (dlint::InputKind k : dlint::analyzed_kinds()) kind_names.emplace_back(dlint::input_kind_name(k));
  std::string kind_list;
  for (const auto& name : kind_names) kind_list += (kind_list.empty() ? "" : ", ") + name;
  analyze_cmd->add_option("--kind", analyze.kind, "Read every named file as KIND: " + kind_list)
      ->check(CLI::IsMember(kind_names));
  analyze_cmd->add_option("-j,--jobs", analyze.jobs, "Files analyzed at once (default: one per core)");
  analyze_cmd->add_flag("--include-suppressed", analyze.include_suppressed,
                        "sarif: also list findings silenced inline, marked as suppressed");
  analyze_cmd->add_option("--compose-file", analyze.compose_files,
                          "One Compose project's files, as `docker compose -f A -f B` takes them: the first is\n"
                          "analyzed with the others merged over it in order (its override file is then not\n"
                          "read); repeat the option for each file");
  analyze_cmd->add_option("--docs-url", analyze.docs_url,
                          "Base URL of the rule pages that reports link to (<URL>/<ID>.md)");
  analyze_cmd->footer(
      "Examples:\n"
      "  dlint analyze Dockerfile                       lint one file\n"
      "  dlint analyze . --failure-threshold warning    walk a tree; fail only on warnings and errors\n"
      "  cat Dockerfile | dlint analyze - --stdin-filename app/Dockerfile --format json\n"
      "  dlint analyze --compose-file compose.yaml --compose-file compose.prod.yaml\n"
      "                                                 one project from two files, merged");

  FixArgs fix;
  auto* fix_cmd = app.add_subcommand("fix", "Apply the fixes rules know (safe ones unless --unsafe-fixes)");
  fix_cmd->add_option("paths", fix.paths, "Files and directories to fix")->required();
  fix_cmd->add_flag("--unsafe-fixes", fix.unsafe_fixes, "Also apply fixes that may change behaviour; review them");
  fix_cmd->add_flag("--diff", fix.diff, "Print a unified diff instead of writing; exit 1 if anything would change");
  fix_cmd->add_option("-c,--config", fix.config, "Config file (default: nearest .dlint.yaml or .hadolint.yaml)");
  fix_cmd->add_option("--kind", fix.kind, "Read every named file as KIND: dockerfile")
      ->check(CLI::IsMember({"dockerfile"}));
  fix_cmd->add_option("-j,--jobs", fix.jobs, "Files analyzed at once (default: one per core)");
  fix_cmd->footer(
      "Examples:\n"
      "  dlint fix Dockerfile                  apply the safe fixes\n"
      "  dlint fix . --diff                    show what would change, write nothing\n"
      "  dlint fix Dockerfile --unsafe-fixes   also the fixes that need review");

  RulesArgs rules;
  auto* rules_cmd = app.add_subcommand("rules", "List every rule with its id, name, severity and aliases");
  rules_cmd->add_option("-f,--format", rules.format, "table (default), json, or markdown")
      ->check(CLI::IsMember({"table", "json", "markdown"}));
  rules_cmd->add_option("--output-dir", rules.output_dir, "markdown: write docs/rules-style pages into DIR");
  rules_cmd->footer("Examples:\n  dlint rules\n  dlint rules --format json | jq '.[].aliases'");

  std::string explain_key;
  auto* explain_cmd = app.add_subcommand("explain", "Show one rule in full: rationale, examples, aliases");
  explain_cmd->add_option("rule", explain_key, "A rule id (BP003), name (image-latest-tag) or alias (DL3007)")
      ->required();
  explain_cmd->footer("Examples:\n  dlint explain DL3008\n  dlint explain final-image-runs-as-root");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitError;
  }
  // Each file's analysis catches its own failures; this is the last resort for the rest (writing the
  // report, say), so that a bug ends in a message and exit code 2 rather than an abort.
  try {
    if (analyze_cmd->parsed()) return run_analyze(analyze);
    if (fix_cmd->parsed()) return run_fix(fix);
    if (rules_cmd->parsed()) return run_rules(rules);
    if (explain_cmd->parsed()) return run_explain(explain_key);
  } catch (const std::exception& e) {
    std::cerr << "dlint: internal error: " << e.what() << "\n";
  }
  return kExitError;
}

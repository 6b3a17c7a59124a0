// The bk API of Luakit, evaluated statically: sources (bk.image, bk.scratch, bk.local_, bk.git, bk.http),
// combinators (bk.merge, bk.diff), mounts (bk.cache, bk.secret, bk.ssh, bk.tmpfs, bk.bind), bk.platform,
// bk.export, and the state methods. Each call becomes a node of the build graph with its operation already
// lowered to the shared IR; options a function does not take are recorded for the unknown-API rule.
#include <algorithm>
#include <initializer_list>

#include "frontends/luakit/interpreter.hpp"
#include "frontends/shell/parse_shell.hpp"
#include "support/edit_distance.hpp"

namespace dlint::frontends::luakit {
namespace {

struct Options {
  std::vector<const TableEntry*> entries;
  [[nodiscard]] const TableEntry* find(std::string_view name) const {
    for (const auto* e : entries) {
      if (e->key.str->text == name) return e;
    }
    return nullptr;
  }
};

class Api {
 public:
  Api(Interpreter& in, const Span& call, const Span& name) : in_(in), call_(call), name_(name) {}

  // The options table of `api`: keys it does not take are noted (with a suggestion when one is close).
  Options options(const Value& v, std::string_view api, const std::vector<std::string_view>& allowed,
                  std::string_view advice = {}) {
    Options out;
    if (v.kind == Kind::Nil) return out;
    if (v.kind != Kind::Table) {
      if (v.kind == Kind::Unknown || v.kind == Kind::Choice) {
        in_.unknown_reached(v, "the options of `" + std::string(api) + "`");
      } else {
        in_.not_analyzed(v.span, "the options of `" + std::string(api) + "` should be a table, not " + in_.describe(v) +
                                     "; they are not analyzed");
      }
      return out;
    }
    for (const auto& entry : v.table->entries) {
      if (entry.key.kind != Kind::String) continue;
      const std::string& key = entry.key.str->text;
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string message = "`" + std::string(api) + "` has no option `" + key + "`";
        if (auto close = closest_match(key, allowed)) {
          message += "; did you mean `" + *close + "`?";
        } else if (!advice.empty()) {
          message += std::string("; ") + std::string(advice);
        }
        if (in_.facts().unknown_api.size() < 200) {
          in_.facts().unknown_api.push_back({std::string(api) + " option " + key, message, entry.key.span});
        }
        continue;
      }
      out.entries.push_back(&entry);
    }
    return out;
  }

  // A string (or number) argument as IR text; the span is the inside of the literal when it is one.
  std::optional<ir::Text> text(const Value& v, std::string_view what) {
    if (v.kind == Kind::String) {
      if (v.str->contiguous()) {
        const auto& seg = v.str->segments[0];
        return ir::Text{v.str->text, in_.span(seg.file_begin, seg.file_begin + seg.length)};
      }
      return ir::Text{v.str->text, v.span};
    }
    if (v.kind == Kind::Number) return ir::Text{number_text(v.number), v.span};
    if (v.kind == Kind::Unknown || v.kind == Kind::Choice) {
      in_.unknown_reached(v, std::string(what));
    } else {
      in_.not_analyzed(v.span,
                       std::string(what) + " should be a string, not " + in_.describe(v) + "; it is not analyzed");
    }
    return std::nullopt;
  }

  std::optional<ir::Text> option_text(const Options& o, std::string_view key, std::string_view api) {
    const auto* e = o.find(key);
    if (e == nullptr) return std::nullopt;
    return text(e->value, "`" + std::string(key) + "` of `" + std::string(api) + "`");
  }

  // A list of strings: a table's array part (or one string).
  std::vector<ir::Text> texts(const Value& v, std::string_view what) {
    std::vector<ir::Text> out;
    if (v.kind == Kind::String || v.kind == Kind::Number) {
      if (auto t = text(v, what)) out.push_back(*t);
      return out;
    }
    if (v.kind != Kind::Table) {
      text(v, what);
      return out;
    }
    for (const auto& entry : v.table->entries) {
      if (entry.key.kind != Kind::Number) continue;
      if (auto t = text(entry.value, what)) out.push_back(*t);
    }
    return out;
  }

  std::vector<ir::KeyValue> pairs(const Value& v, std::string_view what) {
    std::vector<ir::KeyValue> out;
    if (v.kind != Kind::Table) {
      text(v, what);
      return out;
    }
    for (const auto& entry : v.table->entries) {
      if (entry.key.kind != Kind::String) continue;
      ir::KeyValue kv;
      kv.key = ir::Text{entry.key.str->text, entry.key.span};
      if (auto value = text(entry.value, what)) kv.value = *value;
      kv.span = entry.field;
      out.push_back(std::move(kv));
    }
    return out;
  }

  // A state argument; a Choice of states (from an undecidable `if`) gives all of them.
  std::vector<int> states(const Value& v, std::string_view what) {
    if (v.kind == Kind::State) return {v.id};
    if (v.kind == Kind::Choice) {
      std::vector<int> out;
      for (const auto& alt : *v.alternatives) {
        if (alt.kind != Kind::State) {
          in_.unknown_reached(v, std::string(what));
          return {};
        }
        out.push_back(alt.id);
      }
      return out;
    }
    if (v.kind == Kind::Unknown) {
      in_.unknown_reached(v, std::string(what));
    } else {
      in_.not_analyzed(v.span,
                       std::string(what) + " should be a state, not " + in_.describe(v) + "; it is not analyzed");
    }
    return {};
  }

  ir::Command command(const Value& v) {
    ir::Command c;
    if (v.kind == Kind::String) {
      c.form = ir::Command::Form::Shell;
      c.shell_text = *text(v, "the command");
      c.source = v.str->mapped();
      c.script = frontends::parse_shell(in_.file(), c.source);
      c.span = c.shell_text.span;
    } else {
      c.form = ir::Command::Form::Exec;
      c.exec_args = texts(v, "an argument of the command");
      c.span = v.span;
    }
    return c;
  }

  Value state(int node) const {
    Value v;
    v.kind = node < 0 ? Kind::Unknown : Kind::State;
    v.id = node;
    v.name = "a state past the bounds";
    v.span = call_;
    v.reported = true;
    return v;
  }

  StateNode node(StateNode::Kind kind) const {
    StateNode n;
    n.kind = kind;
    n.span = call_;
    n.name_span = name_;
    return n;
  }

  ir::Op op(ir::OpKind kind, std::string keyword) const {
    ir::Op o;
    o.kind = kind;
    o.keyword = ir::Text{std::move(keyword), name_};
    o.span = call_;
    return o;
  }

  Value mount(ir::Mount::Type type, std::string type_name, std::vector<std::pair<std::string, std::string>> options,
              int state = -1) const {
    auto m = std::make_shared<MountValue>();
    m->mount.type = type;
    m->mount.type_name = std::move(type_name);
    m->mount.options = std::move(options);
    m->mount.span = call_;
    m->state = state;
    Value v;
    v.kind = Kind::Mount;
    v.mount = std::move(m);
    v.span = call_;
    return v;
  }

  // Options copied into a mount's fields, as `--mount=type=...,key=value` would spell them.
  void mount_fields(const Options& o, std::string_view api, std::vector<std::pair<std::string, std::string>>& out) {
    for (const auto* e : o.entries) {
      const std::string& key = e->key.str->text;
      if (e->value.kind == Kind::Boolean) {
        out.emplace_back(key, e->value.boolean ? "true" : "false");
      } else if (auto t = text(e->value, "`" + key + "` of `" + std::string(api) + "`")) {
        out.emplace_back(key, t->value);
      }
    }
  }

 private:
  Interpreter& in_;
  Span call_;
  Span name_;
};

ir::UserOp user_op(const ir::Text& spec) {
  ir::UserOp u;
  u.spec = spec;
  auto colon = spec.value.find(':');
  u.user = spec.value.substr(0, colon);
  if (colon != std::string::npos) u.group = spec.value.substr(colon + 1);
  return u;
}

}  // namespace

std::vector<Value> Interpreter::call_bk(Builtin which, const Value& callee, std::vector<Value>& args, const Span& at,
                                        const Span& name) {
  Api api(*this, at, name);
  auto arg = [&](std::size_t i) {
    if (i < args.size()) return args[i];
    Value v;
    v.span = at;
    return v;
  };
  const std::string api_name = which >= Builtin::Run ? ":" + callee.name : callee.name;
  auto mark_referenced = [&](int node) {
    if (node >= 0) graph().nodes[static_cast<std::size_t>(node)].referenced = true;
  };

  // State methods: the receiver first. One of several states: the method applies to each.
  if (which >= Builtin::Run) {
    Value receiver = arg(0);
    if (receiver.kind == Kind::Choice) {
      Value merged;
      bool first = true;
      for (const auto& alt : *receiver.alternatives) {
        std::vector<Value> one = args;
        one[0] = alt;
        auto r = call_bk(which, callee, one, at, name);
        Value v = r.empty() ? Value{} : r[0];
        if (first) {
          merged = v;
        } else if (!same_value(merged, v)) {
          auto alts = std::make_shared<std::vector<Value>>();
          if (merged.kind == Kind::Choice) {
            *alts = *merged.alternatives;
          } else {
            alts->push_back(merged);
          }
          alts->push_back(v);
          merged = Value{};
          merged.kind = Kind::Choice;
          merged.alternatives = std::move(alts);
          merged.span = at;
        }
        first = false;
      }
      return {merged};
    }
    if (receiver.kind != Kind::State) {
      if (receiver.kind == Kind::Unknown) {
        unknown_reached(receiver, "the state `" + api_name + "` is called on");
      } else {
        not_analyzed(at, "`" + api_name + "` is called on " + describe(receiver) + ", not a state; it is not analyzed");
      }
      Value u = unknown("a method of something that is not a state", at);
      u.reported = true;
      return {u};
    }
    args.erase(args.begin());
    StateNode n = api.node(StateNode::Kind::Op);
    n.parent = receiver.id;
    switch (which) {
      case Builtin::Run: {
        Options o = api.options(
            arg(1), ":run", {"env", "cwd", "user", "network", "security", "mounts", "hostname", "valid_exit_codes"});
        ir::Op op = api.op(ir::OpKind::Run, "run");
        ir::RunOp run;
        Value cmd = arg(0);
        bool known = cmd.kind == Kind::String || cmd.kind == Kind::Table;
        if (!known) {
          if (cmd.kind == Kind::Unknown || cmd.kind == Kind::Choice) {
            unknown_reached(cmd, "the command");
          } else {
            not_analyzed(cmd.span, "the command should be a string or a table of strings, not " + describe(cmd) +
                                       "; it is not analyzed");
          }
        } else {
          run.command = api.command(cmd);
          op.args = run.command.form == ir::Command::Form::Shell ? std::vector<ir::Text>{run.command.shell_text}
                                                                 : run.command.exec_args;
        }
        if (const auto* e = o.find("env")) run.env = api.pairs(e->value, "`env` of `:run`");
        run.cwd = api.option_text(o, "cwd", ":run");
        run.user = api.option_text(o, "user", ":run");
        for (std::string_view flag : {"network", "security"}) {
          const auto* e = o.find(flag);
          if (e == nullptr) continue;
          if (auto value = api.text(e->value, "`" + std::string(flag) + "` of `:run`")) {
            op.flags.push_back(ir::Flag{std::string(flag), *value, e->field});
          }
        }
        if (const auto* e = o.find("mounts")) {
          if (e->value.kind != Kind::Table) {
            api.text(e->value, "`mounts` of `:run`");
          } else {
            for (const auto& m : e->value.table->entries) {
              if (m.key.kind != Kind::Number) continue;
              const Value& mv = m.value;
              if (mv.kind == Kind::Mount) {
                run.mounts.push_back(mv.mount->mount);
                if (mv.mount->state >= 0) n.mount_states.emplace_back(run.mounts.size() - 1, mv.mount->state);
              } else if (mv.kind == Kind::State) {
                // A state given as a mount (the build context, say) is bound at the working directory.
                ir::Mount bind;
                bind.type = ir::Mount::Type::Bind;
                bind.type_name = "bind";
                bind.options.emplace_back("target", run.cwd ? run.cwd->value : "/");
                bind.span = mv.span;
                run.mounts.push_back(std::move(bind));
                n.mount_states.emplace_back(run.mounts.size() - 1, mv.id);
                mark_referenced(mv.id);
              } else {
                api.states(mv, "a mount");
              }
            }
          }
        }
        if (known) {
          op.detail = std::move(run);
          n.op = std::move(op);
        }
        break;
      }
      case Builtin::Copy: {
        Options o = api.options(arg(3), ":copy",
                                {"mode", "owner", "follow_symlink", "create_dest_path", "allow_wildcard",
                                 "allow_empty_wildcard", "include", "exclude"});
        auto from = api.states(arg(0), "the state copied from");
        auto src = api.text(arg(1), "the source path");
        auto dest = api.text(arg(2), "the destination path");
        for (int f : from) mark_referenced(f);
        if (from.size() > 1) {
          not_analyzed(arg(0).span,
                       "the state copied from differs between the branches of an `if`; the first is "
                       "followed");
        }
        if (!from.empty() && src && dest) {
          ir::Op op = api.op(ir::OpKind::Copy, "copy");
          op.args = {*src, *dest};
          if (auto owner = api.option_text(o, "owner", ":copy")) op.flags.push_back({"chown", owner, owner->span});
          if (auto mode = api.option_text(o, "mode", ":copy")) op.flags.push_back({"chmod", mode, mode->span});
          ir::CopyOp copy;
          copy.sources = {*src};
          copy.destination = *dest;
          op.detail = std::move(copy);
          n.op = std::move(op);
          n.copy_from = from[0];
        }
        break;
      }
      case Builtin::Mkdir:
      case Builtin::Mkfile:
      case Builtin::Rm:
      case Builtin::Symlink: {
        std::size_t paths = which == Builtin::Symlink || which == Builtin::Mkfile ? 2 : 1;
        const std::vector<std::string_view> allowed =
            which == Builtin::Mkdir    ? std::vector<std::string_view>{"mode", "make_parents", "owner"}
            : which == Builtin::Mkfile ? std::vector<std::string_view>{"mode", "owner"}
            : which == Builtin::Rm     ? std::vector<std::string_view>{"allow_not_found", "allow_wildcard"}
                                       : std::vector<std::string_view>{};
        if (which != Builtin::Symlink) api.options(arg(paths), api_name, allowed);
        ir::Op op = api.op(ir::OpKind::Unknown, callee.name);
        for (std::size_t i = 0; i < paths; ++i) {
          if (auto t = api.text(arg(i), "a path")) op.args.push_back(*t);
        }
        n.op = std::move(op);
        break;
      }
      case Builtin::WithMetadata: return {receiver};
      default: break;
    }
    graph().nodes[static_cast<std::size_t>(receiver.id)].children++;
    int id = add_state(std::move(n));
    if (id < 0) graph().nodes[static_cast<std::size_t>(receiver.id)].children--;
    return {api.state(id)};
  }

  switch (which) {
    case Builtin::Image: {
      Options o = api.options(arg(1), "bk.image", {"platform"});
      auto ref = api.text(arg(0), "the image reference");
      if (!ref) return {api.state(-1)};
      StateNode n = api.node(StateNode::Kind::Image);
      n.ref = *ref;
      n.platform = api.option_text(o, "platform", "bk.image");
      return {api.state(add_state(std::move(n)))};
    }
    case Builtin::Scratch: {
      StateNode n = api.node(StateNode::Kind::Scratch);
      n.ref = ir::Text{"scratch", name};
      return {api.state(add_state(std::move(n)))};
    }
    case Builtin::Local: {
      Options o = api.options(arg(1), "bk.local_", {"include", "exclude", "shared_key_hint", "follow_paths"});
      auto local_name = api.text(arg(0), "the local source name");
      if (!local_name) return {api.state(-1)};
      StateNode n = api.node(StateNode::Kind::Local);
      n.ref = *local_name;
      if (const auto* include = o.find("include")) n.include = api.texts(include->value, "an include pattern");
      facts().contexts.push_back(
          {local_name->value, local_name->span, o.find("include") != nullptr || o.find("exclude") != nullptr});
      return {api.state(add_state(std::move(n)))};
    }
    case Builtin::Git: {
      api.options(arg(1), "bk.git", {"ref", "keep_git_dir"});
      auto url = api.text(arg(0), "the repository URL");
      if (!url) return {api.state(-1)};
      StateNode n = api.node(StateNode::Kind::Git);
      n.ref = *url;
      return {api.state(add_state(std::move(n)))};
    }
    case Builtin::Http:
    case Builtin::Https: {
      Options o =
          api.options(arg(1), callee.name, {"checksum", "filename", "chmod", "headers", "username", "password"});
      auto url = api.text(arg(0), "the URL");
      if (!url) return {api.state(-1)};
      StateNode n = api.node(StateNode::Kind::Http);
      n.ref = *url;
      facts().downloads.push_back({url->value, url->span, o.find("checksum") != nullptr});
      return {api.state(add_state(std::move(n)))};
    }
    case Builtin::Merge:
    case Builtin::Diff: {
      std::vector<Value> inputs = args;
      if (which == Builtin::Merge && args.size() == 1 && args[0].kind == Kind::Table) {
        inputs.clear();
        for (const auto& e : args[0].table->entries) {
          if (e.key.kind == Kind::Number) inputs.push_back(e.value);
        }
      }
      StateNode n = api.node(which == Builtin::Merge ? StateNode::Kind::Merge : StateNode::Kind::Diff);
      for (const auto& input : inputs) {
        auto s = api.states(input, "a state of `" + callee.name + "`");
        if (s.size() > 1)
          not_analyzed(input.span, "this state differs between the branches of an `if`; the first is followed");
        if (!s.empty()) {
          n.inputs.push_back(s[0]);
          mark_referenced(s[0]);
        }
      }
      n.ref = ir::Text{"", name};
      return {api.state(add_state(std::move(n)))};
    }
    case Builtin::Cache: {
      Options o = api.options(arg(1), "bk.cache", {"id", "sharing"});
      auto dest = api.text(arg(0), "the cache mount path");
      std::vector<std::pair<std::string, std::string>> fields;
      if (dest) fields.emplace_back("target", dest->value);
      api.mount_fields(o, "bk.cache", fields);
      return {api.mount(ir::Mount::Type::Cache, "cache", std::move(fields))};
    }
    case Builtin::Secret: {
      Options o = api.options(arg(1), "bk.secret", {"id", "uid", "gid", "mode", "optional"});
      auto dest = api.text(arg(0), "the secret mount path");
      std::vector<std::pair<std::string, std::string>> fields;
      if (dest) fields.emplace_back("target", dest->value);
      api.mount_fields(o, "bk.secret", fields);
      return {api.mount(ir::Mount::Type::Secret, "secret", std::move(fields))};
    }
    case Builtin::Ssh: {
      Options o = api.options(arg(0), "bk.ssh", {"dest", "id", "uid", "gid", "mode", "optional"});
      std::vector<std::pair<std::string, std::string>> fields;
      api.mount_fields(o, "bk.ssh", fields);
      for (auto& f : fields) {
        if (f.first == "dest") f.first = "target";
      }
      return {api.mount(ir::Mount::Type::Ssh, "ssh", std::move(fields))};
    }
    case Builtin::Tmpfs: {
      Options o = api.options(arg(1), "bk.tmpfs", {"size"});
      auto dest = api.text(arg(0), "the tmpfs mount path");
      std::vector<std::pair<std::string, std::string>> fields;
      if (dest) fields.emplace_back("target", dest->value);
      api.mount_fields(o, "bk.tmpfs", fields);
      return {api.mount(ir::Mount::Type::Tmpfs, "tmpfs", std::move(fields))};
    }
    case Builtin::Bind: {
      Options o = api.options(arg(2), "bk.bind", {"selector", "readonly"});
      auto from = api.states(arg(0), "the state bound");
      auto dest = api.text(arg(1), "the bind mount path");
      std::vector<std::pair<std::string, std::string>> fields;
      if (dest) fields.emplace_back("target", dest->value);
      for (const auto* e : o.entries) {
        std::string key = e->key.str->text == "selector" ? "source" : e->key.str->text;
        if (e->value.kind == Kind::Boolean) {
          fields.emplace_back(key, e->value.boolean ? "true" : "false");
        } else if (auto t = api.text(e->value, "`" + e->key.str->text + "` of `bk.bind`")) {
          fields.emplace_back(key, t->value);
        }
      }
      int state = from.empty() ? -1 : from[0];
      mark_referenced(state);
      return {api.mount(ir::Mount::Type::Bind, "bind", std::move(fields), state)};
    }
    case Builtin::Platform: {
      std::string text;
      for (std::size_t i = 0; i < args.size() && i < 3; ++i) {
        auto t = api.text(args[i], "a platform field");
        if (!t) return {unknown("a platform", at)};
        text += (i > 0 ? "/" : "") + t->value;
      }
      return {string_value(text, at)};
    }
    case Builtin::Export: {
      facts().exports.push_back(name);
      if (++exports_on_path > 1 && facts().extra_exports.size() < 50) {
        facts().extra_exports.push_back({"bk.export",
                                         "bk.export is called again on this path; Luakit allows it exactly once and "
                                         "fails with \"already called once\"",
                                         name});
      }
      Options o = api.options(
          arg(1), "bk.export",
          {"entrypoint", "cmd", "env", "workdir", "user", "expose", "labels", "os", "arch", "variant", "platform"},
          "Luakit has no HEALTHCHECK, VOLUME or STOPSIGNAL equivalent");
      auto targets = api.states(arg(0), "the exported state");
      ExportCall call;
      call.span = at;
      call.state = targets.empty() ? -1 : targets[0];
      for (int t : targets) graph().nodes[static_cast<std::size_t>(t)].exported = true;
      for (const auto* e : o.entries) {
        const std::string& key = e->key.str->text;
        ir::Op op = api.op(ir::OpKind::Unknown, key);
        op.keyword = ir::Text{key, e->key.span};
        op.span = e->field;
        std::string what = "`" + key + "` of `bk.export`";
        if (key == "env" || key == "labels") {
          auto kvs = api.pairs(e->value, what);
          if (key == "env") {
            op.kind = ir::OpKind::Env;
            op.detail = ir::EnvOp{std::move(kvs)};
          } else {
            op.kind = ir::OpKind::Label;
            op.detail = ir::LabelOp{std::move(kvs)};
          }
        } else if (key == "user") {
          auto spec = api.text(e->value, what);
          if (!spec) continue;
          op.kind = ir::OpKind::User;
          op.args = {*spec};
          op.detail = user_op(*spec);
        } else if (key == "workdir") {
          auto path = api.text(e->value, what);
          if (!path) continue;
          op.kind = ir::OpKind::Workdir;
          op.args = {*path};
          op.detail = ir::WorkdirOp{*path};
        } else if (key == "expose") {
          op.kind = ir::OpKind::Expose;
          op.args = api.texts(e->value, what);
          op.detail = ir::ExposeOp{op.args};
        } else if (key == "entrypoint" || key == "cmd") {
          // The image config holds an argv; a lone string is one argument, as Luakit passes it through.
          ir::Command c;
          c.form = ir::Command::Form::Exec;
          c.exec_args = api.texts(e->value, what);
          c.span = e->value.span;
          op.args = c.exec_args;
          if (key == "cmd") {
            op.kind = ir::OpKind::Cmd;
            op.detail = ir::CmdOp{std::move(c)};
          } else {
            op.kind = ir::OpKind::Entrypoint;
            op.detail = ir::EntrypointOp{std::move(c)};
          }
        } else {
          continue;  // os / arch / variant / platform: the target platform, not part of the config ops
        }
        call.config.push_back(std::move(op));
      }
      if (call.state >= 0) graph().exports.push_back(std::move(call));
      return {};
    }
    default: break;
  }
  return {unknown("a bk call", at)};
}

}  // namespace dlint::frontends::luakit

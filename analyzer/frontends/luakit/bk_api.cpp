// The bk API of Luakit, evaluated statically: sources (bk.image, bk.scratch, bk.local_, bk.git, bk.http),
// combinators (bk.merge, bk.diff), mounts (bk.cache, bk.secret, bk.ssh, bk.tmpfs, bk.bind), bk.platform,
// bk.export; the state methods are in bk_state_methods.cpp. Each call becomes a node of the build graph with
// its operation already lowered to the shared IR; options a function does not take are recorded for the
// unknown-API rule.
#include "frontends/luakit/bk_arguments.hpp"
#include "frontends/luakit/interpreter.hpp"

namespace dlint::frontends::luakit {

using bk::Api;
using bk::arg_at;
using bk::Options;
using bk::user_op;

std::vector<Value> Interpreter::call_bk(Builtin which, const Value& callee, std::vector<Value>& args, const Span& at,
                                        const Span& name) {
  Api api(*this, at, name);
  auto arg = [&](std::size_t i) { return arg_at(args, i, at); };
  auto mark_referenced = [&](int node) {
    if (node >= 0) graph().nodes[static_cast<std::size_t>(node)].referenced = true;
  };

  // State methods: the receiver first.
  if (which >= Builtin::Run) return call_state_method(which, callee, args, at, name);

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

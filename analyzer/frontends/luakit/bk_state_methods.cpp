// The state methods of the bk API (:run, :copy, :mkdir, :mkfile, :rm, :symlink, :with_metadata): each adds
// a node built on its receiver; called on one of several states, the method applies to each.
#include "frontends/luakit/bk_arguments.hpp"
#include "frontends/luakit/interpreter.hpp"

namespace dlint::frontends::luakit {

using bk::Api;
using bk::arg_at;
using bk::Options;
using bk::user_op;

std::vector<Value> Interpreter::call_state_method(Builtin which, const Value& callee, std::vector<Value>& args,
                                                  const Span& at, const Span& name) {
  Api api(*this, at, name);
  auto arg = [&](std::size_t i) { return arg_at(args, i, at); };
  const std::string api_name = ":" + callee.name;
  auto mark_referenced = [&](int node) {
    if (node >= 0) graph().nodes[static_cast<std::size_t>(node)].referenced = true;
  };

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
      Options o = api.options(arg(1), ":run",
                              {"env", "cwd", "user", "network", "security", "mounts", "hostname", "valid_exit_codes"});
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

}  // namespace dlint::frontends::luakit

#pragma once
// What a Luakit build script (build.lua) says that the shared build model has no place for: its bk.export
// calls, the sandbox-removed functions and unknown bk API it uses, the parts the static evaluator could not
// decide, the build-context and download sources, and states it builds for nothing. The build itself is
// lowered into a BuildDefinition; this sits beside it for the Luakit rules.
#include <string>
#include <vector>

#include "source/span.hpp"

namespace dlint::ir {

struct LuakitScript {
  struct Note {
    std::string subject;  // what it is about, e.g. "os.execute", "bk.image option `plaform`"
    std::string message;  // plain words
    Span span;
  };
  struct ContextSource {  // bk.local_(name, {include, exclude})
    std::string name;
    Span span;              // the name argument
    bool filtered = false;  // an include or exclude list was given
  };
  struct Download {  // bk.http / bk.https
    std::string url;
    Span span;  // the URL argument
    bool checksum = false;
  };

  std::vector<Span> exports;        // each bk.export call evaluated (its name)
  std::vector<Note> extra_exports;  // a bk.export after another one on the same path
  bool parsed = false;              // the script was read; missing-export findings need that
  Span missing_export_at;           // where to report a script that never calls bk.export
  std::vector<Note> sandbox_calls;
  std::vector<Note> unknown_api;
  std::vector<Note> not_analyzed;
  std::vector<Note> unused_states;
  std::vector<ContextSource> contexts;
  std::vector<Download> downloads;
};

}  // namespace dlint::ir

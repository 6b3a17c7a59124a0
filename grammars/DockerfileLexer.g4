// Tokens of a normalized Dockerfile: the frontend's pre-scan has already joined line continuations,
// dropped comment and blank lines and lifted heredoc bodies out, so every instruction is one line
// "KEYWORD [--flag ...] [arguments]\n" without leading or trailing blanks.
//
// The keyword decides how the rest of the line is read (as BuildKit does), so each keyword switches
// to a mode: flags first (shared shape, one mode per argument style because lexer modes cannot be
// parameterized), then the argument mode of that instruction. No semantic predicates: the only
// action picks the word rules of ENV / LABEL / ARG for the escape character of the file.
lexer grammar DockerfileLexer;

tokens { FLAG }

@lexer::members {
  // Set before lexing from the `# escape=` parser directive.
  bool backtickEscape = false;
}

// ---- Default mode: the instruction keyword (case-insensitive) ------------------------------------------
K_FROM: F R O M -> mode(FLAGS_LIST);
K_EXPOSE: E X P O S E -> mode(FLAGS_LIST);
K_RUN: R U N -> mode(FLAGS_COMMAND);
K_CMD: C M D -> mode(FLAGS_COMMAND);
K_ENTRYPOINT: E N T R Y P O I N T -> mode(FLAGS_COMMAND);
K_SHELL: S H E L L -> mode(FLAGS_COMMAND);
K_COPY: C O P Y -> mode(FLAGS_PATHS);
K_ADD: A D D -> mode(FLAGS_PATHS);
K_VOLUME: V O L U M E -> mode(FLAGS_PATHS);
K_ENV: E N V -> mode(FLAGS_WORDS);
K_LABEL: L A B E L -> mode(FLAGS_WORDS);
K_ARG: A R G -> mode(FLAGS_WORDS);
K_USER: U S E R -> mode(FLAGS_TEXT);
K_WORKDIR: W O R K D I R -> mode(FLAGS_TEXT);
K_MAINTAINER: M A I N T A I N E R -> mode(FLAGS_TEXT);
K_STOPSIGNAL: S T O P S I G N A L -> mode(FLAGS_TEXT);
K_HEALTHCHECK: H E A L T H C H E C K -> mode(FLAGS_HEALTH);
K_ONBUILD: O N B U I L D -> mode(FLAGS_ONBUILD);
// Anything else up to the first blank: an instruction Docker does not know.
UNKNOWN_KEYWORD: ~[ \t\u000B\f\r\n]+ -> mode(FLAGS_TEXT);
NEWLINE: '\n';
DEFAULT_BLANK: HWS -> skip;

// ---- Flags: "--name[=value]" words right after the keyword, as BuildKit's extractBuilderFlags reads
// them (quotes and backslashes inside the word, a lone "--" ends the flags). A FLAG token includes
// the blanks before it; the frontend trims them off the span.
mode FLAGS_LIST;
LIST_FLAG: HWS '--' FLAG_BODY -> type(FLAG);
LIST_FLAGS_END: HWS '--' HWS? -> type(END_OF_FLAGS), mode(LIST);
LIST_ARGS: HWS -> skip, mode(LIST);
LIST_FLAGS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode FLAGS_COMMAND;
COMMAND_FLAG: HWS '--' FLAG_BODY -> type(FLAG);
COMMAND_FLAGS_END: HWS '--' HWS? -> type(END_OF_FLAGS), mode(COMMAND_ARGS);
COMMAND_ARGS_START: HWS -> skip, mode(COMMAND_ARGS);
COMMAND_FLAGS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode FLAGS_PATHS;
PATHS_FLAG: HWS '--' FLAG_BODY -> type(FLAG);
PATHS_FLAGS_END: HWS '--' HWS? -> type(END_OF_FLAGS), mode(PATHS_ARGS);
PATHS_ARGS_START: HWS -> skip, mode(PATHS_ARGS);
PATHS_FLAGS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode FLAGS_WORDS;
WORDS_FLAG: HWS '--' FLAG_BODY -> type(FLAG);
END_OF_FLAGS: HWS '--' HWS? { setMode(backtickEscape ? WORDS_BT : WORDS_BS); };
WORDS_ARGS_START: HWS { setMode(backtickEscape ? WORDS_BT : WORDS_BS); skip(); };
WORDS_FLAGS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode FLAGS_TEXT;
TEXT_FLAG: HWS '--' FLAG_BODY -> type(FLAG);
TEXT_FLAGS_END: HWS '--' HWS? -> type(END_OF_FLAGS), mode(TEXT);
TEXT_ARGS_START: HWS -> skip, mode(TEXT);
TEXT_FLAGS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode FLAGS_HEALTH;
HEALTH_FLAG: HWS '--' FLAG_BODY -> type(FLAG);
HEALTH_FLAGS_END: HWS '--' HWS? -> type(END_OF_FLAGS), mode(HEALTH);
HEALTH_ARGS_START: HWS -> skip, mode(HEALTH);
HEALTH_FLAGS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode FLAGS_ONBUILD;
ONBUILD_FLAG: HWS '--' FLAG_BODY -> type(FLAG);
ONBUILD_FLAGS_END: HWS '--' HWS? -> type(END_OF_FLAGS), mode(DEFAULT_MODE);
ONBUILD_TRIGGER_START: HWS -> skip, mode(DEFAULT_MODE);
ONBUILD_FLAGS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// ---- Arguments ----------------------------------------------------------------------------------------
// RUN CMD ENTRYPOINT SHELL (and HEALTHCHECK after its type): a JSON array, or the rest of the line.
mode COMMAND_ARGS;
COMMAND_JSON_OPEN: '[' -> type(LBRACKET), mode(JSON);
REST: ~[[\n] ~[\n]*;
COMMAND_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// COPY ADD VOLUME: a JSON array, or blank-separated words.
mode PATHS_ARGS;
PATHS_JSON_OPEN: '[' -> type(LBRACKET), mode(JSON);
PATHS_WORD: ~[[ \t\u000B\f\r\n] ~[ \t\u000B\f\r\n]* -> type(WORD), mode(LIST);
PATHS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// FROM EXPOSE: blank-separated words, taken literally.
mode LIST;
WORD: ~[ \t\u000B\f\r\n]+;
LIST_BLANK: HWS -> skip;
LIST_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// USER WORKDIR MAINTAINER STOPSIGNAL and unknown instructions: the rest of the line as one string.
mode TEXT;
TEXT_REST: ~[\n]+ -> type(REST);
TEXT_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// HEALTHCHECK: the type word (CMD, NONE, ...), then a command.
mode HEALTH;
HEALTH_TYPE: ~[ \t\u000B\f\r\n]+ -> mode(HEALTH_AFTER_TYPE);
HEALTH_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode HEALTH_AFTER_TYPE;
HEALTH_COMMAND_START: HWS -> skip, mode(COMMAND_ARGS);
HEALTH_AFTER_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// ENV LABEL ARG: words as BuildKit's parseWords splits them. Quotes and escapes stay in the word;
// an escaped blank or a quoted blank does not split. One mode per escape character.
mode WORDS_BS;
WORD_BS: ( WORD_BS_PART+ WORD_BS_LAST? | WORD_BS_LAST ) -> type(WORD);
WORDS_BS_BLANK: HWS -> skip;
WORDS_BS_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

mode WORDS_BT;
WORD_BT: ( WORD_BT_PART+ WORD_BT_LAST? | WORD_BT_LAST ) -> type(WORD);
WORDS_BT_BLANK: HWS -> skip;
WORDS_BT_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// A JSON array as Go's encoding/json reads it. Anything that is not JSON becomes OTHER / QUOTE, and the
// parser then takes the line as shell form (or as a word list for COPY / ADD / VOLUME).
mode JSON;
LBRACKET: '[';
RBRACKET: ']';
LBRACE: '{';
RBRACE: '}';
COMMA: ',';
COLON: ':';
JSON_STRING: '"' ( '\\' ( ["\\/bfnrt] | 'u' HEX HEX HEX HEX ) | ~["\\\u0000-\u001F] )* '"';
JSON_NUMBER: '-'? ( '0' | [1-9] [0-9]* ) ( '.' [0-9]+ )? ( [eE] [+-]? [0-9]+ )?;
JSON_TRUE: 'true';
JSON_FALSE: 'false';
JSON_NULL: 'null';
JSON_BLANK: [ \t\r]+ -> skip;
OTHER: ~[[\]{},:" \t\r\n]+;
QUOTE: '"';
JSON_NL: '\n' -> type(NEWLINE), mode(DEFAULT_MODE);

// A quote left open runs to the end of the line, and an escape with nothing after it ends the line:
// both can only be the last part of a word, or a word could be cut in two differently.
fragment FLAG_BODY: FLAG_PART+ FLAG_LAST? | FLAG_LAST;
fragment FLAG_PART
  : ~[ \t\u000B\f\r\n"'\\] | '\\' ~[\n] | '"' ( ~["\\\n] | '\\' ~[\n] )* '"' | '\'' ( ~['\\\n] | '\\' ~[\n] )* '\''
  ;
fragment FLAG_LAST: '\\' | '"' ( ~["\\\n] | '\\' ~[\n] )* '\\'? | '\'' ( ~['\\\n] | '\\' ~[\n] )* '\\'?;
fragment WORD_BS_PART
  : ~[ \t\u000B\f\r\n"'\\] | '\\' ~[\n] | '"' ( ~["\\\n] | '\\' ~[\n] )* '"' | '\'' ~['\n]* '\''
  ;
fragment WORD_BS_LAST: '\\' | '"' ( ~["\\\n] | '\\' ~[\n] )* '\\'? | '\'' ~['\n]*;
fragment WORD_BT_PART
  : ~[ \t\u000B\f\r\n"'`] | '`' ~[\n] | '"' ( ~["`\n] | '`' ~[\n] )* '"' | '\'' ~['\n]* '\''
  ;
fragment WORD_BT_LAST: '`' | '"' ( ~["`\n] | '`' ~[\n] )* '`'? | '\'' ~['\n]*;
fragment HWS: [ \t\u000B\f\r]+;
fragment HEX: [0-9a-fA-F];
fragment A: [aA];
fragment B: [bB];
fragment C: [cC];
fragment D: [dD];
fragment E: [eE];
fragment F: [fF];
fragment G: [gG];
fragment H: [hH];
fragment I: [iI];
fragment K: [kK];
fragment L: [lL];
fragment M: [mM];
fragment N: [nN];
fragment O: [oO];
fragment P: [pP];
fragment R: [rR];
fragment S: [sS];
fragment T: [tT];
fragment U: [uU];
fragment V: [vV];
fragment W: [wW];
fragment X: [xX];
fragment Y: [yY];

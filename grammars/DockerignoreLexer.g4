// A .dockerignore file, line by line, as ignorefile.ReadAll (moby/patternmatcher) reads it: '#' starts a
// comment only in the first column; white space around a pattern and after a leading '!' is dropped; only
// "\n" (with an optional "\r" before it) ends a line. The glob inside a pattern (`*`, `?`, `**`, `[...]`,
// `\`) is checked and compiled by analyzer/context/ignore_pattern, which mirrors Go's filepath.Match.
lexer grammar DockerignoreLexer;

COMMENT : {getCharPositionInLine() == 0}? '#' ~[\n]* ;
NEWLINE : '\r'? '\n' ;
BLANK   : [ \t\f\u000B\r]+ ;
BANG    : '!' ;
TEXT    : ~[ \t\f\u000B\r\n!]+ ;

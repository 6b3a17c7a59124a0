// One entry per line: a comment, a blank line, or a pattern with an optional leading '!' (re-include).
parser grammar DockerignoreParser;

options { tokenVocab = DockerignoreLexer; }

file        : line (NEWLINE line)* EOF ;
line        : COMMENT | BLANK? (negation? patternText)? | BLANK? negation ;
negation    : BANG BLANK? ;
patternText : (TEXT | BANG) (TEXT | BANG | BLANK)* ;

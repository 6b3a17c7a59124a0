// The POSIX-sh subset found in RUN / CMD / ENTRYPOINT / HEALTHCHECK. A whole shell word (quotes,
// expansions, command substitutions and all) is one WORD token; the frontend takes words apart by hand.
// Heredoc bodies are blanked out before lexing (their delimiters are dynamic), so no predicates are needed.
// Reserved words are their own tokens; the parser accepts them as plain words outside command position.
lexer grammar ShellLexer;

NEWLINE      : '\r'? '\n' ;
BLANK        : [ \t\f\r]+ -> skip ;
CONTINUATION : '\\' '\r'? '\n' -> skip ;
COMMENT      : '#' ~[\r\n]* -> skip ;

AND_IF   : '&&' ;
OR_IF    : '||' ;
DSEMI    : ';;' '&'? | ';&' ;
SEMI     : ';' ;
PIPE_AMP : '|&' ;
PIPE     : '|' ;
REDIRECT : [0-9]* ('>>' | '>&' | '>|' | '>' | '<<<' | '<<-' | '<<' | '<&' | '<>' | '<') | '&>>' | '&>' ;
AMP      : '&' ;
LPAREN   : '(' ;
RPAREN   : ')' ;

// Reserved words: listed before WORD so that a word spelled exactly like one becomes the keyword.
IF       : 'if' ;
THEN     : 'then' ;
ELSE     : 'else' ;
ELIF     : 'elif' ;
FI       : 'fi' ;
FOR      : 'for' ;
IN       : 'in' ;
DO       : 'do' ;
DONE     : 'done' ;
WHILE    : 'while' ;
UNTIL    : 'until' ;
CASE     : 'case' ;
ESAC     : 'esac' ;
FUNCTION : 'function' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
BANG     : '!' ;

ASSIGNMENT_WORD : NAME '+'? '=' ('(' SUB_BODY ')' | PIECE*) ;  // bash arrays: A=(x y)
WORD            : FIRST_PIECE PIECE* ;

fragment NAME        : [A-Za-z_] [A-Za-z_0-9]* ;
fragment FIRST_PIECE : PLAIN_FIRST | COMMON_PIECE ;
fragment PIECE       : PLAIN | '#' | COMMON_PIECE ;
fragment COMMON_PIECE
  : '\\' ~[\r\n]
  | '\'' ~'\''* '\''
  | '$\'' ('\\' . | ~['\\])* '\''
  | '"' DQ_BODY '"'
  | '`' ('\\' . | ~[`\\])* '`'
  | '$(' SUB_BODY ')'
  | '${' BRACE_BODY '}'
  | '$'
  | [<>] '(' SUB_BODY ')'
  ;
fragment PLAIN_FIRST : ~[ \t\f\r\n;&|()<>'"`\\$#] ;
fragment PLAIN       : ~[ \t\f\r\n;&|()<>'"`\\$] ;
fragment DQ_BODY     : ('\\' . | '`' ('\\' . | ~[`\\])* '`' | '$(' SUB_BODY ')' | '${' BRACE_BODY '}' | ~["\\`])* ;
// The inside of $( ... ): balanced parentheses, quotes kept whole.
fragment SUB_BODY    : ('(' SUB_BODY ')' | '\'' ~'\''* '\'' | '"' DQ_BODY '"' | '`' ('\\' . | ~[`\\])* '`' | '\\' . | ~[()'"`\\])* ;
fragment BRACE_BODY  : ('${' BRACE_BODY '}' | '$(' SUB_BODY ')' | '\'' ~'\''* '\'' | '"' DQ_BODY '"' | '\\' . | ~[}'"\\])* ;

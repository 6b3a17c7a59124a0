// Lua 5.1 tokens, as gopher-lua (the Lua inside Luakit) reads them: long strings and comments with any
// level of '=' ([[ ]], [==[ ]==]), short strings with every escape, decimal and hexadecimal numbers.
// Keywords come before NAME so they win on equal length.
lexer grammar LuaLexer;

AND: 'and';
BREAK: 'break';
DO: 'do';
ELSE: 'else';
ELSEIF: 'elseif';
END: 'end';
FALSE: 'false';
FOR: 'for';
FUNCTION: 'function';
IF: 'if';
IN: 'in';
LOCAL: 'local';
NIL: 'nil';
NOT: 'not';
OR: 'or';
REPEAT: 'repeat';
RETURN: 'return';
THEN: 'then';
TRUE: 'true';
UNTIL: 'until';
WHILE: 'while';

ELLIPSIS: '...';
CONCAT: '..';
DOT: '.';
EQ: '==';
NE: '~=';
LE: '<=';
GE: '>=';
LT: '<';
GT: '>';
ASSIGN: '=';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
PERCENT: '%';
CARET: '^';
HASH: '#';
LPAREN: '(';
RPAREN: ')';
LBRACE: '{';
RBRACE: '}';
LBRACKET: '[';
RBRACKET: ']';
SEMI: ';';
COLON: ':';
COMMA: ',';

NAME: [a-zA-Z_] [a-zA-Z_0-9]*;

NORMAL_STRING: '"' (ESCAPE | ~[\\"\r\n])* '"';
CHAR_STRING: '\'' (ESCAPE | ~[\\'\r\n])* '\'';
LONG_STRING: '[' NESTED ']';

NUMBER
  : '0' [xX] HEX_DIGIT+
  | DIGIT+ ('.' DIGIT*)? EXPONENT?
  | '.' DIGIT+ EXPONENT?
  ;

// A long comment first: it is longer than the line comment that also matches its start.
LONG_COMMENT: '--' '[' NESTED ']' -> channel(HIDDEN);
LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
SHEBANG: '#!' ~[\r\n]* -> channel(HIDDEN);
WS: [ \t\r\n\f\u000B]+ -> channel(HIDDEN);

// Anything else is one token the parser rejects, so the lexer itself never fails.
ERROR_CHAR: .;

fragment NESTED: '=' NESTED '=' | '[' .*? ']';
fragment ESCAPE: '\\' ([abfnrtvz"'\\] | '\r'? '\n' | DIGIT DIGIT? DIGIT? | 'x' HEX_DIGIT HEX_DIGIT | ~[abfnrtvz"'\\\r\n0-9x]);
fragment DIGIT: [0-9];
fragment HEX_DIGIT: [0-9a-fA-F];
fragment EXPONENT: [eE] [+-]? DIGIT+;

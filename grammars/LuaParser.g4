// Lua 5.1 (the dialect of gopher-lua, which Luakit embeds). Calls, field accesses and assignment targets
// share one rule, `suffixedExp`, as in Lua's own parser; the frontend checks that an expression statement
// is a call and that assignment targets are names, fields or indexes.
parser grammar LuaParser;

options { tokenVocab = LuaLexer; }

chunk: block EOF;

block: stat* lastStat?;

stat
  : SEMI                                                                   # emptyStat
  | suffixedExp (COMMA suffixedExp)* ASSIGN expList                         # assignStat
  | suffixedExp                                                            # callStat
  | DO block END                                                           # doStat
  | WHILE exp DO block END                                                 # whileStat
  | REPEAT block UNTIL exp                                                 # repeatStat
  | IF exp THEN block (ELSEIF exp THEN block)* (ELSE block)? END           # ifStat
  | FOR NAME ASSIGN exp COMMA exp (COMMA exp)? DO block END                # numericForStat
  | FOR nameList IN expList DO block END                                   # genericForStat
  | FUNCTION funcName funcBody                                             # functionStat
  | LOCAL FUNCTION NAME funcBody                                           # localFunctionStat
  | LOCAL nameList (ASSIGN expList)?                                       # localStat
  ;

lastStat
  : RETURN expList? SEMI?                                                  # returnStat
  | BREAK SEMI?                                                            # breakStat
  ;

funcName: NAME (DOT NAME)* (COLON NAME)?;

nameList: NAME (COMMA NAME)*;

expList: exp (COMMA exp)*;

exp
  : NIL                                                                    # nilExp
  | FALSE                                                                  # falseExp
  | TRUE                                                                   # trueExp
  | NUMBER                                                                 # numberExp
  | stringLiteral                                                          # stringExp
  | ELLIPSIS                                                               # varargExp
  | FUNCTION funcBody                                                      # functionExp
  | suffixedExp                                                            # prefixExp
  | tableConstructor                                                       # tableExp
  | <assoc = right> exp CARET exp                                          # powerExp
  | (NOT | HASH | MINUS) exp                                               # unaryExp
  | exp (STAR | SLASH | PERCENT) exp                                       # mulExp
  | exp (PLUS | MINUS) exp                                                 # addExp
  | <assoc = right> exp CONCAT exp                                         # concatExp
  | exp (LT | GT | LE | GE | NE | EQ) exp                                  # compareExp
  | exp AND exp                                                            # andExp
  | exp OR exp                                                             # orExp
  ;

suffixedExp: primaryExp suffix*;

primaryExp
  : NAME                                                                   # nameExp
  | LPAREN exp RPAREN                                                      # parenExp
  ;

suffix
  : DOT NAME                                                               # fieldSuffix
  | LBRACKET exp RBRACKET                                                  # indexSuffix
  | COLON NAME args                                                        # methodSuffix
  | args                                                                   # callSuffix
  ;

args
  : LPAREN expList? RPAREN
  | tableConstructor
  | stringLiteral
  ;

funcBody: LPAREN parList? RPAREN block END;

parList
  : nameList (COMMA ELLIPSIS)?
  | ELLIPSIS
  ;

tableConstructor: LBRACE fieldList? RBRACE;

fieldList: field (fieldSep field)* fieldSep?;

field
  : LBRACKET exp RBRACKET ASSIGN exp                                       # keyedField
  | NAME ASSIGN exp                                                        # namedField
  | exp                                                                    # positionalField
  ;

fieldSep: COMMA | SEMI;

stringLiteral: NORMAL_STRING | CHAR_STRING | LONG_STRING;

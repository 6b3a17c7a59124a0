// POSIX-sh command structure: lists, and-or chains, pipelines, compound commands, simple commands.
// Words stay opaque tokens here; reserved words count as words outside command position, as in sh.
parser grammar ShellParser;

options { tokenVocab = ShellLexer; }

script       : linebreak commandList? EOF ;
commandList  : andOr (separator andOr)* separator? ;
separator    : (SEMI | AMP) linebreak | newlines ;
newlines     : NEWLINE+ ;
linebreak    : NEWLINE* ;

andOr        : pipeline (andOrOp linebreak pipeline)* ;
andOrOp      : AND_IF | OR_IF ;
pipeline     : BANG? command (pipeOp linebreak command)* ;
pipeOp       : PIPE | PIPE_AMP ;

command
  : compoundCommand redirect*       # compound
  | functionDefinition              # function
  | simpleCommand                   # simple
  ;

compoundCommand
  : LBRACE compoundList RBRACE                                                      # braceGroup
  | LPAREN compoundList RPAREN                                                      # subshell
  | IF compoundList THEN compoundList elifPart* (ELSE compoundList)? FI             # ifClause
  | FOR WORD (sequenceEnd | linebreak (IN anyWord* sequenceEnd)?) doGroup          # forClause
  | (WHILE | UNTIL) compoundList doGroup                                            # whileClause
  | CASE anyWord linebreak IN linebreak caseItem* ESAC                              # caseClause
  ;
elifPart     : ELIF compoundList THEN compoundList ;
doGroup      : DO compoundList DONE ;
sequenceEnd  : SEMI linebreak | newlines ;
compoundList : linebreak commandList ;
caseItem     : LPAREN? anyWord (PIPE anyWord)* RPAREN (compoundList | linebreak) (DSEMI linebreak)? ;

functionDefinition
  : FUNCTION WORD (LPAREN RPAREN)? linebreak compoundCommand redirect*
  | WORD LPAREN RPAREN linebreak compoundCommand redirect*
  ;

simpleCommand
  : (ASSIGNMENT_WORD | redirect)+ (WORD (anyWord | redirect)*)?
  | WORD (anyWord | redirect)*
  ;

redirect     : REDIRECT anyWord? ;

anyWord
  : WORD | ASSIGNMENT_WORD
  | IF | THEN | ELSE | ELIF | FI | FOR | IN | DO | DONE | WHILE | UNTIL | CASE | ESAC | FUNCTION
  | LBRACE | RBRACE | BANG
  ;

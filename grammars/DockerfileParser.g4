// One normalized Dockerfile (see DockerfileLexer.g4): one instruction per line. The grammar accepts
// every token sequence the lexer can produce, so a malformed instruction never derails the ones after
// it: what Docker would reject (a missing image name, a bad flag) is judged when the tree is lowered.
parser grammar DockerfileParser;

options { tokenVocab = DockerfileLexer; }

dockerfile : line* EOF ;

line : instruction? NEWLINE ;

instruction
  : keyword=(K_RUN | K_CMD | K_ENTRYPOINT | K_SHELL) flags commandArgs?                          # commandInstruction
  | keyword=(K_COPY | K_ADD | K_VOLUME) flags pathArgs?                                         # pathsInstruction
  | keyword=(K_FROM | K_EXPOSE) flags WORD*                                                     # listInstruction
  | keyword=(K_ENV | K_LABEL | K_ARG) flags WORD*                                               # wordsInstruction
  | keyword=(K_USER | K_WORKDIR | K_MAINTAINER | K_STOPSIGNAL | UNKNOWN_KEYWORD) flags REST?     # textInstruction
  | keyword=K_HEALTHCHECK flags (HEALTH_TYPE commandArgs?)?                                     # healthcheckInstruction
  | keyword=K_ONBUILD flags instruction?                                                         # onbuildInstruction
  ;

flags : FLAG* END_OF_FLAGS? ;

// Exec form when the JSON parses (the first alternative wins the tie), otherwise shell form.
commandArgs : jsonArray | notJson | REST ;

// JSON form, or blank-separated words (the frontend splits a line that only looked like JSON).
pathArgs : jsonArray | notJson | WORD+ ;

notJson : LBRACKET (~NEWLINE)* ;

jsonArray : LBRACKET (jsonValue (COMMA jsonValue)*)? RBRACKET ;

jsonValue
  : JSON_STRING
  | JSON_NUMBER
  | JSON_TRUE
  | JSON_FALSE
  | JSON_NULL
  | jsonArray
  | jsonObject
  ;

jsonObject : LBRACE (jsonMember (COMMA jsonMember)*)? RBRACE ;

jsonMember : JSON_STRING COLON jsonValue ;

# Turns a checked-in data file into a C++ source holding its text, so the library needs no file at run
# time. Run as: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P embed_text.cmake
file(READ "${INPUT}" text)
string(FIND "${text}" ")dlint_embed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed_text.cmake. Do not edit.\n"
  "#include <string_view>\n"
  "namespace dlint::knowledge::data {\n"
  "extern const std::string_view ${SYMBOL};\n"
  "static const char ${SYMBOL}_text[] = R\"dlint_embed(${text})dlint_embed\";\n"
  "const std::string_view ${SYMBOL}(${SYMBOL}_text, sizeof(${SYMBOL}_text) - 1);\n"
  "}  // namespace dlint::knowledge::data\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")

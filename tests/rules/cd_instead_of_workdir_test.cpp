#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;
using dlint::testing::run_rule;

TEST_CASE("BP015 cd-instead-of-workdir: reported cases", "[rules][BP015]") {
  check_rule_cases("BP015", {
                                {"leading cd becomes a WORKDIR",
                                 "FROM node:20\nRUN cd /app && npm ci\n",
                                 {{2, 5}},
                                 "FROM node:20\nWORKDIR /app\nRUN npm ci\n"},
                                {"leading cd before a longer chain",
                                 "FROM node:20\nRUN cd /app && npm ci && npm run build | tee /tmp/log\n",
                                 {{2, 5}},
                                 "FROM node:20\nWORKDIR /app\nRUN npm ci && npm run build | tee /tmp/log\n"},
                                {"over a line continuation",
                                 "FROM node:20\nRUN cd /app \\\n && npm ci\n",
                                 {{2, 5}},
                                 "FROM node:20\nWORKDIR /app\nRUN npm ci\n"},
                                {"mount flags stay on the RUN",
                                 "FROM node:20\nRUN --mount=type=cache,target=/root/.npm cd /app && npm ci\n",
                                 {{2, 42}},
                                 "FROM node:20\nWORKDIR /app\nRUN --mount=type=cache,target=/root/.npm npm ci\n"},
                                {"only the first cd of a RUN",
                                 "FROM gcc:13\nRUN cd /src && make && cd / && rm -rf /src\n",
                                 {{2, 5}},
                                 "FROM gcc:13\nWORKDIR /src\nRUN make && cd / && rm -rf /src\n"},
                                {"a cd in the middle gets no fix",
                                 "FROM gcc:13\nRUN apt-get update && cd /usr/src && make\n",
                                 {{2, 23}},
                                 "FROM gcc:13\nRUN apt-get update && cd /usr/src && make\n"},
                                {"cd joined with ; gets no fix",
                                 "FROM gcc:13\nRUN cd /src; make\n",
                                 {{2, 5}},
                                 "FROM gcc:13\nRUN cd /src; make\n"},
                                {"a relative directory gets no fix",
                                 "FROM gcc:13\nRUN cd src && make\n",
                                 {{2, 5}},
                                 "FROM gcc:13\nRUN cd src && make\n"},
                                {"a variable gets no fix",
                                 "FROM gcc:13\nRUN cd $HOME/src && make\n",
                                 {{2, 5}},
                                 "FROM gcc:13\nRUN cd $HOME/src && make\n"},
                                {"ONBUILD RUN gets no fix",
                                 "FROM gcc:13\nONBUILD RUN cd /app && make\n",
                                 {{2, 13}},
                                 "FROM gcc:13\nONBUILD RUN cd /app && make\n"},
                                {"heredoc RUN gets no fix",
                                 "FROM gcc:13\nRUN <<EOF\ncd /src\nmake\nEOF\n",
                                 {{3, 1}},
                                 "FROM gcc:13\nRUN <<EOF\ncd /src\nmake\nEOF\n"},
                                {"a cd alone", "FROM gcc:13\nRUN cd /src\n", {{2, 5}}, "FROM gcc:13\nRUN cd /src\n"},
                            });
}

TEST_CASE("BP015 cd-instead-of-workdir: silent cases", "[rules][BP015]") {
  check_rule_cases(
      "BP015",
      {
          {"into a fresh clone", "FROM gcc:13\nRUN git clone https://example.com/repo.git && cd repo && make\n", {}},
          {"into a clone with a name",
           "FROM gcc:13\nRUN git clone https://example.com/repo.git app && cd app/src\n",
           {}},
          {"into a directory made here", "FROM gcc:13\nRUN mkdir -p /build && cd /build && cmake /src\n", {}},
          {"into an unpacked archive",
           "FROM gcc:13\nRUN curl -fsSLO https://example.com/foo-1.2.tar.gz && tar xf foo-1.2.tar.gz && cd foo-1.2\n",
           {}},
          {"cd -", "FROM gcc:13\nRUN cd - && make\n", {}},
          {"bare cd", "FROM gcc:13\nRUN cd && make\n", {}},
          {"inside a subshell", "FROM gcc:13\nRUN (cd /src && make) && make -C /other\n", {}},
          {"inside a substitution", "FROM gcc:13\nRUN DIR=$(cd /src && pwd) && echo $DIR\n", {}},
          {"inside a loop", "FROM gcc:13\nRUN for d in a b; do cd /src/$d && make; done\n", {}},
          {"computed directory", "FROM gcc:13\nRUN cd $(dirname /src/x) && make\n", {}},
          {"WORKDIR", "FROM gcc:13\nWORKDIR /src\nRUN make\n", {}},
          {"CMD is not a RUN", "FROM gcc:13\nCMD cd /app && ./run\n", {}},
      });
}

TEST_CASE("BP015 cd-instead-of-workdir: the fix is unsafe", "[rules][BP015]") {
  auto findings = run_rule("BP015", "FROM node:20\nRUN cd /app && npm ci\n");
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].fix);
  CHECK_FALSE(findings[0].fix->safe);
}

#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SEC003 curl-pipe-to-shell: reported cases", "[rules][SEC003]") {
  check_rule_cases(
      "SEC003",
      {
          {"curl | sh", "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n", {{2, 49}}},
          {"wget -qO- | bash", "FROM debian:12\nRUN wget -qO- https://example.com/i.sh | bash\n", {{2, 42}}},
          {"through sudo", "FROM debian:12\nRUN wget -O - https://example.com/i.sh | sudo -E bash\n", {{2, 50}}},
          {"bash -s with arguments",
           "FROM debian:12\nRUN curl -fsSL https://example.com/i.sh | bash -s -- --version 1.2\n",
           {{2, 43}}},
          {"python reading stdin", "FROM debian:12\nRUN curl -fsSL https://example.com/i.py | python3 -\n", {{2, 43}}},
          {"through another filter",
           "FROM debian:12\nRUN curl -fsSL https://example.com/i.sh.gz | gunzip | sh -x\n",
           {{2, 55}}},
          {"sh -c with a substitution",
           "FROM debian:12\nRUN sh -c \"$(curl -fsSL https://example.com/i.sh)\"\n",
           {{2, 5}}},
          {"python -c with a substitution",
           "FROM debian:12\nRUN python3 -c \"$(curl -fsSL https://example.com/i.py)\"\n",
           {{2, 5}}},
          {"eval of a download", "FROM debian:12\nRUN eval \"$(curl -fsSL https://example.com/env)\"\n", {{2, 5}}},
          {"process substitution", "FROM debian:12\nRUN bash <(curl -fsSL https://example.com/i.sh)\n", {{2, 5}}},
          {"ONBUILD RUN", "FROM debian:12\nONBUILD RUN curl -sSL https://example.com/i.sh | sh\n", {{2, 50}}},
          {"line continuation before the shell",
           "FROM debian:12\nRUN curl -fsSL https://example.com/i.sh \\\n    | bash\n",
           {{3, 7}}},
          {"heredoc RUN",
           "FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/i.sh | sh\nEOF\n",
           {{4, 39}}},
      });
}

TEST_CASE("SEC003 curl-pipe-to-shell: silent cases", "[rules][SEC003]") {
  check_rule_cases(
      "SEC003",
      {
          {"download to a file, then run it",
           "FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh && sh /tmp/i.sh\n",
           {}},
          {"curl -O writes a file", "FROM debian:12\nRUN curl -fsSLO https://example.com/i.sh | sh\n", {}},
          {"wget without -O - writes a file", "FROM debian:12\nRUN wget -q https://example.com/i.sh | sh\n", {}},
          {"curl into tar", "FROM debian:12\nRUN curl -fsSL https://example.com/t.tgz | tar -xz -C /opt\n", {}},
          {"the interpreter runs its own script",
           "FROM debian:12\nRUN curl -fsSL https://example.com/data.json | python3 /app/load.py\n",
           {}},
          {"sh -c runs its own code", "FROM debian:12\nRUN curl -fsSL https://example.com/x | sh -c 'cat > /x'\n", {}},
          {"a download kept in a variable",
           "FROM debian:12\nRUN VERSION=$(curl -fsSL https://example.com/latest | jq -r .tag) && echo $VERSION\n",
           {}},
          {"echo of a download", "FROM debian:12\nRUN echo \"$(curl -fsSL https://example.com/motd)\"\n", {}},
          {"a shell pipe without a download", "FROM debian:12\nRUN cat /tmp/i.sh | sh\n", {}},
      });
}

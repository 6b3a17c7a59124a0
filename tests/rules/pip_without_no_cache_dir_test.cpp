#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("SIZE003 pip-without-no-cache-dir: reported cases", "[rules][SIZE003]") {
  check_rule_cases(
      "SIZE003", {
                     {"pip install",
                      "FROM python:3.12\nRUN pip install flask\n",
                      {{2, 9}},
                      "FROM python:3.12\nRUN pip install --no-cache-dir flask\n"},
                     {"pip3",
                      "FROM python:3.12\nRUN pip3 install flask\n",
                      {{2, 10}},
                      "FROM python:3.12\nRUN pip3 install --no-cache-dir flask\n"},
                     {"versioned pip",
                      "FROM python:3.11\nRUN pip3.11 install flask\n",
                      {{2, 13}},
                      "FROM python:3.11\nRUN pip3.11 install --no-cache-dir flask\n"},
                     {"python -m pip",
                      "FROM python:3.12\nRUN python3 -m pip install flask\n",
                      {{2, 20}},
                      "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir flask\n"},
                     {"pip of a virtual environment",
                      "FROM python:3.12\nRUN /opt/venv/bin/pip install -r requirements.txt\n",
                      {{2, 23}},
                      "FROM python:3.12\nRUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt\n"},
                     {"two installs over continuations",
                      "FROM python:3.12\nRUN pip install --upgrade pip \\\n && pip install -r requirements.txt\n",
                      {{2, 9}, {3, 9}},
                      "FROM python:3.12\nRUN pip install --no-cache-dir --upgrade pip \\\n && pip install "
                      "--no-cache-dir -r requirements.txt\n"},
                     {"heredoc RUN",
                      "FROM python:3.12\nRUN <<EOF\npip install flask\nEOF\n",
                      {{3, 5}},
                      "FROM python:3.12\nRUN <<EOF\npip install --no-cache-dir flask\nEOF\n"},
                     {"ONBUILD RUN",
                      "FROM python:3.12\nONBUILD RUN pip install flask\n",
                      {{2, 17}},
                      "FROM python:3.12\nONBUILD RUN pip install --no-cache-dir flask\n"},
                     {"a cache mount elsewhere does not help",
                      "FROM python:3.12\nRUN --mount=type=cache,target=/root/.npm pip install flask\n",
                      {{2, 46}},
                      "FROM python:3.12\nRUN --mount=type=cache,target=/root/.npm pip install --no-cache-dir flask\n"},
                     {"PIP_NO_CACHE_DIR of an unrelated stage does not carry over",
                      "FROM python:3.12 AS other\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask\n",
                      {{4, 9}},
                      "FROM python:3.12 AS other\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install "
                      "--no-cache-dir flask\n"},
                     {"PIP_NO_CACHE_DIR set after the RUN does not count",
                      "FROM python:3.12\nRUN pip install flask\nENV PIP_NO_CACHE_DIR=1\n",
                      {{2, 9}},
                      "FROM python:3.12\nRUN pip install --no-cache-dir flask\nENV PIP_NO_CACHE_DIR=1\n"},
                     {"exec form gets no fix",
                      "FROM python:3.12\nRUN [\"pip\", \"install\", \"flask\"]\n",
                      {{2, 13}},
                      "FROM python:3.12\nRUN [\"pip\", \"install\", \"flask\"]\n"},
                 });
}

TEST_CASE("SIZE003 pip-without-no-cache-dir: silent cases", "[rules][SIZE003]") {
  check_rule_cases(
      "SIZE003",
      {
          {"--no-cache-dir", "FROM python:3.12\nRUN pip install --no-cache-dir flask\n", {}},
          {"--no-cache-dir before the subcommand", "FROM python:3.12\nRUN pip --no-cache-dir install flask\n", {}},
          {"ENV PIP_NO_CACHE_DIR", "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n", {}},
          {"any value disables the cache", "FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install flask\n", {}},
          {"legacy ENV form", "FROM python:3.12\nENV PIP_NO_CACHE_DIR true\nRUN pip install flask\n", {}},
          {"ARG with a default", "FROM python:3.12\nARG PIP_NO_CACHE_DIR=1\nRUN pip install flask\n", {}},
          {"ENV in the stage built from",
           "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask\n",
           {}},
          {"on the command", "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n", {}},
          {"through env", "FROM python:3.12\nRUN env PIP_NO_CACHE_DIR=1 pip install flask\n", {}},
          {"exported earlier in the script",
           "FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask\n",
           {}},
          {"cache mount on /root/.cache/pip",
           "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n",
           {}},
          {"cache mount on /root/.cache",
           "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache pip install flask\n",
           {}},
          {"cache mount in another user's home",
           "FROM python:3.12\nUSER app\nRUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install "
           "flask\n",
           {}},
          {"--cache-dir on a cache mount",
           "FROM python:3.12\nRUN --mount=type=cache,target=/cache pip install --cache-dir /cache flask\n",
           {}},
          {"not an install", "FROM python:3.12\nRUN pip freeze && pip uninstall -y flask\n", {}},
          {"a script's own -m option", "FROM python:3.12\nRUN python3 tool.py -m pip install\n", {}},
          {"a build stage used only through COPY --from",
           "FROM python:3.12 AS build\nRUN pip install flask\nFROM python:3.12-slim\nCOPY --from=build /app /app\n",
           {}},
      });
}

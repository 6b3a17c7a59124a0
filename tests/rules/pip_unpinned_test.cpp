#include <catch2/catch.hpp>

#include "support/rule_tester.hpp"

using dlint::testing::check_rule_cases;

TEST_CASE("BP020 pip-unpinned: reported cases", "[rules][BP020]") {
  check_rule_cases("BP020",
                   {
                       {"plain package", "FROM python:3.12\nRUN pip install flask\n", {{2, 17}}},
                       {"each unpinned one",
                        "FROM python:3.12\nRUN pip install flask==3.0.3 requests gunicorn\n",
                        {{2, 30}, {2, 39}}},
                       {"python -m pip", "FROM python:3.12\nRUN python3 -m pip install --user flask\n", {{2, 35}}},
                       {"option values are not packages",
                        "FROM python:3.12\nRUN pip install -i https://pypi.example/simple flask\n",
                        {{2, 48}}},
                       {"line continuations",
                        "FROM python:3.12\nRUN pip install \\\n      --no-cache-dir \\\n      flask\n",
                        {{4, 7}}},
                       {"heredoc RUN", "FROM python:3.12\nRUN <<EOF\npip install flask\nEOF\n", {{3, 13}}},
                       {"ONBUILD RUN", "FROM python:3.12\nONBUILD RUN pip install flask\n", {{2, 25}}},
                       {"package list in an ARG is read from its value",
                        "FROM python:3.12\nARG PKGS=\"flask==3.0.3 requests\"\nRUN pip install $PKGS\n",
                        {{3, 17}}},
                       {"package list in an ENV of the parent stage",
                        "FROM python:3.12 AS base\nENV TOOLS=black\nFROM base\nRUN pip install ${TOOLS}\n",
                        {{4, 17}}},
                       {"exec form", "FROM python:3.12\nRUN [\"pip\", \"install\", \"flask\"]\n", {{2, 24}}},
                   });
}

TEST_CASE("BP020 pip-unpinned: silent cases", "[rules][BP020]") {
  check_rule_cases(
      "BP020", {
                   {"every specifier counts",
                    "FROM python:3.12\nRUN pip install 'flask==3.0.3' 'requests>=2.31' 'attrs~=23.1' 'x<2'\n",
                    {}},
                   {"requirements file", "FROM python:3.12\nRUN pip install -r requirements.txt\n", {}},
                   {"constraints pin the rest", "FROM python:3.12\nRUN pip install -c constraints.txt flask\n", {}},
                   {"local paths, dot and archives",
                    "FROM python:3.12\nRUN pip install . ./lib /src/pkg dist/app-1.0-py3-none-any.whl pkg.tar.gz\n",
                    {}},
                   {"editable install of the project", "FROM python:3.12\nRUN pip install -e .\n", {}},
                   {"URLs and VCS references",
                    "FROM python:3.12\nRUN pip install git+https://github.com/a/b https://example.com/x.zip\n",
                    {}},
                   {"direct reference", "FROM python:3.12\nRUN pip install 'pkg @ https://example.com/pkg.whl'\n", {}},
                   {"a variable the Dockerfile does not set", "FROM python:3.12\nRUN pip install $PKGS\n", {}},
                   {"a variable with a fallback", "FROM python:3.12\nARG P=flask\nRUN pip install ${P:-x}\n", {}},
                   {"an ARG of another stage is out of scope",
                    "FROM python:3.12 AS a\nARG P=flask\nFROM python:3.12\nRUN pip install $P\n",
                    {}},
                   {"not an install", "FROM python:3.12\nRUN pip uninstall -y flask && pip download flask\n", {}},
               });
}

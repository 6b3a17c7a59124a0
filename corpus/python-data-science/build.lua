-- The data-science image of the Dockerfile beside this file, ported to Luakit as the seed guide describes:
-- the long apt-get command with its cleanup in one run(), pip with a cache mount, system -> pip ->
-- application in named steps, and the user created in the last step.
local base = bk.image("python:3.11-slim")

local system = base:run(
    "apt-get update && apt-get install -y \\\n" ..
    "    build-essential \\\n" ..
    "    libpq-dev \\\n" ..
    "    libgomp1 \\\n" ..
    "    curl \\\n" ..
    "    && rm -rf /var/lib/apt/lists/*")

local requirements = bk.local_("context", { include = { "requirements.txt" } })
local deps = system
    :copy(requirements, "requirements.txt", "/app/requirements.txt")
    :run("pip install -r requirements.txt", {
        cwd = "/app",
        mounts = { bk.cache("/root/.cache/pip", { sharing = "shared", id = "pipcache" }) },
    })

local app = deps:copy(bk.local_("context", { exclude = { ".git", ".venv" } }), ".", "/app")

local final = app:run({ "sh", "-c", "useradd --create-home analyst && chown -R analyst:analyst /app" })

bk.export(final, {
    user = "analyst",
    workdir = "/app",
    expose = { "8888/tcp" },
    cmd = { "jupyter", "lab", "--ip=0.0.0.0", "--port=8888", "--no-browser" },
})

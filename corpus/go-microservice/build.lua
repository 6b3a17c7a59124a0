-- The Go microservice of the Dockerfile beside this file, ported to Luakit as the seed guide describes:
-- cache mounts with sharing = "shared" and separate ids for modules and the build cache, build flags
-- passed as a shell command, `apk add` with its cleanup in one step, builder -> runtime with copy().
local gomod = bk.cache("/go/pkg/mod", { sharing = "shared", id = "gomod" })
local gobuild = bk.cache("/root/.cache/go-build", { sharing = "shared", id = "gobuild" })

local builder = bk.image("golang:1.22-alpine")
    :run("apk add --no-cache git ca-certificates")

local modules = builder
    :copy(bk.local_("context", { include = { "go.mod", "go.sum" } }), ".", "/src")
    :run({ "go", "mod", "download" }, { cwd = "/src", mounts = { gomod } })

local built = modules
    :copy(bk.local_("context", { exclude = { ".git" } }), ".", "/src")
    :run("CGO_ENABLED=0 GOOS=linux go build -ldflags='-s -w' -o /out/server ./cmd/server", {
        cwd = "/src",
        mounts = { gomod, gobuild },
    })

local runtime = bk.image("alpine:3.19")
    :run("apk add --no-cache ca-certificates tzdata && " ..
         "addgroup -S app && adduser -S -G app app")

local final = runtime:copy(built, "/out/server", "/usr/local/bin/server")

bk.export(final, {
    user = "app",
    expose = { "8080/tcp" },
    entrypoint = { "/usr/local/bin/server" },
})

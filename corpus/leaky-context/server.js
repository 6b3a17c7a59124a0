const http = require("http");
const config = require("./src/config");

http
  .createServer((req, res) => {
    if (req.url === "/health") return res.end("ok");
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ service: "orders", region: config.region }));
  })
  .listen(config.port);

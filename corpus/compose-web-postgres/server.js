const http = require("http");
http.createServer((req, res) => res.end("Hello from Docker\n")).listen(8080);

// The floor for the reader's response time: the reader's own HTML, saved once, served from memory by a
// bare Node http server. Usage: node --import tsx scripts/bench/static-server.ts <file.html> <port>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error("usage: static-server.ts <file.html> <port>");
const body = readFileSync(file);
const headers = { "content-type": "text/html; charset=utf-8", "content-length": String(body.length) };

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BodyTooLargeError, configHeaders, readBody, sendWebResponse, toWebRequest } from "./node-web";

// The regexes a Next build writes into routes-manifest.json for "/:path*" and "/api/:path*".
const manifest = {
  headers: [
    {
      regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
      headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
    },
    {
      regex: "^/api(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
      headers: [{ key: "Content-Security-Policy", value: "default-src 'none'" }],
    },
  ],
};

describe("configHeaders", () => {
  it("gives a path the headers of every rule that matches it, in the build's order", () => {
    expect(configHeaders(manifest, "/api/review/grade")).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Content-Security-Policy", "default-src 'none'"],
    ]);
    expect(configHeaders(manifest, "/en/review")).toEqual([["X-Content-Type-Options", "nosniff"]]);
  });

  it("gives up on rules with conditions, which only Next evaluates", () => {
    const conditional = { headers: [{ ...manifest.headers[0]!, has: [{ type: "header", key: "x-a" }] }] };
    expect(configHeaders(conditional, "/api/review/grade")).toBeNull();
  });
});

const nodeRequest = (headers: Record<string, string>, remoteAddress = "127.0.0.1") =>
  ({
    headers: { ...headers },
    socket: { remoteAddress },
    url: "/api/review/grade?x=1",
    method: "POST",
  }) as unknown as IncomingMessage;

describe("toWebRequest", () => {
  const server = { hostname: "localhost", port: 3000 };

  it("builds the URL as Next does: the configured host, not the Host header, and the forwarded defaults", async () => {
    const request = toWebRequest(nodeRequest({ host: "school.example:8080" }), Buffer.from('{"a":1}'), server);
    expect(request.url).toBe("http://localhost:3000/api/review/grade?x=1");
    expect(request.method).toBe("POST");
    expect(Object.fromEntries(request.headers)).toMatchObject({
      host: "school.example:8080",
      "x-forwarded-host": "school.example:8080",
      "x-forwarded-proto": "http",
      "x-forwarded-port": "3000",
      "x-forwarded-for": "127.0.0.1",
    });
    expect(await request.json()).toEqual({ a: 1 });
  });

  it("keeps forwarded headers a proxy sent, and is https when X-Forwarded-Proto says so", () => {
    const request = toWebRequest(
      nodeRequest({ host: "127.0.0.1:3000", "x-forwarded-host": "school.example", "x-forwarded-proto": "https" }),
      Buffer.alloc(0),
      { hostname: "::1", port: 3000 },
    );
    expect(request.url).toBe("https://[::1]:3000/api/review/grade?x=1");
    expect(request.headers.get("x-forwarded-host")).toBe("school.example");
  });
});

describe("a web handler served over Node HTTP", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer(async (request, response) => {
      const body = await readBody(request, 300_000).catch((error: unknown) => error);
      if (body instanceof BodyTooLargeError) {
        response.setHeader("connection", "close");
        await sendWebResponse(response, Response.json({ error: "invalid_input" }, { status: 413 }), []);
        return;
      }
      const web = toWebRequest(request, body as Buffer<ArrayBuffer>, { hostname: "localhost", port: 1 });
      const text = await web.text();
      const answer = Response.json({ echo: text, method: web.method }, { status: 201 });
      answer.headers.set("cache-control", "no-store");
      answer.headers.set("X-Content-Type-Options", "handler-wins");
      answer.headers.append("set-cookie", "a=1; Path=/");
      answer.headers.append("set-cookie", "b=2; Path=/");
      await sendWebResponse(response, answer, [
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "same-origin"],
      ]);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gets the whole body, and answers status, headers (the handler's over the config's), cookies and body", async () => {
    const body = "x".repeat(200_000);
    const response = await fetch(`${base}/api/review/grade`, { method: "POST", body });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("x-content-type-options")).toBe("handler-wins");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(await response.json()).toEqual({ echo: body, method: "POST" });
  });

  it("refuses a body over the limit, whether its length is declared or it comes in chunks", async () => {
    const declared = await fetch(`${base}/api/review/grade`, { method: "POST", body: "x".repeat(300_001) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: "invalid_input" });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(10_000));
        controller.close();
      },
    });
    const streamed = await fetch(`${base}/api/review/grade`, {
      method: "POST",
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});

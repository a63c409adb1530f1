import { afterEach, describe, expect, it, vi } from "vitest";
import { routeError, routeFailure } from "./route-errors";

afterEach(() => vi.restoreAllMocks());

describe("route handler errors", () => {
  it("answer the code as JSON with its status, never cached", async () => {
    const response = routeFailure("not_found");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "not_found" });
  });

  it("log an unexpected error as one JSON line and answer a generic 500", async () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(chunk.toString());
      return true;
    });
    const response = routeError("GET /api/example", new Error('relation "Example" does not exist'));
    vi.restoreAllMocks();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "internal" });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        level: "error",
        event: "route_failed",
        route: "GET /api/example",
        err: expect.objectContaining({ type: "Error", message: 'relation "Example" does not exist' }),
      }),
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { isSingleOrigin, malformation } from "./request-checks";

const request = (pathname: string, search = "", origin: string | null = null) => ({ pathname, search, origin });

describe("malformed requests", () => {
  it.each([
    ["/en/read/a%00.b", "", "nul"],
    ["/api/classes/a%00.b/export", "", "nul"],
    ["/en/vocabulary", "?q=%00", "nul"],
    ["/en/read/x", "?q=a%00", "nul"],
    ["/en/read/%ff", "", "undecodable_path"],
    ["/en/read/%E0%A4%A", "", "undecodable_path"],
    ["/en/read/%", "", "undecodable_path"],
  ])("%s%s: %s", (pathname, search, reason) => {
    expect(malformation(request(pathname, search))).toBe(reason);
  });

  it("lets ordinary paths through, dots and encoded umlauts included", () => {
    for (const pathname of [
      "/",
      "/en",
      "/en/join/ABC.DEF",
      "/de/read/abc123",
      "/en/vocabulary/%C3%BCber",
      "/en/read/%2500",
    ])
      expect(malformation(request(pathname, "?q=%C3%A4"))).toBeNull();
  });

  it("refuses an Origin header that is not exactly one origin", () => {
    expect(malformation(request("/en", "", "http://localhost:3000, http://localhost:3000"))).toBe("bad_origin");
    expect(malformation(request("/en", "", "http://localhost:3000,http://evil.example"))).toBe("bad_origin");
    expect(malformation(request("/en", "", "http://localhost:3000/path"))).toBe("bad_origin");
    expect(malformation(request("/en", "", "not a url"))).toBe("bad_origin");
    expect(malformation(request("/en", "", "http://localhost:3000"))).toBeNull();
    expect(malformation(request("/en", "", null))).toBeNull();
  });

  it("takes null and real origins as one origin", () => {
    for (const origin of ["null", "https://bruecke.example", "http://127.0.0.1:3000", "http://[::1]:3000"])
      expect(isSingleOrigin(origin)).toBe(true);
    expect(isSingleOrigin("https://bruecke.example/")).toBe(false);
    expect(isSingleOrigin("HTTPS://Bruecke.example")).toBe(false);
  });
});

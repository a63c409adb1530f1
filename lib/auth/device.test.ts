import { describe, expect, it } from "vitest";
import { describeDevice, displayAddress } from "./device";

describe("describeDevice", () => {
  it.each([
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      { browser: "Chrome", system: "Linux" },
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      { browser: "Edge", system: "Windows" },
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:133.0) Gecko/20100101 Firefox/133.0",
      { browser: "Firefox", system: "macOS" },
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
      { browser: "Safari", system: "iOS" },
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      { browser: "Chrome", system: "Android" },
    ],
    ["curl/8.5.0", { browser: null, system: null }],
    [null, { browser: null, system: null }],
  ])("%s", (ua, expected) => {
    expect(describeDevice(ua)).toEqual(expected);
  });
});

describe("displayAddress", () => {
  it("shows IPv4 as it is and a stored IPv6 /64 as its network", () => {
    expect(displayAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(displayAddress("2001:0db8:0001:0002:0000:0000:0000:0000")).toBe("2001:db8:1:2::/64");
    expect(displayAddress("2001:0db8:0000:0000:0000:0000:0000:0000")).toBe("2001:db8::/64");
    expect(displayAddress("0000:0000:0000:0000:0000:0000:0000:0000")).toBe("::/64");
    expect(displayAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(displayAddress(null)).toBeNull();
  });
});

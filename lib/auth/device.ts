// "Firefox on Windows" from a User-Agent header, for the list of signed-in sessions. Only the families a
// person recognises; anything else is left unnamed (the page says "unknown device"). Order matters: Edge
// and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bChrome\/|\bCriOS\/|\bChromium\//, "Chrome"],
  [/\bSafari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/\biPhone|\biPad|\biPod/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

export interface Device {
  browser: string | null;
  system: string | null;
}

export function describeDevice(userAgent: string | null | undefined): Device {
  const ua = (userAgent ?? "").slice(0, 512);
  const find = (list: [RegExp, string][]) => list.find(([pattern]) => pattern.test(ua))?.[1] ?? null;
  return { browser: find(BROWSERS), system: find(SYSTEMS) };
}

/**
 * An address as stored for a session. better-auth keeps IPv6 addresses cut to their /64 network, written
 * out in full ("2001:0db8:0001:0002:0000:0000:0000:0000"): shown as that network, "2001:db8:1:2::/64".
 */
export function displayAddress(address: string | null): string | null {
  if (!address?.includes(":")) return address;
  const groups = address.split(":");
  if (groups.length !== 8 || groups.slice(4).some((group) => !/^0+$/.test(group))) return address;
  const network = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ""));
  while (network.at(-1) === "0") network.pop();
  return `${network.join(":")}::/64`;
}

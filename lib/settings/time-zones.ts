// Pure: which time zones the settings page offers and the server accepts.

/** What a new account starts with, and the only value the browser's zone may replace on its own. */
export const DEFAULT_TIME_ZONE = "UTC";
/**
 * How a UTC the learner picked is stored: the same zone under another name, so automatic detection
 * (which replaces only the default) can tell a choice from the default without a column of its own.
 */
export const CHOSEN_UTC = "Etc/UTC";

let supported: ReadonlySet<string> | undefined;

/** The runtime's IANA zones, UTC first (the list leaves UTC out, yet it is the default). */
export function timeZoneList(): string[] {
  return [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== DEFAULT_TIME_ZONE)];
}

/**
 * The zone under the name the list uses, or null if it is not on the list. Browsers and the server may
 * name a zone differently (Europe/Kyiv, Europe/Kiev; Etc/UTC, UTC), so Intl resolves the name first.
 */
export function supportedTimeZone(zone: string): string | null {
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  supported ??= new Set(timeZoneList());
  return supported.has(canonical) ? canonical : null;
}

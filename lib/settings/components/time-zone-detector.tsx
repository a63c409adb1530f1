"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { adoptBrowserTimeZone } from "../actions";

/**
 * Once per user and browser: offers the browser's time zone to replace the default UTC. The server
 * replaces only the default, so a zone the learner picked stays; the marker saves a request per page.
 */
export function TimeZoneDetector({ userId }: { userId: string }) {
  const router = useRouter();
  useEffect(() => {
    const marker = `brucke.timeZoneOffered.${userId}`;
    let zone: string;
    try {
      if (localStorage.getItem(marker)) return;
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      return; // no storage: rather never than on every page
    }
    if (!zone || zone === "UTC" || zone === "Etc/UTC") return;
    adoptBrowserTimeZone({ timeZone: zone }).then(
      (result) => {
        // A refused zone stays refused; a failure (database down) is tried again on a later page.
        if (result.ok || result.error === "invalid_input") localStorage.setItem(marker, "1");
        if (result.ok && result.data.adopted) router.refresh();
      },
      () => undefined,
    );
  }, [userId, router]);
  return null;
}

"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * While `dirty`, leaving the page asks first: closing or reloading the tab gets the browser's own
 * warning (beforeunload); a click on a link inside the app (the menu, the language switch, "back") is
 * held and its address returned as `pending`, so the editor can offer to save. `leave` then goes there.
 */
export function useLeaveGuard(dirty: boolean) {
  const [pending, setPending] = useState<string | null>(null);
  const leaving = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!leaving.current) event.preventDefault();
    };
    // Capture on the document runs before React's own handlers (next/link's among them).
    const hold = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(url.pathname + url.search + url.hash);
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", hold, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", hold, true);
    };
  }, [dirty]);

  const leave = useCallback((href: string) => {
    leaving.current = true;
    window.location.assign(href);
  }, []);

  return { pending, stay: () => setPending(null), leave };
}

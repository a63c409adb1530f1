"use client";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";

/**
 * The header's links behind a menu button on a phone (below 48rem; app/globals.css). On wider screens the
 * button is hidden and the panel lays its children out in the header row as before. A disclosure, not an
 * ARIA menu: the links stay links, in tab order after the button. It closes on Esc (focus back on the
 * button), on a tap outside the header and when a link in it is followed.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // Any navigation closes it, also one not started from the menu (back button, a redirect after sign-out).
  const pathname = usePathname();
  const [shownAt, setShownAt] = useState(pathname);
  if (pathname !== shownAt) {
    setShownAt(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!buttonRef.current?.contains(target) && !panelRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {label}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only notices that a link inside was followed (Enter fires click too) */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: as above: links already answer to the keyboard */}
      <div
        ref={panelRef}
        id={id}
        className="site-menu"
        data-open={open}
        onClick={(event) => {
          // Following a link (or signing out) closes the menu, also a link to the page already shown.
          if ((event.target as Element).closest("a, button[type=submit]")) setOpen(false);
        }}
      >
        {children}
      </div>
    </>
  );
}

// Which message namespaces each part of the app sends to the browser (components/client-messages.tsx).
// Every message sent is serialised into the page's HTML, so the reader sends only its own.

/** Used by the root layout's client components (the locale switcher) and error boundaries. */
export const GLOBAL_NAMESPACES = ["LocaleSwitcher", "Errors"] as const;

/** Used by the reader's client components (lib/reading/components). */
export const READER_NAMESPACES = ["Reader", "Card", "Correction"] as const;

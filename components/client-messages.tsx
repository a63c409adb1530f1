import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { GLOBAL_NAMESPACES } from "@/i18n/client-namespaces";

/**
 * The UI messages a part of the app sends to the browser: the global ones plus `only`, or all of them
 * when `only` is not given. A nested provider replaces the outer one's messages, hence the global ones
 * in every list. The root layout sends the global ones; each route's layout adds what its pages use.
 */
export async function ClientMessages({ only, children }: { only?: readonly string[]; children: ReactNode }) {
  const messages: Record<string, unknown> = await getMessages();
  const picked = only
    ? Object.fromEntries([...GLOBAL_NAMESPACES, ...only].flatMap((ns) => (ns in messages ? [[ns, messages[ns]]] : [])))
    : messages;
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { READER_NAMESPACES } from "@/i18n/client-namespaces";

/** The reader's client components use these namespaces only: a class opening a text gets no others. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages only={READER_NAMESPACES}>{children}</ClientMessages>;
}

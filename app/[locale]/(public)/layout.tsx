import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

/** Every UI message for these pages' client components (the reader sends only its own: read/layout.tsx). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}

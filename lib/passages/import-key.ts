// The key an importer's page makes up for one import, to poll its progress with (lib/passages/run-import).
// Random per submission; only its author's polls see the import it names.
import { z } from "zod";

export const importKeyInput = z.string().regex(/^[0-9A-Za-z-]{16,64}$/);

/** A fresh key: random hex (crypto.randomUUID needs a secure context, which a school's LAN address is not). */
export function newImportKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

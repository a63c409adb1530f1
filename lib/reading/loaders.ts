import "server-only";
import { cache } from "react";
import { getViewer } from "@/lib/server/session";
import { getPassageForReader } from "./data";

/** The reader's passage for this request's viewer: `generateMetadata` and the page share one query. */
export const loadReaderPassage = cache(async (passageId: string) => {
  const viewer = await getViewer();
  return { viewer, passage: await getPassageForReader(passageId, viewer?.id ?? null) };
});

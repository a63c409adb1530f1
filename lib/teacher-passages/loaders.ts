import "server-only";
import { cache } from "react";
import { requireTeacher } from "@/lib/server/loaders";
import { getPassageForEditor } from "./data";

/** The draft editor's data for the passage's author (null for anyone else); shared with the metadata. */
export const loadPassageForEditor = cache(async (passageId: string) => {
  const viewer = await requireTeacher(`/classes/passages/${passageId}`);
  return getPassageForEditor(viewer.id, passageId);
});

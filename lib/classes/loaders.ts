import "server-only";
import { cache } from "react";
import { requireTeacher } from "@/lib/server/loaders";
import { getClassDashboard } from "./data";

/** The class page's data for its teacher (null for anyone else's class); one query per request, shared with the metadata. */
export const loadClassDashboard = cache(async (classId: string) => {
  const viewer = await requireTeacher(`/classes/${classId}`);
  return { viewer, dashboard: await getClassDashboard(viewer.id, classId) };
});

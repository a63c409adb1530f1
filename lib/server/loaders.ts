import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getViewer, type Viewer } from "./session";

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const locale = await getLocale();
    const query = returnTo ? `?next=${encodeURIComponent(returnTo)}` : "";
    return redirect({ href: `/sign-in${query}`, locale });
  }
  return viewer;
}

/** For teacher pages: a teacher, or the not-found page (a learner learns nothing about what exists). */
export async function requireTeacher(returnTo?: string): Promise<Viewer> {
  const viewer = await requireUser(returnTo);
  if (viewer.role !== "TEACHER") {
    const { notFound } = await import("next/navigation");
    notFound();
  }
  return viewer;
}

import type { Locale } from "next-intl";
import "server-only";
import { getTranslations } from "next-intl/server";
import { type CsvCell, toCsv } from "@/lib/csv";
import type { ClassDashboard } from "./data";

/** The class dashboard as CSV: one row per learner, one status column per assignment. */
export async function classDashboardCsv(dashboard: ClassDashboard, locale: Locale): Promise<string> {
  const [t, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: "TeacherCsv" }),
    getTranslations({ locale, namespace: "AssignmentStatus" }),
  ]);
  const header: CsvCell[] = [
    t("name"),
    t("email"),
    t("joined"),
    t("paragraphsRead"),
    t("paragraphsTotal"),
    t("wordsSaved"),
    t("reviews"),
    t("accuracy"),
    t("lastActive"),
    ...dashboard.assignments.map((a) => a.title),
  ];
  const rows = dashboard.learners.map((l): CsvCell[] => [
    l.name,
    l.email,
    l.joinedAt.toISOString(),
    l.paragraphsRead,
    l.paragraphsTotal,
    l.wordsSaved,
    l.reviews,
    l.accuracy === null ? null : Math.round(l.accuracy * 100),
    l.lastActive?.toISOString() ?? null,
    ...dashboard.assignments.map((a) => {
      const p = l.progress[a.id]!;
      return `${tStatus(p.status)}${p.overdue ? ` (${tStatus("overdue")})` : ""} ${p.done}/${p.total}`;
    }),
  ]);
  return toCsv([header, ...rows]);
}

/** A file name without characters that break Content-Disposition or file systems. */
export function csvFileName(className: string): string {
  const safe = className
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${safe || "class"}-progress.csv`;
}

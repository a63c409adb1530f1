import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/routing";
import { ClassDashboard } from "@/lib/classes/components/class-dashboard";
import { listAssignablePassages } from "@/lib/classes/data";
import { loadClassDashboard } from "@/lib/classes/loaders";

type Params = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const { dashboard } = await loadClassDashboard(id);
  return { title: dashboard?.name };
}

export default async function ClassPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(toLocale(locale));
  const { viewer, dashboard } = await loadClassDashboard(id);
  if (!dashboard) notFound();
  const passages = await listAssignablePassages(viewer.id);
  return <ClassDashboard dashboard={dashboard} passages={passages} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { SiteHeader } from "@/components/site-header";
import { routing, toLocale } from "@/i18n/routing";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { default: t("title"), template: "%s · Brücke" }, description: t("description") };
}

export const viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = toLocale((await params).locale);
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Nav");
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skip")}
        </a>
        {/* Only the global messages here: each route's layout adds its own (components/client-messages.tsx). */}
        <ClientMessages only={[]}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}

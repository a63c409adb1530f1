import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { toLocale } from "@/i18n/routing";
import { LibraryImportForm } from "@/lib/library/components/library-import-form";
import { OwnTextActions } from "@/lib/library/components/own-text-actions";
import { libraryUsage, listOwnTexts } from "@/lib/library/data";
import { LIBRARY_LIMITS } from "@/lib/library/limits";
import { requireUser } from "@/lib/server/loaders";
import { deeplConfigured } from "@/lib/translation/config";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Library");
  return { title: t("heading") };
}

export default async function LibraryPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const viewer = await requireUser("/library");
  const [t, tHome, texts, usage] = await Promise.all([
    getTranslations("Library"),
    getTranslations("Home"),
    listOwnTexts(viewer.id),
    libraryUsage(viewer.id),
  ]);
  return (
    <div className="page">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <h2>{t("yourTexts")}</h2>
      {texts.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="passage-list" data-testid="own-texts">
          {texts.map((text) => (
            <li key={text.id} className="passage-card">
              <h3 lang="de">
                <Link href={`/read/${text.id}`} className="tap-link">
                  {text.title}
                </Link>
              </h3>
              <p className="muted">
                {[
                  tHome("words", { count: text.wordCount }),
                  text.difficulty && tHome("level", { level: text.difficulty }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
                {" · "}
                {tHome("progress", { read: text.readCount, total: text.paragraphCount })}
              </p>
              <OwnTextActions passageId={text.id} title={text.title} />
            </li>
          ))}
        </ul>
      )}
      <p className="muted small" data-testid="library-usage">
        {t("usage", {
          texts: usage.textsToday,
          maxTexts: LIBRARY_LIMITS.textsPerDay,
          chars: usage.charsToday,
          maxChars: LIBRARY_LIMITS.charsPerDay,
        })}
      </p>
      <LibraryImportForm deeplConfigured={deeplConfigured()} />
    </div>
  );
}

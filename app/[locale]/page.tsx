import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { toLocale } from "@/i18n/routing";
import { listPassages } from "@/lib/reading/data";
import { getViewer } from "@/lib/server/session";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const [t, viewer] = await Promise.all([getTranslations("Home"), getViewer()]);
  const passages = await listPassages(viewer?.id ?? null);
  return (
    <div className="page">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <h2>{t("passages")}</h2>
      {passages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="passage-list">
          {passages.map((passage) => (
            <li key={passage.id} className="passage-card">
              <h3 lang="de">
                <Link href={`/read/${passage.id}`} className="tap-link">
                  {passage.title}
                </Link>
              </h3>
              {passage.titleEn ? (
                <p lang="en" className="muted">
                  {passage.titleEn}
                </p>
              ) : null}
              <p className="muted">
                {[
                  passage.publishedOn,
                  passage.source,
                  t("words", { count: passage.wordCount }),
                  passage.difficulty && t("level", { level: passage.difficulty }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <progress
                max={passage.paragraphCount}
                value={passage.readCount}
                aria-label={t("progress", { read: passage.readCount, total: passage.paragraphCount })}
              />
              <span className="muted small">
                {" "}
                {t("progress", { read: passage.readCount, total: passage.paragraphCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

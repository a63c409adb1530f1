import { getTranslations } from "next-intl/server";
import { articleFor } from "@/lib/german/articles";
import type { KeyWord } from "@/lib/german/key-vocabulary";

/** The passage's key vocabulary for the learner's level; each word opens its card where it first occurs. */
export async function KeyVocabulary({ words, level }: { words: KeyWord[]; level: string }) {
  const t = await getTranslations("Card");
  return (
    <details className="key-vocabulary">
      <summary>
        {t("keyVocabulary")} ({words.length})
      </summary>
      <p className="small muted">{t("keyVocabularyIntro", { level })}</p>
      {words.length === 0 ? (
        <p>{t("keyVocabularyEmpty")}</p>
      ) : (
        <ul>
          {words.map((word) => (
            <li key={`${word.lemma}-${word.pos}`}>
              <button
                type="button"
                className="btn-link kv"
                data-goto={`${word.first.paragraph}-${word.first.sentence}.${word.first.token}`}
                lang="de"
              >
                {word.pos === "noun" && word.gender ? (
                  <span className={`article g-${word.gender}`}>{articleFor(word.gender)} </span>
                ) : null}
                {word.lemma}
              </button>{" "}
              <span lang="en" className="muted small">
                {word.glosses.slice(0, 2).join("; ")}
              </span>{" "}
              <span className="small">{t("keyVocabularyBand", { band: word.band })}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

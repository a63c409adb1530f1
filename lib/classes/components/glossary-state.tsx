import { getTranslations } from "next-intl/server";
import styles from "@/components/forms.module.css";
import { readGlossaryState } from "@/lib/translation/glossary-state";

/** What DeepL says about the class glossary; rendered inside <Suspense>, so a slow DeepL never holds up the page. */
export async function GlossaryState({ classId, glossaryId }: { classId: string; glossaryId: string | null }) {
  const [t, tErrors] = await Promise.all([
    getTranslations("TeacherClass"),
    getTranslations("TeacherTranslation.errors"),
  ]);
  const glossary = await readGlossaryState(classId, glossaryId);
  const text =
    glossary.state === "at_deepl"
      ? t("glossaryAtDeepl")
      : glossary.state === "gone"
        ? t("glossaryGone")
        : glossary.state === "not_sent"
          ? t("glossaryNotSynced")
          : t("glossaryStateUnknown", { reason: tErrors(glossary.code) });
  return (
    <span className={styles.hint} data-testid="glossary-state">
      {text}
    </span>
  );
}

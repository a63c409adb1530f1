"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { saveWord } from "../actions";
import styles from "./vocabulary.module.css";

const POS = ["noun", "verb", "adj", "adv", "other"] as const;
const GENDERS = [
  ["m", "der"],
  ["f", "die"],
  ["n", "das"],
] as const;

/** Adds a word by hand (the reader's word card is the usual way in). */
export function AddWordForm() {
  const t = useTranslations("Vocabulary");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(form: FormData) {
    const lemma = String(form.get("lemma") ?? "").trim();
    const gender = String(form.get("gender") ?? "");
    const context = String(form.get("context") ?? "").trim();
    setBusy(true);
    const result = await saveWord({
      lemma,
      surface: lemma,
      pos: String(form.get("pos") ?? "other"),
      gloss: String(form.get("gloss") ?? ""),
      ...(gender === "m" || gender === "f" || gender === "n" ? { gender } : {}),
      ...(context ? { context } : {}),
    }).catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setMessage(t(`errors.${result?.error ?? "network"}`));
      return;
    }
    setMessage(t("add.added", { word: lemma }));
    formRef.current?.reset();
    router.refresh();
  }

  return (
    <details className={styles.panel}>
      <summary>{t("add.heading")}</summary>
      <form
        ref={formRef}
        className={styles.addForm}
        onSubmit={(event) => {
          // Not a form action: React would clear the fields even when saving fails.
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <div className={styles.field}>
          <label htmlFor="add-lemma">{t("add.lemma")}</label>
          <input id="add-lemma" name="lemma" required maxLength={100} lang="de" autoComplete="off" />
        </div>
        <div className={styles.field}>
          <label htmlFor="add-gloss">{t("add.gloss")}</label>
          <input id="add-gloss" name="gloss" required maxLength={300} lang="en" autoComplete="off" />
        </div>
        <div className={styles.field}>
          <label htmlFor="add-pos">{t("add.pos")}</label>
          <select id="add-pos" name="pos" defaultValue="noun">
            {POS.map((pos) => (
              <option key={pos} value={pos}>
                {t("pos", { pos })}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="add-gender">{t("add.gender")}</label>
          <select id="add-gender" name="gender" defaultValue="">
            <option value="">{t("add.noGender")}</option>
            {GENDERS.map(([gender, article]) => (
              <option key={gender} value={gender} lang="de">
                {article}
              </option>
            ))}
          </select>
        </div>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor="add-context">{t("add.context")}</label>
          <textarea id="add-context" name="context" maxLength={2000} rows={2} lang="de" />
        </div>
        <div className={styles.actions}>
          <button type="submit" disabled={busy}>
            {t("add.submit")}
          </button>
          <p className={styles.status} role="status">
            {message}
          </p>
        </div>
      </form>
    </details>
  );
}

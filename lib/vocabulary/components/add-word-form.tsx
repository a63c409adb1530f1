"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { useHydrated } from "@/lib/use-hydrated";
import { addMeaning, saveWord } from "../actions";
import styles from "./vocabulary.module.css";

const POS = ["noun", "verb", "adj", "adv", "other"] as const;
const GENDERS = [
  ["m", "der"],
  ["f", "die"],
  ["n", "das"],
] as const;

/** The word typed is already an entry (same lemma and part of speech) whose meaning lacks the one typed. */
interface MeaningOffer {
  id: string;
  word: string;
  meaning: string;
}

/** Adds a word by hand (the reader's word card is the usual way in). */
export function AddWordForm() {
  const t = useTranslations("Vocabulary");
  const hydrated = useHydrated();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState("");
  const [offer, setOffer] = useState<MeaningOffer | null>(null);
  const [busy, setBusy] = useState(false);

  // An offer is the next thing to do: put the keyboard on it.
  useEffect(() => {
    if (offer) offerRef.current?.focus();
  }, [offer]);

  async function submit(form: FormData) {
    const lemma = String(form.get("lemma") ?? "").trim();
    const gloss = String(form.get("gloss") ?? "").trim();
    const pos = String(form.get("pos") ?? "other");
    const gender = String(form.get("gender") ?? "");
    const context = String(form.get("context") ?? "").trim();
    setBusy(true);
    setOffer(null);
    const result = await saveWord({
      lemma,
      surface: lemma,
      pos,
      gloss,
      ...(gender === "m" || gender === "f" || gender === "n" ? { gender } : {}),
      ...(context ? { context } : {}),
    }).catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setMessage(t(`errors.${result?.error ?? "network"}`));
      return;
    }
    const saved = result.data;
    if (saved.created) setMessage(t("add.added", { word: lemma }));
    else if (saved.meaningIncluded) setMessage(t("add.alreadyIncluded", { word: lemma, pos: t("pos", { pos }) }));
    else {
      setMessage(t("add.exists", { word: lemma, pos: t("pos", { pos }), gloss: saved.gloss }));
      setOffer({ id: saved.id, word: lemma, meaning: gloss });
      return;
    }
    formRef.current?.reset();
    router.refresh();
  }

  async function acceptOffer(current: MeaningOffer) {
    setBusy(true);
    const result = await addMeaning({ id: current.id, gloss: current.meaning }).catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setMessage(t(`errors.${result?.error ?? "network"}`));
      return;
    }
    setOffer(null);
    setMessage(t("add.meaningAdded", { word: current.word, gloss: result.data.gloss }));
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
          <button type="submit" disabled={busy || !hydrated}>
            {t("add.submit")}
          </button>
          <p className={styles.status} role="status">
            {message}
          </p>
          {offer ? (
            <div className={styles.offer}>
              <button ref={offerRef} type="button" disabled={busy} onClick={() => void acceptOffer(offer)}>
                {t("add.addMeaning", { meaning: offer.meaning })}
              </button>
              <button
                type="button"
                onClick={() => {
                  setOffer(null);
                  setMessage("");
                }}
              >
                {t("add.keep")}
              </button>
            </div>
          ) : null}
        </div>
      </form>
    </details>
  );
}

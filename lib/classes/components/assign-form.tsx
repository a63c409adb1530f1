"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { assignPassageAction } from "@/lib/classes/actions";
import { DEFAULT_KEY_WORDS } from "@/lib/classes/key-vocabulary";
import { ASSIGNMENT_TARGETS } from "@/lib/classes/schema";
import { useHydrated } from "@/lib/use-hydrated";

type Target = (typeof ASSIGNMENT_TARGETS)[number];

export function AssignForm({ classId, passages }: { classId: string; passages: { id: string; title: string }[] }) {
  const t = useTranslations("TeacherClass");
  const hydrated = useHydrated();
  const tTarget = useTranslations("AssignmentTarget");
  const router = useRouter();
  const [passageId, setPassageId] = useState(passages[0]?.id ?? "");
  const [dueDate, setDueDate] = useState("");
  const [target, setTarget] = useState<Target>("READ_ALL");
  const [wordCount, setWordCount] = useState("10");
  const [keyWordCount, setKeyWordCount] = useState(String(DEFAULT_KEY_WORDS));
  const [done, setDone] = useState(false);
  const { pending, error, run } = useAction();

  if (passages.length === 0) return <p className={styles.hint}>{t("noPassagesToAssign")}</p>;
  return (
    <form
      className={styles.row}
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        run(
          () =>
            assignPassageAction({
              classId,
              passageId,
              dueDate: dueDate || null,
              target,
              targetCount:
                target === "SAVE_WORDS"
                  ? Number(wordCount)
                  : target === "REVIEW_KEY_VOCAB"
                    ? Number(keyWordCount)
                    : null,
            }),
          () => {
            setDone(true);
            router.refresh();
          },
        );
      }}
    >
      <div className={styles.field}>
        <label htmlFor="assign-passage">{t("assignPassage")}</label>
        <select
          id="assign-passage"
          value={passageId}
          disabled={!hydrated}
          onChange={(e) => setPassageId(e.target.value)}
          required
        >
          {passages.map((p) => (
            <option key={p.id} value={p.id} lang="de">
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="assign-target">{t("assignTarget")}</label>
        <select
          id="assign-target"
          value={target}
          disabled={!hydrated}
          onChange={(e) => setTarget(e.target.value as Target)}
        >
          {ASSIGNMENT_TARGETS.map((value) => (
            <option key={value} value={value}>
              {tTarget(value)}
            </option>
          ))}
        </select>
      </div>
      {target === "SAVE_WORDS" ? (
        <div className={styles.field}>
          <label htmlFor="assign-count">{t("assignCount")}</label>
          <input
            id="assign-count"
            type="number"
            min={1}
            max={500}
            required
            value={wordCount}
            disabled={!hydrated}
            onChange={(e) => setWordCount(e.target.value)}
          />
        </div>
      ) : null}
      {target === "REVIEW_KEY_VOCAB" ? (
        <div className={styles.field}>
          <label htmlFor="assign-key-count">{t("assignKeyCount")}</label>
          <input
            id="assign-key-count"
            type="number"
            min={1}
            max={40}
            required
            value={keyWordCount}
            disabled={!hydrated}
            onChange={(e) => setKeyWordCount(e.target.value)}
          />
        </div>
      ) : null}
      <div className={styles.field}>
        <label htmlFor="assign-due">{t("assignDue")}</label>
        <input
          id="assign-due"
          type="date"
          value={dueDate}
          disabled={!hydrated}
          onChange={(e) => setDueDate(e.target.value)}
        />
      </div>
      <button type="submit" className={styles.primary} disabled={pending || !passageId || !hydrated}>
        {t("assign")}
      </button>
      <p role="status" className={done ? styles.ok : styles.error}>
        {done ? t("assigned") : error}
      </p>
    </form>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/errors";
import { germanWithArticle } from "@/lib/german/articles";
import { deleteVocabularyItem, updateVocabularyItem } from "../actions";
import type { ExportRow } from "../export-format";
import { parseTags, WORD_STATUSES, type WordStatusValue } from "../schema";
import styles from "./vocabulary.module.css";

/** A saved word as the list shows it: the exported fields (the passage's title comes separately). */
export interface RowItem extends Omit<ExportRow, "passageTitle" | "updatedAt"> {
  status: WordStatusValue;
}

/** One saved word: shows it, and edits, re-statuses or deletes it in place. */
export function VocabularyRow({ item, passageTitle }: { item: RowItem; passageTitle?: string }) {
  const t = useTranslations("Vocabulary");
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const word = germanWithArticle(item);

  async function run<T>(action: () => Promise<ActionResult<T>>, done: string): Promise<boolean> {
    setBusy(true);
    const result = await action().catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setMessage(t(`errors.${result?.error ?? "network"}`));
      return false;
    }
    setMessage(done);
    router.refresh();
    return true;
  }

  async function saveEdit(form: FormData) {
    const input = {
      id: item.id,
      gloss: String(form.get("gloss") ?? ""),
      note: String(form.get("note") ?? ""),
      tags: parseTags(String(form.get("tags") ?? "")),
    };
    if (await run(() => updateVocabularyItem(input), t("item.saved"))) {
      setMode("view");
      requestAnimationFrame(() => editButton.current?.focus());
    }
  }

  async function remove() {
    if (await run(() => deleteVocabularyItem({ id: item.id }), t("item.deleted", { word }))) {
      document.getElementById("vocab-list-heading")?.focus();
    }
  }

  return (
    <li className={styles.item} aria-labelledby={`${id}-word`} data-testid="vocab-item">
      <div className={styles.head}>
        <h3 id={`${id}-word`} lang="de">
          {word}
        </h3>
        <span className={styles.gloss} lang="en">
          {item.gloss || <span className="muted">{t("item.noGloss")}</span>}
        </span>
      </div>
      <p className={styles.meta}>
        {[
          t("pos", { pos: item.pos }),
          item.plural ? t("item.plural", { plural: item.plural }) : null,
          item.surface !== item.lemma ? t("item.seenAs", { surface: item.surface }) : null,
          passageTitle ? t("item.from", { title: passageTitle }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {item.grammar ? (
        <p lang="de" className="small" data-testid="item-grammar">
          {item.grammar}
        </p>
      ) : null}
      {item.context ? (
        <blockquote className={styles.context} aria-label={t("item.example")}>
          <p lang="de">{item.context}</p>
          {item.contextTranslation ? (
            <p lang="en" className="muted">
              {item.contextTranslation}
            </p>
          ) : null}
        </blockquote>
      ) : null}
      {item.note ? (
        <p>
          <strong>{t("item.note")}:</strong> {item.note}
        </p>
      ) : null}
      {item.tags.length ? (
        <p className={styles.meta}>
          <span className="sr-only">{t("item.tags")}: </span>
          <span className={styles.tags}>
            {item.tags.map((tag) => (
              <span key={tag}>{tag}</span>
            ))}
          </span>
        </p>
      ) : null}

      {mode === "edit" ? (
        <form
          className={styles.editForm}
          aria-label={t("item.editLabel", { word })}
          onSubmit={(event) => {
            event.preventDefault();
            void saveEdit(new FormData(event.currentTarget));
          }}
        >
          <div className={styles.field}>
            <label htmlFor={`${id}-gloss`}>{t("item.glossLabel")}</label>
            <input id={`${id}-gloss`} name="gloss" defaultValue={item.gloss} maxLength={300} lang="en" autoFocus />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-note`}>{t("item.noteLabel")}</label>
            <textarea id={`${id}-note`} name="note" defaultValue={item.note ?? ""} maxLength={2000} rows={2} />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-tags`}>{t("item.tagsLabel")}</label>
            <input
              id={`${id}-tags`}
              name="tags"
              defaultValue={item.tags.join(", ")}
              aria-describedby={`${id}-tags-hint`}
            />
            <p id={`${id}-tags-hint`} className={styles.hint}>
              {t("item.tagsHint")}
            </p>
          </div>
          <div className={styles.actions}>
            <button type="submit" disabled={busy}>
              {t("item.save")}
            </button>
            <button type="button" onClick={() => setMode("view")}>
              {t("item.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className={styles.controls}>
          <div role="group" aria-label={t("item.statusGroup", { word })} className={styles.statusGroup}>
            {WORD_STATUSES.map((status) => (
              <button
                key={status}
                type="button"
                aria-pressed={item.status === status}
                disabled={busy}
                onClick={() =>
                  item.status !== status && run(() => updateVocabularyItem({ id: item.id, status }), t("item.saved"))
                }
              >
                {t(`status.${status}`)}
              </button>
            ))}
          </div>
          <div className={styles.actions}>
            <button
              ref={editButton}
              type="button"
              aria-label={t("item.editLabel", { word })}
              onClick={() => setMode("edit")}
            >
              {t("item.edit")}
            </button>
            <button
              type="button"
              className={styles.danger}
              aria-label={t("item.deleteLabel", { word })}
              aria-expanded={mode === "confirm"}
              onClick={() => setMode("confirm")}
            >
              {t("item.delete")}
            </button>
          </div>
        </div>
      )}
      {mode === "confirm" ? (
        <div className={styles.confirm} role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t("item.confirmDelete", { word })}</p>
          <div className={styles.actions}>
            <button type="button" className={styles.danger} disabled={busy} onClick={remove} autoFocus>
              {t("item.confirm")}
            </button>
            <button type="button" onClick={() => setMode("view")}>
              {t("item.cancel")}
            </button>
          </div>
        </div>
      ) : null}
      <p className={styles.status} role="status">
        {message}
      </p>
    </li>
  );
}

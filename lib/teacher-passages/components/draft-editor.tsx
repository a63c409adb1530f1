"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import styles from "@/components/forms.module.css";
import { useAction } from "@/components/use-action";
import { Link, useRouter } from "@/i18n/navigation";
import type { TranslationErrorCode } from "@/lib/errors/translation-error";
import { PASSAGE_LIMITS } from "@/lib/limits";
import {
  deleteDraftAction,
  publishPassageAction,
  saveDraftAction,
  saveTranslationsAction,
  translatePassageAction,
} from "@/lib/teacher-passages/actions";
import type { EditorPassage } from "@/lib/teacher-passages/data";
import {
  countUntranslated,
  type DraftParagraph,
  isTranslatable,
  type Kind,
  mergeParagraphWithNext,
  mergeSentenceWithNext,
  PARAGRAPH_KINDS,
  setKind,
  splitParagraphBefore,
  splitSentence,
  toSegments,
  updateSentence,
} from "@/lib/teacher-passages/draft";
import type { Formality } from "@/lib/teacher-passages/schema";
import ed from "./editor.module.css";
import { TranslateOptions } from "./import-form";

interface Props {
  passage: Omit<EditorPassage, "classes">;
  classes: EditorPassage["classes"];
  deeplConfigured: boolean;
  initialTranslationError?: TranslationErrorCode;
}

type Banner = { ok: boolean; text: string } | null;

let keySeed = 0;
const newKey = () => `new-${++keySeed}`;

/** The teacher's draft editor: every change stays in the browser until "Save draft" (or Ctrl+S). */
export function DraftEditor({ passage, classes, deeplConfigured, initialTranslationError }: Props) {
  const t = useTranslations("TeacherEditor");
  const tKind = useTranslations("ParagraphKind");
  const tTranslate = useTranslations("TeacherTranslation");
  const router = useRouter();
  const published = passage.status === "PUBLISHED";

  const [version, setVersion] = useState(passage.version);
  const [title, setTitle] = useState(passage.title);
  const [titleEn, setTitleEn] = useState(passage.titleEn ?? "");
  const [paragraphs, setParagraphs] = useState<DraftParagraph[]>(passage.paragraphs);
  const [dirty, setDirty] = useState(false);
  const [banner, setBanner] = useState<Banner>(
    initialTranslationError
      ? { ok: false, text: tTranslate("failedKept", { reason: tTranslate(`errors.${initialTranslationError}`) }) }
      : null,
  );
  const [classId, setClassId] = useState("");
  const [formality, setFormality] = useState<Formality>("default");
  const { pending, error, run } = useAction();
  const focusNext = useRef<string | null>(null);

  // New data from the server (after a save, a translation or a publish) replaces the local copy.
  if (passage.version !== version) {
    setVersion(passage.version);
    setTitle(passage.title);
    setTitleEn(passage.titleEn ?? "");
    setParagraphs(passage.paragraphs);
    setDirty(false);
  }

  const stored = useMemo(
    () => new Map(passage.paragraphs.flatMap((p) => p.sentences.map((s) => [s.key, s.translation] as const))),
    [passage.paragraphs],
  );
  const untranslated = countUntranslated(paragraphs);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const edit = (next: DraftParagraph[], focusId?: string) => {
    setParagraphs(next);
    setDirty(true);
    if (focusId) focusNext.current = focusId;
  };

  /** Saves when needed, then runs `after` with the saved state. */
  const save = useCallback(
    (after?: () => void) => {
      setBanner(null);
      if (!dirty) {
        after?.();
        return;
      }
      if (published) {
        run(
          () =>
            saveTranslationsAction({
              passageId: passage.id,
              titleEn,
              sentences: paragraphs
                .filter((p) => isTranslatable(p.kind))
                .flatMap((p) =>
                  p.sentences.map((s) => ({ sentenceId: s.key, translation: toSegments(s.translation) })),
                ),
            }),
          () => {
            setBanner({ ok: true, text: t("saved") });
            after ? after() : router.refresh();
          },
        );
        return;
      }
      const body = paragraphs
        .map((p) => ({
          kind: p.kind,
          lang: p.lang,
          sentences: p.sentences
            .filter((s) => s.text.trim() !== "")
            .map((s) => ({ from: s.from, text: s.text, translation: toSegments(s.translation) })),
        }))
        .filter((p) => p.sentences.length > 0);
      run(
        () => saveDraftAction({ passageId: passage.id, version, title, titleEn, paragraphs: body }),
        (outcome) => {
          if (!outcome.ok) {
            setBanner({ ok: false, text: t(`saveErrors.${outcome.code}`, PASSAGE_LIMITS) });
            return;
          }
          setBanner({ ok: true, text: t("saved") });
          after ? after() : router.refresh();
        },
      );
    },
    [dirty, published, paragraphs, passage.id, run, router, t, title, titleEn, version],
  );

  const translate = () =>
    save(() =>
      run(
        () => translatePassageAction({ passageId: passage.id, classId: classId || null, formality }),
        (outcome) => {
          setBanner(
            outcome.error
              ? {
                  ok: false,
                  text:
                    tTranslate("failedKept", { reason: tTranslate(`errors.${outcome.error}`) }) +
                    " " +
                    tTranslate("remaining", { count: outcome.remaining }),
                }
              : { ok: true, text: tTranslate("done", { count: outcome.translated }) },
          );
          router.refresh();
        },
      ),
    );

  const publish = () =>
    save(() =>
      run(
        () => publishPassageAction({ passageId: passage.id }),
        (outcome) => {
          setBanner(
            outcome.published ? { ok: true, text: t("publishedNow") } : { ok: false, text: t("publishNoBody") },
          );
          router.refresh();
        },
      ),
    );

  const remove = () => {
    if (!window.confirm(t("deleteConfirm"))) return;
    run(
      () => deleteDraftAction({ passageId: passage.id }),
      () => {
        setDirty(false);
        router.push("/classes");
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
          event.preventDefault();
          save();
        }
      }}
    >
      <div className={styles.section}>
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor="passage-title">{t("title")}</label>
            <input
              id="passage-title"
              lang="de"
              required
              maxLength={200}
              value={title}
              readOnly={published}
              onChange={(e) => {
                setTitle(e.target.value);
                setDirty(true);
              }}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="passage-title-en">{t("titleEn")}</label>
            <input
              id="passage-title-en"
              lang="en"
              maxLength={200}
              value={titleEn}
              onChange={(e) => {
                setTitleEn(e.target.value);
                setDirty(true);
              }}
            />
          </div>
        </div>
        {passage.source || passage.publishedOn ? (
          <p className={styles.hint}>
            {t("meta", { source: passage.source ?? "—", date: passage.publishedOn ?? "—" })}
          </p>
        ) : null}
      </div>

      <div className={ed.toolbar} role="toolbar" aria-label={t("toolbar")}>
        <button type="submit" className={styles.primary} disabled={pending}>
          {published ? t("saveTranslations") : t("save")}
        </button>
        {!published ? (
          <button type="button" onClick={publish} disabled={pending}>
            {t("publish")}
          </button>
        ) : (
          <Link href={`/read/${passage.id}`}>{t("openReader")}</Link>
        )}
        <span className={styles.hint} role="status" data-testid="editor-status">
          {dirty ? t("unsaved") : t("allSaved")} · {t("untranslated", { count: untranslated })}
        </span>
        {!published ? (
          <button type="button" className={`btn-small ${styles.danger}`} onClick={remove} disabled={pending}>
            {t("delete")}
          </button>
        ) : null}
      </div>

      <p
        role="alert"
        className={`${ed.banner} ${banner?.ok === false || error ? ed.bannerError : ed.bannerOk}`}
        data-testid="editor-banner"
      >
        {error ?? banner?.text ?? ""}
      </p>

      <section className={styles.section} aria-labelledby="translate-heading">
        <h2 id="translate-heading">{tTranslate("heading")}</h2>
        {deeplConfigured ? (
          <>
            <TranslateOptions
              classes={classes}
              classId={classId}
              setClassId={setClassId}
              formality={formality}
              setFormality={setFormality}
              idPrefix="editor"
            />
            <p>
              <button type="button" onClick={translate} disabled={pending || untranslated === 0}>
                {tTranslate("translateMissing", { count: untranslated })}
              </button>
            </p>
          </>
        ) : (
          <p className={styles.hint}>{tTranslate("notConfigured")}</p>
        )}
        <p className={styles.hint}>{t("help")}</p>
      </section>

      {paragraphs.map((paragraph, p) => (
        <fieldset key={paragraph.key} className={ed.paragraph} data-testid="paragraph">
          <legend>{t("paragraph", { number: p + 1 })}</legend>
          <div className={ed.paragraphHead}>
            <label>
              {t("kind")}{" "}
              <select
                value={paragraph.kind}
                disabled={published}
                onChange={(e) => edit(setKind(paragraphs, p, e.target.value as Kind))}
              >
                {PARAGRAPH_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {tKind(kind)}
                  </option>
                ))}
              </select>
            </label>
            {!published && p < paragraphs.length - 1 ? (
              <button
                type="button"
                className="btn-small"
                onClick={() => edit(mergeParagraphWithNext(paragraphs, p), `de-${paragraph.sentences.at(-1)?.key}`)}
              >
                {t("mergeParagraph")}
              </button>
            ) : null}
          </div>
          {paragraph.sentences.map((sentence, s) => {
            const label = { paragraph: p + 1, sentence: s + 1 };
            const translatable = isTranslatable(paragraph.kind);
            const missing = translatable && toSegments(sentence.translation).length === 0;
            const changed = stored.get(sentence.key) !== sentence.translation;
            return (
              <div key={sentence.key} className={ed.sentence} data-testid="sentence">
                <textarea
                  id={`de-${sentence.key}`}
                  lang={paragraph.lang}
                  aria-label={t("germanLabel", label)}
                  value={sentence.text}
                  readOnly={published}
                  rows={2}
                  onChange={(e) => edit(updateSentence(paragraphs, p, s, { text: e.target.value }))}
                />
                {translatable ? (
                  <textarea
                    id={`en-${sentence.key}`}
                    lang="en"
                    className={missing ? ed.untranslated : undefined}
                    aria-label={t("englishLabel", label)}
                    placeholder={t("englishPlaceholder")}
                    value={sentence.translation}
                    rows={2}
                    onChange={(e) => edit(updateSentence(paragraphs, p, s, { translation: e.target.value }))}
                  />
                ) : (
                  <p className={ed.origin}>{t("notTranslated", { kind: tKind(paragraph.kind) })}</p>
                )}
                <div className={ed.sentenceActions}>
                  {translatable ? (
                    <span className={ed.origin}>
                      {missing
                        ? t("origin.none")
                        : changed
                          ? t("origin.changed")
                          : t(`origin.${sentence.origin ?? "HUMAN"}`)}
                    </span>
                  ) : null}
                  {!published ? (
                    <>
                      <button
                        type="button"
                        className="btn-small"
                        aria-label={t("splitSentenceLabel", label)}
                        onClick={() => {
                          const box = document.getElementById(`de-${sentence.key}`) as HTMLTextAreaElement | null;
                          const offset = box?.selectionStart ?? 0;
                          const next = splitSentence(paragraphs, p, s, offset, newKey);
                          if (next === paragraphs) setBanner({ ok: false, text: t("splitHint") });
                          else edit(next, `de-${next[p]!.sentences[s + 1]!.key}`);
                        }}
                      >
                        {t("splitSentence")}
                      </button>
                      {s < paragraph.sentences.length - 1 ? (
                        <button
                          type="button"
                          className="btn-small"
                          aria-label={t("mergeSentenceLabel", label)}
                          onClick={() => edit(mergeSentenceWithNext(paragraphs, p, s), `de-${sentence.key}`)}
                        >
                          {t("mergeSentence")}
                        </button>
                      ) : null}
                      {s > 0 ? (
                        <button
                          type="button"
                          className="btn-small"
                          aria-label={t("newParagraphLabel", label)}
                          onClick={() => edit(splitParagraphBefore(paragraphs, p, s, newKey), `de-${sentence.key}`)}
                        >
                          {t("newParagraph")}
                        </button>
                      ) : null}
                    </>
                  ) : null}
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
    </form>
  );
}

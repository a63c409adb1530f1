"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import styles from "@/components/forms.module.css";
import { ImportProgress } from "@/components/import-progress";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import { PASSAGE_LIMITS } from "@/lib/limits";
import { newImportKey } from "@/lib/passages/import-key";
import { MAX_IMPORT_CHARS } from "@/lib/passages/import-text";
import { importPassageAction } from "@/lib/teacher-passages/actions";
import { FORMALITIES, type Formality } from "@/lib/teacher-passages/schema";
import { decodeTextFile } from "@/lib/teacher-passages/text-file";
import { useHydrated } from "@/lib/use-hydrated";

// What was typed survives a failed import (the state is never reset) and even a reload (session storage).
const BACKUP_KEY = "bruecke.import-draft";
/** The numbers the import's size messages name. */
const SIZE_LIMITS = { max: MAX_IMPORT_CHARS, ...PASSAGE_LIMITS };

interface Props {
  deeplConfigured: boolean;
  classes: { id: string; name: string; glossarySize: number }[];
}

export function ImportForm({ deeplConfigured, classes }: Props) {
  const t = useTranslations("TeacherImport");
  const hydrated = useHydrated();
  const tTranslate = useTranslations("TeacherTranslation");
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [translate, setTranslate] = useState(deeplConfigured);
  const [classId, setClassId] = useState("");
  const [formality, setFormality] = useState<Formality>("default");
  const [fieldError, setFieldError] = useState<{ field: "title" | "text" | "file"; message: string } | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { pending, error, run } = useAction();
  // A new key per submission: the progress shown is this import's.
  const [importKey, setImportKey] = useState(newImportKey);

  useEffect(() => {
    try {
      const saved = JSON.parse(sessionStorage.getItem(BACKUP_KEY) ?? "null") as {
        title?: string;
        text?: string;
      } | null;
      if (saved?.text) setText(saved.text);
      if (saved?.title) setTitle(saved.title);
    } catch {
      // no storage: the text lives in the form only
    }
  }, []);

  const backup = (next: { title: string; text: string }) => {
    try {
      sessionStorage.setItem(BACKUP_KEY, JSON.stringify(next));
    } catch {
      // storage full or disabled
    }
  };

  async function readFile(file: File) {
    const decoded = decodeTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setFieldError({ field: "file", message: t(`fileErrors.${decoded.error}`, { name: file.name }) });
      return;
    }
    setFieldError(null);
    const nextTitle = title || file.name.replace(/\.(txt|text)$/i, "");
    setText(decoded.text);
    setTitle(nextTitle);
    backup({ title: nextTitle, text: decoded.text });
  }

  const errorFor = (field: "title" | "text" | "file") => (fieldError?.field === field ? fieldError.message : null);

  return (
    <form
      className={styles.stack}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFieldError(null);
        // Checked here too, so a text far over the limit is never sent at all.
        if (text.length > MAX_IMPORT_CHARS) {
          setFieldError({ field: "text", message: t("errors.too_long", { max: MAX_IMPORT_CHARS }) });
          textRef.current?.focus();
          return;
        }
        const key = newImportKey();
        setImportKey(key);
        run(
          () =>
            importPassageAction({
              title,
              text,
              translate: translate && deeplConfigured,
              classId: classId || null,
              formality,
              importKey: key,
            }),
          (result) => {
            if (!result.ok) {
              setFieldError({ field: result.field, message: t(`errors.${result.code}`, SIZE_LIMITS) });
              (result.field === "title" ? titleRef : textRef).current?.focus();
              return;
            }
            try {
              sessionStorage.removeItem(BACKUP_KEY);
            } catch {
              // nothing to clean up
            }
            const failed = result.translation?.error;
            router.push(`/classes/passages/${result.passageId}${failed ? `?translationError=${failed}` : ""}`);
          },
        );
      }}
    >
      <div className={styles.field}>
        <label htmlFor="import-title">{t("title")}</label>
        <input
          id="import-title"
          ref={titleRef}
          lang="de"
          maxLength={200}
          value={title}
          disabled={!hydrated}
          aria-invalid={Boolean(errorFor("title"))}
          aria-describedby="import-title-error"
          onChange={(e) => {
            setTitle(e.target.value);
            backup({ title: e.target.value, text });
          }}
        />
        <span id="import-title-error" className={styles.error}>
          {errorFor("title")}
        </span>
      </div>

      <div className={styles.field}>
        <label htmlFor="import-text">{t("text")}</label>
        <p id="import-text-hint" className={styles.hint}>
          {t("textHint")}
        </p>
        <textarea
          id="import-text"
          ref={textRef}
          lang="de"
          className={styles.textarea}
          rows={14}
          value={text}
          disabled={!hydrated}
          aria-invalid={Boolean(errorFor("text"))}
          aria-describedby="import-text-hint import-text-count import-text-error"
          onChange={(e) => {
            setText(e.target.value);
            backup({ title, text: e.target.value });
          }}
        />
        <span id="import-text-count" className={text.length > MAX_IMPORT_CHARS ? styles.error : styles.hint}>
          {t("count", { count: text.length, max: MAX_IMPORT_CHARS })}
        </span>
        <span id="import-text-error" role="alert" className={styles.error}>
          {errorFor("text")}
        </span>
      </div>

      <div className={styles.field}>
        <label htmlFor="import-file">{t("file")}</label>
        <input
          id="import-file"
          type="file"
          accept=".txt,text/plain"
          aria-describedby="import-file-error"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
        <span id="import-file-error" role="alert" className={styles.error}>
          {errorFor("file")}
        </span>
      </div>

      <fieldset className={styles.stack}>
        <legend>{tTranslate("heading")}</legend>
        {deeplConfigured ? (
          <>
            <label>
              <input type="checkbox" checked={translate} onChange={(e) => setTranslate(e.target.checked)} />{" "}
              {t("translateNow")}
            </label>
            <TranslateOptions
              classes={classes}
              classId={classId}
              setClassId={setClassId}
              formality={formality}
              setFormality={setFormality}
              idPrefix="import"
            />
          </>
        ) : (
          <p className={styles.hint}>{tTranslate("notConfigured")}</p>
        )}
      </fieldset>

      <div className={styles.row}>
        <button type="submit" className={styles.primary} disabled={pending || !hydrated}>
          {pending ? t("importing") : t("import")}
        </button>
        <ImportProgress importKey={importKey} active={pending} />
        <p role="alert" className={styles.error}>
          {error}
        </p>
      </div>
    </form>
  );
}

export function TranslateOptions(props: {
  classes: { id: string; name: string; glossarySize: number }[];
  classId: string;
  setClassId: (id: string) => void;
  formality: Formality;
  setFormality: (f: Formality) => void;
  idPrefix: string;
}) {
  const t = useTranslations("TeacherTranslation");
  return (
    <div className={styles.row}>
      <div className={styles.field}>
        <label htmlFor={`${props.idPrefix}-glossary`}>{t("glossary")}</label>
        <select
          id={`${props.idPrefix}-glossary`}
          value={props.classId}
          onChange={(e) => props.setClassId(e.target.value)}
        >
          <option value="">{t("noGlossary")}</option>
          {props.classes.map((c) => (
            <option key={c.id} value={c.id}>
              {t("classGlossary", { name: c.name, count: c.glossarySize })}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${props.idPrefix}-formality`}>{t("formality")}</label>
        <select
          id={`${props.idPrefix}-formality`}
          value={props.formality}
          onChange={(e) => props.setFormality(e.target.value as Formality)}
        >
          {FORMALITIES.map((f) => (
            <option key={f} value={f}>
              {t(`formalities.${f}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

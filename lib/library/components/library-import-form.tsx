"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import styles from "@/components/forms.module.css";
import { ImportProgress } from "@/components/import-progress";
import { useAction } from "@/components/use-action";
import { Link, useRouter } from "@/i18n/navigation";
import { importOwnTextAction } from "@/lib/library/actions";
import { newImportKey } from "@/lib/passages/import-key";
import { MAX_IMPORT_CHARS } from "@/lib/passages/import-text";
import { decodeTextFile } from "@/lib/teacher-passages/text-file";
import { useHydrated } from "@/lib/use-hydrated";

type Field = "title" | "text" | "file" | "limit";

/** Paste or upload a German text into the learner's own library; what was typed stays after any error. */
export function LibraryImportForm({ deeplConfigured }: { deeplConfigured: boolean }) {
  const t = useTranslations("Library");
  const hydrated = useHydrated();
  const tImport = useTranslations("TeacherImport");
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [translate, setTranslate] = useState(deeplConfigured);
  const [fieldError, setFieldError] = useState<{ field: Field; message: string } | null>(null);
  const [translationFailed, setTranslationFailed] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { pending, error, run } = useAction();
  // A new key per submission: the progress shown is this import's.
  const [importKey, setImportKey] = useState(newImportKey);
  const errorFor = (field: Field) => (fieldError?.field === field ? fieldError.message : null);

  async function readFile(file: File) {
    const decoded = decodeTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setFieldError({ field: "file", message: tImport(`fileErrors.${decoded.error}`, { name: file.name }) });
      return;
    }
    setFieldError(null);
    setText(decoded.text);
    setTitle((current) => current || file.name.replace(/\.(txt|text)$/i, ""));
  }

  const submit = () => {
    setFieldError(null);
    setTranslationFailed(null);
    if (text.length > MAX_IMPORT_CHARS) {
      setFieldError({ field: "text", message: tImport("errors.too_long", { max: MAX_IMPORT_CHARS }) });
      textRef.current?.focus();
      return;
    }
    const key = newImportKey();
    setImportKey(key);
    run(
      () => importOwnTextAction({ title, text, translate: translate && deeplConfigured, importKey: key }),
      (result) => {
        if (!result.ok) {
          const message =
            result.field === "limit"
              ? t(`limits.${result.code}`)
              : tImport(`errors.${result.code}`, { max: MAX_IMPORT_CHARS });
          setFieldError({ field: result.field, message });
          (result.field === "title" ? titleRef : textRef).current?.focus();
          return;
        }
        if (result.translationError) {
          setTitle("");
          setText("");
          setTranslationFailed(result.passageId);
          router.refresh();
          return;
        }
        router.push(`/read/${result.passageId}`);
      },
    );
  };

  return (
    <form
      className={styles.stack}
      noValidate
      aria-labelledby="library-import-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="library-import-heading">{t("importHeading")}</h2>
      <div className={styles.field}>
        <label htmlFor="library-title">{tImport("title")}</label>
        <input
          id="library-title"
          ref={titleRef}
          lang="de"
          maxLength={200}
          value={title}
          disabled={!hydrated}
          aria-invalid={Boolean(errorFor("title"))}
          aria-describedby="library-title-error"
          onChange={(e) => setTitle(e.target.value)}
        />
        <span id="library-title-error" className={styles.error}>
          {errorFor("title")}
        </span>
      </div>
      <div className={styles.field}>
        <label htmlFor="library-text">{tImport("text")}</label>
        <p id="library-text-hint" className={styles.hint}>
          {tImport("textHint")}
        </p>
        <textarea
          id="library-text"
          ref={textRef}
          lang="de"
          className={styles.textarea}
          rows={10}
          value={text}
          disabled={!hydrated}
          aria-invalid={Boolean(errorFor("text"))}
          aria-describedby="library-text-hint library-text-count library-text-error"
          onChange={(e) => setText(e.target.value)}
        />
        <span id="library-text-count" className={text.length > MAX_IMPORT_CHARS ? styles.error : styles.hint}>
          {tImport("count", { count: text.length, max: MAX_IMPORT_CHARS })}
        </span>
        <span id="library-text-error" role="alert" className={styles.error}>
          {errorFor("text")}
        </span>
      </div>
      <div className={styles.field}>
        <label htmlFor="library-file">{tImport("file")}</label>
        <input
          id="library-file"
          type="file"
          accept=".txt,text/plain"
          aria-describedby="library-file-error"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
        <span id="library-file-error" role="alert" className={styles.error}>
          {errorFor("file")}
        </span>
      </div>
      {deeplConfigured ? (
        <label>
          <input type="checkbox" checked={translate} onChange={(e) => setTranslate(e.target.checked)} />{" "}
          {t("translate")}
        </label>
      ) : (
        <p className={styles.hint}>{t("noTranslation")}</p>
      )}
      <div className={styles.row}>
        <button type="submit" className={styles.primary} disabled={pending || !hydrated}>
          {pending ? tImport("importing") : t("import")}
        </button>
        <ImportProgress importKey={importKey} active={pending} />
        <p role="alert" className={styles.error} data-testid="library-error">
          {error ?? errorFor("limit")}
        </p>
      </div>
      {translationFailed ? (
        <p role="status">
          {t("translationFailed")} <Link href={`/read/${translationFailed}`}>{t("readAnyway")}</Link>
        </p>
      ) : null}
    </form>
  );
}

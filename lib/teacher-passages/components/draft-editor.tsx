"use client";
import { useTranslations } from "next-intl";
import styles from "@/components/forms.module.css";
import type { TranslationErrorCode } from "@/lib/errors/translation-error";
import type { EditorPassage } from "@/lib/teacher-passages/data";
import ed from "./editor.module.css";
import { EditorToolbar } from "./editor-toolbar";
import { LeaveDialog } from "./leave-dialog";
import { ParagraphBlock } from "./paragraph-block";
import { TranslateSection } from "./translate-section";
import { useDraft } from "./use-draft";
import { useDraftCommands } from "./use-draft-commands";
import { useLeaveGuard } from "./use-leave-guard";

interface Props {
  passage: Omit<EditorPassage, "classes" | "visibility">;
  classes: EditorPassage["classes"];
  deeplConfigured: boolean;
  initialTranslationError?: TranslationErrorCode;
}

let keySeed = 0;
const newKey = () => `new-${++keySeed}`;

/** The teacher's draft editor: every change stays in the browser until "Save draft" (or Ctrl+S). */
export function DraftEditor({ passage, classes, deeplConfigured, initialTranslationError }: Props) {
  const t = useTranslations("TeacherEditor");
  const published = passage.status === "PUBLISHED";
  const draft = useDraft(passage);
  const commands = useDraftCommands({ passageId: passage.id, published, draft, initialTranslationError });
  const guard = useLeaveGuard(draft.dirty);
  const { banner, error, pending } = commands;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        commands.save();
      }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
          event.preventDefault();
          commands.save();
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
              value={draft.title}
              readOnly={published}
              onChange={(e) => draft.setTitle(e.target.value)}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="passage-title-en">{t("titleEn")}</label>
            <input
              id="passage-title-en"
              lang="en"
              maxLength={200}
              value={draft.titleEn}
              onChange={(e) => draft.setTitleEn(e.target.value)}
            />
          </div>
        </div>
        {passage.source || passage.publishedOn || passage.place ? (
          <p className={styles.hint} data-testid="passage-meta">
            {t("meta", {
              source: passage.source ?? "—",
              date: passage.publishedOn ?? "—",
              place: passage.place ?? "—",
            })}
          </p>
        ) : null}
      </div>

      <EditorToolbar
        passageId={passage.id}
        published={published}
        dirty={draft.dirty}
        untranslated={draft.untranslated}
        pending={pending}
        onPublish={commands.publish}
        onDelete={commands.remove}
      />

      <p
        role="alert"
        className={`${ed.banner} ${banner?.ok === false || error ? ed.bannerError : ed.bannerOk}`}
        data-testid="editor-banner"
      >
        {error ?? banner?.text ?? ""}
      </p>

      <TranslateSection
        classes={classes}
        deeplConfigured={deeplConfigured}
        untranslated={draft.untranslated}
        pending={pending}
        onTranslate={commands.translate}
      />

      {draft.paragraphs.map((paragraph, p) => (
        <ParagraphBlock
          key={paragraph.key}
          paragraphs={draft.paragraphs}
          p={p}
          published={published}
          stored={draft.stored}
          newKey={newKey}
          edit={draft.edit}
          hint={(text) => commands.setBanner({ ok: false, text })}
        />
      ))}
      {guard.pending ? (
        <LeaveDialog
          busy={pending}
          onSave={() => commands.save(() => guard.leave(guard.pending!))}
          onDiscard={() => guard.leave(guard.pending!)}
          onStay={guard.stay}
        />
      ) : null}
    </form>
  );
}

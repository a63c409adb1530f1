"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "@/components/forms.module.css";
import type { EditorPassage } from "@/lib/teacher-passages/data";
import type { Formality } from "@/lib/teacher-passages/schema";
import { TranslateOptions } from "./import-form";

interface Props {
  classes: EditorPassage["classes"];
  deeplConfigured: boolean;
  untranslated: number;
  pending: boolean;
  onTranslate(options: { classId: string; formality: Formality }): void;
}

/** "Translate the missing sentences" with DeepL: which class's glossary, which formality. */
export function TranslateSection({ classes, deeplConfigured, untranslated, pending, onTranslate }: Props) {
  const t = useTranslations("TeacherEditor");
  const tTranslate = useTranslations("TeacherTranslation");
  const [classId, setClassId] = useState("");
  const [formality, setFormality] = useState<Formality>("default");
  return (
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
            <button
              type="button"
              onClick={() => onTranslate({ classId, formality })}
              disabled={pending || untranslated === 0}
            >
              {tTranslate("translateMissing", { count: untranslated })}
            </button>
          </p>
        </>
      ) : (
        <p className={styles.hint}>{tTranslate("notConfigured")}</p>
      )}
      <p className={styles.hint}>{t("help")}</p>
    </section>
  );
}

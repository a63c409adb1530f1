"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { EditorPassage } from "@/lib/teacher-passages/data";
import { countUntranslated, type DraftParagraph } from "@/lib/teacher-passages/draft";

type ServerPassage = Pick<EditorPassage, "version" | "title" | "titleEn" | "paragraphs">;

/**
 * The draft as the teacher is editing it, kept in the browser until saved. New data from the server (after
 * a save, a translation or a publish: a new version) replaces the local copy.
 */
export function useDraft(passage: ServerPassage) {
  const [version, setVersion] = useState(passage.version);
  const [title, setTitle] = useState(passage.title);
  const [titleEn, setTitleEn] = useState(passage.titleEn ?? "");
  const [paragraphs, setParagraphs] = useState<DraftParagraph[]>(passage.paragraphs);
  const [dirty, setDirty] = useState(false);
  const focusNext = useRef<string | null>(null);

  if (passage.version !== version) {
    setVersion(passage.version);
    setTitle(passage.title);
    setTitleEn(passage.titleEn ?? "");
    setParagraphs(passage.paragraphs);
    setDirty(false);
  }

  // After a split or merge the caret goes to the sentence the teacher is working on.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  /** The translations as stored: a sentence whose box differs shows "changed". */
  const stored = useMemo(
    () => new Map(passage.paragraphs.flatMap((p) => p.sentences.map((s) => [s.key, s.translation] as const))),
    [passage.paragraphs],
  );

  return {
    version,
    title,
    titleEn,
    paragraphs,
    dirty,
    stored,
    untranslated: countUntranslated(paragraphs),
    setTitle(value: string) {
      setTitle(value);
      setDirty(true);
    },
    setTitleEn(value: string) {
      setTitleEn(value);
      setDirty(true);
    },
    edit(next: DraftParagraph[], focusId?: string) {
      setParagraphs(next);
      setDirty(true);
      if (focusId) focusNext.current = focusId;
    },
    /** Nothing left to save (after a delete, so leaving asks nothing). */
    discard() {
      setDirty(false);
    },
  };
}

export type Draft = ReturnType<typeof useDraft>;

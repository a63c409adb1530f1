"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/use-action";
import { useRouter } from "@/i18n/navigation";
import type { TranslationErrorCode } from "@/lib/errors/translation-error";
import { PASSAGE_LIMITS } from "@/lib/limits";
import {
  deleteDraftAction,
  publishPassageAction,
  saveDraftAction,
  saveTranslationsAction,
  translatePassageAction,
} from "@/lib/teacher-passages/actions";
import { isTranslatable, toSegments } from "@/lib/teacher-passages/draft";
import type { Formality } from "@/lib/teacher-passages/schema";
import type { Draft } from "./use-draft";

export type Banner = { ok: boolean; text: string } | null;

interface Options {
  passageId: string;
  published: boolean;
  draft: Draft;
  initialTranslationError?: TranslationErrorCode;
}

/** Save, translate, publish and delete, each saving first when needed; the outcome goes to the banner. */
export function useDraftCommands({ passageId, published, draft, initialTranslationError }: Options) {
  const t = useTranslations("TeacherEditor");
  const tTranslate = useTranslations("TeacherTranslation");
  const router = useRouter();
  const { pending, error, run } = useAction();
  const [banner, setBanner] = useState<Banner>(
    initialTranslationError
      ? { ok: false, text: tTranslate("failedKept", { reason: tTranslate(`errors.${initialTranslationError}`) }) }
      : null,
  );

  const saved = (after?: () => void) => {
    setBanner({ ok: true, text: t("saved") });
    after ? after() : router.refresh();
  };

  /** Saves when needed, then runs `after` with the saved state. */
  const save = (after?: () => void) => {
    setBanner(null);
    if (!draft.dirty) {
      after?.();
      return;
    }
    if (published) {
      // A published passage keeps its German: only the English can change.
      const sentences = draft.paragraphs
        .filter((p) => isTranslatable(p.kind))
        .flatMap((p) => p.sentences.map((s) => ({ sentenceId: s.key, translation: toSegments(s.translation) })));
      run(
        () => saveTranslationsAction({ passageId, titleEn: draft.titleEn, sentences }),
        () => saved(after),
      );
      return;
    }
    const paragraphs = draft.paragraphs
      .map((p) => ({
        kind: p.kind,
        lang: p.lang,
        sentences: p.sentences
          .filter((s) => s.text.trim() !== "")
          .map((s) => ({ from: s.from, text: s.text, translation: toSegments(s.translation) })),
      }))
      .filter((p) => p.sentences.length > 0);
    run(
      () =>
        saveDraftAction({ passageId, version: draft.version, title: draft.title, titleEn: draft.titleEn, paragraphs }),
      (outcome) => {
        if (outcome.ok) saved(after);
        else setBanner({ ok: false, text: t(`saveErrors.${outcome.code}`, PASSAGE_LIMITS) });
      },
    );
  };

  const translate = (options: { classId: string; formality: Formality }) =>
    save(() =>
      run(
        () => translatePassageAction({ passageId, classId: options.classId || null, formality: options.formality }),
        (outcome) => {
          setBanner(
            outcome.error
              ? {
                  ok: false,
                  text: `${tTranslate("failedKept", { reason: tTranslate(`errors.${outcome.error}`) })} ${tTranslate("remaining", { count: outcome.remaining })}`,
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
        () => publishPassageAction({ passageId }),
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
      () => deleteDraftAction({ passageId }),
      () => {
        draft.discard();
        router.push("/classes");
      },
    );
  };

  return { pending, error, banner, setBanner, save, translate, publish, remove };
}

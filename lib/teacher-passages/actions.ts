"use server";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/action-client";
import { limitPerAccount } from "@/lib/server/rate-limit";
import {
  deleteDraft,
  importPassage,
  publishPassage,
  saveDraft,
  saveTranslations,
  setPassageVisibility,
} from "./mutations";
import {
  importPassageInput,
  passageIdInput,
  saveDraftInput,
  saveTranslationsInput,
  setVisibilityInput,
  translatePassageInput,
} from "./schema";
import { translatePassage } from "./translate";

const teacher = { role: "TEACHER" } as const;

function found<T>(value: T | null): T {
  if (value === null) throw new AppError("not_found");
  return value;
}

/** Saves the text as a draft first, then (optionally) translates it: a DeepL failure never loses the import. */
export const importPassageAction = authedAction({ ...teacher, schema: importPassageInput }, async (input, viewer) => {
  await limitPerAccount("passageImport", viewer.id);
  const imported = await importPassage(viewer.id, input);
  if (!imported.ok) return imported;
  const translation = input.translate
    ? await translatePassage(viewer.id, imported.passageId, { classId: input.classId, formality: input.formality })
    : null;
  return { ok: true as const, passageId: imported.passageId, translation };
});

export const translatePassageAction = authedAction(
  { ...teacher, schema: translatePassageInput },
  async (input, viewer) =>
    found(await translatePassage(viewer.id, input.passageId, { classId: input.classId, formality: input.formality })),
);

export const saveDraftAction = authedAction({ ...teacher, schema: saveDraftInput }, async (input, viewer) => {
  await limitPerAccount("draftSave", viewer.id);
  const outcome = await saveDraft(viewer.id, input);
  if (!outcome.ok && outcome.code === "not_found") throw new AppError("not_found");
  return outcome;
});

export const saveTranslationsAction = authedAction(
  { ...teacher, schema: saveTranslationsInput },
  async (input, viewer) => found(await saveTranslations(viewer.id, input)),
);

export const publishPassageAction = authedAction(
  { ...teacher, schema: passageIdInput },
  async ({ passageId }, viewer) => found(await publishPassage(viewer.id, passageId)),
);

export const deleteDraftAction = authedAction({ ...teacher, schema: passageIdInput }, async ({ passageId }, viewer) =>
  found(await deleteDraft(viewer.id, passageId)),
);

export const setPassageVisibilityAction = authedAction(
  { ...teacher, schema: setVisibilityInput },
  async ({ passageId, visibility }, viewer) => found(await setPassageVisibility(viewer.id, passageId, visibility)),
);

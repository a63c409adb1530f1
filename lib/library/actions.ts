"use server";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/action-client";
import { translatePassage } from "@/lib/teacher-passages/translate";
import { deeplConfigured } from "@/lib/translation/config";
import { deleteOwnText, importOwnText, renameOwnText } from "./mutations";
import { importOwnTextInput, ownTextIdInput, renameOwnTextInput } from "./schema";

function found<T>(value: T | null): T {
  if (value === null) throw new AppError("not_found");
  return value;
}

/** Stores the text first, then (when asked and DeepL is configured) translates it: a DeepL failure never loses it. */
export const importOwnTextAction = authedAction({ schema: importOwnTextInput }, async (input, viewer) => {
  const imported = await importOwnText(viewer.id, input);
  if (!imported.ok) return imported;
  const translation =
    input.translate && deeplConfigured() ? await translatePassage(viewer.id, imported.passageId) : null;
  return { ok: true as const, passageId: imported.passageId, translationError: translation?.error ?? null };
});

export const renameOwnTextAction = authedAction({ schema: renameOwnTextInput }, async (input, viewer) =>
  found(await renameOwnText(viewer.id, input.passageId, input.title)),
);

export const deleteOwnTextAction = authedAction({ schema: ownTextIdInput }, async ({ passageId }, viewer) =>
  found(await deleteOwnText(viewer.id, passageId)),
);

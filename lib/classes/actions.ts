"use server";
import { AppError } from "@/lib/errors";
import { TranslationError } from "@/lib/errors/translation-error";
import { authedAction } from "@/lib/server/action-client";
import { MAX_GLOSSARY_ENTRIES, parseGlossary } from "@/lib/translation/glossary";
import { syncClassGlossary } from "@/lib/translation/glossary-sync";
import {
  assignPassage,
  createClass,
  joinClass,
  saveGlossaryEntries,
  setClassClosed,
  setLearnerRemoved,
  unassignPassage,
} from "./mutations";
import {
  assignInput,
  classIdInput,
  createClassInput,
  glossaryInput,
  joinClassInput,
  learnerInput,
  unassignInput,
} from "./schema";

const teacher = { role: "TEACHER" } as const;

function found<T>(value: T | null): T {
  if (value === null) throw new AppError("not_found");
  return value;
}

export const createClassAction = authedAction({ ...teacher, schema: createClassInput }, async ({ name }, viewer) =>
  createClass(viewer.id, name),
);

/** Any signed-in user may join; the outcome says why a code did not work. */
export const joinClassAction = authedAction({ schema: joinClassInput }, async ({ code }, viewer) =>
  joinClass(viewer.id, code),
);

export const removeLearnerAction = authedAction(
  { ...teacher, schema: learnerInput },
  async ({ classId, userId }, viewer) => found(await setLearnerRemoved(viewer.id, classId, userId, true)),
);

export const readmitLearnerAction = authedAction(
  { ...teacher, schema: learnerInput },
  async ({ classId, userId }, viewer) => found(await setLearnerRemoved(viewer.id, classId, userId, false)),
);

export const closeClassAction = authedAction({ ...teacher, schema: classIdInput }, async ({ classId }, viewer) =>
  found(await setClassClosed(viewer.id, classId, true)),
);

export const reopenClassAction = authedAction({ ...teacher, schema: classIdInput }, async ({ classId }, viewer) =>
  found(await setClassClosed(viewer.id, classId, false)),
);

/** Saves the glossary, then copies it to DeepL. Entries are kept when DeepL fails; the sync is retried at the next translation. */
export const saveGlossaryAction = authedAction(
  { ...teacher, schema: glossaryInput },
  async ({ classId, text }, viewer) => {
    const { entries, invalidLines } = parseGlossary(text);
    if (invalidLines.length > 0) return { ok: false as const, invalidLines };
    if (Object.keys(entries).length > MAX_GLOSSARY_ENTRIES)
      return { ok: false as const, tooMany: MAX_GLOSSARY_ENTRIES };
    const saved = found(await saveGlossaryEntries(viewer.id, classId, entries));
    try {
      await syncClassGlossary(viewer.id, classId);
      return { ok: true as const, entries: saved.entries };
    } catch (error) {
      if (!(error instanceof TranslationError)) throw error;
      return { ok: true as const, entries: saved.entries, syncError: error.code };
    }
  },
);

export const assignPassageAction = authedAction({ ...teacher, schema: assignInput }, async (input, viewer) =>
  found(await assignPassage(viewer.id, input)),
);

export const unassignPassageAction = authedAction(
  { ...teacher, schema: unassignInput },
  async ({ classId, passageId }, viewer) => found(await unassignPassage(viewer.id, classId, passageId)),
);

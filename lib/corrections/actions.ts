"use server";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/server/action-client";
import { resetCorrection, saveCorrection } from "./mutations";
import { resetCorrectionInput, saveCorrectionInput } from "./schema";

function found<T>(value: T | null): T {
  if (value === null) throw new AppError("not_found");
  return value;
}

export const saveCorrectionAction = authedAction({ schema: saveCorrectionInput }, async (input, viewer) =>
  found(await saveCorrection(viewer.id, input)),
);

export const resetCorrectionAction = authedAction({ schema: resetCorrectionInput }, async (input, viewer) =>
  found(await resetCorrection(viewer.id, input)),
);

"use server";
import { authedAction } from "@/lib/server/action-client";
import { cardForReview, nextDueAt } from "./data";
import * as mutations from "./mutations";
import { cardInput, noInput, settingsInput, undoInput } from "./schema";

export const undoGrade = authedAction({ schema: undoInput }, ({ logId }, viewer) =>
  mutations.undoGrade(viewer.id, logId),
);

/** The card as it is now (after a conflict); null when it is no longer up for review. */
export const reloadCard = authedAction({ schema: cardInput }, async ({ cardId }, viewer) => ({
  card: await cardForReview(viewer.id, cardId),
}));

export const getNextDue = authedAction({ schema: noInput }, async (_input, viewer) => {
  const due = await nextDueAt(viewer.id);
  return { nextDue: due?.toISOString() ?? null };
});

export const updateReviewSettings = authedAction({ schema: settingsInput }, (input, viewer) =>
  mutations.updateReviewSettings(viewer.id, input),
);

"use server";
import { authedAction } from "@/lib/server/action-client";
import * as mutations from "./mutations";
import { addMeaningInput, deleteItemInput, saveWordInput, setWordStatusInput, updateItemInput } from "./schema";

/** The reader's "save word": one entry per lemma and part of speech, with a new review card. */
export const saveWord = authedAction({ schema: saveWordInput }, (input, viewer) =>
  mutations.saveWord(viewer.id, input),
);

/** Mark known / ignore / learning in one call (the reader's one-key shortcuts). */
export const setWordStatus = authedAction({ schema: setWordStatusInput }, (input, viewer) =>
  mutations.setWordStatus(viewer.id, input),
);

/** Adds the meaning typed to an entry the learner already has (offered when a word is added twice). */
export const addMeaning = authedAction({ schema: addMeaningInput }, (input, viewer) =>
  mutations.addMeaning(viewer.id, input),
);

export const updateVocabularyItem = authedAction({ schema: updateItemInput }, (input, viewer) =>
  mutations.updateVocabularyItem(viewer.id, input),
);

export const deleteVocabularyItem = authedAction({ schema: deleteItemInput }, ({ id }, viewer) =>
  mutations.deleteVocabularyItem(viewer.id, id),
);

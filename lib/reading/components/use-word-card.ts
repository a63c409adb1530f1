"use client";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { type CorrectedEntry, correctEntry, type ReaderCorrection } from "@/lib/corrections/patch";
import { grammarLine } from "@/lib/german/grammar-text";
import type { CardEntry } from "@/lib/german/types";
import type { WordData } from "@/lib/reading/word-data";
import { saveWord, setWordStatus } from "@/lib/vocabulary/actions";
import { entryStatus, type LemmaStatuses, textStatus, withStatus } from "../word-status";
import { ARTICLE_LOADED } from "./article-body";
import { entryOf, germanText, wordAt } from "./reader-dom";
import type { OpenCard, WordStatus } from "./word-card";

interface Options {
  bodyRef: RefObject<HTMLElement | null>;
  /** Null while it loads: a word tapped meanwhile opens its card when it arrives. */
  words: WordData | null;
  passageId: string;
  signedIn: boolean;
  initialStatuses: LemmaStatuses<WordStatus>;
  /** The passage teacher's and the learner's own corrections of the engine's analysis. */
  initialCorrections: ReaderCorrection[];
}

/** What the card says beside its actions after one of them: sign in first, or the save failed. */
export type CardNotice = "signIn" | "failed" | null;

/** The open card as the hook keeps it: the engine's entry, corrected when shown (corrections may change). */
type OpenWord = Omit<OpenCard, "entry"> & { engine: CardEntry; sentenceKey: string; tokenIndex: number };

/** The open word card and the learner's word statuses (saved words are marked in the text by a data attribute). */
export function useWordCard({ bodyRef, words, passageId, signedIn, initialStatuses, initialCorrections }: Options) {
  const openWordRef = useRef<HTMLElement | null>(null);
  const pendingRef = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState<OpenWord | null>(null);
  const [statuses, setStatuses] = useState(initialStatuses);
  const [corrections, setCorrections] = useState(initialCorrections);
  const card: (OpenCard & { entry: CorrectedEntry }) | null = open
    ? { ...open, entry: correctEntry(open.engine, open.surface, corrections) }
    : null;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<CardNotice>(null);

  // The article may arrive after the first render (a client-side navigation fetches it): mark its words then too.
  const [articleLoads, setArticleLoads] = useState(0);
  useEffect(() => {
    const body = bodyRef.current;
    const loaded = () => setArticleLoads((n) => n + 1);
    body?.addEventListener(ARTICLE_LOADED, loaded);
    return () => body?.removeEventListener(ARTICLE_LOADED, loaded);
  }, [bodyRef]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: articleLoads is the trigger (new words in the DOM), not a value used
  useEffect(() => {
    if (!words) return;
    for (const word of bodyRef.current?.querySelectorAll<HTMLElement>(".w") ?? []) {
      const engine = entryOf(words, word);
      const entry = engine ? correctEntry(engine, word.textContent ?? "", corrections) : undefined;
      const status = entry ? textStatus(statuses, entry.lemma, entry.pos) : undefined;
      if (status) word.dataset.status = status.toLowerCase();
      else delete word.dataset.status;
    }
  }, [statuses, corrections, words, bodyRef, articleLoads]);

  const openCard = useCallback(
    (word: HTMLElement) => {
      if (!words) {
        pendingRef.current = word;
        return;
      }
      const engine = entryOf(words, word);
      const sentence = word.closest<HTMLElement>(".s");
      if (!engine || !sentence) return;
      const key = sentence.dataset.s ?? "";
      const english = bodyRef.current?.querySelector<HTMLElement>(`.para-en .s[data-s="${CSS.escape(key)}"]`);
      const before = document.createRange();
      before.setStart(sentence, 0);
      before.setEndBefore(word);
      openWordRef.current = word;
      setNotice(null);
      setOpen({
        offset: before.toString().trimStart().length,
        engine,
        sentenceKey: key,
        tokenIndex: Number(word.dataset.t),
        surface: word.textContent ?? "",
        sentence: germanText(sentence),
        translation: english?.textContent?.trim() ?? "",
        word,
      });
    },
    [words, bodyRef],
  );

  useEffect(() => {
    const pending = pendingRef.current;
    if (words && pending) {
      pendingRef.current = null;
      openCard(pending);
    }
  }, [words, openCard]);

  // While the card is open its word, and the other half of a split verb or idiom, are marked in the text.
  useEffect(() => {
    if (!open) return;
    const partner =
      open.engine.partnerIndex === undefined || !bodyRef.current
        ? null
        : wordAt(bodyRef.current, open.sentenceKey, open.engine.partnerIndex);
    open.word.dataset.card = "word";
    if (partner && partner !== open.word) partner.dataset.card = "partner";
    return () => {
      delete open.word.dataset.card;
      if (partner) delete partner.dataset.card;
    };
  }, [open, bodyRef]);

  /** Esc or the close button give focus back to the word; a click elsewhere leaves it where it landed. */
  const closeCard = useCallback((restoreFocus = true) => {
    setOpen(null);
    if (restoreFocus) openWordRef.current?.focus({ preventScroll: true });
  }, []);

  const changeStatus = useCallback(
    async (status: WordStatus | "SAVE") => {
      if (!card) return;
      if (!signedIn) {
        setNotice("signIn");
        return;
      }
      const { entry } = card;
      const input = {
        lemma: entry.lemma,
        surface: card.surface,
        pos: entry.pos,
        gender: entry.pos === "noun" ? entry.gender : undefined,
        plural: entry.plural || undefined,
        grammar: grammarLine(entry) || undefined,
        // The meaning chosen for this sentence (from its translation or context), else the likeliest ones.
        gloss: entry.glosses.slice(0, Math.min(entry.meaningGlosses ?? 3, 3)).join("; ") || entry.lemma,
        context: card.sentence,
        contextTranslation: card.translation || undefined,
        passageId,
      };
      setBusy(true);
      const result = await (status === "SAVE" ? saveWord(input) : setWordStatus({ ...input, status })).catch(
        () => null,
      );
      setBusy(false);
      if (result?.ok) {
        setStatuses((current) => withStatus(current, entry.lemma, entry.pos, result.data.status));
        setNotice(null);
      } else {
        setNotice(result?.error === "unauthenticated" ? "signIn" : "failed");
      }
    },
    [card, passageId, signedIn],
  );

  /** A correction saved or reset on the card: the card, and every word with that surface, show it at once. */
  const correctionSaved = useCallback((correction: ReaderCorrection) => {
    setCorrections((current) => [
      ...current.filter(
        (c) => !(c.surface === correction.surface && c.enginePos === correction.enginePos && c.by === correction.by),
      ),
      correction,
    ]);
  }, []);
  const correctionReset = useCallback((key: Pick<ReaderCorrection, "surface" | "enginePos" | "by">) => {
    setCorrections((current) =>
      current.filter((c) => !(c.surface === key.surface && c.enginePos === key.enginePos && c.by === key.by)),
    );
  }, []);

  return {
    card,
    engineEntry: open?.engine,
    wordAt: open ? { passageId, sentenceKey: open.sentenceKey, tokenIndex: open.tokenIndex } : null,
    status: card ? entryStatus(statuses, card.entry.lemma, card.entry.pos) : undefined,
    busy,
    notice,
    openCard,
    closeCard,
    changeStatus,
    correctionSaved,
    correctionReset,
  };
}

"use client";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import {
  currentSentence,
  firstOfParagraph,
  isOffScreen,
  LISTEN_IDLE,
  type ListenEffect,
  type ListenEvent,
  type ListenSentence,
  listen,
} from "../listening";
import { germanSentences } from "./reader-dom";
import { germanUtterance, germanVoice } from "./speech";
import { useSentenceHighlight } from "./use-sentence-highlight";

interface Options {
  bodyRef: RefObject<HTMLElement | null>;
  rate: number;
  /** Tells the learner why nothing is read (no German voice, no speech at all). */
  onUnavailable: (reason: "no-voice" | "unsupported") => void;
}

/**
 * The "Listen" player: reads a passage or a paragraph aloud sentence by sentence (lib/reading/listening.ts
 * decides what comes next), highlights the sentence being read and scrolls it into view.
 */
export function useListening({ bodyRef, rate, onUnavailable }: Options) {
  const [state, setState] = useState(LISTEN_IDLE);
  const [open, setOpen] = useState(false);
  const stateRef = useRef(LISTEN_IDLE);
  const voiceRef = useRef<SpeechSynthesisVoice | null>(null);
  const rateRef = useRef(rate);
  // Chrome drops an utterance nobody holds before its `end` fires.
  const utteranceRef = useRef<SpeechSynthesisUtterance | null>(null);
  const highlight = useSentenceHighlight(bodyRef, "is-speaking");
  const dispatchRef = useRef<(event: ListenEvent) => void>(() => {});

  const run = useCallback((effect: ListenEffect) => {
    const synth = window.speechSynthesis;
    if (effect.type === "cancel") {
      synth.cancel();
      return;
    }
    if (!voiceRef.current) return;
    const utterance = germanUtterance(effect.sentence.text, voiceRef.current, rateRef.current);
    const id = effect.utterance;
    utterance.onend = () => dispatchRef.current({ type: "ended", utterance: id });
    utterance.onerror = () => dispatchRef.current({ type: "failed", utterance: id });
    utteranceRef.current = utterance;
    synth.speak(utterance);
  }, []);

  const dispatch = useCallback(
    (event: ListenEvent) => {
      const before = currentSentence(stateRef.current)?.key;
      const step = listen(stateRef.current, event);
      stateRef.current = step.state;
      for (const effect of step.effects) run(effect);
      setState(step.state);
      const key = currentSentence(step.state)?.key ?? null;
      highlight(key);
      if (key && key !== before) scrollToSentence(bodyRef.current, key);
    },
    [run, highlight, bodyRef],
  );
  dispatchRef.current = dispatch;

  const play = useCallback(
    async (sentences: ListenSentence[], from = 0) => {
      setOpen(true);
      const voice = await germanVoice();
      if (!voice) {
        onUnavailable(voice === null ? "no-voice" : "unsupported");
        return;
      }
      voiceRef.current = voice;
      dispatch({ type: "play", sentences, from });
    },
    [dispatch, onUnavailable],
  );

  /** The whole passage, from the top or from the paragraph the learner is at. */
  const playPassage = useCallback(
    (where: "top" | "here", lastParagraph: HTMLElement | null) => {
      const body = bodyRef.current;
      if (!body) return;
      const sentences = germanSentences(body);
      const here = where === "here" ? paragraphHere(body, lastParagraph) : null;
      const key = here?.querySelector<HTMLElement>(".para-de .s[data-s]")?.dataset.s;
      void play(sentences, key ? firstOfParagraph(sentences, key.slice(0, key.indexOf("-"))) : 0);
    },
    [bodyRef, play],
  );

  const playParagraph = useCallback((section: HTMLElement) => void play(germanSentences(section)), [play]);

  useEffect(() => {
    if (rateRef.current === rate) return;
    rateRef.current = rate;
    dispatchRef.current({ type: "rate" });
  }, [rate]);

  // Leaving the page stops the reading.
  useEffect(() => () => dispatchRef.current({ type: "stop" }), []);

  return {
    state,
    open,
    toggleOpen: () => {
      if (open) dispatch({ type: "stop" });
      setOpen(!open);
    },
    playPassage,
    playParagraph,
    pause: () => dispatch({ type: "pause" }),
    resume: () => dispatch({ type: "resume" }),
    stop: () => dispatch({ type: "stop" }),
  };
}

export type Listening = ReturnType<typeof useListening>;

/** The visible band of the reader: below the sticky toolbar, above the screen's bottom. */
function visibleBand() {
  return { top: document.querySelector(".reader-toolbar")?.getBoundingClientRect().bottom ?? 0, bottom: innerHeight };
}

function scrollToSentence(body: HTMLElement | null, key: string) {
  const sentence = body?.querySelector<HTMLElement>(`.para-de .s[data-s="${CSS.escape(key)}"]`);
  if (!sentence || !isOffScreen(sentence.getBoundingClientRect(), visibleBand())) return;
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  sentence.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
}

/** The paragraph the learner last used if it is on screen, else the first one on screen. */
function paragraphHere(body: HTMLElement, last: HTMLElement | null): HTMLElement | null {
  const band = visibleBand();
  const onScreen = (el: HTMLElement) => {
    const box = el.getBoundingClientRect();
    return box.bottom > band.top && box.top < band.bottom;
  };
  if (last && body.contains(last) && onScreen(last)) return last;
  return [...body.querySelectorAll<HTMLElement>(".para--body, .para--heading")].find(onScreen) ?? null;
}

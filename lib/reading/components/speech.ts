// Reads German aloud with the browser's speech synthesis, only with a German voice: an English voice
// reading German teaches the wrong pronunciation.
export type SpeechOutcome = "speaking" | "no-voice" | "unsupported";

const isGerman = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace("_", "-").startsWith("de");

/**
 * The browser's German voice, null when it has none, undefined when it cannot speak at all. Chrome loads
 * its voices after the page: an empty list is given a moment (`voiceschanged`) before it counts as none.
 */
export async function germanVoice(): Promise<SpeechSynthesisVoice | null | undefined> {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return undefined;
  const synth = window.speechSynthesis;
  if (!synth.getVoices().length) {
    await new Promise<void>((resolve) => {
      const done = () => {
        synth.removeEventListener("voiceschanged", done);
        resolve();
      };
      synth.addEventListener("voiceschanged", done);
      setTimeout(done, 1000);
    });
  }
  return synth.getVoices().find(isGerman) ?? null;
}

/** One utterance of German text in the given voice and speed; the caller speaks it. */
export function germanUtterance(text: string, voice: SpeechSynthesisVoice, rate: number): SpeechSynthesisUtterance {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = "de-DE";
  utterance.voice = voice;
  utterance.rate = rate;
  return utterance;
}

export async function speakGerman(text: string, rate: number): Promise<SpeechOutcome> {
  const voice = await germanVoice();
  if (voice === undefined) return "unsupported";
  if (voice === null) return "no-voice";
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(germanUtterance(text, voice, rate));
  return "speaking";
}

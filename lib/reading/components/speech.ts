// Reads German aloud with the browser's speech synthesis, only with a German voice: an English voice
// reading German teaches the wrong pronunciation.
export type SpeechOutcome = "speaking" | "no-voice" | "unsupported";

export function speakGerman(text: string): SpeechOutcome {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return "unsupported";
  const voice = window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace("_", "-").startsWith("de"));
  if (!voice) return "no-voice";
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = "de-DE";
  utterance.voice = voice;
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
  return "speaking";
}

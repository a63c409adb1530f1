import { DEFAULT_KEY_WORDS } from "@/lib/classes/key-vocabulary";

type TargetKey = "READ_ALL" | "SAVE_WORDS_N" | "REVIEW_KEY_VOCAB_N";
type Translate = (key: TargetKey, values?: Record<string, number>) => string;

/** "Read all paragraphs", "Save 10 words", "Review 10 key words". */
export function targetLabel(
  t: Translate,
  a: { target: "READ_ALL" | "SAVE_WORDS" | "REVIEW_KEY_VOCAB"; targetCount: number | null },
): string {
  if (a.target === "SAVE_WORDS") return t("SAVE_WORDS_N", { count: a.targetCount ?? 1 });
  if (a.target === "REVIEW_KEY_VOCAB") return t("REVIEW_KEY_VOCAB_N", { count: a.targetCount ?? DEFAULT_KEY_WORDS });
  return t(a.target);
}

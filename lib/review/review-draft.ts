// The review's mode and the answer being typed, kept for this tab (sessionStorage): switching the
// interface language loads the review again (components/locale-switcher.tsx), and it comes back as it was.
import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/limits";
import { REVIEW_MODES } from "./prompt";

const KEY = "bruecke.review.draft";

const draftSchema = z.object({
  mode: z.enum(REVIEW_MODES),
  /** The card ("id:version") the answer was typed for: another card starts empty. */
  card: z.string().max(200),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type ReviewDraft = z.infer<typeof draftSchema>;

type Store = Pick<Storage, "getItem" | "setItem">;
// Reaching sessionStorage itself throws where storage is disabled, so it is fetched inside the try.
const tabStore = (): Store => window.sessionStorage;

export function readDraft(store: () => Store = tabStore): ReviewDraft | null {
  try {
    const parsed = draftSchema.safeParse(JSON.parse(store().getItem(KEY) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage disabled or unreadable: start as new
  }
}

export function writeDraft(draft: ReviewDraft, store: () => Store = tabStore): void {
  try {
    store().setItem(KEY, JSON.stringify(draft));
  } catch {
    // storage disabled or full: the draft lasts for this page only
  }
}

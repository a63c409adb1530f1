"use client";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { markParagraphRead } from "@/lib/reading/actions";

/** "Mark as read" on each paragraph: optimistic, rolled back with a message when the server says no. */
export function useReadProgress(initialReadCount: number, signedIn: boolean, say: (message: string) => void) {
  const t = useTranslations("Reader");
  const [readCount, setReadCount] = useState(initialReadCount);

  const toggleRead = useCallback(
    async (button: HTMLButtonElement) => {
      const section = button.closest<HTMLElement>("[data-paragraph-id]");
      const paragraphId = section?.dataset.paragraphId;
      if (!section || !paragraphId) return;
      if (!signedIn) {
        say(t("signInToSave"));
        return;
      }
      const read = button.getAttribute("aria-pressed") !== "true";
      const apply = (value: boolean) => {
        button.setAttribute("aria-pressed", String(value));
        button.textContent = (value ? button.dataset.labelOn : button.dataset.labelOff) ?? "";
        section.dataset.read = String(value);
      };
      apply(read);
      setReadCount((count) => count + (read ? 1 : -1));
      const result = await markParagraphRead({ paragraphId, read }).catch(() => null);
      if (result?.ok) {
        setReadCount(result.data.readCount);
        say("");
      } else {
        apply(!read);
        setReadCount((count) => count + (read ? -1 : 1));
        say(result && result.error === "unauthenticated" ? t("signInToSave") : t("saveFailed"));
      }
    },
    [signedIn, t, say],
  );

  return { readCount, toggleRead };
}

"use client";
import { type RefObject, useLayoutEffect } from "react";
import { placeCard, scrollToKeepWordAboveSheet } from "./card-placement";

/** The room above the phone's sheet, as padding below the text: the last words can still scroll above it. */
const SHEET_ROOM = "--card-sheet-room";

/**
 * Places the open word card from its measured size, before the browser paints: beside the word and whole on
 * screen on a wide screen (card-placement.ts), or on a phone, where the card is a sheet at the bottom, scrolls
 * the page so the word stays in view above the sheet. Again when the card's content or the window changes.
 */
export function useCardPlacement(
  cardRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
  word: HTMLElement,
) {
  useLayoutEffect(() => {
    const card = cardRef.current;
    const content = contentRef.current;
    if (!card || !content) return;
    const shell = card.closest<HTMLElement>(".reader-shell");
    const scroller = content.parentElement;
    let height = -1;
    let sheet = false;

    const place = () => {
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const rect = word.getBoundingClientRect();
      const wasSheet = sheet;
      sheet = getComputedStyle(card).position === "fixed";
      if (sheet) {
        for (const property of ["top", "left", "max-height"]) card.style.removeProperty(property);
        const sheetHeight = card.getBoundingClientRect().height;
        shell?.style.setProperty(SHEET_ROOM, `${sheetHeight}px`);
        // When the sheet opens or grows; a learner scrolling on under an open sheet is left alone.
        if (sheetHeight > height || !wasSheet) {
          const delta = scrollToKeepWordAboveSheet(
            { top: rect.top, bottom: rect.bottom, left: rect.left, height: rect.height },
            sheetHeight,
            viewport,
            stuckBarBottom(shell),
          );
          if (delta) window.scrollBy({ top: delta, behavior: "instant" });
        }
        height = sheetHeight;
      } else {
        shell?.style.removeProperty(SHEET_ROOM);
        // Measured at its natural height, then capped: its middle part scrolls, its actions stay in view.
        card.style.maxHeight = "none";
        const placed = placeCard(rect, card.getBoundingClientRect(), viewport);
        const parent = (card.offsetParent as HTMLElement | null) ?? document.body;
        const origin = parent.getBoundingClientRect();
        card.style.top = `${placed.top - origin.top - parent.clientTop}px`;
        card.style.left = `${placed.left - origin.left - parent.clientLeft}px`;
        card.style.maxHeight = placed.maxHeight === null ? "" : `${placed.maxHeight}px`;
        card.dataset.side = placed.side;
      }
      // A part that scrolls must be reachable from the keyboard.
      if (scroller) {
        if (scroller.scrollHeight > scroller.clientHeight + 1) scroller.tabIndex = 0;
        else scroller.removeAttribute("tabindex");
      }
    };

    place();
    // The body's content and the foot (a message beside the actions) change the card's natural height.
    const observer = new ResizeObserver(place);
    observer.observe(content);
    const foot = card.querySelector(".word-card-foot");
    if (foot) observer.observe(foot);
    window.addEventListener("resize", place);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", place);
      shell?.style.removeProperty(SHEET_ROOM);
    };
  }, [cardRef, contentRef, word]);
}

/**
 * Where the reader's toolbar ends when it is stuck to the top of the screen, as it is once the page has
 * scrolled past it (the word must not end up under it).
 */
function stuckBarBottom(shell: HTMLElement | null): number {
  const bar = shell?.querySelector<HTMLElement>(".reader-toolbar");
  if (!bar) return 0;
  const style = getComputedStyle(bar);
  if (style.position !== "sticky" && style.position !== "fixed") return 0;
  return (Number.parseFloat(style.top) || 0) + bar.getBoundingClientRect().height;
}

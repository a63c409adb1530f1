// Where the word card goes, as pure arithmetic on viewport rectangles (tested beside this file).
// The card must be whole on screen with its actions in view, and must not cover the word it explains.

export interface Rect {
  top: number;
  bottom: number;
  left: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Placement {
  side: "below" | "above";
  /** Viewport coordinates of the card's top-left corner. */
  top: number;
  left: number;
  /** Set when the card is taller than the room on its side: its body then scrolls, its actions stay in view. */
  maxHeight: number | null;
}

export const CARD_MARGIN = 8;

/** Below the word when the whole card fits there, else above, else on the roomier side with a capped height. */
export function placeCard(word: Rect, card: { width: number; height: number }, viewport: Viewport): Placement {
  const below = viewport.height - word.bottom - 2 * CARD_MARGIN;
  const above = word.top - 2 * CARD_MARGIN;
  const left = Math.max(CARD_MARGIN, Math.min(word.left, viewport.width - card.width - CARD_MARGIN));
  if (card.height <= below) return { side: "below", top: word.bottom + CARD_MARGIN, left, maxHeight: null };
  if (card.height <= above) return { side: "above", top: word.top - CARD_MARGIN - card.height, left, maxHeight: null };
  if (below >= above) return { side: "below", top: word.bottom + CARD_MARGIN, left, maxHeight: Math.max(0, below) };
  return { side: "above", top: CARD_MARGIN, left, maxHeight: Math.max(0, above) };
}

/**
 * On a phone the card is a sheet at the bottom: how far to scroll the page so the tapped word sits in the
 * middle of the room left above the sheet and below `top` (a bar stuck to the top of the screen), or 0 when
 * it is already comfortably visible there.
 */
export function scrollToKeepWordAboveSheet(
  word: Rect & { height: number },
  sheetHeight: number,
  viewport: Viewport,
  top = 0,
) {
  const bottom = viewport.height - sheetHeight;
  if (word.top >= top + CARD_MARGIN && word.bottom <= bottom - CARD_MARGIN) return 0;
  return Math.round(word.top - top - (bottom - top - word.height) / 2);
}

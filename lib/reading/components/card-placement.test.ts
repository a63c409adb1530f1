import { describe, expect, it } from "vitest";
import { CARD_MARGIN, placeCard, scrollToKeepWordAboveSheet } from "./card-placement";

const viewport = { width: 1280, height: 800 };
const card = { width: 416, height: 520 };
const word = (top: number, left = 300) => ({ top, bottom: top + 24, left });

describe("placeCard", () => {
  it("puts the card below a word near the top when it fits", () => {
    expect(placeCard(word(100), card, viewport)).toEqual({ side: "below", top: 132, left: 300, maxHeight: null });
  });

  it("puts the card above a word near the bottom (Baumilliardär at y≈600 no longer spills past the window)", () => {
    const placed = placeCard(word(600), card, viewport);
    expect(placed.side).toBe("above");
    expect(placed.top).toBe(600 - CARD_MARGIN - card.height);
    expect(placed.top).toBeGreaterThanOrEqual(CARD_MARGIN);
  });

  it("caps the height on the roomier side when neither side holds the whole card", () => {
    const placed = placeCard(word(420), { width: 416, height: 700 }, viewport);
    expect(placed).toEqual({ side: "above", top: CARD_MARGIN, left: 300, maxHeight: 420 - 2 * CARD_MARGIN });
    const lower = placeCard(word(300), { width: 416, height: 700 }, viewport);
    expect(lower).toEqual({ side: "below", top: 332, left: 300, maxHeight: 800 - 324 - 2 * CARD_MARGIN });
  });

  it("never lets the card pass the right edge or the left edge", () => {
    expect(placeCard(word(100, 1100), card, viewport).left).toBe(1280 - 416 - CARD_MARGIN);
    expect(placeCard(word(100, -20), card, viewport).left).toBe(CARD_MARGIN);
  });

  it("keeps the card whole on screen wherever the word is", () => {
    for (let top = 0; top <= 776; top += 8) {
      const placed = placeCard(word(top), card, viewport);
      const height = placed.maxHeight ?? card.height;
      expect(placed.top).toBeGreaterThanOrEqual(CARD_MARGIN - 0.001);
      expect(placed.top + height).toBeLessThanOrEqual(viewport.height - CARD_MARGIN + 0.001);
      // and never over the word
      const overlaps = placed.top < top + 24 && placed.top + height > top;
      expect(overlaps).toBe(false);
    }
  });
});

describe("scrollToKeepWordAboveSheet", () => {
  const phone = { width: 390, height: 844 };
  it("does not scroll when the word is already above the sheet", () => {
    expect(scrollToKeepWordAboveSheet({ top: 200, bottom: 224, left: 0, height: 24 }, 480, phone)).toBe(0);
  });

  it("scrolls a word the sheet would cover into the room above it", () => {
    const delta = scrollToKeepWordAboveSheet({ top: 700, bottom: 724, left: 0, height: 24 }, 480, phone);
    const after = 700 - delta;
    expect(after).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(after + 24).toBeLessThanOrEqual(844 - 480 - CARD_MARGIN);
  });

  it("keeps the word below a bar stuck to the top of the screen", () => {
    const word = { top: 120, bottom: 144, left: 0, height: 24 };
    const delta = scrollToKeepWordAboveSheet(word, 480, phone, 160);
    const after = 120 - delta;
    expect(after).toBeGreaterThanOrEqual(160 + CARD_MARGIN);
    expect(after + 24).toBeLessThanOrEqual(844 - 480 - CARD_MARGIN);
    expect(scrollToKeepWordAboveSheet({ ...word, top: 200, bottom: 224 }, 480, phone, 160)).toBe(0);
  });

  it("scrolls up to a word above the top of the screen", () => {
    expect(scrollToKeepWordAboveSheet({ top: -50, bottom: -26, left: 0, height: 24 }, 480, phone)).toBeLessThan(0);
  });
});

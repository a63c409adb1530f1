"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { resetCorrectionAction, saveCorrectionAction } from "@/lib/corrections/actions";
import { type CorrectedEntry, patchBetween, type ReaderCorrection } from "@/lib/corrections/patch";
import type { CorrectionPatch } from "@/lib/corrections/schema";
import { type CardEntry, PARTS_OF_SPEECH } from "@/lib/german/types";

interface Props {
  /** The card's entry as shown (the engine's, with corrections applied). */
  entry: CorrectedEntry;
  /** The engine's own entry: a correction stores every field that differs from it. */
  engine: CardEntry;
  /** Where the word is, so the server finds it in the stored passage. */
  wordAt: { passageId: string; sentenceKey: string; tokenIndex: number };
  /** The passage's author may correct it for every reader. */
  canCorrectForPassage: boolean;
  onSaved(correction: ReaderCorrection): void;
  onReset(key: { surface: string; enginePos: string; by: ReaderCorrection["by"] }): void;
}

const OWN_GLOSS = "__own__";

/** "Correct this word" on a card: lemma, gender, plural, POS, compound split, meaning, name. */
export function CorrectionForm({ entry, engine, wordAt, canCorrectForPassage, onSaved, onReset }: Props) {
  const t = useTranslations("Correction");
  const tCard = useTranslations("Card");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [lemma, setLemma] = useState(entry.lemma);
  const [pos, setPos] = useState<CardEntry["pos"]>(entry.pos);
  const [gender, setGender] = useState(entry.gender ?? "");
  const [plural, setPlural] = useState(entry.plural ?? "");
  const [split, setSplit] = useState(
    entry.parts && entry.parts.length > 1 ? entry.parts.map((p) => p.text).join(" + ") : "",
  );
  const [gloss, setGloss] = useState(entry.glosses[0] ?? OWN_GLOSS);
  const [ownGloss, setOwnGloss] = useState("");
  const [name, setName] = useState(Boolean(entry.name));
  const [forPassage, setForPassage] = useState(false);

  const wanted = (): CardEntry => {
    const texts = split
      .split(/[+·|]/)
      .map((part) => part.trim())
      .filter(Boolean);
    const parts =
      texts.length > 1
        ? texts.map((text) => ({ text, lemma: text, gloss: entry.parts?.find((p) => p.text === text)?.gloss ?? "" }))
        : undefined;
    const meaning = gloss === OWN_GLOSS ? ownGloss.trim() : gloss;
    const { gender: _g, plural: _p, parts: _s, name: _n, ...rest } = entry;
    return {
      ...rest,
      lemma: lemma.trim() || entry.lemma,
      pos,
      ...(pos === "noun" && gender ? { gender: gender as "m" | "f" | "n" } : {}),
      ...(pos === "noun" && plural.trim() ? { plural: plural.trim() } : {}),
      ...(parts ? { parts } : {}),
      ...(name ? { name: true as const } : {}),
      glosses: meaning ? [meaning, ...entry.glosses.filter((g) => g !== meaning)] : entry.glosses,
    };
  };

  const submit = async () => {
    if (Object.keys(patchBetween(entry, wanted())).length === 0) {
      setError(t("nothingChanged"));
      return;
    }
    // Against the engine's entry, so what was corrected before stays corrected. zod (30 kB gzip) loads
    // here, at the first correction sent, not with the reader: most readers never correct a word.
    const { correctionPatch } = await import("@/lib/corrections/schema");
    const parsed = correctionPatch.safeParse(patchBetween(engine, wanted()));
    if (!parsed.success) {
      setError(t("nothingChanged"));
      return;
    }
    await send(parsed.data);
  };

  const send = async (patch: CorrectionPatch) => {
    setBusy(true);
    setError("");
    const result = await saveCorrectionAction({ ...wordAt, patch, forPassage }).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      onSaved(result.data);
      setOpen(false);
    } else setError(t("failed"));
  };

  const reset = async (by: ReaderCorrection["by"]) => {
    setBusy(true);
    setError("");
    const result = await resetCorrectionAction({ ...wordAt, forPassage: by === "teacher" }).catch(() => null);
    setBusy(false);
    if (result?.ok) onReset({ ...result.data, by });
    else setError(t("failed"));
  };

  return (
    // Typing in the form must not trigger the card's one-key shortcuts (S, K, I); Esc still closes the card.
    // biome-ignore lint/a11y/noStaticElementInteractions: only stops key events from reaching the card
    <div
      className="correction"
      onKeyDown={(event) => {
        if (event.key !== "Escape") event.stopPropagation();
      }}
    >
      {entry.correctedBy ? (
        <p className="correction-mark" data-testid="correction-mark">
          <strong>{entry.correctedBy === "you" ? t("yours") : t("teachers")}</strong>{" "}
          {entry.correctedBy === "you" || canCorrectForPassage ? (
            <button
              type="button"
              className="btn-link"
              disabled={busy}
              onClick={() => void reset(entry.correctedBy === "you" ? "you" : "teacher")}
            >
              {t("reset")}
            </button>
          ) : null}
        </p>
      ) : null}
      <button
        type="button"
        className="btn-link"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen(!open)}
      >
        {t("open")}
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          className="correction-form"
          aria-label={t("formLabel", { word: entry.lemma })}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label>
            {tCard("lemma")}
            <input lang="de" value={lemma} maxLength={100} onChange={(e) => setLemma(e.target.value)} />
          </label>
          <label>
            {t("pos")}
            <select value={pos} onChange={(e) => setPos(e.target.value as CardEntry["pos"])}>
              {PARTS_OF_SPEECH.map((value) => (
                <option key={value} value={value}>
                  {tCard("pos", { pos: value })}
                </option>
              ))}
            </select>
          </label>
          {pos === "noun" ? (
            <>
              <label>
                {t("gender")}
                <select value={gender} onChange={(e) => setGender(e.target.value as typeof gender)}>
                  <option value="">{t("noGender")}</option>
                  <option value="m">der ({tCard("gender", { gender: "m" })})</option>
                  <option value="f">die ({tCard("gender", { gender: "f" })})</option>
                  <option value="n">das ({tCard("gender", { gender: "n" })})</option>
                </select>
              </label>
              <label>
                {t("plural")}
                <input lang="de" value={plural} maxLength={100} onChange={(e) => setPlural(e.target.value)} />
              </label>
            </>
          ) : null}
          <label>
            {t("split")}
            <input
              lang="de"
              value={split}
              maxLength={300}
              placeholder={t("splitPlaceholder")}
              onChange={(e) => setSplit(e.target.value)}
            />
          </label>
          <fieldset>
            <legend>{t("meaning")}</legend>
            {entry.glosses.map((g) => (
              <label key={g} className="correction-choice">
                <input type="radio" name={`${id}-gloss`} checked={gloss === g} onChange={() => setGloss(g)} />{" "}
                <span lang="en">{g}</span>
              </label>
            ))}
            <label className="correction-choice">
              <input
                type="radio"
                name={`${id}-gloss`}
                checked={gloss === OWN_GLOSS}
                onChange={() => setGloss(OWN_GLOSS)}
              />{" "}
              {t("ownMeaning")}
            </label>
            {gloss === OWN_GLOSS ? (
              <input
                lang="en"
                aria-label={t("ownMeaning")}
                value={ownGloss}
                maxLength={300}
                onChange={(e) => setOwnGloss(e.target.value)}
              />
            ) : null}
          </fieldset>
          <label className="correction-choice">
            <input type="checkbox" checked={name} onChange={(e) => setName(e.target.checked)} /> {t("isName")}
          </label>
          {canCorrectForPassage ? (
            <label className="correction-choice">
              <input type="checkbox" checked={forPassage} onChange={(e) => setForPassage(e.target.checked)} />{" "}
              {t("forPassage")}
            </label>
          ) : null}
          <div className="word-card-actions">
            <button type="submit" disabled={busy}>
              {t("save")}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}
      <p role="alert" className="small">
        {error}
      </p>
    </div>
  );
}

"use client";
import { useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import type { AnswerCheck } from "../answer-check";
import type { CharRun } from "../char-compare";
import type { ReviewCardView } from "../data";
import { type Hint, makeCloze, type Prompt } from "../prompt";
import styles from "./review.module.css";

interface Props {
  card: ReviewCardView;
  prompt: Prompt;
  revealed: boolean;
  check: AnswerCheck | null;
  answer: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onAnswer(value: string): void;
  onSubmit(): void;
}

/** The face of one card: the question for its mode and, once revealed or checked, the answer. */
export function ReviewCard({ card, prompt, revealed, check, answer, inputRef, onAnswer, onSubmit }: Props) {
  const t = useTranslations("Review");
  const hydrated = useHydrated();
  const { item } = card;
  const example = item.context ? (
    <Highlighted sentence={item.context} surface={item.surface} lemma={item.lemma} />
  ) : null;

  if (prompt.mode === "recognition") {
    return (
      <div className={styles.card} data-testid="review-card" data-card={`${card.cardId}:${card.version}`}>
        <p className={styles.label}>{t("prompt.recognition")}</p>
        <p className={styles.word} lang="de">
          {prompt.german}
        </p>
        {example ? (
          <p className={styles.sentence} lang="de">
            {example}
          </p>
        ) : null}
        {revealed ? (
          <div data-testid="review-answer">
            <p className={styles.label}>{t("prompt.meaning")}</p>
            <p className={styles.gloss} lang="en">
              {item.gloss}
            </p>
            {item.contextTranslation ? (
              <p className={styles.translation} lang="en">
                {item.contextTranslation}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    );
  }

  const question =
    prompt.mode === "cloze" ? (
      <p className={styles.sentence} lang="de">
        {prompt.cloze.before}
        {check ? (
          <strong>{prompt.cloze.answer}</strong>
        ) : (
          <span className={styles.gap} role="img" aria-label={t("prompt.gap")} />
        )}
        {prompt.cloze.after}
      </p>
    ) : null;

  return (
    <div className={styles.card} data-testid="review-card" data-card={`${card.cardId}:${card.version}`}>
      <p className={styles.label}>
        {prompt.mode === "cloze"
          ? t("prompt.cloze")
          : prompt.target.article
            ? t("prompt.recallNoun")
            : t("prompt.recall")}
      </p>
      {prompt.mode === "recall" && prompt.noContext ? <p className={styles.label}>{t("prompt.noContext")}</p> : null}
      {question}
      <HintLine hint={prompt.hint} id={`gloss-${card.cardId}`} />
      <form
        className={styles.answerRow}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <label htmlFor="review-answer" className="sr-only">
          {t("answerLabel")}
        </label>
        <input
          ref={inputRef}
          id="review-answer"
          lang="de"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={answer}
          disabled={!hydrated}
          readOnly={Boolean(check)}
          aria-describedby={`gloss-${card.cardId}`}
          placeholder={t("answerLabel")}
          onChange={(event) => onAnswer(event.target.value)}
        />
        {check ? null : (
          <button type="submit" disabled={!hydrated}>
            {t("check")}
          </button>
        )}
      </form>
      {check ? <CheckResult check={check} /> : null}
      {check && prompt.mode === "recall" && example ? (
        <p className={styles.sentence} lang="de">
          {example}
        </p>
      ) : null}
      {check && item.contextTranslation ? (
        <p className={styles.translation} lang="en">
          {item.contextTranslation}
        </p>
      ) : null}
      {/* Once answered: the word's grammar as the card gave it (gehen – ging – ist gegangen). */}
      {check && item.grammar ? (
        <p className={styles.translation} lang="de" data-testid="review-grammar">
          {item.grammar}
        </p>
      ) : null}
    </div>
  );
}

function HintLine({ hint, id }: { hint: Hint; id: string }) {
  const t = useTranslations("Review.hint");
  return (
    <p className={styles.gloss} id={id} data-testid="review-hint">
      {hint.article ? (
        <span lang="de" className={styles.hintArticle}>
          {hint.article}{" "}
        </span>
      ) : null}
      {hint.meaning ? (
        <span lang="en">{hint.meaning}</span>
      ) : hint.firstLetter ? (
        <span>{t("firstLetter", { letter: hint.firstLetter.letter, length: hint.firstLetter.length })}</span>
      ) : null}
    </p>
  );
}

const VERDICT_STYLE = {
  right: styles.correct,
  right_with_note: styles.correct,
  almost: styles.almost,
  wrong: styles.wrong,
} as const;

function CheckResult({ check }: { check: AnswerCheck }) {
  const t = useTranslations("Review.result");
  const { comparison } = check;
  return (
    <div className={`${styles.result} ${VERDICT_STYLE[check.verdict]}`} data-testid="review-result">
      <p data-verdict={check.verdict}>
        <strong>{t(`verdict.${check.verdict}`)}</strong>
      </p>
      {check.problem ? <p>{t(`problems.${check.problem}`)}</p> : null}
      {check.slips.map((slip) => (
        <p key={slip}>{t(`slips.${slip}`)}</p>
      ))}
      {check.notes.map((note) => (
        <p key={note}>{t(`notes.${note}`)}</p>
      ))}
      {/* Anki's type-in comparison: what was typed, marked, and below it the answer with what was missed.
          Screen readers get the two lines as plain text; the marked copy is for the eyes. */}
      <div className={styles.compare} data-testid="review-compare">
        {check.given && !comparison.same ? (
          <p className="sr-only" lang="de">
            {t("typed")} {check.given}
          </p>
        ) : null}
        <p className="sr-only" lang="de">
          {t("expected")} {check.expected}
        </p>
        <div aria-hidden="true" lang="de">
          {check.given && !comparison.same ? <Runs runs={comparison.typed} label={t("typed")} /> : null}
          <Runs runs={comparison.expected} label={t("expected")} />
        </div>
      </div>
    </div>
  );
}

function Runs({ runs, label }: { runs: CharRun[]; label: string }) {
  // Runs are keyed by where they start in their line: stable for a given comparison.
  const starts = runs.map((_, i) => runs.slice(0, i).reduce((sum, run) => sum + run.text.length, 0));
  return (
    <p>
      <span className={styles.compareLabel}>{label} </span>
      <code className={styles.diff}>
        {runs.map((run, i) =>
          run.kind === "good" ? (
            <span key={starts[i]} className={styles.good}>
              {run.text}
            </span>
          ) : (
            <mark key={starts[i]} className={run.kind === "bad" ? styles.bad : styles.missing}>
              {run.text}
            </mark>
          ),
        )}
      </code>
    </p>
  );
}

function Highlighted({ sentence, surface, lemma }: { sentence: string; surface: string; lemma: string }): ReactNode {
  const cloze = makeCloze(sentence, surface, lemma);
  if (!cloze) return sentence;
  return (
    <>
      {cloze.before}
      <strong>{cloze.answer}</strong>
      {cloze.after}
    </>
  );
}

"use client";
import { useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import { type AnswerCheck, markDifferences } from "../answer-check";
import type { ReviewCardView } from "../data";
import { makeCloze, type Prompt } from "../prompt";
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
      <p className={styles.gloss} lang="en" id={`gloss-${card.cardId}`}>
        {prompt.gloss}
      </p>
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
          readOnly={Boolean(check)}
          aria-describedby={`gloss-${card.cardId}`}
          placeholder={t("answerLabel")}
          onChange={(event) => onAnswer(event.target.value)}
        />
        {check ? null : <button type="submit">{t("check")}</button>}
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
    </div>
  );
}

function CheckResult({ check }: { check: AnswerCheck }) {
  const t = useTranslations("Review.result");
  const verdict = !check.correct ? t("wrong") : check.differences.length ? t("accepted") : t("correct");
  return (
    <div className={`${styles.result} ${check.correct ? styles.correct : styles.wrong}`} data-testid="review-result">
      <p>
        <strong>{verdict}</strong>
      </p>
      {check.problem ? <p>{t(`problems.${check.problem}`)}</p> : null}
      {check.differences.map((difference) => (
        <p key={difference}>{t(`differences.${difference}`)}</p>
      ))}
      {check.given !== check.expected ? (
        <>
          <p>
            {t("expected")}{" "}
            <span className={styles.diff} lang="de">
              {markDifferences(check.given, check.expected).map((segment, index) =>
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are derived text in a fixed order
                segment.same ? <span key={index}>{segment.text}</span> : <mark key={index}>{segment.text}</mark>,
              )}
            </span>
          </p>
          {check.given ? <p lang="de">{t("given", { answer: check.given })}</p> : null}
        </>
      ) : null}
    </div>
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

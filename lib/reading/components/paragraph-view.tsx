import { getTranslations } from "next-intl/server";
import type { ReaderPassage } from "@/lib/reading/data";
import { SentenceWords } from "./sentence-words";

type Paragraph = ReaderPassage["paragraphs"][number];

export async function ParagraphView({
  paragraph,
  read,
  firstWordFocusable = false,
}: {
  paragraph: Paragraph;
  read: boolean;
  firstWordFocusable?: boolean;
}) {
  const t = await getTranslations("Reader");
  const pos = paragraph.position;

  if (paragraph.kind === "SOURCE") {
    return (
      <p className="para-source" lang={paragraph.lang}>
        {paragraph.sentences.map((s) => s.text).join(" ")}
      </p>
    );
  }

  if (paragraph.kind === "EMBED") {
    // Already in the reader's target language: shown as is, never translated again.
    return (
      <section className="para para--embed" id={`para-${pos}`} data-paragraph-id={paragraph.id} data-read={read}>
        <figure className="embed" lang={paragraph.lang}>
          <figcaption className="muted small">{t("embed")}</figcaption>
          <blockquote>
            {paragraph.sentences.map((s, i) => (
              <span key={s.id}>
                {i > 0 ? " " : null}
                {s.text}
              </span>
            ))}
          </blockquote>
        </figure>
        <ParagraphActions t={t} read={read} withTranslation={false} />
      </section>
    );
  }

  const german = paragraph.sentences.map((sentence, i) => {
    const key = `${pos}-${i}`;
    return (
      <span key={sentence.id} className="s" data-s={key}>
        {i > 0 ? " " : null}
        <SentenceWords
          text={sentence.text}
          tokens={sentence.tokens}
          sentenceKey={key}
          focusFirst={firstWordFocusable && i === 0}
        />
        {paragraph.kind === "BODY" ? (
          <button type="button" className="say" data-say={key} aria-label={t("readAloud")} title={t("readAloud")}>
            <SpeakerIcon />
          </button>
        ) : null}
      </span>
    );
  });
  const english = paragraph.sentences.map((sentence, i) => (
    <span
      key={sentence.id}
      className="s"
      data-s={`${pos}-${i}`}
      data-segments={sentence.translation?.segments.length ?? 0}
    >
      {i > 0 ? " " : null}
      {sentence.translation ? sentence.translation.segments.join(" ") : <em className="muted">{t("untranslated")}</em>}
    </span>
  ));

  if (paragraph.kind === "HEADING") {
    return (
      <section className="para para--heading" id={`para-${pos}`} data-paragraph-id={paragraph.id}>
        <div className="para-grid">
          <h2 className="para-de" lang="de">
            {german}
          </h2>
          <p className="para-en heading-en" lang="en">
            {english}
          </p>
        </div>
      </section>
    );
  }

  return (
    <section className="para para--body" id={`para-${pos}`} data-paragraph-id={paragraph.id} data-read={read}>
      <div className="para-grid">
        <p className="para-de" lang="de">
          {german}
        </p>
        <p className="para-en" lang="en">
          <span className="sr-only">{t("translationLabel")}: </span>
          {english}
        </p>
      </div>
      <ParagraphActions t={t} read={read} withTranslation />
    </section>
  );
}

function ParagraphActions({
  t,
  read,
  withTranslation,
}: {
  t: Awaited<ReturnType<typeof getTranslations<"Reader">>>;
  read: boolean;
  withTranslation: boolean;
}) {
  return (
    <div className="para-actions">
      {withTranslation ? (
        <button
          type="button"
          className="btn-link reveal"
          data-action="reveal"
          aria-expanded="false"
          data-label-on={t("concealParagraph")}
          data-label-off={t("revealParagraph")}
        >
          {t("revealParagraph")}
        </button>
      ) : null}
      <button
        type="button"
        className="btn-small mark-read"
        data-action="mark-read"
        aria-pressed={read}
        data-label-on={t("markedRead")}
        data-label-off={t("markRead")}
      >
        {read ? t("markedRead") : t("markRead")}
      </button>
    </div>
  );
}

/** Drawn, not an emoji: many systems (and Debian's chromium) have no emoji font. */
function SpeakerIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16">
      <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor" />
      <path
        d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9"
        stroke="currentColor"
        strokeWidth="1.4"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}

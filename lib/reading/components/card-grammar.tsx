"use client";
import { useTranslations } from "next-intl";
import { adjectivalText, principalPartsText, weakNounText } from "@/lib/german/grammar-text";
import type { CardEntry, FormNote, GrammaticalCase } from "@/lib/german/types";

type Translate = ReturnType<typeof useTranslations<"Card">>;

/** "genitive/dative/accusative singular or plural": the cases a noun form can be. */
function casesText(t: Translate, form: FormNote): string {
  const group = (cases: GrammaticalCase[] | undefined, number: "singular" | "plural") => {
    if (!cases?.length) return undefined;
    const names = number === "plural" && cases.length === 4 ? "" : `${cases.map((c) => t("case", { c })).join("/")} `;
    return names + t(number === "plural" ? "pluralNumber" : "singularNumber");
  };
  return [group(form.singular, "singular"), group(form.plural, "plural")].filter(Boolean).join(` ${t("or")} `);
}

/** The card's grammar: reflexive use, principal parts, weak noun, adjectival noun, and the form explained. */
export function CardGrammar({ entry, surface }: { entry: CardEntry; surface: string }) {
  const t = useTranslations("Card");
  const form = entry.form;
  const what = form?.kinds?.length
    ? form.kinds.map((kind) => t("formKind", { kind })).join(` ${t("or")} `)
    : form
      ? casesText(t, form)
      : "";
  const lines = [
    entry.reflexive && !entry.principalParts ? (
      <li key="reflexive" data-grammar="reflexive">
        {t("reflexive")}: <span lang="de">sich {entry.lemma}</span>
      </li>
    ) : null,
    entry.principalParts ? (
      <li key="parts" data-grammar="principal-parts">
        {entry.reflexive ? `${t("reflexive")} · ` : ""}
        {t("principalParts")}:{" "}
        <span lang="de">{principalPartsText(entry.lemma, entry.principalParts, entry.reflexive)}</span>
      </li>
    ) : null,
    entry.weak ? (
      <li key="weak" data-grammar="weak-noun">
        {t("weakNoun")}: <span lang="de">{weakNounText(entry.lemma, entry.weak.genitive)}</span>
      </li>
    ) : null,
    entry.adjectival ? (
      <li key="adjectival" data-grammar="adjectival">
        {t("adjectival")}: <span lang="de">{adjectivalText(entry.lemma, entry.gender)}</span>
      </li>
    ) : null,
    what ? (
      <li key="form" data-grammar="form">
        <span lang="de">{surface}</span>: {form?.kinds?.length ? t("formOf", { what, lemma: entry.lemma }) : what}
      </li>
    ) : null,
  ].filter(Boolean);
  if (!lines.length) return null;
  return (
    <div className="card-grammar" data-testid="card-grammar">
      <h3>{t("grammar")}</h3>
      <ul>{lines}</ul>
    </div>
  );
}

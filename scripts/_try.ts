import { analyseSentence } from "../lib/german/analyse";
import { tokenize } from "../lib/german/tokenize";

for (const s of process.argv.slice(2)) {
  const w = analyseSentence(tokenize(s), s);
  console.log(
    w
      .filter(Boolean)
      .map(
        (x) =>
          `${x!.text}/${x!.lemma}/${x!.pos}${x!.gender ? "/" + x!.gender : ""}${x!.parts ? "[" + x!.parts.map((p) => p.lemma + (p.link ?? "")).join("+") + "]" : ""}${x!.particle ? "<" + x!.particle : ""}`,
      )
      .join("  "),
  );
}

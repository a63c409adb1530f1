// Training shared by build-tagger (the shipped weights) and tune-tagger (the development fifth).
import type { Lexicon } from "../../lib/german/lexicon";
import type { UdSentence } from "../../lib/german/tagger/conllu";
import { tagInput } from "../../lib/german/tagger/input";
import { type TaggerModel, train } from "../../lib/german/tagger/perceptron";

export const EPOCHS = 8;

export function trainOn(lex: Lexicon, sentences: readonly UdSentence[], epochs = EPOCHS): TaggerModel {
  return train(
    sentences.map((s) => ({
      ...tagInput(
        lex,
        s.tokens.map((t) => t.form),
      ),
      tags: s.tokens.map((t) => t.upos),
    })),
    epochs,
  );
}

// The password rule: 8 to 128 characters, and hard to guess by zxcvbn-ts's estimate (score 3 of 4: about
// 10⁸ guesses or more) with its common, English and German dictionaries and the person's own name and
// e-mail address counted as known words. "aaaaaaaa", "passwort1" or "anna2024" fail; three or four
// unrelated words pass. The server decides (lib/server/auth.ts, sign-up and password change); the forms
// show the same estimate while typing. The dictionaries are several MB: they load on the first check,
// never at start or with the page.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** zxcvbn's score from 0 (too guessable) to 4 (very unguessable); at least this is required. */
export const MIN_SCORE = 3;

const JUDGED_LENGTH = 64;

export type PasswordProblem = "too_short" | "too_long" | "too_guessable";

export interface PasswordCheck {
  /** 0–4, or null when the length alone decides. */
  score: number | null;
  problem: PasswordProblem | null;
}

type Estimate = (password: string, userInputs: string[]) => number;

let estimator: Promise<Estimate> | undefined;

async function loadEstimator(): Promise<Estimate> {
  const [core, common, en, de] = await Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
    import("@zxcvbn-ts/language-de"),
  ]);
  // The English and German lists share names (commonWords, firstnames…): keep both under their own.
  const suffixed = (dictionary: Record<string, string[]>, suffix: string) =>
    Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${name}-${suffix}`, words]));
  core.zxcvbnOptions.setOptions({
    dictionary: { ...common.dictionary, ...suffixed(en.dictionary, "en"), ...suffixed(de.dictionary, "de") },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return (password, userInputs) => core.zxcvbn(password, userInputs).score;
}

/** Words of the person's own that make a password easy to guess for someone who knows them. */
export function personalWords(...values: (string | null | undefined)[]): string[] {
  return (
    values
      // A name is at most a few hundred characters; a longer one is refused elsewhere and must not cost here.
      .flatMap((value) =>
        (value ?? "")
          .slice(0, 256)
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u),
      )
      .filter((word) => word.length >= 3)
      .slice(0, 32)
  );
}

export async function checkPassword(password: string, userInputs: string[] = []): Promise<PasswordCheck> {
  if (password.length < PASSWORD_MIN) return { score: null, problem: "too_short" };
  if (password.length > PASSWORD_MAX) return { score: null, problem: "too_long" };
  estimator ??= loadEstimator();
  // zxcvbn's time grows quickly with length (128 characters ≈ 0.5 s of CPU): judge the first 64. A prefix
  // can only look weaker than the whole, so this never lets a weak password through.
  const score = (await estimator)(password.slice(0, JUDGED_LENGTH), userInputs);
  return { score, problem: score < MIN_SCORE ? "too_guessable" : null };
}

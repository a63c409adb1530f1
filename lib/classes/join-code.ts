// Join codes: short enough to read out in class, long enough not to be guessed. Pure: the random
// source comes in as an argument.

/** No 0/O, 1/I/L: nothing a learner can misread from a projector or a handwritten note. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/** `randomInt(n)` returns an integer in [0, n); use crypto.randomInt in production. */
export function generateJoinCode(randomInt: (max: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a learner typed ("abcd-efgh", " ABCD EFGH ") → the stored form, or null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}

/** "ABCDEFGH" → "ABCD-EFGH" for display. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

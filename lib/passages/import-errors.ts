// Typed failures of a text import; the action boundary maps `code` to a translated message.

export type ImportErrorCode = "empty" | "too_long" | "not_german";

export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string = code) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}

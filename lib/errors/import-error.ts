// Typed failures of a text import; the action boundary maps `code` to a translated message.
import { AppError } from "./index";

export type ImportErrorCode = "empty" | "too_long" | "too_many_paragraphs" | "too_many_sentences" | "not_german";

export class ImportError extends AppError<ImportErrorCode> {}

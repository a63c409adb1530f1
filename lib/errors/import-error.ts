// Typed failures of a text import; the action boundary maps `code` to a translated message.
import { AppError } from "./index";

export type ImportErrorCode = "empty" | "too_long" | "not_german";

export class ImportError extends AppError<ImportErrorCode> {}

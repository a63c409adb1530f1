import "server-only";
import { type AppConfig, createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import { toAnkiNotes } from "./anki/note";
import { buildApkg } from "./anki/package";
import { toAnkiTsv } from "./anki/tsv";
import { exportRows } from "./data";
import { toCsv } from "./export-format";
import type { ExportFormat, VocabularyFilters } from "./schema";

interface ExportRequest {
  format: ExportFormat;
  filters: Omit<VocabularyFilters, "page">;
  includeAll: boolean;
  locale: "en" | "de";
}

export interface ExportFile {
  body: Uint8Array | string;
  type: string;
  name: string;
}

/** One of the learner's export files: only their own words, with labels in their language. */
export async function exportFile(userId: string, request: ExportRequest, now = new Date()): Promise<ExportFile> {
  const [rows, t] = await Promise.all([
    exportRows(userId, request.filters, { includeAll: request.includeAll }),
    // Not getTranslations: a route handler has no request locale, and the file's language is the caller's choice.
    loadMessages(request.locale).then((messages) =>
      createTranslator({
        locale: request.locale,
        messages: messages as AppConfig["Messages"],
        namespace: "Vocabulary",
      }),
    ),
  ]);
  if (request.format === "csv") {
    return { body: toCsv(rows), type: "text/csv; charset=utf-8", name: "bruecke-vocabulary.csv" };
  }
  const notes = toAnkiNotes(rows, (pos) => t("pos", { pos }));
  if (request.format === "anki") {
    return { body: toAnkiTsv(notes), type: "text/plain; charset=utf-8", name: "bruecke-vocabulary-anki.txt" };
  }
  const body = await buildApkg({
    notes,
    modified: rows.map((row) => Math.floor(row.updatedAt.getTime() / 1000)),
    labels: { cardName: t("anki.cardName"), plural: t("anki.plural") },
    now,
  });
  return { body, type: "application/octet-stream", name: "bruecke-vocabulary.apkg" };
}

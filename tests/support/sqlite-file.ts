// Opens SQLite file bytes (an Anki collection) for tests, read-only in spirit: rows as plain objects.
import initSqlJs from "sql.js";

export interface SqliteFile {
  all<T = Record<string, unknown>>(sql: string): T[];
  get<T = Record<string, unknown>>(sql: string): T | undefined;
  close(): void;
}

export async function openSqliteFile(bytes: Uint8Array): Promise<SqliteFile> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  const all = <T>(sql: string): T[] => {
    const statement = db.prepare(sql);
    const rows: T[] = [];
    try {
      while (statement.step()) rows.push(statement.getAsObject() as T);
    } finally {
      statement.free();
    }
    return rows;
  };
  return { all, get: <T>(sql: string) => all<T>(sql)[0], close: () => db.close() };
}

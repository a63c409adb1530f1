import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate`, which never connects: migrations run through the
// WebAssembly schema engine (scripts/migrate.ts). A placeholder URL keeps generate working when
// DATABASE_URL is unset (the embedded default).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL?.startsWith("postgres")
      ? process.env.DATABASE_URL
      : "postgresql://localhost:5432/unused",
  },
});

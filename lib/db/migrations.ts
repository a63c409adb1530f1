// Applies and creates Prisma migrations with Prisma's WebAssembly schema engine, through the same
// driver adapter the app uses. The native engine cannot be downloaded on our machines; this keeps
// Prisma's own migrations folder and `_prisma_migrations` table, so `prisma migrate deploy` on a
// machine with internet sees the same history.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { defaultMigrationsDir, migrationNames } from "./migration-status";

const require = createRequire(import.meta.url);
const FILTERS = { externalTables: [], externalEnums: [] };

export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

export function defaultMigrationPaths(root = process.cwd()): MigrationPaths {
  return { schemaPath: path.join(root, "prisma/schema.prisma"), migrationsDir: defaultMigrationsDir(root) };
}

// The engine reports Rust panics through this global; without it a panic surfaces as a TypeError.
let lastPanic: string | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
  },
};

// The glue module caches views of the wasm memory: instantiate once per process, never twice.
let engineModule: ReturnType<typeof instantiateEngine> | undefined;
function loadEngineModule() {
  engineModule ??= instantiateEngine();
  return engineModule;
}

async function instantiateEngine() {
  // The package's entry imports the .wasm as an ES module, which Node does not support: instantiate it by hand.
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import(
    /* webpackIgnore: true */ bgPath
  )) as typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export function readMigrations(migrationsDir: string): MigrationList {
  const dirs = migrationNames(migrationsDir);
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

async function withEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  paths: MigrationPaths,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bindings = await loadEngineModule();
  const schema = fs.readFileSync(paths.schemaPath, "utf8");
  const log = (message: string) => {
    if (process.env.DEBUG_MIGRATIONS) console.error(message);
  };
  lastPanic = undefined;
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[paths.schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await run(engine);
  } catch (error) {
    const panic = lastPanic;
    lastPanic = undefined;
    if (panic) throw new Error(`schema engine panicked: ${panic}`, { cause: error });
    throw error;
  } finally {
    engine.free();
  }
}

/** Applies every migration not yet applied; returns the names it applied (empty when up to date). */
export async function applyMigrations(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  paths = defaultMigrationPaths(),
): Promise<string[]> {
  return withEngine(adapter, paths, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: readMigrations(paths.migrationsDir),
      filters: FILTERS,
    });
    return result.appliedMigrationNames;
  });
}

/** `migrate dev` without the native engine: brings the database up to date, then writes a migration for the schema's changes. */
export async function createMigration(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  name: string,
  paths = defaultMigrationPaths(),
): Promise<string | null> {
  await applyMigrations(adapter, paths);
  return withEngine(adapter, paths, async (engine) => {
    const migrationsList = readMigrations(paths.migrationsDir);
    const schema = fs.readFileSync(paths.schemaPath, "utf8");
    // devDiagnostic first: it is what sets up the shadow database that createMigration diffs against.
    const diagnostic = await engine.devDiagnostic({ migrationsList, filters: FILTERS });
    if (diagnostic.action.tag === "reset") throw new Error(`the database needs a reset: ${diagnostic.action.reason}`);
    const created = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: [{ path: paths.schemaPath, content: schema }] },
      filters: FILTERS,
    });
    if (!created.migrationScript) return null;
    const dir = path.join(paths.migrationsDir, created.generatedMigrationName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `migration.${created.extension}`), created.migrationScript);
    const lockPath = path.join(paths.migrationsDir, "migration_lock.toml");
    if (!fs.existsSync(lockPath)) {
      fs.writeFileSync(
        lockPath,
        '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
      );
    }
    return created.generatedMigrationName;
  });
}

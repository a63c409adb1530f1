// The reliability and security suite (scripts/test.sh runs it after the browser tests): load, database
// restart, kill mid-import, hostile input and the access matrix, each against the production build
// started by the test itself. Files run one at a time: each loads the machine's two cores on its own.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../../", import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": fileURLToPath(new URL("../support/empty.ts", import.meta.url)) } },
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    globalSetup: ["tests/reliability/global-setup.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});

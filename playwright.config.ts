import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// The fake DeepL server (tests/fake-deepl/server.ts) sits 1000 ports above the app, so parallel runs
// with their own E2E_PORT do not clash; specs find it the same way (tests/e2e/teacher.spec.ts).
const DEEPL_PORT = PORT + 1000;

// Debian's chromium, never a downloaded browser. The flags keep it quiet on a closed network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // One output folder per port, so parallel runs (different ports) do not delete each other's traces.
  outputDir: `test-results/${PORT}`,
  // Traces cost a fifth of the suite's time (a DOM snapshot after every action, 2,500 words on the reader):
  // E2E_TRACE=1 keeps one for each failed test when a failure needs looking into.
  use: { baseURL, trace: process.env.E2E_TRACE ? "retain-on-failure" : "off", launchOptions: chromium },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testIgnore: /mobile\.spec/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, testMatch: /mobile\.spec/ },
  ],
  webServer: [
    {
      command: "bash scripts/e2e-server.sh",
      url: `${baseURL}/en`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { PORT: String(PORT), DEEPL_AUTH_KEY: "fake-deepl-key", DEEPL_SERVER_URL: `http://127.0.0.1:${DEEPL_PORT}` },
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `npx tsx tests/fake-deepl/server.ts --port ${DEEPL_PORT} --auth-key fake-deepl-key`,
      url: `http://127.0.0.1:${DEEPL_PORT}/__health`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
  ],
});

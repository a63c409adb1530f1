import createNextIntlPlugin from "next-intl/plugin";
import { buildGradeRoute } from "./scripts/build-grade-route.mjs";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // Messages are compiled at build time, so neither the server nor the browser parses ICU syntax at run
  // time and the browser gets use-intl's formatter without the parser.
  experimental: { messages: { path: "./messages", format: "json", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the pg driver load WebAssembly / native code at run time: keep them out of the bundle.
  // loglevel: lib/server/deepl-exchange.ts must hook the very instance deepl-node requires.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "deepl-node",
    "sql.js",
    "loglevel",
  ],
  poweredByHeader: false,
  // The grade route's handler as a bundle of its own, which scripts/serve.mjs serves without Next's pipeline.
  compiler: { runAfterProductionCompile: buildGradeRoute },
  // Separate build folders let several builds (e.g. parallel test runs) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  experimental: {
    // The stylesheet (3.5 kB gzip) inside the page instead of a render-blocking request: on a phone the
    // text can show as soon as the HTML arrives, before the scripts are loaded and run.
    inlineCss: true,
    // npm test builds right after its own `tsc --noEmit` on a fresh clone: a build cache that no later
    // build reads would only add to every CI run.
    ...(process.env.BRUECKE_TEST_BUILD === "1" && { turbopackFileSystemCacheForBuild: false }),
  },
  // npm test's build skips the second type check for the same reason (about 30 s together).
  ...(process.env.BRUECKE_TEST_BUILD === "1" && { typescript: { ignoreBuildErrors: true } }),
  // Pages also get a nonce-based Content-Security-Policy from proxy.ts; these apply to every response.
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "same-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      // Speech synthesis (the reader's "listen") needs no permission; the microphone and the rest stay off.
      {
        key: "Permissions-Policy",
        value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
      },
    ];
    return [
      { source: "/:path*", headers: common },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

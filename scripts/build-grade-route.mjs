// Bundles lib/review/grade-route.ts into <distDir>/bruecke/grade-route.mjs, which scripts/serve.mjs loads
// to answer POST /api/review/grade with the Next route's own handler, without Next's request pipeline. Run
// by `next build` itself (next.config.mjs, compiler.runAfterProductionCompile), so every build, whichever
// script starts it, has the bundle of its own sources; `next build` empties the folder first, so a bundle
// is never stale. Packages stay external: the process loads them once, from node_modules, for Next's server
// and this bundle alike (one pg pool, one PGlite, one Prisma runtime with its error classes). The
// react-server condition makes `import "server-only"` the empty module it is on the server.
import path from "node:path";

export const GRADE_ROUTE_BUNDLE = path.join("bruecke", "grade-route.mjs");

/** Builds the bundle for the project in `projectDir` into `distDir` (absolute, or relative to projectDir). */
export async function buildGradeRoute({ projectDir, distDir }) {
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: projectDir,
    entryPoints: ["lib/review/grade-route.ts"],
    outfile: path.resolve(projectDir, distDir, GRADE_ROUTE_BUNDLE),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    conditions: ["react-server"],
    logLevel: "warning",
    plugins: [externalPackages],
  });
}

// Every bare import is a package, kept external, but "@/…" (the project's path alias) and server-only.
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) =>
      specifier.startsWith("@/") || specifier === "server-only" ? undefined : { path: specifier, external: true },
    );
  },
};

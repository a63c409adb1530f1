// The app's routes as written in app/: route groups dropped ("app/[locale]/(learner)/review/page.tsx"
// → "/[locale]/review"). Tests that must cover every route compare their lists with this one.
import { readdirSync } from "node:fs";
import path from "node:path";

export function routesInApp(kind: "page" | "route" | "any" = "any", dir = "app", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return routesInApp(
        kind,
        path.join(dir, entry.name),
        /^\(.*\)$/.test(entry.name) ? prefix : `${prefix}/${entry.name}`,
      );
    const match = /^(page|route)\.(tsx?|jsx?)$/.exec(entry.name);
    return match && (kind === "any" || match[1] === kind) ? [prefix || "/"] : [];
  });
}

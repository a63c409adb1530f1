// Messages are split by feature (messages/<locale>/<feature>.json) so features can be worked on
// side by side; each file holds one or more top-level namespaces, merged here.
export const MESSAGE_FILES = [
  "app",
  "reader",
  "cards",
  "auth",
  "vocabulary",
  "review",
  "progress",
  "teacher",
  "library",
] as const;

export async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    MESSAGE_FILES.map(
      async (file) => (await import(`../messages/${locale}/${file}.json`)).default as Record<string, unknown>,
    ),
  );
  return Object.assign({}, ...parts);
}

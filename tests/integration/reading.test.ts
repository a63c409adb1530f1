import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setParagraphRead } from "@/lib/reading/mutations";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test?.close();
});

describe(`read marks (${testDatabaseKind()})`, () => {
  it("marks body text and embeds, never a heading or the source line, so read never exceeds the total", async () => {
    const user = await test.db.user.create({ data: { id: "r1", name: "R", email: "r1@example.test" } });
    const kinds = ["HEADING", "BODY", "EMBED", "BODY", "SOURCE"] as const;
    const passage = await test.db.passage.create({
      data: {
        title: "Artikel",
        status: "PUBLISHED",
        visibility: "PUBLIC",
        paragraphs: { create: kinds.map((kind, position) => ({ position, kind })) },
      },
      include: { paragraphs: { orderBy: { position: "asc" } } },
    });
    const [heading, body, embed, body2, source] = passage.paragraphs;

    expect(await setParagraphRead(user.id, heading!.id, true)).toBeNull();
    expect(await setParagraphRead(user.id, source!.id, true)).toBeNull();
    expect(await setParagraphRead(user.id, body!.id, true)).toEqual({ passageId: passage.id, readCount: 1 });
    expect(await setParagraphRead(user.id, embed!.id, true)).toEqual({ passageId: passage.id, readCount: 2 });
    expect(await setParagraphRead(user.id, body2!.id, true)).toEqual({ passageId: passage.id, readCount: 3 });
    expect(await setParagraphRead(user.id, body2!.id, false)).toEqual({ passageId: passage.id, readCount: 2 });
    expect(await test.db.readingProgress.count({ where: { userId: user.id } })).toBe(2);
  });
});

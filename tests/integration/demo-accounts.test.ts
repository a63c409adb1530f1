// Demo accounts have public passwords: they exist only when asked for, once per database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_HINT, DEMO_USERS } from "@/lib/auth/demo-users";
import { seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

const emails = DEMO_USERS.map((demo) => demo.email);

describe(`demo accounts (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.close();
  });

  const demoEmails = async () =>
    (await test.db.user.findMany({ where: { email: { in: emails } }, select: { email: true } }))
      .map((user) => user.email)
      .sort();

  it("are not created unless asked for, and the seed says how to get them", async () => {
    const report = await seed(test.db, { demoUsers: false });
    expect(report).toContain(DEMO_HINT);
    expect(await demoEmails()).toEqual([]);
  });

  it("are created when asked for, and a deleted one does not come back", async () => {
    const report = await seed(test.db, { demoUsers: true });
    expect(report).toEqual(expect.arrayContaining([expect.stringMatching(/demo user learner@bruecke.test created/)]));
    expect(await demoEmails()).toEqual([...emails].sort());

    await test.db.user.delete({ where: { email: "learner@bruecke.test" } });
    expect(await seed(test.db, { demoUsers: true })).toContain(
      "demo accounts were created before (deleted ones stay deleted)",
    );
    expect(await demoEmails()).toEqual(["teacher@bruecke.test"]);
  });

  it("are reported as a warning when they exist on an installation that did not ask for them", async () => {
    const report = await seed(test.db, { demoUsers: false });
    expect(report).toEqual([
      expect.stringMatching(/article .* already loaded/),
      expect.stringMatching(/^WARNING: demo account teacher@bruecke.test exists/),
    ]);
  });
});

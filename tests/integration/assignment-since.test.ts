// An assignment counts the reading done since it was made; reading before it is shown apart, so a learner
// who read a public passage earlier is not "done" the moment it is assigned.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/session";
import { createUser, ok, signInAs } from "../support/teacher-fixtures";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.setConfig({ testTimeout: 120_000 });

let test: TestDatabase;
let teacher: Viewer;
let learner: Viewer;

beforeAll(async () => {
  test = await createTestDatabase();
  teacher = await createUser(test.db, "since-teacher", "TEACHER");
  learner = await createUser(test.db, "since-learner", "LEARNER");
}, 300_000);
afterAll(async () => {
  await test?.close();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe(`assignment progress since the assignment (${testDatabaseKind()})`, () => {
  it("counts reading after the assignment toward it and earlier reading apart", async () => {
    const passages = await import("@/lib/teacher-passages/actions");
    const classes = await import("@/lib/classes/actions");
    const reading = await import("@/lib/reading/actions");
    const data = await import("@/lib/classes/data");
    signInAs(teacher);
    const text = "Der Hund schläft.\n\nDie Katze spielt.\n\nDas Haus ist alt.";
    const imported = ok(await passages.importPassageAction({ title: "Tiere", text, translate: false }));
    if (!imported.ok) throw new Error(imported.code);
    const passageId = imported.passageId;
    ok(await passages.publishPassageAction({ passageId }));
    ok(await passages.setPassageVisibilityAction({ passageId, visibility: "PUBLIC" }));
    const { id: classId, joinCode } = ok(await classes.createClassAction({ name: "Seit" }));
    const paragraphs = await test.db.paragraph.findMany({ where: { passageId }, orderBy: { position: "asc" } });

    signInAs(learner);
    ok(await classes.joinClassAction({ code: joinCode }));
    ok(await reading.markParagraphRead({ paragraphId: paragraphs[0]!.id, read: true }));
    ok(await reading.markParagraphRead({ paragraphId: paragraphs[1]!.id, read: true }));
    await tick();
    signInAs(teacher);
    ok(await classes.assignPassageAction({ classId, passageId, target: "READ_ALL" }));
    await tick();
    signInAs(learner);
    ok(await reading.markParagraphRead({ paragraphId: paragraphs[2]!.id, read: true }));

    const dashboard = (await data.getClassDashboard(teacher.id, classId))!;
    const assignmentId = dashboard.assignments[0]!.id;
    expect(dashboard.learners[0]!.progress[assignmentId]).toMatchObject({
      done: 1,
      total: 3,
      earlier: 2,
      status: "in_progress",
    });
    const [mine] = await data.listLearnerClasses(learner.id);
    expect(mine!.assignments[0]!.progress).toMatchObject({ done: 1, earlier: 2, status: "in_progress" });
  });
});

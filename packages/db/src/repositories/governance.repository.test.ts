import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, governanceFactories, type TestDatabase } from "../testing/index.js";
import { governanceRepository } from "./governance.repository.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("governanceRepository", () => {
  it("writes a meeting's scoped records only through their parent, and refuses a stale version", async () => {
    const g = governanceFactories(db.prisma);
    const programme = await factories(db.prisma).programme();
    const body = await g.body({ programmeId: programme.id });
    const other = await g.body({ programmeId: programme.id });
    const member = await g.member({ bodyId: body.id });
    const meeting = await g.meeting({ bodyId: body.id });
    const item = await g.actionItem({ meetingId: meeting.id });
    const repo = governanceRepository(db.prisma);

    expect(await repo.removeMember(other.id, member.id)).toBe(false);
    expect(await repo.updateMeeting({ id: meeting.id, bodyId: other.id, version: 0, title: "Piraté" })).toEqual({
      status: "not_found",
    });
    const elsewhere = await g.meeting({ bodyId: other.id });
    expect(await repo.updateActionItem({ id: item.id, meetingId: elsewhere.id, version: 0, title: "Piraté" })).toEqual({
      status: "not_found",
    });

    expect((await repo.bumpMeeting(meeting.id, body.id, 0)).status).toBe("ok");
    expect(await repo.bumpMeeting(meeting.id, body.id, 0)).toEqual({ status: "conflict" });
    expect((await repo.findMeeting(meeting.id))?.version).toBe(1);
  });

  it("replaces a project's matrix whole, atomically, even without a caller's transaction", async () => {
    const project = await factories(db.prisma).project();
    const repo = governanceRepository(db.prisma);
    await repo.replaceRaci(project.id, [
      { activity: "Concertation", party: "Manager", role: "responsible" },
      { activity: "Concertation", party: "Maire", role: "accountable" },
    ]);
    // Two roles for one party break the unique constraint: the deletion before it is undone too.
    await expect(
      repo.replaceRaci(project.id, [
        { activity: "Diagnostic", party: "Manager", role: "responsible" },
        { activity: "Diagnostic", party: "Manager", role: "accountable" },
      ]),
    ).rejects.toThrow();
    expect((await repo.raciOf(project.id)).map((cell) => cell.party)).toEqual(["Maire", "Manager"]);
    expect(await repo.replaceRaci(project.id, [])).toEqual([]);
  });
});

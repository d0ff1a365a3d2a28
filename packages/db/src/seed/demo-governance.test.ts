import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAttendance, checkRaciMatrix, isOverdue, resolveMeeting } from "@cvv/domain/governance";
import { governanceRepository } from "../repositories/governance.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { loadDemoGovernance } from "./demo-governance.js";

const now = new Date("2026-11-29T10:00:00.000Z");

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoGovernance", () => {
  it("gives the programme two bodies, three meetings the rules accept and Bondy's RACI, once however often it runs", async () => {
    const f = factories(db.prisma);
    const programme = await f.programme();
    const officer = await f.user({ role: "officer" });
    const projects = await Promise.all(
      ["93010", "94037"].map((communeInseeCode) => f.project({ programmeId: programme.id, communeInseeCode })),
    );
    const input = { programmeId: programme.id, officerId: officer.id, projects, now };
    await loadDemoGovernance(db.prisma, input);
    await loadDemoGovernance(db.prisma, input);

    const repo = governanceRepository(db.prisma);
    const bodies = await repo.listBodies({ programmeId: programme.id }, now);
    expect(bodies.map((b) => [b.kind, b.memberCount])).toEqual([
      ["steering_committee", 7],
      ["technical_committee", 6],
    ]);
    expect(bodies[0]?.nextMeeting?.title).toBe("Comité de pilotage — programmation");

    const today = now.toISOString().slice(0, 10);
    const meetings = [];
    for (const body of bodies) {
      const detail = (await repo.bodyDetail(body.id))!;
      // The demo officer sits in both bodies with their account.
      expect(detail.members.filter((m) => m.userId === officer.id)).toHaveLength(1);
      for (const { id } of detail.meetings) meetings.push((await repo.meetingDetail(id))!);
    }
    expect(meetings.map((m) => m.status).sort()).toEqual(["held", "held", "planned"]);
    for (const meeting of meetings) {
      const { id: _id, bodyId: _bodyId, version: _version, body: _body, members, attendance, ...content } = meeting;
      const { decisions: _decisions, actionItems: _actionItems, ...stored } = content;
      expect(resolveMeeting(stored, {}, now.toISOString(), attendance.length > 0)).toEqual({ ok: true, value: stored });
      expect(checkAttendance(members, attendance).ok).toBe(true);
    }
    const items = meetings.flatMap((m) => m.actionItems);
    expect(items.filter((item) => isOverdue(item, today)).map((item) => item.projectId)).toEqual([projects[0]!.id]);

    const raci = await repo.raciOf(projects[0]!.id);
    expect(raci).toHaveLength(16);
    expect(checkRaciMatrix(raci).ok).toBe(true);
  });
});

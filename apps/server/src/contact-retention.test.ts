import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, networkFactories, type TestDatabase } from "@cvv/db/testing";
import { runContactRetention, scheduleContactRetention } from "./contact-retention.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

function memoryLog() {
  const lines: { level: string; details: object; message: string }[] = [];
  return {
    lines,
    info: (details: object, message: string) => lines.push({ level: "info", details, message }),
    error: (details: object, message: string) => lines.push({ level: "error", details, message }),
  };
}

describe("the daily retention job", () => {
  it("anonymises the contacts due and logs how many", async () => {
    const n = networkFactories(db.prisma);
    const old = await n.contact({ lastContactAt: "2020-03-01" });
    const recent = await n.contact({ lastContactAt: "2026-01-15" });
    const log = memoryLog();
    const now = () => new Date("2026-06-15T10:00:00.000Z");

    expect(await runContactRetention({ db: db.prisma, now, log })).toBe(1);
    expect(log.lines).toEqual([expect.objectContaining({ level: "info", details: { anonymised: 1 } })]);
    const rows = await db.prisma.contact.findMany({
      select: { id: true, anonymisedAt: true },
      where: { id: { in: [old.id, recent.id] } },
    });
    expect(rows.find((r) => r.id === old.id)?.anonymisedAt).toEqual(now());
    expect(rows.find((r) => r.id === recent.id)?.anonymisedAt).toBeNull();
  });

  it("waits before its first run, then runs, and stops cleanly", async () => {
    const old = await networkFactories(db.prisma).contact({ lastContactAt: "2019-05-02" });
    const log = memoryLog();
    const now = () => new Date("2026-06-15T10:00:00.000Z");
    const stopEarly = scheduleContactRetention({ db: db.prisma, now, log }, { firstRunAfterMs: 60_000 });
    await stopEarly();
    expect(log.lines).toEqual([]);

    const stop = scheduleContactRetention({ db: db.prisma, now, log }, { firstRunAfterMs: 10 });
    await expect.poll(() => log.lines.length, { timeout: 10_000 }).toBe(1);
    await stop();
    expect(log.lines.at(-1)).toMatchObject({ level: "info", details: { anonymised: 1 } });
    const row = await db.prisma.contact.findUniqueOrThrow({ select: { lastName: true }, where: { id: old.id } });
    expect(row.lastName).toBe("Contact anonymisé");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryMailer } from "@cvv/api";
import { hashToken } from "@cvv/db";
import { createTestDatabase, eventFactories, type TestDatabase } from "@cvv/db/testing";
import { scheduleEventJobs } from "./event-reminders.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("the hourly events job", () => {
  it("runs at start: sends the reminder due, logs it, and stops cleanly", async () => {
    const event = await eventFactories(db.prisma).event({ startsAt: "2026-06-20T12:00:00.000Z" });
    await db.prisma.eventRegistration.create({
      select: { id: true },
      data: {
        eventId: event.id,
        name: "Alex",
        email: "alex@exemple.fr",
        status: "confirmed",
        consentAt: new Date("2026-06-01T00:00:00Z"),
        tokens: { create: { tokenHash: hashToken("jeton-du-test") } },
      },
    });
    const mailer = createMemoryMailer();
    const lines: string[] = [];
    const log = {
      info: (_d: object, m: string) => lines.push(m),
      error: (_d: object, m: string) => lines.push(`ERREUR ${m}`),
    };
    const stop = scheduleEventJobs({
      db: db.prisma,
      mailer,
      publicUrl: "https://cvv.example",
      trustedOrigins: [],
      now: () => new Date("2026-06-19T15:00:00Z"),
      log,
    });
    await stop();
    expect(mailer.sent.map((m) => m.to)).toEqual(["alex@exemple.fr"]);
    expect(mailer.sent[0]?.text).toContain("https://cvv.example/evenements/inscription/annuler?jeton=");
    expect(lines).toEqual(["événements : rappels et enquêtes de satisfaction envoyés"]);
  });
});

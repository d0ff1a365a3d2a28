import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, type PrismaClient } from "@cvv/db";
import { createTestDatabase, eventFactories, type TestDatabase } from "@cvv/db/testing";
import { testContext } from "../testing/test-context.js";
import { cancelRegistration, invalidLinkMessage } from "./cancel-registration.service.js";
import { duplicateMessage, registerForEvent } from "./register.service.js";
import { answerSurvey, surveyAlreadyAnsweredMessage } from "./survey.service.js";
import { runEventJobs } from "./event-reminders.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const now = new Date("2026-06-01T08:00:00Z");
const at = (date: Date) => testContext(db.prisma, null, null, { now: () => date });
const unique = () => Math.random().toString(36).slice(2, 8);
const form = (email: string, extra: Record<string, unknown> = {}) => ({
  name: "Camille Exemple",
  email,
  organisation: "CMA IDF",
  consent: true,
  ...extra,
});

/** A published event on 20 June 2026 with `capacity` places. */
const upcoming = (capacity: number | null = 2, extra: Parameters<ReturnType<typeof eventFactories>["event"]>[0] = {}) =>
  eventFactories(db.prisma).event({ capacity, startsAt: "2026-06-20T12:00:00.000Z", ...extra });

const registrations = (prisma: PrismaClient, eventId: string) =>
  prisma.eventRegistration.findMany({
    select: {
      id: true,
      email: true,
      status: true,
      name: true,
      tokens: { select: { tokenHash: true }, orderBy: { createdAt: "asc" } },
      reminderSentAt: true,
      surveySentAt: true,
    },
    where: { eventId },
    orderBy: { createdAt: "asc" },
  });

/** The token of the last link mailed to `to`, read from the memory mailer. */
function tokenIn(sent: { to: string; text: string }[], to: string): string {
  const mail = [...sent].reverse().find((m) => m.to === to);
  const match = mail?.text.match(/jeton=([A-Za-z0-9_-]{43})/);
  if (!match?.[1]) throw new Error(`no link mailed to ${to}`);
  return match[1];
}

describe("registering to an event from the portal", () => {
  it("confirms while places remain, then puts on the waiting list, with the matching e-mail", async () => {
    const event = await upcoming(1);
    const first = at(now);
    const a = `a-${unique()}@exemple.fr`;
    expect(await registerForEvent(first.ctx, event.slug, form(a.toUpperCase()))).toEqual({
      ok: true,
      value: { status: "confirmed", mailSent: true },
    });
    const second = at(now);
    const b = `b-${unique()}@exemple.fr`;
    expect(await registerForEvent(second.ctx, event.slug, form(b))).toMatchObject({
      ok: true,
      value: { status: "waiting" },
    });

    const rows = await registrations(db.prisma, event.id);
    expect(rows.map((r) => [r.email, r.status])).toEqual([
      [a, "confirmed"],
      [b, "waiting"],
    ]);
    expect(first.mailer.sent[0]).toMatchObject({ to: a, subject: expect.stringContaining("Inscription confirmée") });
    expect(first.mailer.sent[0]?.text).toContain("/evenements/inscription/annuler?jeton=");
    expect(first.mailer.sent[0]?.text).toContain(`/evenements/${event.slug}.ics`);
    expect(second.mailer.sent[0]?.subject).toContain("Liste d'attente");
    // Only the hash of the mailed token is stored.
    expect(rows[0]?.tokens).toEqual([{ tokenHash: hashToken(tokenIn(first.mailer.sent, a)) }]);
  });

  it("refuses the same e-mail twice, whatever its case, in French, writing nothing", async () => {
    const event = await upcoming(10);
    const email = `double-${unique()}@exemple.fr`;
    await registerForEvent(at(now).ctx, event.slug, form(email));
    const again = at(now);
    const outcome = await registerForEvent(again.ctx, event.slug, form(email.toUpperCase(), { name: "Autre nom" }));
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: duplicateMessage, fields: { email: duplicateMessage } },
    });
    expect(again.mailer.sent).toHaveLength(0);
    const rows = await registrations(db.prisma, event.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe("Camille Exemple");
  });

  it("refuses a draft, a cancelled and a past event", async () => {
    const draft = await upcoming(10, { status: "draft" });
    const cancelled = await upcoming(10, { status: "cancelled" });
    const past = await upcoming(10, { startsAt: "2026-05-20T12:00:00.000Z" });
    for (const [event, words] of [
      [draft, "pas ouvert"],
      [cancelled, "annulé"],
      [past, "déjà eu lieu"],
    ] as const) {
      const outcome = await registerForEvent(at(now).ctx, event.slug, form(`x-${unique()}@exemple.fr`));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.message).toContain(words);
      expect(await registrations(db.prisma, event.id)).toHaveLength(0);
    }
    expect(await registerForEvent(at(now).ctx, "nexiste-pas", form("y@exemple.fr"))).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });

  it("names each wrong field in French", async () => {
    const event = await upcoming(10);
    const outcome = await registerForEvent(at(now).ctx, event.slug, {
      name: " ",
      email: "pas-une-adresse",
      consent: false,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.fields.name).toMatch(/^Nom/);
    expect(outcome.error.fields.email).toMatch(/^Adresse électronique/);
    expect(outcome.error.fields.consent).toMatch(/^Consentement/);
    expect(await registrations(db.prisma, event.id)).toHaveLength(0);
  });

  it("gives the last place to one of two simultaneous registrations only", async () => {
    const event = await upcoming(3);
    await registerForEvent(at(now).ctx, event.slug, form(`p1-${unique()}@exemple.fr`));
    await registerForEvent(at(now).ctx, event.slug, form(`p2-${unique()}@exemple.fr`));
    const outcomes = await Promise.all(
      [1, 2, 3, 4].map((n) => registerForEvent(at(now).ctx, event.slug, form(`last-${n}-${unique()}@exemple.fr`))),
    );
    const statuses = outcomes.map((o) => (o.ok ? o.value.status : "refused"));
    expect(statuses.filter((s) => s === "confirmed")).toHaveLength(1);
    expect(statuses.filter((s) => s === "waiting")).toHaveLength(3);
    const rows = await registrations(db.prisma, event.id);
    expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(3);
  });
});

describe("cancelling through the e-mail's link", () => {
  it("cancels, gives the place to the first waiting registrant and tells them", async () => {
    const event = await upcoming(1);
    const first = at(now);
    const a = `a-${unique()}@exemple.fr`;
    const b = `b-${unique()}@exemple.fr`;
    const c = `c-${unique()}@exemple.fr`;
    await registerForEvent(first.ctx, event.slug, form(a));
    await registerForEvent(at(now).ctx, event.slug, form(b));
    await registerForEvent(at(now).ctx, event.slug, form(c));

    const cancelling = at(now);
    expect(await cancelRegistration(cancelling.ctx, tokenIn(first.mailer.sent, a))).toEqual({
      ok: true,
      value: { alreadyCancelled: false, promoted: true },
    });
    const rows = await registrations(db.prisma, event.id);
    expect(rows.map((r) => [r.email, r.status])).toEqual([
      [a, "cancelled"],
      [b, "confirmed"],
      [c, "waiting"],
    ]);
    expect(cancelling.mailer.sent).toHaveLength(1);
    expect(cancelling.mailer.sent[0]).toMatchObject({ to: b, subject: expect.stringContaining("place s'est libérée") });
    // The promoted registrant's new link works.
    expect(rows[1]?.tokens.map((t) => t.tokenHash)).toContain(hashToken(tokenIn(cancelling.mailer.sent, b)));

    // A second click changes nothing.
    expect(await cancelRegistration(at(now).ctx, tokenIn(first.mailer.sent, a))).toMatchObject({
      ok: true,
      value: { alreadyCancelled: true },
    });
  });

  it("refuses a wrong or malformed token in French", async () => {
    expect(await cancelRegistration(at(now).ctx, "x".repeat(43))).toEqual({
      ok: false,
      error: { code: "INVALID", message: invalidLinkMessage, field: "jeton" },
    });
    expect(await cancelRegistration(at(now).ctx, "court")).toMatchObject({
      ok: false,
      error: { message: invalidLinkMessage },
    });
  });

  it("lets a person who cancelled register again", async () => {
    const event = await upcoming(5);
    const email = `retour-${unique()}@exemple.fr`;
    const first = at(now);
    await registerForEvent(first.ctx, event.slug, form(email));
    await cancelRegistration(at(now).ctx, tokenIn(first.mailer.sent, email));
    expect(await registerForEvent(at(now).ctx, event.slug, form(email))).toMatchObject({
      ok: true,
      value: { status: "confirmed" },
    });
    expect((await registrations(db.prisma, event.id)).map((r) => r.status)).toEqual(["confirmed"]);
  });
});

describe("reminders and the satisfaction survey", () => {
  it("reminds confirmed registrants the day before, once, and every link sent keeps working", async () => {
    const event = await upcoming(1);
    const a = `a-${unique()}@exemple.fr`;
    const registered = at(now);
    await registerForEvent(registered.ctx, event.slug, form(a));
    await registerForEvent(at(now).ctx, event.slug, form(`w-${unique()}@exemple.fr`));

    const tooEarly = at(new Date("2026-06-18T12:00:00Z"));
    await runEventJobs(tooEarly.ctx);
    expect(tooEarly.mailer.sent.filter((m) => m.subject.includes(event.title))).toHaveLength(0);

    const dayBefore = at(new Date("2026-06-19T13:00:00Z"));
    await runEventJobs(dayBefore.ctx);
    const reminders = dayBefore.mailer.sent.filter((m) => m.subject.includes(event.title));
    expect(reminders.map((m) => m.to)).toEqual([a]);
    expect(reminders[0]?.subject).toMatch(/^Rappel/);

    const again = at(new Date("2026-06-19T14:00:00Z"));
    await runEventJobs(again.ctx);
    expect(again.mailer.sent.filter((m) => m.subject.includes(event.title))).toHaveLength(0);
    // The confirmation's link still works after the reminder brought a new one.
    const confirmationToken = tokenIn(registered.mailer.sent, a);
    const reminderToken = tokenIn(reminders, a);
    expect(reminderToken).not.toBe(confirmationToken);
    const evening = at(new Date("2026-06-19T15:00:00Z"));
    expect(await cancelRegistration(evening.ctx, confirmationToken)).toMatchObject({
      ok: true,
      value: { alreadyCancelled: false },
    });
    expect(await cancelRegistration(evening.ctx, reminderToken)).toMatchObject({
      ok: true,
      value: { alreadyCancelled: true },
    });

    // Registering again drops the cancelled registration's links: only the new e-mail's works.
    const back = at(new Date("2026-06-19T16:00:00Z"));
    await registerForEvent(back.ctx, event.slug, form(a));
    expect(await cancelRegistration(back.ctx, confirmationToken)).toMatchObject({
      ok: false,
      error: { message: invalidLinkMessage },
    });
    expect(await cancelRegistration(back.ctx, tokenIn(back.mailer.sent, a))).toMatchObject({
      ok: true,
      value: { alreadyCancelled: false },
    });
  });

  it("sends the survey to those present after the event, once, and takes one response each", async () => {
    const event = await upcoming(5);
    const present = `present-${unique()}@exemple.fr`;
    const absent = `absent-${unique()}@exemple.fr`;
    await registerForEvent(at(now).ctx, event.slug, form(present));
    await registerForEvent(at(now).ctx, event.slug, form(absent));
    const rows = await registrations(db.prisma, event.id);
    await db.prisma.eventRegistration.update({
      where: { id: rows[0]!.id },
      data: { attended: true },
      select: { id: true },
    });
    await db.prisma.eventRegistration.update({
      where: { id: rows[1]!.id },
      data: { attended: false },
      select: { id: true },
    });

    const after = at(new Date("2026-06-21T09:00:00Z"));
    await runEventJobs(after.ctx);
    const surveys = after.mailer.sent.filter((m) => m.subject.includes(event.title));
    expect(surveys.map((m) => m.to)).toEqual([present]);
    expect(surveys[0]?.text).toContain("/evenements/enquete?jeton=");
    const later = at(new Date("2026-06-22T09:00:00Z"));
    await runEventJobs(later.ctx);
    expect(later.mailer.sent.filter((m) => m.subject.includes(event.title))).toHaveLength(0);

    const token = tokenIn(surveys, present);
    expect(await answerSurvey(at(now).ctx, { token, rating: "7" })).toMatchObject({
      ok: false,
      error: { fields: { rating: expect.stringMatching(/^Note/) } },
    });
    expect(await answerSurvey(at(now).ctx, { token, rating: "4", comment: "Très utile." })).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(await answerSurvey(at(now).ctx, { token, rating: "1" })).toMatchObject({
      ok: false,
      error: { message: surveyAlreadyAnsweredMessage },
    });
    expect(await answerSurvey(at(now).ctx, { token: "z".repeat(43), rating: "3" })).toMatchObject({
      ok: false,
      error: { code: "INVALID" },
    });
    const responses = await db.prisma.eventSurveyResponse.findMany({
      select: { rating: true },
      where: { registration: { eventId: event.id } },
    });
    expect(responses).toEqual([{ rating: 4 }]);
  });
});

describe("retention of registrants' data", () => {
  it("anonymises the registrations a year after the event, keeping the counts", async () => {
    const event = await upcoming(5);
    const email = `garde-${unique()}@exemple.fr`;
    await registerForEvent(at(now).ctx, event.slug, form(email));
    await runEventJobs(at(new Date("2027-06-10T09:00:00Z")).ctx);
    expect((await registrations(db.prisma, event.id))[0]).toMatchObject({ email, tokens: [expect.anything()] });
    const summary = await runEventJobs(at(new Date("2027-06-22T09:00:00Z")).ctx);
    expect(summary.anonymised).toBeGreaterThanOrEqual(1);
    const [row] = await registrations(db.prisma, event.id);
    expect(row).toMatchObject({ name: "Personne anonymisée", status: "confirmed", tokens: [] });
    expect(row?.email).not.toContain("garde-");
  });
});

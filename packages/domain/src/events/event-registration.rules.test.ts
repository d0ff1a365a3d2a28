import { describe, expect, it } from "vitest";
import { registrationInput, surveyInput } from "./event-registration.input.js";
import {
  checkEventTransition,
  checkRegistrationOpen,
  countParticipants,
  isReminderDue,
  isSurveyDue,
  placesLeft,
  registrationStatusFor,
} from "./event-registration.rules.js";

const now = new Date("2026-03-01T10:00:00Z");

describe("checkRegistrationOpen", () => {
  it("accepts a published event to come", () => {
    expect(checkRegistrationOpen({ status: "published", startsAt: "2026-03-12T13:00:00Z" }, now).ok).toBe(true);
  });

  it("refuses a draft, a cancelled and a past or started event, in French", () => {
    const draft = checkRegistrationOpen({ status: "draft", startsAt: "2026-03-12T13:00:00Z" }, now);
    const cancelled = checkRegistrationOpen({ status: "cancelled", startsAt: "2026-03-12T13:00:00Z" }, now);
    const past = checkRegistrationOpen({ status: "published", startsAt: "2026-02-12T13:00:00Z" }, now);
    const started = checkRegistrationOpen({ status: "published", startsAt: now.toISOString() }, now);
    expect(draft.ok || cancelled.ok || past.ok || started.ok).toBe(false);
    if (!cancelled.ok) expect(cancelled.error.message).toContain("annulé");
    if (!past.ok) expect(past.error.message).toContain("déjà eu lieu");
  });
});

describe("registrationStatusFor and placesLeft", () => {
  it("confirms while places remain, then puts on the waiting list", () => {
    expect(registrationStatusFor(2, 1)).toBe("confirmed");
    expect(registrationStatusFor(2, 2)).toBe("waiting");
    expect(registrationStatusFor(null, 500)).toBe("confirmed");
    expect(placesLeft(2, 1)).toBe(1);
    expect(placesLeft(2, 3)).toBe(0);
    expect(placesLeft(null, 3)).toBeNull();
  });
});

describe("checkEventTransition", () => {
  it("publishes a draft, cancels a published event, and never reopens a cancelled one", () => {
    expect(checkEventTransition("draft", "published").ok).toBe(true);
    expect(checkEventTransition("published", "cancelled").ok).toBe(true);
    expect(checkEventTransition("published", "draft").ok).toBe(false);
    expect(checkEventTransition("cancelled", "published").ok).toBe(false);
  });
});

describe("reminder and survey timing", () => {
  it("reminds in the 24 hours before the start only", () => {
    expect(isReminderDue("2026-03-02T09:00:00Z", now)).toBe(true);
    expect(isReminderDue("2026-03-03T09:00:00Z", now)).toBe(false);
    expect(isReminderDue("2026-03-01T09:00:00Z", now)).toBe(false);
  });

  it("sends the survey after the end, within 30 days", () => {
    expect(isSurveyDue("2026-02-28T10:00:00Z", now)).toBe(true);
    expect(isSurveyDue("2026-03-01T11:00:00Z", now)).toBe(false);
    expect(isSurveyDue("2026-01-15T10:00:00Z", now)).toBe(false);
  });
});

describe("countParticipants", () => {
  it("counts those present once attendance is taken, the confirmed otherwise", () => {
    expect(
      countParticipants([
        { status: "confirmed", attended: true },
        { status: "confirmed", attended: false },
        { status: "waiting", attended: null },
      ]),
    ).toBe(1);
    expect(
      countParticipants([
        { status: "confirmed", attended: null },
        { status: "confirmed", attended: null },
        { status: "cancelled", attended: null },
      ]),
    ).toBe(2);
  });
});

describe("registrationInput", () => {
  it("lower-cases the e-mail and requires consent, naming each field in French", () => {
    expect(registrationInput.parse({ name: "Léa", email: " Lea@Exemple.FR ", consent: true }).email).toBe(
      "lea@exemple.fr",
    );
    const parsed = registrationInput.safeParse({ name: "", email: "pas-une-adresse", consent: false });
    const messages = parsed.error?.issues.map((i) => i.message) ?? [];
    expect(messages.some((m) => m.startsWith("Nom"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Adresse électronique"))).toBe(true);
    expect(messages.some((m) => m.startsWith("Consentement"))).toBe(true);
  });

  it("takes the survey rating from a form field, 1 to 5", () => {
    const token = "a".repeat(43);
    expect(surveyInput.parse({ token, rating: "4" }).rating).toBe(4);
    expect(surveyInput.safeParse({ token, rating: "6" }).success).toBe(false);
  });
});

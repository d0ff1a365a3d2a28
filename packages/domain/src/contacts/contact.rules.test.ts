import { describe, expect, it } from "vitest";
import {
  anonymisedContactFields,
  checkConsent,
  checkLastContact,
  checkNotAnonymised,
  contactDisplayName,
  parisCalendarDate,
  retentionCutoff,
  retentionDeadline,
  retentionDue,
} from "./contact.rules.js";
import { createContactInput, updateContactInput } from "./contact.schema.js";

// Noon in Paris, so the calendar day is the same in UTC and in Paris.
const at = (isoDate: string) => new Date(`${isoDate}T11:00:00.000Z`);

describe("retention: three years after the last contact", () => {
  it("falls due on the third anniversary, not the day before", () => {
    expect(retentionDeadline("2023-05-10")).toBe("2026-05-10");
    expect(retentionDue("2023-05-10", at("2026-05-09"))).toBe(false);
    expect(retentionDue("2023-05-10", at("2026-05-10"))).toBe(true);
    expect(retentionDue("2019-01-01", at("2026-05-10"))).toBe(true);
  });

  it("counts a 29 February to the 1st of March, when the three years are complete", () => {
    expect(retentionDeadline("2024-02-29")).toBe("2027-03-01");
    expect(retentionDue("2024-02-29", at("2027-02-28"))).toBe(false);
    expect(retentionDue("2024-02-29", at("2027-03-01"))).toBe(true);
  });

  it("counts days in Paris: 23:30 UTC on 9 May is already the 10th there", () => {
    const lateEvening = new Date("2026-05-09T23:30:00.000Z");
    expect(parisCalendarDate(lateEvening)).toBe("2026-05-10");
    expect(retentionDue("2023-05-10", lateEvening)).toBe(true);
  });

  it("gives a cutoff that selects exactly the dates retentionDue says are due", () => {
    for (const today of ["2026-05-10", "2027-02-28", "2027-03-01", "2028-02-29", "2028-03-01", "2026-01-01"]) {
      const now = at(today);
      const cutoff = retentionCutoff(now);
      const start = Date.UTC(Number(today.slice(0, 4)) - 4, 0, 1);
      for (let t = start; t < Date.UTC(Number(today.slice(0, 4)) - 2, 0, 1); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        expect(day <= cutoff, `${day} at ${today}`).toBe(retentionDue(day, now));
      }
    }
  });
});

describe("consent", () => {
  it("is required when consent is the legal basis, on the consent field", () => {
    expect(checkConsent({ legalBasis: "consent", consentAt: null, consent: undefined })).toMatchObject({
      ok: false,
      error: { code: "INVALID", field: "consent" },
    });
    expect(checkConsent({ legalBasis: "consent", consentAt: null, consent: false }).ok).toBe(false);
  });

  it("is satisfied by a consent given now or already recorded, and not needed otherwise", () => {
    expect(checkConsent({ legalBasis: "consent", consentAt: null, consent: true }).ok).toBe(true);
    expect(checkConsent({ legalBasis: "consent", consentAt: "2025-01-01T10:00:00.000Z", consent: undefined }).ok).toBe(
      true,
    );
    expect(checkConsent({ legalBasis: "public_task", consentAt: null, consent: undefined }).ok).toBe(true);
  });
});

describe("other rules", () => {
  it("refuses a last contact in the future", () => {
    expect(checkLastContact("2026-05-11", "2026-05-10")).toMatchObject({
      ok: false,
      error: { field: "lastContactAt" },
    });
    expect(checkLastContact("2026-05-10", "2026-05-10").ok).toBe(true);
  });

  it("refuses to change an anonymised contact", () => {
    expect(checkNotAnonymised({ anonymisedAt: "2026-01-01T00:00:00.000Z" }).ok).toBe(false);
    expect(checkNotAnonymised({ anonymisedAt: null }).ok).toBe(true);
  });

  it("names an anonymised contact « Contact anonymisé »", () => {
    expect(contactDisplayName(anonymisedContactFields)).toBe("Contact anonymisé");
    expect(contactDisplayName({ firstName: "Camille", lastName: "Martin" })).toBe("Camille Martin");
  });
});

describe("contact inputs", () => {
  it("lower-cases the e-mail and takes an empty one as none", () => {
    const base = { firstName: "Camille", lastName: "Martin", legalBasis: "public_task" };
    expect(createContactInput.parse({ ...base, email: " Camille@Exemple.FR " }).email).toBe("camille@exemple.fr");
    expect(createContactInput.parse({ ...base, email: "" }).email).toBeNull();
  });

  it("accepts « today » as the last contact in an update, and nothing else but a date", () => {
    const id = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    expect(updateContactInput.parse({ id, version: 0, lastContactAt: "today" }).lastContactAt).toBe("today");
    expect(updateContactInput.safeParse({ id, version: 0, lastContactAt: "hier" }).success).toBe(false);
    expect(Object.keys(updateContactInput.parse({ id, version: 0 })).sort()).toEqual(["id", "version"]);
  });
});

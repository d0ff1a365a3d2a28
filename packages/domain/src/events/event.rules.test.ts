import { describe, expect, it } from "vitest";
import { eventStatuses } from "./event.schema.js";
import { checkEvent, checkEventCapacity, checkEventDates, eventTiming, isEventPublic } from "./event.rules.js";

describe("checkEventDates", () => {
  it("accepts an event ending after or when it starts", () => {
    expect(checkEventDates("2026-03-12T14:00:00+01:00", "2026-03-12T17:00:00+01:00").ok).toBe(true);
    expect(checkEventDates("2026-03-12T14:00:00+01:00", "2026-03-12T14:00:00+01:00").ok).toBe(true);
  });

  it("refuses an end before the start, in French with Paris times, on the end field", () => {
    expect(checkEventDates("2026-03-12T14:00:00+01:00", "2026-03-12T09:00:00+01:00")).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "La fin de l'événement (12 mars 2026 à 09:00) précède son début (12 mars 2026 à 14:00).",
        field: "endsAt",
      },
    });
  });

  it("compares instants, not text: 13:30Z is after 14:00 in Paris in winter", () => {
    expect(checkEventDates("2026-01-20T14:00:00+01:00", "2026-01-20T13:30:00Z").ok).toBe(true);
    expect(checkEventDates("2026-01-20T14:00:00+01:00", "2026-01-20T12:30:00Z").ok).toBe(false);
  });
});

describe("checkEventCapacity", () => {
  it("takes no capacity as no limit and a positive whole number of places", () => {
    for (const capacity of [null, undefined, 1, 250]) expect(checkEventCapacity(capacity).ok).toBe(true);
  });

  it("refuses zero, negative and fractional capacities", () => {
    for (const capacity of [0, -5, 2.5]) {
      const result = checkEventCapacity(capacity);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.field).toBe("capacity");
    }
  });
});

describe("checkEvent", () => {
  it("reports the dates first, then the capacity", () => {
    const wrongDates = checkEvent({ startsAt: "2026-05-02T10:00:00Z", endsAt: "2026-05-01T10:00:00Z", capacity: 0 });
    expect(!wrongDates.ok && wrongDates.error.field).toBe("endsAt");
    const wrongCapacity = checkEvent({ startsAt: "2026-05-01T10:00:00Z", endsAt: "2026-05-01T12:00:00Z", capacity: 0 });
    expect(!wrongCapacity.ok && wrongCapacity.error.field).toBe("capacity");
    expect(checkEvent({ startsAt: "2026-05-01T10:00:00Z", endsAt: "2026-05-01T12:00:00Z" }).ok).toBe(true);
  });
});

describe("isEventPublic", () => {
  it("keeps drafts off the portal and shows cancelled events as such", () => {
    expect(eventStatuses.filter(isEventPublic)).toEqual(["published", "cancelled"]);
  });
});

describe("eventTiming", () => {
  const fair = { startsAt: "2026-10-04T08:00:00Z", endsAt: "2026-10-06T16:00:00Z" };
  it("says upcoming, ongoing for the whole of a several-day event, then past", () => {
    expect(eventTiming(fair, new Date("2026-10-01T00:00:00Z"))).toBe("upcoming");
    expect(eventTiming(fair, new Date("2026-10-04T08:00:00Z"))).toBe("ongoing");
    expect(eventTiming(fair, new Date("2026-10-05T12:00:00Z"))).toBe("ongoing");
    expect(eventTiming(fair, new Date("2026-10-06T16:00:01Z"))).toBe("past");
  });
});

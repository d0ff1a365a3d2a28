import { ICalCalendar, ICalEventStatus } from "ical-generator";
import { publicEventsRepository, type PrismaClient, type PublicEventSummary } from "@cvv/db";
import { eventKindLabels } from "@cvv/domain/events";

const PARIS = "Europe/Paris";

const parisParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: PARIS,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** A Paris wall-clock reading, with the getters ical-generator calls to write a time in a named zone. */
function wallClock(instant: Date) {
  const p = Object.fromEntries(parisParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const get = (key: string) => () => p[key]!;
  return {
    getFullYear: get("year"),
    getMonth: () => p.month! - 1,
    getDate: get("day"),
    getHours: get("hour"),
    getMinutes: get("minute"),
    getSeconds: get("second"),
    getUTCFullYear: () => instant.getUTCFullYear(),
    getUTCMonth: () => instant.getUTCMonth(),
    getUTCDate: () => instant.getUTCDate(),
  };
}

/**
 * An instant that ical-generator writes as Paris local time with TZID=Europe/Paris, whatever
 * the server's own zone: it has the shape of @date-fns/tz's TZDate, which the library reads
 * through `withTimeZone`. A plain Date would be written in the process's zone.
 */
class ParisTime extends Date {
  readonly internal: Date;
  constructor(instant: string) {
    super(instant);
    this.internal = new Date(instant);
  }
  withTimeZone() {
    return wallClock(this.internal) as unknown as Date;
  }
  tzComponents() {
    return wallClock(this.internal);
  }
}

/** Europe/Paris as French law has set it since 1996: CET, and CEST from the last Sunday of March to October's. */
const parisTimezone = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Paris",
  "X-LIC-LOCATION:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

function calendar(name: string, base: string) {
  return new ICalCalendar({
    name,
    prodId: { company: "Métropole du Grand Paris", product: "Centres-villes vivants", language: "FR" },
    url: `${base}/evenements`,
    // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 wants; each event names Paris.
    timezone: { name: null, generator: (tz) => (tz === PARIS ? parisTimezone : null) },
  });
}

function addEvent(cal: ICalCalendar, event: PublicEventSummary, base: string, now: Date) {
  const url = `${base}/evenements/${event.slug}`;
  const location = [event.place, event.address, event.address ? null : event.communeName].filter(Boolean).join(", ");
  cal.createEvent({
    id: `${event.slug}@${new URL(base).hostname}`,
    start: new ParisTime(event.startsAt),
    end: new ParisTime(event.endsAt),
    timezone: PARIS,
    stamp: now,
    summary: event.title,
    description: [event.summary, url].filter(Boolean).join("\n\n"),
    location: location || null,
    url,
    categories: [{ name: eventKindLabels[event.kind] }],
    status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** How far back the calendar feed goes: a subscriber keeps the year's past events. */
const FEED_HISTORY_DAYS = 365;

/** The iCalendar feed of the public events (published and cancelled, never drafts), a year back and all to come. */
export async function eventsIcsFeed(ctx: { db: PrismaClient; now: () => Date }, baseUrl: string): Promise<string> {
  const base = baseUrl.replace(/\/+$/, "");
  const now = ctx.now();
  const events = await publicEventsRepository(ctx.db).list({
    from: new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000),
    limit: 1000,
  });
  const cal = calendar("Centres-villes vivants : événements", base);
  for (const event of events) addEvent(cal, event, base, now);
  return cal.toString();
}

/** One event as a file to add to a calendar; null when the public may not see it. */
export async function eventIcs(
  ctx: { db: PrismaClient; now: () => Date },
  slug: string,
  baseUrl: string,
): Promise<string | null> {
  const base = baseUrl.replace(/\/+$/, "");
  const event = await publicEventsRepository(ctx.db).findBySlug(slug);
  if (!event) return null;
  const cal = calendar(event.title, base);
  addEvent(cal, event, base, ctx.now());
  return cal.toString();
}

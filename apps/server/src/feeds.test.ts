import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventFactories } from "@cvv/db/testing";
import { startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The iCalendar text as events: lines unfolded (RFC 5545 §3.1), each VEVENT's properties by name. */
function parseIcs(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { lines, events };
}

/** Atom entries: each one's title, link and id (the feed is generated, its markup regular). */
function parseAtom(xml: string) {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    title: /<title type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/title>|<title[^>]*>([\s\S]*?)<\/title>/
      .exec(entry!)!
      .slice(1)
      .find(Boolean)!,
    link: /<link href="([^"]+)"/.exec(entry!)![1]!,
    id: /<id>([^<]+)<\/id>/.exec(entry!)![1]!,
    content: /<content[^>]*>([\s\S]*?)<\/content>/.exec(entry!)?.[1] ?? "",
  }));
}

describe("feeds", () => {
  it("serves an Atom feed of public news and initiatives only, with absolute links", async () => {
    const f = eventFactories(server.db.prisma);
    const news = await f.publication({
      kind: "news",
      title: "Actualité publique",
      publishAt: inDays(-2),
      body: "Texte <script>alert(1)</script>\n\nVoir [le programme](/programmes/centres-villes-vivants).",
    });
    const initiative = await f.publication({ kind: "initiative", title: "Initiative publique", publishAt: inDays(-1) });
    const hidden = [
      await f.publication({ kind: "resource", title: "Ressource hors flux", publishAt: inDays(-1) }),
      await f.publication({ kind: "news", status: "draft", publishAt: null, title: "Brouillon secret" }),
      await f.publication({ kind: "news", status: "review", publishAt: null, title: "En relecture secrète" }),
      await f.publication({ kind: "news", status: "scheduled", publishAt: inDays(3), title: "Programmée secrète" }),
      await f.publication({ kind: "news", status: "archived", publishAt: inDays(-30), title: "Archivée" }),
    ];
    const res = await server.app.inject({
      method: "GET",
      url: "/flux/actualites.atom",
      headers: { host: "cvv.example.fr" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(res.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const entries = parseAtom(res.body);
    expect(entries.map((e) => e.title)).toEqual(["Initiative publique", "Actualité publique"]);
    expect(entries[1]!.link).toBe(`http://cvv.example.fr/actualites/${news.slug}`);
    expect(entries[0]!.id).toBe(`http://cvv.example.fr/actualites/${initiative.slug}`);
    expect(entries[1]!.content).not.toContain("script");
    // Read away from the portal: links to its pages are absolute.
    expect(entries[1]!.content).toContain('href="http://cvv.example.fr/programmes/centres-villes-vivants"');
    for (const p of hidden) {
      expect(res.body).not.toContain(p.slug);
      expect(res.body).not.toContain(p.title);
    }
  });

  it("serves the public events as iCalendar in Paris time, cancelled ones marked, drafts never", async () => {
    const f = eventFactories(server.db.prisma);
    const winter = await f.event({
      title: "Atelier d'hiver",
      startsAt: "2040-01-20T13:00:00.000Z",
      endsAt: "2040-01-20T16:00:00.000Z",
      place: "Salle des fêtes",
      communeInseeCode: "93010",
    });
    const summer = await f.event({ title: "Visite d'été", kind: "site_visit", startsAt: "2040-07-02T07:30:00.000Z" });
    const cancelled = await f.event({ title: "Rencontre annulée", status: "cancelled", startsAt: inDays(10) });
    const draft = await f.event({ title: "Atelier brouillon secret", status: "draft", startsAt: inDays(12) });
    const old = await f.event({ title: "Atelier d'il y a deux ans", startsAt: inDays(-730) });

    const res = await server.app.inject({ method: "GET", url: "/evenements.ics", headers: { host: "cvv.example.fr" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const { lines, events } = parseIcs(res.body);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("TZID:Europe/Paris");
    const byTitle = new Map(events.map((e) => [e.SUMMARY, e]));
    expect(byTitle.get("Atelier d'hiver")).toMatchObject({
      "DTSTART;TZID=Europe/Paris": "20400120T140000",
      "DTEND;TZID=Europe/Paris": "20400120T170000",
      STATUS: "CONFIRMED",
      "URL;VALUE=URI": `http://cvv.example.fr/evenements/${winter.slug}`,
      LOCATION: "Salle des fêtes\\, Bondy",
    });
    // Summer time: 07:30 UTC is 09:30 in Paris.
    expect(byTitle.get("Visite d'été")?.["DTSTART;TZID=Europe/Paris"]).toBe("20400702T093000");
    expect(byTitle.get("Rencontre annulée")?.STATUS).toBe("CANCELLED");
    expect(res.body).not.toContain(draft.slug);
    expect(res.body).not.toContain("brouillon secret");
    expect(res.body).not.toContain(old.slug);
    expect(res.body).toContain(summer.slug);
    expect(res.body).toContain(cancelled.slug);
    expect(events.every((e) => /^\d{8}T\d{6}Z$/.test(e.DTSTAMP!))).toBe(true);
  });

  it("serves one public event as a calendar file, and 404 for a draft or an unknown slug", async () => {
    const f = eventFactories(server.db.prisma);
    const event = await f.event({ title: "Assises", kind: "assises", startsAt: inDays(30) });
    const draft = await f.event({ status: "draft", startsAt: inDays(30) });

    const res = await server.app.inject({ method: "GET", url: `/evenements/${event.slug}.ics` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="${event.slug}.ics"`);
    const { events } = parseIcs(res.body);
    expect(events.map((e) => e.SUMMARY)).toEqual(["Assises"]);
    expect(events[0]!.UID?.startsWith(`${event.slug}@`)).toBe(true);

    for (const url of [`/evenements/${draft.slug}.ics`, "/evenements/inconnu.ics", "/evenements/Pas_Un_Slug.ics"]) {
      const missing = await server.app.inject({ method: "GET", url });
      expect(missing.statusCode, url).toBe(404);
      expect(missing.body).not.toContain("BEGIN:VCALENDAR");
    }
  });

  it("tells crawlers where the sitemap is, and to keep out of the officers' app and the internal API", async () => {
    const res = await server.app.inject({ url: "/robots.txt", headers: { host: "cvv.example.fr" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(res.body.split("\n")).toEqual([
      "User-agent: *",
      "Disallow: /admin",
      "Disallow: /trpc",
      "Disallow: /api/",
      "Allow: /api/v1/",
      "Allow: /api/images/",
      "Sitemap: http://cvv.example.fr/sitemap.xml",
      "",
    ]);
  });
});

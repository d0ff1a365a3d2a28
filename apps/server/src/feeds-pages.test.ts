import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventFactories } from "@cvv/db/testing";
import { startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ portal: true });
});
afterAll(async () => {
  await server?.close();
});

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The markup inside #root: what a visitor without JavaScript (or a crawler) reads. */
function rootMarkup(html: string): string {
  const start = html.indexOf('<div id="root">');
  const end = html.indexOf('<script type="application/json" id="etat-initial">');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return html.slice(start, end);
}

describe("news and events pages rendered on the server", () => {
  it("lists public publications with the kind filter from the address, never a draft or a future one", async () => {
    const f = eventFactories(server.db.prisma);
    const news = await f.publication({
      kind: "news",
      title: "Nouvelles halles ouvertes",
      tags: ["commerce"],
      publishAt: inDays(-1),
    });
    const resource = await f.publication({
      kind: "resource",
      title: "Guide du bail commercial",
      publishAt: inDays(-2),
    });
    await f.publication({ status: "draft", publishAt: null, title: "Brouillon confidentiel" });
    await f.publication({ status: "scheduled", publishAt: inDays(5), title: "Annonce programmée" });

    const all = await server.app.inject({ url: "/actualites" });
    expect(all.statusCode).toBe(200);
    const main = rootMarkup(all.body);
    expect(main).toMatch(/<h1[^>]*>Actualités et ressources<\/h1>/);
    expect(main).toContain("Nouvelles halles ouvertes");
    expect(main).toContain("Guide du bail commercial");
    expect(main).toMatch(/<form [^>]*action="\/actualites" method="get"/);
    expect(main).toContain('href="/flux/actualites.atom"');
    expect(all.body).toMatch(
      /<link\s+rel="alternate"\s+type="application\/atom\+xml"[^>]*href="\/flux\/actualites.atom"/,
    );
    for (const hidden of ["Brouillon confidentiel", "Annonce programmée"]) expect(all.body).not.toContain(hidden);

    const filtered = rootMarkup((await server.app.inject({ url: "/actualites?type=resource" })).body);
    expect(filtered).toContain(`href="/actualites/${resource.slug}"`);
    expect(filtered).not.toContain("Nouvelles halles ouvertes");
    expect(filtered).toMatch(/<option value="resource" selected="">/);

    const article = await server.app.inject({ url: `/actualites/${news.slug}` });
    expect(article.statusCode).toBe(200);
    expect(rootMarkup(article.body)).toMatch(/<h1[^>]*>Nouvelles halles ouvertes<\/h1>/);
    expect(rootMarkup(article.body)).toContain('href="/actualites?etiquette=commerce"');
  });

  it("answers 404 for a draft publication or event", async () => {
    const f = eventFactories(server.db.prisma);
    const draft = await f.publication({ status: "draft", publishAt: null, title: "Brouillon confidentiel" });
    const draftEvent = await f.event({ status: "draft", title: "Atelier confidentiel", startsAt: inDays(3) });
    for (const url of [`/actualites/${draft.slug}`, `/evenements/${draftEvent.slug}`]) {
      const res = await server.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain("confidentiel");
    }
  });

  it("renders the events page with the month's calendar as a table, and an event with its JSON-LD", async () => {
    const f = eventFactories(server.db.prisma);
    const event = await f.event({
      title: "Assises </script><b>du centre-ville</b>",
      kind: "assises",
      startsAt: "2040-12-03T08:00:00.000Z",
      endsAt: "2040-12-03T16:30:00.000Z",
      place: "Pavillon Baltard",
    });
    const cancelled = await f.event({
      title: "Visite annulée",
      status: "cancelled",
      startsAt: "2040-12-10T09:00:00.000Z",
    });
    await f.event({ title: "Atelier brouillon", status: "draft", startsAt: "2040-12-11T09:00:00.000Z" });

    const list = await server.app.inject({ url: "/evenements?mois=2040-12" });
    expect(list.statusCode).toBe(200);
    const main = rootMarkup(list.body);
    expect(main).toMatch(/<caption>Événements de décembre 2040<\/caption>/);
    expect(main).toContain('<th scope="col"><abbr title="lundi">lun.</abbr></th>');
    expect(main).toContain(`href="/evenements/${event.slug}"`);
    expect(main).toContain(`href="/evenements/${cancelled.slug}"`);
    expect(main).toContain('href="/evenements.ics"');
    expect(list.body).not.toContain("Atelier brouillon");

    const page = await server.app.inject({ url: `/evenements/${event.slug}` });
    expect(page.statusCode).toBe(200);
    const body = rootMarkup(page.body);
    // 08:00 UTC in December is 09:00 in Paris.
    expect(body).toContain("Le lundi 3 décembre 2040, de 09:00 à 17:30");
    expect(body).toContain(`href="/evenements/${event.slug}.ics"`);
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
    expect(ld).not.toBeNull();
    expect(ld![1]).not.toContain("<");
    expect(JSON.parse(ld![1]!)).toMatchObject({
      "@type": "Event",
      name: "Assises </script><b>du centre-ville</b>",
      startDate: "2040-12-03T08:00:00.000Z",
      eventStatus: "https://schema.org/EventScheduled",
      // Absolute: search engines resolve nothing against the page.
      url: `http://localhost:80/evenements/${event.slug}`,
    });

    const cancelledPage = rootMarkup((await server.app.inject({ url: `/evenements/${cancelled.slug}` })).body);
    expect(cancelledPage).toContain("Cet événement est annulé");
    expect(cancelledPage).toContain("EventCancelled");
  });

  it("shows the latest news and the next events on the home page", async () => {
    const f = eventFactories(server.db.prisma);
    await f.publication({ title: "Actualité de la semaine", publishAt: inDays(0) });
    await f.event({ title: "Rencontre des managers", kind: "meetup", startsAt: inDays(1) });
    const home = rootMarkup((await server.app.inject({ url: "/" })).body);
    expect(home).toMatch(/<h2>Dernières actualités<\/h2>/);
    expect(home).toContain("Actualité de la semaine");
    expect(home).toMatch(/<h2>Prochains événements<\/h2>/);
    expect(home).toContain("Rencontre des managers");
  });
});

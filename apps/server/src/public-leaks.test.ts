import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicRouter } from "@cvv/api";
import {
  documentFactories,
  eventFactories,
  expertFactories,
  governanceFactories,
  networkFactories,
  reportFactories,
} from "@cvv/db/testing";
import { startTestServer, type TestServer } from "./testing/test-server.js";

/**
 * Everything the public must never see, planted in one database, then looked for in every public
 * procedure (with ordinary and targeted inputs), every portal page, every open-data file and every
 * feed. A marker found anywhere fails the test, whatever the query that carried it.
 */
const MARK = "Zq7secret";
/** Numbers that only non-public values hold; looked for as whole numbers. */
const SECRET_NUMBERS = [7_340_001, 7_340_002, 7_340_003, 7_340_004, 7_340_005];

let server: TestServer;
const planted = {
  draftProgrammeSlug: "",
  hiddenProjectSlug: "",
  publicProjectSlug: "",
  publicProgrammeSlug: "",
  nonPublicIndicatorCode: "",
  draftEventSlug: "",
  draftPublicationSlug: "",
  futurePublicationSlug: "",
  reviewPublicationSlug: "",
  hiddenCommune: "94002",
  publicCommune: "93048",
};

beforeAll(async () => {
  server = await startTestServer({ portal: true, config: { rateLimitPerMinute: 100_000 } });
  const prisma = server.db.prisma;
  const f = server.factories();

  // A draft programme and everything in it.
  const draft = await f.programme({ status: "draft", name: `Programme ${MARK} brouillon` });
  planted.draftProgrammeSlug = draft.slug;
  const hidden = await f.project({
    programmeId: draft.id,
    communeInseeCode: planted.hiddenCommune,
    title: `Projet ${MARK} caché`,
  });
  planted.hiddenProjectSlug = hidden.slug;
  await f.update({ projectId: hidden.id, status: "approved", title: `Point ${MARK} du programme brouillon` });
  await f.grant({ projectId: hidden.id, purpose: `Subvention ${MARK}` });

  // A public project with every kind of unpublished companion.
  const programme = await f.programme({ status: "active" });
  planted.publicProgrammeSlug = programme.slug;
  const project = await f.project({ programmeId: programme.id, communeInseeCode: planted.publicCommune });
  planted.publicProjectSlug = project.slug;
  await f.update({ projectId: project.id, status: "approved", title: "Point publié" });
  for (const status of ["draft", "submitted", "returned"] as const) {
    await f.update({ projectId: project.id, status, title: `Point ${MARK} ${status}` });
  }
  await f.planItem({ projectId: project.id, title: "Action publique" });

  // Indicator values: only an approved, published, non-confidential value of a public indicator is public.
  const indicator = await f.indicator({ name: "Commerces actifs" });
  await prisma.indicatorAssignment.create({ data: { indicatorId: indicator.id, programmeId: programme.id } });
  await f.value({
    indicatorId: indicator.id,
    communeInseeCode: planted.publicCommune,
    period: "2024",
    value: 12,
    status: "approved",
  });
  const hiddenValues = [
    { period: "2025", status: "submitted" as const, value: SECRET_NUMBERS[0] },
    { period: "2023", status: "draft" as const, value: SECRET_NUMBERS[1] },
    { period: "2022", status: "returned" as const, value: SECRET_NUMBERS[2] },
    { period: "2021", status: "approved" as const, value: SECRET_NUMBERS[3], confidential: true },
  ];
  for (const v of hiddenValues) {
    await f.value({ indicatorId: indicator.id, communeInseeCode: planted.publicCommune, ...v });
  }
  const secretIndicator = await f.indicator({ name: `Indicateur ${MARK}`, publicByDefault: false });
  planted.nonPublicIndicatorCode = secretIndicator.code;
  await prisma.indicatorAssignment.create({ data: { indicatorId: secretIndicator.id, programmeId: programme.id } });
  await f.value({
    indicatorId: secretIndicator.id,
    communeInseeCode: planted.publicCommune,
    period: "2024",
    value: SECRET_NUMBERS[4],
    status: "approved",
  });

  // People: users, experts, contacts, body members, registrants.
  const user = await f.user({ role: "contributor", communeCodes: [planted.publicCommune] });
  await prisma.user.update({ where: { id: user.id }, data: { displayName: `Agent ${MARK}` } });
  await expertFactories(prisma).expert({ name: `Expert ${MARK}` });
  const n = networkFactories(prisma);
  const organisation = await n.organisation({ name: "Chambre de commerce" });
  const contact = await n.contact({
    organisationId: organisation.id,
    lastName: `Contact${MARK}`,
    email: `contact-${MARK.toLowerCase()}@test.example`,
    notes: `Notes ${MARK}`,
  });
  const network = await n.network({ name: `Réseau ${MARK}` });
  await n.member({ networkId: network.id, contactId: contact.id });
  const g = governanceFactories(prisma);
  const body = await g.body({ programmeId: programme.id, name: `Comité ${MARK}` });
  await g.member({ bodyId: body.id, name: `Membre ${MARK}` });
  await g.meeting({ bodyId: body.id, title: `Réunion ${MARK}` });
  await documentFactories(prisma).document({
    entity: "project",
    entityId: project.id,
    projectId: project.id,
    title: `Document ${MARK}`,
  });

  // Content that is not (yet) public.
  const e = eventFactories(prisma);
  const draftEvent = await e.event({
    status: "draft",
    title: `Atelier ${MARK} brouillon`,
    startsAt: "2099-03-12T13:00:00.000Z",
  });
  planted.draftEventSlug = draftEvent.slug;
  const openEvent = await e.event({
    status: "published",
    title: "Rencontre publique",
    startsAt: "2099-04-12T13:00:00.000Z",
  });
  await prisma.eventRegistration.create({
    data: {
      eventId: openEvent.id,
      name: `Inscrit ${MARK}`,
      email: `inscrit-${MARK.toLowerCase()}@test.example`,
      consentAt: new Date(),
      status: "confirmed",
      tokens: { create: { tokenHash: "a".repeat(64) } },
    },
  });
  const draftPublication = await e.publication({ status: "draft", title: `Actualité ${MARK} brouillon` });
  planted.draftPublicationSlug = draftPublication.slug;
  const review = await e.publication({ status: "review", title: `Actualité ${MARK} en relecture` });
  planted.reviewPublicationSlug = review.slug;
  const future = await e.publication({
    status: "scheduled",
    publishAt: "2099-01-01T08:00:00.000Z",
    title: `Actualité ${MARK} programmée`,
  });
  planted.futurePublicationSlug = future.slug;
  await prisma.guideChapter.create({
    data: {
      slug: "chapitre-en-chantier",
      position: 99,
      title: `Chapitre ${MARK}`,
      body: `Texte ${MARK}`,
      status: "draft",
    },
  });
  const draftReport = await reportFactories(prisma).reportWithSnapshot({ year: 2025 });
  void draftReport;
});

afterAll(async () => {
  await server?.close();
});

function leaks(text: string): string[] {
  const found: string[] = [];
  if (text.includes(MARK) || text.toLowerCase().includes(MARK.toLowerCase())) found.push(MARK);
  for (const n of SECRET_NUMBERS) {
    // Whole numbers only, however they are written (12345, 12 345, 12,345.0).
    const digits = String(n);
    const spaced = digits.replace(/\B(?=(\d{3})+(?!\d))/g, "[\\s\\u202f\\u00a0.,]?");
    if (new RegExp(`(^|[^\\d])${spaced}([^\\d]|$)`).test(text)) found.push(digits);
  }
  return found;
}

/** Inputs for each public procedure: the ordinary ones and those aimed at what is hidden. */
function probes(): Record<string, unknown[]> {
  const p = planted;
  return {
    site: [undefined],
    programmes: [undefined],
    programme: [{ slug: p.publicProgrammeSlug }, { slug: p.draftProgrammeSlug }],
    projects: [
      undefined,
      { communeInseeCode: p.hiddenCommune },
      { communeInseeCode: p.publicCommune },
      { programmeSlug: p.draftProgrammeSlug },
    ],
    project: [{ slug: p.publicProjectSlug }, { slug: p.hiddenProjectSlug }],
    programmeIndicators: [
      { slug: p.publicProgrammeSlug },
      { slug: p.publicProgrammeSlug, year: 2021 },
      { slug: p.publicProgrammeSlug, year: 2025 },
      { slug: p.draftProgrammeSlug },
    ],
    communeIndicators: [{ inseeCode: p.publicCommune }, { inseeCode: p.hiddenCommune }],
    indicatorSeries: [{}, { slug: p.publicProgrammeSlug }, { slug: p.draftProgrammeSlug }],
    projectIndicators: [{ slug: p.publicProjectSlug }, { slug: p.hiddenProjectSlug }],
    projectPlan: [{ slug: p.publicProjectSlug }, { slug: p.hiddenProjectSlug }],
    // The query is echoed back: search with prefixes of the marker, never the marker itself.
    search: [{ q: "zq7" }, { q: "Zq7se" }, { q: "projet" }, { q: "réunion" }, { q: "expert" }, { q: "contact" }],
    map: [{}, { indicator: p.nonPublicIndicatorCode }, { indicator: p.nonPublicIndicatorCode, year: 2024 }],
    events: [
      {},
      { when: "upcoming" },
      { when: "past" },
      { month: "2099-03" },
      { from: "2000-01-01", to: "2100-01-01" },
    ],
    event: [{ slug: p.draftEventSlug }],
    publications: [{}, { kind: "news" }, { page: 2 }],
    publication: [
      { slug: p.draftPublicationSlug },
      { slug: p.reviewPublicationSlug },
      { slug: p.futurePublicationSlug },
    ],
    openData: [undefined],
    guide: [undefined],
    // Slugs carry no marker: a page may echo its own address.
    guideChapter: [{ slug: "chapitre-en-chantier" }],
    annualReports: [undefined, { programmeSlug: p.draftProgrammeSlug }],
    annualReport: [
      { programmeSlug: p.publicProgrammeSlug, year: 2025 },
      { programmeSlug: p.draftProgrammeSlug, year: 2025 },
    ],
  };
}

async function callPublic(procedure: string, input: unknown): Promise<{ status: number; body: string }> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await server.app.inject({ url: `/api/public/${procedure}${query}` });
  return { status: res.statusCode, body: res.body };
}

describe("what the public can reach", () => {
  it("has a probe for every public procedure", () => {
    expect(Object.keys(probes()).sort()).toEqual(Object.keys(publicRouter._def.procedures).sort());
  });

  it("never carries anything unpublished or personal through the public API, whatever the query", async () => {
    const found: string[] = [];
    for (const [procedure, inputs] of Object.entries(probes())) {
      for (const input of inputs) {
        const { status, body } = await callPublic(procedure, input);
        // Refusals are fine (a hidden record is a 404); a 500 would hide a bug behind "no leak".
        expect(status, `${procedure} ${JSON.stringify(input)}`).toBeLessThan(500);
        for (const leak of leaks(body)) found.push(`${procedure}(${JSON.stringify(input)}) → ${leak}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("never shows it on a portal page, in an open-data file or in a feed", async () => {
    const p = planted;
    const urls = [
      "/",
      "/programmes",
      `/programmes/${p.publicProgrammeSlug}`,
      `/programmes/${p.draftProgrammeSlug}`,
      `/projets/${p.publicProjectSlug}`,
      `/projets/${p.hiddenProjectSlug}`,
      `/communes/${p.publicCommune}`,
      `/communes/${p.hiddenCommune}`,
      "/carte",
      `/carte?indicateur=${p.nonPublicIndicatorCode}`,
      "/indicateurs",
      "/recherche?q=zq7",
      "/actualites",
      `/actualites/${p.draftPublicationSlug}`,
      `/actualites/${p.futurePublicationSlug}`,
      "/evenements",
      "/evenements?mois=2099-03",
      `/evenements/${p.draftEventSlug}`,
      "/donnees",
      "/guide",
      "/guide/chapitre-en-chantier",
      "/flux/actualites.atom",
      "/sitemap.xml",
      "/evenements.ics",
      `/evenements/${p.draftEventSlug}.ics`,
      "/api/v1/catalogue.json",
      ...["projets", "valeurs-indicateurs", "subventions", "evenements"].flatMap((d) => [
        `/api/v1/${d}.csv`,
        `/api/v1/${d}.json`,
      ]),
    ];
    const found: string[] = [];
    for (const url of urls) {
      const res = await server.app.inject({ url });
      expect(res.statusCode, url).toBeLessThan(500);
      for (const leak of leaks(res.body)) found.push(`${url} → ${leak}`);
    }
    expect(found).toEqual([]);
  });

  it("lists in the sitemap the public pages, and not one address of what is hidden", async () => {
    const res = await server.app.inject({ url: "/sitemap.xml", headers: { host: "cvv.example.fr" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/xml; charset=utf-8");
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toEqual(
      expect.arrayContaining([
        "http://cvv.example.fr/",
        `http://cvv.example.fr/programmes/${planted.publicProgrammeSlug}`,
        `http://cvv.example.fr/projets/${planted.publicProjectSlug}`,
        `http://cvv.example.fr/communes/${planted.publicCommune}`,
        "http://cvv.example.fr/donnees/api",
      ]),
    );
    expect(new Set(locs).size).toBe(locs.length);
    const hidden = [
      `/programmes/${planted.draftProgrammeSlug}`,
      `/projets/${planted.hiddenProjectSlug}`,
      `/communes/${planted.hiddenCommune}`,
      `/evenements/${planted.draftEventSlug}`,
      `/actualites/${planted.draftPublicationSlug}`,
      `/actualites/${planted.reviewPublicationSlug}`,
      `/actualites/${planted.futurePublicationSlug}`,
      "/guide/chapitre-en-chantier",
    ];
    expect(locs.filter((loc) => hidden.some((path) => loc.endsWith(path)))).toEqual([]);
  });

  it("would notice a leak: the markers are found where officers see them", async () => {
    // Guards the guard: a marker that the planting failed to store would make the test above pass for nothing.
    const prisma = server.db.prisma;
    const stored = JSON.stringify([
      await prisma.projectUpdate.findMany({ select: { title: true } }),
      await prisma.contact.findMany({ select: { lastName: true } }),
      await prisma.publication.findMany({ select: { title: true } }),
      await prisma.indicatorValue.findMany({ select: { value: true } }),
    ]);
    expect(leaks(stored)).toEqual(expect.arrayContaining([MARK, ...SECRET_NUMBERS.map(String)]));
  });
});

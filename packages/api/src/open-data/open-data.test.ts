import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, eventFactories, factories, type TestDatabase } from "@cvv/db/testing";
import { toScdlSubvention } from "@cvv/domain/funding";
import { testContext } from "../testing/test-context.js";
import { openLicence, type OpenDataFilter, type OpenRow } from "./open-data.js";
import { openDataCatalogue } from "./open-data-catalogue.js";
import { openDataFile } from "./open-data-file.service.js";
import { parseOpenDataRequest } from "./open-data-request.js";
import { openDatasets } from "./open-datasets.js";
import { VALUES_PAGE } from "./open-indicator-values.dataset.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);
const ctx = () => testContext(db.prisma, null, null).ctx;

async function rowsOf(id: string, filter: OpenDataFilter = {}): Promise<OpenRow[]> {
  const dataset = openDatasets.find((d) => d.id === id)!;
  const rows: OpenRow[] = [];
  for await (const page of dataset.rows(ctx(), filter)) rows.push(...page);
  return rows;
}

/** A file as the server would send it, read whole. */
async function download(file: string, query: Record<string, string> = {}) {
  const request = parseOpenDataRequest(file, query);
  if (!request?.ok) throw new Error(`bad request ${file}`);
  const result = await openDataFile(ctx(), request.value);
  const chunks: Buffer[] = [];
  for await (const chunk of result.body) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return { ...result, bytes, text: bytes.toString("utf-8") };
}

async function programmeSlug(id: string) {
  return (await db.prisma.programme.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
}

/** A public programme and a draft one, each with a project in `commune`. */
async function publicAndDraft(commune: string) {
  const active = await f().programme({ status: "active" });
  const draft = await f().programme({ status: "draft" });
  const shown = await f().project({ programmeId: active.id, communeInseeCode: commune, title: "Halles rénovées" });
  const hidden = await f().project({
    programmeId: draft.id,
    communeInseeCode: commune,
    title: "Projet en préparation",
  });
  return { active, draft, shown, hidden };
}

describe("projets", () => {
  it("gives the projects of non-draft programmes, with their commune, EPT, edition and themes", async () => {
    const { active, draft, shown, hidden } = await publicAndDraft("93010");
    const edition = await f().edition(active.id, 2025);
    await db.prisma.project.update({
      where: { id: shown.id },
      data: { editionId: edition.id, themes: ["commerce", "culture"], startsOn: new Date("2025-04-01T00:00:00Z") },
    });

    const rows = await rowsOf("projets", { commune: "93010" });
    const slugs = rows.map((r) => r["slug"]);
    expect(slugs).toContain(shown.slug);
    expect(slugs).not.toContain(hidden.slug);
    expect(await rowsOf("projets", { programme: await programmeSlug(draft.id) })).toEqual([]);

    const row = rows.find((r) => r["slug"] === shown.slug)!;
    expect(Object.keys(row)).toEqual(openDatasets[0]!.fields.map((field) => field.name));
    expect(row).toMatchObject({
      titre: "Halles rénovées",
      statut: "planned",
      statut_libelle: "En projet",
      code_insee: "93010",
      commune: "Bondy",
      programme_slug: await programmeSlug(active.id),
      edition: edition.name,
      edition_annee: 2025,
      date_debut: "2025-04-01",
      date_fin: null,
      themes: "commerce;culture",
      themes_libelles: "Commerce;Culture",
      url: `http://localhost:3000/projets/${shown.slug}`,
    });
    expect(row["ept"]).toEqual(expect.any(String));
    expect(row["ept_siren"]).toMatch(/^\d{9}$/);

    expect((await rowsOf("projets", { annee: 2025, commune: "93010" })).map((r) => r["slug"])).toEqual([shown.slug]);
    expect(await rowsOf("projets", { annee: 2019, commune: "93010" })).toEqual([]);
  });
});

describe("valeurs-indicateurs", () => {
  it("gives approved, published, non-confidential values of public indicators in communes with a public project", async () => {
    await publicAndDraft("93048");
    // Rosny-sous-Bois has a project only in a draft programme: its figures are not public yet.
    const draftOnly = await f().programme({ status: "draft" });
    await f().project({ programmeId: draftOnly.id, communeInseeCode: "93064" });
    const shops = await f().indicator({ name: "Commerces actifs", unit: "commerces" });
    const secret = await f().indicator({ name: "Chiffre d'affaires", publicByDefault: false });
    const value = (
      indicatorId: string,
      period: string,
      v: number,
      status: "draft" | "submitted" | "approved" | "returned",
      extra: { confidential?: boolean; communeInseeCode?: string } = {},
    ) => f().value({ indicatorId, communeInseeCode: "93048", period, value: v, status, ...extra });
    await value(shops.id, "2025", 120.5, "approved");
    await value(shops.id, "2024-T1", 130, "approved");
    await value(shops.id, "2024", 111, "approved", { confidential: true });
    await value(shops.id, "2023", 999, "submitted");
    await value(shops.id, "2022", 998, "draft");
    await value(shops.id, "2021", 997, "returned");
    await value(shops.id, "2025", 4444, "approved", { communeInseeCode: "93064" });
    await value(secret.id, "2025", 5_000_000, "approved");

    const rows = await rowsOf("valeurs-indicateurs", { indicateur: shops.code });
    expect(rows).toEqual([
      expect.objectContaining({ code_insee: "93048", periode: "2024-T1", valeur: 130 }),
      expect.objectContaining({ code_insee: "93048", periode: "2025", valeur: 120.5 }),
    ]);
    expect(rows[1]).toEqual({
      code_indicateur: shops.code,
      indicateur: "Commerces actifs",
      unite: "commerces",
      code_insee: "93048",
      commune: "Montreuil",
      periode: "2025",
      valeur: 120.5,
      publie_le: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      corrige_le: null,
    });
    expect(await rowsOf("valeurs-indicateurs", { indicateur: secret.code })).toEqual([]);
    expect(await rowsOf("valeurs-indicateurs", { commune: "93064" })).toEqual([]);
    expect(
      (await rowsOf("valeurs-indicateurs", { indicateur: shops.code, annee: 2025 })).map((r) => r["valeur"]),
    ).toEqual([120.5]);

    const all = (await download("valeurs-indicateurs.csv")).text;
    for (const hidden of ["111", "999", "998", "997", "4444", "5000000"]) {
      expect(all).not.toMatch(new RegExp(`,${hidden}(,|\\r)`));
    }
  });

  it("reads a large table page by page, each row once, in key order", async () => {
    await publicAndDraft("93010");
    await publicAndDraft("93048");
    const many = await f().indicator({ frequency: "monthly" });
    const months = (Math.ceil(VALUES_PAGE / 24) + 1) * 12;
    // Written in SQL: a few thousand rows through the ORM would take most of the test's time.
    const inserted = await db.prisma.$executeRaw`
      INSERT INTO "IndicatorValue" (id, "indicatorId", "communeInseeCode", period, value, status,
        "publishedValue", "publishedAt", "updatedAt")
      SELECT gen_random_uuid(), ${many.id}::uuid, c, (1800 + m / 12)::text || '-' || lpad((m % 12 + 1)::text, 2, '0'),
        m, 'approved'::"ValueStatus", m, now(), now()
      FROM unnest(ARRAY['93010', '93048']) AS c, generate_series(0, ${months - 1}::int) AS m`;
    expect(inserted).toBeGreaterThan(VALUES_PAGE);

    const dataset = openDatasets.find((d) => d.id === "valeurs-indicateurs")!;
    const pages: number[] = [];
    const keys: string[] = [];
    for await (const page of dataset.rows(ctx(), { indicateur: many.code })) {
      pages.push(page.length);
      keys.push(...page.map((r) => `${r["code_insee"]} ${r["periode"]}`));
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((n) => n <= VALUES_PAGE)).toBe(true);
    expect(keys).toHaveLength(inserted);
    expect(new Set(keys).size).toBe(inserted);
    expect(keys).toEqual([...keys].sort());
  });
});

describe("subventions", () => {
  it("gives the grants of public projects in the SCDL columns, as the officers' export maps them", async () => {
    const { shown, hidden } = await publicAndDraft("93010");
    const grant = await f().grant({
      projectId: shown.id,
      purpose: "Manager de centre-ville",
      amountCents: 4_780_020n,
      conventionOn: "2031-02-10",
      paymentTerms: "instalments",
      instalments: [{ dueOn: "2031-12-31", amountCents: 2_780_020n }],
      payments: [{ paidOn: "2031-04-15", amountCents: 2_000_000n }],
    });
    await f().grant({
      projectId: hidden.id,
      purpose: "Subvention d'un projet en préparation",
      conventionOn: "2031-05-01",
    });

    const rows = await rowsOf("subventions", { annee: 2031 });
    expect(rows).toEqual([
      {
        nomAttribuant: "Métropole du Grand Paris",
        idAttribuant: "20005478100022",
        dateConvention: "2031-02-10",
        referenceDecision: "",
        nomBeneficiaire: "Commune de Bondy",
        idBeneficiaire: "21930010000019",
        objet: grant.purpose,
        montant: "47800.20",
        nature: "aide en numéraire",
        conditionsVersement: "échelonné",
        datesPeriodeVersement: "2031-04-15/2031-12-31",
        idRAE: "",
        notificationUE: "non",
        pourcentageSubvention: "1",
      },
    ]);
    // The same mapping as the officers' file, column for column.
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(toScdlSubvention({ ...sampleGrant })));

    const csv = (await download("subventions.csv", { annee: "2031" })).text;
    expect(csv).toBe(
      "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention\r\n" +
        "Métropole du Grand Paris,20005478100022,2031-02-10,,Commune de Bondy,21930010000019,Manager de centre-ville,47800.20,aide en numéraire,échelonné,2031-04-15/2031-12-31,,non,1\r\n",
    );
    const excel = (await download("subventions.csv", { annee: "2031", format: "excel" })).text;
    expect(excel.split("\r\n")[1]).toBe(
      "Métropole du Grand Paris;20005478100022;2031-02-10;;Commune de Bondy;21930010000019;Manager de centre-ville;47800,20;aide en numéraire;échelonné;2031-04-15/2031-12-31;;non;1",
    );
  });
});

const sampleGrant = {
  funderName: "",
  funderSiret: "",
  conventionOn: "",
  decisionReference: "",
  beneficiaryName: "",
  beneficiarySiret: "",
  purpose: "",
  amountCents: 0n,
  nature: "cash" as const,
  paymentTerms: "single" as const,
  paymentTermsNote: "",
  share: 1,
  euNotified: false,
  raeId: "",
  instalments: [],
  payments: [],
};

describe("evenements", () => {
  it("gives published and cancelled events, never a draft, and links only public projects", async () => {
    const { active, draft, shown, hidden } = await publicAndDraft("93027");
    const events = eventFactories(db.prisma);
    const published = await events.event({
      title: "Visite des halles",
      kind: "site_visit",
      startsAt: "2032-05-12T08:00:00.000Z",
      communeInseeCode: "93027",
      programmeId: active.id,
      projectIds: [shown.id, hidden.id],
    });
    const cancelled = await events.event({
      status: "cancelled",
      startsAt: "2032-06-01T08:00:00.000Z",
      communeInseeCode: "93027",
    });
    const drafted = await events.event({
      status: "draft",
      startsAt: "2032-07-01T08:00:00.000Z",
      communeInseeCode: "93027",
    });
    const ofDraftProgramme = await events.event({
      startsAt: "2032-08-01T08:00:00.000Z",
      communeInseeCode: "93027",
      programmeId: draft.id,
    });

    const rows = await rowsOf("evenements", { annee: 2032, commune: "93027" });
    expect(rows.map((r) => r["slug"])).toEqual([published.slug, cancelled.slug, ofDraftProgramme.slug]);
    expect(rows.map((r) => r["slug"])).not.toContain(drafted.slug);
    expect(rows[0]).toMatchObject({
      type: "site_visit",
      type_libelle: "Visite de site",
      titre: "Visite des halles",
      debut: "2032-05-12T08:00:00.000Z",
      code_insee: "93027",
      programme_slug: await programmeSlug(active.id),
      statut: "published",
      statut_libelle: "Publié",
      projets: shown.slug,
      url: `http://localhost:3000/evenements/${published.slug}`,
    });
    expect(rows[1]).toMatchObject({ statut: "cancelled", statut_libelle: "Annulé", programme: null, projets: null });
    // A draft programme's name is not public yet, even on a published event.
    expect(rows[2]).toMatchObject({ programme_slug: null, programme: null });
    expect(await rowsOf("evenements", { programme: await programmeSlug(draft.id) })).toEqual([]);
  });
});

describe("the files", () => {
  it("write the same rows in CSV and JSON, the licence in the JSON's head", async () => {
    const { active } = await publicAndDraft("93010");
    await f().project({ programmeId: active.id, communeInseeCode: "93048", title: 'Un titre, avec "guillemets"' });
    const programme = await programmeSlug(active.id);
    for (const dataset of openDatasets) {
      const query: Record<string, string> = dataset.filters.programme ? { programme } : { commune: "93048" };
      const json = JSON.parse((await download(`${dataset.id}.json`, query)).text) as {
        licence: unknown;
        producer: { name: string };
        generatedAt: string;
        fields: { name: string }[];
        data: OpenRow[];
      };
      expect(json.licence).toEqual(openLicence);
      expect(json.producer.name).toContain("Métropole du Grand Paris");
      expect(new Date(json.generatedAt).getTime()).not.toBeNaN();
      expect(json.fields.map((field) => field.name)).toEqual(dataset.fields.map((field) => field.name));

      const csv = await download(`${dataset.id}.csv`, query);
      expect(csv.contentType).toBe("text/csv; charset=utf-8");
      expect(csv.bytes[0]).not.toBe(0xef);
      const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(dataset.fields.map((field) => field.name));
      const asText = (row: OpenRow) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? "" : String(v)]));
      expect(parsed.data).toEqual(json.data.map(asText));
      if (dataset.id === "projets") expect(json.data.length).toBe(2);
    }
  });

  it("write French Excel's dialect: BOM, semicolons, decimal comma", async () => {
    await publicAndDraft("93048");
    const rate = await f().indicator({ unit: "%" });
    await f().value({
      indicatorId: rate.id,
      communeInseeCode: "93048",
      period: "2025",
      value: 12.5,
      status: "approved",
    });
    const file = await download("valeurs-indicateurs.csv", { indicateur: rate.code, format: "excel" });
    expect(file.fileName).toBe(`valeurs-indicateurs-${rate.code}-excel.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = file.text.slice(1).split("\r\n");
    expect(header).toBe("code_indicateur;indicateur;unite;code_insee;commune;periode;valeur;publie_le;corrige_le");
    expect(row).toMatch(new RegExp(`^${rate.code};Indicateur ${rate.code};%;93048;Montreuil;2025;12,5;\\d{4}-`));
    const parsed = Papa.parse<Record<string, string>>(file.text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]?.["valeur"]).toBe("12,5");
  });

  it("give a header alone when nothing matches, and name the file after its filters", async () => {
    const empty = await download("projets.csv", { commune: "93010", annee: "1901" });
    expect(empty.text).toBe(`${openDatasets[0]!.fields.map((field) => field.name).join(",")}\r\n`);
    expect(empty.fileName).toBe("projets-93010-1901.csv");
    const json = JSON.parse((await download("projets.json", { commune: "93010", annee: "1901" })).text) as {
      data: unknown[];
      filters: unknown;
    };
    expect(json.data).toEqual([]);
    expect(json.filters).toEqual({ commune: "93010", annee: 1901 });
  });

  it("change their ETag when the data changes, not otherwise", async () => {
    const before = await download("projets.json");
    expect(before.etag).toMatch(/^W\/"[\w-]+"$/);
    expect((await download("projets.json")).etag).toBe(before.etag);
    expect((await download("projets.csv")).etag).not.toBe(before.etag);
    await f().project({ programmeId: (await f().programme({ status: "active" })).id });
    expect((await download("projets.json")).etag).not.toBe(before.etag);

    // Values are stamped under the filter: a value that leaves the file changes its tag.
    await publicAndDraft("93048");
    const shops = await f().indicator();
    const value = await f().value({
      indicatorId: shops.id,
      communeInseeCode: "93048",
      period: "2025",
      status: "approved",
    });
    const file = `valeurs-indicateurs.json`;
    const tag = (await download(file, { indicateur: shops.code })).etag;
    expect((await download(file, { indicateur: shops.code })).etag).toBe(tag);
    await db.prisma.indicatorValue.update({ where: { id: value.id }, data: { confidential: true } });
    expect((await download(file, { indicateur: shops.code })).etag).not.toBe(tag);
  });
});

describe("the catalogue", () => {
  it("lists every dataset with its licence and a CSV, Excel CSV and JSON distribution", () => {
    const catalogue = openDataCatalogue(ctx());
    expect(catalogue.licence).toEqual(openLicence);
    expect(catalogue.datasets.map((d) => d.identifier)).toEqual(openDatasets.map((d) => d.id));
    for (const dataset of catalogue.datasets) {
      expect(dataset.licence).toEqual(openLicence);
      expect(dataset.distributions.map((d) => d.downloadURL)).toEqual([
        `http://localhost:3000/api/v1/${dataset.identifier}.csv`,
        `http://localhost:3000/api/v1/${dataset.identifier}.csv?format=excel`,
        `http://localhost:3000/api/v1/${dataset.identifier}.json`,
      ]);
    }
  });
});

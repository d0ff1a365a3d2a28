import { randomUUID } from "node:crypto";
import type { ProjectStatus } from "@cvv/domain/projects";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

/**
 * The demo indicator library: definitions, programme and project assignments with their
 * trajectories, six years of approved and published values (2019–2024) for the communes of the
 * demo projects, and two collection campaigns, the 2025 one left open with values in every state.
 *
 * Everything is computed from the commune, the project and a keyed hash: the same database
 * always gets the same figures. Figures are illustrative, not observed.
 */

export interface DemoIndicatorsContext {
  programmeId: string;
  /** `grantEuros`, when given, sizes the grants committed and paid; otherwise one is derived from the population. */
  projects: { id: string; communeInseeCode: string; grantEuros?: number }[];
  contributorId: string | null;
  officerId: string | null;
}

/** Accepts the client or a transaction, so loadDemoData stays all-or-nothing. */
type Db = PrismaClient | Prisma.TransactionClient;

type Kind = "execution" | "performance" | "impact";
type Direction = "higher_is_better" | "lower_is_better";
type Frequency = "monthly" | "quarterly" | "yearly";
type Aggregation = "sum" | "population_weighted_mean" | "median" | "none";

interface DemoIndicator {
  code: string;
  name: string;
  definition: string;
  unit: string;
  kind: Kind;
  direction: Direction;
  frequency: Frequency;
  aggregation: Aggregation;
  method: string;
  source: string;
  publicByDefault?: boolean;
  formula?: string;
}

const FIELD_SURVEY =
  "Relevé de terrain annuel et exhaustif des rez-de-chaussée du périmètre validé en comité de pilotage (méthode Codata), réalisé en octobre par le manager de centre-ville ; chaque local visible depuis la rue compte pour une cellule, les cellules en travaux sans preneur connu comptent comme vacantes.";

const indicators: DemoIndicator[] = [
  {
    code: "cellules_commerciales",
    name: "Cellules commerciales en rez-de-chaussée",
    definition:
      "Nombre total de locaux commerciaux en rez-de-chaussée, occupés ou vacants, dans le périmètre du centre-ville.",
    unit: "cellules",
    kind: "performance",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: FIELD_SURVEY,
    source: "Relevé de terrain communal",
  },
  {
    code: "cellules_vacantes",
    name: "Cellules commerciales vacantes",
    definition:
      "Nombre de cellules commerciales en rez-de-chaussée sans activité le jour du relevé (local fermé, à louer ou à vendre, en travaux sans preneur connu).",
    unit: "cellules",
    kind: "impact",
    direction: "lower_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: FIELD_SURVEY,
    source: "Relevé de terrain communal",
  },
  {
    code: "taux_vacance",
    name: "Taux de vacance commerciale",
    definition: "Part des cellules commerciales en rez-de-chaussée vacantes dans le périmètre du centre-ville.",
    unit: "%",
    kind: "impact",
    direction: "lower_is_better",
    frequency: "yearly",
    aggregation: "population_weighted_mean",
    method:
      "Calculé à partir du relevé de terrain : cellules vacantes / cellules commerciales × 100. Repères Procos : moins de 5 % est très sain, plus de 10 % préoccupant ; seuil d'alerte du programme à 7,5 %.",
    source: "Calculé (relevé de terrain communal)",
    formula: "cellules_vacantes / cellules_commerciales * 100",
  },
  {
    code: "commerces_actifs",
    name: "Commerces et services actifs",
    definition:
      "Établissements de commerce et de services ouverts au public en rez-de-chaussée dans le périmètre, ventilables par activité (codes NAF).",
    unit: "commerces",
    kind: "performance",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: "Relevé de terrain annuel rapproché du répertoire SIRENE pour le code NAF de chaque établissement.",
    source: "Relevé de terrain communal ; répertoire SIRENE (Insee)",
  },
  {
    code: "frequentation_pietonne",
    name: "Fréquentation du centre-ville",
    definition: "Nombre moyen de visiteurs uniques par jour dans le périmètre du centre-ville sur le trimestre.",
    unit: "visites/jour",
    kind: "impact",
    direction: "higher_is_better",
    frequency: "quarterly",
    aggregation: "median",
    method:
      "Traces anonymisées de téléphonie mobile redressées à la population ; un appareil présent au moins 10 minutes dans le périmètre compte pour une visite par jour ; moyenne des jours du trimestre.",
    source: "Observatoire métropolitain de l'attractivité des centres-villes (données de téléphonie mobile)",
  },
  {
    code: "habitants_frequentant_mensuellement",
    name: "Habitants fréquentant le centre-ville chaque mois",
    definition: "Part des habitants de la commune venus au moins une fois par mois dans le centre-ville.",
    unit: "%",
    kind: "impact",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "population_weighted_mean",
    method:
      "Enquête téléphonique annuelle auprès d'un échantillon représentatif de 400 habitants par commune (quotas d'âge, de sexe et de quartier), recoupée avec les données de téléphonie mobile.",
    source: "Enquête annuelle de l'observatoire métropolitain",
  },
  {
    code: "subventions_engagees",
    name: "Subventions engagées",
    definition:
      "Montant des subventions du programme attribuées au projet au cours de l'année (délibérations et décisions d'attribution).",
    unit: "€",
    kind: "execution",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: "Somme des montants des décisions d'attribution signées dans l'année civile.",
    source: "Métropole du Grand Paris, décisions d'attribution",
  },
  {
    code: "subventions_versees",
    name: "Subventions versées",
    definition: "Montant des subventions du programme payées au porteur de projet au cours de l'année.",
    unit: "€",
    kind: "execution",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: "Somme des mandats de paiement (avances, acomptes et soldes) émis dans l'année civile.",
    source: "Métropole du Grand Paris, mandats de paiement",
  },
  {
    code: "cellules_renovees",
    name: "Cellules commerciales rénovées",
    definition:
      "Cellules commerciales dont la vitrine, la façade ou l'aménagement intérieur a été rénové avec le soutien du programme.",
    unit: "cellules",
    kind: "execution",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: "Cellules dont les travaux ont été réceptionnés dans l'année, sur procès-verbal de réception.",
    source: "Commune (procès-verbaux de réception des travaux)",
  },
  {
    code: "evenements_organises",
    name: "Animations commerciales organisées",
    definition:
      "Animations organisées ou soutenues dans le centre-ville : marchés thématiques, braderies, animations de fin d'année, fêtes de quartier.",
    unit: "événements",
    kind: "execution",
    direction: "higher_is_better",
    frequency: "monthly",
    aggregation: "sum",
    method: "Événements tenus dans le mois, d'après l'agenda tenu par le manager de centre-ville.",
    source: "Commune (manager de centre-ville)",
  },
  {
    code: "participants_evenements",
    name: "Participants aux animations commerciales",
    definition: "Nombre de participants aux animations commerciales organisées ou soutenues dans l'année.",
    unit: "participants",
    kind: "performance",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method:
      "Comptage ou estimation par l'organisateur (inscriptions, compteurs, estimation par zone), arrondi à la dizaine.",
    source: "Commune (manager de centre-ville)",
  },
  {
    code: "entreprises_accompagnees",
    name: "Entreprises accompagnées",
    definition:
      "Commerçants, artisans et porteurs de projet ayant bénéficié d'un accompagnement individuel dans l'année : diagnostic, conseil, formation au numérique, aide à l'installation.",
    unit: "entreprises",
    kind: "execution",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method:
      "Entreprises distinctes (SIRET) ayant reçu au moins un accompagnement dans l'année, tous financeurs confondus.",
    source: "Commune ; CCI Paris Île-de-France ; CMA Île-de-France",
  },
  {
    code: "entreprises_reparation",
    name: "Entreprises de réparation",
    definition:
      "Entreprises de réparation actives dans le périmètre (NAF 95.1 et 95.2 : réparation d'ordinateurs, de biens personnels et domestiques ; cordonnerie, retouche, cycles), labellisées Répar'Acteurs ou non.",
    unit: "entreprises",
    kind: "impact",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: "Relevé de terrain rapproché du répertoire SIRENE et de l'annuaire des Répar'Acteurs.",
    source: "Relevé de terrain communal ; annuaire Répar'Acteurs (CMA Île-de-France)",
  },
  {
    code: "commerces_seconde_main",
    name: "Commerces de seconde main",
    definition:
      "Commerces de biens d'occasion (NAF 47.79Z), ressourceries et recycleries ouvertes au public dans le périmètre.",
    unit: "commerces",
    kind: "impact",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method:
      "Relevé de terrain rapproché du répertoire SIRENE (code NAF 47.79Z) et de la liste des structures de réemploi.",
    source: "Relevé de terrain communal ; répertoire SIRENE (Insee)",
  },
  {
    code: "emplois_crees",
    name: "Emplois créés",
    definition:
      "Emplois créés, en équivalent temps plein, dans les commerces installés ou développés avec le soutien du programme.",
    unit: "ETP",
    kind: "impact",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method: "Déclaration des entreprises accompagnées douze mois après l'accompagnement, consolidée par la commune.",
    source: "Commune (déclarations des entreprises accompagnées)",
  },
  {
    code: "chiffre_affaires_commerces",
    name: "Chiffre d'affaires médian des commerces suivis",
    definition:
      "Chiffre d'affaires annuel médian des commerces du panel suivi (commerces accompagnés ayant accepté de transmettre leurs comptes).",
    unit: "€",
    kind: "performance",
    direction: "higher_is_better",
    frequency: "yearly",
    aggregation: "median",
    method:
      "Panel de commerçants volontaires ; chiffres individuels couverts par le secret des affaires, jamais publiés ; médiane du panel de la commune.",
    source: "Panel de commerçants (déclarations) ; CCI Paris Île-de-France",
    publicByDefault: false,
  },
  {
    code: "logements_vacants",
    name: "Logements vacants depuis plus de deux ans",
    definition: "Logements du parc privé vacants depuis plus de deux ans dans le périmètre du centre-ville.",
    unit: "logements",
    kind: "impact",
    direction: "lower_is_better",
    frequency: "yearly",
    aggregation: "sum",
    method:
      "Extraction annuelle du fichier LOVAC sur le périmètre du centre-ville, au 1er janvier de l'année suivante.",
    source: "LOVAC (Cerema, DGALN)",
  },
];

/** Yearly figures the communes send in the collection campaigns; the others come from the observatory or the Métropole. */
const campaignCodes = [
  "cellules_commerciales",
  "cellules_vacantes",
  "commerces_actifs",
  "cellules_renovees",
  "participants_evenements",
  "entreprises_accompagnees",
  "entreprises_reparation",
  "commerces_seconde_main",
  "emplois_crees",
] as const;
type CampaignCode = (typeof campaignCodes)[number];

const HISTORY = [2019, 2020, 2021, 2022, 2023, 2024] as const;
const TARGET_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
const OPEN_YEAR = 2025;

// ---------------------------------------------------------------------------------------------
// Determinism: a keyed hash (FNV-1a, then a mulberry32 round) stands for the random draws.

function noise(...key: (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = key.join("|");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const round = (value: number, step = 1) => Math.round(value / step) * step;
const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const at = (year: number, month: number, day: number, hour = 10) => new Date(Date.UTC(year, month - 1, day, hour));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const isoDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

// ---------------------------------------------------------------------------------------------
// The communes of the demo projects, and how each one's figures move.

interface Site {
  inseeCode: string;
  population: number;
  projectId: string;
  status: ProjectStatus;
  /** First year of the project's actions. */
  start: number;
  grant: number;
  /** Works or actions actually running: committed, in progress or completed. */
  underWay: boolean;
  /** Reports execution figures: every project but those not started or abandoned. */
  active: boolean;
}

/** How much the project does in a year, 0 before it starts or when it is not active. */
function intensity(site: Site, year: number): number {
  if (!site.active || year < site.start) return 0;
  switch (site.status) {
    case "completed":
      return year - site.start <= 3 ? 1 : 0.35;
    case "in_progress":
      return 1;
    case "committed":
      return 0.5;
    default:
      return 0.3;
  }
}

function units(site: Site, year: number): number {
  let n = Math.round(35 + site.population * 0.0026 + noise(site.inseeCode, "units") * 30);
  for (let y = 2020; y <= year; y++) n += Math.round((noise(site.inseeCode, "units", y) - 0.5) * 2.4);
  return n;
}

const covidVacancy: Record<number, number> = { 2020: 0.6, 2021: 0.9, 2022: 0.3 };

function vacancyRate(site: Site, year: number): number {
  const r0 = 11 + noise(site.inseeCode, "rate") * 3.5;
  const covid = covidVacancy[year] ?? 0;
  const jitter = (noise(site.inseeCode, "rate", year) - 0.5) * 0.6;
  if (site.underWay && year >= site.start) {
    const goal = 8.6 + noise(site.inseeCode, "goal") * 1.2;
    const progress = clamp((year - site.start + 1) / 5, 0, 1);
    return r0 - (r0 - goal) * progress + covid * (1 - progress) + jitter;
  }
  const drift = site.status === "abandoned" ? 0.45 : 0.3;
  return r0 + drift * (year - 2019) + covid + jitter;
}

function vacant(site: Site, year: number): number {
  return Math.round((units(site, year) * vacancyRate(site, year)) / 100);
}

function monthlyVisitors(site: Site, year: number): number {
  const p0 = 46 + noise(site.inseeCode, "monthly") * 18;
  const covid = year === 2020 ? -7 : year === 2021 ? -3.5 : 0;
  const effect = site.underWay && year >= site.start ? Math.min(7, 1.3 * (year - site.start + 1)) : 0.2 * (year - 2019);
  return round1(clamp(p0 + covid + effect + (noise(site.inseeCode, "monthly", year) - 0.5) * 1.6, 20, 90));
}

const seasonality = [0.95, 1.03, 0.86, 1.16];
const covidFootfall: Record<string, number> = {
  "2020-T1": 0.86,
  "2020-T2": 0.42,
  "2020-T3": 0.88,
  "2020-T4": 0.68,
  "2021-T1": 0.74,
  "2021-T2": 0.86,
  "2021-T3": 0.95,
};

function footfall(site: Site, year: number, quarter: number): number {
  const base = site.population * 0.11 + 1500 + noise(site.inseeCode, "footfall") * 2500;
  const elapsed = year - 2019 + (quarter - 1) / 4;
  const growth =
    site.underWay && year >= site.start
      ? 1.004 ** elapsed * 1.025 ** (year - site.start + quarter / 4)
      : 1.004 ** elapsed;
  const jitter = 1 + (noise(site.inseeCode, "footfall", year, quarter) - 0.5) * 0.06;
  return round(base * seasonality[quarter - 1]! * (covidFootfall[`${year}-T${quarter}`] ?? 1) * growth * jitter, 10);
}

function vacantHousing(site: Site, year: number): number {
  const l0 = 15 + site.population * 0.0018 + noise(site.inseeCode, "lovac") * 40;
  const trend = site.underWay && year >= site.start ? 0.98 ** (year - site.start + 1) : 1.01 ** (year - 2019);
  return Math.round(l0 * trend + (noise(site.inseeCode, "lovac", year) - 0.5) * 6);
}

// Montreuil and Ivry-sur-Seine carry repair and reuse projects; Saint-Ouen has the flea market.
const repairFocus = new Set(["93048", "94041"]);
const secondHandFocus = new Set(["93048", "93070"]);

function repairBusinesses(site: Site, year: number): number {
  const r0 = 1 + Math.floor(site.population / 25_000) + Math.floor(noise(site.inseeCode, "repair") * 3);
  const slope = (site.underWay ? 0.35 : 0.2) + (repairFocus.has(site.inseeCode) ? 0.35 : 0);
  return r0 + Math.floor((year - 2019) * slope + noise(site.inseeCode, "repair", year) * 0.5);
}

function secondHandShops(site: Site, year: number): number {
  const s0 =
    Math.floor(site.population / 40_000) +
    Math.floor(noise(site.inseeCode, "second-hand") * 3) +
    (site.inseeCode === "93070" ? 6 : 0);
  const slope = 0.25 + (secondHandFocus.has(site.inseeCode) ? 0.3 : 0);
  return s0 + Math.floor((year - 2019) * slope + noise(site.inseeCode, "second-hand", year) * 0.5);
}

const monthFactor = [0.5, 0.6, 0.8, 0.9, 1.0, 1.5, 0.9, 0.3, 1.0, 0.9, 0.8, 2.0];

function eventsInMonth(site: Site, year: number, month: number): number | null {
  const level = intensity(site, year);
  if (level === 0) return null;
  if (year === 2020 && [3, 4, 5, 11].includes(month)) return 0;
  const covid = year === 2020 || (year === 2021 && month <= 5) ? 0.5 : 1;
  const rate = level * (1.2 + 1.6 * noise(site.inseeCode, "events")) * monthFactor[month - 1]! * covid;
  return Math.floor(rate * (0.6 + noise(site.inseeCode, "events", year, month) * 0.9) + 0.35);
}

interface Execution {
  renovated: number;
  supported: number;
  jobs: number;
  participants: number;
}

function execution(site: Site, year: number): Execution | null {
  const level = intensity(site, year);
  if (level === 0) return null;
  const size = clamp(0.4 + site.grant / 300_000, 0.4, 1.6);
  const renovated = Math.floor(level * size * (0.6 + noise(site.inseeCode, "renovated", year) * 3.4));
  const supported = Math.round(level * size * (4 + noise(site.inseeCode, "supported", year) * 14));
  const jobs = Math.round(renovated * 1.5 + supported * 0.25 + level * noise(site.inseeCode, "jobs", year) * 2);
  let events = 0;
  for (let month = 1; month <= 12; month++) events += eventsInMonth(site, year, month) ?? 0;
  const perEvent = 150 + noise(site.inseeCode, "participants", year) * 450;
  return { renovated, supported, jobs, participants: round(events * perEvent, 10) };
}

/** Shares of the grant committed and paid, by years after the start, for each project status. */
const grantSchedules: Record<ProjectStatus, { committed: Record<number, number>; paid: Record<number, number> }> = {
  completed: { committed: { 0: 0.7, 1: 0.3 }, paid: { 0: 0.3, 1: 0.4, 2: 0.3 } },
  in_progress: { committed: { 0: 0.6, 1: 0.4 }, paid: { 1: 0.25, 2: 0.25, 3: 0.15, 4: 0.1 } },
  committed: { committed: { 0: 0.1, 2: 0.9 }, paid: { 1: 0.1, 3: 0.15, 4: 0.1 } },
  mature: { committed: { 1: 0.15 }, paid: { 2: 0.15 } },
  planned: { committed: {}, paid: {} },
  abandoned: { committed: {}, paid: {} },
};

function grants(site: Site, year: number): { committed: number; paid: number } | null {
  if (intensity(site, year) === 0) return null;
  const schedule = grantSchedules[site.status];
  const offset = year - site.start;
  return {
    committed: round(site.grant * (schedule.committed[offset] ?? 0), 100),
    paid: round(site.grant * (schedule.paid[offset] ?? 0), 100),
  };
}

const turnoverIndex: Record<number, number> = { 2019: 1, 2020: 0.82, 2021: 0.93, 2022: 1.02, 2023: 1.05, 2024: 1.07 };

/** Median turnover of the shopkeepers' panel, kept by the communes whose project is under way. */
function turnover(site: Site, year: number): number | null {
  if (!site.underWay || site.grant < 90_000 || year < site.start) return null;
  const base = 170_000 + noise(site.inseeCode, "turnover") * 150_000;
  const effect = 1 + 0.012 * (year - site.start);
  const jitter = 1 + (noise(site.inseeCode, "turnover", year) - 0.5) * 0.04;
  return round(base * (turnoverIndex[year] ?? 1) * effect * jitter, 1000);
}

/** What a commune reports for a campaign indicator in a year; null when it has nothing to report. */
function campaignFigure(site: Site, code: CampaignCode, year: number): number | null {
  switch (code) {
    case "cellules_commerciales":
      return units(site, year);
    case "cellules_vacantes":
      return vacant(site, year);
    case "commerces_actifs":
      return units(site, year) - vacant(site, year);
    case "entreprises_reparation":
      return repairBusinesses(site, year);
    case "commerces_seconde_main":
      return secondHandShops(site, year);
    case "cellules_renovees":
      return execution(site, year)?.renovated ?? null;
    case "participants_evenements":
      return execution(site, year)?.participants ?? null;
    case "entreprises_accompagnees":
      return execution(site, year)?.supported ?? null;
    case "emplois_crees":
      return execution(site, year)?.jobs ?? null;
  }
}

const activities = [
  { label: "alimentaire", weight: 0.18 },
  { label: "équipement de la personne", weight: 0.26 },
  { label: "équipement de la maison", weight: 0.1 },
  { label: "culture et loisirs", weight: 0.09 },
  { label: "cafés, hôtels, restaurants", weight: 0.15 },
  { label: "services", weight: 0.22 },
];

/** Vacant units by former activity, whole numbers adding up exactly to the total (largest remainders). */
function breakdownByActivity(total: number, key: string): { label: string; value: number }[] {
  const weights = activities.map((a, i) => a.weight * (0.6 + noise(key, "activity", i) * 0.8));
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const missing = total - parts.reduce((s, p) => s + p, 0);
  for (let k = 0; k < missing; k++) parts[order[k]!.i]! += 1;
  return activities.map((a, i) => ({ label: a.label, value: parts[i]! })).filter((p) => p.value > 0);
}

// ---------------------------------------------------------------------------------------------

type ValueRow = Prisma.IndicatorValueCreateManyInput;
type ChangeRow = Prisma.IndicatorValueChangeCreateManyInput;

/** 2025 campaign: how far each commune has got, so the review screens show every state. */
type Progress = "approved" | "partly_approved" | "submitted" | "drafts" | "some_drafts" | "nothing";
const progressCycle: Progress[] = [
  "approved",
  "partly_approved",
  "nothing",
  "approved",
  "submitted",
  "drafts",
  "approved",
  "nothing",
  "submitted",
  "some_drafts",
  "approved",
  "nothing",
  "submitted",
  "approved",
  "nothing",
];

export async function loadDemoIndicators(prisma: Db, ctx: DemoIndicatorsContext): Promise<void> {
  const stored = await prisma.project.findMany({
    where: { id: { in: ctx.projects.map((p) => p.id) } },
    select: {
      id: true,
      status: true,
      startsOn: true,
      commune: { select: { inseeCode: true, population: true } },
    },
  });
  const byId = new Map(stored.map((p) => [p.id, p]));
  const sites: Site[] = [];
  const seen = new Set<string>();
  for (const p of ctx.projects) {
    const project = byId.get(p.id);
    // Values are keyed by commune and period: one project per commune carries the figures.
    if (!project || seen.has(project.commune.inseeCode)) continue;
    seen.add(project.commune.inseeCode);
    const status: ProjectStatus = project.status;
    sites.push({
      inseeCode: project.commune.inseeCode,
      population: project.commune.population,
      projectId: project.id,
      status,
      start: project.startsOn?.getUTCFullYear() ?? 2020,
      grant: status === "abandoned" ? 0 : (p.grantEuros ?? round(60_000 + project.commune.population * 3, 1000)),
      underWay: status === "committed" || status === "in_progress" || status === "completed",
      active: status !== "planned" && status !== "abandoned",
    });
  }
  const contributorCommunes = new Set(
    ctx.contributorId
      ? (
          await prisma.userCommune.findMany({
            where: { userId: ctx.contributorId },
            select: { communeInseeCode: true },
          })
        ).map((c) => c.communeInseeCode)
      : [],
  );

  // Definitions ----------------------------------------------------------------------------
  const created = await prisma.indicatorDefinition.createManyAndReturn({
    select: { id: true, code: true },
    data: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      definition: i.definition,
      unit: i.unit,
      kind: i.kind,
      direction: i.direction,
      frequency: i.frequency,
      aggregation: i.aggregation,
      method: i.method,
      source: i.source,
      publicByDefault: i.publicByDefault ?? true,
      formula: i.formula ?? null,
      isDemo: true,
      createdAt: at(2019, 1, 10),
    })),
  });
  const idOf = new Map(created.map((c) => [c.code, c.id]));
  const indicatorId = (code: string) => {
    const id = idOf.get(code);
    if (!id) throw new Error(`Indicateur de démonstration inconnu : ${code}`);
    return id;
  };
  const sourceOf = new Map(indicators.map((i) => [i.code, i.source]));

  // Campaigns ------------------------------------------------------------------------------
  const reporting = sites.filter((s) => s.active);
  const closedCampaign = await prisma.reportingCampaign.create({
    select: { id: true },
    data: {
      programmeId: ctx.programmeId,
      name: "Collecte annuelle 2024",
      instructions:
        "Saisissez les chiffres de l'année 2024 de votre centre-ville : relevé de terrain d'octobre (cellules, vacance, commerces actifs, réparation, seconde main) et bilan des actions du projet. Joignez la fiche de relevé si vous en avez une.",
      periodStart: isoDate("2024-01-01"),
      periodEnd: isoDate("2024-12-31"),
      deadline: isoDate("2025-03-31"),
      status: "closed",
      isDemo: true,
      createdAt: at(2024, 12, 2),
      updatedAt: at(2025, 4, 15),
    },
  });
  const openCampaign = await prisma.reportingCampaign.create({
    select: { id: true },
    data: {
      programmeId: ctx.programmeId,
      name: "Collecte annuelle 2025",
      instructions:
        "Saisissez les chiffres de l'année 2025 de votre centre-ville : relevé de terrain (cellules, vacance, commerces actifs, réparation, seconde main) et bilan des actions du projet. Une valeur renvoyée porte le commentaire de la chargée de mission : corrigez-la puis soumettez-la de nouveau.",
      periodStart: isoDate("2025-01-01"),
      periodEnd: isoDate("2025-12-31"),
      deadline: isoDate("2026-12-15"),
      status: "open",
      isDemo: true,
      createdAt: at(2026, 9, 1),
      updatedAt: at(2026, 9, 1),
    },
  });
  for (const campaign of [closedCampaign, openCampaign]) {
    await prisma.campaignIndicator.createMany({
      data: campaignCodes.map((code) => ({ campaignId: campaign.id, indicatorId: indicatorId(code) })),
    });
    await prisma.campaignCommune.createMany({
      data: reporting.map((s) => ({ campaignId: campaign.id, communeInseeCode: s.inseeCode })),
    });
  }
  const inCampaign = new Set(reporting.map((s) => s.inseeCode));

  // Approved history, 2019–2024 ------------------------------------------------------------
  const values: ValueRow[] = [];
  const changes: ChangeRow[] = [];
  const history = new Map<string, number>();
  const remember = (code: string, site: Site, period: string, value: number) =>
    history.set(`${code}|${site.inseeCode}|${period}`, value);

  const approved = (
    code: string,
    site: Site,
    period: string,
    value: number,
    submittedAt: Date,
    reviewedAt: Date,
    extra: Partial<ValueRow> = {},
  ): ValueRow => {
    remember(code, site, period, value);
    return {
      indicatorId: indicatorId(code),
      communeInseeCode: site.inseeCode,
      projectId: site.projectId,
      period,
      value,
      source: sourceOf.get(code) ?? "",
      status: "approved",
      submittedAt,
      reviewedAt,
      publishedValue: value,
      publishedAt: reviewedAt,
      isDemo: true,
      createdAt: submittedAt,
      updatedAt: reviewedAt,
      ...extra,
    };
  };

  // Another commune shows a breakdown and a correction after publication.
  const showcase = sites.find((s) => s.active && !contributorCommunes.has(s.inseeCode));
  for (const site of sites) {
    const authorId = contributorCommunes.has(site.inseeCode) ? ctx.contributorId : null;
    for (const year of HISTORY) {
      // A commune sends its yearly sheet at once, and the officer approves it at once.
      const sent = at(
        year + 1,
        1 + Math.floor(noise(site.inseeCode, "sent", year) * 3),
        5 + Math.floor(noise(site.inseeCode, "sent-day", year) * 20),
      );
      const reviewed = addDays(sent, 2 + Math.floor(noise(site.inseeCode, "reviewed", year) * 7));
      const campaignId = year === 2024 && inCampaign.has(site.inseeCode) ? closedCampaign.id : null;
      const period = String(year);

      for (const code of campaignCodes) {
        const value = campaignFigure(site, code, year);
        if (value === null) continue;
        const extra: Partial<ValueRow> = { campaignId, authorId: campaignId ? authorId : null };
        if (code === "cellules_vacantes" && year === 2024 && (authorId || site === showcase)) {
          const parts = breakdownByActivity(value, site.inseeCode);
          extra.breakdown = parts;
          extra.publishedBreakdown = parts;
          extra.comment = "Répartition par activité du dernier occupant connu.";
        }
        if (code === "cellules_vacantes" && year === 2023 && site === showcase) {
          // Published, then corrected by the officer: one unit had been counted twice. The history
          // reads as the API writes it: created, approved, correction, approved again.
          const id = randomUUID();
          const old = value + 1;
          const corrected = at(2024, 6, 12, 14);
          const why = "Doublon dans le relevé de terrain signalé par le manager de centre-ville.";
          extra.id = id;
          extra.authorId = ctx.officerId;
          extra.reviewedAt = corrected;
          extra.correctedAt = corrected;
          extra.updatedAt = corrected;
          extra.version = 3;
          extra.comment =
            "Corrigé en juin 2024 : une cellule de la rue principale avait été comptée deux fois dans le relevé d'octobre 2023.";
          changes.push(
            {
              valueId: id,
              actorId: authorId,
              action: "created",
              changes: { value: [null, old], status: [null, "submitted"] },
              createdAt: sent,
            },
            {
              valueId: id,
              actorId: ctx.officerId,
              action: "approved",
              changes: { status: ["submitted", "approved"], publishedValue: [null, old] },
              createdAt: reviewed,
            },
            {
              valueId: id,
              actorId: ctx.officerId,
              action: "correction",
              changes: { value: [old, value], status: ["approved", "submitted"] },
              comment: why,
              createdAt: addDays(corrected, -1 / 24),
            },
            {
              valueId: id,
              actorId: ctx.officerId,
              action: "approved",
              changes: {
                status: ["submitted", "approved"],
                publishedValue: [old, value],
                correctedAt: [null, corrected.toISOString()],
              },
              comment: why,
              createdAt: corrected,
            },
          );
        }
        values.push(approved(code, site, period, value, sent, reviewed, extra));
      }

      values.push(
        approved(
          "habitants_frequentant_mensuellement",
          site,
          period,
          monthlyVisitors(site, year),
          at(year + 1, 3, 12),
          at(year + 1, 3, 19),
        ),
        approved("logements_vacants", site, period, vacantHousing(site, year), at(year + 1, 6, 8), at(year + 1, 6, 15)),
      );
      const money = grants(site, year);
      if (money) {
        const closing = at(year + 1, 1, 20, 9);
        values.push(
          approved("subventions_engagees", site, period, money.committed, closing, addDays(closing, 1)),
          approved("subventions_versees", site, period, money.paid, closing, addDays(closing, 1)),
        );
      }
      const ca = turnover(site, year);
      if (ca !== null) {
        values.push(approved("chiffre_affaires_commerces", site, period, ca, sent, reviewed, { confidential: true }));
      }

      for (let quarter = 1; quarter <= 4; quarter++) {
        const delivered = at(quarter === 4 ? year + 1 : year, quarter === 4 ? 1 : quarter * 3 + 1, 25);
        values.push(
          approved(
            "frequentation_pietonne",
            site,
            `${year}-T${quarter}`,
            footfall(site, year, quarter),
            delivered,
            addDays(delivered, 3),
            {
              comment:
                year === 2020 && quarter === 2
                  ? "Confinement du 17 mars au 11 mai 2020 : commerces non essentiels fermés."
                  : "",
            },
          ),
        );
      }
      for (let month = 1; month <= 12; month++) {
        const count = eventsInMonth(site, year, month);
        if (count === null) continue;
        const sentMonthly = at(
          month === 12 ? year + 1 : year,
          month === 12 ? 1 : month + 1,
          3 + Math.floor(noise(site.inseeCode, "m", year, month) * 8),
        );
        values.push(
          approved(
            "evenements_organises",
            site,
            `${year}-${String(month).padStart(2, "0")}`,
            count,
            sentMonthly,
            addDays(sentMonthly, 2),
            {
              authorId,
            },
          ),
        );
      }
    }
  }

  // The open 2025 campaign -------------------------------------------------------------------
  let cycle = 0;
  for (const site of reporting) {
    const isContributor = contributorCommunes.has(site.inseeCode);
    const progress: Progress = isContributor ? "nothing" : progressCycle[cycle++ % progressCycle.length]!;
    const authorId = isContributor ? ctx.contributorId : null;
    const period = String(OPEN_YEAR);
    const sent = at(
      2026,
      // September to October 2026: the campaign opened on 1 September.
      9 + Math.floor(noise(site.inseeCode, "sent", OPEN_YEAR) * 2),
      1 + Math.floor(noise(site.inseeCode, "sent-day", OPEN_YEAR) * 28),
    );
    const reviewed = addDays(sent, 3 + Math.floor(noise(site.inseeCode, "reviewed", OPEN_YEAR) * 5));
    const base = (code: CampaignCode, value: number): ValueRow => ({
      indicatorId: indicatorId(code),
      communeInseeCode: site.inseeCode,
      projectId: site.projectId,
      campaignId: openCampaign.id,
      period,
      value,
      source: sourceOf.get(code) ?? "",
      authorId,
      isDemo: true,
    });

    if (isContributor) {
      // What a contributor trying the demo finds: one figure approved, one awaiting review, one
      // sent back to correct, two drafts to finish, and the rest still to enter.
      const draftedAt = at(2026, 10, 13, 9);
      const sentAt = at(2026, 10, 14, 16);
      const returnedAt = at(2026, 10, 20, 11);
      const truth = vacant(site, OPEN_YEAR);
      const lastYear = history.get(`cellules_vacantes|${site.inseeCode}|2024`) ?? truth;
      const typed = Math.max(0, lastYear - 6);
      const reviewComment = `Baisse de ${lastYear - typed} cellules vacantes par rapport à 2024 (${lastYear}) alors que le nombre de commerces actifs bouge peu : merci de vérifier le relevé (les cellules en travaux sans preneur comptent comme vacantes) ou de joindre la fiche de terrain.`;
      const ids = { units: randomUUID(), vacant: randomUUID(), active: randomUUID() };
      const unitsValue = units(site, OPEN_YEAR);
      const activeValue = unitsValue - truth;
      values.push(
        {
          ...base("cellules_commerciales", unitsValue),
          id: ids.units,
          version: 2,
          status: "approved",
          submittedAt: sentAt,
          reviewedAt: returnedAt,
          publishedValue: unitsValue,
          publishedAt: returnedAt,
          createdAt: draftedAt,
          updatedAt: returnedAt,
        },
        {
          ...base("cellules_vacantes", typed),
          id: ids.vacant,
          version: 2,
          status: "returned",
          reviewComment,
          submittedAt: sentAt,
          reviewedAt: returnedAt,
          createdAt: draftedAt,
          updatedAt: returnedAt,
        },
        {
          ...base("commerces_actifs", activeValue),
          id: ids.active,
          version: 1,
          status: "submitted",
          submittedAt: at(2026, 11, 24, 15),
          createdAt: draftedAt,
          updatedAt: at(2026, 11, 24, 15),
        },
      );
      for (const code of ["cellules_renovees", "participants_evenements"] as const) {
        const value = campaignFigure(site, code, OPEN_YEAR);
        if (value === null) continue;
        values.push({
          ...base(code, value),
          status: "draft",
          createdAt: at(2026, 11, 25, 10),
          updatedAt: at(2026, 11, 25, 10),
        });
      }
      const drafted = (id: string, value: number) => ({
        valueId: id,
        actorId: authorId,
        action: "created",
        changes: { value: [null, value], status: [null, "draft"] },
        createdAt: draftedAt,
      });
      changes.push(
        drafted(ids.units, unitsValue),
        {
          valueId: ids.units,
          actorId: authorId,
          action: "submitted",
          changes: { status: ["draft", "submitted"] },
          createdAt: sentAt,
        },
        {
          valueId: ids.units,
          actorId: ctx.officerId,
          action: "approved",
          changes: { status: ["submitted", "approved"], publishedValue: [null, unitsValue] },
          createdAt: returnedAt,
        },
        drafted(ids.vacant, typed),
        {
          valueId: ids.vacant,
          actorId: authorId,
          action: "submitted",
          changes: { status: ["draft", "submitted"] },
          createdAt: sentAt,
        },
        {
          valueId: ids.vacant,
          actorId: ctx.officerId,
          action: "returned",
          changes: { status: ["submitted", "returned"] },
          comment: reviewComment,
          createdAt: returnedAt,
        },
        drafted(ids.active, activeValue),
        {
          valueId: ids.active,
          actorId: authorId,
          action: "submitted",
          changes: { status: ["draft", "submitted"] },
          createdAt: at(2026, 11, 24, 15),
        },
      );
      continue;
    }

    if (progress === "nothing") continue;
    campaignCodes.forEach((code, i) => {
      const value = campaignFigure(site, code, OPEN_YEAR);
      if (value === null) return;
      const state =
        progress === "approved" || (progress === "partly_approved" && i < 5)
          ? "approved"
          : progress === "submitted" || progress === "partly_approved"
            ? "submitted"
            : progress === "drafts" || i < 4
              ? "draft"
              : null;
      if (state === null) return;
      if (state === "approved") {
        values.push({
          ...base(code, value),
          status: "approved",
          submittedAt: sent,
          reviewedAt: reviewed,
          publishedValue: value,
          publishedAt: reviewed,
          createdAt: sent,
          updatedAt: reviewed,
        });
      } else if (state === "submitted") {
        values.push({ ...base(code, value), status: "submitted", submittedAt: sent, createdAt: sent, updatedAt: sent });
      } else {
        values.push({ ...base(code, value), status: "draft", createdAt: sent, updatedAt: sent });
      }
    });
  }

  await prisma.indicatorValue.createMany({ data: values });
  await prisma.indicatorValueChange.createMany({ data: changes });

  // Assignments, baselines and trajectories ----------------------------------------------------
  const populationOf = new Map(sites.map((s) => [s.inseeCode, s.population]));
  const figure = (code: string, site: Site, period: string) => history.get(`${code}|${site.inseeCode}|${period}`);
  const sum = (code: string, period: string) => sites.reduce((total, s) => total + (figure(code, s, period) ?? 0), 0);
  const weightedMean = (read: (site: Site) => number | undefined) => {
    let weighted = 0;
    let population = 0;
    for (const site of sites) {
      const value = read(site);
      if (value === undefined) continue;
      weighted += value * (populationOf.get(site.inseeCode) ?? 0);
      population += populationOf.get(site.inseeCode) ?? 0;
    }
    return population === 0 ? 0 : weighted / population;
  };
  const rate2019 = (site: Site) => {
    const v = figure("cellules_vacantes", site, "2019");
    const u = figure("cellules_commerciales", site, "2019");
    return v === undefined || !u ? undefined : (v / u) * 100;
  };
  const medianOf = (numbers: number[]) => {
    const sorted = [...numbers].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  /** A straight line from the 2019 baseline to the 2026 goal. */
  const trajectory = (baseline: number, goal: number, decimals: 0 | 1, years: readonly number[] = TARGET_YEARS) =>
    Object.fromEntries(
      years.map((y) => {
        const v = baseline + ((goal - baseline) * (y - 2019)) / (2026 - 2019);
        return [String(y), decimals === 1 ? round1(v) : Math.round(v)];
      }),
    );
  const plan = (yearly: number[]) => Object.fromEntries(TARGET_YEARS.map((y, i) => [String(y), yearly[i] ?? 0]));

  const vacancy2019 = round1(weightedMean(rate2019));
  const vacant2019 = sum("cellules_vacantes", "2019");
  const active2019 = sum("commerces_actifs", "2019");
  const monthly2019 = round1(weightedMean((s) => figure("habitants_frequentant_mensuellement", s, "2019")));
  const footfall2019 = round(
    medianOf(
      sites.map(
        (s) => [1, 2, 3, 4].reduce((t, q) => t + (figure("frequentation_pietonne", s, `2019-T${q}`) ?? 0), 0) / 4,
      ),
    ),
    10,
  );
  // Quarterly footfall: the 2019 median of each quarter, raised by 1.5 % a year.
  const footfallTargets = Object.fromEntries(
    TARGET_YEARS.flatMap((y) =>
      [1, 2, 3, 4].map((q) => {
        const median2019 = medianOf(sites.map((s) => figure("frequentation_pietonne", s, `2019-T${q}`) ?? 0));
        return [`${y}-T${q}`, round(median2019 * (1 + 0.015 * (y - 2019)), 10)];
      }),
    ),
  );
  const baselineDate = isoDate("2019-12-31");

  interface AssignmentSpec {
    code: string;
    projectId: string | null;
    baselineValue: number;
    baselineDate: Date;
    alertThreshold: number | null;
    targets: Record<string, number>;
    /** When the officer set it up: the programme's start, or the project's. */
    since?: number;
  }
  const specs: AssignmentSpec[] = [
    {
      code: "taux_vacance",
      projectId: null,
      baselineValue: vacancy2019,
      baselineDate,
      alertThreshold: 7.5,
      targets: trajectory(vacancy2019, 9, 1),
    },
    {
      code: "cellules_vacantes",
      projectId: null,
      baselineValue: vacant2019,
      baselineDate,
      alertThreshold: Math.round(vacant2019 * 1.05),
      targets: trajectory(vacant2019, vacant2019 * 0.72, 0),
    },
    {
      code: "commerces_actifs",
      projectId: null,
      baselineValue: active2019,
      baselineDate,
      alertThreshold: Math.round(active2019 * 0.97),
      targets: trajectory(active2019, active2019 * 1.05, 0),
    },
    {
      code: "frequentation_pietonne",
      projectId: null,
      baselineValue: footfall2019,
      baselineDate,
      alertThreshold: round(footfall2019 * 0.85, 10),
      targets: footfallTargets,
    },
    {
      code: "habitants_frequentant_mensuellement",
      projectId: null,
      baselineValue: monthly2019,
      baselineDate,
      alertThreshold: 50,
      targets: trajectory(monthly2019, monthly2019 + 8, 1),
    },
    {
      code: "subventions_engagees",
      projectId: null,
      baselineValue: 0,
      baselineDate,
      alertThreshold: null,
      targets: plan([1_500_000, 1_000_000, 1_000_000, 800_000, 500_000, 500_000, 300_000]),
    },
    {
      code: "subventions_versees",
      projectId: null,
      baselineValue: 0,
      baselineDate,
      alertThreshold: null,
      targets: plan([400_000, 800_000, 800_000, 700_000, 600_000, 500_000, 400_000]),
    },
    {
      code: "cellules_renovees",
      projectId: null,
      baselineValue: 0,
      baselineDate,
      alertThreshold: null,
      targets: plan([15, 20, 30, 35, 35, 30, 25]),
    },
    {
      code: "entreprises_accompagnees",
      projectId: null,
      baselineValue: 0,
      baselineDate,
      alertThreshold: null,
      targets: plan([80, 100, 140, 160, 160, 150, 140]),
    },
    {
      code: "emplois_crees",
      projectId: null,
      baselineValue: 0,
      baselineDate,
      alertThreshold: null,
      targets: plan([40, 55, 80, 95, 95, 90, 80]),
    },
  ];

  // A few projects follow their own figures: the contributor's commune, and two thematic projects.
  const contributorSite = sites.find((s) => contributorCommunes.has(s.inseeCode));
  if (contributorSite) {
    const own = round1(rate2019(contributorSite) ?? vacancy2019);
    specs.push({
      code: "taux_vacance",
      projectId: contributorSite.projectId,
      since: contributorSite.start,
      baselineValue: own,
      baselineDate,
      alertThreshold: own,
      targets: trajectory(
        own,
        8.5,
        1,
        TARGET_YEARS.filter((y) => y >= contributorSite.start),
      ),
    });
  }
  const repairSite = sites.find((s) => repairFocus.has(s.inseeCode));
  if (repairSite) {
    const own = figure("entreprises_reparation", repairSite, "2019") ?? 0;
    specs.push({
      code: "entreprises_reparation",
      projectId: repairSite.projectId,
      since: repairSite.start,
      baselineValue: own,
      baselineDate,
      alertThreshold: null,
      targets: trajectory(
        own,
        own + 6,
        0,
        TARGET_YEARS.filter((y) => y >= repairSite.start),
      ),
    });
  }
  const craftsSite = sites.find((s) => s.inseeCode === "93070") ?? sites.find((s) => s.active && !s.underWay);
  if (craftsSite) {
    specs.push({
      code: "cellules_renovees",
      projectId: craftsSite.projectId,
      since: craftsSite.start,
      baselineValue: 0,
      baselineDate,
      alertThreshold: null,
      targets: plan([0, 0, 2, 3, 4, 4, 3]),
    });
  }

  const assignments = await prisma.indicatorAssignment.createManyAndReturn({
    select: { id: true, indicatorId: true, projectId: true },
    data: specs.map((s) => ({
      indicatorId: indicatorId(s.code),
      programmeId: ctx.programmeId,
      projectId: s.projectId,
      baselineValue: s.baselineValue,
      baselineDate: s.baselineDate,
      alertThreshold: s.alertThreshold,
      createdAt: at(s.since ?? 2020, 1, 15),
    })),
  });
  const assignmentOf = new Map(assignments.map((a) => [`${a.indicatorId}|${a.projectId ?? ""}`, a.id]));
  await prisma.indicatorTarget.createMany({
    data: specs.flatMap((s) => {
      const assignmentId = assignmentOf.get(`${indicatorId(s.code)}|${s.projectId ?? ""}`);
      if (!assignmentId) return [];
      return Object.entries(s.targets)
        .filter(([, value]) => value > 0 || s.code === "taux_vacance")
        .map(([period, value]) => ({ assignmentId, period, value }));
    }),
  });
}

import { funderKindLabels, missionStatusLabels, planItemKindLabels, projectStatusLabels } from "@cvv/domain/labels";
import { fail, ok, type Result } from "@cvv/domain/shared";
import {
  steeringFiltersInput,
  steeringViewSchema,
  type SteeringFiltersInput,
  type SteeringView,
} from "@cvv/domain/steering";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { tableCsv, tablesWorkbook, type ExportTable } from "../shared/table-export.js";
import { steeringDashboard, type SteeringDashboard } from "./steering-dashboard.service.js";

export type SteeringExportFormat = "xlsx" | "csv" | "csv-excel";

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const frenchDate = (iso: string) => iso.split("-").reverse().join("/");
const upcomingSources = {
  "plan-item": "Action ou jalon",
  "action-item": "Suite à donner",
  instalment: "Échéance de subvention",
  meeting: "Réunion",
  mission: "Fin de mission",
} as const;
const funderLabel = (kind: string) =>
  kind in funderKindLabels ? funderKindLabels[kind as keyof typeof funderKindLabels] : kind;

/** The dashboard's views as tables, with the same columns as on screen, in French. */
export function steeringTables(data: SteeringDashboard): Record<SteeringView, ExportTable[]> {
  const cross = (sheet: string, label: string, table: SteeringDashboard["projects"]["byEdition"]): ExportTable => ({
    sheet,
    columns: [
      { header: "Statut", width: 18 },
      ...table.groups.map((g) => ({ header: `${label} : ${g}`, width: 22 })),
      { header: "Total", width: 10 },
    ],
    rows: [
      ...table.rows.map((r) => [projectStatusLabels[r.status], ...r.cells, r.total]),
      ["Total", ...table.totals, table.total],
    ],
  });
  return {
    projects: [
      cross("Projets par édition", "Édition", data.projects.byEdition),
      cross("Projets par EPT", "EPT", data.projects.byTerritory),
    ],
    overdue: [
      {
        sheet: "En retard",
        columns: [
          { header: "Nature", width: 18 },
          { header: "Intitulé", width: 40 },
          { header: "Responsable", width: 24 },
          { header: "Échéance", width: 12 },
          { header: "Jours de retard", width: 14 },
          { header: "Projet", width: 40 },
          { header: "Commune", width: 22 },
          { header: "Réunion", width: 30 },
        ],
        rows: data.overdue.rows.map((r) => [
          r.source === "plan-item"
            ? (planItemKindLabels[r.kind as keyof typeof planItemKindLabels] ?? r.kind)
            : "Suite à donner",
          r.title,
          r.owner,
          frenchDate(r.dueOn),
          r.daysLate,
          r.projectTitle ?? "",
          r.communeName ?? "",
          r.meetingTitle ?? "",
        ]),
      },
    ],
    upcoming: [
      {
        sheet: "Prochaines semaines",
        columns: [
          { header: "Date", width: 12 },
          { header: "Nature", width: 22 },
          { header: "Intitulé", width: 40 },
          { header: "Projet", width: 40 },
          { header: "Commune", width: 22 },
          { header: "Montant (€)", width: 14 },
        ],
        rows: data.upcoming.rows.map((r) => [
          frenchDate(r.date),
          upcomingSources[r.source],
          r.title,
          r.projectTitle ?? "",
          r.communeName ?? "",
          euros(r.amountCents),
        ]),
      },
    ],
    budget: [
      {
        sheet: "Budget",
        columns: [
          { header: "Financeur", width: 30 },
          { header: "Prévu (€)", width: 16 },
          { header: "Engagé (€)", width: 16 },
          { header: "Versé (€)", width: 16 },
          { header: "Reste à verser (€)", width: 18 },
          { header: "Part versée (%)", width: 14 },
        ],
        rows: [...data.budget.rows, data.budget.total].map((r) => [
          r.funderKind === "total" ? "Total" : funderLabel(r.funderKind),
          euros(r.plannedCents),
          euros(r.committedCents),
          euros(r.paidCents),
          euros(r.committedCents - r.paidCents),
          r.paidShare,
        ]),
      },
    ],
    missions: [
      {
        sheet: "Missions en cours",
        columns: [
          { header: "Mission", width: 36 },
          { header: "Expert", width: 28 },
          { header: "Projet", width: 40 },
          { header: "Commune", width: 22 },
          { header: "Début", width: 12 },
          { header: "Fin", width: 12 },
          { header: "Jours", width: 8 },
          { header: "Budget (€ HT)", width: 14 },
          { header: "Statut", width: 14 },
        ],
        rows: data.missions.rows.map((r) => [
          r.title,
          r.expertName,
          r.projectTitle,
          r.communeName,
          frenchDate(r.startsOn),
          frenchDate(r.endsOn),
          r.days,
          euros(r.budgetCents),
          missionStatusLabels[r.status as keyof typeof missionStatusLabels] ?? r.status,
        ]),
      },
    ],
  };
}

/**
 * The dashboard as files: every view in one workbook, or one view as CSV. Same filters, same
 * rows as on screen (lists stop at the same limit, which the screen states).
 */
export async function steeringExport(
  ctx: Context,
  actor: SessionUser,
  input: { filters: SteeringFiltersInput; format: SteeringExportFormat; view?: SteeringView },
): Promise<Result<ExportFile>> {
  const dashboard = await steeringDashboard(ctx, actor, input.filters);
  if (!dashboard.ok) return dashboard;
  const tables = steeringTables(dashboard.value);
  const stamp = dashboard.value.today;
  if (input.format === "xlsx") {
    const all = Object.values(tables).flat();
    return ok({
      fileName: `tableau-de-bord-${stamp}.xlsx`,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      body: await tablesWorkbook(all),
    });
  }
  if (!input.view) return fail("INVALID", "Choisissez la vue à exporter en CSV.");
  const [first, ...more] = tables[input.view];
  // A CSV file holds one table: a view of two (projects by edition and by EPT) is written one after the other.
  const bodies = [first!, ...more].map((table, i) => {
    const csv = tableCsv(table, input.format === "csv-excel");
    return i === 0 ? csv : Buffer.concat([Buffer.from("\r\n"), input.format === "csv-excel" ? csv.subarray(3) : csv]);
  });
  return ok({
    fileName: `tableau-de-bord-${input.view}-${stamp}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: Buffer.concat(bodies),
  });
}

/**
 * Reads an export's address: `tableau-de-bord.xlsx` (every view) or `<view>.csv`, and the page's
 * filters (?programme=&edition=&ept=&semaines=, `excel=1` for French Excel's CSV). null: no such file.
 */
export function parseSteeringExport(
  file: string,
  query: Record<string, unknown>,
): Result<{ filters: SteeringFiltersInput; format: SteeringExportFormat; view?: SteeringView }> | null {
  const match = /^(?:tableau-de-bord\.xlsx|([a-z]+)\.csv)$/.exec(file);
  if (!match) return null;
  const view = match[1] === undefined ? undefined : steeringViewSchema.safeParse(match[1]);
  if (view && !view.success) return null;
  const text = (key: string) => {
    const value = query[key];
    return typeof value === "string" && value ? value : undefined;
  };
  const weeks = text("semaines");
  const filters = steeringFiltersInput.safeParse({
    programmeId: text("programme"),
    editionId: text("edition"),
    territorySiren: text("ept"),
    weeks: weeks === undefined ? undefined : Number(weeks),
  });
  if (!filters.success) return fail("INVALID", filters.error.issues.map((i) => i.message).join(" "));
  if (!view) return ok({ filters: filters.data, format: "xlsx" });
  return ok({ filters: filters.data, format: text("excel") === "1" ? "csv-excel" : "csv", view: view.data });
}

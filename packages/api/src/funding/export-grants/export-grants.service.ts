import { fundingRepository, programmesRepository } from "@cvv/db";
import { scdlSubventionsColumns, toScdlSubvention, type ScdlSubvention } from "@cvv/domain/funding";
import { can } from "@cvv/domain/permissions";
import { fail, idSchema, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import type { SheetFile } from "../../indicator-imports/export-sheet/campaign-sheet.js";
import { csvFile } from "../../indicator-imports/export-sheet/write-spreadsheet.js";
import { escapeFormula } from "../../indicator-imports/sheet-format.js";

export type GrantExportFormat = "csv" | "json";

export interface GrantExportInput {
  /** As the query string gives them: checked here. */
  programmeId?: string | undefined;
  year?: string | undefined;
  format: GrantExportFormat;
}

// Free text typed by people: a spreadsheet must not take it for a formula.
const textColumns = new Set<string>([
  "nomAttribuant",
  "referenceDecision",
  "nomBeneficiaire",
  "objet",
  "conditionsVersement",
]);

function csv(rows: readonly ScdlSubvention[]): Buffer {
  const data = rows.map((row) =>
    scdlSubventionsColumns.map((column) => (textColumns.has(column) ? escapeFormula(row[column]) : row[column])),
  );
  // The SCDL's own dialect: commas, UTF-8 without BOM, a decimal point.
  return csvFile(scdlSubventionsColumns, data, false);
}

/**
 * The grants of a programme and/or a year of convention in the national open-data schema SCDL
 * "subventions" (v2.0): CSV, or JSON (an array of the same records). Every commune's grants are
 * in it, so only a reader of all of them (officers) may take it; the public version comes
 * through the portal.
 */
export async function exportGrants(
  ctx: Context,
  actor: SessionUser,
  input: GrantExportInput,
): Promise<Result<SheetFile>> {
  if (!can(actor, "funding.read")) return forbidden();
  const programmeId = input.programmeId?.trim() || undefined;
  const yearText = input.year?.trim() || undefined;
  if (programmeId && !idSchema.safeParse(programmeId).success) {
    return fail("INVALID", "Programme invalide : identifiant attendu.", "programmeId");
  }
  if (yearText && !/^(19|20)\d{2}$/.test(yearText)) {
    return fail("INVALID", `Année invalide : « ${yearText} » ; quatre chiffres attendus, par exemple 2025.`, "year");
  }
  const programme = programmeId ? await programmesRepository(ctx.db).find(programmeId) : null;
  if (programmeId && !programme) return notFound("Programme");

  const grants = await fundingRepository(ctx.db).grantsForExport({
    programmeId,
    year: yearText ? Number(yearText) : undefined,
  });
  const rows = grants.map(toScdlSubvention);
  const name = ["subventions", programme?.slug, yearText].filter(Boolean).join("-");
  return ok(
    input.format === "csv"
      ? { fileName: `${name}.csv`, contentType: "text/csv; charset=utf-8", body: csv(rows) }
      : {
          fileName: `${name}.json`,
          contentType: "application/json; charset=utf-8",
          body: Buffer.from(`${JSON.stringify(rows, null, 2)}\n`, "utf-8"),
        },
  );
}

import { indicatorsRepository, type AssignmentRecord, type IndicatorRecord } from "@cvv/db";
import { formulaReferences, parseFormula } from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

export async function listIndicators(
  ctx: Context,
  actor: SessionUser,
  filter: { programmeId?: string },
): Promise<Result<IndicatorRecord[]>> {
  if (!can(actor, "indicator.read")) return forbidden();
  return ok(await indicatorsRepository(ctx.db).list(filter));
}

export interface IndicatorDetail {
  indicator: IndicatorRecord;
  /** For a computed indicator: the codes its formula reads. */
  references: string[];
  /** The computed indicators that read this one. */
  usedBy: string[];
  assignments: AssignmentRecord[];
  valueCount: number;
}

export async function getIndicator(ctx: Context, actor: SessionUser, id: string): Promise<Result<IndicatorDetail>> {
  if (!can(actor, "indicator.read")) return forbidden();
  const repo = indicatorsRepository(ctx.db);
  const indicator = await repo.find(id);
  if (!indicator) return notFound("Indicateur");
  const library = await repo.formulas();
  const refsOf = (formula: string | null) => {
    if (!formula) return [];
    const parsed = parseFormula(formula);
    return parsed.ok ? formulaReferences(parsed.value) : [];
  };
  const usedBy = [...library].filter(([, formula]) => refsOf(formula).includes(indicator.code)).map(([code]) => code);
  return ok({
    indicator,
    references: refsOf(indicator.formula),
    usedBy,
    assignments: await repo.assignments({ indicatorId: id }),
    valueCount: await repo.countValues(id),
  });
}

import { indicatorsRepository, isUniqueViolation, type IndicatorRecord } from "@cvv/db";
import { checkFormula, type CreateIndicatorInput, type UpdateIndicatorInput } from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";

/** Empty text means "no formula": the indicator is collected. */
const formulaOrNull = (text: string | null | undefined) => (text && text.trim().length > 0 ? text.trim() : null);

async function checkedFormula(ctx: Context, code: string, text: string | null): Promise<Result<string | null>> {
  if (text === null) return ok(null);
  const library = await indicatorsRepository(ctx.db).formulas();
  // The indicator being saved is judged by its new formula, not its stored one.
  const checked = checkFormula(code, text, (c) => (c === code ? text : library.get(c)));
  return checked.ok ? ok(text) : checked;
}

export async function createIndicator(
  ctx: Context,
  actor: SessionUser,
  input: CreateIndicatorInput,
): Promise<Result<IndicatorRecord>> {
  if (!can(actor, "indicator.manage")) return forbidden();
  const formula = await checkedFormula(ctx, input.code, formulaOrNull(input.formula));
  if (!formula.ok) return formula;
  try {
    return ok(
      await indicatorsRepository(ctx.db).create({
        code: input.code,
        name: input.name,
        definition: input.definition ?? "",
        unit: input.unit,
        kind: input.kind,
        direction: input.direction,
        frequency: input.frequency,
        aggregation: input.aggregation,
        method: input.method ?? "",
        source: input.source ?? "",
        publicByDefault: input.publicByDefault ?? true,
        formula: formula.value,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return fail("CONFLICT", `Le code « ${input.code} » est déjà pris.`, "code");
    throw error;
  }
}

export async function updateIndicator(
  ctx: Context,
  actor: SessionUser,
  input: UpdateIndicatorInput,
): Promise<Result<IndicatorRecord>> {
  if (!can(actor, "indicator.manage")) return forbidden();
  const repo = indicatorsRepository(ctx.db);
  const current = await repo.find(input.id);
  if (!current) return notFound("Indicateur");
  const { id, version, formula: formulaText, ...changes } = input;
  let formula: string | null | undefined;
  if (formulaText !== undefined) {
    const checked = await checkedFormula(ctx, current.code, formulaOrNull(formulaText));
    if (!checked.ok) return checked;
    formula = checked.value;
  }
  // Values already collected would be stranded by a new frequency: their periods would no longer fit.
  if (changes.frequency && changes.frequency !== current.frequency && (await repo.countValues(id)) > 0) {
    return fail(
      "INVALID",
      "Des valeurs existent déjà pour cet indicateur : sa fréquence ne peut plus changer.",
      "frequency",
    );
  }
  if (formula && !current.formula && (await repo.countValues(id)) > 0) {
    return fail(
      "INVALID",
      "Des valeurs ont été saisies pour cet indicateur : il ne peut pas devenir calculé.",
      "formula",
    );
  }
  return fromWrite(
    await repo.update(id, version, { ...changes, ...(formula !== undefined ? { formula } : {}) }),
    "Indicateur",
  );
}

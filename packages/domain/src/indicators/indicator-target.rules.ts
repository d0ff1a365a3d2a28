import { fail, ok, type Result } from "../shared/result.js";
import type { IndicatorFrequency } from "./indicator.schema.js";
import { comparePeriods, normalisePeriod, periodFrequency } from "./period.rules.js";

/**
 * A trajectory: one target per period, every period of the indicator's frequency, sorted. Returns
 * the targets with canonical periods.
 */
export function checkTargets(
  frequency: IndicatorFrequency,
  targets: readonly { period: string; value: number }[],
): Result<{ period: string; value: number }[]> {
  const seen = new Set<string>();
  const normalised: { period: string; value: number }[] = [];
  for (const target of targets) {
    const period = normalisePeriod(target.period);
    if (!period.ok) return { ok: false, error: { ...period.error, field: "targets" } };
    if (periodFrequency(period.value) !== frequency) {
      return fail(
        "INVALID",
        `Cible « ${period.value} » : la période ne correspond pas à la fréquence de l'indicateur.`,
        "targets",
      );
    }
    if (seen.has(period.value)) return fail("INVALID", `Deux cibles pour la période « ${period.value} ».`, "targets");
    seen.add(period.value);
    normalised.push({ period: period.value, value: target.value });
  }
  return ok(normalised.sort((a, b) => comparePeriods(a.period, b.period)));
}

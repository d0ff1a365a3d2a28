import { campaignStatusLabels } from "../labels/index.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { CampaignStatus } from "./campaign.schema.js";
import type { IndicatorFrequency } from "./indicator.schema.js";
import { isPeriodWithin, normalisePeriod, periodFrequency, periodsWithin } from "./period.rules.js";

export interface CampaignFrame {
  status: CampaignStatus;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  indicatorIds: readonly string[];
  communeCodes: readonly string[];
}

export interface CampaignIndicatorInfo {
  id: string;
  code: string;
  name: string;
  frequency: IndicatorFrequency;
  formula: string | null;
}

export function checkCampaignDates(periodStart: string, periodEnd: string, deadline: string): Result<void> {
  if (periodEnd < periodStart) {
    return fail("INVALID", `La fin de la période (${periodEnd}) précède son début (${periodStart}).`, "periodEnd");
  }
  if (deadline < periodStart) {
    return fail("INVALID", `L'échéance (${deadline}) précède le début de la période (${periodStart}).`, "deadline");
  }
  return ok(undefined);
}

/**
 * Every indicator of a campaign must be collected (not computed) and have at least one whole
 * period of its frequency inside the campaign's dates, or nothing could ever be expected of it.
 */
export function checkCampaignIndicators(
  periodStart: string,
  periodEnd: string,
  indicators: readonly CampaignIndicatorInfo[],
): Result<void> {
  for (const indicator of indicators) {
    if (indicator.formula) {
      return fail(
        "INVALID",
        `L'indicateur « ${indicator.name} » est calculé : il ne se collecte pas, ses composantes oui.`,
        "indicatorIds",
      );
    }
    if (periodsWithin(indicator.frequency, periodStart, periodEnd).length === 0) {
      return fail(
        "INVALID",
        `L'indicateur « ${indicator.name} » n'a aucune période complète entre le ${periodStart} et le ${periodEnd}.`,
        "indicatorIds",
      );
    }
  }
  return ok(undefined);
}

const campaignTransitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ["open"],
  open: ["closed"],
  // Reopening lets late communes finish; values already approved stay approved.
  closed: ["open"],
};

export function checkCampaignTransition(from: CampaignStatus, to: CampaignStatus): Result<CampaignStatus> {
  if (campaignTransitions[from].includes(to)) return ok(to);
  return fail(
    "TRANSITION_REFUSED",
    `Une campagne « ${campaignStatusLabels[from]} » ne peut pas passer à « ${campaignStatusLabels[to]} ».`,
  );
}

/** The (indicator, period) cells a commune owes in a campaign. */
export function expectedCells(
  frame: Pick<CampaignFrame, "periodStart" | "periodEnd">,
  indicators: readonly Pick<CampaignIndicatorInfo, "id" | "frequency">[],
): { indicatorId: string; period: string }[] {
  return indicators.flatMap((indicator) =>
    periodsWithin(indicator.frequency, frame.periodStart, frame.periodEnd).map((period) => ({
      indicatorId: indicator.id,
      period,
    })),
  );
}

/**
 * Whether a value belongs to an open campaign: its indicator, its commune and a period of the
 * indicator's frequency inside the campaign's dates. Returns the canonical period.
 */
export function checkValueInCampaign(
  frame: CampaignFrame,
  value: { indicatorId: string; frequency: IndicatorFrequency; communeInseeCode: string; period: string },
): Result<string> {
  if (frame.status !== "open") {
    return fail("TRANSITION_REFUSED", `La campagne est « ${campaignStatusLabels[frame.status]} » : saisie fermée.`);
  }
  if (!frame.indicatorIds.includes(value.indicatorId)) {
    return fail("INVALID", "Cet indicateur ne fait pas partie de la campagne.", "indicatorId");
  }
  if (!frame.communeCodes.includes(value.communeInseeCode)) {
    return fail(
      "INVALID",
      `La commune ${value.communeInseeCode} ne fait pas partie de la campagne.`,
      "communeInseeCode",
    );
  }
  const period = normalisePeriod(value.period);
  if (!period.ok) return period;
  if (periodFrequency(period.value) !== value.frequency) {
    return fail(
      "INVALID",
      `La période « ${period.value} » ne correspond pas à la fréquence de l'indicateur.`,
      "period",
    );
  }
  if (!isPeriodWithin(period.value, frame.periodStart, frame.periodEnd)) {
    return fail(
      "INVALID",
      `La période « ${period.value} » est hors de la campagne (du ${frame.periodStart} au ${frame.periodEnd}).`,
      "period",
    );
  }
  return ok(period.value);
}

export interface Completeness {
  expected: number;
  entered: number;
  submitted: number;
  approved: number;
  returned: number;
  missing: number;
  /** Share of expected values approved, 0..1; 1 when nothing is expected. */
  approvedShare: number;
}

export function completeness(
  expected: number,
  counts: { draft: number; submitted: number; approved: number; returned: number },
): Completeness {
  const entered = counts.draft + counts.submitted + counts.approved + counts.returned;
  return {
    expected,
    entered,
    submitted: counts.submitted,
    approved: counts.approved,
    returned: counts.returned,
    missing: Math.max(0, expected - entered),
    approvedShare: expected === 0 ? 1 : Math.min(1, counts.approved / expected),
  };
}

export const REMINDER_DAYS_BEFORE = 7;

/**
 * Which reminder a commune is due, if any: one a week before the deadline, one once it has passed.
 * A commune that has sent everything (nothing missing, nothing to correct) gets none.
 */
export function reminderDue(
  deadline: string,
  today: string,
  status: CampaignStatus,
  pending: number,
  alreadySent: readonly ("before_deadline" | "overdue")[],
): "before_deadline" | "overdue" | null {
  if (status !== "open" || pending === 0) return null;
  if (today > deadline) return alreadySent.includes("overdue") ? null : "overdue";
  const daysLeft = (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  if (daysLeft <= REMINDER_DAYS_BEFORE) return alreadySent.includes("before_deadline") ? null : "before_deadline";
  return null;
}

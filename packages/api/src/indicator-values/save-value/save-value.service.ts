import {
  campaignsRepository,
  communesRepository,
  filesRepository,
  indicatorsRepository,
  indicatorValuesRepository,
  projectsRepository,
  type ValueRecord,
} from "@cvv/db";
import {
  canEditValue,
  checkBreakdown,
  checkValueInCampaign,
  normalisePeriod,
  periodFrequency,
  periodsWithin,
  type SaveValueInput,
  type SubmitValuesInput,
} from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { diffFields, fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, messages, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

const trackedFields = [
  "value",
  "breakdown",
  "source",
  "comment",
  "confidential",
  "attachmentId",
  "projectId",
  "status",
] as const;

/**
 * A commune enters, corrects or sends one value. Inside a campaign the value must be one the
 * campaign asks for; outside one only staff may enter figures (e.g. history from before the
 * platform). A correction of a published value goes back through review; the portal keeps the
 * published figure meanwhile.
 */
export async function saveValue(ctx: Context, actor: SessionUser, input: SaveValueInput): Promise<Result<ValueRecord>> {
  if (!can(actor, "value.write", { communeInseeCode: input.communeInseeCode })) return forbidden();
  const scope = scopeOf(actor);
  const indicator = await indicatorsRepository(ctx.db).find(input.indicatorId);
  if (!indicator) return notFound("Indicateur");
  if (indicator.formula) {
    return fail(
      "INVALID",
      `« ${indicator.name} » est calculé à partir d'autres indicateurs : il ne se saisit pas.`,
      "indicatorId",
    );
  }
  if (!(await communesRepository(ctx.db).find(input.communeInseeCode))) return notFound("Commune");

  let period: string;
  if (input.campaignId) {
    const campaign = await campaignsRepository(ctx.db).find(scope, input.campaignId);
    if (!campaign) return notFound("Campagne");
    const inCampaign = checkValueInCampaign(campaign, { ...input, frequency: indicator.frequency });
    if (!inCampaign.ok) return inCampaign;
    period = inCampaign.value;
  } else {
    if (actor.role === "contributor") {
      return fail("INVALID", "Saisissez vos valeurs dans une campagne de collecte ouverte.", "campaignId");
    }
    const normalised = normalisePeriod(input.period);
    if (!normalised.ok) return normalised;
    if (periodFrequency(normalised.value) !== indicator.frequency) {
      return fail(
        "INVALID",
        `La période « ${normalised.value} » ne correspond pas à la fréquence de l'indicateur.`,
        "period",
      );
    }
    period = normalised.value;
  }
  const breakdown = checkBreakdown(indicator.aggregation === "sum", input.value, input.breakdown);
  if (!breakdown.ok) return breakdown;
  if (input.projectId) {
    const project = await projectsRepository(ctx.db).find(scope, input.projectId);
    if (!project || project.communeInseeCode !== input.communeInseeCode) {
      return fail("INVALID", "Ce projet n'est pas un projet de cette commune.", "projectId");
    }
  }
  if (input.attachmentId) {
    const file = await filesRepository(ctx.db).find(input.attachmentId);
    // A contributor attaches only what they uploaded: a file id seen elsewhere grants nothing.
    if (!file || (actor.role === "contributor" && file.uploadedById !== actor.id)) return notFound("Pièce jointe");
  }

  const now = ctx.now();
  const status = input.submit ? "submitted" : "draft";
  const content = {
    value: input.value,
    breakdown: input.breakdown,
    source: input.source,
    comment: input.comment,
    confidential: input.confidential,
    attachmentId: input.attachmentId,
    projectId: input.projectId,
  };
  return inTransaction(ctx.db, async (tx) => {
    const values = indicatorValuesRepository(tx);
    const key = { indicatorId: indicator.id, communeInseeCode: input.communeInseeCode, period };
    const current = await values.findByKey(scope, key);
    if (!current) {
      const created = await values.create({
        ...key,
        value: input.value,
        breakdown: input.breakdown ?? null,
        source: input.source ?? "",
        comment: input.comment ?? "",
        confidential: input.confidential ?? !indicator.publicByDefault,
        attachmentId: input.attachmentId ?? null,
        projectId: input.projectId ?? null,
        campaignId: input.campaignId ?? null,
        status,
        authorId: actor.id,
        now,
      });
      const changes = diffFields<Record<string, unknown>>(
        null,
        { ...created, attachmentId: created.attachment?.id ?? null },
        trackedFields,
      );
      await values.recordChanges([{ valueId: created.id, actorId: actor.id, action: "created", changes }], now);
      return ok(created);
    }
    // Someone else created it since this form was loaded: their figure must not vanish silently.
    if (input.version === undefined) return fail("CONFLICT", messages.conflict);
    const editable = canEditValue(current.status);
    if (!editable.ok) return editable;
    const written = fromWrite(
      await values.edit(scope, {
        id: current.id,
        version: input.version,
        ...Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined)),
        status,
        authorId: actor.id,
        ...(input.campaignId ? { campaignId: input.campaignId } : {}),
        now,
      }),
      "Valeur",
    );
    if (!written.ok) return written;
    const before = { ...current, attachmentId: current.attachment?.id ?? null };
    const after = { ...written.value, attachmentId: written.value.attachment?.id ?? null };
    const changes = diffFields<Record<string, unknown>>(before, after, trackedFields);
    const action = current.status === "approved" ? "correction" : input.submit ? "submitted" : "edited";
    await values.recordChanges([{ valueId: current.id, actorId: actor.id, action, changes }], now);
    return written;
  });
}

/** Sends every draft and returned value of a commune in a campaign for review. */
export async function submitValues(
  ctx: Context,
  actor: SessionUser,
  input: SubmitValuesInput,
): Promise<Result<{ submitted: number }>> {
  if (!can(actor, "value.write", { communeInseeCode: input.communeInseeCode })) return forbidden();
  const scope = scopeOf(actor);
  const campaign = await campaignsRepository(ctx.db).find(scope, input.campaignId);
  if (!campaign || !campaign.communeCodes.includes(input.communeInseeCode)) return notFound("Campagne");
  if (campaign.status !== "open")
    return fail("TRANSITION_REFUSED", "La campagne n'est pas ouverte : envoi impossible.");
  const indicators = await indicatorsRepository(ctx.db).findMany(campaign.indicatorIds);
  const periods = [
    ...new Set(indicators.flatMap((i) => periodsWithin(i.frequency, campaign.periodStart, campaign.periodEnd))),
  ];
  const now = ctx.now();
  return inTransaction(ctx.db, async (tx) => {
    const values = indicatorValuesRepository(tx);
    const moved = await values.submitMany(
      scope,
      { indicatorIds: campaign.indicatorIds, communeInseeCode: input.communeInseeCode, periods },
      now,
    );
    if (moved.length === 0) return fail("INVALID", "Aucune valeur à envoyer : saisissez d'abord des valeurs.");
    await values.recordChanges(
      moved.map((m) => ({
        valueId: m.id,
        actorId: actor.id,
        action: "submitted",
        changes: { status: [m.status, "submitted"] },
      })),
      now,
    );
    return ok({ submitted: moved.length });
  });
}

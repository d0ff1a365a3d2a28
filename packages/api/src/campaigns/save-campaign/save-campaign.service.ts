import {
  campaignsRepository,
  communesRepository,
  indicatorsRepository,
  programmesRepository,
  type CampaignRecord,
} from "@cvv/db";
import {
  checkCampaignDates,
  checkCampaignIndicators,
  checkCampaignTransition,
  type ChangeCampaignStatusInput,
  type CreateCampaignInput,
  type UpdateCampaignInput,
} from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

async function checkContent(
  ctx: Context,
  content: {
    periodStart: string;
    periodEnd: string;
    deadline: string;
    indicatorIds: readonly string[];
    communeCodes: readonly string[];
  },
): Promise<Result<void>> {
  const dates = checkCampaignDates(content.periodStart, content.periodEnd, content.deadline);
  if (!dates.ok) return dates;
  const indicatorIds = [...new Set(content.indicatorIds)];
  const indicators = await indicatorsRepository(ctx.db).findMany(indicatorIds);
  if (indicators.length !== indicatorIds.length)
    return fail("INVALID", "Un des indicateurs choisis n'existe pas.", "indicatorIds");
  const checked = checkCampaignIndicators(content.periodStart, content.periodEnd, indicators);
  if (!checked.ok) return checked;
  const communeCodes = [...new Set(content.communeCodes)];
  const existing = new Set(await communesRepository(ctx.db).existing(communeCodes));
  const unknown = communeCodes.filter((c) => !existing.has(c));
  if (unknown.length > 0) {
    return fail(
      "INVALID",
      `Code INSEE inconnu dans la Métropole du Grand Paris : ${unknown.join(", ")}.`,
      "communeCodes",
    );
  }
  return ok(undefined);
}

export async function createCampaign(
  ctx: Context,
  actor: SessionUser,
  input: CreateCampaignInput,
): Promise<Result<CampaignRecord>> {
  if (!can(actor, "campaign.manage")) return forbidden();
  if (!(await programmesRepository(ctx.db).find(input.programmeId))) return notFound("Programme");
  const checked = await checkContent(ctx, input);
  if (!checked.ok) return checked;
  return ok(
    await campaignsRepository(ctx.db).create({
      ...input,
      instructions: input.instructions ?? "",
      indicatorIds: [...new Set(input.indicatorIds)],
      communeCodes: [...new Set(input.communeCodes)],
    }),
  );
}

export async function updateCampaign(
  ctx: Context,
  actor: SessionUser,
  input: UpdateCampaignInput,
): Promise<Result<CampaignRecord>> {
  if (!can(actor, "campaign.manage")) return forbidden();
  const current = await campaignsRepository(ctx.db).find("all", input.id);
  if (!current) return notFound("Campagne");
  const { id, version, ...changes } = input;
  const merged = {
    periodStart: changes.periodStart ?? current.periodStart,
    periodEnd: changes.periodEnd ?? current.periodEnd,
    deadline: changes.deadline ?? current.deadline,
    indicatorIds: changes.indicatorIds ?? current.indicatorIds,
    communeCodes: changes.communeCodes ?? current.communeCodes,
  };
  const checked = await checkContent(ctx, merged);
  if (!checked.ok) return checked;
  return inTransaction(ctx.db, async (tx) =>
    fromWrite(
      await campaignsRepository(tx).update(id, version, {
        ...changes,
        ...(changes.indicatorIds ? { indicatorIds: [...new Set(changes.indicatorIds)] } : {}),
        ...(changes.communeCodes ? { communeCodes: [...new Set(changes.communeCodes)] } : {}),
      }),
      "Campagne",
    ),
  );
}

export async function changeCampaignStatus(
  ctx: Context,
  actor: SessionUser,
  input: ChangeCampaignStatusInput,
): Promise<Result<CampaignRecord>> {
  if (!can(actor, "campaign.manage")) return forbidden();
  const repo = campaignsRepository(ctx.db);
  const current = await repo.find("all", input.id);
  if (!current) return notFound("Campagne");
  const transition = checkCampaignTransition(current.status, input.status);
  if (!transition.ok) return transition;
  return fromWrite(await repo.update(input.id, input.version, { status: input.status }), "Campagne");
}

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { CampaignForm, type CampaignValues } from "../components/campaign-form";
import { PageHeading } from "../components/page-heading";
import { Loading, QueryError } from "../components/query-state";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import type { Commune, Inputs } from "../lib/api-types";
import type { CampaignDetail } from "../lib/campaigns";
import { showFlash } from "../lib/flash";
import type { Indicator } from "../lib/indicators";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../campaigns.css";

const t = messages.campaigns;
const f = messages.campaigns.form;

type CampaignChanges = Omit<Inputs["campaigns"]["update"], "id" | "version">;

function valuesOf(detail: CampaignDetail): CampaignValues {
  const { campaign } = detail;
  return {
    programmeId: campaign.programmeId,
    name: campaign.name,
    instructions: campaign.instructions,
    periodStart: campaign.periodStart,
    periodEnd: campaign.periodEnd,
    deadline: campaign.deadline,
    indicatorIds: [...campaign.indicatorIds],
    communeCodes: [...campaign.communeCodes],
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((item) => set.has(item));
}

/**
 * Only what the officer changed since the form was opened: the update has no defaults, and a
 * field sent unchanged would overwrite a colleague's change to it for nothing. The lists count
 * as changed when their members do, whatever their order.
 */
function campaignChanges(opened: CampaignValues, values: CampaignValues): CampaignChanges {
  const changes: CampaignChanges = {};
  for (const key of ["name", "instructions", "periodStart", "periodEnd", "deadline"] as const) {
    if (values[key] !== opened[key]) changes[key] = values[key];
  }
  if (!sameSet(values.indicatorIds, opened.indicatorIds)) changes.indicatorIds = values.indicatorIds;
  if (!sameSet(values.communeCodes, opened.communeCodes)) changes.communeCodes = values.communeCodes;
  return changes;
}

/** Keyed by the campaign's version by the page: after a conflict's reload, it starts from the stored campaign. */
function EditCampaignForm({
  detail,
  indicators,
  communes,
  onDone,
  onReload,
}: {
  detail: CampaignDetail;
  indicators: readonly Indicator[];
  communes: readonly Commune[];
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const navigate = useNavigate();
  // The version the officer started from, and its values: what the save is checked against and compared with.
  const [opened] = useState(() => ({ id: detail.campaign.id, version: detail.campaign.version, ...valuesOf(detail) }));
  const update = useMutation(trpc.campaigns.update.mutationOptions());

  async function send(values: CampaignValues) {
    const changes = campaignChanges(opened, values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const updated = await update.mutateAsync({ id: opened.id, version: opened.version, ...changes });
    await queryClient.invalidateQueries(trpc.campaigns.pathFilter());
    showFlash(t.saved(updated.name), `/campagnes/${updated.id}`);
    await navigate(`/campagnes/${updated.id}`);
  }

  return (
    <CampaignForm
      idPrefix="modifier-campagne"
      programmes={[{ id: detail.campaign.programmeId, name: detail.campaign.programmeName }]}
      indicators={indicators}
      communes={communes}
      initial={valuesOf(detail)}
      submitLabel={messages.common.saveChanges}
      cancel={{ to: `/campagnes/${opened.id}`, label: f.editCancel }}
      onSend={send}
      onReload={onReload}
    />
  );
}

/** An officer changes a campaign: the creation form's fields, filled with what is stored. */
export function EditCampaignPage() {
  const { id = "" } = useParams();
  const campaign = useQuery(trpc.campaigns.get.queryOptions({ id }));
  const indicators = useQuery(trpc.indicators.list.queryOptions());
  const communes = useQuery(trpc.communes.list.queryOptions());
  const done = useVersionedConfirmation(() => campaign.refetch());
  const queries = [campaign, indicators, communes];
  const failed = queries.find((query) => query.isError);
  const detail = campaign.data;

  return (
    <>
      <PageHeading
        title={detail ? f.editTitle(detail.campaign.name) : f.editFallbackTitle}
        ready={!campaign.isPending}
      />
      <p>
        <Link to={`/campagnes/${id}`}>{detail ? f.backToCampaign(detail.campaign.name) : f.editCancel}</Link>
      </p>
      <p>{f.editIntro}</p>
      <StatusMessage {...done.props} />
      {failed ? (
        <QueryError error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />
      ) : detail && indicators.data && communes.data ? (
        <EditCampaignForm
          key={detail.campaign.version}
          detail={detail}
          indicators={indicators.data}
          communes={communes.data}
          onDone={done.show}
          onReload={done.reload}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

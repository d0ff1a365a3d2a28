import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { CampaignForm, type CampaignValues } from "../components/campaign-form";
import { PageHeading } from "../components/page-heading";
import { Loading, QueryError } from "../components/query-state";
import { showFlash } from "../lib/flash";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../campaigns.css";

const t = messages.campaigns;
const f = messages.campaigns.form;

export function NewCampaignPage() {
  const navigate = useNavigate();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const indicators = useQuery(trpc.indicators.list.queryOptions());
  const communes = useQuery(trpc.communes.list.queryOptions());
  const create = useMutation(trpc.campaigns.create.mutationOptions());
  const queries = [programmes, indicators, communes];
  const failed = queries.find((query) => query.isError);

  async function send({ instructions, ...values }: CampaignValues) {
    const campaign = await create.mutateAsync({ ...values, ...(instructions ? { instructions } : {}) });
    await queryClient.invalidateQueries(trpc.campaigns.list.queryFilter());
    showFlash(t.created(campaign.name), `/campagnes/${campaign.id}`);
    await navigate(`/campagnes/${campaign.id}`);
  }

  return (
    <>
      <PageHeading title={f.title} />
      <p>{f.intro}</p>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />
      ) : programmes.data && indicators.data && communes.data ? (
        <CampaignForm
          idPrefix="nouvelle-campagne"
          programmes={programmes.data}
          indicators={indicators.data}
          communes={communes.data}
          submitLabel={f.submit}
          cancel={{ to: "/campagnes", label: f.cancel }}
          onSend={send}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, Navigate, useParams } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { CampaignDownloads } from "../components/campaign-downloads";
import { ShareMeter } from "../components/share-meter";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import { nextCampaignStatus, type CampaignDetail } from "../lib/campaigns";
import { toUserError } from "../lib/errors";
import { useSending } from "../lib/form";
import { formatDate, formatIndicatorPeriod, formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../campaigns.css";

const t = messages.campaigns;
const c = messages.campaigns.page;

function CampaignDetails({ detail }: { detail: CampaignDetail }) {
  const { campaign } = detail;
  return (
    <Details>
      <Detail term={c.programme}>
        <Link to={`/programmes/${campaign.programmeId}`}>{campaign.programmeName}</Link>
      </Detail>
      <Detail term={c.status}>
        <StatusBadge kind="campaign" status={campaign.status} />
      </Detail>
      <Detail term={c.period}>{formatPeriod(campaign.periodStart, campaign.periodEnd)}</Detail>
      <Detail term={c.deadline}>{formatDate(campaign.deadline)}</Detail>
      <Detail term={c.periods}>{detail.periods.map(formatIndicatorPeriod).join(", ") || messages.common.none}</Detail>
      <Detail term={c.instructions} prose>
        {campaign.instructions || c.noInstructions}
      </Detail>
    </Details>
  );
}

function IndicatorList({ detail }: { detail: CampaignDetail }) {
  return (
    <ul className="link-list">
      {detail.indicators.map((indicator) => (
        <li key={indicator.id}>
          {indicator.name}{" "}
          <span className="muted">{t.form.indicatorDetail(indicator.unit, t.frequency[indicator.frequency])}</span>
        </li>
      ))}
    </ul>
  );
}

/** Keyed by the campaign's version by its parent: a newer version brings a fresh form. */
function StatusForm({
  detail,
  onDone,
  onReload,
}: {
  detail: CampaignDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const { campaign } = detail;
  const [version] = useState(campaign.version);
  const next = nextCampaignStatus[campaign.status];
  const change = useMutation(trpc.campaigns.changeStatus.mutationOptions());
  const { error, pending, send } = useSending();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("send", null, async () => {
      const updated = await change.mutateAsync({ id: campaign.id, version, status: next });
      onDone(c.statusChanged(t.status[updated.status]));
      await queryClient.invalidateQueries(trpc.campaigns.pathFilter());
    });
  }

  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={{}} onReload={onReload} />
      <p>{c.statusHelp[campaign.status]}</p>
      <div className="form-actions">
        <SubmitButton
          label={c.statusAction[campaign.status]}
          pending={pending !== null}
          pendingLabel={messages.common.saving}
        />
      </div>
    </form>
  );
}

/** Sends now the reminders that are due, for every open campaign; says how many went. */
function Reminders() {
  const [result, setResult] = useState<string | null>(null);
  const remind = useMutation(
    trpc.campaigns.sendReminders.mutationOptions({
      onMutate: () => setResult(null),
      onSuccess: (sent) => setResult(c.remindersSent(sent.sent, sent.communes)),
      onError: (err) => setResult(toUserError(err).message),
    }),
  );
  return (
    <>
      <p>{c.remindersHelp}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={remind.isPending || undefined}
        onClick={() => {
          if (!remind.isPending) remind.mutate();
        }}
      >
        {remind.isPending ? messages.common.sending : c.remindersButton}
      </button>
      {/* In the page from the start, so that its news is announced. */}
      <p role="status" className={result ? "inline-status" : undefined}>
        {result}
      </p>
    </>
  );
}

function CompletenessTable({ detail }: { detail: CampaignDetail }) {
  const complete = detail.communes.filter((commune) => commune.approvedShare >= 1).length;
  return (
    <DataTable
      caption={c.completenessCaption(complete, detail.communes.length)}
      columns={[
        c.colCommune,
        c.colExpected,
        c.colEntered,
        c.colSubmitted,
        c.colApproved,
        c.colReturned,
        c.colMissing,
        c.colShare,
      ]}
    >
      {detail.communes.map((commune) => (
        <tr key={commune.inseeCode}>
          <th scope="row">
            <Link to={`/campagnes/${detail.campaign.id}/communes/${commune.inseeCode}`}>{commune.name}</Link>
          </th>
          <td className="numeric">{commune.expected}</td>
          <td className="numeric">{commune.entered}</td>
          <td className="numeric">{commune.submitted}</td>
          <td className="numeric">{commune.approved}</td>
          <td className="numeric">{commune.returned}</td>
          <td className="numeric">{commune.missing}</td>
          <td>
            <ShareMeter share={commune.approvedShare} detail={commune.approvedShare >= 1 ? c.complete : undefined} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function CampaignPage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const staff = isStaff(user);
  const campaign = useQuery(trpc.campaigns.get.queryOptions({ id }));
  const done = useVersionedConfirmation(() => campaign.refetch());

  // A contributor for one commune has nothing here that their sheet does not show: go there.
  const only = !staff && campaign.data?.communes.length === 1 ? campaign.data.communes[0] : undefined;
  if (only) return <Navigate to={`/campagnes/${id}/communes/${only.inseeCode}`} replace />;

  return (
    <>
      <PageHeading title={campaign.data?.campaign.name ?? c.fallbackTitle} ready={!campaign.isPending} />
      <p>
        <Link to="/campagnes">{c.backToList}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={campaign}>
        {(detail) => (
          <>
            <section aria-labelledby="campagne-presentation">
              <h2 id="campagne-presentation">{c.details}</h2>
              <CampaignDetails detail={detail} />
              <h3>{c.indicators(detail.indicators.length)}</h3>
              <IndicatorList detail={detail} />
              {staff && (
                <p>
                  <Link to={`/campagnes/${detail.campaign.id}/modifier`} className="button button--secondary">
                    {c.edit}
                  </Link>
                </p>
              )}
            </section>
            {staff && (
              <section aria-labelledby="campagne-statut">
                <h2 id="campagne-statut">{c.statusTitle}</h2>
                <StatusForm key={detail.campaign.version} detail={detail} onDone={done.show} onReload={done.reload} />
              </section>
            )}
            {staff && (
              <section aria-labelledby="campagne-relances">
                <h2 id="campagne-relances">{c.remindersTitle}</h2>
                <Reminders />
              </section>
            )}
            <section aria-labelledby="campagne-avancement">
              <h2 id="campagne-avancement">{c.completeness}</h2>
              {detail.communes.length === 0 ? <p>{c.noCommunes}</p> : <CompletenessTable detail={detail} />}
            </section>
            <section aria-labelledby="campagne-fichiers">
              <h2 id="campagne-fichiers">{c.files}</h2>
              <CampaignDownloads campaignId={detail.campaign.id} />
            </section>
          </>
        )}
      </QueryBoundary>
    </>
  );
}

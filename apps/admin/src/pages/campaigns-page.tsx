import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { ShareMeter } from "../components/share-meter";
import { StatusBadge } from "../components/status-badge";
import type { CurrentUser } from "../lib/api-types";
import { draftCount, type CampaignSummary } from "../lib/campaigns";
import { formatDate, formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";
import "../campaigns.css";

const t = messages.campaigns;

/** The deadline, and in words when it has passed while something is still owed. */
function Deadline({ campaign }: { campaign: CampaignSummary }) {
  const today = new Date().toISOString().slice(0, 10);
  const overdue = campaign.status === "open" && campaign.deadline < today && campaign.progress.approvedShare < 1;
  return (
    <>
      {formatDate(campaign.deadline)}
      {overdue && <span className="flag"> {t.overdue}</span>}
    </>
  );
}

function StaffTable({ campaigns }: { campaigns: readonly CampaignSummary[] }) {
  return (
    <DataTable
      caption={t.caption(campaigns.length)}
      columns={[t.colName, t.colProgramme, t.colStatus, t.colPeriod, t.colDeadline, t.colCommunes, t.colApproved]}
    >
      {campaigns.map((campaign) => (
        <tr key={campaign.id}>
          <th scope="row">
            <Link to={`/campagnes/${campaign.id}`}>{campaign.name}</Link>
          </th>
          <td>{campaign.programmeName}</td>
          <td>
            <StatusBadge kind="campaign" status={campaign.status} />
          </td>
          <td>{formatPeriod(campaign.periodStart, campaign.periodEnd)}</td>
          <td>
            <Deadline campaign={campaign} />
          </td>
          <td>{t.communesComplete(campaign.progress.complete, campaign.progress.communes)}</td>
          <td>
            <ShareMeter
              share={campaign.progress.approvedShare}
              detail={t.approvedOf(campaign.progress.approved, campaign.progress.expected)}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A contributor's one commune in the campaign: the link goes straight to its sheet. */
function contributorLink(campaign: CampaignSummary, user: CurrentUser): string {
  const mine = campaign.communeCodes.filter((code) => user.communeCodes.includes(code));
  return mine.length === 1 ? `/campagnes/${campaign.id}/communes/${mine[0]}` : `/campagnes/${campaign.id}`;
}

function ContributorTable({ campaigns, user }: { campaigns: readonly CampaignSummary[]; user: CurrentUser }) {
  return (
    <DataTable caption={t.caption(campaigns.length)} columns={[t.colName, t.colStatus, t.colDeadline, t.colRemaining]}>
      {campaigns.map((campaign) => (
        <tr key={campaign.id}>
          <th scope="row">
            <Link to={contributorLink(campaign, user)}>{campaign.name}</Link>
          </th>
          <td>
            <StatusBadge kind="campaign" status={campaign.status} />
          </td>
          <td>
            <Deadline campaign={campaign} />
          </td>
          <td>
            {t.remaining({
              missing: campaign.progress.missing,
              returned: campaign.progress.returned,
              drafts: draftCount(campaign.progress),
              submitted: campaign.progress.submitted,
              complete: campaign.progress.approvedShare >= 1,
              open: campaign.status === "open",
            })}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export function CampaignsPage() {
  const user = useCurrentUser();
  const staff = isStaff(user);
  const campaigns = useQuery(trpc.campaigns.list.queryOptions());
  return (
    <>
      <PageHeading title={t.title} />
      <p>{staff ? t.intro : t.introContributor}</p>
      {staff && (
        <p>
          <Link to="/campagnes/nouvelle" className="button button--primary">
            {t.newLink}
          </Link>
        </p>
      )}
      <QueryBoundary query={campaigns}>
        {(list) =>
          list.length === 0 ? (
            <p>{staff ? t.empty : t.emptyContributor}</p>
          ) : staff ? (
            <StaffTable campaigns={list} />
          ) : (
            <ContributorTable campaigns={list} user={user} />
          )
        }
      </QueryBoundary>
    </>
  );
}

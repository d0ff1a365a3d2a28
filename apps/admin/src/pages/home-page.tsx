import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { PageHeading } from "../components/page-heading";
import { ProjectsTable } from "../components/projects-table";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import type { UpdateItem } from "../lib/api-types";
import { formatDateTime } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.home;

function ReviewInbox() {
  const inbox = useQuery(trpc.updates.inbox.queryOptions());
  return (
    <section aria-labelledby="a-relire">
      <h2 id="a-relire">{t.toReview}</h2>
      <QueryBoundary query={inbox}>
        {(updates) =>
          updates.length === 0 ? (
            <p>{t.toReviewEmpty}</p>
          ) : (
            <>
              <p>{t.toReviewCount(updates.length)}</p>
              <ul className="card-list">
                {updates.map((update) => (
                  <li key={update.id} className="card">
                    <h3 className="card__title">
                      <Link to={`/points/${update.id}`}>{update.title}</Link>
                    </h3>
                    <p className="card__meta">
                      {t.project} <Link to={`/projets/${update.projectId}`}>{update.projectTitle}</Link> ·{" "}
                      {update.communeName}
                    </p>
                    <p className="card__meta">{t.submitted(update.authorName, formatDateTime(update.submittedAt))}</p>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryBoundary>
    </section>
  );
}

function StaffHome() {
  return (
    <>
      <ReviewInbox />
      <section aria-labelledby="raccourcis">
        <h2 id="raccourcis">{t.shortcuts}</h2>
        <ul className="link-list">
          <li>
            <Link to="/projets">{t.allProjects}</Link>
          </li>
          <li>
            <Link to="/programmes">{t.programmes}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

/** Returned updates first: they are what the commune has to act on. */
function byUrgency(a: UpdateItem, b: UpdateItem): number {
  const rank = { returned: 0, draft: 1, submitted: 2, approved: 3 } as const;
  return rank[a.status] - rank[b.status];
}

function ContributorHome() {
  const projects = useQuery(trpc.projects.list.queryOptions());
  const inbox = useQuery(trpc.updates.inbox.queryOptions());
  return (
    <>
      <section aria-labelledby="mes-points">
        <h2 id="mes-points">{t.myUpdates}</h2>
        <QueryBoundary query={inbox}>
          {(updates) =>
            updates.length === 0 ? (
              <p>{t.myUpdatesEmpty}</p>
            ) : (
              <ul className="card-list">
                {[...updates].sort(byUrgency).map((update) => (
                  <li key={update.id} className={update.status === "returned" ? "card card--returned" : "card"}>
                    <h3 className="card__title">
                      {update.status === "returned" && <span className="flag">{t.returnedFlag} </span>}
                      <Link to={`/points/${update.id}`}>{update.title}</Link>
                    </h3>
                    <p className="card__meta">
                      <StatusBadge kind="update" status={update.status} /> {t.project}{" "}
                      <Link to={`/projets/${update.projectId}`}>{update.projectTitle}</Link> · {update.communeName}
                    </p>
                    {update.status === "returned" && update.reviewComment && (
                      <div className="review-comment">
                        <p className="review-comment__label">{t.officerComment}</p>
                        <p className="review-comment__text">{update.reviewComment}</p>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryBoundary>
      </section>
      <section aria-labelledby="mes-projets">
        <h2 id="mes-projets">{t.myProjects}</h2>
        <QueryBoundary query={projects}>
          {(list) =>
            list.length === 0 ? (
              <p>{t.myProjectsEmpty}</p>
            ) : (
              <ProjectsTable caption={messages.projects.caption(list.length)} projects={list} show={["programme"]} />
            )
          }
        </QueryBoundary>
      </section>
    </>
  );
}

export function HomePage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeading title={t.title} />
      <p className="lead">{t.welcome(user.displayName)}</p>
      {isStaff(user) ? (
        <StaffHome />
      ) : user.role === "partner" ? (
        // A partner's whole space is the guide: chapters to read, proposals to follow.
        <p>
          <Link to="/guide">{messages.guideAdmin.title}</Link>
        </p>
      ) : (
        <ContributorHome />
      )}
    </>
  );
}

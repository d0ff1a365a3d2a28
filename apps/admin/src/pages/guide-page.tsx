import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { guideChapterStatusLabels, guideProposalStatusLabels } from "@cvv/domain/labels";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { useCurrentUser } from "../components/current-user";
import { toUserError, type UserError } from "../lib/errors";
import { isStaff } from "../lib/permissions";
import type { Outputs } from "../lib/api-types";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.guideAdmin;
type Proposal = Outputs["guide"]["proposals"][number];
const date = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: "Europe/Paris" });

export function ProposalsTable({ proposals, caption }: { proposals: Proposal[]; caption: string }) {
  if (proposals.length === 0) return <p>{t.noProposals}</p>;
  return (
    <DataTable caption={caption} columns={t.proposalColumns}>
      {proposals.map((p) => (
        <tr key={p.id}>
          <th scope="row">
            <Link to={`/guide/propositions/${p.id}`}>{p.chapterTitle}</Link>
          </th>
          <td>{[p.authorName, p.organisationName].filter(Boolean).join(", ") || "—"}</td>
          <td>{guideProposalStatusLabels[p.status]}</td>
          <td>{date.format(new Date(p.createdAt))}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function NewChapter() {
  const navigate = useNavigate();
  const [error, setError] = useState<UserError | null>(null);
  const create = useMutation(
    trpc.guide.createChapter.mutationOptions({
      onSuccess: async (chapter) => {
        await queryClient.invalidateQueries({ queryKey: trpc.guide.chapters.queryKey() });
        await navigate(`/guide/chapitres/${chapter.id}`);
      },
      onError: (e) => setError(toUserError(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    create.mutate({ title: String(data.get("title") ?? ""), summary: String(data.get("summary") ?? "") });
  };
  return (
    <section aria-labelledby="nouveau-chapitre">
      <h2 id="nouveau-chapitre">{t.newChapter}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={{ title: { id: "chapter-title", label: t.fields.title } }} />
        <div className="field">
          <label htmlFor="chapter-title">{t.fields.title}</label>
          <input id="chapter-title" name="title" className="input" required />
        </div>
        <div className="field">
          <label htmlFor="chapter-summary">{t.fields.summary}</label>
          <textarea id="chapter-summary" name="summary" className="textarea" rows={2} />
        </div>
        <button type="submit" className="button">
          {t.create}
        </button>
      </form>
    </section>
  );
}

/** The guide's chapters in reading order; officers reorder and create, partners see theirs. */
export function GuidePage() {
  const user = useCurrentUser();
  const staff = isStaff(user);
  const chapters = useQuery(trpc.guide.chapters.queryOptions());
  const proposals = useQuery(trpc.guide.proposals.queryOptions(staff ? { status: "pending" } : {}));
  const reorder = useMutation(
    trpc.guide.reorder.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.guide.chapters.queryKey() }),
    }),
  );
  const move = (ids: string[], index: number, delta: number) => {
    const next = [...ids];
    const [moved] = next.splice(index, 1);
    next.splice(index + delta, 0, moved!);
    reorder.mutate({ ids: next });
  };
  return (
    <>
      <PageHeading title={t.title} />
      <QueryBoundary query={chapters}>
        {(list) => (
          <DataTable caption={t.chaptersCaption} columns={staff ? t.columns : t.columns.slice(0, 2)}>
            {list.map((c, index) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/guide/chapitres/${c.id}`}>{c.title}</Link>
                </th>
                <td>{guideChapterStatusLabels[c.status]}</td>
                {staff && <td>{c.pendingProposals}</td>}
                {staff && (
                  <td>
                    {index > 0 && (
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t.moveUp(c.title)}
                        onClick={() =>
                          move(
                            list.map((x) => x.id),
                            index,
                            -1,
                          )
                        }
                      >
                        ↑
                      </button>
                    )}{" "}
                    {index < list.length - 1 && (
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t.moveDown(c.title)}
                        onClick={() =>
                          move(
                            list.map((x) => x.id),
                            index,
                            1,
                          )
                        }
                      >
                        ↓
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        )}
      </QueryBoundary>
      <section aria-labelledby="propositions">
        <h2 id="propositions">{staff ? t.proposals : t.myProposals}</h2>
        <QueryBoundary query={proposals}>
          {(list) => <ProposalsTable proposals={list} caption={staff ? t.proposalsCaption : t.myProposals} />}
        </QueryBoundary>
      </section>
      {staff && <NewChapter />}
    </>
  );
}

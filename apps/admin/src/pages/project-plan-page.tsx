import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { ConfirmRemoval } from "../components/confirm-removal";
import { DataTable } from "../components/data-table";
import { PageHeading } from "../components/page-heading";
import {
  changedPlanFields,
  newPlanItem,
  PlanItemForm,
  planItemValues,
  type PlanItem,
  type PlanItemValues,
} from "../components/plan-item-form";
import { PlanTimeline } from "../components/plan-timeline";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import type { Outputs } from "../lib/api-types";
import { formatDate, formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../plan.css";

const t = messages.plan;
const emptyCell = messages.common.emptyCell;

type Plan = Outputs["plan"]["list"];
type HistoryEntry = Outputs["plan"]["history"][number];

const statusTones: Record<PlanItem["status"], string> = {
  planned: "neutral",
  in_progress: "info",
  done: "success",
  cancelled: "muted",
};

const editButtonId = (itemId: string) => `plan-modifier-${itemId}`;

const shortDate = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: "UTC" });

/** "30 oct. 2026": nine columns fit on an officer's screen; read as UTC like formatDate, so the day never shifts. */
function tableDate(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate}T00:00:00Z`));
}

function PlanTable({ plan, onEdit }: { plan: Plan; onEdit: (itemId: string) => void }) {
  const manage = plan.permissions.manage;
  if (plan.items.length === 0) return <p>{t.empty}</p>;
  const columns = [t.colTitle, t.colKind, t.colOwner, t.colStart, t.colDue, t.colProgress, t.colStatus, t.colDependsOn];
  return (
    <DataTable caption={t.caption(plan.items.length)} columns={manage ? [...columns, t.colActions] : columns}>
      {plan.items.map((item) => (
        <tr key={item.id} className={item.overdue ? "plan-row--late" : undefined}>
          <th scope="row">
            {item.title}
            {item.description && (
              <span className="plan-description">
                {/* Read as a sentence after the title, not run into it. */}
                <span className="visually-hidden">. </span>
                {item.description}
              </span>
            )}
          </th>
          <td>{t.kind[item.kind]}</td>
          <td>{item.owner || emptyCell}</td>
          <td>{item.startsOn ? tableDate(item.startsOn) : emptyCell}</td>
          <td>
            {tableDate(item.dueOn)}
            {item.overdue && <strong className="plan-late">{t.late}</strong>}
          </td>
          <td className="plan-progress">{t.percent(item.progress)}</td>
          <td>
            <span className={`badge badge--${statusTones[item.status]}`}>{t.status[item.status]}</span>
            {item.completedOn && <span className="plan-note">{t.completedOn(tableDate(item.completedOn))}</span>}
          </td>
          <td>
            {item.dependsOn.length === 0 ? (
              emptyCell
            ) : (
              <ul className="plan-dependencies">
                {item.dependsOn.map((dependency) => (
                  <li key={dependency.id}>{dependency.title}</li>
                ))}
              </ul>
            )}
          </td>
          {manage && (
            <td>
              <button
                id={editButtonId(item.id)}
                type="button"
                className="button button--secondary button--small"
                onClick={() => onEdit(item.id)}
              >
                {t.edit}
                <span className="visually-hidden">{t.context(item.title)}</span>
              </button>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** Removing an item takes two presses: the first says what goes, the second does it. */
function RemovePlanItem({ item, onDone }: { item: PlanItem; onDone: (message: string) => void }) {
  const remove = useMutation(trpc.plan.remove.mutationOptions());
  return (
    <ConfirmRemoval
      id={`suppression-${item.id}`}
      className="plan-remove"
      askClassName="button button--danger"
      labels={{
        ask: t.remove,
        warning: t.removeWarning(item.title),
        confirm: t.removeConfirm,
        pending: t.removing,
        cancel: t.removeCancel,
      }}
      onConfirm={async () => {
        const removed = await remove.mutateAsync({ id: item.id, version: item.version });
        await queryClient.invalidateQueries(trpc.plan.pathFilter());
        onDone(t.removed(removed.title));
      }}
    />
  );
}

/** Keyed by the item's version by its parent: after a reload, the form restarts from what is stored. */
function EditPlanItem({
  item,
  plan,
  onDone,
  onClose,
  onReload,
}: {
  item: PlanItem;
  plan: Plan;
  onDone: (message: string) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  // The version the person started from: what the save is checked against and compared with.
  const [opened] = useState(item);
  const heading = useRef<HTMLHeadingElement>(null);
  const update = useMutation(trpc.plan.update.mutationOptions());

  useEffect(() => {
    // Opened from a row's button, far above: the focus comes to the form's heading.
    heading.current?.focus();
  }, []);

  async function send(values: PlanItemValues) {
    const changes = changedPlanFields(planItemValues(opened), values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const saved = await update.mutateAsync({ id: opened.id, version: opened.version, ...changes });
    // The plan is read again before the confirmation, so the next edit starts from the new version.
    await queryClient.invalidateQueries(trpc.plan.pathFilter());
    onDone(t.saved(saved.title));
  }

  return (
    <section className="plan-edit" aria-labelledby="modifier-element-titre">
      <h2 id="modifier-element-titre" ref={heading} tabIndex={-1}>
        {t.editTitle(opened.title)}
      </h2>
      <PlanItemForm
        idPrefix="modifier-element"
        initial={planItemValues(opened)}
        candidates={plan.items.filter((candidate) => candidate.id !== opened.id)}
        submitLabel={messages.common.saveChanges}
        onSend={send}
        onReload={onReload}
      />
      <div className="plan-edit__more">
        <RemovePlanItem item={opened} onDone={onDone} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.cancelEdit}
        </button>
      </div>
    </section>
  );
}

function NewPlanItem({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const create = useMutation(trpc.plan.create.mutationOptions());

  async function send(values: PlanItemValues) {
    // What equals a new item's defaults is left to the API, which derives it from the rest.
    const created = await create.mutateAsync({
      projectId: plan.project.id,
      kind: values.kind,
      title: values.title,
      dueOn: values.dueOn,
      ...changedPlanFields(newPlanItem, values),
    });
    await queryClient.invalidateQueries(trpc.plan.pathFilter());
    onDone(t.created(created.kind, created.title));
  }

  return (
    <section aria-labelledby="nouvel-element-titre">
      <h2 id="nouvel-element-titre">{t.newTitle}</h2>
      <p>{t.newIntro}</p>
      <PlanItemForm
        idPrefix="nouvel-element"
        initial={newPlanItem}
        candidates={plan.items}
        submitLabel={t.create}
        onSend={send}
        resetOnSuccess
      />
    </section>
  );
}

function changeText(field: string, raw: unknown): string {
  if (raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) return t.nothing;
  switch (field) {
    case "kind":
      return t.kind[raw as PlanItem["kind"]] ?? String(raw);
    case "status":
      return t.status[raw as PlanItem["status"]] ?? String(raw);
    case "progress":
      return typeof raw === "number" ? t.percent(raw) : String(raw);
    case "startsOn":
    case "dueOn":
    case "completedOn":
      return typeof raw === "string" ? formatDate(raw) : String(raw);
    case "dependsOn":
      return Array.isArray(raw) ? raw.map((title) => `« ${String(title)} »`).join(", ") : String(raw);
    default:
      return typeof raw === "string" ? raw : JSON.stringify(raw);
  }
}

function PlanHistory({ projectId }: { projectId: string }) {
  const history = useQuery(trpc.plan.history.queryOptions({ projectId }));
  return (
    <section aria-labelledby="historique-plan">
      <h2 id="historique-plan">{t.history}</h2>
      <QueryBoundary query={history}>
        {(entries: HistoryEntry[]) =>
          entries.length === 0 ? (
            <p>{t.historyEmpty}</p>
          ) : (
            <ol className="trail plan-history">
              {entries.map((entry) => (
                <li key={entry.id} className="trail__item">
                  <p className="trail__what">
                    {t.historyBy(
                      entry.itemTitle ?? t.unknownItem,
                      t.actions[entry.action] ?? entry.action,
                      entry.actorName ?? t.unknownActor,
                      formatDateTime(entry.createdAt),
                    )}
                  </p>
                  {Object.keys(entry.changes).length > 0 && (
                    <ul className="plan-history__changes">
                      {Object.entries(entry.changes).map(([field, [before, after]]) => (
                        <li key={field}>
                          {t.change(t.fields[field] ?? field, changeText(field, before), changeText(field, after))}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </QueryBoundary>
    </section>
  );
}

export function ProjectPlanPage() {
  const { id = "" } = useParams();
  const plan = useQuery(trpc.plan.list.queryOptions({ projectId: id }));
  const done = useVersionedConfirmation(() => plan.refetch());
  // The item being edited; `opening` counts the presses, so pressing a row's button again brings a fresh form.
  const [editing, setEditing] = useState<{ id: string; opening: number } | null>(null);
  // The row whose form was closed without saving: its button takes the focus back.
  const [closed, setClosed] = useState<string | null>(null);

  useEffect(() => {
    if (closed) document.getElementById(editButtonId(closed))?.focus();
  }, [closed]);

  const edit = (itemId: string) => {
    setClosed(null);
    setEditing((current) => ({ id: itemId, opening: (current?.opening ?? 0) + 1 }));
  };
  const finish = (message: string) => {
    setEditing(null);
    done.show(message);
  };

  return (
    <>
      <PageHeading title={plan.data ? t.title(plan.data.project.title) : t.fallbackTitle} ready={!plan.isPending} />
      <StatusMessage {...done.props} />
      <QueryBoundary query={plan}>
        {(data) => {
          const item = data.items.find((candidate) => candidate.id === editing?.id);
          const actions = data.items.filter((candidate) => candidate.kind === "action").length;
          const late = data.items.filter((candidate) => candidate.overdue).length;
          return (
            <>
              <p>
                <Link to={`/projets/${data.project.id}`}>{t.backToProject(data.project.title)}</Link>
              </p>
              <p>{t.intro(data.project.communeName)}</p>
              <p className="plan-counts">{t.counts(actions, data.items.length - actions, late)}</p>
              {!data.permissions.manage && <p className="notice">{t.readOnly}</p>}
              <section className="plan-list" aria-labelledby="liste-plan">
                <h2 id="liste-plan">{t.listTitle}</h2>
                <PlanTable plan={data} onEdit={edit} />
              </section>
              {data.permissions.manage && item && (
                <EditPlanItem
                  key={`${item.id}:${item.version}:${editing?.opening ?? 0}`}
                  item={item}
                  plan={data}
                  onDone={finish}
                  onClose={() => {
                    setEditing(null);
                    setClosed(item.id);
                  }}
                  onReload={done.reload}
                />
              )}
              <section aria-labelledby="calendrier-plan">
                <h2 id="calendrier-plan">{t.timelineTitle}</h2>
                {data.timeline && data.items.length > 0 ? (
                  <PlanTimeline timeline={data.timeline} items={data.items} />
                ) : (
                  <p>{t.timelineEmpty}</p>
                )}
              </section>
              {data.permissions.manage && <NewPlanItem plan={data} onDone={done.show} />}
              <PlanHistory projectId={data.project.id} />
            </>
          );
        }}
      </QueryBoundary>
    </>
  );
}

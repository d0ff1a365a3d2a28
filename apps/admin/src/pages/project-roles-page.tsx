import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, type SummaryField } from "../components/error-summary";
import { FieldErrorMessage, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { RecordHistory } from "../components/record-history";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { UserError } from "../lib/errors";
import { clientErrors, useSending } from "../lib/form";
import type { RaciRole, RaciView } from "../lib/governance";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../governance.css";

const g = messages.governance;
const t = g.roles;
const raciRoles = Object.keys(g.raciLetters) as RaciRole[];

const cellKey = (activity: string, party: string) => JSON.stringify([activity, party]);
const cellId = (activityIndex: number, partyIndex: number) => `raci-${activityIndex}-${partyIndex}`;

interface Matrix {
  activities: string[];
  parties: string[];
  /** By cellKey; a cell left out has no role. */
  roles: Record<string, RaciRole>;
}

function matrixOf(view: RaciView): Matrix {
  return {
    activities: view.grid.activities,
    parties: view.grid.parties,
    roles: Object.fromEntries(view.assignments.map((a) => [cellKey(a.activity, a.party), a.role])),
  };
}

/** A name to add to the matrix's rows or columns: refused when empty or already there. */
function AddNameForm({
  id,
  label,
  hint,
  submitLabel,
  existing,
  duplicate,
  onAdd,
}: {
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  existing: readonly string[];
  duplicate: (name: string) => string;
  onAdd: (name: string) => void;
}) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const refusal =
      trimmed === "" ? messages.errors.required : existing.includes(trimmed) ? duplicate(trimmed) : undefined;
    setError(refusal);
    if (refusal) return;
    onAdd(trimmed);
    // The field stays focused and empty: the next name can be typed at once.
    setName("");
  }

  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit}>
      <TextField
        id={id}
        label={label}
        hint={hint}
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error}
      />
      <div className="form-actions">
        <SubmitButton variant="secondary" label={submitLabel} />
      </div>
    </form>
  );
}

/**
 * The matrix as a table: activities are row headers, parties column headers, each cell a select.
 * Nothing is written until "Enregistrer la matrice": the API checks the whole matrix at once.
 * Keyed by the page after each save, so it restarts from what was stored.
 */
function RaciEditor({ view, onSaved }: { view: RaciView; onSaved: (view: RaciView) => void }) {
  const [matrix, setMatrix] = useState(() => matrixOf(view));
  const [dirty, setDirty] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // Which cell each line sent stands for: the API's "assignments.4.role" is the fifth cell sent.
  const [sentCells, setSentCells] = useState<string[]>([]);
  const save = useMutation(trpc.governance.setRaci.mutationOptions());
  const { error, pending, send } = useSending();
  const { activities, parties, roles } = matrix;

  function change(next: Matrix, message?: string) {
    setMatrix(next);
    setDirty(true);
    if (message) setAnnouncement(message);
  }

  function setRole(activity: string, party: string, role: string) {
    const next = { ...roles };
    if (role === "") delete next[cellKey(activity, party)];
    else next[cellKey(activity, party)] = role as RaciRole;
    change({ ...matrix, roles: next });
  }

  function removeActivity(activity: string) {
    change({ ...matrix, activities: activities.filter((a) => a !== activity) }, t.activityRemoved(activity));
    document.getElementById("nouvelle-activite")?.focus();
  }

  function removeParty(party: string) {
    change({ ...matrix, parties: parties.filter((p) => p !== party) }, t.partyRemoved(party));
    document.getElementById("nouvelle-partie")?.focus();
  }

  /** The summary's links and each cell's message, from the last sending's errors. */
  const summary: Record<string, SummaryField> = {};
  const cellErrors = new Map<string, string>();
  for (const [path, message] of Object.entries(error?.fieldErrors ?? {})) {
    const match = /^(?:assignments|activities)\.(\d+)/.exec(path);
    const id = match ? sentCells[Number(match[1])] : undefined;
    if (!id) continue;
    summary[path] = { id, label: t.matrix };
    cellErrors.set(id, message);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const assignments: { activity: string; party: string; role: RaciRole }[] = [];
    const cells: string[] = [];
    activities.forEach((activity, ai) =>
      parties.forEach((party, pi) => {
        const role = roles[cellKey(activity, party)];
        if (!role) return;
        assignments.push({ activity, party, role });
        cells.push(cellId(ai, pi));
      }),
    );
    // An activity without any role would vanish on save: say so rather than drop it silently.
    const checks: Record<string, string | false> = {};
    const firstCells: string[] = [];
    activities.forEach((activity, ai) => {
      if (parties.some((party) => roles[cellKey(activity, party)])) return;
      checks[`activities.${firstCells.length}`] = t.activityWithoutRole(activity);
      firstCells.push(cellId(ai, 0));
    });
    const found: UserError | null = parties.length > 0 ? clientErrors(checks) : null;
    setSentCells(found ? firstCells : cells);
    void send("send", found, async () => {
      const saved = await save.mutateAsync({ projectId: view.project.id, assignments });
      onSaved(saved);
    });
  }

  return (
    <>
      <AddNameForm
        id="nouvelle-activite"
        label={t.newActivity}
        hint={t.newActivityHint}
        submitLabel={t.addActivity}
        existing={activities}
        duplicate={t.duplicateActivity}
        onAdd={(name) => change({ ...matrix, activities: [...activities, name] }, t.activityAdded(name))}
      />
      <AddNameForm
        id="nouvelle-partie"
        label={t.newParty}
        hint={t.newPartyHint}
        submitLabel={t.addParty}
        existing={parties}
        duplicate={t.duplicateParty}
        onAdd={(name) => change({ ...matrix, parties: [...parties, name] }, t.partyAdded(name))}
      />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      <form className="governance-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={summary} />
        {activities.length === 0 && parties.length === 0 ? (
          <p>{t.empty}</p>
        ) : activities.length === 0 || parties.length === 0 ? (
          <p>{t.needBoth}</p>
        ) : null}
        {activities.length > 0 && (
          <div className="table-wrapper">
            <table className="table raci-table">
              <caption>{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colActivity}</th>
                  {parties.map((party) => (
                    <th key={party} scope="col">
                      {party}
                    </th>
                  ))}
                  <th scope="col">{t.colRemove}</th>
                </tr>
              </thead>
              <tbody>
                {activities.map((activity, ai) => (
                  <tr key={activity}>
                    <th scope="row">{activity}</th>
                    {parties.map((party, pi) => {
                      const id = cellId(ai, pi);
                      const message = cellErrors.get(id);
                      return (
                        <td key={party}>
                          <label htmlFor={id} className="visually-hidden">
                            {t.cellLabel(activity, party)}
                          </label>
                          <FieldErrorMessage id={id} error={message} />
                          <select
                            id={id}
                            className="input select"
                            value={roles[cellKey(activity, party)] ?? ""}
                            aria-invalid={message ? true : undefined}
                            aria-describedby={message ? `${id}-error` : undefined}
                            onChange={(e) => setRole(activity, party, e.target.value)}
                          >
                            <option value="">{t.none}</option>
                            {raciRoles.map((role) => (
                              <option key={role} value={role}>
                                {t.option(g.raciLetters[role], g.raciRoles[role])}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => removeActivity(activity)}
                      >
                        {t.removeActivity}
                        <span className="visually-hidden">{t.removeActivityContext(activity)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {parties.length > 0 && (
          <>
            <h3 id="parties-prenantes">{t.parties}</h3>
            <ul className="party-list" aria-labelledby="parties-prenantes">
              {parties.map((party) => (
                <li key={party}>
                  <span>{party}</span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => removeParty(party)}
                  >
                    {t.removeParty}
                    <span className="visually-hidden">{t.removePartyContext(party)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {dirty && <p className="muted">{t.unsaved}</p>}
        <div className="form-actions">
          <SubmitButton label={t.save} pending={pending !== null} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </>
  );
}

export function ProjectRolesPage() {
  const { id = "" } = useParams();
  const raci = useQuery(trpc.governance.raci.queryOptions({ projectId: id }));
  const done = useConfirmation();
  const [saves, setSaves] = useState(0);

  function onSaved(view: RaciView) {
    // What was stored, sorted as the API reads it back, replaces the form's state at once.
    queryClient.setQueryData(trpc.governance.raci.queryKey({ projectId: id }), view);
    setSaves((n) => n + 1);
    done.show(t.saved);
  }

  return (
    <>
      <PageHeading title={raci.data ? t.title(raci.data.project.title) : t.fallbackTitle} ready={!raci.isPending} />
      <p>
        <Link to={`/projets/${id}`}>{t.back}</Link>
      </p>
      <StatusMessage {...done.props} />
      <p>{t.intro}</p>
      <p className="muted">{t.orderHint}</p>
      <QueryBoundary query={raci}>
        {(view) => (
          <section aria-labelledby="matrice">
            <h2 id="matrice">{t.matrix}</h2>
            <RaciEditor key={saves} view={view} onSaved={onSaved} />
          </section>
        )}
      </QueryBoundary>
      {/* Re-read after each save (`saves` counts them): the new matrix is its latest entry. */}
      <RecordHistory key={`historique-${saves}`} entity="raci" entityId={id} />
    </>
  );
}

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { RecordHistory } from "../components/record-history";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import { useSending, saveChanges } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { EventForm, type AdminEvent, type EventValues } from "./event-form";

const t = messages.events;
const p = t.page;

async function refreshEvent(id: string) {
  await Promise.all([
    queryClient.invalidateQueries(trpc.events.get.queryFilter({ id })),
    queryClient.invalidateQueries(trpc.events.list.queryFilter()),
    queryClient.invalidateQueries(trpc.history.record.queryFilter()),
  ]);
}

/** Publish a draft; cancel with a confirmation saying who will be told. */
function StatusActions({ event, onDone }: { event: AdminEvent; onDone: (message: string) => void }) {
  const publish = useMutation(trpc.events.publish.mutationOptions());
  const cancel = useMutation(trpc.events.cancel.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const { error, pending, send } = useSending<"publish" | "cancel">();
  const toTell = event.counts.confirmed + event.counts.waiting;

  return (
    <section aria-labelledby="statut-evenement">
      <h2 id="statut-evenement">
        {t.filterStatus} : {t.statuses[event.status]}
      </h2>
      <ErrorSummary error={error} fields={{}} />
      <div className="form-actions">
        {event.status === "draft" && (
          <button
            type="button"
            className="button button--primary"
            aria-disabled={pending !== null || undefined}
            onClick={() =>
              void send("publish", null, async () => {
                await publish.mutateAsync({ id: event.id, version: event.version });
                await refreshEvent(event.id);
                onDone(p.published);
              })
            }
          >
            {pending === "publish" ? p.publishing : p.publish}
          </button>
        )}
        {event.status !== "cancelled" && !confirming && (
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            {p.cancel}
          </button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-labelledby="confirmer-annulation">
          <p id="confirmer-annulation">{p.cancelConfirm(toTell)}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              // The question replaces the button that asked it: the focus goes to its answer.
              ref={(button) => button?.focus()}
              onClick={() =>
                void send("cancel", null, async () => {
                  const done = await cancel.mutateAsync({ id: event.id, version: event.version });
                  setConfirming(false);
                  await refreshEvent(event.id);
                  onDone(p.cancelled(done.notified));
                })
              }
            >
              {pending === "cancel" ? p.cancelling : p.cancelYes}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {p.cancelNo}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Checkboxes among a list; saved in one request with the event's version. */
function LinksForm({
  id,
  legend,
  hint,
  items,
  selected,
  saveLabel,
  empty,
  onSave,
  onReload,
}: {
  id: string;
  legend: string;
  hint: string;
  items: { id: string; label: string }[];
  selected: string[];
  saveLabel: string;
  empty: string;
  onSave: (ids: string[]) => Promise<void>;
  onReload: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>(selected);
  const { error, pending, send } = useSending();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void send("send", null, () => onSave(chosen));
  }
  return (
    <section aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`}>{legend}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary error={error} fields={{ ids: { id: `${id}-0`, label: legend } }} onReload={onReload} />
          <fieldset className="fieldset checkbox-list">
            <legend className="field-label">{legend}</legend>
            <p className="field-hint">{hint}</p>
            {items.map((item, index) => (
              <div key={item.id} className="checkbox">
                <input
                  type="checkbox"
                  id={`${id}-${index}`}
                  checked={chosen.includes(item.id)}
                  onChange={(e) =>
                    setChosen((current) =>
                      e.target.checked ? [...current, item.id] : current.filter((x) => x !== item.id),
                    )
                  }
                />{" "}
                <label htmlFor={`${id}-${index}`}>{item.label}</label>
              </div>
            ))}
          </fieldset>
          <div className="form-actions">
            <SubmitButton label={saveLabel} pending={pending === "send"} pendingLabel={messages.common.saving} />
          </div>
        </form>
      )}
    </section>
  );
}

/** Attendance on the day: one checkbox per confirmed registrant, saved in one request. */
function AttendanceForm({
  event,
  onDone,
  onClose,
}: {
  event: AdminEvent;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const confirmed = event.registrations.filter((r) => r.status === "confirmed");
  const [present, setPresent] = useState<string[]>(confirmed.filter((r) => r.attended === true).map((r) => r.id));
  const take = useMutation(trpc.events.takeAttendance.mutationOptions());
  const { error, pending, send } = useSending();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void send("send", null, async () => {
      const done = await take.mutateAsync({ eventId: event.id, presentIds: present });
      await refreshEvent(event.id);
      onDone(p.attendanceSaved(done.present, done.indicators.events, done.indicators.participants));
      onClose();
    });
  }
  return (
    <section aria-labelledby="presences-titre">
      <h3 id="presences-titre">{p.attendanceTitle}</h3>
      {confirmed.length === 0 ? (
        <p>{p.noConfirmed}</p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary error={error} fields={{ presentIds: { id: "presence-0", label: p.attendanceLegend } }} />
          <fieldset className="fieldset checkbox-list">
            <legend className="field-label">{p.attendanceLegend}</legend>
            <p className="field-hint">{p.attendanceHint}</p>
            {confirmed.map((r, index) => (
              <div key={r.id} className="checkbox">
                <input
                  type="checkbox"
                  id={`presence-${index}`}
                  checked={present.includes(r.id)}
                  onChange={(e) =>
                    setPresent((current) => (e.target.checked ? [...current, r.id] : current.filter((x) => x !== r.id)))
                  }
                />{" "}
                <label htmlFor={`presence-${index}`}>
                  {r.name}
                  {r.organisation ? ` (${r.organisation})` : ""}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="form-actions">
            <SubmitButton label={p.attendanceSave} pending={pending === "send"} pendingLabel={messages.common.saving} />
            <button type="button" className="button button--secondary" onClick={onClose}>
              {p.attendanceCancel}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Registrations({ event, onDone }: { event: AdminEvent; onDone: (message: string) => void }) {
  const [taking, setTaking] = useState(false);
  const canTake = event.status === "published" && Date.parse(event.startsAt) <= Date.now();
  const close = () => {
    setTaking(false);
    requestAnimationFrame(() => document.getElementById("prendre-presences")?.focus());
  };
  return (
    <section aria-labelledby="inscriptions-titre">
      <h2 id="inscriptions-titre">{p.registrations}</h2>
      <p>
        {p.counts(event.counts)} {p.placesLeft(event.counts.placesLeft)} {p.attendedCount(event.counts.attended)}
      </p>
      {canTake && !taking && (
        <p>
          <button
            id="prendre-presences"
            type="button"
            className="button button--primary"
            onClick={() => setTaking(true)}
          >
            {p.takeAttendance}
          </button>
        </p>
      )}
      {taking && <AttendanceForm event={event} onDone={onDone} onClose={close} />}
      {event.registrations.length === 0 ? (
        <p>{p.noRegistrations}</p>
      ) : (
        <DataTable
          caption={p.registrationsCaption(event.registrations.length)}
          columns={[p.colName, p.colEmail, p.colOrganisation, p.colStatus, p.colDate, p.colPresent]}
        >
          {event.registrations.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.email}</td>
              <td>{r.organisation || messages.common.emptyCell}</td>
              <td>{p.registrationStatuses[r.status]}</td>
              <td>{formatDateTime(r.createdAt)}</td>
              <td>{r.attended === null ? p.notTaken : r.attended ? p.present : p.absent}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Survey({ survey }: { survey: AdminEvent["survey"] }) {
  return (
    <section aria-labelledby="enquete-titre">
      <h2 id="enquete-titre">{p.survey}</h2>
      {survey.responses === 0 || survey.averageRating === null ? (
        <p>{p.surveyNone}</p>
      ) : (
        <>
          <p>{p.surveySummary(survey.responses, survey.averageRating)}</p>
          <h3>{p.surveyComments}</h3>
          {survey.comments.length === 0 ? (
            <p>{p.surveyNoComments}</p>
          ) : (
            <ul>
              {survey.comments.map((comment, index) => (
                <li key={index}>{comment}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function EventPage() {
  const { id = "" } = useParams();
  const event = useQuery(trpc.events.get.queryOptions({ id }));
  const organisations = useQuery(trpc.partners.list.queryOptions({}));
  const projects = useQuery(trpc.projects.list.queryOptions());
  const done = useVersionedConfirmation(() => event.refetch());
  const update = useMutation(trpc.events.update.mutationOptions());
  const setPartners = useMutation(trpc.events.setPartners.mutationOptions());
  const setProjects = useMutation(trpc.events.setProjects.mutationOptions());

  return (
    <>
      <PageHeading title={event.data?.title ?? t.title} ready={!event.isPending} />
      <p>
        <Link to="/evenements">{t.title}</Link>
        {event.data && event.data.status !== "draft" && (
          <>
            {" · "}
            <a href={`/evenements/${event.data.slug}`}>{p.onPortal}</a>
          </>
        )}
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={event}>
        {(data) => (
          <>
            <StatusActions key={`statut-${data.version}`} event={data} onDone={done.show} />
            <Registrations
              key={`inscriptions-${data.version}-${data.counts.attended}`}
              event={data}
              onDone={done.show}
            />
            <Survey survey={data.survey} />
            <section aria-labelledby="modifier-evenement-titre">
              <h2 id="modifier-evenement-titre">{p.details}</h2>
              <EventForm
                key={data.version}
                idPrefix="evenement"
                event={data}
                submitLabel={t.form.save}
                onReload={done.reload}
                onSend={async (values: EventValues) => {
                  const before: EventValues & { id: string; version: number } = {
                    id: data.id,
                    version: data.version,
                    kind: data.kind,
                    title: data.title,
                    startsAt: new Date(data.startsAt).toISOString(),
                    endsAt: new Date(data.endsAt).toISOString(),
                    place: data.place,
                    address: data.address,
                    communeInseeCode: data.communeInseeCode,
                    programmeId: data.programmeId,
                    capacity: data.capacity,
                    summary: data.summary,
                    description: data.description,
                  };
                  const saved = await saveChanges(before, values, update.mutateAsync);
                  await refreshEvent(data.id);
                  done.show(saved ? t.form.saved : messages.common.nothingChanged);
                }}
              />
            </section>
            <LinksForm
              key={`partenaires-${data.version}`}
              id="partenaires"
              legend={p.partners}
              hint={p.partnersHint}
              empty={p.noPartners}
              items={(organisations.data ?? []).map((o) => ({ id: o.id, label: o.name }))}
              selected={data.partners.map((o) => o.id)}
              saveLabel={p.partnersSave}
              onReload={done.reload}
              onSave={async (ids) => {
                await setPartners.mutateAsync({ id: data.id, version: data.version, ids });
                await refreshEvent(data.id);
                done.show(p.partnersSaved);
              }}
            />
            <LinksForm
              key={`projets-${data.version}`}
              id="projets"
              legend={p.projects}
              hint={p.projectsHint}
              empty={messages.common.none}
              items={(projects.data ?? []).map((o) => ({ id: o.id, label: `${o.title} (${o.communeName})` }))}
              selected={data.projects.map((o) => o.id)}
              saveLabel={p.projectsSave}
              onReload={done.reload}
              onSave={async (ids) => {
                await setProjects.mutateAsync({ id: data.id, version: data.version, ids });
                await refreshEvent(data.id);
                done.show(p.projectsSaved);
              }}
            />
            <RecordHistory key={`historique-${data.version}`} entity="event" entityId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}

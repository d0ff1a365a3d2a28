import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { RecordHistory } from "../components/record-history";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import { toUserError } from "../lib/errors";
import { showFlash } from "../lib/flash";
import { bindFields, clientErrors, formFields, saveChanges, useSending } from "../lib/form";
import { formatDateTime } from "../lib/format";
import {
  fromDateTimeInput,
  type BodyDetail,
  type BodyKind,
  type BodyMember,
  type MeetingSummary,
} from "../lib/governance";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../governance.css";

const g = messages.governance;
const t = g.body;
const bodyKinds = Object.keys(g.kind) as BodyKind[];

const editFields = formFields("modifier-instance", {
  kind: messages.governance.bodies.kind,
  name: messages.governance.bodies.name,
  description: messages.governance.bodies.description,
});

/** Keyed by the body's version by its parent: after any save, the form restarts from what was stored. */
function EditBodyForm({
  body,
  onDone,
  onReload,
}: {
  body: BodyDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  // The version the person started from: what the save is checked against and compared with.
  const [opened] = useState(body);
  const [inputs, setInputs] = useState({ kind: body.kind as string, name: body.name, description: body.description });
  const update = useMutation(trpc.governance.updateBody.mutationOptions());
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, editFields.id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({ name: inputs.name.trim() === "" && messages.errors.required });
    void send("send", found, async () => {
      const values = {
        kind: inputs.kind as BodyKind,
        name: inputs.name.trim(),
        description: inputs.description.trim(),
      };
      const saved = await saveChanges(opened, values, update.mutateAsync);
      onDone(saved ? t.saved : messages.common.nothingChanged);
      if (saved) await queryClient.invalidateQueries(trpc.governance.pathFilter());
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={editFields.summary} onReload={onReload} />
      <SelectField label={g.bodies.kind} required {...field("kind")}>
        <Options values={bodyKinds} labels={g.kind} />
      </SelectField>
      <TextField label={g.bodies.name} required {...field("name")} />
      <TextAreaField label={g.bodies.description} hint={g.bodies.descriptionHint} rows={3} {...field("description")} />
      <div className="form-actions">
        <SubmitButton
          label={messages.common.saveChanges}
          pending={pending !== null}
          pendingLabel={messages.common.saving}
        />
      </div>
    </form>
  );
}

function MembersTable({ body, onDone }: { body: BodyDetail; onDone: (message: string) => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const remove = useMutation(
    trpc.governance.removeMember.mutationOptions({
      onError: (err) => setFailure(toUserError(err).message),
    }),
  );

  async function onRemove(member: BodyMember) {
    if (remove.isPending) return;
    setFailure(null);
    await remove.mutateAsync({ bodyId: body.id, memberId: member.id }).then(
      async () => {
        // The row and its button go away: the confirmation takes the focus.
        onDone(t.removed(member.name));
        await queryClient.invalidateQueries(trpc.governance.pathFilter());
      },
      () => undefined,
    );
  }

  return (
    <>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {body.members.length === 0 ? (
        <p>{t.membersEmpty}</p>
      ) : (
        <DataTable
          caption={t.membersCaption(body.members.length)}
          columns={[t.colName, t.colOrganisation, t.colRole, t.colAccount, t.colActions]}
        >
          {body.members.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.name}</th>
              <td>{member.organisation || messages.common.emptyCell}</td>
              <td>{member.role || messages.common.emptyCell}</td>
              <td>{member.userName ?? messages.common.emptyCell}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-disabled={remove.isPending || undefined}
                  onClick={() => void onRemove(member)}
                >
                  {remove.isPending && remove.variables?.memberId === member.id ? t.removing : t.remove}
                  <span className="visually-hidden">{t.removeContext(member.name)}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

const memberFields = formFields("nouveau-membre", {
  name: t.memberName,
  organisation: t.memberOrganisation,
  role: t.memberRole,
  userId: t.memberAccount,
});

function AddMemberForm({ bodyId }: { bodyId: string }) {
  const users = useQuery(trpc.users.list.queryOptions());
  const add = useMutation(trpc.governance.addMember.mutationOptions());
  const empty = { name: "", organisation: "", role: "", userId: "" };
  const [inputs, setInputs] = useState(empty);
  const [done, setDone] = useState<string | null>(null);
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, memberFields.id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const found = clientErrors({ name: inputs.name.trim() === "" && messages.errors.required });
    void send("send", found, async () => {
      const member = await add.mutateAsync({
        bodyId,
        name: inputs.name.trim(),
        organisation: inputs.organisation.trim(),
        role: inputs.role.trim(),
        userId: inputs.userId === "" ? null : inputs.userId,
      });
      setInputs(empty);
      setDone(t.added(member.name));
      await queryClient.invalidateQueries(trpc.governance.pathFilter());
    });
  }

  return (
    <section aria-labelledby="nouveau-membre">
      <h3 id="nouveau-membre">{t.addMember}</h3>
      <StatusMessage message={done} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={memberFields.summary} />
        <TextField label={t.memberName} required autoComplete="off" {...field("name")} />
        <TextField label={t.memberOrganisation} hint={t.memberOrganisationHint} {...field("organisation")} />
        <TextField label={t.memberRole} hint={t.memberRoleHint} {...field("role")} />
        <SelectField label={t.memberAccount} hint={t.memberAccountHint} {...field("userId")}>
          <option value="">{t.memberAccountNone}</option>
          {(users.data ?? []).map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName} ({user.email})
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <SubmitButton label={t.addSubmit} pending={pending !== null} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </section>
  );
}

function MeetingsTable({ caption, meetings }: { caption: string; meetings: MeetingSummary[] }) {
  return (
    <DataTable
      caption={caption}
      columns={[t.colMeeting, t.colDate, t.colPlace, t.colStatus, t.colDecisions, t.colActionItems]}
    >
      {meetings.map((meeting) => (
        <tr key={meeting.id}>
          <th scope="row">
            <Link to={`/reunions/${meeting.id}`}>{meeting.title}</Link>
          </th>
          <td>{formatDateTime(meeting.startsAt)}</td>
          <td>{meeting.place || messages.common.emptyCell}</td>
          <td>{g.meetingStatus[meeting.status]}</td>
          <td className="numeric">{meeting.decisionCount}</td>
          <td className="numeric">{meeting.actionItemCount}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function Meetings({ body }: { body: BodyDetail }) {
  // Soonest first for what is to come; latest first (as the API sends them) for what is past.
  const upcoming = body.meetings.filter((m) => m.upcoming).reverse();
  const past = body.meetings.filter((m) => !m.upcoming);
  return (
    <>
      <h3 id="reunions-a-venir">{t.upcoming}</h3>
      {upcoming.length === 0 ? <p>{t.upcomingEmpty}</p> : <MeetingsTable caption={t.upcoming} meetings={upcoming} />}
      <h3 id="reunions-passees">{t.past}</h3>
      {past.length === 0 ? <p>{t.pastEmpty}</p> : <MeetingsTable caption={t.past} meetings={past} />}
    </>
  );
}

const meetingFields = formFields("nouvelle-reunion", {
  title: t.meetingTitle,
  startsAt: t.startsAt,
  place: t.place,
  agenda: t.agenda,
});

function PlanMeetingForm({ bodyId }: { bodyId: string }) {
  const navigate = useNavigate();
  const create = useMutation(trpc.governance.createMeeting.mutationOptions());
  const [inputs, setInputs] = useState({ title: "", startsAt: "", place: "", agenda: "" });
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, meetingFields.id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const startsAt = fromDateTimeInput(inputs.startsAt);
    const found = clientErrors({
      title: inputs.title.trim() === "" && messages.errors.required,
      startsAt: startsAt === null && messages.errors.required,
    });
    void send("send", found, async () => {
      const meeting = await create.mutateAsync({
        bodyId,
        title: inputs.title.trim(),
        startsAt: startsAt!,
        place: inputs.place.trim(),
        agenda: inputs.agenda.trim(),
      });
      await queryClient.invalidateQueries(trpc.governance.pathFilter());
      showFlash(t.planned(meeting.title), `/reunions/${meeting.id}`);
      await navigate(`/reunions/${meeting.id}`);
    });
  }

  return (
    <section aria-labelledby="nouvelle-reunion">
      <h3 id="nouvelle-reunion">{t.planTitle}</h3>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={meetingFields.summary} />
        <TextField label={t.meetingTitle} hint={t.meetingTitleHint} required {...field("title")} />
        <TextField
          type="datetime-local"
          label={t.startsAt}
          required
          className="input input--date"
          {...field("startsAt")}
        />
        <TextField label={t.place} {...field("place")} />
        <TextAreaField label={t.agenda} hint={t.agendaHint} rows={5} {...field("agenda")} />
        <div className="form-actions">
          <SubmitButton label={t.planSubmit} pending={pending !== null} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </section>
  );
}

export function GovernanceBodyPage() {
  const { id = "" } = useParams();
  const body = useQuery(trpc.governance.body.queryOptions({ id }));
  const done = useVersionedConfirmation(() => body.refetch());

  return (
    <>
      <PageHeading title={body.data?.name ?? t.fallbackTitle} ready={!body.isPending} />
      <p>
        <Link to="/instances">{t.back}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={body}>
        {(data) => (
          <>
            <section aria-labelledby="presentation">
              <h2 id="presentation">{t.details}</h2>
              <Details>
                <Detail term={t.kind}>{g.kind[data.kind]}</Detail>
                <Detail term={t.programme}>
                  <Link to={`/programmes/${data.programmeId}`}>{data.programmeName}</Link>
                </Detail>
                {data.description && (
                  <Detail term={t.description} prose>
                    {data.description}
                  </Detail>
                )}
              </Details>
            </section>
            <section aria-labelledby="modifier-instance">
              <h2 id="modifier-instance">{t.editTitle}</h2>
              <EditBodyForm key={data.version} body={data} onDone={done.show} onReload={done.reload} />
            </section>
            <section aria-labelledby="membres">
              <h2 id="membres">{t.members}</h2>
              <MembersTable body={data} onDone={done.show} />
              <AddMemberForm bodyId={data.id} />
            </section>
            <section aria-labelledby="reunions">
              <h2 id="reunions">{t.meetings}</h2>
              <Meetings body={data} />
              <PlanMeetingForm bodyId={data.id} />
            </section>
            <RecordHistory key={data.version} entity="governance-body" entityId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}

import { useMutation, useQuery } from "@tanstack/react-query";
import { networkKindLabels } from "@cvv/domain/labels";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { ConfirmRemoval } from "../components/confirm-removal";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { DocumentsSection } from "../components/documents-section";
import { ErrorSummary } from "../components/error-summary";
import { SelectField, TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { RecordHistory } from "../components/record-history";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { Outputs } from "../lib/api-types";
import { bindFields, changedFields, clientErrors, formFields, useSending } from "../lib/form";
import { formatDate, formatDateTime } from "../lib/format";
import { fromDateTimeInput, toDateTimeInput } from "../lib/governance";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { NetworkForm, type NetworkKind, type NetworkValues } from "./networks-page";

const t = messages.networks;
type NetworkDetail = Outputs["networks"]["get"];
type Member = NetworkDetail["members"][number];
type Meeting = NetworkDetail["meetings"][number];

const refreshNetwork = () =>
  Promise.all([
    queryClient.invalidateQueries(trpc.networks.pathFilter()),
    queryClient.invalidateQueries(trpc.contacts.pathFilter()),
    queryClient.invalidateQueries(trpc.history.record.queryFilter()),
  ]);

function memberName(member: Member): string {
  if (member.contact) {
    return member.contact.anonymised
      ? t.anonymisedMember
      : `${member.contact.firstName} ${member.contact.lastName}`.trim();
  }
  return member.user?.displayName ?? "";
}

function MembersTable({ network, onDone }: { network: NetworkDetail; onDone: (m: string) => void }) {
  const remove = useMutation(trpc.networks.removeMember.mutationOptions());
  const manage = network.permissions.manage;
  if (network.members.length === 0) return <p>{t.membersEmpty}</p>;
  return (
    <DataTable
      caption={t.membersCaption(network.name)}
      columns={[t.colMember, t.colOrganisation, t.colRole, t.colJoined, ...(manage ? [t.colActions] : [])]}
    >
      {network.members.map((member) => {
        const name = memberName(member);
        return (
          <tr key={member.id}>
            <th scope="row">
              {member.contact ? (
                <Link to={`/contacts/${member.contact.id}`}>{name}</Link>
              ) : (
                <>
                  {name} <span className="muted">({t.platformAccount})</span>
                </>
              )}
            </th>
            <td>{member.contact?.organisationName ?? messages.common.emptyCell}</td>
            <td>{member.role || messages.common.emptyCell}</td>
            <td>{formatDate(member.joinedOn)}</td>
            {manage && (
              <td>
                <ConfirmRemoval
                  id={`retrait-${member.id}`}
                  className="member-removal"
                  askClassName="button button--small button--secondary"
                  labels={t.removeMember(name)}
                  onConfirm={async () => {
                    await remove.mutateAsync({ networkId: network.id, memberId: member.id });
                    await refreshNetwork();
                    onDone(t.memberRemoved);
                  }}
                />
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}

/** A contact or a platform account, never both: the API says so in French if both are chosen. */
function AddMember({ network, onDone }: { network: NetworkDetail; onDone: (m: string) => void }) {
  const contacts = useQuery(trpc.contacts.list.queryOptions({}));
  const users = useQuery(trpc.users.list.queryOptions());
  const add = useMutation(trpc.networks.addMember.mutationOptions());
  const [inputs, setInputs] = useState({ contactId: "", userId: "", role: "" });
  const { error, pending, send } = useSending();
  const { id, summary } = formFields("ajout-membre", {
    contactId: t.memberContact,
    userId: t.memberUser,
    role: t.memberRole,
  });
  const field = bindFields(inputs, setInputs, id, error);
  const memberContacts = new Set(network.members.map((m) => m.contact?.id));
  const memberUsers = new Set(network.members.map((m) => m.user?.id));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("send", null, async () => {
      await add.mutateAsync({
        networkId: network.id,
        contactId: inputs.contactId || null,
        userId: inputs.userId || null,
        role: inputs.role,
      });
      setInputs({ contactId: "", userId: "", role: "" });
      await refreshNetwork();
      onDone(t.memberAdded);
    });
  }

  return (
    <section aria-labelledby="ajout-membre-titre">
      <h3 id="ajout-membre-titre">{t.addMemberTitle}</h3>
      <p>{t.addMemberIntro}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={summary} />
        <div className="field-row">
          <SelectField label={t.memberContact} {...field("contactId")}>
            <option value="">{t.memberNone}</option>
            {(contacts.data ?? [])
              .filter((c) => !c.anonymisedAt && !memberContacts.has(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.firstName} ${c.lastName}`.trim()}
                  {c.organisationName ? ` (${c.organisationName})` : ""}
                </option>
              ))}
          </SelectField>
          <SelectField label={t.memberUser} {...field("userId")}>
            <option value="">{t.memberNone}</option>
            {(users.data ?? [])
              .filter((u) => !memberUsers.has(u.id))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName}
                </option>
              ))}
          </SelectField>
        </div>
        <TextField label={t.memberRole} hint={t.memberRoleHint} autoComplete="off" {...field("role")} />
        <div className="form-actions">
          <SubmitButton label={t.addMemberSubmit} pending={pending !== null} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </section>
  );
}

interface MeetingValues {
  title: string;
  startsAt: string;
  place: string;
  agenda: string;
  notes: string;
}

function MeetingForm({
  idPrefix,
  initial,
  submitLabel,
  onSend,
  onReload,
}: {
  idPrefix: string;
  initial?: MeetingValues;
  submitLabel: string;
  onSend: (values: MeetingValues & { startsAtIso: string }) => Promise<void>;
  onReload?: () => void;
}) {
  const empty = { title: "", startsAt: "", place: "", agenda: "", notes: "" };
  const [inputs, setInputs] = useState<MeetingValues>(initial ?? empty);
  const { error, pending, send } = useSending();
  const f = t.meetingForm;
  const { id, summary } = formFields(idPrefix, {
    title: f.title,
    startsAt: f.startsAt,
    place: f.place,
    agenda: f.agenda,
    notes: f.notes,
  });
  const field = bindFields<keyof MeetingValues>(
    inputs as unknown as Record<keyof MeetingValues, string>,
    setInputs as never,
    id,
    error,
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const startsAtIso = fromDateTimeInput(inputs.startsAt);
    const found = clientErrors({
      title: inputs.title.trim() === "" && messages.errors.required,
      startsAt: startsAtIso === null && messages.errors.required,
    });
    void send("send", found, async () => {
      await onSend({ ...inputs, startsAtIso: startsAtIso ?? "" });
      if (!initial) setInputs(empty);
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <TextField label={f.title} required autoComplete="off" {...field("title")} />
      <div className="field-row">
        <TextField
          label={f.startsAt}
          type="datetime-local"
          required
          className="input input--date"
          {...field("startsAt")}
        />
        <TextField label={f.place} autoComplete="off" {...field("place")} />
      </div>
      <TextAreaField label={f.agenda} rows={3} {...field("agenda")} />
      <TextAreaField label={f.notes} rows={4} {...field("notes")} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

function EditMeeting({
  networkId,
  meeting,
  onDone,
  onReload,
  onClose,
}: {
  networkId: string;
  meeting: Meeting;
  onDone: (m: string) => void;
  onReload: () => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [meeting.id]);
  const [opened] = useState(() => ({
    version: meeting.version,
    values: {
      title: meeting.title,
      startsAt: toDateTimeInput(meeting.startsAt),
      place: meeting.place,
      agenda: meeting.agenda,
      notes: meeting.notes,
    },
  }));
  const update = useMutation(trpc.networks.updateMeeting.mutationOptions());

  async function send({ startsAtIso, ...values }: MeetingValues & { startsAtIso: string }) {
    const { startsAt, ...changes } = changedFields(opened.values, values);
    if (Object.keys(changes).length === 0 && startsAt === undefined) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const saved = await update.mutateAsync({
      networkId,
      id: meeting.id,
      version: opened.version,
      ...changes,
      ...(startsAt === undefined ? {} : { startsAt: startsAtIso }),
    });
    await refreshNetwork();
    onDone(t.meetingSaved(saved.title));
  }

  return (
    <section aria-labelledby="modifier-reunion-titre">
      <h3 id="modifier-reunion-titre" ref={heading} tabIndex={-1}>
        {t.editMeetingTitle(meeting.title)}
      </h3>
      <MeetingForm
        idPrefix="modifier-reunion"
        initial={opened.values}
        submitLabel={messages.common.saveChanges}
        onSend={send}
        onReload={onReload}
      />
      <DocumentsSection entity="network_meeting" entityId={meeting.id} canWrite />
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.closeMeeting}
        </button>
      </div>
    </section>
  );
}

function Meetings({
  network,
  onDone,
  onReload,
}: {
  network: NetworkDetail;
  onDone: (m: string) => void;
  onReload: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const create = useMutation(trpc.networks.createMeeting.mutationOptions());
  const manage = network.permissions.manage;
  const edited = network.meetings.find((m) => m.id === editing);

  function close() {
    const id = editing;
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`modifier-${id}`)?.focus());
  }

  return (
    <section aria-labelledby="reunions">
      <h2 id="reunions">{t.meetingsTitle}</h2>
      {network.meetings.length === 0 ? (
        <p>{t.meetingsEmpty}</p>
      ) : (
        <DataTable
          caption={t.meetingsCaption(network.name)}
          columns={[t.colMeeting, t.colDate, t.colPlace, t.colAgenda, t.colNotes, ...(manage ? [t.colActions] : [])]}
        >
          {network.meetings.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.title}</th>
              <td>{formatDateTime(m.startsAt)}</td>
              <td>{m.place || messages.common.emptyCell}</td>
              <td className="prose">{m.agenda || messages.common.emptyCell}</td>
              <td className="prose">{m.notes || messages.common.emptyCell}</td>
              {manage && (
                <td>
                  <button
                    id={`modifier-${m.id}`}
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => setEditing(m.id)}
                  >
                    {t.editMeeting}
                    <span className="visually-hidden"> {t.editMeetingFor(m.title)}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {manage && edited && (
        <EditMeeting
          key={edited.version}
          networkId={network.id}
          meeting={edited}
          onDone={onDone}
          onReload={onReload}
          onClose={close}
        />
      )}
      {manage && (
        <section aria-labelledby="nouvelle-reunion-titre">
          <h3 id="nouvelle-reunion-titre">{t.newMeetingTitle}</h3>
          <MeetingForm
            idPrefix="nouvelle-reunion"
            submitLabel={t.newMeetingSubmit}
            onSend={async ({ startsAtIso, title, place, agenda, notes }) => {
              const created = await create.mutateAsync({
                networkId: network.id,
                title,
                startsAt: startsAtIso,
                place,
                agenda,
                notes,
              });
              await refreshNetwork();
              onDone(t.meetingCreated(created.title));
            }}
          />
        </section>
      )}
    </section>
  );
}

function EditNetwork({
  network,
  parents,
  onDone,
  onReload,
}: {
  network: NetworkDetail;
  parents: readonly { id: string; name: string }[];
  onDone: (m: string) => void;
  onReload: () => void;
}) {
  const [opened] = useState<{ version: number; values: NetworkValues }>(() => ({
    version: network.version,
    values: {
      name: network.name,
      kind: network.kind,
      description: network.description,
      parentId: network.parentId ?? "",
    },
  }));
  const update = useMutation(trpc.networks.update.mutationOptions());

  async function send(values: NetworkValues) {
    const { kind, parentId, ...changes } = changedFields(opened.values, values);
    if (Object.keys(changes).length === 0 && kind === undefined && parentId === undefined) {
      onDone(messages.common.nothingChanged);
      return;
    }
    await update.mutateAsync({
      id: network.id,
      version: opened.version,
      ...changes,
      ...(kind === undefined ? {} : { kind: kind as NetworkKind }),
      ...(parentId === undefined ? {} : { parentId: parentId || null }),
    });
    await refreshNetwork();
    onDone(t.saved);
  }

  return (
    <NetworkForm
      idPrefix="modifier-reseau"
      initial={opened.values}
      parents={parents}
      submitLabel={messages.common.saveChanges}
      onSend={send}
      onReload={onReload}
    />
  );
}

export function NetworkPage() {
  const { id = "" } = useParams();
  const network = useQuery(trpc.networks.get.queryOptions({ id }));
  const all = useQuery(trpc.networks.list.queryOptions());
  const done = useVersionedConfirmation(() => network.refetch());
  const parents = (all.data ?? []).filter((n) => n.kind !== "working_group" && n.id !== id);

  return (
    <>
      <PageHeading title={network.data?.name ?? t.fallbackTitle} ready={!network.isPending} />
      <p>
        <Link to="/reseaux">{t.backToList}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={network}>
        {(data) => (
          <>
            <section aria-labelledby="presentation">
              <h2 id="presentation">{t.details}</h2>
              <Details>
                <Detail term={t.detailKind}>{networkKindLabels[data.kind]}</Detail>
                {data.parent && (
                  <Detail term={t.detailParent}>
                    <Link to={`/reseaux/${data.parent.id}`}>{data.parent.name}</Link>
                  </Detail>
                )}
                <Detail term={t.detailDescription} prose>
                  {data.description || messages.common.notSet}
                </Detail>
              </Details>
            </section>
            <section aria-labelledby="membres">
              <h2 id="membres">{t.membersTitle}</h2>
              <MembersTable network={data} onDone={done.show} />
              {data.permissions.manage && <AddMember network={data} onDone={done.show} />}
            </section>
            {data.kind !== "working_group" && (
              <section aria-labelledby="groupes">
                <h2 id="groupes">{t.groupsTitle}</h2>
                {data.groups.length === 0 ? (
                  <p>{t.groupsEmpty}</p>
                ) : (
                  <ul className="link-list">
                    {data.groups.map((g) => (
                      <li key={g.id}>
                        <Link to={`/reseaux/${g.id}`}>{g.name}</Link> ({t.groupMembers(g.memberCount)})
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            <Meetings network={data} onDone={done.show} onReload={done.reload} />
            <DocumentsSection entity="network" entityId={data.id} canWrite={data.permissions.manage} />
            {data.permissions.manage && (
              <section aria-labelledby="modifier-reseau-titre">
                <h2 id="modifier-reseau-titre">{t.editTitle}</h2>
                <EditNetwork
                  key={data.version}
                  network={data}
                  parents={parents}
                  onDone={done.show}
                  onReload={done.reload}
                />
              </section>
            )}
            <RecordHistory key={data.version} entity="network" entityId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}

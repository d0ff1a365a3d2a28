import { useMutation, useQuery } from "@tanstack/react-query";
import { legalBasisLabels } from "@cvv/domain/labels";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ConfirmRemoval } from "../components/confirm-removal";
import { Detail, Details } from "../components/details";
import { TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { RecordHistory } from "../components/record-history";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { toUserError, type UserError } from "../lib/errors";
import { changedFields } from "../lib/form";
import { formatDate, formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import {
  ContactForm,
  ContactNotice,
  toContactInput,
  toContactValues,
  type Contact,
  type ContactValues,
} from "./contact-form";

const t = messages.contacts;

async function refreshContact(id: string) {
  await Promise.all([
    queryClient.invalidateQueries(trpc.contacts.pathFilter()),
    queryClient.invalidateQueries(trpc.partners.pathFilter()),
    queryClient.invalidateQueries(trpc.history.record.queryFilter({ entity: "contact", entityId: id })),
  ]);
}

function ContactDetails({ contact }: { contact: Contact }) {
  return (
    <Details>
      <Detail term={t.detailOrganisation}>
        {contact.organisationId ? (
          <Link to={`/partenaires/${contact.organisationId}`}>{contact.organisationName}</Link>
        ) : (
          t.noOrganisation
        )}
      </Detail>
      <Detail term={t.detailJobTitle}>{contact.jobTitle || messages.common.notSet}</Detail>
      <Detail term={t.detailEmail}>
        {contact.email ? (
          <a href={`mailto:${contact.email}`} className="break">
            {contact.email}
          </a>
        ) : (
          messages.common.notSet
        )}
      </Detail>
      <Detail term={t.detailPhone}>{contact.phone || messages.common.notSet}</Detail>
      <Detail term={t.detailLegalBasis}>{legalBasisLabels[contact.legalBasis]}</Detail>
      <Detail term={t.detailNotice}>{formatDateTime(contact.noticeGivenAt)}</Detail>
      {contact.legalBasis === "consent" && <Detail term={t.detailConsent}>{formatDateTime(contact.consentAt)}</Detail>}
      <Detail term={t.detailLastContact}>{formatDate(contact.lastContactAt)}</Detail>
      {contact.retentionDueOn && <Detail term={t.detailRetention}>{formatDate(contact.retentionDueOn)}</Detail>}
      <Detail term={t.detailNetworks}>
        {contact.networks.length === 0 ? (
          t.noNetwork
        ) : (
          <ul className="link-list">
            {contact.networks.map((n) => (
              <li key={n.id}>
                <Link to={`/reseaux/${n.id}`}>{n.name}</Link>
                {n.role && ` (${n.role})`}
              </li>
            ))}
          </ul>
        )}
      </Detail>
      {contact.notes && (
        <Detail term={t.detailNotes} prose>
          {contact.notes}
        </Detail>
      )}
    </Details>
  );
}

/** The one-click "contact pris aujourd'hui": the server sets today's date in Paris. */
function ContactedToday({
  contact,
  onDone,
  onReload,
}: {
  contact: Contact;
  onDone: (m: string) => void;
  onReload: () => void;
}) {
  const [error, setError] = useState<UserError | null>(null);
  const update = useMutation(
    trpc.contacts.update.mutationOptions({
      onSuccess: async () => {
        onDone(t.contactedTodayDone);
        await refreshContact(contact.id);
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );
  return (
    <div className="field">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="contact-aujourdhui-aide"
        aria-disabled={update.isPending || undefined}
        onClick={() => {
          if (update.isPending) return;
          setError(null);
          update.mutate({ id: contact.id, version: contact.version, lastContactAt: "today" });
        }}
      >
        {update.isPending ? messages.common.saving : t.contactedToday}
      </button>
      <p id="contact-aujourdhui-aide" className="field-hint">
        {t.contactedTodayHint}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
          {error.code === "CONFLICT" && (
            <>
              {" "}
              <button type="button" className="button button--small button--secondary" onClick={onReload}>
                {messages.errors.conflictReload}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}

function EditContact({
  contact,
  onDone,
  onReload,
}: {
  contact: Contact;
  onDone: (m: string) => void;
  onReload: () => void;
}) {
  const [opened] = useState(() => ({ id: contact.id, version: contact.version, values: toContactValues(contact) }));
  const partners = useQuery(trpc.partners.list.queryOptions({}));
  const update = useMutation(trpc.contacts.update.mutationOptions());

  async function send(values: ContactValues) {
    const changes = changedFields(opened.values, values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const { lastContactAt, ...rest } = changes;
    await update.mutateAsync({
      id: opened.id,
      version: opened.version,
      ...toContactInput(rest),
      // An emptied date is not sent: the stored one stays.
      ...(lastContactAt ? { lastContactAt } : {}),
    });
    onDone(t.saved);
    await refreshContact(opened.id);
  }

  return (
    <QueryBoundary query={partners}>
      {(list) => (
        <ContactForm
          idPrefix="modifier-contact"
          initial={opened.values}
          partners={list}
          submitLabel={messages.common.saveChanges}
          onSend={send}
          onReload={onReload}
        />
      )}
    </QueryBoundary>
  );
}

/** Right of access: the API's export, saved as a .json file built here. */
function ExportData({ contact, onDone }: { contact: Contact; onDone: (m: string) => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<UserError | null>(null);

  async function download() {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const data = await queryClient.fetchQuery({
        ...trpc.contacts.exportPerson.queryOptions({ id: contact.id }),
        staleTime: 0,
      });
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `donnees-contact-${contact.id}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      onDone(t.exportDone);
    } catch (err) {
      setError(toUserError(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="droit-acces">
      <h3 id="droit-acces">{t.exportTitle}</h3>
      <p>{t.exportIntro}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={pending || undefined}
        onClick={() => void download()}
      >
        {pending ? t.exportPending : t.exportButton}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}

/** Right to erasure: a reason, then two presses. */
function EraseData({ contact, onDone }: { contact: Contact; onDone: (m: string) => void }) {
  const [reason, setReason] = useState("");
  const erase = useMutation(trpc.contacts.erase.mutationOptions());
  return (
    <section aria-labelledby="droit-effacement">
      <h3 id="droit-effacement">{t.eraseTitle}</h3>
      <p>{t.eraseIntro}</p>
      <TextField
        id="motif-effacement"
        label={t.eraseReason}
        hint={t.eraseReasonHint}
        required
        autoComplete="off"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <ConfirmRemoval
        id="effacement-avertissement"
        className="erase-contact"
        askClassName="button button--danger"
        labels={t.erase}
        onConfirm={async () => {
          await erase.mutateAsync({ id: contact.id, version: contact.version, reason });
          onDone(t.erased);
          await refreshContact(contact.id);
        }}
      />
    </section>
  );
}

export function ContactPage() {
  const { id = "" } = useParams();
  const contact = useQuery(trpc.contacts.get.queryOptions({ id }));
  const done = useVersionedConfirmation(() => contact.refetch());
  const name = contact.data ? `${contact.data.firstName} ${contact.data.lastName}`.trim() : t.fallbackTitle;

  return (
    <>
      <PageHeading title={name} ready={!contact.isPending} />
      <p>
        <Link to="/contacts">{t.backToList}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={contact}>
        {(data) => (
          <>
            {data.anonymisedAt && <p className="notice">{t.anonymisedNotice(formatDateTime(data.anonymisedAt))}</p>}
            <section aria-labelledby="fiche-contact">
              <h2 id="fiche-contact">{t.details}</h2>
              <ContactDetails contact={data} />
              {data.permissions.manage && (
                <ContactedToday key={data.version} contact={data} onDone={done.show} onReload={done.reload} />
              )}
            </section>
            {data.permissions.manage && (
              <section aria-labelledby="modifier-contact-titre">
                <h2 id="modifier-contact-titre">{t.editTitle}</h2>
                <ContactNotice headingId="mention-information" />
                <EditContact key={data.version} contact={data} onDone={done.show} onReload={done.reload} />
              </section>
            )}
            <section aria-labelledby="droits-personne">
              <h2 id="droits-personne">{t.rightsTitle}</h2>
              <ExportData contact={data} onDone={done.show} />
              {data.permissions.manage && <EraseData key={data.version} contact={data} onDone={done.show} />}
            </section>
            <RecordHistory key={data.version} entity="contact" entityId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}

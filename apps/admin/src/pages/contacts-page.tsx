import { useMutation, useQuery } from "@tanstack/react-query";
import { legalBasisLabels } from "@cvv/domain/labels";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ConfirmRemoval } from "../components/confirm-removal";
import { DataTable } from "../components/data-table";
import { TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useConfirmation } from "../components/status-message";
import { showFlash } from "../lib/flash";
import { formatDate } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { ContactForm, ContactNotice, toContactInput, type ContactValues } from "./contact-form";

const t = messages.contacts;

function SearchForm({ q }: { q: string }) {
  const [, setParams] = useSearchParams();
  const [value, setValue] = useState(q);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setParams(value.trim() ? new URLSearchParams({ q: value.trim() }) : new URLSearchParams());
  }

  return (
    <form className="filters" role="search" aria-labelledby="recherche-contacts" noValidate onSubmit={onSubmit}>
      <h2 id="recherche-contacts" className="filters__title">
        {t.searchTitle}
      </h2>
      <TextField
        id="recherche-contact"
        label={t.searchLabel}
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.searchSubmit}
        </button>
        {q && (
          <Link to="/contacts" className="button button--secondary" onClick={() => setValue("")}>
            {t.searchReset}
          </Link>
        )}
      </div>
    </form>
  );
}

/** What the retention rule would do today, and the officer's button to do it now. */
function RetentionPanel({ onDone }: { onDone: (message: string) => void }) {
  const preview = useQuery(trpc.contacts.retentionPreview.queryOptions());
  const apply = useMutation(trpc.contacts.applyRetention.mutationOptions());
  return (
    <section aria-labelledby="conservation">
      <h2 id="conservation">{t.retentionTitle}</h2>
      <p>{t.retentionIntro}</p>
      <QueryBoundary query={preview}>
        {(data) =>
          data.count === 0 ? (
            <p>{t.retentionNone}</p>
          ) : (
            <>
              <p>{t.retentionCount(data.count)}</p>
              <DataTable
                caption={t.retentionCaption}
                columns={[t.colName, t.colOrganisation, t.colLastContact, t.colDueSince]}
              >
                {data.contacts.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/contacts/${c.id}`}>{c.name}</Link>
                    </th>
                    <td>{c.organisationName ?? t.noOrganisation}</td>
                    <td>{formatDate(c.lastContactAt)}</td>
                    <td>{formatDate(c.dueSince)}</td>
                  </tr>
                ))}
              </DataTable>
              <ConfirmRemoval
                id="anonymiser-avertissement"
                className="retention-apply"
                askClassName="button button--danger"
                labels={t.retentionApply}
                onConfirm={async () => {
                  const result = await apply.mutateAsync();
                  await queryClient.invalidateQueries(trpc.contacts.pathFilter());
                  await queryClient.invalidateQueries(trpc.partners.pathFilter());
                  onDone(t.retentionDone(result.anonymised));
                }}
              />
            </>
          )
        }
      </QueryBoundary>
    </section>
  );
}

function NewContact({ organisationId }: { organisationId: string }) {
  const navigate = useNavigate();
  const partners = useQuery(trpc.partners.list.queryOptions({}));
  const create = useMutation(trpc.contacts.create.mutationOptions());

  async function send(values: ContactValues) {
    const { consent, firstName, lastName, legalBasis, ...rest } = toContactInput(values);
    const contact = await create.mutateAsync({
      ...rest,
      firstName: firstName ?? "",
      lastName: lastName ?? "",
      legalBasis: legalBasis ?? "public_task",
      ...(legalBasis === "consent" ? { consent } : {}),
    });
    await queryClient.invalidateQueries(trpc.contacts.pathFilter());
    await queryClient.invalidateQueries(trpc.partners.pathFilter());
    const name = `${contact.firstName} ${contact.lastName}`.trim();
    showFlash(t.created(name), `/contacts/${contact.id}`);
    await navigate(`/contacts/${contact.id}`);
  }

  return (
    <section aria-labelledby="nouveau-contact-titre">
      <h2 id="nouveau-contact-titre">{t.newTitle}</h2>
      <ContactNotice headingId="mention-information" />
      <QueryBoundary query={partners}>
        {(list) => (
          <ContactForm
            idPrefix="nouveau-contact"
            initial={
              organisationId && list.some((p) => p.id === organisationId)
                ? { ...emptyWithPartner, organisationId }
                : undefined
            }
            partners={list}
            submitLabel={t.newSubmit}
            onSend={send}
          />
        )}
      </QueryBoundary>
    </section>
  );
}

const emptyWithPartner: ContactValues = {
  organisationId: "",
  firstName: "",
  lastName: "",
  jobTitle: "",
  email: "",
  phone: "",
  legalBasis: "public_task",
  lastContactAt: "",
  notes: "",
  consent: false,
};

export function ContactsPage() {
  const [params] = useSearchParams();
  const q = params.get("q") ?? "";
  const organisationId = params.get("partenaire") ?? "";
  const list = useQuery(trpc.contacts.list.queryOptions(q ? { q } : {}));
  const done = useConfirmation();

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <StatusMessage {...done.props} />
      <SearchForm key={q} q={q} />
      <p role="status" className="result-count">
        {list.data ? (list.data.length === 0 ? t.empty : t.caption(list.data.length)) : ""}
      </p>
      <QueryBoundary query={list}>
        {(contacts) =>
          contacts.length === 0 ? null : (
            <DataTable
              caption={t.caption(contacts.length)}
              columns={[t.colName, t.colOrganisation, t.colJobTitle, t.colLegalBasis, t.colLastContact]}
            >
              {contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/contacts/${c.id}`}>{`${c.firstName} ${c.lastName}`.trim()}</Link>
                    {c.anonymisedAt && <span className="muted"> ({t.anonymised})</span>}
                  </th>
                  <td>
                    {c.organisationId ? (
                      <Link to={`/partenaires/${c.organisationId}`}>{c.organisationName}</Link>
                    ) : (
                      t.noOrganisation
                    )}
                  </td>
                  <td>{c.jobTitle || messages.common.emptyCell}</td>
                  <td>{legalBasisLabels[c.legalBasis]}</td>
                  <td>{formatDate(c.lastContactAt)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryBoundary>
      <RetentionPanel onDone={done.show} />
      <NewContact organisationId={organisationId} />
    </>
  );
}

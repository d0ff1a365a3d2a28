import { useMutation, useQuery } from "@tanstack/react-query";
import { legalBasisLabels, organisationKindLabels } from "@cvv/domain/labels";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { RecordHistory } from "../components/record-history";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import type { Outputs } from "../lib/api-types";
import { changedFields } from "../lib/form";
import { formatDate } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { PartnerForm, toPartnerInput, toPartnerValues, type PartnerValues } from "./partner-form";

const t = messages.partners;
type Partner = Outputs["partners"]["get"];

function PartnerDetails({ partner }: { partner: Partner }) {
  const identifiers = t.identifiers(partner.siren, partner.siret, partner.rna);
  const coordinates = [partner.address, partner.phone].filter(Boolean).join(", ");
  return (
    <Details>
      <Detail term={t.detailKind}>{organisationKindLabels[partner.kind]}</Detail>
      <Detail term={t.detailIdentifiers}>{identifiers || messages.common.notSet}</Detail>
      <Detail term={t.detailThemes}>
        {partner.themes.length === 0 ? messages.common.notSet : partner.themes.join(", ")}
      </Detail>
      <Detail term={t.detailContact}>
        {coordinates || (!partner.email && !partner.website) ? coordinates || messages.common.notSet : null}
        {partner.email && (
          <>
            {coordinates && ", "}
            <a href={`mailto:${partner.email}`} className="break">
              {partner.email}
            </a>
          </>
        )}
        {partner.website && (
          <>
            {(coordinates || partner.email) && ", "}
            <a href={partner.website} rel="noopener noreferrer" className="break">
              {partner.website}
            </a>
          </>
        )}
      </Detail>
      {partner.notes && (
        <Detail term={t.detailNotes} prose>
          {partner.notes}
        </Detail>
      )}
    </Details>
  );
}

/** Keyed by the partner's version by its parent: after any save, the form restarts from what was stored. */
function EditPartner({
  partner,
  onDone,
  onReload,
}: {
  partner: Partner;
  onDone: (m: string) => void;
  onReload: () => void;
}) {
  const [opened] = useState(() => ({ id: partner.id, version: partner.version, values: toPartnerValues(partner) }));
  const update = useMutation(trpc.partners.update.mutationOptions());

  async function send(values: PartnerValues) {
    const changes = changedFields(opened.values, values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    await update.mutateAsync({ id: opened.id, version: opened.version, ...toPartnerInput(changes) });
    onDone(t.saved);
    await Promise.all([
      queryClient.invalidateQueries(trpc.partners.get.queryFilter({ id: opened.id })),
      queryClient.invalidateQueries(trpc.partners.list.queryFilter()),
      queryClient.invalidateQueries(trpc.history.record.queryFilter()),
    ]);
  }

  return (
    <PartnerForm
      idPrefix="modifier-partenaire"
      initial={opened.values}
      submitLabel={messages.common.saveChanges}
      onSend={send}
      onReload={onReload}
    />
  );
}

function PartnerContacts({ partner }: { partner: Partner }) {
  const c = messages.contacts;
  return (
    <section aria-labelledby="contacts-partenaire">
      <h2 id="contacts-partenaire">{t.contactsTitle}</h2>
      {partner.contacts.length === 0 ? (
        <p>{t.contactsEmpty}</p>
      ) : (
        <DataTable
          caption={t.contactsCaption(partner.name)}
          columns={[c.colName, c.colJobTitle, c.colLegalBasis, c.colLastContact]}
        >
          {partner.contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row">
                <Link to={`/contacts/${contact.id}`}>{`${contact.firstName} ${contact.lastName}`.trim()}</Link>
                {contact.anonymisedAt && <span className="muted"> ({c.anonymised})</span>}
              </th>
              <td>{contact.jobTitle || messages.common.emptyCell}</td>
              <td>{legalBasisLabels[contact.legalBasis]}</td>
              <td>{formatDate(contact.lastContactAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {partner.permissions.manageContacts && (
        <p>
          <Link to={`/contacts?partenaire=${partner.id}#nouveau-contact-titre`}>{t.addContact}</Link>
        </p>
      )}
    </section>
  );
}

export function PartnerPage() {
  const { id = "" } = useParams();
  const partner = useQuery(trpc.partners.get.queryOptions({ id }));
  const done = useVersionedConfirmation(() => partner.refetch());

  return (
    <>
      <PageHeading title={partner.data?.name ?? t.fallbackTitle} ready={!partner.isPending} />
      <p>
        <Link to="/partenaires">{t.backToList}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={partner}>
        {(data) => (
          <>
            <section aria-labelledby="fiche-partenaire">
              <h2 id="fiche-partenaire">{t.details}</h2>
              <PartnerDetails partner={data} />
            </section>
            <PartnerContacts partner={data} />
            {data.permissions.manage && (
              <section aria-labelledby="modifier-partenaire-titre">
                <h2 id="modifier-partenaire-titre">{t.editTitle}</h2>
                <EditPartner key={data.version} partner={data} onDone={done.show} onReload={done.reload} />
              </section>
            )}
            <RecordHistory key={data.version} entity="organisation" entityId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}

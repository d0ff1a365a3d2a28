import { useMutation, useQuery } from "@tanstack/react-query";
import { networkKindLabels } from "@cvv/domain/labels";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { SubmitButton } from "../components/submit-button";
import type { Outputs } from "../lib/api-types";
import { showFlash } from "../lib/flash";
import { bindFields, clientErrors, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.networks;
export type NetworkKind = Outputs["networks"]["get"]["kind"];
export const networkKinds = Object.keys(networkKindLabels) as NetworkKind[];

export interface NetworkValues {
  name: string;
  kind: string;
  description: string;
  parentId: string;
}

/** A network's fields; the parent is offered for a working group only (the API refuses it otherwise). */
export function NetworkForm({
  idPrefix,
  initial,
  parents,
  submitLabel,
  onSend,
  onReload,
}: {
  idPrefix: string;
  initial?: NetworkValues | undefined;
  parents: readonly { id: string; name: string }[];
  submitLabel: string;
  onSend: (values: NetworkValues) => Promise<void>;
  onReload?: (() => void) | undefined;
}) {
  const [inputs, setInputs] = useState<NetworkValues>(
    initial ?? { name: "", kind: "other", description: "", parentId: "" },
  );
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    name: t.form.name,
    kind: t.form.kind,
    description: t.form.description,
    parentId: t.form.parentId,
  });
  const field = bindFields<keyof NetworkValues>(
    inputs as unknown as Record<keyof NetworkValues, string>,
    setInputs as never,
    id,
    error,
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({ name: inputs.name.trim() === "" && messages.errors.required });
    void send("send", found, () =>
      onSend({ ...inputs, parentId: inputs.kind === "working_group" ? inputs.parentId : "" }),
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <TextField label={t.form.name} required autoComplete="off" {...field("name")} />
      <SelectField label={t.form.kind} required {...field("kind")}>
        <Options values={networkKinds} labels={networkKindLabels} />
      </SelectField>
      {inputs.kind === "working_group" && (
        <SelectField label={t.form.parentId} hint={t.form.parentHint} {...field("parentId")}>
          <option value="">{t.form.parentNone}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField label={t.form.description} rows={3} {...field("description")} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

function NewNetwork({ parents }: { parents: readonly { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const create = useMutation(trpc.networks.create.mutationOptions());

  async function send(values: NetworkValues) {
    const network = await create.mutateAsync({
      name: values.name,
      kind: values.kind as NetworkKind,
      description: values.description,
      parentId: values.parentId || null,
    });
    await queryClient.invalidateQueries(trpc.networks.pathFilter());
    showFlash(t.created(network.name), `/reseaux/${network.id}`);
    await navigate(`/reseaux/${network.id}`);
  }

  return (
    <section aria-labelledby="nouveau-reseau-titre">
      <h2 id="nouveau-reseau-titre">{t.newTitle}</h2>
      <NetworkForm idPrefix="nouveau-reseau" parents={parents} submitLabel={t.newSubmit} onSend={send} />
    </section>
  );
}

export function NetworksPage() {
  const list = useQuery(trpc.networks.list.queryOptions());
  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <QueryBoundary query={list}>
        {(networks) => (
          <>
            {networks.length === 0 ? (
              <p>{t.empty}</p>
            ) : (
              <DataTable
                caption={t.caption(networks.length)}
                columns={[t.colName, t.colKind, t.colParent, t.colMembers, t.colMeetings]}
              >
                {networks.map((n) => (
                  <tr key={n.id}>
                    <th scope="row">
                      <Link to={`/reseaux/${n.id}`}>{n.name}</Link>
                    </th>
                    <td>{networkKindLabels[n.kind]}</td>
                    <td>
                      {n.parentId ? (
                        <Link to={`/reseaux/${n.parentId}`}>{n.parentName}</Link>
                      ) : (
                        messages.common.emptyCell
                      )}
                    </td>
                    <td className="numeric">{n.memberCount}</td>
                    <td className="numeric">{n.meetingCount}</td>
                  </tr>
                ))}
              </DataTable>
            )}
            <NewNetwork parents={networks.filter((n) => n.kind !== "working_group")} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}

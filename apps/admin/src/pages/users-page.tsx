import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { CommunePicker } from "../components/commune-picker";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { Options, SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { Loading, QueryBoundary, QueryError } from "../components/query-state";
import { StatusMessage } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { Commune, CurrentUser, Outputs, Role } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage, formFields } from "../lib/form";
import { canManageAccount, invitableRoles } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.users;
type Account = Outputs["users"]["list"][number];

function AccountState({ account }: { account: Account }) {
  if (!account.active) return <span className="badge badge--muted">{t.inactive}</span>;
  if (account.pendingInvitation) return <span className="badge badge--info">{t.pending}</span>;
  return <span className="badge badge--success">{t.active}</span>;
}

function ToggleActive({ account, onDone }: { account: Account; onDone: (message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: async (_result, input) => {
        setError(null);
        onDone(input.active ? t.activated(account.displayName) : t.deactivated(account.displayName));
        await queryClient.invalidateQueries(trpc.users.list.queryFilter());
      },
      onError: (err) => setError(toUserError(err).message),
    }),
  );
  const label = account.active ? t.deactivate : t.activate;
  return (
    <>
      <button
        type="button"
        className={account.active ? "button button--small button--danger" : "button button--small button--secondary"}
        aria-disabled={setActive.isPending || undefined}
        onClick={() => {
          if (!setActive.isPending)
            setActive.mutate({ id: account.id, version: account.version, active: !account.active });
        }}
      >
        {setActive.isPending ? t.working : label}
        <span className="visually-hidden"> {account.displayName}</span>
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function AccountsTable({
  accounts,
  communes,
  user,
}: {
  accounts: Account[];
  communes: Map<string, Commune>;
  user: CurrentUser;
}) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <StatusMessage message={done} />
      {accounts.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <DataTable
          caption={t.caption}
          columns={[t.colName, t.colEmail, t.colRole, t.colCommunes, t.colState, t.colActions]}
        >
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                {account.displayName}
                {account.id === user.id && <> {t.self}</>}
              </th>
              <td className="break">{account.email}</td>
              <td>{messages.roles[account.role]}</td>
              <td>
                {account.communeCodes.length === 0
                  ? messages.common.emptyCell
                  : account.communeCodes
                      .map((code) => {
                        const c = communes.get(code);
                        return c ? communeLabel(c) : code;
                      })
                      .join(", ")}
              </td>
              <td>
                <AccountState account={account} />
              </td>
              <td>{canManageAccount(user, account) ? <ToggleActive account={account} onDone={setDone} /> : null}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

const inviteFields = formFields("inviter", {
  email: t.email,
  displayName: t.displayName,
  role: t.role,
  communeInseeCodes: t.communes,
  organisationId: messages.guideAdmin.organisation,
});

function InviteForm({ user, communes }: { user: CurrentUser; communes: readonly Commune[] }) {
  const roles = invitableRoles(user);
  const empty = {
    email: "",
    displayName: "",
    role: "contributor" as Role,
    communeInseeCodes: [] as string[],
    organisationId: "",
  };
  const [values, setValues] = useState(empty);
  const [error, setError] = useState<UserError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const organisations = useQuery({ ...trpc.partners.list.queryOptions({}), enabled: values.role === "partner" });

  const invite = useMutation(
    trpc.users.invite.mutationOptions({
      onSuccess: async (outcome) => {
        setValues(empty);
        setDone(
          outcome.delivery === "failed"
            ? t.mailFailed(outcome.email)
            : outcome.delivery === "outbox"
              ? `${t.invited(outcome.email)} ${t.outboxNote}`
              : t.invited(outcome.email),
        );
        await queryClient.invalidateQueries(trpc.users.list.queryFilter());
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    setDone(null);
    const contributor = values.role === "contributor";
    const found = clientErrors({
      email: values.email.trim() === "" && messages.errors.required,
      displayName: values.displayName.trim() === "" && messages.errors.required,
      communeInseeCodes: contributor && values.communeInseeCodes.length === 0 && t.communesRequired,
      organisationId:
        values.role === "partner" && values.organisationId === "" && messages.guideAdmin.organisationRequired,
    });
    setError(found);
    if (found) return;
    invite.mutate({
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      role: values.role,
      // Only a contributor speaks for communes: a choice made before switching role is not sent.
      ...(contributor ? { communeInseeCodes: values.communeInseeCodes } : {}),
      ...(values.role === "partner" ? { organisationId: values.organisationId } : {}),
    });
  }

  return (
    <section aria-labelledby="inviter">
      <h2 id="inviter">{t.inviteTitle}</h2>
      <p>{t.inviteIntro}</p>
      <StatusMessage message={done} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={inviteFields.summary} />
        <TextField
          id={inviteFields.id("email")}
          label={t.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          value={values.email}
          onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
          error={fieldMessage(error, "email")}
        />
        <TextField
          id={inviteFields.id("displayName")}
          label={t.displayName}
          autoComplete="off"
          required
          value={values.displayName}
          onChange={(e) => setValues((v) => ({ ...v, displayName: e.target.value }))}
          error={fieldMessage(error, "displayName")}
        />
        <SelectField
          id={inviteFields.id("role")}
          label={t.role}
          required
          value={values.role}
          onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}
          error={fieldMessage(error, "role")}
        >
          <Options values={roles} labels={messages.roles} />
        </SelectField>
        {values.role === "contributor" && (
          <CommunePicker
            id={inviteFields.id("communeInseeCodes")}
            legend={t.communes}
            required
            hint={t.communesHint}
            communes={communes}
            selected={values.communeInseeCodes}
            onChange={(communeInseeCodes) => setValues((v) => ({ ...v, communeInseeCodes }))}
            error={fieldMessage(error, "communeInseeCodes")}
          />
        )}
        {values.role === "partner" && (
          <SelectField
            id={inviteFields.id("organisationId")}
            label={messages.guideAdmin.organisation}
            hint={messages.guideAdmin.organisationHint}
            required
            value={values.organisationId}
            onChange={(e) => setValues((v) => ({ ...v, organisationId: e.target.value }))}
            error={fieldMessage(error, "organisationId")}
          >
            <option value="">{messages.guideAdmin.organisationChoose}</option>
            {(organisations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="form-actions">
          <SubmitButton label={t.submit} pending={invite.isPending} pendingLabel={messages.common.sending} />
        </div>
      </form>
    </section>
  );
}

export function UsersPage() {
  const user = useCurrentUser();
  const accounts = useQuery(trpc.users.list.queryOptions());
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));
  const byCode = useMemo(() => new Map((communes.data ?? []).map((c) => [c.inseeCode, c])), [communes.data]);

  return (
    <>
      <PageHeading title={t.title} />
      <QueryBoundary query={accounts}>
        {(list) => <AccountsTable accounts={list} communes={byCode} user={user} />}
      </QueryBoundary>
      {communes.isPending && <Loading label={messages.programme.communesLoading} />}
      {communes.isError && <QueryError error={communes.error} onRetry={() => void communes.refetch()} />}
      {communes.data && <InviteForm user={user} communes={communes.data} />}
    </>
  );
}

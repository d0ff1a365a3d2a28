import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { Loading } from "../components/query-state";
import { SubmitButton } from "../components/submit-button";
import { toUserError, type UserError } from "../lib/errors";
import { showFlash } from "../lib/flash";
import { clientErrors, fieldMessage, formFields } from "../lib/form";
import { messages } from "../messages.fr";
import { forgetAllButSession, queryClient, trpc } from "../trpc";

const t = messages.invitation;
const MIN_PASSWORD = 12;
const fields = formFields("invitation", { password: t.password, confirmation: t.confirmation });

export function InvitationPage() {
  const { token = "" } = useParams();
  const navigate = useNavigate();
  const invitation = useQuery(trpc.auth.invitation.queryOptions({ token }, { retry: false }));
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<UserError | null>(null);

  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: async () => {
        forgetAllButSession();
        await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        showFlash(t.activated(invitation.data?.displayName ?? ""), "/");
        await navigate("/", { replace: true });
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    const found = clientErrors({
      password: password === "" ? messages.errors.required : password.length < MIN_PASSWORD && t.tooShort,
      confirmation: confirmation === "" ? messages.errors.required : confirmation !== password && t.mismatch,
    });
    setError(found);
    if (!found) accept.mutate({ token, password });
  }

  const invalid = invitation.isError ? toUserError(invitation.error) : null;

  return (
    <div className="narrow">
      <PageHeading title={invalid ? t.invalidTitle : t.title} ready={!invitation.isPending} />
      {invitation.isPending && <Loading />}
      {invalid && (
        <div className="query-error" role="alert">
          <p>{invalid.message}</p>
          {invalid.code === "NETWORK" ? (
            <button type="button" className="button button--secondary" onClick={() => void invitation.refetch()}>
              {messages.common.retry}
            </button>
          ) : (
            <p>
              <Link to="/connexion">{t.signIn}</Link>
            </p>
          )}
        </div>
      )}
      {invitation.data && (
        <>
          <p>{t.intro}</p>
          <h2>{t.account}</h2>
          <Details>
            <Detail term={t.name}>{invitation.data.displayName}</Detail>
            <Detail term={t.email}>{invitation.data.email}</Detail>
          </Details>
          <form className="form" noValidate onSubmit={onSubmit}>
            <ErrorSummary error={error} fields={fields.summary} />
            {/* Lets password managers file the new password under the right account. */}
            <input type="email" name="username" autoComplete="username" value={invitation.data.email} readOnly hidden />
            <TextField
              id={fields.id("password")}
              label={t.password}
              hint={t.passwordHint}
              type="password"
              autoComplete="new-password"
              minLength={MIN_PASSWORD}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldMessage(error, "password")}
            />
            <TextField
              id={fields.id("confirmation")}
              label={t.confirmation}
              hint={t.confirmationHint}
              type="password"
              autoComplete="new-password"
              required
              value={confirmation}
              onChange={(e) => setConfirmation(e.target.value)}
              error={fieldMessage(error, "confirmation")}
            />
            <div className="form-actions">
              <SubmitButton label={t.submit} pending={accept.isPending} pendingLabel={t.submitting} />
            </div>
          </form>
        </>
      )}
    </div>
  );
}

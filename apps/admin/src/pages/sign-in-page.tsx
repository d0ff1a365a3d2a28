import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Navigate, useSearchParams } from "react-router";
import { ErrorSummary } from "../components/error-summary";
import { TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { Loading } from "../components/query-state";
import { SubmitButton } from "../components/submit-button";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage, formFields } from "../lib/form";
import { messages } from "../messages.fr";
import { forgetAllButSession, queryClient, trpc } from "../trpc";

const t = messages.signIn;
const fields = formFields("connexion", { email: t.email, password: t.password });

/** Only a path of this app: "retour" must not send someone to another site after signing in. */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

export function SignInPage() {
  const [params] = useSearchParams();
  const target = safeReturnPath(params.get("retour"));
  const me = useQuery(trpc.auth.me.queryOptions());
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<UserError | null>(null);

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      meta: { expectsUnauthorized: true },
      onSuccess: async () => {
        forgetAllButSession();
        // Once "me" holds the person, this page redirects to where they were going.
        await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
      },
      onError: (err) => {
        setPassword("");
        setError(toUserError(err));
      },
    }),
  );

  if (me.data) return <Navigate to={target} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const found = clientErrors({
      email: email.trim() === "" && messages.errors.required,
      password: password === "" && messages.errors.required,
    });
    setError(found);
    if (!found) signIn.mutate({ email: email.trim(), password });
  }

  return (
    <div className="narrow">
      <PageHeading title={t.title} />
      {me.isPending ? (
        <Loading />
      ) : (
        <>
          <p>{t.intro}</p>
          <form className="form" noValidate onSubmit={onSubmit}>
            <ErrorSummary error={error} fields={fields.summary} />
            <TextField
              id={fields.id("email")}
              label={t.email}
              hint={t.emailHint}
              type="email"
              autoComplete="username"
              spellCheck={false}
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldMessage(error, "email")}
            />
            <TextField
              id={fields.id("password")}
              label={t.password}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldMessage(error, "password")}
            />
            <div className="form-actions">
              <SubmitButton label={t.submit} pending={signIn.isPending} pendingLabel={t.submitting} />
            </div>
          </form>
          <p className="muted">{t.noAccount}</p>
        </>
      )}
    </div>
  );
}

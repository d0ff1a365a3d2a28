import { useQuery } from "@tanstack/react-query";
import { Navigate, Outlet, useLocation } from "react-router";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";
import { CurrentUserContext, useCurrentUser } from "./current-user";
import { PageHeading } from "./page-heading";
import { Loading, QueryError } from "./query-state";

/** Pages for signed-in people: anyone else goes to the sign-in page, which brings them back here. */
export function RequireAuth() {
  const me = useQuery(trpc.auth.me.queryOptions());
  const location = useLocation();

  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <>
        <PageHeading title={messages.errors.routeCrashTitle} />
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (!me.data) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={back === "/" ? "/connexion" : `/connexion?retour=${encodeURIComponent(back)}`} replace />;
  }
  return (
    <CurrentUserContext value={me.data}>
      <Outlet />
    </CurrentUserContext>
  );
}

/** Pages for the Métropole's officers and administrators only. */
export function RequireStaff() {
  const user = useCurrentUser();
  if (isStaff(user)) return <Outlet />;
  return (
    <>
      <PageHeading title={messages.errors.forbiddenTitle} />
      <p>{messages.errors.forbidden}</p>
    </>
  );
}

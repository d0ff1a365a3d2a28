import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { toUserError } from "../lib/errors";
import { messages } from "../messages.fr";

export function Loading({ label = messages.common.loading }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const userError = toUserError(error);
  // Asking again will not make a missing or forbidden record appear: offer the way home instead.
  const final = ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST", "UNAUTHORIZED"].includes(userError.code);
  return (
    <div className="query-error" role="alert">
      <p>
        <strong>{messages.errors.queryFailed}</strong> {userError.message}
      </p>
      {final ? (
        <p>
          <Link to="/">{messages.common.backHome}</Link>
        </p>
      ) : (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {messages.common.retry}
        </button>
      )}
    </div>
  );
}

/** Loading, failure (in words, with a retry) or the data: the three states every read shows. */
export function QueryBoundary<T>({
  query,
  loadingLabel,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading {...(loadingLabel ? { label: loadingLabel } : {})} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { messages } from "../messages.fr";
import { requestHeadingFocus } from "../navigation-focus";
import { isNotFound } from "../trpc";
import { NotFoundContent } from "./not-found-content";
import { PageTitle, usePageMeta } from "./page-title";

const m = messages.state;

/** Stands in for a whole page while its data loads; the <h1> arrives with the data. */
export function PageLoading() {
  usePageMeta(m.loadingTitle, messages.siteDescription);
  return (
    <p role="status" className="loading">
      {m.loading}
    </p>
  );
}

export function PageError({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  return (
    <>
      <PageTitle title={m.errorTitle} description={m.errorBody} />
      <div className="notice notice-error">
        <p>{m.errorBody}</p>
        <RetryButton
          onRetry={() => {
            // The button disappears on success: hand focus to the page's new <h1>.
            requestHeadingFocus();
            onRetry();
          }}
          retrying={retrying}
        />
      </div>
    </>
  );
}

function RetryButton({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  return (
    <>
      <button type="button" className="button" onClick={onRetry}>
        {m.retry}
      </button>
      <span role="status" className="retry-status">
        {retrying ? m.retrying : ""}
      </span>
    </>
  );
}

/** For one block of a page that has its own <h1> already (e.g. the home page's key figures). */
export function InlineLoading({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}

export function InlineError({ label, onRetry, retrying }: { label: string; onRetry: () => void; retrying: boolean }) {
  return (
    <div className="notice notice-error">
      <p>
        {label} {m.errorBody}
      </p>
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  );
}

interface QueryPageProps<T> {
  query: UseQueryResult<T, unknown>;
  /** What to say when the API answers NOT_FOUND (or the address is malformed). */
  notFoundBody: string;
  children: (data: T) => ReactNode;
}

/** A page driven by one query: loading, not found, error with retry, then the content. */
export function QueryPage<T>({ query, notFoundBody, children }: QueryPageProps<T>) {
  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundContent body={notFoundBody} />;
    return <PageError onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <>{children(query.data)}</>;
}

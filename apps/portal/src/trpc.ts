import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
// Types only: the API package (and Prisma behind it) must never reach the browser bundle.
import type { PublicRouter } from "@cvv/api";

/**
 * A missing slug answers NOT_FOUND; a malformed one (capitals, accents, wrong INSEE code) fails
 * input validation with BAD_REQUEST. For a visitor both mean "this page does not exist".
 */
export function isNotFound(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const code: unknown = (error.data as { code?: unknown } | undefined)?.code;
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Published content changes a few times a month: no need to refetch on every focus.
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      // Retrying a 404 only delays the "page introuvable" message.
      retry: (failures, error) => !isNotFound(error) && failures < 2,
    },
  },
});

const client = createTRPCClient<PublicRouter>({
  // maxItems matches the server's maxBatchSize: a larger batch would be refused.
  links: [httpBatchLink({ url: "/api/public", maxItems: 10 })],
});

// A single-page app has one QueryClient for its lifetime, so a global proxy is enough (no context).
export const trpc = createTRPCOptionsProxy<PublicRouter>({ client, queryClient });

import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type TRPCClient, type TRPCLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
// Types only: the API package (and Prisma behind it) must never reach the browser bundle.
import type { PublicRouter } from "@cvv/api";

/**
 * A missing slug answers NOT_FOUND; a malformed one (capitals, accents, wrong INSEE code) fails
 * input validation with BAD_REQUEST. For a visitor both mean "this page does not exist".
 * Read from the error's data rather than its class: an error rendered on the server reaches the
 * browser as plain JSON.
 */
export function isNotFound(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code: unknown = (error as { data?: { code?: unknown } }).data?.code;
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}

/** One per browser tab, and one per request on the server: data never leaks between visitors. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published content changes a few times a month: no need to refetch on every focus.
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // A page rendered on the server as "not found" stays so in the browser instead of
        // showing "loading" and asking again; the retry button is still there for other errors.
        retryOnMount: false,
        // Retrying a 404 only delays the "page introuvable" message.
        retry: (failures, error) => !isNotFound(error) && failures < 2,
      },
    },
  });
}

export type PortalClient = TRPCClient<PublicRouter>;

/** The browser talks HTTP; the server passes a link that calls the router in process. */
export function createPortalClient(link?: TRPCLink<PublicRouter>): PortalClient {
  // maxItems matches the server's maxBatchSize: a larger batch would be refused.
  return createTRPCClient<PublicRouter>({ links: [link ?? httpBatchLink({ url: "/api/public", maxItems: 10 })] });
}

export const { TRPCProvider, useTRPC } = createTRPCContext<PublicRouter>();
export type PortalTRPC = ReturnType<typeof useTRPC>;

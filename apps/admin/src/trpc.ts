import type { AppRouter } from "@cvv/api";
import { hashKey, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { errorCode, isRetryable } from "./lib/errors";
import { showFlash } from "./lib/flash";
import { messages } from "./messages.fr";

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: {
      /** Sign-in answers UNAUTHORIZED for wrong credentials: that is not an expired session. */
      expectsUnauthorized?: boolean;
    };
  }
}

/**
 * A session that ends mid-work (expired, revoked, account disabled) surfaces as UNAUTHORIZED on
 * whatever call comes next. Marking the user as signed out lets the route guard send them to
 * the sign-in page with the current address to come back to.
 */
function onUnauthorized(error: unknown): void {
  if (errorCode(error) !== "UNAUTHORIZED") return;
  if (queryClient.getQueryData(trpc.auth.me.queryKey()) === null) return;
  showFlash(messages.errors.sessionExpired, "/connexion");
  queryClient.setQueryData(trpc.auth.me.queryKey(), null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onUnauthorized }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _result, mutation) => {
      if (!mutation.meta?.expectsUnauthorized) onUnauthorized(error);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => isRetryable(error) && failureCount < 2,
      // A refetch on focus could bring a newer version under an open form; we refetch after our own writes instead.
      refetchOnWindowFocus: false,
      // Others' work (an update submitted, a review) must show when a page is opened again: no
      // stale window. Cached data still shows at once while the refetch runs.
      staleTime: 0,
    },
    mutations: { retry: false },
  },
});

// Same origin: the session cookie goes along by default, and no transformer (dates are ISO strings).
const trpcClient = createTRPCClient<AppRouter>({
  // maxItems matches the server's maxBatchSize: a larger batch would be refused.
  links: [httpBatchLink({ url: "/trpc", maxItems: 10 })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/**
 * After signing in or out, nothing read for the previous person may show for the next one; only
 * "who is signed in" stays, as the guard and header need it without a blank between pages, and
 * what the instance is (the demo-data notice), which is nobody's and would otherwise blink.
 */
export function forgetAllButSession(): void {
  const kept = new Set([hashKey(trpc.auth.me.queryKey()), hashKey(trpc.instance.queryKey())]);
  queryClient.removeQueries({ predicate: (query) => !kept.has(query.queryHash) });
}

import { dehydrate } from "@tanstack/react-query";
import type { TRPCLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { renderToString } from "react-dom/server";
import { matchRoutes, StaticRouter } from "react-router";
import type { PublicRouter } from "@cvv/api";
import { App } from "./app";
import { HeadContext, type HeadData } from "./head";
import { messages } from "./messages.fr";
import { layoutQueries, routes } from "./routes";
import { createPortalClient, createQueryClient, isNotFound } from "./trpc";

export interface RenderResult {
  status: 200 | 404;
  /** The markup of #root. */
  html: string;
  head: HeadData;
  /** TanStack Query's dehydrated cache, to be embedded as JSON for the browser's hydration. */
  state: unknown;
}

const routeObjects = routes.map((route) => ({ path: route.path, route }));

/**
 * Renders one page with its data: every query the route lists is fetched (in process, through
 * the link the server passes) before React renders, so the HTML holds the page's content.
 */
export async function render(url: string, link: TRPCLink<PublicRouter>, origin: string): Promise<RenderResult> {
  const queryClient = createQueryClient();
  const trpcClient = createPortalClient(link);
  const trpc = createTRPCOptionsProxy<PublicRouter>({ client: trpcClient, queryClient });
  const { pathname, searchParams } = new URL(url, "http://portail.invalid");

  const match = matchRoutes(routeObjects, pathname)?.[0];
  let status: 200 | 404 = match ? 200 : 404;
  const ctx = { trpc, params: match?.params ?? {}, search: searchParams };
  const queries = [...Object.values(layoutQueries(ctx)), ...(match?.route.route.queries?.(ctx) ?? [])];
  const results = await Promise.allSettled(queries.map((options) => queryClient.fetchQuery(options)));
  for (const result of results) {
    if (result.status === "rejected") {
      if (isNotFound(result.reason)) status = 404;
      else throw result.reason;
    }
  }

  const head: HeadData = {
    title: `${messages.siteName} – ${messages.publisher}`,
    description: messages.siteDescription,
  };
  const html = renderToString(
    <HeadContext.Provider value={head}>
      <StaticRouter location={url}>
        <App queryClient={queryClient} trpcClient={trpcClient} origin={origin} />
      </StaticRouter>
    </HeadContext.Provider>,
  );
  // Failed queries travel too: the browser must render the same "not found" the server did.
  const state = dehydrate(queryClient, { shouldDehydrateQuery: () => true, shouldRedactErrors: () => false });
  queryClient.clear();
  return { status, html, head, state };
}

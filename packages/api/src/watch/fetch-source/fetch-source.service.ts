import { watchRepository, type PrismaClient } from "@cvv/db";
import { fail, ok, type Result } from "@cvv/domain/shared";
import { pickWatchItemTags } from "@cvv/domain/watch";
import { notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { feedFetch, FeedFetchRefused } from "../feed-fetch.js";
import { parseFeed as defaultParseFeed, type ParseFeed } from "../parse-feed.js";

/**
 * What a fetch needs: the database, the clock, and how to reach the network. By default feeds are
 * fetched with `feedFetch`, which refuses internal addresses; tests reach their local fixture
 * server with `allowInternalAddresses`, or pass a fake `fetch`, never the network.
 */
export interface WatchFetchContext {
  db: PrismaClient;
  now: () => Date;
  fetch?: typeof globalThis.fetch;
  allowInternalAddresses?: boolean;
  parseFeed?: ParseFeed;
}

export const FEED_TIMEOUT_MS = 10_000;
export const FEED_MAX_BYTES = 2 * 1024 * 1024;

export type FetchOutcome =
  | { status: "updated"; itemsInFeed: number; newItems: number }
  | { status: "not_modified" }
  /** The reason, in French, also kept as the source's last error. */
  | { status: "failed"; error: string };

class FeedError extends Error {}

const ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

/** Reads the body up to the limit: a server that lies about its size, or gives none, is cut off all the same. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new FeedError(tooLarge(limit));
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new FeedError(tooLarge(limit));
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const tooLarge = (limit: number) =>
  `Le flux dépasse la taille maximale de ${Math.round(limit / (1024 * 1024))} Mo : il n'a pas été lu.`;

/** The text of the body in the encoding its XML declaration names (UTF-8 by default, and when unknown). */
function decode(body: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(body.subarray(0, 200));
  const declared = /^\uFEFF?<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

function networkError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return `Le serveur du flux n'a pas répondu dans les ${FEED_TIMEOUT_MS / 1000} secondes.`;
  }
  return "Le serveur du flux est injoignable (adresse introuvable ou connexion refusée).";
}

async function download(
  ctx: WatchFetchContext,
  source: { url: string; etag: string | null; lastModified: string | null },
): Promise<
  | { status: 304; etag: string | null; lastModified: string | null }
  | { status: 200; body: string; etag: string | null; lastModified: string | null }
> {
  const headers: Record<string, string> = { accept: ACCEPT, "user-agent": "CentresVillesVivants-Veille/1.0" };
  if (source.etag) headers["if-none-match"] = source.etag;
  if (source.lastModified) headers["if-modified-since"] = source.lastModified;
  const signal = AbortSignal.timeout(FEED_TIMEOUT_MS);
  let response: Response;
  try {
    const fetch = ctx.fetch ?? (ctx.allowInternalAddresses ? globalThis.fetch : feedFetch);
    response = await fetch(source.url, { headers, signal, redirect: "follow" });
  } catch (error) {
    if (error instanceof FeedFetchRefused) throw new FeedError(error.message);
    throw new FeedError(networkError(error));
  }
  const etag = response.headers.get("etag") ?? source.etag;
  const lastModified = response.headers.get("last-modified") ?? source.lastModified;
  if (response.status === 304) return { status: 304, etag, lastModified };
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedError(`Le serveur du flux a répondu par une erreur (HTTP ${response.status}).`);
  }
  let body: Uint8Array;
  try {
    body = await readLimited(response, FEED_MAX_BYTES);
  } catch (error) {
    throw error instanceof FeedError ? error : new FeedError(networkError(error));
  }
  return { status: 200, body: decode(body), etag, lastModified };
}

/**
 * Fetches one source: a conditional request (ETag, Last-Modified), 10 s at most, 2 MB at most.
 * New items go in with tags picked from the source's and from their text; items already there
 * (same guid) are left as the officers left them. A failure keeps its French reason in the
 * source's last error and changes nothing else. The outcome is Ok even then: the fetch ran.
 */
export async function fetchSource(ctx: WatchFetchContext, sourceId: string): Promise<Result<FetchOutcome>> {
  const repo = watchRepository(ctx.db);
  const source = await repo.fetchState(sourceId);
  if (!source) return notFound("Source de veille");
  if (source.isDemo) {
    return fail("INVALID", "Source de démonstration : son adresse est fictive, elle n'est jamais relevée.");
  }
  const failed = async (error: string): Promise<Result<FetchOutcome>> => {
    await repo.recordFetchError(source.id, error);
    return ok({ status: "failed", error });
  };

  let answer: Awaited<ReturnType<typeof download>>;
  try {
    answer = await download(ctx, source);
  } catch (error) {
    if (error instanceof FeedError) return failed(error.message);
    throw error;
  }
  const fetchedAt = ctx.now();
  if (answer.status === 304) {
    await repo.recordFetch(source.id, { fetchedAt, etag: answer.etag, lastModified: answer.lastModified });
    return ok({ status: "not_modified" });
  }
  const parsed = (ctx.parseFeed ?? defaultParseFeed)(answer.body);
  if (!parsed.ok) return failed(parsed.error.message);

  const knownTags = await repo.knownTags();
  const items = parsed.value.items.map((item) => ({
    ...item,
    tags: pickWatchItemTags(item, source, { knownTags }),
  }));
  return inTransaction(ctx.db, async (tx) => {
    const newItems = await watchRepository(tx).insertNewItems(source.id, items);
    await watchRepository(tx).recordFetch(source.id, {
      fetchedAt,
      etag: answer.etag,
      lastModified: answer.lastModified,
    });
    return ok({ status: "updated" as const, itemsInFeed: items.length, newItems });
  });
}

export interface FetchAllSummary {
  sources: number;
  updated: number;
  notModified: number;
  failed: number;
  newItems: number;
}

/**
 * The scheduled fetch: every active source that is not a demo one, one after the other (a slow
 * server delays the next, never the app). Each failure stays on its source.
 */
export async function fetchAllSources(ctx: WatchFetchContext): Promise<FetchAllSummary> {
  const summary: FetchAllSummary = { sources: 0, updated: 0, notModified: 0, failed: 0, newItems: 0 };
  for (const { id } of await watchRepository(ctx.db).sourcesToFetch()) {
    summary.sources += 1;
    const result = await fetchSource(ctx, id);
    if (!result.ok) {
      summary.failed += 1;
      continue;
    }
    const outcome = result.value;
    if (outcome.status === "updated") {
      summary.updated += 1;
      summary.newItems += outcome.newItems;
    } else if (outcome.status === "not_modified") summary.notModified += 1;
    else summary.failed += 1;
  }
  return summary;
}

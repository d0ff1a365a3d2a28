import type {
  CreateWatchSourceInput,
  RateWatchItemInput,
  UpdateWatchSourceInput,
  WatchItem,
  WatchItemStatus,
  WatchSource,
} from "@cvv/domain/watch";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const sourceSelect = {
  id: true,
  name: true,
  url: true,
  tags: true,
  active: true,
  lastFetchedAt: true,
  lastError: true,
  isDemo: true,
  version: true,
} satisfies Prisma.WatchSourceSelect;

const itemSelect = {
  id: true,
  sourceId: true,
  guid: true,
  title: true,
  link: true,
  summary: true,
  publishedAt: true,
  tags: true,
  relevance: true,
  status: true,
  publicationId: true,
  version: true,
  source: { select: { name: true } },
} satisfies Prisma.WatchItemSelect;

type SourceRow = Prisma.WatchSourceGetPayload<{ select: typeof sourceSelect }>;
type ItemRow = Prisma.WatchItemGetPayload<{ select: typeof itemSelect }>;

const toSource = (row: SourceRow): WatchSource => ({ ...row, lastFetchedAt: row.lastFetchedAt?.toISOString() ?? null });

const toItem = ({ source, publishedAt, ...row }: ItemRow): WatchItem => ({
  ...row,
  sourceName: source.name,
  publishedAt: publishedAt?.toISOString() ?? null,
});

/** What a fetch needs of a source: where, and what the server said last time (conditional request). */
export interface WatchFetchState {
  id: string;
  name: string;
  url: string;
  tags: string[];
  active: boolean;
  isDemo: boolean;
  etag: string | null;
  lastModified: string | null;
}

/** An item as read from a feed, before an officer looked at it. */
export interface NewWatchItem {
  guid: string;
  title: string;
  link: string;
  summary: string;
  publishedAt: Date | null;
  tags: string[];
}

export interface WatchItemFilter {
  status?: WatchItemStatus | undefined;
  tag?: string | undefined;
  /** At least this relevant. */
  relevance?: number | undefined;
  sourceId?: string | undefined;
}

/** The veille: watched feeds and their items. Not commune-scoped: officers only. */
export function watchRepository(db: Tx) {
  return {
    async listSources(): Promise<(WatchSource & { itemCount: number; newCount: number })[]> {
      const rows = await db.watchSource.findMany({
        select: sourceSelect,
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      const counts = await db.watchItem.groupBy({ by: ["sourceId", "status"], _count: { _all: true } });
      return rows.map((row) => {
        const own = counts.filter((c) => c.sourceId === row.id);
        return {
          ...toSource(row),
          itemCount: own.reduce((sum, c) => sum + c._count._all, 0),
          newCount: own.find((c) => c.status === "new")?._count._all ?? 0,
        };
      });
    },

    async findSource(id: string): Promise<WatchSource | null> {
      const row = await db.watchSource.findUnique({ select: sourceSelect, where: { id } });
      return row ? toSource(row) : null;
    },

    async urlTaken(url: string, exceptId?: string): Promise<boolean> {
      return (await db.watchSource.count({ where: { url, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
    },

    async createSource(input: CreateWatchSourceInput & { isDemo?: boolean }): Promise<WatchSource> {
      const row = await db.watchSource.create({
        select: sourceSelect,
        data: {
          name: input.name,
          url: input.url,
          tags: input.tags ?? [],
          active: input.active ?? true,
          isDemo: input.isDemo ?? false,
        },
      });
      return toSource(row);
    },

    async updateSource(input: UpdateWatchSourceInput): Promise<WriteOutcome<WatchSource>> {
      const { id, version, url, ...fields } = input;
      return versionedWrite(
        () =>
          db.watchSource.updateMany({
            where: { id, version },
            // A new address is another server: what the old one said of its feed no longer applies.
            data: {
              ...definedOnly({ ...fields, url }),
              ...(url !== undefined ? { etag: null, lastModified: null } : {}),
              version: { increment: 1 },
            },
          }),
        async () => {
          const row = await db.watchSource.findUnique({ select: sourceSelect, where: { id } });
          return row ? toSource(row) : null;
        },
      );
    },

    /** Deletes the source and its items; drafts made from them stay, as publications of their own. */
    async removeSource(id: string, version: number): Promise<WriteOutcome<{ id: string }>> {
      const { count } = await db.watchSource.deleteMany({ where: { id, version } });
      if (count === 1) return { status: "ok", value: { id } };
      return (await db.watchSource.count({ where: { id } })) === 0 ? { status: "not_found" } : { status: "conflict" };
    },

    async fetchState(id: string): Promise<WatchFetchState | null> {
      return db.watchSource.findUnique({
        select: {
          id: true,
          name: true,
          url: true,
          tags: true,
          active: true,
          isDemo: true,
          etag: true,
          lastModified: true,
        },
        where: { id },
      });
    },

    /**
     * The sources the schedule fetches: active, and not demo ones, whose example.org addresses
     * answer nothing useful (the demo must never depend on the network).
     */
    async sourcesToFetch(): Promise<{ id: string }[]> {
      return db.watchSource.findMany({
        select: { id: true },
        where: { active: true, isDemo: false },
        orderBy: { id: "asc" },
      });
    },

    /** Every source's tags: the vocabulary an item's text is matched against. */
    async knownTags(): Promise<string[]> {
      const rows = await db.watchSource.findMany({ select: { tags: true } });
      return [...new Set(rows.flatMap((r) => r.tags))];
    },

    /**
     * A successful fetch: when, and what the server said of its feed for the next conditional
     * request; the last error is cleared. The version is left alone: bookkeeping must not make an
     * officer's open form conflict.
     */
    async recordFetch(id: string, state: { fetchedAt: Date; etag: string | null; lastModified: string | null }) {
      await db.watchSource.update({
        select: { id: true },
        where: { id },
        data: { lastFetchedAt: state.fetchedAt, etag: state.etag, lastModified: state.lastModified, lastError: null },
      });
    },

    /** A failed fetch: its reason in French, nothing else touched (the last good state stays). */
    async recordFetchError(id: string, message: string) {
      await db.watchSource.update({ select: { id: true }, where: { id }, data: { lastError: message } });
    },

    /**
     * Adds the items not seen yet; an item already there (same source, same guid) is left as
     * the officers left it. Returns how many were new.
     */
    async insertNewItems(sourceId: string, items: readonly NewWatchItem[]): Promise<number> {
      if (items.length === 0) return 0;
      const { count } = await db.watchItem.createMany({
        data: items.map((item) => ({ ...item, sourceId })),
        skipDuplicates: true,
      });
      return count;
    },

    async listItems(filter: WatchItemFilter = {}): Promise<WatchItem[]> {
      const rows = await db.watchItem.findMany({
        select: itemSelect,
        where: {
          ...definedOnly({ status: filter.status, sourceId: filter.sourceId }),
          ...(filter.tag ? { tags: { has: filter.tag } } : {}),
          ...(filter.relevance !== undefined ? { relevance: { gte: filter.relevance } } : {}),
        },
        orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
        take: 500,
      });
      return rows.map(toItem);
    },

    /** Every tag items carry, for the filter's choices. */
    async itemTags(): Promise<string[]> {
      const rows = await db.watchItem.findMany({ select: { tags: true } });
      return [...new Set(rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b, "fr"));
    },

    async findItem(id: string): Promise<WatchItem | null> {
      const row = await db.watchItem.findUnique({ select: itemSelect, where: { id } });
      return row ? toItem(row) : null;
    },

    async rateItem(input: RateWatchItemInput): Promise<WriteOutcome<WatchItem>> {
      const { id, version, ...fields } = input;
      return versionedWrite(
        () =>
          db.watchItem.updateMany({
            where: { id, version },
            data: { ...definedOnly(fields), version: { increment: 1 } },
          }),
        async () => {
          const row = await db.watchItem.findUnique({ select: itemSelect, where: { id } });
          return row ? toItem(row) : null;
        },
      );
    },

    /** Marks the item converted into the given draft, at the version the person saw, once only. */
    async markConverted(id: string, version: number, publicationId: string): Promise<WriteOutcome<WatchItem>> {
      return versionedWrite(
        () =>
          db.watchItem.updateMany({
            where: { id, version, status: { not: "converted" } },
            data: { status: "converted", publicationId, version: { increment: 1 } },
          }),
        async () => {
          const row = await db.watchItem.findUnique({ select: itemSelect, where: { id } });
          return row ? toItem(row) : null;
        },
      );
    },
  };
}

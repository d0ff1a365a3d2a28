import type pg from "pg";
import { driverPool } from "../connection/database.js";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

/** Every write accepts an optional transaction, so a use case can make several writes atomic. */
export type Tx = Prisma.TransactionClient | PrismaClient;

export function toIsoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function fromIsoDate(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}

/**
 * Runs a read-only statement through the driver's pool when `db` is the app's client (see
 * driverPool), else through Prisma (inside a transaction). The statement is a Prisma.sql tagged
 * template, so values are always parameters. Columns must come out as the driver gives them
 * whichever path runs: text, int4, float8, boolean, timestamptz (a Date); dates as to_char text.
 */
export async function readRows<T>(db: Tx, query: Prisma.Sql): Promise<T[]> {
  const pool = driverPool(db);
  if (!pool) return db.$queryRaw<T[]>(query);
  return (await pool.query<T & pg.QueryResultRow>(query.text, query.values)).rows;
}

/** Drops undefined keys: Prisma treats undefined as "leave alone", but spreading makes that explicit. */
export function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The outcome of a versioned write, so callers tell a stale form from a missing record. */
export type WriteOutcome<T> = { status: "ok"; value: T } | { status: "not_found" } | { status: "conflict" };

/**
 * Optimistic locking: `write` is an updateMany whose where holds the id, the version the person
 * loaded, and the scope; `read` reads the record back within the same scope. Nothing written and
 * the record still there means someone saved first.
 */
export async function versionedWrite<T>(
  write: () => Promise<{ count: number }>,
  read: () => Promise<T | null>,
): Promise<WriteOutcome<T>> {
  const { count } = await write();
  const value = await read();
  if (value === null) return { status: "not_found" };
  if (count === 0) return { status: "conflict" };
  return { status: "ok", value };
}

/** A unique constraint refused the write: two people claimed the same slug or e-mail at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

import type { PrismaClient, Tx } from "@cvv/db";
import type { Result } from "@cvv/domain/shared";

class Refusal<T> extends Error {
  constructor(readonly result: Result<T>) {
    super("refusal");
  }
}

/**
 * Runs a use case's writes in one transaction. A refusal (a Result that is not ok) rolls back
 * everything written before it, so a use case can say "no" halfway and leave nothing half done.
 */
export async function inTransaction<T>(
  db: PrismaClient,
  work: (tx: Tx) => Promise<Result<T>>,
  // Prisma gives up on a transaction after 5 s by default: long writes (imports) ask for more.
  options?: { timeout?: number; maxWait?: number },
): Promise<Result<T>> {
  try {
    return await db.$transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Refusal(result);
      return result;
    }, options);
  } catch (error) {
    if (error instanceof Refusal) return error.result as Result<T>;
    throw error;
  }
}

import { hashToken, newToken, sessionsRepository, type PrismaClient, type Tx } from "@cvv/db";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";

const SESSION_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/** Opens a session for a user and hands its token to the cookie jar; only the hash is stored. */
export async function startSession(
  ctx: Pick<Context, "cookies" | "http" | "now">,
  db: Tx,
  userId: string,
): Promise<void> {
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + SESSION_DAYS * DAY);
  await sessionsRepository(db).create({
    tokenHash: hashToken(token),
    userId,
    expiresAt,
    userAgent: ctx.http?.userAgent?.slice(0, 300) ?? null,
  });
  ctx.cookies.setSession(token, expiresAt, ctx.http?.secure ?? false);
}

/**
 * The user behind a session cookie. A session in use is extended (sliding expiry) at most once a
 * day, so that reads do not turn into writes; `renewedUntil` then tells the caller to send the
 * cookie again with the new expiry.
 */
export async function resolveSession(
  db: PrismaClient,
  token: string | undefined,
  now: Date,
): Promise<{ user: SessionUser; tokenHash: string; renewedUntil: Date | null } | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const sessions = sessionsRepository(db);
  const found = await sessions.findUser(tokenHash, now);
  if (!found) return null;
  const { active: _active, ...user } = found.user;
  let renewedUntil: Date | null = null;
  if (now.getTime() - found.lastSeenAt.getTime() >= DAY) {
    renewedUntil = new Date(now.getTime() + SESSION_DAYS * DAY);
    await sessions.touch(found.sessionId, now, renewedUntil);
  }
  return { user, tokenHash, renewedUntil };
}

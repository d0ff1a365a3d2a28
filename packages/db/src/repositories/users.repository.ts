import type { Role, SessionUser } from "@cvv/domain/users";
import { versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const userSelect = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  active: true,
  communes: { select: { communeInseeCode: true } },
} as const;

type UserRow = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  communes: { communeInseeCode: string }[];
};

export interface UserRecord extends SessionUser {
  active: boolean;
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
    communeCodes: row.communes.map((c) => c.communeInseeCode).sort(),
  };
}

export function usersRepository(db: Tx) {
  return {
    async find(id: string): Promise<UserRecord | null> {
      const row = await db.user.findUnique({ select: userSelect, where: { id } });
      return row ? toUser(row) : null;
    },

    async findByEmail(email: string): Promise<UserRecord | null> {
      const row = await db.user.findUnique({ select: userSelect, where: { email } });
      return row ? toUser(row) : null;
    },

    /** The only read of a password hash: kept apart so no other query can leak it. */
    async findCredentials(email: string): Promise<{ id: string; passwordHash: string | null; active: boolean } | null> {
      return db.user.findUnique({ select: { id: true, passwordHash: true, active: true }, where: { email } });
    },

    /** Active contributors who have chosen a password, by commune: who receives a commune's reminders. */
    async contributorsOf(communeInseeCodes: readonly string[]) {
      const rows = await db.userCommune.findMany({
        select: { communeInseeCode: true, user: { select: { email: true, displayName: true } } },
        where: {
          communeInseeCode: { in: [...communeInseeCodes] },
          user: { role: "contributor", active: true, passwordHash: { not: null } },
        },
      });
      return rows.map((r) => ({
        communeInseeCode: r.communeInseeCode,
        email: r.user.email,
        displayName: r.user.displayName,
      }));
    },

    async list(
      filter: { role?: Role } = {},
    ): Promise<(UserRecord & { pendingInvitation: boolean; version: number })[]> {
      const where = filter.role ? { role: filter.role } : {};
      const [rows, pending] = await Promise.all([
        db.user.findMany({
          select: { ...userSelect, version: true },
          where,
          orderBy: [{ role: "asc" }, { displayName: "asc" }],
        }),
        db.user.findMany({ select: { id: true }, where: { ...where, passwordHash: null } }),
      ]);
      const pendingIds = new Set(pending.map((p) => p.id));
      return rows.map(({ version, ...row }) => ({
        ...toUser(row),
        version,
        pendingInvitation: pendingIds.has(row.id),
      }));
    },

    async create(input: {
      email: string;
      displayName: string;
      role: Role;
      communeCodes: readonly string[];
      passwordHash?: string | null;
      isDemo?: boolean;
      organisationId?: string | null;
    }): Promise<UserRecord> {
      const row = await db.user.create({
        select: userSelect,
        data: {
          email: input.email,
          displayName: input.displayName,
          role: input.role,
          passwordHash: input.passwordHash ?? null,
          isDemo: input.isDemo ?? false,
          organisationId: input.organisationId ?? null,
          communes: { create: input.communeCodes.map((communeInseeCode) => ({ communeInseeCode })) },
        },
      });
      return toUser(row);
    },

    /** Replaces the name and communes of an account whose invitation is still pending. */
    async updatePending(id: string, input: { displayName: string; communeCodes: readonly string[] }): Promise<boolean> {
      const { count } = await db.user.updateMany({
        where: { id, passwordHash: null },
        data: { displayName: input.displayName, version: { increment: 1 } },
      });
      if (count === 0) return false;
      await db.userCommune.deleteMany({ where: { userId: id } });
      await db.userCommune.createMany({
        data: input.communeCodes.map((communeInseeCode) => ({ userId: id, communeInseeCode })),
      });
      return true;
    },

    /** Sets the first password of an invited account; false if it already has one. */
    async setInitialPassword(id: string, passwordHash: string): Promise<boolean> {
      const { count } = await db.user.updateMany({
        where: { id, passwordHash: null },
        data: { passwordHash, version: { increment: 1 } },
      });
      return count === 1;
    },

    async setActive(id: string, version: number, active: boolean): Promise<WriteOutcome<UserRecord>> {
      return versionedWrite(
        () => db.user.updateMany({ where: { id, version }, data: { active, version: { increment: 1 } } }),
        async () => {
          const row = await db.user.findUnique({ select: userSelect, where: { id } });
          return row ? toUser(row) : null;
        },
      );
    },

    async count(): Promise<number> {
      return db.user.count();
    },
  };
}

export function sessionsRepository(db: Tx) {
  return {
    async create(input: {
      tokenHash: string;
      userId: string;
      expiresAt: Date;
      userAgent: string | null;
    }): Promise<void> {
      await db.session.create({ select: { id: true }, data: input });
    },

    /** The user behind a live session, or null when it is unknown, expired, revoked or the user is disabled. */
    async findUser(
      tokenHash: string,
      now: Date,
    ): Promise<{ sessionId: string; lastSeenAt: Date; user: UserRecord } | null> {
      const row = await db.session.findUnique({
        select: { id: true, expiresAt: true, revokedAt: true, lastSeenAt: true, user: { select: userSelect } },
        where: { tokenHash },
      });
      if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) return null;
      return { sessionId: row.id, lastSeenAt: row.lastSeenAt, user: toUser(row.user) };
    },

    async touch(sessionId: string, now: Date, expiresAt: Date): Promise<void> {
      await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now, expiresAt } });
    },

    async revoke(tokenHash: string, now: Date): Promise<void> {
      await db.session.updateMany({ where: { tokenHash, revokedAt: null }, data: { revokedAt: now } });
    },

    async revokeAllForUser(userId: string, now: Date): Promise<number> {
      const { count } = await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
      return count;
    },
  };
}

export function invitationsRepository(db: Tx) {
  return {
    async create(input: {
      tokenHash: string;
      userId: string;
      invitedById: string | null;
      expiresAt: Date;
    }): Promise<void> {
      await db.invitation.create({ select: { id: true }, data: input });
    },

    async findPending(tokenHash: string, now: Date): Promise<{ id: string; userId: string; email: string } | null> {
      const row = await db.invitation.findUnique({
        select: {
          id: true,
          userId: true,
          expiresAt: true,
          acceptedAt: true,
          revokedAt: true,
          user: { select: { email: true, active: true, passwordHash: true } },
        },
        where: { tokenHash },
      });
      // An account already in use is never reachable through an invitation, whatever the link.
      if (
        !row ||
        row.acceptedAt ||
        row.revokedAt ||
        row.expiresAt <= now ||
        !row.user.active ||
        row.user.passwordHash
      ) {
        return null;
      }
      return { id: row.id, userId: row.userId, email: row.user.email };
    },

    /** Makes every open link of a person useless: a new one was sent, or one was used. */
    async revokePending(userId: string, now: Date): Promise<number> {
      const { count } = await db.invitation.updateMany({
        where: { userId, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      return count;
    },

    /** Marks it used only if it still was not: a link works once, even if clicked twice at once. */
    async accept(id: string, now: Date): Promise<boolean> {
      const { count } = await db.invitation.updateMany({ where: { id, acceptedAt: null }, data: { acceptedAt: now } });
      return count === 1;
    },
  };
}

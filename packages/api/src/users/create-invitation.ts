import { hashToken, invitationsRepository, newToken, type Tx } from "@cvv/db";

export const INVITATION_DAYS = 7;

/**
 * Opens a one-time link for an account without a password and returns its token (only its hash
 * is stored). Earlier links of the same person stop working: only the latest e-mail counts.
 */
export async function createInvitation(
  tx: Tx,
  input: { userId: string; invitedById: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const invitations = invitationsRepository(tx);
  await invitations.revokePending(input.userId, input.now);
  const token = newToken();
  const expiresAt = new Date(input.now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000);
  await invitations.create({
    tokenHash: hashToken(token),
    userId: input.userId,
    invitedById: input.invitedById,
    expiresAt,
  });
  return { token, expiresAt };
}

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, "")}/admin/invitation/${token}`;
}

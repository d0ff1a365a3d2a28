import type { CurrentUser, Role } from "./api-types";

/**
 * What the interface offers to whom. The API decides (it calls `can` on every request); these
 * only hide buttons that would be refused, and mirror the rules of @cvv/domain/permissions.
 */
export function isStaff(user: Pick<CurrentUser, "role">): boolean {
  return user.role === "officer" || user.role === "admin";
}

/** Officers manage the communes' contributors; only administrators manage officers and administrators. */
export function invitableRoles(user: Pick<CurrentUser, "role">): Role[] {
  if (user.role === "admin") return ["contributor", "partner", "officer", "admin"];
  if (user.role === "officer") return ["contributor", "partner"];
  return [];
}

export function canManageAccount(user: Pick<CurrentUser, "role" | "id">, target: { id: string; role: Role }): boolean {
  return target.id !== user.id && invitableRoles(user).includes(target.role);
}

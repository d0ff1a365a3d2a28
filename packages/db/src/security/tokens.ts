import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: what a cookie or an invitation link carries. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes are stored: a leaked table yields no usable session or invitation. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A readable random password for demo accounts. */
export function newPassword(): string {
  return randomBytes(12).toString("base64url");
}

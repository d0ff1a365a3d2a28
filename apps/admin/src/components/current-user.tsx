import { createContext, useContext } from "react";
import type { CurrentUser } from "../lib/api-types";

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in person; only for pages under RequireAuth, which provides it. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser outside RequireAuth");
  return user;
}

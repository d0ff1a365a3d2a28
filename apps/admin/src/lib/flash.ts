import { useSyncExternalStore } from "react";

/**
 * A confirmation that survives one navigation ("Projet créé" shown on the page we go to). Kept
 * outside React so the tRPC error handler, which runs outside components, can post one too.
 */
export interface Flash {
  message: string;
  /** The router path (without the /admin basename) on which to show it. */
  pathname: string;
}

let current: Flash | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showFlash(message: string, pathname: string): void {
  current = { message, pathname };
  emit();
}

export function clearFlash(): void {
  if (current === null) return;
  current = null;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFlash(): Flash | null {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * Work that outlives the request that started it (imports, reminders). Tasks start on the next
 * turn of the event loop so the request answers at once; their failures are logged, never thrown
 * at a caller who has gone. Tests and shutdown wait for `idle()`.
 */
export interface TaskRunner {
  run(label: string, task: () => Promise<void>): void;
  idle(): Promise<void>;
}

export function createTaskRunner(onError: (label: string, error: unknown) => void): TaskRunner {
  const pending = new Set<Promise<void>>();
  return {
    run(label, task) {
      const promise = new Promise<void>((resolve) => setImmediate(resolve))
        .then(task)
        .catch((error: unknown) => onError(label, error))
        .finally(() => pending.delete(promise));
      pending.add(promise);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

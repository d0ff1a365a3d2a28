import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Where uploaded files live: on disk under the data folder; the database keeps their metadata. */
export interface FileStore {
  put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }>;
  read(storageKey: string): Promise<Buffer>;
  remove(storageKey: string): Promise<void>;
}

export function createDiskFileStore(root: string): FileStore {
  // Keys are generated here, never taken from a request, so no path can escape the root.
  const pathOf = (key: string) => {
    if (!/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`Clé de fichier invalide : ${key}`);
    return join(root, key);
  };
  return {
    async put(bytes) {
      const now = new Date();
      const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
      const path = pathOf(storageKey);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes, { flag: "wx" });
      return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex") };
    },
    read: (key) => readFile(pathOf(key)),
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}

import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";

/** Where uploaded files live: on disk under the data folder; the database keeps their metadata. */
export interface FileStore {
  put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }>;
  read(storageKey: string): Promise<Buffer>;
  /** The file as a stream with its size on disk, for downloads too large to hold; null when it is gone. */
  stream(storageKey: string): Promise<{ body: Readable; sizeBytes: number } | null>;
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
    async stream(key) {
      const handle = await open(pathOf(key), "r").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      if (!handle) return null;
      try {
        const { size } = await handle.stat();
        // The stream closes the handle once read, or when the request is cut short.
        return { body: handle.createReadStream(), sizeBytes: size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
    remove: (key) => rm(pathOf(key), { force: true }),
  };
}

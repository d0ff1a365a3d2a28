import { router } from "../trpc.js";

/** Versioned documents attached to records, readable by those who may see the record. */
export const documentsRouter = router({});

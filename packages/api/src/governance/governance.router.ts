import { router } from "../trpc.js";

/** Governance bodies, their meetings, decisions and action items, and projects' RACI matrices. */
export const governanceRouter = router({});

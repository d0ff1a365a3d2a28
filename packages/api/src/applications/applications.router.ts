import { router } from "../trpc.js";

/** Communes' applications to editions, their review and decision, and the contracts that open projects. */
export const applicationsRouter = router({});

import { router } from "../trpc.js";

/** A project's actions and milestones. */
export const planRouter = router({});

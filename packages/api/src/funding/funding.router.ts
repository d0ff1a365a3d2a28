import { router } from "../trpc.js";

/** A project's funding plan, grants, payment schedules and payments. */
export const fundingRouter = router({});

import { router } from "../trpc.js";
import { cancelEventProcedure } from "./cancel-event.procedure.js";
import { createEventProcedure } from "./create-event.procedure.js";
import { getEventProcedure } from "./get-event.procedure.js";
import { listEventsProcedure } from "./list-events.procedure.js";
import { publishEventProcedure } from "./publish-event.procedure.js";
import { setEventPartnersProcedure } from "./set-event-partners.procedure.js";
import { setEventProjectsProcedure } from "./set-event-projects.procedure.js";
import { takeAttendanceProcedure } from "./take-attendance.procedure.js";
import { updateEventProcedure } from "./update-event.procedure.js";

/** The annual programme of events, managed by officers: the portal's registrations arrive by the server's form route. */
export const eventsRouter = router({
  list: listEventsProcedure,
  get: getEventProcedure,
  create: createEventProcedure,
  update: updateEventProcedure,
  publish: publishEventProcedure,
  cancel: cancelEventProcedure,
  setPartners: setEventPartnersProcedure,
  setProjects: setEventProjectsProcedure,
  takeAttendance: takeAttendanceProcedure,
});

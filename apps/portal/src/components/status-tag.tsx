import { messages } from "../messages.fr";
import type { ProjectStatus } from "../types";

/** The status is always written out; the tint only repeats it for those who see colour. */
export function StatusTag({ status }: { status: ProjectStatus }) {
  return <span className={`status-tag status-${status}`}>{messages.status.project[status]}</span>;
}

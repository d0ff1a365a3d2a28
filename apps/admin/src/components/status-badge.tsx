import { messages } from "../messages.fr";

type Tone = "neutral" | "info" | "success" | "warning" | "muted";

const tones = {
  project: {
    planned: "neutral",
    mature: "info",
    committed: "info",
    in_progress: "success",
    completed: "success",
    abandoned: "muted",
  },
  update: { draft: "neutral", submitted: "info", approved: "success", returned: "warning" },
  programme: { draft: "neutral", active: "success", closed: "muted" },
  edition: { planned: "neutral", open: "success", selection: "info", closed: "muted" },
  campaign: { draft: "neutral", open: "success", closed: "muted" },
  application: {
    draft: "neutral",
    submitted: "info",
    eligible: "info",
    ineligible: "warning",
    selected: "success",
    rejected: "muted",
    withdrawn: "muted",
  },
  value: { draft: "neutral", submitted: "info", approved: "success", returned: "warning" },
  import: {
    queued: "neutral",
    checking: "info",
    checked: "info",
    applying: "info",
    done: "success",
    failed: "warning",
  },
} as const satisfies Record<string, Record<string, Tone>>;

const labels = {
  project: messages.projectStatus,
  update: messages.updateStatus,
  programme: messages.programmeStatus,
  edition: messages.editionStatus,
  campaign: messages.campaigns.status,
  application: messages.applications.status,
  value: messages.values.status,
  import: messages.imports.status,
} as const;

type Kind = keyof typeof tones;

/** A status as words in a tinted box: the colour only echoes what the text already says. */
export function StatusBadge<K extends Kind>({ kind, status }: { kind: K; status: keyof (typeof tones)[K] & string }) {
  const tone = (tones[kind] as Record<string, Tone>)[status] ?? "neutral";
  const label = (labels[kind] as Record<string, string>)[status] ?? status;
  return <span className={`badge badge--${tone}`}>{label}</span>;
}

import type { OpenDataset } from "./open-data.js";
import { openEventsDataset } from "./open-events.dataset.js";
import { openGrantsDataset } from "./open-grants.dataset.js";
import { openIndicatorValuesDataset } from "./open-indicator-values.dataset.js";
import { openProjectsDataset } from "./open-projects.dataset.js";

/** Every dataset of `/api/v1`, in the catalogue's order. */
export const openDatasets: readonly OpenDataset[] = [
  openProjectsDataset,
  openIndicatorValuesDataset,
  openGrantsDataset,
  openEventsDataset,
];

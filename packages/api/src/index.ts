export { appRouter, type AppRouter } from "./app-router.js";
export { publicRouter, type PublicRouter } from "./public/public.router.js";
export { createCallerFactory } from "./trpc.js";
export type { Context, AppConfig, CookieJar, HttpInfo } from "./shared/context.js";
export { resolveSession } from "./auth/session.service.js";
export { createMailer, createMemoryMailer, type Mailer, type MailMessage } from "./mail/mailer.js";
export { createInvitation, invitationLink } from "./users/create-invitation.js";
export { createDiskFileStore, type FileStore } from "./shared/file-store.js";
export { createTaskRunner, type TaskRunner } from "./shared/task-runner.js";
export { crossOriginRefusal } from "./shared/same-origin.js";
export {
  storeUpload,
  cleanFileName,
  uploadLimits,
  SIZE_FIELD,
  type StoredUpload,
  type UploadPurpose,
} from "./indicator-imports/store-upload/store-upload.service.js";
export { downloadFile, type FileDownload } from "./indicator-imports/download-file/download-file.service.js";
export { campaignTemplate } from "./indicator-imports/export-sheet/campaign-template.service.js";
export { campaignValues } from "./indicator-imports/export-sheet/campaign-values.service.js";
export type { CampaignSheetInput, SheetFile, SheetFormat } from "./indicator-imports/export-sheet/campaign-sheet.js";
export type { ImportJobView, ImportReport, ImportError } from "./indicator-imports/import-job.js";
export { sendDueReminders } from "./campaigns/send-reminders/send-reminders.service.js";
export { applyContactRetention } from "./contacts/retention/retention.service.js";
export {
  registerForEvent,
  type RegistrationError,
  type RegistrationField,
} from "./event-registrations/register.service.js";
export { cancelRegistration } from "./event-registrations/cancel-registration.service.js";
export { answerSurvey, type SurveyError, type SurveyField } from "./event-registrations/survey.service.js";
export { runEventJobs, type EventJobSummary } from "./event-registrations/event-reminders.service.js";
export {
  fetchAllSources,
  type FetchAllSummary,
  type WatchFetchContext,
} from "./watch/fetch-source/fetch-source.service.js";
export {
  exportGrants,
  type GrantExportFormat,
  type GrantExportInput,
} from "./funding/export-grants/export-grants.service.js";
export {
  downloadDocumentVersion,
  type DocumentDownload,
} from "./documents/download-document/download-document.service.js";
export { parseSteeringExport, steeringExport } from "./steering/steering-export.service.js";
export { parseOpenDataRequest, type OpenDataFormat, type OpenDataRequest } from "./open-data/open-data-request.js";
export { openDataFile, type OpenDataFile } from "./open-data/open-data-file.service.js";
export { openDataCatalogue, type OpenDataCatalogue } from "./open-data/open-data-catalogue.js";
export { openDatasets } from "./open-data/open-datasets.js";
export { openLicence, type OpenDataset, type OpenField } from "./open-data/open-data.js";
export { newsAtomFeed } from "./public/public-publications.feed.js";
export { robotsTxt, sitemapXml } from "./public/public-sitemap.js";
export { publishDuePublications } from "./publications/publications.service.js";
export { publicationImageFile } from "./publications/publication-image.service.js";
export { eventIcs, eventsIcsFeed } from "./public/public-events.feed.js";
export {
  downloadReportFile,
  downloadPublishedReportPdf,
  type ReportDownload,
  type ReportFileFormat,
} from "./reports/download-report/download-report.service.js";
export { closeReportBrowser } from "./reports/report-pdf.js";
export {
  runGeneration,
  generationSteps,
  type GenerationOutcome,
} from "./reports/generate-report/generate-report.task.js";

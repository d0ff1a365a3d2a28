-- CreateEnum
CREATE TYPE "ValueStatus" AS ENUM ('draft', 'submitted', 'approved', 'returned');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('before_deadline', 'overdue');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'checking', 'checked', 'applying', 'done', 'failed');

-- AlterTable
ALTER TABLE "IndicatorDefinition" ADD COLUMN     "formula" TEXT,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "IndicatorAssignment" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "projectId" UUID,
    "baselineValue" DOUBLE PRECISION,
    "baselineDate" DATE,
    "alertThreshold" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndicatorAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "assignmentId" UUID NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("assignmentId","period")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "communeInseeCode" VARCHAR(5) NOT NULL,
    "projectId" UUID,
    "campaignId" UUID,
    "period" VARCHAR(7) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "breakdown" JSONB,
    "source" TEXT NOT NULL DEFAULT '',
    "comment" TEXT NOT NULL DEFAULT '',
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "attachmentId" UUID,
    "status" "ValueStatus" NOT NULL DEFAULT 'draft',
    "reviewComment" TEXT,
    "authorId" UUID,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),
    "publishedValue" DOUBLE PRECISION,
    "publishedBreakdown" JSONB,
    "publishedAt" TIMESTAMPTZ(3),
    "correctedAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValueChange" (
    "id" UUID NOT NULL,
    "valueId" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorValueChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingCampaign" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'draft',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportingCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignIndicator" (
    "campaignId" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,

    CONSTRAINT "CampaignIndicator_pkey" PRIMARY KEY ("campaignId","indicatorId")
);

-- CreateTable
CREATE TABLE "CampaignCommune" (
    "campaignId" UUID NOT NULL,
    "communeInseeCode" VARCHAR(5) NOT NULL,

    CONSTRAINT "CampaignCommune_pkey" PRIMARY KEY ("campaignId","communeInseeCode")
);

-- CreateTable
CREATE TABLE "CampaignReminder" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "communeInseeCode" VARCHAR(5) NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "campaignId" UUID,
    "createdById" UUID,
    "fileName" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "rows" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorAssignment_programmeId_idx" ON "IndicatorAssignment"("programmeId");

-- CreateIndex
CREATE INDEX "IndicatorAssignment_projectId_idx" ON "IndicatorAssignment"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorAssignment_indicatorId_projectId_key" ON "IndicatorAssignment"("indicatorId", "projectId");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_period_idx" ON "IndicatorValue"("indicatorId", "period");

-- CreateIndex
CREATE INDEX "IndicatorValue_communeInseeCode_period_idx" ON "IndicatorValue"("communeInseeCode", "period");

-- CreateIndex
CREATE INDEX "IndicatorValue_campaignId_communeInseeCode_idx" ON "IndicatorValue"("campaignId", "communeInseeCode");

-- CreateIndex
CREATE INDEX "IndicatorValue_projectId_idx" ON "IndicatorValue"("projectId");

-- CreateIndex
CREATE INDEX "IndicatorValue_status_idx" ON "IndicatorValue"("status");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_communeInseeCode_period_key" ON "IndicatorValue"("indicatorId", "communeInseeCode", "period");

-- CreateIndex
CREATE INDEX "IndicatorValueChange_valueId_createdAt_idx" ON "IndicatorValueChange"("valueId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportingCampaign_programmeId_idx" ON "ReportingCampaign"("programmeId");

-- CreateIndex
CREATE INDEX "ReportingCampaign_status_deadline_idx" ON "ReportingCampaign"("status", "deadline");

-- CreateIndex
CREATE INDEX "CampaignIndicator_indicatorId_idx" ON "CampaignIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "CampaignCommune_communeInseeCode_idx" ON "CampaignCommune"("communeInseeCode");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignReminder_campaignId_communeInseeCode_kind_key" ON "CampaignReminder"("campaignId", "communeInseeCode", "kind");

-- CreateIndex
CREATE INDEX "ImportJob_createdById_createdAt_idx" ON "ImportJob"("createdById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- AddForeignKey
ALTER TABLE "IndicatorAssignment" ADD CONSTRAINT "IndicatorAssignment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "IndicatorDefinition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAssignment" ADD CONSTRAINT "IndicatorAssignment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAssignment" ADD CONSTRAINT "IndicatorAssignment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "IndicatorAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "IndicatorDefinition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_communeInseeCode_fkey" FOREIGN KEY ("communeInseeCode") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "ReportingCampaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValueChange" ADD CONSTRAINT "IndicatorValueChange_valueId_fkey" FOREIGN KEY ("valueId") REFERENCES "IndicatorValue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValueChange" ADD CONSTRAINT "IndicatorValueChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingCampaign" ADD CONSTRAINT "ReportingCampaign_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignIndicator" ADD CONSTRAINT "CampaignIndicator_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "ReportingCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignIndicator" ADD CONSTRAINT "CampaignIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "IndicatorDefinition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCommune" ADD CONSTRAINT "CampaignCommune_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "ReportingCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCommune" ADD CONSTRAINT "CampaignCommune_communeInseeCode_fkey" FOREIGN KEY ("communeInseeCode") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignReminder" ADD CONSTRAINT "CampaignReminder_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "ReportingCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "ReportingCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One programme-level assignment per indicator and programme (Prisma cannot express a partial index).
CREATE UNIQUE INDEX "IndicatorAssignment_programme_level_key" ON "IndicatorAssignment"("indicatorId", "programmeId") WHERE "projectId" IS NULL;

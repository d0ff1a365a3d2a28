-- CreateEnum
CREATE TYPE "ProjectTheme" AS ENUM ('commerce', 'artisanat', 'metiers_d_art', 'ess', 'economie_de_la_reparation', 'seconde_main', 'production_locale', 'espace_public', 'mobilite', 'habitat', 'tiers_lieux', 'culture');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('draft', 'submitted', 'eligible', 'ineligible', 'selected', 'rejected', 'withdrawn');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "perimeter" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "themes" "ProjectTheme"[] DEFAULT ARRAY[]::"ProjectTheme"[];

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "editionId" UUID NOT NULL,
    "communeInseeCode" VARCHAR(5) NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "motivation" TEXT NOT NULL DEFAULT '',
    "themes" "ProjectTheme"[] DEFAULT ARRAY[]::"ProjectTheme"[],
    "perimeter" TEXT NOT NULL DEFAULT '',
    "estimatedBudgetCents" BIGINT,
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "status" "ApplicationStatus" NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "eligibilityNote" TEXT NOT NULL DEFAULT '',
    "committeeNote" TEXT NOT NULL DEFAULT '',
    "decidedOn" DATE,
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "projectId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "applicationId" UUID,
    "reference" TEXT NOT NULL,
    "parties" TEXT NOT NULL,
    "signedOn" DATE,
    "amountCents" BIGINT NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "startsOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "projectId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "fileId" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Application_projectId_key" ON "Application"("projectId");

-- CreateIndex
CREATE INDEX "Application_communeInseeCode_idx" ON "Application"("communeInseeCode");

-- CreateIndex
CREATE UNIQUE INDEX "Application_editionId_communeInseeCode_key" ON "Application"("editionId", "communeInseeCode");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_projectId_key" ON "Contract"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_applicationId_key" ON "Contract"("applicationId");

-- CreateIndex
CREATE INDEX "Document_entity_entityId_idx" ON "Document"("entity", "entityId");

-- CreateIndex
CREATE INDEX "Document_projectId_idx" ON "Document"("projectId");

-- CreateIndex
CREATE INDEX "DocumentVersion_fileId_idx" ON "DocumentVersion"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_number_key" ON "DocumentVersion"("documentId", "number");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_communeInseeCode_fkey" FOREIGN KEY ("communeInseeCode") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules Prisma cannot express; the domain checks them first, with French messages.
ALTER TABLE "Application" ADD CONSTRAINT "Application_budget_check" CHECK ("estimatedBudgetCents" IS NULL OR "estimatedBudgetCents" >= 0);
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_amount_check" CHECK ("amountCents" >= 0);
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_duration_check" CHECK ("durationMonths" > 0);
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_number_check" CHECK ("number" > 0);

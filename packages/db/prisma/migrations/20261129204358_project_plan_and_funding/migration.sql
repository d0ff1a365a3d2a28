-- CreateEnum
CREATE TYPE "PlanItemKind" AS ENUM ('action', 'milestone');

-- CreateEnum
CREATE TYPE "PlanItemStatus" AS ENUM ('planned', 'in_progress', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "FunderKind" AS ENUM ('metropole', 'banque_des_territoires', 'region', 'departement', 'commune', 'state', 'europe', 'other');

-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('planned', 'requested', 'committed');

-- CreateEnum
CREATE TYPE "GrantNature" AS ENUM ('cash', 'in_kind', 'cash_and_in_kind');

-- CreateEnum
CREATE TYPE "GrantPaymentTerms" AS ENUM ('single', 'instalments', 'other');

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "PlanItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL DEFAULT '',
    "startsOn" DATE,
    "dueOn" DATE NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "status" "PlanItemStatus" NOT NULL DEFAULT 'planned',
    "completedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItemDependency" (
    "itemId" UUID NOT NULL,
    "dependsOnId" UUID NOT NULL,

    CONSTRAINT "PlanItemDependency_pkey" PRIMARY KEY ("itemId","dependsOnId")
);

-- CreateTable
CREATE TABLE "FundingLine" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "funderKind" "FunderKind" NOT NULL,
    "funderName" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "status" "FundingStatus" NOT NULL DEFAULT 'planned',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FundingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "fundingLineId" UUID,
    "funderName" TEXT NOT NULL,
    "funderSiret" VARCHAR(14) NOT NULL,
    "beneficiaryName" TEXT NOT NULL,
    "beneficiarySiret" VARCHAR(14) NOT NULL,
    "purpose" TEXT NOT NULL,
    "decisionReference" TEXT NOT NULL DEFAULT '',
    "conventionOn" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "nature" "GrantNature" NOT NULL DEFAULT 'cash',
    "paymentTerms" "GrantPaymentTerms" NOT NULL DEFAULT 'single',
    "paymentTermsNote" TEXT NOT NULL DEFAULT '',
    "share" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "euNotified" BOOLEAN NOT NULL DEFAULT false,
    "raeId" VARCHAR(5) NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantInstalment" (
    "id" UUID NOT NULL,
    "grantId" UUID NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "dueOn" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,

    CONSTRAINT "GrantInstalment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantPayment" (
    "id" UUID NOT NULL,
    "grantId" UUID NOT NULL,
    "paidOn" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordChange" (
    "id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "projectId" UUID,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanItem_projectId_dueOn_idx" ON "PlanItem"("projectId", "dueOn");

-- CreateIndex
CREATE INDEX "PlanItem_status_dueOn_idx" ON "PlanItem"("status", "dueOn");

-- CreateIndex
CREATE INDEX "PlanItemDependency_dependsOnId_idx" ON "PlanItemDependency"("dependsOnId");

-- CreateIndex
CREATE INDEX "FundingLine_projectId_idx" ON "FundingLine"("projectId");

-- CreateIndex
CREATE INDEX "Grant_projectId_idx" ON "Grant"("projectId");

-- CreateIndex
CREATE INDEX "Grant_conventionOn_idx" ON "Grant"("conventionOn");

-- CreateIndex
CREATE INDEX "GrantInstalment_grantId_dueOn_idx" ON "GrantInstalment"("grantId", "dueOn");

-- CreateIndex
CREATE INDEX "GrantPayment_grantId_paidOn_idx" ON "GrantPayment"("grantId", "paidOn");

-- CreateIndex
CREATE INDEX "RecordChange_entity_entityId_createdAt_idx" ON "RecordChange"("entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "RecordChange_projectId_createdAt_idx" ON "RecordChange"("projectId", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItemDependency" ADD CONSTRAINT "PlanItemDependency_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItemDependency" ADD CONSTRAINT "PlanItemDependency_dependsOnId_fkey" FOREIGN KEY ("dependsOnId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_fundingLineId_fkey" FOREIGN KEY ("fundingLineId") REFERENCES "FundingLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantInstalment" ADD CONSTRAINT "GrantInstalment_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantPayment" ADD CONSTRAINT "GrantPayment_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantPayment" ADD CONSTRAINT "GrantPayment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordChange" ADD CONSTRAINT "RecordChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules Prisma cannot express; the domain checks them first, with French messages.
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_progress_check" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_dates_check" CHECK ("startsOn" IS NULL OR "startsOn" <= "dueOn");
ALTER TABLE "PlanItemDependency" ADD CONSTRAINT "PlanItemDependency_not_itself_check" CHECK ("itemId" <> "dependsOnId");
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_amount_check" CHECK ("amountCents" >= 0);
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_amount_check" CHECK ("amountCents" > 0);
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_share_check" CHECK ("share" > 0 AND "share" <= 1);
ALTER TABLE "GrantInstalment" ADD CONSTRAINT "GrantInstalment_amount_check" CHECK ("amountCents" > 0);
ALTER TABLE "GrantPayment" ADD CONSTRAINT "GrantPayment_amount_check" CHECK ("amountCents" > 0);

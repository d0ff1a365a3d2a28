-- CreateEnum
CREATE TYPE "ExpertKind" AS ENUM ('amo', 'expert', 'provider');

-- CreateEnum
CREATE TYPE "MissionStatus" AS ENUM ('proposed', 'ordered', 'in_progress', 'delivered', 'closed', 'cancelled');

-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('steering_committee', 'technical_committee', 'selection_committee', 'working_group');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('planned', 'held', 'cancelled');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('present', 'excused', 'absent');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('open', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "RaciRole" AS ENUM ('responsible', 'accountable', 'consulted', 'informed');

-- CreateTable
CREATE TABLE "Expert" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ExpertKind" NOT NULL,
    "siret" VARCHAR(14),
    "skills" TEXT[],
    "dailyRateCents" BIGINT,
    "rateNote" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mission" (
    "id" UUID NOT NULL,
    "expertId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "days" DOUBLE PRECISION,
    "budgetCents" BIGINT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "MissionStatus" NOT NULL DEFAULT 'proposed',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionDeliverable" (
    "id" UUID NOT NULL,
    "missionId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "deliveredOn" DATE,

    CONSTRAINT "MissionDeliverable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovernanceBody" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "kind" "BodyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GovernanceBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BodyMember" (
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "role" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BodyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "agenda" TEXT NOT NULL DEFAULT '',
    "minutes" TEXT NOT NULL DEFAULT '',
    "status" "MeetingStatus" NOT NULL DEFAULT 'planned',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","memberId")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "projectId" UUID,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "projectId" UUID,
    "title" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RaciAssignment" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "activity" TEXT NOT NULL,
    "party" TEXT NOT NULL,
    "role" "RaciRole" NOT NULL,

    CONSTRAINT "RaciAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Expert_name_idx" ON "Expert"("name");

-- CreateIndex
CREATE INDEX "Mission_expertId_startsOn_idx" ON "Mission"("expertId", "startsOn");

-- CreateIndex
CREATE INDEX "Mission_projectId_idx" ON "Mission"("projectId");

-- CreateIndex
CREATE INDEX "MissionDeliverable_missionId_idx" ON "MissionDeliverable"("missionId");

-- CreateIndex
CREATE INDEX "GovernanceBody_programmeId_idx" ON "GovernanceBody"("programmeId");

-- CreateIndex
CREATE INDEX "BodyMember_bodyId_idx" ON "BodyMember"("bodyId");

-- CreateIndex
CREATE INDEX "Meeting_bodyId_startsAt_idx" ON "Meeting"("bodyId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "MeetingDecision_meetingId_idx" ON "MeetingDecision"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingDecision_projectId_idx" ON "MeetingDecision"("projectId");

-- CreateIndex
CREATE INDEX "ActionItem_status_dueOn_idx" ON "ActionItem"("status", "dueOn");

-- CreateIndex
CREATE INDEX "ActionItem_projectId_idx" ON "ActionItem"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "RaciAssignment_projectId_activity_party_key" ON "RaciAssignment"("projectId", "activity", "party");

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionDeliverable" ADD CONSTRAINT "MissionDeliverable_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovernanceBody" ADD CONSTRAINT "GovernanceBody_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMember" ADD CONSTRAINT "BodyMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "GovernanceBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "BodyMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RaciAssignment" ADD CONSTRAINT "RaciAssignment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rules Prisma cannot express; the domain checks them first, with French messages.
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_rate_check" CHECK ("dailyRateCents" IS NULL OR "dailyRateCents" >= 0);
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_dates_check" CHECK ("startsOn" <= "endsOn");
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_days_check" CHECK ("days" IS NULL OR "days" >= 0);
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_budget_check" CHECK ("budgetCents" IS NULL OR "budgetCents" >= 0);

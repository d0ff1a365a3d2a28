-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('site_visit', 'workshop', 'meeting', 'meetup', 'assises', 'fair');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'published', 'cancelled');

-- CreateEnum
CREATE TYPE "PublicationKind" AS ENUM ('news', 'initiative', 'resource', 'thematic');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('draft', 'review', 'scheduled', 'published', 'archived');

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "communeInseeCode" VARCHAR(5),
    "programmeId" UUID,
    "capacity" INTEGER,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventProject" (
    "eventId" UUID NOT NULL,
    "projectId" UUID NOT NULL,

    CONSTRAINT "EventProject_pkey" PRIMARY KEY ("eventId","projectId")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PublicationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationCommune" (
    "publicationId" UUID NOT NULL,
    "communeInseeCode" VARCHAR(5) NOT NULL,

    CONSTRAINT "PublicationCommune_pkey" PRIMARY KEY ("publicationId","communeInseeCode")
);

-- CreateTable
CREATE TABLE "PublicationProject" (
    "publicationId" UUID NOT NULL,
    "projectId" UUID NOT NULL,

    CONSTRAINT "PublicationProject_pkey" PRIMARY KEY ("publicationId","projectId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startsAt_idx" ON "Event"("startsAt");

-- CreateIndex
CREATE INDEX "Event_communeInseeCode_idx" ON "Event"("communeInseeCode");

-- CreateIndex
CREATE INDEX "Event_programmeId_idx" ON "Event"("programmeId");

-- CreateIndex
CREATE INDEX "EventProject_projectId_idx" ON "EventProject"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");

-- CreateIndex
CREATE INDEX "Publication_status_publishAt_idx" ON "Publication"("status", "publishAt");

-- CreateIndex
CREATE INDEX "PublicationCommune_communeInseeCode_idx" ON "PublicationCommune"("communeInseeCode");

-- CreateIndex
CREATE INDEX "PublicationProject_projectId_idx" ON "PublicationProject"("projectId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_communeInseeCode_fkey" FOREIGN KEY ("communeInseeCode") REFERENCES "Commune"("inseeCode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventProject" ADD CONSTRAINT "EventProject_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventProject" ADD CONSTRAINT "EventProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationCommune" ADD CONSTRAINT "PublicationCommune_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationCommune" ADD CONSTRAINT "PublicationCommune_communeInseeCode_fkey" FOREIGN KEY ("communeInseeCode") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationProject" ADD CONSTRAINT "PublicationProject_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationProject" ADD CONSTRAINT "PublicationProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: what the schema language cannot say.
ALTER TABLE "Event" ADD CONSTRAINT "Event_dates_check" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0);
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_scheduled_check" CHECK ("status" NOT IN ('scheduled', 'published') OR "publishAt" IS NOT NULL);

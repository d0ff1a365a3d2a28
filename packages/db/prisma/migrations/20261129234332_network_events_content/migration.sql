-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('consent', 'legitimate_interest', 'public_task', 'contract');

-- CreateEnum
CREATE TYPE "NetworkKind" AS ENUM ('town_centre_managers', 'craft_referents', 'experts', 'partners', 'working_group', 'other');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('confirmed', 'waiting', 'cancelled');

-- CreateEnum
CREATE TYPE "GuideChapterStatus" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'accepted', 'declined', 'withdrawn');

-- CreateEnum
CREATE TYPE "CommunicationChannel" AS ENUM ('website', 'newsletter', 'social_media', 'press', 'email', 'print', 'event', 'other');

-- CreateEnum
CREATE TYPE "CommunicationStatus" AS ENUM ('planned', 'in_progress', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "WatchItemStatus" AS ENUM ('new', 'kept', 'dismissed', 'converted');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'partner';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "organisationId" UUID;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "communeInseeCode" VARCHAR(5),
ADD COLUMN     "email" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "siret" VARCHAR(14),
ADD COLUMN     "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "website" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "organisationId" UUID,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT NOT NULL DEFAULT '',
    "legalBasis" "LegalBasis" NOT NULL,
    "noticeGivenAt" TIMESTAMPTZ(3),
    "consentAt" TIMESTAMPTZ(3),
    "lastContactAt" DATE NOT NULL,
    "anonymisedAt" TIMESTAMPTZ(3),
    "notes" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "NetworkKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "parentId" UUID,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMember" (
    "id" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "contactId" UUID,
    "userId" UUID,
    "role" TEXT NOT NULL DEFAULT '',
    "joinedOn" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMeeting" (
    "id" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "agenda" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NetworkMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "EventPartner_pkey" PRIMARY KEY ("eventId","organisationId")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "cancelTokenHash" VARCHAR(64) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "attended" BOOLEAN,
    "reminderSentAt" TIMESTAMPTZ(3),
    "surveySentAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSurveyResponse" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventSurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationVersion" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationImage" (
    "id" UUID NOT NULL,
    "publicationId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "alt" TEXT NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuideChapter" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "status" "GuideChapterStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GuideChapter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuideProposal" (
    "id" UUID NOT NULL,
    "chapterId" UUID NOT NULL,
    "authorId" UUID,
    "baseVersion" INTEGER NOT NULL,
    "proposedTitle" TEXT NOT NULL,
    "proposedBody" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "status" "ProposalStatus" NOT NULL DEFAULT 'pending',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionComment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GuideProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationAction" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "channel" "CommunicationChannel" NOT NULL,
    "audience" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL DEFAULT '',
    "plannedOn" DATE NOT NULL,
    "ownerId" UUID,
    "status" "CommunicationStatus" NOT NULL DEFAULT 'planned',
    "eventId" UUID,
    "publicationId" UUID,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CommunicationAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchSource" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastFetchedAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WatchSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchItem" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "guid" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMPTZ(3),
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "relevance" INTEGER NOT NULL DEFAULT 0,
    "status" "WatchItemStatus" NOT NULL DEFAULT 'new',
    "publicationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WatchItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Contact_organisationId_idx" ON "Contact"("organisationId");

-- CreateIndex
CREATE INDEX "Contact_lastContactAt_idx" ON "Contact"("lastContactAt");

-- CreateIndex
CREATE INDEX "Network_parentId_idx" ON "Network"("parentId");

-- CreateIndex
CREATE INDEX "NetworkMember_contactId_idx" ON "NetworkMember"("contactId");

-- CreateIndex
CREATE INDEX "NetworkMember_userId_idx" ON "NetworkMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkMember_networkId_contactId_key" ON "NetworkMember"("networkId", "contactId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkMember_networkId_userId_key" ON "NetworkMember"("networkId", "userId");

-- CreateIndex
CREATE INDEX "NetworkMeeting_networkId_startsAt_idx" ON "NetworkMeeting"("networkId", "startsAt");

-- CreateIndex
CREATE INDEX "EventPartner_organisationId_idx" ON "EventPartner"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_cancelTokenHash_key" ON "EventRegistration"("cancelTokenHash");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_createdAt_idx" ON "EventRegistration"("eventId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_email_key" ON "EventRegistration"("eventId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "EventSurveyResponse_registrationId_key" ON "EventSurveyResponse"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationVersion_publicationId_number_key" ON "PublicationVersion"("publicationId", "number");

-- CreateIndex
CREATE INDEX "PublicationImage_publicationId_idx" ON "PublicationImage"("publicationId");

-- CreateIndex
CREATE INDEX "PublicationImage_fileId_idx" ON "PublicationImage"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "GuideChapter_slug_key" ON "GuideChapter"("slug");

-- CreateIndex
CREATE INDEX "GuideChapter_position_idx" ON "GuideChapter"("position");

-- CreateIndex
CREATE INDEX "GuideProposal_chapterId_status_idx" ON "GuideProposal"("chapterId", "status");

-- CreateIndex
CREATE INDEX "CommunicationAction_plannedOn_idx" ON "CommunicationAction"("plannedOn");

-- CreateIndex
CREATE INDEX "CommunicationAction_eventId_idx" ON "CommunicationAction"("eventId");

-- CreateIndex
CREATE INDEX "CommunicationAction_publicationId_idx" ON "CommunicationAction"("publicationId");

-- CreateIndex
CREATE UNIQUE INDEX "WatchSource_url_key" ON "WatchSource"("url");

-- CreateIndex
CREATE INDEX "WatchItem_status_publishedAt_idx" ON "WatchItem"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WatchItem_sourceId_guid_key" ON "WatchItem"("sourceId", "guid");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMeeting" ADD CONSTRAINT "NetworkMeeting_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSurveyResponse" ADD CONSTRAINT "EventSurveyResponse_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationVersion" ADD CONSTRAINT "PublicationVersion_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationVersion" ADD CONSTRAINT "PublicationVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationImage" ADD CONSTRAINT "PublicationImage_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationImage" ADD CONSTRAINT "PublicationImage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideProposal" ADD CONSTRAINT "GuideProposal_chapterId_fkey" FOREIGN KEY ("chapterId") REFERENCES "GuideChapter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideProposal" ADD CONSTRAINT "GuideProposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideProposal" ADD CONSTRAINT "GuideProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationAction" ADD CONSTRAINT "CommunicationAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationAction" ADD CONSTRAINT "CommunicationAction_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationAction" ADD CONSTRAINT "CommunicationAction_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchItem" ADD CONSTRAINT "WatchItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "WatchSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchItem" ADD CONSTRAINT "WatchItem_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: what the schema language cannot say.
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_one_member_check" CHECK (("contactId" IS NULL) <> ("userId" IS NULL));
ALTER TABLE "EventSurveyResponse" ADD CONSTRAINT "EventSurveyResponse_rating_check" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "PublicationImage" ADD CONSTRAINT "PublicationImage_alt_check" CHECK (length(btrim("alt")) > 0);
ALTER TABLE "WatchItem" ADD CONSTRAINT "WatchItem_relevance_check" CHECK ("relevance" BETWEEN 0 AND 3);
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_siret_check" CHECK ("siret" IS NULL OR "siret" ~ '^[0-9]{14}$');
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_consent_check" CHECK ("legalBasis" <> 'consent' OR "consentAt" IS NOT NULL OR "anonymisedAt" IS NOT NULL);

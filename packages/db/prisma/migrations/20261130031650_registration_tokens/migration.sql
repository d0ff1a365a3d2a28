-- Each e-mail sent to a registrant carries its own token, and the earlier ones stay valid:
-- the tokens move from one column to a table of their own, existing links kept.

-- CreateTable
CREATE TABLE "EventRegistrationToken" (
    "tokenHash" VARCHAR(64) NOT NULL,
    "registrationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRegistrationToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "EventRegistrationToken_registrationId_idx" ON "EventRegistrationToken"("registrationId");

-- AddForeignKey
ALTER TABLE "EventRegistrationToken" ADD CONSTRAINT "EventRegistrationToken_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The links already sent keep working.
INSERT INTO "EventRegistrationToken" ("tokenHash", "registrationId", "createdAt")
SELECT "cancelTokenHash", "id", "updatedAt" FROM "EventRegistration";

-- DropIndex
DROP INDEX "EventRegistration_cancelTokenHash_key";

-- AlterTable
ALTER TABLE "EventRegistration" DROP COLUMN "cancelTokenHash";

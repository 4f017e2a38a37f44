-- CreateTable
CREATE TABLE "JobOffer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recruiterId" TEXT,
    "title" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "contract" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "remote" BOOLEAN NOT NULL,
    "languages" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "apply" TEXT NOT NULL,
    "closesOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "JobOffer_recruiterId_fkey" FOREIGN KEY ("recruiterId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferJob" (
    "offerId" TEXT NOT NULL,
    "job" TEXT NOT NULL,

    PRIMARY KEY ("offerId", "job"),
    CONSTRAINT "OfferJob_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "JobOffer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "JobOffer_status_closesOn_idx" ON "JobOffer"("status", "closesOn");

-- CreateIndex
CREATE INDEX "JobOffer_recruiterId_idx" ON "JobOffer"("recruiterId");

-- CreateIndex
CREATE INDEX "OfferJob_job_idx" ON "OfferJob"("job");

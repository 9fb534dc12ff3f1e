CREATE TABLE "ClaimVerdicts" (
    "Fingerprint" TEXT NOT NULL CONSTRAINT "PK_ClaimVerdicts" PRIMARY KEY,
    "Reading" TEXT NOT NULL,
    "DisputeId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "DisputeItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DisputeItems" PRIMARY KEY AUTOINCREMENT,
    "FactKey" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Attribute" TEXT NOT NULL,
    "Scope" TEXT NULL,
    "Modality" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DismissReason" TEXT NULL,
    "CorrectValue" TEXT NULL,
    "Note" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "PreviousDecision" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "Severity" TEXT NOT NULL,
    "UnitConfusion" INTEGER NOT NULL,
    "Groups" TEXT NOT NULL,
    "DecidedGroups" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "VerdictCause" TEXT NULL,
    "VerdictSameFact" INTEGER NULL,
    "VerdictDisagree" INTEGER NULL,
    "VerdictExplanation" TEXT NULL,
    "VerdictConfidence" REAL NULL,
    "VerdictModel" TEXT NULL,
    "VerdictAt" TEXT NULL,
    "StaleSince" TEXT NULL
);


CREATE TABLE "Documents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY AUTOINCREMENT,
    "ContentHash" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Title" TEXT NULL,
    "PublishedOn" TEXT NULL,
    "Language" TEXT NOT NULL,
    "Script" TEXT NULL,
    "Text" TEXT NOT NULL,
    "IngestedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "IngestionRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IngestionRuns" PRIMARY KEY AUTOINCREMENT,
    "Trigger" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "New" INTEGER NOT NULL,
    "Updated" INTEGER NOT NULL,
    "Unchanged" INTEGER NOT NULL,
    "Failed" INTEGER NOT NULL,
    "Errors" TEXT NOT NULL
);


CREATE TABLE "LlmAnswers" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_LlmAnswers" PRIMARY KEY,
    "Model" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "Tokens" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "Claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Claims" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" INTEGER NOT NULL,
    "Subject" TEXT NOT NULL,
    "Attribute" TEXT NOT NULL,
    "Low" REAL NULL,
    "High" REAL NULL,
    "Unit" TEXT NULL,
    "Qualifier" TEXT NULL,
    "StatedUnit" TEXT NULL,
    "DateFrom" TEXT NULL,
    "DateTo" TEXT NULL,
    "TimeFrom" TEXT NULL,
    "TimeTo" TEXT NULL,
    "Scope" TEXT NULL,
    "Modality" TEXT NULL,
    "AsOf" TEXT NULL,
    "Start" INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    "SentenceStart" INTEGER NOT NULL,
    "SentenceEnd" INTEGER NOT NULL,
    "Sentence" TEXT NOT NULL,
    "Origin" TEXT NULL,
    "Model" TEXT NULL,
    "Fingerprint" TEXT NOT NULL,
    CONSTRAINT "FK_Claims_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);


CREATE TABLE "DocumentMentions" (
    "DocumentId" INTEGER NOT NULL CONSTRAINT "PK_DocumentMentions" PRIMARY KEY,
    "Count" INTEGER NOT NULL,
    "Packed" BLOB NOT NULL,
    CONSTRAINT "FK_DocumentMentions_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ReviewItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewItems" PRIMARY KEY AUTOINCREMENT,
    "PairKey" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Note" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Attribute" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Severity" TEXT NOT NULL,
    "WithinDocument" INTEGER NOT NULL,
    "ClaimAId" INTEGER NOT NULL,
    "DocumentAId" INTEGER NOT NULL,
    "FingerprintA" TEXT NOT NULL,
    "ClaimBId" INTEGER NOT NULL,
    "DocumentBId" INTEGER NOT NULL,
    "FingerprintB" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "StaleSince" TEXT NULL,
    "CarriedToDisputeId" INTEGER NULL,
    CONSTRAINT "FK_ReviewItems_Documents_DocumentAId" FOREIGN KEY ("DocumentAId") REFERENCES "Documents" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ReviewItems_Documents_DocumentBId" FOREIGN KEY ("DocumentBId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_Claims_DocumentId" ON "Claims" ("DocumentId");


CREATE INDEX "IX_Claims_Subject_Attribute" ON "Claims" ("Subject", "Attribute");


CREATE UNIQUE INDEX "IX_DisputeItems_FactKey" ON "DisputeItems" ("FactKey");


CREATE INDEX "IX_DisputeItems_Status" ON "DisputeItems" ("Status");


CREATE UNIQUE INDEX "IX_Documents_ContentHash" ON "Documents" ("ContentHash");


CREATE UNIQUE INDEX "IX_Documents_Source" ON "Documents" ("Source");


CREATE INDEX "IX_IngestionRuns_StartedAt" ON "IngestionRuns" ("StartedAt");


CREATE INDEX "IX_ReviewItems_DocumentAId" ON "ReviewItems" ("DocumentAId");


CREATE INDEX "IX_ReviewItems_DocumentBId" ON "ReviewItems" ("DocumentBId");


CREATE UNIQUE INDEX "IX_ReviewItems_PairKey" ON "ReviewItems" ("PairKey");


CREATE INDEX "IX_ReviewItems_Status" ON "ReviewItems" ("Status");



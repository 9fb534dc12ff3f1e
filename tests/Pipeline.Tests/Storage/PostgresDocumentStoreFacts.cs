using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class PostgresDocumentStoreFacts(PostgresDatabaseFixture database)
    : DocumentStoreFacts(database.Options), IClassFixture<PostgresDatabaseFixture>
{
    protected override string ExpectedProvider => "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override Task AddPoisonTriggerAsync(PipelineDbContext db) => db.Database.ExecuteSqlRawAsync(
        """
        CREATE OR REPLACE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."Source" LIKE 'poison:%' THEN RAISE EXCEPTION 'poisoned document'; END IF;
            RETURN NEW;
        END $$;
        CREATE OR REPLACE TRIGGER poison BEFORE INSERT ON "Documents" FOR EACH ROW EXECUTE FUNCTION poison();
        """);
}

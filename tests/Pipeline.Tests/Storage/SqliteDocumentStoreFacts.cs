using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Storage;

public sealed class SqliteDocumentStoreFacts(SqliteDatabaseFixture database)
    : DocumentStoreFacts(database.Options), IClassFixture<SqliteDatabaseFixture>
{
    protected override string ExpectedProvider => "Microsoft.EntityFrameworkCore.Sqlite";

    protected override Task AddPoisonTriggerAsync(PipelineDbContext db) => db.Database.ExecuteSqlRawAsync(
        """
        CREATE TRIGGER IF NOT EXISTS poison BEFORE INSERT ON "Documents"
        WHEN NEW."Source" LIKE 'poison:%'
        BEGIN SELECT RAISE(ABORT, 'poisoned document'); END;
        """);
}

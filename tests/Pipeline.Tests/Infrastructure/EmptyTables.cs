using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;

namespace Pipeline.Tests.Infrastructure;

/// <summary>Creates the pipeline's tables if missing and empties them, so a test starts from nothing.</summary>
internal static class EmptyTables
{
    public static async Task ResetAsync(StorageOptions options)
    {
        await PipelineDatabase.EnsureCreatedAsync(options);
        await using var db = PipelineDatabase.Open(options);
        await db.IngestionRuns.ExecuteDeleteAsync();
        await db.ClaimVerdicts.ExecuteDeleteAsync();
        await db.DisputeItems.ExecuteDeleteAsync();
        await db.ReviewItems.ExecuteDeleteAsync();
        await db.Claims.ExecuteDeleteAsync();
        await db.Mentions.ExecuteDeleteAsync();
        await db.Documents.ExecuteDeleteAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>
/// The <c>Mentions</c> table of the versions that stored a row per mention. A database that still
/// has it gets its rows packed into <see cref="DocumentMentions"/>, document by document, and the
/// table dropped: inside the schema check's transaction, so the move happens once, whole.
/// </summary>
internal static class LegacyMentionTable
{
    public const string Name = "Mentions";

    // Bounds what is held in memory at once: the old table of a large corpus had millions of rows.
    private const int DocumentsPerRead = 500;

    public static async Task ConvertAsync(PipelineDbContext db, CancellationToken ct)
    {
        var documents = await db.Database
            .SqlQuery<int>($"SELECT DISTINCT \"DocumentId\" AS \"Value\" FROM \"Mentions\" WHERE \"DocumentId\" IN (SELECT \"Id\" FROM \"Documents\") ORDER BY 1")
            .ToListAsync(ct);
        foreach (var chunk in documents.Chunk(DocumentsPerRead))
        {
            int first = chunk[0], last = chunk[^1];
            var rows = await db.Database.SqlQuery<Row>($"""
                SELECT "DocumentId", "Kind", "Start", "End", "Surface", "EntityId", "EntityKind", "Verified", "Low", "High",
                       "Unit", "Qualifier", "StatedUnit", "DateFrom", "DateTo"
                FROM "Mentions" WHERE "DocumentId" BETWEEN {first} AND {last} ORDER BY "DocumentId", "Start", "Id"
                """).ToListAsync(ct);
            var packed = rows.GroupBy(r => r.DocumentId).Where(g => chunk.Contains(g.Key)).Select(g => MentionPacking.Pack(g.Key, g.Select(r => r.ToRecord())));
            await new BulkInserter<DocumentMentions>(db).InsertAsync([.. packed], ct);
        }
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE \"{Name}\"", ct);
    }

    /// <summary>A row of the old table, its enums stored by name.</summary>
    private sealed class Row
    {
        public int DocumentId { get; set; }
        public string Kind { get; set; } = "";
        public int Start { get; set; }
        public int End { get; set; }
        public string Surface { get; set; } = "";
        public string? EntityId { get; set; }
        public string? EntityKind { get; set; }
        public bool Verified { get; set; }
        public double? Low { get; set; }
        public double? High { get; set; }
        public string? Unit { get; set; }
        public string? Qualifier { get; set; }
        public string? StatedUnit { get; set; }
        public DateOnly? DateFrom { get; set; }
        public DateOnly? DateTo { get; set; }

        public MentionRecord ToRecord() => new()
        {
            DocumentId = DocumentId,
            Kind = Enum.Parse<MentionKind>(Kind),
            Start = Start,
            End = End,
            Surface = Surface,
            EntityId = EntityId,
            EntityKind = EntityKind is null ? null : Enum.Parse<EntityKind>(EntityKind),
            Verified = Verified,
            Low = Low,
            High = High,
            Unit = Unit,
            Qualifier = Qualifier is null ? null : Enum.Parse<Qualifier>(Qualifier),
            StatedUnit = StatedUnit,
            DateFrom = DateFrom,
            DateTo = DateTo,
        };
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

/// <summary>Schema creation by <see cref="PipelineDatabase.EnsureCreatedAsync"/>, against each real database.</summary>
public abstract class PipelineDatabaseFacts
{
    /// <summary>Options naming a database that does not exist yet.</summary>
    protected abstract StorageOptions NewDatabase();

    [Fact]
    public async Task EnsureCreatedAsync_makes_a_fresh_database_ready_for_documents()
    {
        var options = NewDatabase();

        await PipelineDatabase.EnsureCreatedAsync(options);

        Assert.Equal(1, await SaveOneAsync(options));
    }

    [Fact]
    public async Task EnsureCreatedAsync_twice_is_harmless()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await SaveOneAsync(options);

        await PipelineDatabase.EnsureCreatedAsync(options);

        await using var db = PipelineDatabase.Open(options);
        Assert.Equal(1, await new DocumentStore(db).CountAsync());
    }

    [Fact]
    public async Task A_database_from_an_earlier_version_gains_the_tables_added_since()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await SaveOneAsync(options);
        await using (var db = PipelineDatabase.Open(options))
        {
            // The first schema had documents only.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Claims\"");
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"DocumentMentions\"");
        }

        await PipelineDatabase.EnsureCreatedAsync(options);

        await using var upgraded = PipelineDatabase.Open(options);
        Assert.Equal(1, await new DocumentStore(upgraded).CountAsync());
        Assert.Equal(0, await upgraded.Claims.CountAsync());
        Assert.Equal(0, await upgraded.Mentions.CountAsync());
    }

    [Fact]
    public async Task A_database_with_a_row_per_mention_has_them_packed_per_document_and_the_old_table_dropped()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await SaveOneAsync(options);
        await using (var db = PipelineDatabase.Open(options))
        {
            var document = await db.Documents.Select(d => d.Id).SingleAsync();
            // The table as the versions before packing made it, enums stored by name; one row of a document since deleted.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"DocumentMentions\"");
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE "Mentions" ("Id" BIGINT PRIMARY KEY, "DocumentId" INTEGER NOT NULL, "Kind" VARCHAR(16) NOT NULL,
                    "Start" INTEGER NOT NULL, "End" INTEGER NOT NULL, "Surface" TEXT NOT NULL, "EntityId" TEXT NULL,
                    "EntityKind" VARCHAR(16) NULL, "Verified" BOOLEAN NOT NULL, "Low" DOUBLE PRECISION NULL, "High" DOUBLE PRECISION NULL,
                    "Unit" VARCHAR(16) NULL, "Qualifier" VARCHAR(16) NULL, "StatedUnit" VARCHAR(16) NULL, "DateFrom" DATE NULL, "DateTo" DATE NULL)
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Mentions" VALUES
                    (1, {document}, 'Entity', 0, 2, '稀土', 'rare-earths', 'Material', TRUE, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                    (2, {document}, 'Date', 2, 4, '今年', NULL, NULL, TRUE, NULL, NULL, NULL, NULL, NULL, '2025-01-01', '2025-12-31'),
                    (3, {document}, 'Rate', 0, 6, '每磅110美元', NULL, NULL, TRUE, 242.5, 242.5, 'USD/kg', 'Exact', 'USD/lb', NULL, NULL),
                    (4, {document + 1000}, 'Entity', 0, 2, '稀土', 'rare-earths', 'Material', TRUE, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
                """);
        }

        var told = new List<string>();
        await PipelineDatabase.EnsureCreatedAsync(options, told.Add);

        Assert.Contains("packing the mentions", Assert.Single(told), StringComparison.Ordinal);
        await using var upgraded = PipelineDatabase.Open(options);
        var mentions = await new ExtractionStore(upgraded).MentionsAsync();
        // In text order, ties in the order they were stored; the orphan row is left behind.
        Assert.Equal(
            [(MentionKind.Entity, 0, "rare-earths"), (MentionKind.Rate, 0, null), (MentionKind.Date, 2, null)],
            mentions.Select(m => (m.Kind, m.Start, m.EntityId)));
        var rate = mentions[1];
        Assert.Equal((242.5, 242.5, "USD/kg", Qualifier.Exact, "USD/lb", "每磅110美元"), (rate.Low!.Value, rate.High!.Value, rate.Unit!, rate.Qualifier!.Value, rate.StatedUnit!, rate.Surface));
        Assert.Equal((EntityKind.Material, true), (mentions[0].EntityKind!.Value, mentions[0].Verified));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (mentions[2].DateFrom!.Value, mentions[2].DateTo!.Value));
        await Assert.ThrowsAnyAsync<Exception>(() => upgraded.Database.ExecuteSqlRawAsync("SELECT COUNT(*) FROM \"Mentions\""));
    }

    [Fact]
    public async Task A_database_from_before_the_answer_cache_gains_its_table_and_keeps_an_answer_once()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await SaveOneAsync(options);
        await using (var db = PipelineDatabase.Open(options))
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"LlmAnswers\"");
        }

        await PipelineDatabase.EnsureCreatedAsync(options);

        await using var upgraded = PipelineDatabase.Open(options);
        Assert.Equal(1, await new DocumentStore(upgraded).CountAsync());
        var store = new LlmAnswerStore(upgraded);
        Assert.Null(await store.FindAsync("k"));
        await store.SaveAsync(new LlmAnswer { Key = "k", Model = "m", Content = "first", Tokens = 120, CreatedAt = DateTimeOffset.UnixEpoch });
        await store.SaveAsync(new LlmAnswer { Key = "k", Model = "m", Content = "second", CreatedAt = DateTimeOffset.UnixEpoch });
        Assert.Equal("first", await store.FindAsync("k"));
        Assert.Equal(1, await upgraded.LlmAnswers.CountAsync());
    }

    [Fact]
    public async Task A_dispute_table_from_before_verdicts_gains_their_columns_and_keeps_its_items()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await using (var db = PipelineDatabase.Open(options))
        {
            db.DisputeItems.Add(new DisputeItem
            {
                FactKey = "china|mining-share", Subject = "china", Attribute = "mining-share", Modality = "actual", Unit = "%",
                Period = "2024", Reason = "70% vs 60%", Groups = "[]", CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
            });
            await db.SaveChangesAsync();
            foreach (var column in new[] { "VerdictCause", "VerdictSameFact", "VerdictDisagree", "VerdictExplanation", "VerdictConfidence", "VerdictModel", "VerdictAt" })
            {
#pragma warning disable EF1002 // constant column names
                await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"DisputeItems\" DROP COLUMN \"{column}\"");
#pragma warning restore EF1002
            }
        }

        await PipelineDatabase.EnsureCreatedAsync(options);

        await using var upgraded = PipelineDatabase.Open(options);
        var store = new DisputeStore(upgraded);
        var item = Assert.Single(await upgraded.DisputeItems.AsNoTracking().ToListAsync());
        Assert.Null(item.VerdictAt);
        var at = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        Assert.True(await store.SaveVerdictAsync(item.Id, new DisputeVerdict(true, false, "different-period", "2023 vs 2024", 0.6, "m", at)));
        var saved = Assert.Single(await upgraded.DisputeItems.AsNoTracking().ToListAsync());
        Assert.Equal(("different-period", 0.6, "m", at), (saved.VerdictCause, saved.VerdictConfidence, saved.VerdictModel, saved.VerdictAt));
    }

    [Fact]
    public async Task A_claim_table_from_before_model_claims_gains_their_origin_and_keeps_its_claims()
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        await using (var db = PipelineDatabase.Open(options))
        {
            await AddClaimsAsync(db, ["f"]);
            foreach (var column in new[] { "Origin", "Model" })
            {
#pragma warning disable EF1002 // constant column names
                await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"Claims\" DROP COLUMN \"{column}\"");
#pragma warning restore EF1002
            }
        }

        await PipelineDatabase.EnsureCreatedAsync(options);

        await using var upgraded = PipelineDatabase.Open(options);
        var rules = Assert.Single(await upgraded.Claims.ToListAsync());
        Assert.Equal(("rules", null), (rules.OriginName, rules.Model));
        rules.Origin = ClaimRecord.ModelOrigin;
        rules.Model = "m";
        await upgraded.SaveChangesAsync();
        var saved = Assert.Single(await upgraded.Claims.AsNoTracking().ToListAsync());
        Assert.Equal(("model", "m"), (saved.OriginName, saved.Model));
    }

    [Theory]
    [InlineData(false)] // the index of the whole fingerprint
    [InlineData(true)] // the index of a 64-bit key of it
    public async Task A_claim_table_indexed_by_fingerprint_loses_the_index_and_its_disputes_find_their_claims(bool keyed)
    {
        var options = NewDatabase();
        await PipelineDatabase.EnsureCreatedAsync(options);
        string[] fingerprints = [KeyHash.Of("a"), KeyHash.Of("b"), KeyHash.Of("c")];
        await using (var db = PipelineDatabase.Open(options))
        {
            await AddClaimsAsync(db, fingerprints);
            // A dispute as those versions stored it: fingerprints without documents; the third claim no longer stored.
            db.DisputeItems.Add(new DisputeItem
            {
                FactKey = "china|mining-share", Subject = "china", Attribute = "mining-share", Modality = "actual", Unit = "%", Period = "2024",
                Reason = "70% vs 60%", CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
                Groups = DisputeGroup.Serialize([new("70%", [fingerprints[0]], false), new("60%", [fingerprints[1], KeyHash.Of("gone")], true)]),
            });
            await db.SaveChangesAsync();
#pragma warning disable EF1002 // constant names
            if (keyed)
            {
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Claims\" ADD COLUMN \"FingerprintKey\" bigint NOT NULL DEFAULT 0");
                await db.Database.ExecuteSqlRawAsync("CREATE INDEX \"IX_Claims_FingerprintKey\" ON \"Claims\" (\"FingerprintKey\")");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("CREATE INDEX \"IX_Claims_Fingerprint\" ON \"Claims\" (\"Fingerprint\")");
            }
#pragma warning restore EF1002
        }

        var told = new List<string>();
        await PipelineDatabase.EnsureCreatedAsync(options, told.Add);

        await using var upgraded = PipelineDatabase.Open(options);
        Assert.Equal(fingerprints, await upgraded.Claims.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Fingerprint).ToListAsync());
        Assert.DoesNotContain(await IndexesOfClaimsAsync(upgraded), i => i.StartsWith("IX_Claims_Fingerprint", StringComparison.Ordinal));
        var document = (await upgraded.Documents.SingleAsync()).Id;
        var item = await upgraded.DisputeItems.AsNoTracking().SingleAsync();
        Assert.Equal([[document], [document, 0]], DisputeGroup.Parse(item.Groups).Select(g => g.Documents));
        var entry = await new DisputeStore(upgraded).FindAsync(item.Id);
        Assert.Equal([[fingerprints[0]], [fingerprints[1]]], entry!.Groups.Select(g => g.Claims.Select(c => c.Claim.Fingerprint)));
        // New claims are stored without the key, and a second check leaves the table as it is.
        await new ExtractionStore(upgraded).ReplaceAsync([(document, [], [new Claim("china", "mining-share", new Measure(60, 60, "%", Qualifier.Exact), null, null, 0, 3, 0, 14, "中国占全球稀土开采的60%。")])]);
        await PipelineDatabase.EnsureCreatedAsync(options, told.Add);
        Assert.Equal(1, await upgraded.Claims.CountAsync());
        Assert.Contains("fingerprint index", Assert.Single(told), StringComparison.Ordinal); // said once, on the upgrade
    }

    /// <summary>A document with a claim of each fingerprint, all reading its one sentence.</summary>
    private static async Task AddClaimsAsync(PipelineDbContext db, IEnumerable<string> fingerprints)
    {
        var document = new Document
        {
            ContentHash = ContentHash.Of("中国占全球稀土开采的70%。"), Source = "/corpus/a.txt", Language = "zh", Text = "中国占全球稀土开采的70%。",
            IngestedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        db.Claims.AddRange(fingerprints.Select(f => new ClaimRecord
        {
            DocumentId = document.Id, Subject = "china", Attribute = "mining-share", Low = 70, High = 70, Unit = "%",
            Start = 10, End = 13, SentenceEnd = 14, Sentence = document.Text, Fingerprint = f,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> IndexesOfClaimsAsync(PipelineDbContext db) =>
        await (db.Database.IsNpgsql()
            ? db.Database.SqlQuery<string>($"SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Claims' AND schemaname = current_schema()")
            : db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Claims'"))
            .ToListAsync();

    [Fact]
    public async Task Processes_creating_the_schema_at_once_all_succeed()
    {
        var options = NewDatabase();

        // Each call has its own context and connection, as separate processes would.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PipelineDatabase.EnsureCreatedAsync(options))));

        Assert.Equal(1, await SaveOneAsync(options));
    }

    [Fact]
    public async Task Tables_of_other_components_in_the_database_do_not_stop_ours()
    {
        var options = NewDatabase();
        await using (var db = PipelineDatabase.Open(options))
        {
            // As Hangfire's storage would, sharing the database.
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync();
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE other_component_job (id integer PRIMARY KEY)");
        }

        await PipelineDatabase.EnsureCreatedAsync(options);

        Assert.Equal(1, await SaveOneAsync(options));
    }

    private static async Task<int> SaveOneAsync(StorageOptions options)
    {
        await using var db = PipelineDatabase.Open(options);
        var store = new DocumentStore(db);
        await store.SaveAsync(new IncomingDocument("/corpus/a.txt", "稀土出口管制", null, null, "zh", "Hans"));
        return await store.CountAsync();
    }
}

using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>
/// The one model, for both providers. Open it with <see cref="PipelineDatabase.Open"/>; add each
/// new table as an <see cref="IEntityTypeConfiguration{TEntity}"/> in its own file.
/// </summary>
public sealed class PipelineDbContext(DbContextOptions<PipelineDbContext> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentMentions> Mentions => Set<DocumentMentions>();

    public DbSet<ClaimRecord> Claims => Set<ClaimRecord>();

    public DbSet<ReviewItem> ReviewItems => Set<ReviewItem>();

    public DbSet<DisputeItem> DisputeItems => Set<DisputeItem>();

    public DbSet<ClaimVerdict> ClaimVerdicts => Set<ClaimVerdict>();

    public DbSet<IngestionRun> IngestionRuns => Set<IngestionRun>();

    public DbSet<LlmAnswer> LlmAnswers => Set<LlmAnswer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DocumentConfiguration());
        modelBuilder.ApplyConfiguration(new DocumentMentionsConfiguration());
        modelBuilder.ApplyConfiguration(new ClaimConfiguration());
        modelBuilder.ApplyConfiguration(new ReviewItemConfiguration());
        modelBuilder.ApplyConfiguration(new DisputeItemConfiguration());
        modelBuilder.ApplyConfiguration(new ClaimVerdictConfiguration());
        modelBuilder.ApplyConfiguration(new IngestionRunConfiguration());
        modelBuilder.ApplyConfiguration(new LlmAnswerConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is stored in UTC. EF builds and caches one model per provider, so
        // the provider test here is safe.
        if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTimestampConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteUtcTimestampConverter>();
        }
    }
}

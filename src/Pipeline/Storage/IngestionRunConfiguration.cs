using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class IngestionRunConfiguration : IEntityTypeConfiguration<IngestionRun>
{
    public void Configure(EntityTypeBuilder<IngestionRun> run)
    {
        run.ToTable("IngestionRuns");
        run.HasKey(r => r.Id);
        run.Property(r => r.Trigger).HasMaxLength(32);
        run.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        run.HasIndex(r => r.StartedAt);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class DisputeItemConfiguration : IEntityTypeConfiguration<DisputeItem>
{
    public void Configure(EntityTypeBuilder<DisputeItem> item)
    {
        item.ToTable("DisputeItems");
        item.HasKey(i => i.Id);
        item.Property(i => i.FactKey).HasMaxLength(512);
        item.HasIndex(i => i.FactKey).IsUnique();
        item.HasIndex(i => i.Status);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.DismissReason).HasConversion<string>().HasMaxLength(32);
        item.Property(i => i.Severity).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.Modality).HasMaxLength(16);
        item.Property(i => i.VerdictCause).HasMaxLength(32);
        item.Property(i => i.VerdictModel).HasMaxLength(200);
        // No foreign keys to claims or documents: the snapshot names claims by fingerprint, which outlive re-analysis.
    }
}

internal sealed class ClaimVerdictConfiguration : IEntityTypeConfiguration<ClaimVerdict>
{
    public void Configure(EntityTypeBuilder<ClaimVerdict> verdict)
    {
        verdict.ToTable("ClaimVerdicts");
        verdict.HasKey(v => v.Fingerprint);
        verdict.Property(v => v.Fingerprint).HasMaxLength(64);
        verdict.Property(v => v.Reading).HasMaxLength(64);
    }
}

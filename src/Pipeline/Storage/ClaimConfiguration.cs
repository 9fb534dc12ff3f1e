using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<ClaimRecord>
{
    public void Configure(EntityTypeBuilder<ClaimRecord> claim)
    {
        claim.ToTable("Claims");
        claim.HasKey(c => c.Id);
        claim.HasOne<Document>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        claim.HasIndex(c => new { c.Subject, c.Attribute });
        claim.HasIndex(c => c.DocumentId);
        claim.Property(c => c.Fingerprint).HasMaxLength(64);
        claim.Property(c => c.Qualifier).HasConversion<string>().HasMaxLength(16);
        claim.Property(c => c.Unit).HasMaxLength(16);
        claim.Property(c => c.StatedUnit).HasMaxLength(16);
        claim.Property(c => c.Scope).HasMaxLength(Claims.Claim.MaxScopeLength);
        claim.Property(c => c.Origin).HasMaxLength(16);
        claim.Property(c => c.Model).HasMaxLength(128);
        claim.Ignore(c => c.OriginName);
        claim.Property(c => c.Modality).HasConversion<string>().HasMaxLength(16);
    }
}

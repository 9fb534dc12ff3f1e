using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItem>
{
    public void Configure(EntityTypeBuilder<ReviewItem> item)
    {
        item.ToTable("ReviewItems");
        item.HasKey(i => i.Id);
        item.Property(i => i.PairKey).HasMaxLength(129);
        item.HasIndex(i => i.PairKey).IsUnique();
        item.HasIndex(i => i.Status);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.Severity).HasConversion<string>().HasMaxLength(16);
        item.Property(i => i.FingerprintA).HasMaxLength(64);
        item.Property(i => i.FingerprintB).HasMaxLength(64);
        // No foreign keys to Claims: claims are re-created on re-analysis, items outlive them.
        item.HasOne<Document>().WithMany().HasForeignKey(i => i.DocumentAId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<Document>().WithMany().HasForeignKey(i => i.DocumentBId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<MentionRecord>
{
    public void Configure(EntityTypeBuilder<MentionRecord> mention)
    {
        mention.ToTable("Mentions");
        mention.HasKey(m => m.Id);
        mention.HasOne<Document>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
        mention.HasIndex(m => new { m.DocumentId, m.Start });
        mention.HasIndex(m => m.EntityId);
        mention.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        mention.Property(m => m.EntityKind).HasConversion<string>().HasMaxLength(16);
        mention.Property(m => m.Qualifier).HasConversion<string>().HasMaxLength(16);
        mention.Property(m => m.Unit).HasMaxLength(16);
        mention.Property(m => m.StatedUnit).HasMaxLength(16);
    }
}

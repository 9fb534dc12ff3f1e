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
        // One index, for a document's mentions in text order. Every other index would cost each of
        // the millions of inserts, and entities are looked up in the Lucene index instead.
        mention.HasIndex(m => new { m.DocumentId, m.Start });
        mention.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        mention.Property(m => m.EntityKind).HasConversion<string>().HasMaxLength(16);
        mention.Property(m => m.Qualifier).HasConversion<string>().HasMaxLength(16);
        mention.Property(m => m.Unit).HasMaxLength(16);
        mention.Property(m => m.StatedUnit).HasMaxLength(16);
    }
}

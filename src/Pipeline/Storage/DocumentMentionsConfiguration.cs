using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class DocumentMentionsConfiguration : IEntityTypeConfiguration<DocumentMentions>
{
    public void Configure(EntityTypeBuilder<DocumentMentions> mentions)
    {
        mentions.ToTable("DocumentMentions");
        mentions.HasKey(m => m.DocumentId);
        mentions.Property(m => m.DocumentId).ValueGeneratedNever();
        mentions.HasOne<Document>().WithOne().HasForeignKey<DocumentMentions>(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

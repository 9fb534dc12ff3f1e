using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.ToTable("Documents");
        document.HasKey(d => d.Id);

        document.Property(d => d.ContentHash).HasMaxLength(64);
        document.HasIndex(d => d.ContentHash).IsUnique();

        // Unbounded (text on both providers). On PostgreSQL, whose btree entries hold about 2.7 KB,
        // the schema creator puts this index on the source's MD5 instead (PostgresSourceIndex).
        document.Property(d => d.Source);
        document.HasIndex(d => d.Source).IsUnique();

        document.Property(d => d.Language).HasMaxLength(8);
        document.Property(d => d.Script).HasMaxLength(8);

        // No max length: text on PostgreSQL, TEXT on SQLite.
        document.Property(d => d.Text);
        document.Property(d => d.Title);

        // DateOnly maps natively: date on PostgreSQL, 'yyyy-MM-dd' TEXT on SQLite.
        document.Property(d => d.PublishedOn);
    }
}

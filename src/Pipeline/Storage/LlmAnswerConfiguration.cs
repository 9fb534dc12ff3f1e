using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pipeline.Storage;

internal sealed class LlmAnswerConfiguration : IEntityTypeConfiguration<LlmAnswer>
{
    public void Configure(EntityTypeBuilder<LlmAnswer> answer)
    {
        answer.ToTable("LlmAnswers");
        answer.HasKey(a => a.Key);
        answer.Property(a => a.Key).HasMaxLength(64);
        answer.Property(a => a.Model).HasMaxLength(200);
    }
}

using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Extraction.Gold;

/// <summary>The extractors ingestion uses, configured from the repository's config/ folder.</summary>
internal static class DefaultExtractors
{
    public static MentionExtractor Create() =>
        MentionExtractor.Create(SeedCorpus.ConfigFolder, Lexicon.Load(SeedCorpus.ConfigFolder));
}

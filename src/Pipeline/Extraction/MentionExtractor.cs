namespace Pipeline.Extraction;

/// <summary>Every extractor over one document: the mentions in text order.</summary>
public sealed class MentionExtractor(IReadOnlyList<IMentionExtractor> extractors)
{
    public IReadOnlyList<Mention> Extract(ExtractionInput input) =>
        [.. extractors.SelectMany(e => e.Extract(input)).OrderBy(m => m.Start).ThenByDescending(m => m.End)];
}

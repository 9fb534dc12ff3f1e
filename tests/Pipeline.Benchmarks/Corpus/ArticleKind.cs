namespace Pipeline.Benchmarks.Corpus;

/// <summary>The three kinds of article the generator writes, by language and script.</summary>
internal enum ArticleKind
{
    Simplified,
    Traditional,
    English,
}

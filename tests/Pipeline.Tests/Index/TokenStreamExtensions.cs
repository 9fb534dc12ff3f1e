using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Tests.Index;

/// <summary>Reads an analyzer's tokens back as one string, so a test can assert on all of them at once.</summary>
internal static class TokenStreamExtensions
{
    public static string Terms(this Analyzer analyzer, string text, string field = "body") =>
        string.Join(" ", analyzer.Tokens(text, field).Select(t => t.Term));

    public static List<(string Term, int Start, int End)> Tokens(this Analyzer analyzer, string text, string field = "body") =>
        [.. analyzer.TokensWithIncrements(text, field).Select(t => (t.Term, t.Start, t.End))];

    /// <summary>Each token with its position increment: 0 stacked on the one before, more where tokens were left out.</summary>
    public static List<(string Term, int Start, int End, int Increment)> TokensWithIncrements(this Analyzer analyzer, string text, string field = "body")
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }
        stream.End();
        return tokens;
    }
}

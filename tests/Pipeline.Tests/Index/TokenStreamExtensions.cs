using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pipeline.Tests.Index;

/// <summary>Reads an analyzer's tokens back as one string, so a test can assert on all of them at once.</summary>
internal static class TokenStreamExtensions
{
    public static string Terms(this Analyzer analyzer, string text, string field = "body") =>
        string.Join(" ", analyzer.Tokens(text, field).Select(t => t.Term));

    public static List<(string Term, int Start, int End)> Tokens(this Analyzer analyzer, string text, string field = "body")
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}

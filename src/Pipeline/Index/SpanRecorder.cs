using Lucene.Net.Search.Highlight;

namespace Pipeline.Index;

/// <summary>
/// A highlighter formatter that writes no markup: it notes where each scored token stands and
/// gives the text back unchanged. Token by token, not the group's span: overlapping bigrams make
/// one group, and the group's span reaches over tokens that did not match.
/// </summary>
internal sealed class SpanRecorder : IFormatter
{
    public List<TextSpan> Spans { get; } = [];

    public string HighlightTerm(string originalText, TokenGroup tokenGroup)
    {
        if (tokenGroup.TotalScore <= 0)
        {
            return originalText;
        }
        for (var i = 0; i < tokenGroup.NumTokens; i++)
        {
            if (tokenGroup.GetScore(i) > 0)
            {
                var token = tokenGroup.GetToken(i);
                Spans.Add(new TextSpan(token.StartOffset, token.EndOffset));
            }
        }
        return originalText;
    }
}

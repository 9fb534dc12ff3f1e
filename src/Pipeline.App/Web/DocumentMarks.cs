using Pipeline.App.Output;
using Pipeline.Index;
using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <summary>
/// The labelled spans the document page marks: search matches, mentions by kind, claims. Each
/// label is also a CSS class (site.css gives each a style) and a legend entry.
/// </summary>
public static class DocumentMarks
{
    public const string Match = "hit";
    public const string Claim = "claim";

    public static IEnumerable<LabelledSpan> Of(IEnumerable<TextSpan> matches, IEnumerable<MentionRecord> mentions, IEnumerable<ClaimRecord> claims) =>
        matches.Select(m => new LabelledSpan(m.Start, m.End, Match))
            .Concat(mentions.Select(m => new LabelledSpan(m.Start, m.End, MentionLabel(m))))
            .Concat(claims.Select(c => new LabelledSpan(c.Start, c.End, Claim)));

    /// <summary>"k-company", "k-money"…: the mention's kind as a class name.</summary>
    public static string MentionLabel(MentionRecord mention) => "k-" + (DocumentJson.KindWord(mention) ?? "entity");

    /// <summary>What the legend says for a label.</summary>
    public static string Describe(string label) => label switch
    {
        Match => "search match",
        Claim => "claimed value",
        _ when label.StartsWith("k-", StringComparison.Ordinal) => label[2..],
        _ => label,
    };
}

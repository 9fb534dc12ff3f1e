using System.Globalization;

namespace Pipeline.Index;

/// <summary>
/// How far the index has caught up with the database: every document stored with an UpdatedAt up
/// to this instant was indexed. Kept in the user data of the Lucene commit that holds those
/// documents, so the two can never disagree after a crash.
/// </summary>
public sealed record IndexWatermark(DateTimeOffset UpdatedUpTo)
{
    internal const string Key = "pipeline.updated-up-to";

    public static IndexWatermark? From(IDictionary<string, string>? commitData) =>
        commitData is not null && commitData.TryGetValue(Key, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? new IndexWatermark(at)
            : null;

    internal string Text => UpdatedUpTo.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The later of two watermarks (none counts as the earliest).</summary>
    public static IndexWatermark? Latest(IndexWatermark? a, IndexWatermark? b) =>
        a is null ? b : b is null ? a : a.UpdatedUpTo >= b.UpdatedUpTo ? a : b;
}

using Pipeline.Extraction;
using Pipeline.Extraction.Values;

namespace Pipeline.Tests.Extraction.Values;

/// <summary>Runs the value extractor (with the repository's units.yaml) over a snippet.</summary>
internal static class Values
{
    public static UnitTable Units { get; } = UnitTable.LoadDefault();

    private static readonly ValueExtractor Extractor = new(Units);

    public static IReadOnlyList<Mention> In(string text, DateOnly? documentDate = null) =>
        [.. Extractor.Extract(ExtractionInput.From(text, "zh", documentDate))];

    public static IReadOnlyList<ValueReading> Readings(string text, DateOnly? documentDate = null) =>
        Extractor.Read(ExtractionInput.From(text, "zh", documentDate));

    /// <summary>The one mention in <paramref name="text"/>; fails if there are more or none.</summary>
    public static Mention Single(string text, DateOnly? documentDate = null) => Assert.Single(In(text, documentDate));

    public static void AssertMeasure(Mention mention, MentionKind kind, double? low, double? high, string unit, Qualifier qualifier)
    {
        Assert.Equal(kind, mention.Kind);
        var value = Assert.IsType<Measure>(mention.Value);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(qualifier, value.Qualifier);
        AssertClose(low, value.Low);
        AssertClose(high, value.High);
    }

    private static void AssertClose(double? expected, double? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        Assert.Equal(expected.Value, actual.Value, Math.Max(Math.Abs(expected.Value) * 1e-9, 1e-9));
    }
}

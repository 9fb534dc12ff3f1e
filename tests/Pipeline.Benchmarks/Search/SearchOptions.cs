using System.Globalization;
using Pipeline.Index;

namespace Pipeline.Benchmarks.Search;

/// <summary>Arguments of <c>search</c>: how many documents to index, how many queries to time, where to keep the index, and the Chinese analyzer (else config/index.yaml's).</summary>
internal sealed record SearchOptions(int Documents = 100_000, int Queries = 1000, string? Keep = null, ChineseSegmenter? ChineseAnalyzer = null)
{
    public const string Usage = "usage: search [--documents N] [--queries N] [--keep DIR] [--chinese-analyzer icu|smartcn]";

    /// <summary>The options, or null with <paramref name="error"/> set when the arguments are not valid.</summary>
    public static SearchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new SearchOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--documents" when PositiveNumber(value) is { } documents:
                    options = options with { Documents = documents };
                    i++;
                    break;
                case "--queries" when PositiveNumber(value) is { } queries:
                    options = options with { Queries = queries };
                    i++;
                    break;
                case "--chinese-analyzer" when value is "icu" or "smartcn":
                    options = options with { ChineseAnalyzer = value == "icu" ? ChineseSegmenter.Icu : ChineseSegmenter.SmartCn };
                    i++;
                    break;
                case "--keep" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Keep = Path.GetFullPath(value) };
                    i++;
                    break;
                default:
                    error = $"unexpected or incomplete argument '{args[i]}'; {Usage}";
                    return null;
            }
        }
        return options;
    }

    private static int? PositiveNumber(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}

using System.Globalization;
using Pipeline.Index;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>Arguments of <c>throughput</c>: corpus size, number of timed queries, where to keep the files, and the Chinese analyzer (else config/index.yaml's).</summary>
internal sealed record ThroughputOptions(int Megabytes = 50, int Queries = 1000, string? Keep = null, ChineseSegmenter? ChineseAnalyzer = null)
{
    public const string Usage = "usage: throughput [--mb N] [--queries N] [--keep DIR] [--chinese-analyzer icu|smartcn|characters]";

    /// <summary>The options, or null with <paramref name="error"/> set when the arguments are not valid.</summary>
    public static ThroughputOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new ThroughputOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--mb" when PositiveNumber(value) is { } mb:
                    options = options with { Megabytes = mb };
                    i++;
                    break;
                case "--queries" when PositiveNumber(value) is { } queries:
                    options = options with { Queries = queries };
                    i++;
                    break;
                case "--chinese-analyzer" when value is not null && ChineseSegmenterNames.Parse(value) is { } segmenter:
                    options = options with { ChineseAnalyzer = segmenter };
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

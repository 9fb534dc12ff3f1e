using System.Globalization;
using Pipeline.Benchmarks.Throughput;
using Pipeline.Index;

namespace Pipeline.Benchmarks.Search;

/// <summary>
/// Arguments of <c>search</c>: how many documents to index, or the data folder of an index already
/// built (<c>--data</c>: a kept <c>throughput</c> run's, or an analyst's own), and what
/// <c>throughput</c> also takes but its corpus size (number of timed queries, where to keep the
/// files, the Chinese analyzer).
/// </summary>
internal sealed record SearchOptions(int Documents, int Queries, string? Keep, ChineseSegmenter? ChineseAnalyzer, string? Data = null)
{
    public const int DefaultDocuments = 100_000;
    public const string Usage = "usage: search [--documents N | --data DIR] [--queries N] [--keep DIR] [--chinese-analyzer icu|smartcn|characters]";

    /// <summary>The options, or null with <paramref name="error"/> set when the arguments are not valid.</summary>
    public static SearchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var documents = DefaultDocuments;
        string? data = null;
        var shared = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--documents")
            {
                if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out documents) || documents < 1)
                {
                    error = $"--documents needs a positive number; {Usage}";
                    return null;
                }
                i++;
            }
            else if (args[i] == "--data")
            {
                if (i + 1 >= args.Count || !Directory.Exists(Path.Combine(args[i + 1], "index")))
                {
                    error = $"--data needs a data folder that holds an index (DIR/index); {Usage}";
                    return null;
                }
                data = args[++i];
            }
            else if (args[i] == "--mb")
            {
                error = $"unexpected argument '--mb'; {Usage}";
                return null;
            }
            else
            {
                shared.Add(args[i]);
            }
        }
        if (ThroughputOptions.Parse(shared, out error) is not { } options)
        {
            error = error?.Replace(ThroughputOptions.Usage, Usage, StringComparison.Ordinal);
            return null;
        }
        if (data is not null && (options.Keep is not null || args.Contains("--documents")))
        {
            error = $"--data searches the index it names: no --documents or --keep with it; {Usage}";
            return null;
        }
        return new SearchOptions(documents, options.Queries, options.Keep, options.ChineseAnalyzer, data);
    }
}

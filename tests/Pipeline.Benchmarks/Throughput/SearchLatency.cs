using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Index;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// Times <see cref="DocumentSearcher.Search"/> (query parsing, top 10, stored fields, snippets and
/// highlights) one query at a time on a freshly opened index, as <c>pipeline search</c> opens it.
/// </summary>
internal static class SearchLatency
{
    public const int WarmUp = 50;

    public static LatencyFigures Measure(string dataDirectory, int count, ChineseSegmenter segmenter)
    {
        using var pipeline = PipelineRun.Services(dataDirectory, segmenter);
        // As the command line searches: entity names widen the query, facets are counted.
        return Measure(pipeline.GetRequiredService<DocumentSearcher>(), count);
    }

    /// <summary>The query mix on <paramref name="searcher"/>, already opened: <see cref="WarmUp"/> queries, then <paramref name="count"/> timed ones.</summary>
    public static LatencyFigures Measure(DocumentSearcher searcher, int count)
    {
        var queries = QueryMix.Build(WarmUp + count);
        foreach (var query in queries.Take(WarmUp))
        {
            Run(searcher, query);
        }

        var times = new List<double>(count);
        var slowest = new List<(double, string)>();
        long hits = 0;
        int empty = 0, errors = 0;
        foreach (var query in queries.Skip(WarmUp))
        {
            var started = Stopwatch.GetTimestamp();
            var found = Run(searcher, query);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            times.Add(elapsed);
            slowest.Add((elapsed, query));
            hits += Math.Max(found, 0);
            empty += found == 0 ? 1 : 0;
            errors += found < 0 ? 1 : 0;
        }
        times.Sort();
        return new LatencyFigures(times, hits, empty, errors)
        {
            Slowest = [.. slowest.OrderByDescending(s => s.Item1).Take(LatencyFigures.SlowestShown)],
        };
    }

    /// <summary>Total hits, or -1 when the query could not be read.</summary>
    private static int Run(DocumentSearcher searcher, string query)
    {
        try
        {
            return searcher.Search(new SearchRequest(query)).TotalHits;
        }
        catch (InvalidSearchQueryException e)
        {
            Console.Error.WriteLine($"query {query}: {e.Message}");
            return -1;
        }
    }
}

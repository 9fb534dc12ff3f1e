using Pipeline.Benchmarks.Corpus;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// A deterministic mix of the queries analysts type, drawn from the generated vocabulary: single
/// Chinese words in either script, two-word AND queries, quoted phrases, English words and
/// names, and a few with OR or NOT.
/// </summary>
internal static class QueryMix
{
    public const int Seed = 4242;

    public static IReadOnlyList<string> Build(int count)
    {
        var random = new Random(Seed);
        var chinese = Vocabulary.ChineseQueryWords
            .Concat(Vocabulary.SimplifiedMetals).Concat(Vocabulary.TraditionalMetals)
            .Concat(Vocabulary.SimplifiedEntities.Skip(1)).Concat(Vocabulary.TraditionalEntities.Skip(1))
            .ToArray();
        var english = Vocabulary.EnglishQueryWords.Concat(Vocabulary.EnglishMetals).ToArray();
        string Pick(string[] from) => from[random.Next(from.Length)];

        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var draw = random.Next(100);
            queries.Add(draw switch
            {
                < 30 => Pick(chinese),
                < 45 => $"{Pick(chinese)} {Pick(chinese)}",
                < 50 => $"{Pick(chinese)} AND {Pick(english)}",
                < 65 => Pick(Vocabulary.Phrases),
                < 80 => Pick(english),
                < 85 => Pick(Vocabulary.EnglishEntities.Where(e => !e.StartsWith("the ", StringComparison.Ordinal)).ToArray()),
                < 90 => $"{Pick(english)} {Pick(english)}",
                _ => Pick(Vocabulary.BooleanQueries),
            });
        }
        return queries;
    }
}

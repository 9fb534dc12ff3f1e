namespace Pipeline.Index;

/// <summary>How the word field splits Chinese text into words (config/index.yaml, <c>chinese_analyzer</c>).</summary>
public enum ChineseSegmenter
{
    /// <summary>ICU's dictionary-based word breaker, over the system's libicu.</summary>
    Icu,

    /// <summary>SmartCn's hidden-Markov-model segmenter (Lucene.Net.Analysis.SmartCn), trained on Simplified text.</summary>
    SmartCn,

    /// <summary>
    /// Each Han character a word of its own, as Lucene's StandardAnalyzer reads Chinese; ICU's word
    /// rules for the rest. A run of two or more Han characters is looked up in the bigram field
    /// either way, so the choice decides only what a single character matches: every place it stands.
    /// </summary>
    Characters,
}

/// <summary>The names config/index.yaml, the index's commit data and the messages use for a <see cref="ChineseSegmenter"/>.</summary>
public static class ChineseSegmenterNames
{
    // In the order the config file lists them.
    private static readonly (string Name, ChineseSegmenter Segmenter)[] Names =
        [("icu", ChineseSegmenter.Icu), ("smartcn", ChineseSegmenter.SmartCn), ("characters", ChineseSegmenter.Characters)];

    /// <summary>As config/index.yaml spells them, in the order the config file lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    public static string Name(this ChineseSegmenter segmenter) => Names.First(n => n.Segmenter == segmenter).Name;

    /// <summary>The segmenter a name stands for, in any case; null for a name that is none.</summary>
    public static ChineseSegmenter? Parse(string name)
    {
        var wanted = name.Trim();
        return Names.Where(n => n.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase)).Select(n => (ChineseSegmenter?)n.Segmenter).FirstOrDefault();
    }
}

namespace Pipeline.Index;

/// <summary>How the word field splits Chinese text into words (config/index.yaml, <c>chinese_analyzer</c>).</summary>
public enum ChineseSegmenter
{
    /// <summary>ICU's dictionary-based word breaker, over the system's libicu.</summary>
    Icu,

    /// <summary>SmartCn's hidden-Markov-model segmenter (Lucene.Net.Analysis.SmartCn), trained on Simplified text.</summary>
    SmartCn,
}

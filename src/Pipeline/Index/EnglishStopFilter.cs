using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Pipeline.Index;

/// <summary>
/// Lucene's StopFilter with its English stop words, which looks a token up only if it can be one:
/// each stop word starts with a letter a-z, and the word field's terms are lower-cased, so a number
/// or a Chinese character (with <c>chinese_analyzer: characters</c>, a token each) is passed on as it
/// is. The lookup was a fiftieth of ingestion's CPU.
/// </summary>
internal sealed class EnglishStopFilter : FilteringTokenFilter
{
    private static readonly CharArraySet StopWords = EnglishAnalyzer.DefaultStopSet;

    private readonly ICharTermAttribute _term;

    public EnglishStopFilter(TokenStream input)
        : base(IndexAnalyzers.Version, input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept() =>
        _term.Length == 0 || _term.Buffer[0] is < 'a' or > 'z' || !StopWords.Contains(_term.Buffer, 0, _term.Length);
}

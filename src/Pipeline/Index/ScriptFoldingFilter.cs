using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Text;

namespace Pipeline.Index;

/// <summary>
/// Normalizes each term in place (script, width, case), for token streams that read the
/// original text themselves, such as the bigram field's.
/// </summary>
public sealed class ScriptFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly TextNormalizer _normalizer;

    public ScriptFoldingFilter(TokenStream input, TextNormalizer normalizer)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _normalizer = normalizer;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        _normalizer.FoldInPlace(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}

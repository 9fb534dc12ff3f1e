using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Text;

namespace Pipeline.Tests.Index;

/// <summary>
/// Normalizes each term in place (script, width, case): the folding step of the bigram field's
/// former analysis chain, kept as part of the reference the bigram tokenizer is checked against.
/// </summary>
internal sealed class ScriptFoldingFilter : TokenFilter
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

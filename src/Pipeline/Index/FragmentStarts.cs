using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace Pipeline.Index;

/// <summary>
/// Lets another fragmenter choose where fragments break, and notes the offset where each one
/// begins: Lucene.Net keeps a fragment's place in the text internal, and a snippet needs it.
/// </summary>
internal sealed class FragmentStarts(IFragmenter inner) : IFragmenter
{
    private IOffsetAttribute? _offset;

    /// <summary>Where fragment n begins in the text, at index n (a fragment's FragNum).</summary>
    public List<int> Starts { get; } = [];

    public void Start(string originalText, TokenStream tokenStream)
    {
        inner.Start(originalText, tokenStream);
        _offset = tokenStream.AddAttribute<IOffsetAttribute>();
        Starts.Clear();
        Starts.Add(0);
    }

    public bool IsNewFragment()
    {
        var isNew = inner.IsNewFragment();
        if (isNew)
        {
            Starts.Add(_offset!.StartOffset);
        }
        return isNew;
    }

    /// <summary>The span of text fragment <paramref name="fragNum"/> covers, up to where the next one begins.</summary>
    public TextSpan Span(int fragNum, int textLength) =>
        new(Starts[fragNum], fragNum + 1 < Starts.Count ? Starts[fragNum + 1] : textLength);
}

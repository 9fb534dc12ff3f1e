using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>The document a windowed scorer is collecting, as the collector asks its scorer about it.</summary>
internal sealed class CollectedDocument() : Scorer(null)
{
    private int _doc = -1;
    private float _score;
    private int _matched;

    public void Set(int doc, float score, int matched) => (_doc, _score, _matched) = (doc, score, matched);

    public override int DocID => _doc;

    public override int Freq => _matched;

    public override float GetScore() => _score;

    public override int NextDoc() => throw new NotSupportedException();

    public override int Advance(int target) => throw new NotSupportedException();

    public override long GetCost() => 1;
}

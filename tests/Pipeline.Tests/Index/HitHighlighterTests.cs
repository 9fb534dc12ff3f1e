using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>Where Lucene's highlighter marks a hit's original text, field by field, and which fragment it picks.</summary>
public sealed class HitHighlighterTests : IDisposable
{
    private const string Mixed = "美國稀土精煉能力弱，稀土進口多。MP Materials 精煉";

    private readonly IndexAnalyzers _analyzers = IndexAnalyzers.CreateDefault();
    private readonly SearchQueryParser _parser;

    public HitHighlighterTests() => _parser = new SearchQueryParser(_analyzers);

    private IReadOnlyList<string> Marked(string query, string text, string? entitySpans = null) =>
        [.. HitHighlighter.Find(_parser.Parse(query), text, entitySpans, _analyzers).Spans.Select(s => text[s.Start..s.End])];

    [Fact]
    public void A_simplified_phrase_marks_the_traditional_characters_as_written()
    {
        Assert.Equal(["稀土精煉"], Marked("稀土精炼", Mixed));
    }

    [Fact]
    public void Every_occurrence_of_a_word_is_marked()
    {
        Assert.Equal(["稀土", "稀土"], Marked("稀土", Mixed));
    }

    [Fact]
    public void A_quoted_phrase_is_marked_only_where_its_words_stand_together()
    {
        const string text = "The price rose; a floor was set. Later a price floor held.";

        Assert.Equal(["price floor"], Marked("\"price floor\"", text));
    }

    [Fact]
    public void A_prefix_marks_every_word_it_begins()
    {
        Assert.Equal(["refining", "refiners"], Marked("refin*", "MP Materials is refining oxide; refiners agree."));
    }

    [Fact]
    public void A_word_under_not_is_never_marked()
    {
        Assert.Equal(["稀土", "稀土"], Marked("稀土 NOT 進口", Mixed));
    }

    [Fact]
    public void A_whole_is_marked_only_where_the_named_part_is_absent()
    {
        const string text = "NdPr oxide and neodymium metal.";
        const string spans = "ndpr 0 4\nneodymium 15 24\n";
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Entity, "neodymium")), Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.Entity, "ndpr")) { Boost = 0.3f }, Occur.SHOULD },
        };

        Assert.Equal(["neodymium"], HitHighlighter.Find(query, text, spans, _analyzers).Spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(["NdPr"], HitHighlighter.Find(query, text, "ndpr 0 4\n", _analyzers).Spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void The_snippet_is_the_fragment_that_holds_the_most_query_terms()
    {
        var filler = string.Concat(Enumerable.Repeat("Shipments moved slowly through the port that week. ", 6));
        var text = "Dysprosium was mentioned once. " + filler + "Then the dysprosium price doubled in a month. " + filler;
        var highlighting = HitHighlighter.Find(_parser.Parse("dysprosium OR price"), text, null, _analyzers);

        var (snippet, start, shown) = SnippetBuilder.Build(text, highlighting);

        Assert.Contains("dysprosium price doubled", snippet, StringComparison.Ordinal);
        Assert.Equal(["dysprosium price"], shown.Select(s => text[s.Start..s.End]));
        Assert.All(shown, s => Assert.Equal(text[s.Start..s.End], snippet[(s.Start - start)..(s.End - start)]));
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_start_of_the_text()
    {
        var highlighting = HitHighlighter.Find(_parser.Parse("lanthanum"), Mixed, null, _analyzers);

        Assert.Empty(highlighting.Spans);
        Assert.Equal((Mixed, 0), SnippetBuilder.Build(Mixed, highlighting) is var (text, at, _) ? (text, at) : default);
    }

    public void Dispose() => _analyzers.Dispose();
}

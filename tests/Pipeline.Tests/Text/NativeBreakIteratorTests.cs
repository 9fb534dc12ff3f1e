using Icu;
using Pipeline.Text;

namespace Pipeline.Tests.Text;

/// <summary>ICU called directly breaks where icu.net's iterator breaks, abbreviation rules included.</summary>
public sealed class NativeBreakIteratorTests
{
    [Theory]
    [InlineData("en@ss=standard", "On Oct. 9 the U.S. Department of Defense replied. Mr. Smith left! Did he? Yes.\n\nNew paragraph")]
    [InlineData("zh", "商務部宣佈暫停。美方回應！\n\n新段落？中国稀土产量占全球70%。")]
    [InlineData("en@ss=standard", "")]
    public void Sentence_boundaries_are_icu_nets(string locale, string text)
    {
        var native = NativeBreakIterator.Open(BreakIterator.UBreakIteratorType.SENTENCE, locale);
        Assert.NotNull(native);

        var found = new List<int>();
        native.Boundaries(text, found);
        found.Add(-1);
        native.Boundaries(text, found); // the same iterator, reused

        Assert.Equal([.. IcuNet(locale, text), -1, .. IcuNet(locale, text)], found);
    }

    private static List<int> IcuNet(string locale, string text)
    {
        using var breaker = BreakIterator.CreateSentenceInstance(new Locale(locale));
        breaker.SetText(text);
        var boundaries = new List<int>();
        for (var at = breaker.MoveFirst(); at != BreakIterator.DONE; at = breaker.MoveNext())
        {
            boundaries.Add(at);
        }
        return boundaries;
    }
}

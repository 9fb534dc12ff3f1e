using Pipeline.Index;

namespace Pipeline.Tests.Index;

public sealed class ConceptWordFormsTests
{
    [Theory]
    [InlineData("reserves", "reserve")]
    [InlineData("reserve", "reserve")]
    [InlineData("licences", "licence")]
    [InlineData("refineries", "refinery")]
    [InlineData("taxes", "tax")]
    [InlineData("pushes", "push")]
    [InlineData("process", "process")]
    [InlineData("status", "status")]
    [InlineData("analysis", "analysis")]
    [InlineData("gas", "gas")]
    [InlineData("according", "according")]
    [InlineData("稀土", "稀土")]
    [InlineData("ndpr2", "ndpr2")]
    public void A_noun_key_folds_a_plural_to_its_singular_and_nothing_else(string word, string key)
    {
        Assert.Equal(key, NounKey(word));
    }

    [Theory]
    [InlineData("refining", "refin")]
    [InlineData("refine", "refin")]
    [InlineData("refines", "refin")]
    [InlineData("refined", "refin")]
    [InlineData("relying", "rely")]
    [InlineData("relies", "rely")]
    [InlineData("relied", "rely")]
    [InlineData("rely", "rely")]
    [InlineData("processing", "process")]
    [InlineData("processes", "process")]
    [InlineData("processed", "process")]
    [InlineData("pricing", "pric")]
    [InlineData("prices", "pric")]
    public void A_verb_key_is_the_same_for_every_form_of_the_verb(string word, string key)
    {
        Assert.Equal(ConceptWordForms.VerbMark + key, VerbKey(word));
    }

    [Theory]
    [InlineData("refinement", "refining")]
    [InlineData("separately", "separation")]
    [InlineData("according", "accord")]
    [InlineData("reservation", "reserves")]
    [InlineData("depending", "dependence")]
    [InlineData("dealing", "deal")]
    public void A_derived_word_has_no_key_of_the_name_that_shares_its_stem(string word, string name)
    {
        var key = ConceptWordForms.KeyOfNameWord(name);

        Assert.NotEqual(key, NounKey(word));
        Assert.NotEqual(key, VerbKey(word));
    }

    [Fact]
    public void A_name_s_word_is_keyed_as_a_verb_only_when_it_ends_in_ing()
    {
        Assert.Equal("~refin", ConceptWordForms.KeyOfNameWord("refining"));
        Assert.Equal("accord", ConceptWordForms.KeyOfNameWord("accords"));
        Assert.Equal("separated", ConceptWordForms.KeyOfNameWord("separated"));
    }

    [Fact]
    public void A_word_without_a_verb_s_form_has_no_verb_key()
    {
        Assert.Equal(string.Empty, VerbKey("稀土"));
        Assert.Equal(string.Empty, VerbKey(new string('a', ConceptWordForms.MaxKeyLength)));
    }

    private static string NounKey(string word)
    {
        var key = new char[word.Length + 2];
        return new string(key, 0, ConceptWordForms.Noun(word, key));
    }

    private static string VerbKey(string word)
    {
        var key = new char[word.Length + 2];
        return new string(key, 0, ConceptWordForms.Verb(word, key));
    }
}

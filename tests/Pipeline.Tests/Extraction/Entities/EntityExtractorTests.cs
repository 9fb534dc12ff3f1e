using Pipeline.Extraction;
using Pipeline.Extraction.Entities;

namespace Pipeline.Tests.Extraction.Entities;

public sealed class EntityExtractorTests
{
    private static string Describe(string text) => RepositoryLexicon.Describe(text);

    [Theory]
    [InlineData("钕", "nd")]
    [InlineData("釹", "nd")]
    [InlineData("萊納斯", "lynas")]
    [InlineData("莱纳斯", "lynas")]
    [InlineData("Lynas", "lynas")]
    [InlineData("商務部", "mofcom")]
    [InlineData("商务部", "mofcom")]
    [InlineData("MOFCOM", "mofcom")]
    [InlineData("海關總署", "gac")]
    [InlineData("海关总署", "gac")]
    [InlineData("五角大樓", "dod")]
    [InlineData("美國地質調查局", "usgs")]
    [InlineData("歐盟", "european-union")]
    [InlineData("鏑", "dy")]
    [InlineData("鋱", "tb")]
    public void Aliases_are_found_in_either_script(string alias, string id)
    {
        Assert.Equal($"{alias}={id}", Describe($"据报道，{alias}今天表示"));
    }

    [Fact]
    public void Every_alias_of_the_lexicon_finds_its_own_entity()
    {
        foreach (var entity in RepositoryLexicon.Lexicon.Entities)
        {
            foreach (var alias in entity.Aliases.Concat(entity.CasedAliases))
            {
                var mention = Assert.Single(RepositoryLexicon.Extract($"( {alias} )"));
                Assert.True(entity.Id == mention.EntityId, $"{alias}: {mention.EntityId} instead of {entity.Id}");
                Assert.Equal(alias, mention.Surface);
            }
        }
    }

    [Theory]
    [InlineData("氧化镨钕价格", "氧化镨钕=ndpr")]
    [InlineData("镨钕价格", "镨钕=ndpr")]
    [InlineData("钕价格", "钕=nd")]
    [InlineData("Lynas Rare Earths said", "Lynas Rare Earths=lynas")]
    [InlineData("MP Materials said", "MP Materials=mp-materials")]
    [InlineData("NdFeB magnets", "NdFeB magnets=ndfeb")]
    [InlineData("中国稀土集团", "中国稀土集团=china-rare-earth-group")]
    [InlineData("美国国防部", "美国国防部=dod")]
    [InlineData("美国商务部", "美国商务部=us-commerce")]
    [InlineData("the US Geological Survey", "US Geological Survey=usgs")]
    public void The_longest_alias_wins(string text, string expected)
    {
        Assert.Equal(expected, Describe(text));
    }

    [Theory]
    [InlineData("a new focus on rare earths", "rare earths=rare-earths")]
    [InlineData("Europe and the EU", "Europe=europe EU=european-union")]
    [InlineData("Lynasite is not Lynas", "Lynas=lynas")]
    [InlineData("MPMO, MPs and MP's plant", "MPMO=mp-materials MP=mp-materials")]
    [InlineData("MP2025年一季度", "MP=mp-materials")]
    [InlineData("与美国Noveon签订", "美国=united-states Noveon=noveon")]
    [InlineData("the US-China talks", "US=united-states China=china")]
    public void Latin_aliases_match_whole_words_only(string text, string expected)
    {
        Assert.Equal(expected, Describe(text));
    }

    [Theory]
    [InlineData("Apple will pay", "Apple=apple")]
    [InlineData("an apple a day", "")]
    [InlineData("Ford idled production", "Ford=ford")]
    [InlineData("they had to ford the river", "")]
    [InlineData("Neo opened a plant", "Neo=neo-performance-materials")]
    [InlineData("a neo-liberal view", "")]
    [InlineData("the US and the U.S. economy", "US=united-states U.S.=united-states")]
    [InlineData("let us focus", "")]
    [InlineData("the Pentagon said", "Pentagon=dod")]
    [InlineData("a pentagon shape", "")]
    [InlineData("ＵＳ exports", "ＵＳ=united-states")]
    public void Names_that_are_common_words_match_only_when_capitalised(string text, string expected)
    {
        Assert.Equal(expected, Describe(text));
    }

    [Theory]
    [InlineData("Nd and Pr oxides", "Nd=nd Pr=pr")]
    [InlineData("Dy/Tb prices", "Dy=dy Tb=tb")]
    [InlineData("Nd2O3 oxide", "Nd=nd")]
    [InlineData("NdFeB", "NdFeB=ndfeb")]
    [InlineData("the Andes and nd figures", "")]
    [InlineData("Y and W are not matched", "")]
    [InlineData("La Rochelle and Li Qiang", "La Rochelle=la-rochelle")]
    [InlineData("the EU and Eu", "EU=european-union Eu=eu")]
    public void Element_symbols_match_case_sensitively_as_words_of_their_own(string text, string expected)
    {
        Assert.Equal(expected, Describe(text));
    }

    [Fact]
    public void Offsets_land_on_the_original_traditional_characters()
    {
        const string text = "中國商務部、海關總署公告，氧化鐠釹（NdPr）";

        var mentions = RepositoryLexicon.Extract(text);

        Assert.Equal(["中國商務部", "海關總署", "氧化鐠釹", "NdPr"], mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal(m.Surface, text[m.Start..m.End]));
        Assert.All(mentions, m => Assert.True(m.Verified));
        Assert.Equal([EntityKind.Organisation, EntityKind.Organisation, EntityKind.Material, EntityKind.Material], mentions.Select(m => m.EntityKind!.Value));
    }

    [Fact]
    public void Offsets_stay_on_the_original_after_a_squared_unit_sign()
    {
        const string text = "每㎏110美元，Lynas";

        var mention = Assert.Single(RepositoryLexicon.Extract(text));

        Assert.Equal("Lynas", text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_name_broken_across_lines_is_one_mention()
    {
        const string text = "put $400 million into MP\nMaterials in the form of";

        var mention = Assert.Single(RepositoryLexicon.Extract(text), m => m.EntityId == "mp-materials");

        Assert.Equal("MP\nMaterials", mention.Surface);
    }

    [Theory]
    [InlineData("Apple commits US$500m", "Apple=apple")]
    [InlineData("欧美国家", "")]
    public void Ignored_phrases_hide_the_names_inside_them(string text, string expected)
    {
        Assert.Equal(expected, Describe(text));
    }

    [Theory]
    [InlineData("国防部评估", "国防部=dod")]
    [InlineData("中国国防部表示", "中国国防部=china-mnd")]
    [InlineData("外交部发言人", "外交部=chinese-foreign-ministry")]
    [InlineData("Chinese prices", "Chinese=china")]
    [InlineData("中方表示", "中方=china")]
    public void Bare_ministries_and_adjectives_resolve_as_documented(string text, string expected)
    {
        Assert.Equal(expected, Describe(text));
    }

    [Fact]
    public void Candidates_can_be_turned_off()
    {
        var input = ExtractionInput.From("Rainbow Rare Earths Ltd and Lynas", "en", null);

        var mentions = new EntityExtractor(RepositoryLexicon.Lexicon, findCandidates: false).Extract(input);

        Assert.Equal(["rare-earths", "lynas"], mentions.Select(m => m.EntityId));
    }
}

using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Extraction.Entities;

public sealed class LexiconTests : IDisposable
{
    private readonly TempDirectory _config = new();

    private static Lexicon Lexicon => RepositoryLexicon.Lexicon;

    [Fact]
    public void The_repository_lexicon_loads_every_kind()
    {
        var kinds = Lexicon.Entities.Select(e => e.Kind).Distinct().ToHashSet();

        Assert.Equal(Enum.GetValues<EntityKind>().ToHashSet(), kinds);
        Assert.True(Lexicon.Entities.Count > 200, $"{Lexicon.Entities.Count} entities");
    }

    [Theory]
    [InlineData("mp-materials", EntityKind.Company, "MP Materials")]
    [InlineData("lynas", EntityKind.Company, "Lynas Rare Earths")]
    [InlineData("nd", EntityKind.Element, "Neodymium")]
    [InlineData("ndpr", EntityKind.Material, "NdPr (neodymium-praseodymium)")]
    [InlineData("mofcom", EntityKind.Organisation, "Ministry of Commerce of China (MOFCOM)")]
    [InlineData("usgs", EntityKind.Organisation, "US Geological Survey")]
    [InlineData("china", EntityKind.Country, "China")]
    [InlineData("united-states", EntityKind.Country, "United States")]
    [InlineData("mountain-pass", EntityKind.Place, "Mountain Pass (California)")]
    [InlineData("donald-trump", EntityKind.Person, "Donald Trump")]
    public void Entities_are_found_by_id(string id, EntityKind kind, string name)
    {
        var entity = Lexicon.Find(id);

        Assert.NotNull(entity);
        Assert.Equal(kind, entity.Kind);
        Assert.Equal(name, entity.Name);
    }

    [Fact]
    public void An_unknown_id_is_not_found() => Assert.Null(Lexicon.Find("no-such-entity"));

    [Theory]
    [InlineData("china", "China")]
    [InlineData("australia+united-states", "Australia + United States")]
    [InlineData("world", "world")]
    public void A_subject_reads_as_its_names(string subject, string name) => Assert.Equal(name, Lexicon.NameOf(subject));

    [Theory]
    [InlineData("钕", "nd")]
    [InlineData("釹", "nd")]
    [InlineData("neodymium", "nd")]
    [InlineData("Nd", "nd")]
    [InlineData("萊納斯", "lynas")]
    [InlineData("莱纳斯", "lynas")]
    [InlineData("LYNAS", "lynas")]
    [InlineData("商務部", "mofcom")]
    [InlineData("商务部", "mofcom")]
    [InlineData("MOFCOM", "mofcom")]
    [InlineData("海關總署", "gac")]
    [InlineData("ＭＰ材料", "mp-materials")]
    [InlineData("  mp   materials ", "mp-materials")]
    [InlineData("氧化鐠釹", "ndpr")]
    [InlineData("美國", "united-states")]
    [InlineData("EU", "european-union")]
    [InlineData("Eu", "eu")]
    public void Aliases_are_found_in_any_script_and_case(string alias, string id)
    {
        Assert.Equal(id, Lexicon.FindByAlias(alias)?.Id);
    }

    [Theory]
    [InlineData("MP材料")]
    [InlineData("萊納斯")]
    [InlineData("特朗普")]
    [InlineData("海關總署")]
    [InlineData("氧化鐠釹")]
    public void Chinese_aliases_are_protected_from_the_segmenter_in_normalized_form(string alias)
    {
        var normalized = Pipeline.Text.TextNormalizer.Default.NormalizeString(alias);

        Assert.True(Lexicon.ProtectedTerms.Contains(normalized), normalized);
    }

    [Fact]
    public void Single_characters_and_latin_aliases_are_not_protected_terms()
    {
        Assert.False(Lexicon.ProtectedTerms.Contains("钕"));
        Assert.False(Lexicon.ProtectedTerms.Contains("lynas"));
    }

    [Fact]
    public void A_small_lexicon_loads_from_a_config_folder()
    {
        Write("entities-test.yaml", """
            # a comment
            ignore: [US$]
            entities:
              - id: acme
                kind: company
                name: Acme
                aliases: [Acme Corp, 阿克米]
                cased_aliases: [ACM]
            """);

        var lexicon = Lexicon.Load(_config.Path);

        var acme = Assert.Single(lexicon.Entities);
        Assert.Equal(["Acme Corp", "阿克米"], acme.Aliases);
        Assert.Equal(["ACM"], acme.CasedAliases);
        Assert.Same(acme, lexicon.FindByAlias("acm"));
        Assert.Null(lexicon.FindByAlias("US$"));
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_the_file_and_line()
    {
        Write("entities-broken.yaml", "entities:\n  - id: acme\n    kind: company\n    name: [unclosed\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Equal("entities-broken.yaml", Path.GetFileName(error.File));
        Assert.NotNull(error.Line);
        Assert.StartsWith("entities-broken.yaml, line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_reported_with_its_line()
    {
        Write("entities-typo.yaml", "entities:\n  - id: acme\n    kind: company\n    name: Acme\n    alias: [Acme]\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Equal(5, error.Line);
        Assert.StartsWith("entities-typo.yaml, line 5: unknown field 'alias'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_value_where_a_list_belongs_is_explained()
    {
        Write("entities-list.yaml", "entities:\n  - id: acme\n    kind: company\n    name: Acme\n    aliases: Acme\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Equal("entities-list.yaml, line 5: expected a list here: [a, b] or one '- item' per line", error.Message);
    }

    [Theory]
    [InlineData("kind: company\n    name: Acme", "no id")]
    [InlineData("id: Acme_Corp\n    kind: company\n    name: Acme\n    aliases: [Acme]", "kebab-case")]
    [InlineData("id: acme-rare-earths-processing-and-separation-company-of-the-western-hemisphere\n    kind: company\n    name: Acme\n    aliases: [Acme]", "longer than 64 characters")]
    [InlineData("id: acme\n    kind: firm\n    name: Acme\n    aliases: [Acme]", "unknown kind 'firm'")]
    [InlineData("id: acme\n    kind: company\n    name: Acme", "no aliases")]
    [InlineData("id: acme\n    kind: company\n    name: Acme\n    aliases: [AC]", "cased_aliases")]
    [InlineData("id: acme\n    kind: element\n    name: Acme\n    aliases: [acmeium]\n    symbol: AC", "symbol 'AC'")]
    [InlineData("id: acme\n    kind: company\n    name: Acme\n    aliases: [Acme]\n    owner: acme", "only a place has an owner")]
    [InlineData("id: acme-mine\n    kind: place\n    name: Acme Mine\n    aliases: [Acme Mine]\n    owner: acme", "no company of the lexicon")]
    [InlineData("id: acme\n    kind: company\n    name: Acme\n    aliases: [Acme]\n    country: acme", "only a place or an office has a country")]
    [InlineData("id: acme-state\n    kind: place\n    name: Acme State\n    aliases: [Acme State]\n    country: acmeland", "no country of the lexicon")]
    public void An_invalid_entry_is_reported_with_the_line_it_starts_on(string entry, string reason)
    {
        Write("entities-bad.yaml", "# header\nentities:\n  - " + entry + "\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Equal(3, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_names_both_places()
    {
        Write("entities-a.yaml", "entities:\n  - id: acme\n    kind: company\n    name: Acme\n    aliases: [Acme]\n");
        Write("entities-b.yaml", "entities:\n  - id: other\n    kind: company\n    name: Other\n    aliases: [Other]\n  - id: acme\n    kind: company\n    name: Acme 2\n    aliases: [Acme Two]\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Equal("entities-b.yaml, line 6: id 'acme' is already used at entities-a.yaml, line 2", error.Message);
    }

    [Fact]
    public void An_alias_shared_by_two_entities_is_an_error_in_any_script()
    {
        Write("entities-a.yaml", "entities:\n  - id: lynas\n    kind: company\n    name: Lynas\n    aliases: [萊納斯]\n  - id: other\n    kind: company\n    name: Other\n    aliases: [莱纳斯]\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Contains("'莱纳斯' of 'other' is already 'lynas' at entities-a.yaml, line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_folder_without_lexicon_files_is_an_error()
    {
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Contains("entities*.yaml", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _config.Dispose();

    private void Write(string name, string yaml) => _config.Write(Path.Combine("lexicon", name), yaml);
}

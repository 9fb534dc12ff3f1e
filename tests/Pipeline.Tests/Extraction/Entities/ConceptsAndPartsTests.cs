using Pipeline.Extraction.Entities;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Extraction.Entities;

/// <summary>The lexicon's families (an entity's parts) and concepts, as analysts write them in the config folder.</summary>
public sealed class ConceptsAndPartsTests : IDisposable
{
    private const string Elements = """
        entities:
          - id: nd
            kind: element
            name: Neodymium
            aliases: [neodymium, 钕]
          - id: pr
            kind: element
            name: Praseodymium
            aliases: [praseodymium, 镨]
          - id: ndpr
            kind: material
            name: NdPr
            aliases: [NdPr, 镨钕]
            parts: [nd, pr]
        """;

    private readonly TempDirectory _config = new();

    [Fact]
    public void A_part_knows_the_wholes_it_belongs_to()
    {
        _config.Write("lexicon/entities-elements.yaml", Elements);

        var lexicon = Lexicon.Load(_config.Path);

        Assert.Equal(["ndpr"], lexicon.WholesOf("nd"));
        Assert.Equal(["ndpr"], lexicon.WholesOf("pr"));
        Assert.Empty(lexicon.WholesOf("ndpr"));
    }

    [Fact]
    public void A_part_that_is_no_entity_is_reported_with_the_file_and_line()
    {
        _config.Write("lexicon/entities-elements.yaml", Elements.Replace("[nd, pr]", "[nd, praseo]", StringComparison.Ordinal));

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.Equal("entities-elements.yaml, line 10: 'ndpr' has part 'praseo', which is no entity of the lexicon", error.Message);
    }

    [Fact]
    public void A_concept_is_found_in_a_query_in_either_script_with_its_other_names()
    {
        _config.Write("lexicon/entities-elements.yaml", Elements);
        _config.Write("lexicon/concepts.yaml", """
            concepts:
              - id: price-floor
                name: Price floor
                aliases: [price floor, minimum price, 保底价, 价格下限]
            """);

        var concepts = Lexicon.Load(_config.Path).Concepts;

        var english = Assert.Single(concepts.FindIn("NdPr Price Floor 2025"));
        Assert.Equal(("price-floor", 5, 16), (english.ConceptId, english.Start, english.End));
        Assert.Equal(["minimum price", "保底价", "价格下限"], english.OtherNames);
        var traditional = Assert.Single(concepts.FindIn("鐠釹 價格下限"));
        Assert.Equal((3, 7), (traditional.Start, traditional.End));
        Assert.Contains("price floor", traditional.OtherNames);
        // Latin names match whole words only, Chinese names whole runs: a query reads 鐠釹價格下限 as one phrase.
        Assert.Empty(concepts.FindIn("price floorboards"));
        Assert.Empty(concepts.FindIn("鐠釹價格下限"));
    }

    [Fact]
    public void A_concept_is_found_in_a_query_by_the_inflections_of_its_english_names_not_their_derivations()
    {
        _config.Write("lexicon/entities-elements.yaml", Elements);
        _config.Write("lexicon/concepts.yaml", """
            concepts:
              - id: refining
                name: Refining
                aliases: [refining, separation, 精炼]
              - id: export-controls
                name: Export controls
                aliases: [export licences, 出口管制]
              - id: agreement
                name: Agreement
                aliases: [accord, 协议]
            """);

        var concepts = Lexicon.Load(_config.Path).Concepts;

        var refined = Assert.Single(concepts.FindIn("refined NdPr"));
        Assert.Equal(("refining", 0, 7), (refined.ConceptId, refined.Start, refined.End));
        var licence = Assert.Single(concepts.FindIn("new Export  Licence rules"));
        Assert.Equal(("export-controls", 4, 19), (licence.ConceptId, licence.Start, licence.End));
        Assert.Equal("agreement", Assert.Single(concepts.FindIn("the accords")).ConceptId);
        Assert.Empty(concepts.FindIn("according to the refinement of separately listed licences"));
        Assert.Empty(concepts.FindIn("export, licences"));
    }

    [Fact]
    public void A_concept_with_one_name_is_reported()
    {
        _config.Write("lexicon/entities-elements.yaml", Elements);
        _config.Write("lexicon/concepts.yaml", "concepts:\n  - id: quota\n    name: Quota\n    aliases: [quota]\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        Assert.EndsWith("concept 'quota' needs at least two aliases: a concept widens one name to the others", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_concept_alias_that_names_an_entity_is_reported_with_the_file_and_the_entity()
    {
        _config.Write("lexicon/entities-elements.yaml", Elements);
        _config.Write("lexicon/concepts.yaml", "concepts:\n  - id: magnet-metals\n    name: Magnet metals\n    aliases: [magnet metals, 鐠釹]\n");

        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(_config.Path));

        // 鐠釹 is the Traditional form of NdPr's 镨钕: names are compared in any script and case.
        Assert.Equal("concepts.yaml: concept 'magnet-metals' has the alias '鐠釹', which is a name of the entity 'ndpr': a name is either an entity or a concept", error.Message);
    }

    public void Dispose() => _config.Dispose();
}

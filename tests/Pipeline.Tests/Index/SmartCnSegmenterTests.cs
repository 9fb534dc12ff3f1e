using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Index;

namespace Pipeline.Tests.Index;

/// <summary>The word field with SmartCn's segmenter (config/index.yaml: chinese_analyzer: smartcn).</summary>
public sealed class SmartCnSegmenterTests : IDisposable
{
    private readonly IndexAnalyzers _smart = IndexAnalyzers.CreateDefault(new ProtectedTerms(["特朗普", "镨钕氧化物"]), ChineseSegmenter.SmartCn);

    [Fact]
    public void Traditional_text_is_segmented_as_its_simplified_form()
    {
        Assert.Equal(_smart.Words.Terms("中国稀土冶炼分离产能"), _smart.Words.Terms("中國稀土冶煉分離產能"));
        Assert.Contains("稀土", _smart.Words.Terms("中國稀土冶煉分離產能").Split(' '));
    }

    [Fact]
    public void Protected_lexicon_terms_stay_whole()
    {
        var terms = _smart.Words.Terms("美国特朗普政府设定镨钕氧化物价格").Split(' ');
        Assert.Contains("特朗普", terms);
        Assert.Contains("镨钕氧化物", terms);
    }

    [Fact]
    public void English_words_and_numbers_are_kept_and_punctuation_dropped()
    {
        Assert.Equal("mp materi 稀土 95", _smart.Words.Terms("MP Materials，稀土：95。"));
    }

    [Fact]
    public void Offsets_point_into_the_original_traditional_text()
    {
        const string original = "澳洲萊納斯稀土公司";
        using var stream = _smart.Words.GetTokenStream("body", original);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var spans = new List<(string Term, string Original)>();
        while (stream.IncrementToken())
        {
            spans.Add((term.ToString(), original[offset.StartOffset..offset.EndOffset]));
        }
        stream.End();
        Assert.Contains(("稀土", "稀土"), spans);
        Assert.All(spans, s => Assert.Equal(s.Term.Length, s.Original.Length));
        Assert.Contains(spans, s => s.Original.Contains('萊', StringComparison.Ordinal));
    }

    public void Dispose() => _smart.Dispose();
}

/// <summary>config/index.yaml as analysts write it.</summary>
public sealed class IndexOptionsTests : IDisposable
{
    private readonly Infrastructure.TempDirectory _config = new();

    [Theory]
    [InlineData("chinese_analyzer: smartcn\n", ChineseSegmenter.SmartCn)]
    [InlineData("chinese_analyzer: SmartCn\n", ChineseSegmenter.SmartCn)]
    [InlineData("chinese_analyzer: icu\n", ChineseSegmenter.Icu)]
    [InlineData("chinese_analyzer: characters\n", ChineseSegmenter.Characters)]
    [InlineData("chinese_analyzer: \" Characters \"\n", ChineseSegmenter.Characters)]
    [InlineData("# nothing chosen\n", ChineseSegmenter.Characters)]
    public void The_chinese_analyzer_is_read_from_the_file(string yaml, ChineseSegmenter expected)
    {
        _config.Write(IndexOptions.FileName, yaml);

        Assert.Equal(expected, IndexOptions.Load(_config.Path).ChineseSegmenter);
    }

    [Fact]
    public void No_file_means_characters() => Assert.Equal(ChineseSegmenter.Characters, IndexOptions.Load(_config.Path).ChineseSegmenter);

    [Fact]
    public void An_unknown_analyzer_names_the_file_and_the_choices()
    {
        var path = _config.Write(IndexOptions.FileName, "chinese_analyzer: jieba\n");

        var error = Assert.Throws<ConfigException>(() => IndexOptions.Load(_config.Path));

        Assert.Equal($"{path}: chinese_analyzer 'jieba' is not one of icu, smartcn, characters", error.Message);
    }

    public void Dispose() => _config.Dispose();
}

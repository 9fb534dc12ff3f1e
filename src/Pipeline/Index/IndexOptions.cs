using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pipeline.Index;

/// <summary>How the index analyzes text, from config/index.yaml; a change takes effect with <c>pipeline reindex</c>.</summary>
public sealed record IndexOptions(ChineseSegmenter ChineseSegmenter)
{
    public const string FileName = "index.yaml";

    public static IndexOptions Default { get; } = new(ChineseSegmenter.Icu);

    /// <summary>Reads <paramref name="configFolder"/>/index.yaml; the defaults when there is none. An <see cref="InvalidDataException"/> names the file and the value at fault.</summary>
    public static IndexOptions Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        if (!File.Exists(path))
        {
            return Default;
        }
        Model? model;
        try
        {
            model = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<Model?>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}, line {e.Start.Line}: {e.GetBaseException().Message}", e);
        }
        return (model?.ChineseAnalyzer?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "icu" => Default,
            "smartcn" => new IndexOptions(ChineseSegmenter.SmartCn),
            var other => throw new InvalidDataException($"{path}: chinese_analyzer '{other}' is not one of icu, smartcn"),
        };
    }

    private sealed class Model
    {
        public string? ChineseAnalyzer { get; set; }
    }
}

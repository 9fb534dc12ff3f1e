
namespace Pipeline.Index;

/// <summary>How the index analyzes text, from config/index.yaml; a change takes effect with <c>pipeline reindex</c>.</summary>
public sealed record IndexOptions(ChineseSegmenter ChineseSegmenter)
{
    public const string FileName = "index.yaml";

    public static IndexOptions Default { get; } = new(ChineseSegmenter.Characters);

    /// <summary>Reads <paramref name="configFolder"/>/index.yaml; the defaults when there is none. A <see cref="ConfigException"/> names the file and the value at fault.</summary>
    public static IndexOptions Load(string configFolder)
    {
        var path = Path.Combine(configFolder, FileName);
        if (!File.Exists(path))
        {
            return Default;
        }
        var model = ConfigFile.Read<Model>(path);
        if (string.IsNullOrWhiteSpace(model?.ChineseAnalyzer))
        {
            return Default;
        }
        return ChineseSegmenterNames.Parse(model.ChineseAnalyzer) is { } segmenter
            ? new IndexOptions(segmenter)
            : throw new ConfigException(path, null,
                $"chinese_analyzer '{model.ChineseAnalyzer.Trim().ToLowerInvariant()}' is not one of {string.Join(", ", ChineseSegmenterNames.All)}");
    }

    private sealed class Model
    {
        public string? ChineseAnalyzer { get; set; }
    }
}

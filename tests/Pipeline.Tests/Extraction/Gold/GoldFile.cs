using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Extraction;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Extraction.Gold;

/// <summary>
/// One hand-annotated article: the corpus file it annotates, the date ingestion gives it, and every
/// mention a reader finds in it, at offsets into the CLEANED text (<c>DocumentReader.Read(...).Text</c>).
/// </summary>
internal sealed record GoldFile(string File, DateOnly? DocumentDate, string? Note, IReadOnlyList<GoldMention> Mentions)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>This folder in the source tree (the gold files are read where they are written, not copied).</summary>
    public static string Folder =>
        Path.Combine(Path.GetDirectoryName(SeedCorpus.Folder)!, "tests", "Pipeline.Tests", "Extraction", "Gold");

    /// <summary>The annotated corpus file.</summary>
    public string CorpusPath => Path.Combine(SeedCorpus.Folder, File);

    public static IReadOnlyList<string> Paths() =>
        [.. Directory.GetFiles(Folder, "*.gold.json").Order(StringComparer.Ordinal)];

    public static GoldFile Load(string path) =>
        JsonSerializer.Deserialize<GoldFile>(System.IO.File.ReadAllText(path), Json)
        ?? throw new InvalidDataException(path + ": empty gold file");

    public static IReadOnlyList<GoldFile> LoadAll() => [.. Paths().Select(Load)];

    /// <summary>The gold mentions in the pipeline's own model, so gold and predictions compare alike.</summary>
    public IReadOnlyList<Mention> ToMentions() => [.. Mentions.Select(m => m.ToMention())];
}

/// <summary>A mention as the gold file writes it: kind, span, surface, and the one normalized value its kind has.</summary>
internal sealed record GoldMention(MentionKind Kind, int Start, int End, string Surface)
{
    public GoldValue? Value { get; init; }

    public GoldDate? Date { get; init; }

    public string? EntityId { get; init; }

    public Mention ToMention() => new(Kind, Start, End, Surface)
    {
        EntityId = EntityId,
        Value = Value is null ? null : new Measure(Value.Lo, Value.Hi, Value.Unit, Value.Qualifier),
        Date = Date is null ? null : new DateSpan(Date.From, Date.To),
    };
}

/// <summary>An interval in the canonical unit (USD, CNY, t, USD/kg, CNY/kg, %); a null bound is open.</summary>
internal sealed record GoldValue(double? Lo, double? Hi, string Unit, Qualifier Qualifier);

internal sealed record GoldDate(DateOnly From, DateOnly To);

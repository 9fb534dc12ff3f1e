using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// A measure a claim can state, with the words that name it and the words that, standing near
/// the value, say the figure is about something else (a cost, a tariff). From config/attributes.yaml.
/// </summary>
public sealed record AttributeDefinition(
    string Key,
    string Name,
    MentionKind ValueKind,
    IReadOnlyList<EntityKind> SubjectKinds,
    CueSet Cues,
    CueSet Vetoes,
    int Window)
{
    /// <summary>The first subject kind in the clause wins over a nearer entity of a later kind.</summary>
    public bool PreferKind { get; init; }

    /// <summary>"全球…产量", "global output": with no entity named, the world is the subject.</summary>
    public bool WorldSubject { get; init; }

    /// <summary>A government office acts for its country (商务部 → China): dates of measures, counts of controlled items.</summary>
    public bool CountryActs { get; init; }

    /// <summary>An act of two parties (signing): a country that signs "with" another signs as the pair.</summary>
    public bool Joint { get; init; }

    /// <summary>The date of one act: a year or a span longer than a month names none, and makes no claim.</summary>
    public bool Event { get; init; }

    /// <summary>
    /// Words one of which must stand beside the value for the measure to apply: a change ("jumped
    /// 40%", 同比增长8%) or who pays ("provided 50% of the costs"). Null when none is needed.
    /// </summary>
    public CueSet? Needs { get; init; }

    /// <summary>
    /// A needed word still counts when to/至 follows it (许可延长至2027年, "licence extended to 2027"):
    /// a licence runs to its end. By default a word of change before to/至 states a level ("rose to 40%").
    /// </summary>
    public bool NeedsThroughTo { get; init; }

    /// <summary>
    /// The value is one figure as a multiple or part of another (double the spot price, 欧美企业的1/3),
    /// in per cent of it. Such a value is a claim only for such a measure, and such a measure takes no other.
    /// </summary>
    public bool Compares { get; init; }

    /// <summary>Words beside the value that make the figure negative: a loss per share (每股亏损5美分) is earnings of -0.05.</summary>
    public CueSet? Negatives { get; init; }

    /// <summary>
    /// Words beside the value that make it more of a facility named elsewhere ("a further $400 million",
    /// 追加资金), and the measures such a facility can be: the claim takes the kind of the nearest one.
    /// </summary>
    public CueSet? Added { get; init; }

    /// <inheritdoc cref="Added"/>
    public IReadOnlyList<string> AddsTo { get; init; } = [];

    /// <summary>Entity kinds that narrow the measure when named in the value's stretch and not its subject: the country a tariff is levied on.</summary>
    public IReadOnlyList<EntityKind> NarrowedBy { get; init; } = [];
}

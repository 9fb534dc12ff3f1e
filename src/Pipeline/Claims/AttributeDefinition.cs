using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>
/// An attribute a claim can state, with the words that signal it and the words that, standing
/// near the value (nearer than any cue, or within a few words), say the figure is about
/// something else (a cost, a tariff).
/// From config/attributes.yaml.
/// </summary>
public sealed record AttributeDefinition(
    string Key,
    string Name,
    MentionKind ValueKind,
    IReadOnlyList<EntityKind> SubjectKinds,
    CueSet Cues,
    CueSet Vetoes,
    int Window);

using Pipeline.Extraction;

namespace Pipeline.Claims;

/// <summary>An attribute a claim can state, with the words that signal it (from config/attributes.yaml).</summary>
public sealed record AttributeDefinition(
    string Key,
    string Name,
    MentionKind ValueKind,
    IReadOnlyList<EntityKind> SubjectKinds,
    CueSet Cues,
    int Window);

namespace Pipeline.App.Web.Api;

/// <summary>
/// The body of POST /api/review/{id}/decision: {"decision": "confirm"|"dismiss"|"correct", "reason": "different-scope"|…
/// (for dismiss), "group": 1 (for correct: the value group's number), "note": "…"}.
/// </summary>
public sealed record DecisionRequest(string? Decision, string? Note, string? Reason = null, int? Group = null);

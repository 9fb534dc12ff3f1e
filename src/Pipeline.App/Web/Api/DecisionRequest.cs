namespace Pipeline.App.Web.Api;

/// <summary>The body of POST /api/review/{id}/decision: {"decision": "confirm"|"dismiss", "note": "…"}.</summary>
public sealed record DecisionRequest(string? Decision, string? Note);

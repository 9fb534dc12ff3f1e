using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <summary>One claim of a dispute's value group, with its document, as the review page shows it; a label when it has one.</summary>
public sealed record ReviewSide(string? Label, ClaimRecord Claim, Document Document);

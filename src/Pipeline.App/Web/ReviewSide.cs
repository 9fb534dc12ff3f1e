using Pipeline.Storage;

namespace Pipeline.App.Web;

/// <summary>One of a review item's two claims, with its document: what each column of the review page shows.</summary>
public sealed record ReviewSide(string Label, ClaimRecord Claim, Document Document);

namespace Pipeline.App.Evaluation;

/// <summary>One row of a search-queries table: a query as an analyst types it and the files that answer it.</summary>
/// <param name="Relevant">Article files, relative to the folder searched, that a good search returns.</param>
public sealed record JudgedQuery(string Id, string Query, IReadOnlyList<string> Relevant);

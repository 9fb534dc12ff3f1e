using Pipeline.CrossCheck;
using Pipeline.Storage;

namespace Pipeline.App.Output;

/// <summary>A fact as `facts --json` prints it: the fact, its value groups (best supported first), each claim with its source, and the model's verdict on its dispute.</summary>
public static class FactJson
{
    /// <param name="verdicts">The disputes with a model's verdict, by fact (<see cref="StatedFact.Identity"/>).</param>
    public static object Of(StatedFact fact, IReadOnlyDictionary<long, (ClaimRecord Claim, Document Document)> stored, IReadOnlyDictionary<string, DisputeItem> verdicts) => new
    {
        Key = fact.Identity,
        Fact = new
        {
            fact.Key.Subject,
            Measure = fact.Key.Attribute,
            fact.Key.Scope,
            Modality = fact.Key.Modality.ToString().ToLowerInvariant(),
            Period = fact.Period.Length == 0 ? null : fact.Period,
            fact.Unit,
        },
        Disputed = fact.IsDisputed,
        fact.Sources,
        Groups = fact.Groups.Select((group, index) => new
        {
            group.Value,
            Support = group.Sources,
            Dissent = fact.Dissents.Contains(index),
            Claims = group.Claims.Where(c => stored.ContainsKey(c.Id)).Select(c => ReviewJson.Side(stored[c.Id].Claim, stored[c.Id].Document)),
        }),
        Reason = fact.IsDisputed ? fact.Reason : null,
        Severity = fact.IsDisputed ? fact.Severity.ToString().ToLowerInvariant() : null,
        fact.UnitConfusion,
        Verdict = fact.IsDisputed && verdicts.TryGetValue(fact.Identity, out var item) ? ReviewJson.Verdict(item) : null,
    };
}

using Pipeline.CrossCheck;
using Pipeline.Storage;

namespace Pipeline.App.Output;

/// <summary>A claim's normalized value as people read it: "110 USD/lb = 242.5 USD/kg, for 2025".</summary>
public static class ClaimText
{
    public static string Value(ClaimRecord claim)
    {
        var value = claim.DateFrom is not null
            ? FigureText.Of(claim.DateFrom, claim.DateTo)
            : FigureText.Of(claim.Low, claim.High, claim.Unit, claim.Qualifier, claim.StatedUnit);
        return claim.TimeFrom is null ? value : $"{value}, for {FigureText.Of(claim.TimeFrom, claim.TimeTo)}";
    }

    /// <summary>"read by the model (name)" for a claim from the language model, empty for the rules' own: an analyst weighs the two differently.</summary>
    public static string Origin(ClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Origin is null ? "" : $"read by the model ({claim.Model})";
    }
}

namespace Pipeline.Claims;

/// <summary>The words that make a figure something other than an actual one.</summary>
public sealed record ModalityWords(CueSet Target, CueSet Cap, CueSet Forecast);

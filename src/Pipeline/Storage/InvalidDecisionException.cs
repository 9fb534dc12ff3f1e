namespace Pipeline.Storage;

/// <summary>A decision the dispute cannot take (a dismissal without a reason, a group it does not have); the message says which, for the user.</summary>
public sealed class InvalidDecisionException(string message) : Exception(message);

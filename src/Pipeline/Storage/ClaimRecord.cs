using System.Globalization;
using Pipeline.Claims;
using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>A stored claim, with a fingerprint that stays the same while the claim does.</summary>
public sealed class ClaimRecord
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public required string Subject { get; set; }
    public required string Attribute { get; set; }
    public double? Low { get; set; }
    public double? High { get; set; }
    public string? Unit { get; set; }
    public Qualifier? Qualifier { get; set; }
    public string? StatedUnit { get; set; }

    /// <summary>The value, for date attributes (announced, takes effect, suspended).</summary>
    public DateOnly? DateFrom { get; set; }
    public DateOnly? DateTo { get; set; }

    /// <summary>The time the claim is about, when the sentence names one.</summary>
    public DateOnly? TimeFrom { get; set; }
    public DateOnly? TimeTo { get; set; }

    /// <summary>What narrows the measure (heavy-rare-earths, demand); null for the measure as a whole.</summary>
    public string? Scope { get; set; }

    /// <summary>Target, cap or forecast; null for an actual figure (and for claims stored before modality was read).</summary>
    public Modality? Modality { get; set; }

    /// <summary>The document's date, for a figure whose clause names no period (present tense).</summary>
    public DateOnly? AsOf { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public int SentenceStart { get; set; }
    public int SentenceEnd { get; set; }
    public required string Sentence { get; set; }

    /// <summary>Who read the claim: null for the rules, <see cref="ModelOrigin"/> for the language model (named in <see cref="Model"/>).</summary>
    public string? Origin { get; set; }

    /// <summary>The model that read the claim, for a claim from the model.</summary>
    public string? Model { get; set; }

    public const string ModelOrigin = "model";

    /// <summary>"rules" or "model", as shown wherever claims are.</summary>
    public string OriginName => Origin ?? "rules";

    /// <summary>
    /// SHA-256 of what the claim says and where (document, sentence), not of its offsets: an edit
    /// elsewhere in the document leaves it unchanged, so decisions about it can stand. Not indexed:
    /// a claim is found by its document and fingerprint together (<see cref="ClaimReference"/>).
    /// </summary>
    public required string Fingerprint { get; set; }

    public static ClaimRecord From(int documentId, Claim claim) => new()
    {
        DocumentId = documentId,
        Subject = claim.Subject,
        Attribute = claim.Attribute,
        Low = claim.Value?.Low,
        High = claim.Value?.High,
        Unit = claim.Value?.Unit,
        Qualifier = claim.Value?.Qualifier,
        StatedUnit = claim.Value?.StatedUnit,
        DateFrom = claim.DateValue?.From,
        DateTo = claim.DateValue?.To,
        TimeFrom = claim.Time?.From,
        TimeTo = claim.Time?.To,
        Scope = claim.Scope,
        Modality = claim.Modality == Claims.Modality.Actual ? null : claim.Modality,
        AsOf = claim.AsOf,
        Start = claim.Start,
        End = claim.End,
        SentenceStart = claim.SentenceStart,
        SentenceEnd = claim.SentenceEnd,
        Sentence = claim.Sentence,
        Fingerprint = FingerprintOf(documentId, claim),
    };

    private static string FingerprintOf(int documentId, Claim claim)
    {
        return KeyHash.Of(
            documentId.ToString(CultureInfo.InvariantCulture), claim.Subject, claim.Attribute,
            Format(claim.Value?.Low), Format(claim.Value?.High), claim.Value?.Unit, claim.Value?.Qualifier,
            claim.DateValue, claim.Time, claim.Scope, claim.Modality, claim.Sentence, claim.End - claim.Start);
    }

    /// <summary>
    /// What the claim reads, wherever it is read: its fingerprint without the document. The same
    /// sentence read the same way in another document (a syndicated copy) has the same reading.
    /// </summary>
    public static string ReadingOf(ClaimRecord claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return KeyHash.Of(claim.Subject, claim.Attribute, Format(claim.Low), Format(claim.High), claim.Unit, claim.Qualifier,
            claim.DateFrom, claim.DateTo, claim.TimeFrom, claim.TimeTo, claim.Scope, claim.Modality, claim.Sentence, claim.End - claim.Start);
    }

    private static string Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";
}

using Pipeline.App.Hosting;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.App.Output;

/// <summary>A document, its mentions and its claims as `show`, `entities` and `claims` print them with --json.</summary>
public static class DocumentJson
{
    /// <param name="text">The text sent, when it is a part of the document's (the web API's ranges); else the whole text.</param>
    public static object Of(Document document, string? text = null) => new
    {
        document.Id,
        document.Title,
        Source = PipelinePaths.Display(document.Source),
        Lang = document.Language,
        document.Script,
        Date = document.PublishedOn,
        document.ContentHash,
        document.IngestedAt,
        document.UpdatedAt,
        Text = text ?? document.Text,
    };

    public static object Mention(MentionRecord m) => new
    {
        DocId = m.DocumentId,
        Kind = KindWord(m),
        Id = m.EntityId,
        m.Verified,
        m.Surface,
        m.Start,
        m.End,
        Value = m.Unit is null ? null : new { Lo = m.Low, Hi = m.High, m.Unit, Qualifier = m.Qualifier?.ToString().ToLowerInvariant(), m.StatedUnit },
        Date = m.DateFrom is null ? null : new { From = m.DateFrom, To = m.DateTo },
    };

    public static object Claim(ClaimRecord c) => new
    {
        c.Id,
        DocId = c.DocumentId,
        c.Subject,
        c.Attribute,
        Value = c.DateFrom is not null
            ? (object)new { From = c.DateFrom, To = c.DateTo }
            : new { Lo = c.Low, Hi = c.High, c.Unit, Qualifier = c.Qualifier?.ToString().ToLowerInvariant(), c.StatedUnit },
        c.Scope,
        Modality = (c.Modality ?? Modality.Actual).ToString().ToLowerInvariant(),
        Time = c.TimeFrom is null ? null : new { From = c.TimeFrom, To = c.TimeTo },
        c.AsOf,
        c.Start,
        c.End,
        c.Sentence,
        Origin = c.OriginName,
        c.Model,
    };

    /// <summary>An entity mention's kind (company, element…), else the value's (money, date…).</summary>
    public static string? KindWord(MentionRecord m) =>
        m.Kind == MentionKind.Entity ? m.EntityKind?.ToString().ToLowerInvariant() : m.Kind.ToString().ToLowerInvariant();
}

using System.Collections.Frozen;
using Pipeline.Extraction;
using Pipeline.Extraction.Values;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Claims from a table written in text (<see cref="TextTable"/>): each cell that holds a value is
/// a claim about its row's label, of the measure its column stands for.
/// <list type="bullet">
/// <item>Subject: the one entity the row's first cell names (美国, Lynas). 全球, 世界, World make the
/// world the subject, and so do 总计, 合计, Total in a table of countries, for measures with world
/// totals. Any other label (其他国家, Others, Rest of world) makes no claim.</item>
/// <item>Measure: the one the column's header names ("Mine production 2024 (t)"). A column headed by
/// a period (2024, 2024年) or by nothing takes the table's: named in the first header cell
/// (稀土矿产量, Reserves (t)), else in the nearest of the two lines above it (the caption). A header
/// that names something else (Revenue, Share) is no measure of ours: no claim.</item>
/// <item>Period: the one date of the column's header, else of the first header cell, else of the
/// caption the measure came from; with none, the document's date, as for a present-tense figure.</item>
/// <item>Scope and modality: from the same header cells and caption as the measure.</item>
/// </list>
/// The value is the cell's number, read by <see cref="TableCells"/> in the unit the header or the
/// caption gives: a number with no unit known is no value, and makes no claim.
/// </summary>
/// <remarks>
/// A 0 is a figure the table states (nothing mined that year), so it makes a claim like any other.
/// It cannot flood the cross-check: a cell carries its column's year, so a 0 meets only figures
/// for the same subject and year, where 0 against 5,000 t is a disagreement worth a look.
/// </remarks>
internal static class TableReader
{
    private static readonly FrozenSet<string> WorldLabels = Labels(
        "全球", "世界", "全世界", "全球总计", "全球合计", "世界总计", "世界合计",
        "world", "global", "worldwide", "world total", "global total", "total world");

    private static readonly FrozenSet<string> TotalLabels = Labels("总计", "合计", "共计", "总量", "total", "totals", "grand total");

    public static IEnumerable<Claim> Read(
        AttributeCatalog catalog, string text, string language, TextTable table, IReadOnlyList<Mention> mentions, DateOnly? documentDate)
    {
        var inTable = mentions.Where(m => m.Start >= table.Start && m.End <= table.End).ToList();
        var header = table.Header.Cells.Select(cell => View(text, cell, language, inTable)).ToList();
        var captions = table.CaptionLines(text)
            .Select(line => View(text, line, language, mentions))
            .ToList();
        var countries = IsTableOfCountries(table, inTable);
        foreach (var row in table.Rows)
        {
            var label = row.Cells[0];
            for (var column = 1; column < row.Cells.Count && column < header.Count; column++)
            {
                var (start, end) = row.Cells[column];
                if (inTable.FirstOrDefault(m => m.Start >= start && m.End <= end && m.Kind != MentionKind.Entity) is not { Value: not null } value
                    || Describing(catalog, header[column], header[0], captions, value.Kind) is not { } described
                    || SubjectOf(text, label, inTable, described.Measure, catalog.GeneralEntities, countries) is not { } subject)
                {
                    continue;
                }
                var (measure, describing) = described;
                var period = PeriodOf(describing);
                yield return new Claim(subject, measure.Key, value.Value, null, period, value.Start, value.End, row.Start, row.End, text[row.Start..row.End])
                {
                    Scope = describing.Select(view => ScopeReader.Named(catalog, view, measure, subject)).FirstOrDefault(scope => scope is not null),
                    Modality = ModalityOf(catalog.Modalities, describing),
                    AsOf = period is null ? documentDate : null,
                };
            }
        }
    }

    /// <summary>
    /// The measure of a column's values and the texts that describe it: the column's header, then
    /// the first header cell, then the captions, up to the one that names the measure.
    /// </summary>
    private static (AttributeDefinition Measure, List<SentenceView> Describing)? Describing(
        AttributeCatalog catalog, SentenceView column, SentenceView first, List<SentenceView> captions, MentionKind kind)
    {
        List<SentenceView> describing = [column];
        if (MeasureReader.FromHeading(catalog, column, kind) is { } named)
        {
            return Vetoed(column, named) ? null : (named, describing);
        }
        if (!TableCells.NamesNoMeasure(column.Text))
        {
            return null; // "Revenue", "Share": the column is about something the catalogue does not measure
        }
        describing.Add(first);
        if (MeasureReader.FromHeading(catalog, first, kind) is { } table)
        {
            return Vetoed(first, table) ? null : (table, describing);
        }
        foreach (var caption in captions)
        {
            describing.Add(caption);
            if (MeasureReader.FromHeading(catalog, caption, kind) is { } titled)
            {
                return (titled, describing);
            }
        }
        return null;
    }

    /// <summary>"Production growth (%)": a header's veto word says the column is not the measure (a caption's prose is not read for them).</summary>
    private static bool Vetoed(SentenceView header, AttributeDefinition measure) => header.Find(measure.Vetoes).Length > 0;

    /// <summary>The one entity a row's label names, or the world for a total row.</summary>
    private static string? SubjectOf(
        string text, (int Start, int End) label, List<Mention> mentions, AttributeDefinition measure, IReadOnlySet<string> general, bool countries)
    {
        string? named = null;
        foreach (var entity in mentions)
        {
            if (entity.Start < label.Start || entity.End > label.End || !IsCandidate(entity, general) || !measure.SubjectKinds.Contains(entity.EntityKind!.Value))
            {
                continue;
            }
            if (named is not null && named != entity.EntityId)
            {
                return null; // "US and Canada": two holders, no one figure for either
            }
            named = entity.EntityId;
        }
        if (named is not null || !measure.WorldSubject)
        {
            return named;
        }
        var words = Label(text.AsSpan(label.Start, label.End - label.Start));
        return WorldLabels.Contains(words) || (countries && TotalLabels.Contains(words)) ? SubjectReader.World : null;
    }

    /// <summary>Whether the rows' labels name countries and nothing else: then a total row is the world's.</summary>
    private static bool IsTableOfCountries(TextTable table, List<Mention> mentions)
    {
        var countries = false;
        foreach (var row in table.Rows)
        {
            var (start, end) = row.Cells[0];
            foreach (var entity in mentions)
            {
                if (entity.Start >= start && entity.End <= end && entity.Kind == MentionKind.Entity && entity.Verified)
                {
                    if (entity.EntityKind != EntityKind.Country)
                    {
                        return false;
                    }
                    countries = true;
                }
            }
        }
        return countries;
    }

    private static bool IsCandidate(Mention entity, IReadOnlySet<string> general) =>
        entity.Kind == MentionKind.Entity && entity.Verified && entity.EntityId is { } id && !general.Contains(id) && entity.EntityKind is not null;

    /// <summary>The date of the first describing text that names one; a text that names several gives no one period.</summary>
    private static DateSpan? PeriodOf(List<SentenceView> describing)
    {
        foreach (var view in describing)
        {
            var dates = view.Mentions.Where(m => m.Kind == MentionKind.Date && m.Date is not null).ToList();
            if (dates.Count > 0)
            {
                return dates.Count == 1 ? dates[0].Date : null;
            }
        }
        return null;
    }

    private static Modality ModalityOf(ModalityWords words, List<SentenceView> describing) =>
        describing.Any(v => v.Find(words.Cap).Length > 0) ? Modality.Cap
        : describing.Any(v => v.Find(words.Target).Length > 0) ? Modality.Target
        : describing.Any(v => v.Find(words.Forecast).Length > 0) ? Modality.Forecast
        : Modality.Actual;

    private static SentenceView View(string text, (int Start, int End) span, string language, IEnumerable<Mention> mentions) =>
        new(TextNormalizer.Default.NormalizeString(text[span.Start..span.End]), span.Start, language,
            [.. mentions.Where(m => m.Start >= span.Start && m.End <= span.End)]);

    /// <summary>A label as compared with the lists: normalized, without a bracketed note or footnote marks ("World total (rounded)").</summary>
    private static string Label(ReadOnlySpan<char> label)
    {
        var words = TextNormalizer.Default.NormalizeString(label.ToString());
        var open = words.IndexOf('(', StringComparison.Ordinal);
        return (open >= 0 ? words[..open] : words).Trim().Trim('*', ':').Trim();
    }

    private static FrozenSet<string> Labels(params string[] labels) =>
        labels.Select(TextNormalizer.Default.NormalizeString).ToFrozenSet(StringComparer.Ordinal);
}

namespace Pipeline.Extraction.Values;

/// <summary>
/// Which dollar a bare "$" is in one document. It is the US dollar unless the document speaks of one
/// other dollar country's own money: it names that country and no other home of a dollar (the United
/// States among them), and never writes that currency with its own sign. Australian news of an
/// Australian government loan writes "$1.25 billion" for Australian dollars; wire copy that writes
/// "A$400 million ($257 million)" keeps the bare "$" for the US-dollar conversion. The homes are
/// config/lexicon/units.yaml's <c>home</c> entries.
/// </summary>
public sealed class DollarCurrency(IReadOnlyDictionary<string, string> homes)
{
    private const string UsDollar = "USD";

    /// <summary>The mentions, with bare-"$" money and prices in the document's own dollar when it has one.</summary>
    public IReadOnlyList<Mention> Apply(IReadOnlyList<Mention> mentions)
    {
        if (HomeCurrency(mentions) is not { } code)
        {
            return mentions;
        }
        var result = new Mention[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            result[i] = mention.Value is { } value && IsBareDollar(mention) && value.Unit.StartsWith(UsDollar, StringComparison.Ordinal)
                ? mention with { Value = value with { Unit = code + value.Unit[UsDollar.Length..], StatedUnit = Restated(value.StatedUnit, code) } }
                : mention;
        }
        return result;
    }

    /// <summary>The one dollar country the document names, when it is not the United States and its own sign is never written.</summary>
    private string? HomeCurrency(IReadOnlyList<Mention> mentions)
    {
        string? found = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Entity && mention.Verified && mention.EntityId is { } id
                && homes.TryGetValue(id, out var code) && code != found)
            {
                if (found is not null)
                {
                    return null; // two dollar countries (Australia and the US): "$" is the US dollar, as wire copy writes it
                }
                found = code;
            }
        }
        if (found is null or UsDollar)
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.Value is { } value && value.Unit.StartsWith(found, StringComparison.Ordinal))
            {
                return null; // the writer marks this dollar (A$): a bare "$" is another one
            }
        }
        return found;
    }

    /// <summary>"$1.25 billion", "up to $400 million", "$110/kg": a dollar sign with no letters of a currency before it (US$, A$, USD $).</summary>
    private static bool IsBareDollar(Mention mention)
    {
        if (mention.Kind is not (MentionKind.Money or MentionKind.Rate))
        {
            return false;
        }
        var surface = mention.Surface;
        var sign = surface.IndexOf('$', StringComparison.Ordinal);
        var digit = surface.AsSpan().IndexOfAnyInRange('0', '9');
        if (sign < 0 || (digit >= 0 && digit < sign))
        {
            return false;
        }
        var before = surface.AsSpan(0, sign);
        if (before.Length > 0 && char.IsLetter(before[^1]))
        {
            return false; // US$, A$, C$
        }
        var lastWord = before.TrimEnd();
        var space = lastWord.LastIndexOf(' ');
        var word = space < 0 ? lastWord : lastWord[(space + 1)..];
        return !(word.Length == 3 && !word.ContainsAnyExceptInRange('A', 'Z')); // "USD $1 billion": a code before the sign
    }

    private static string? Restated(string? stated, string code) =>
        stated is not null && stated.StartsWith(UsDollar, StringComparison.Ordinal) ? code + stated[UsDollar.Length..] : stated;
}

namespace Pipeline.Extraction.Entities;

/// <summary>
/// What an alias key leads to: an entity, or nothing for an ignored phrase (US$). With
/// <see cref="CasedForms"/> the text must also have the capitalisation of one of those forms.
/// </summary>
internal sealed record AliasTarget(LexiconEntity? Entity, IReadOnlyList<string>? CasedForms)
{
    public bool AcceptsCase(ReadOnlySpan<char> original)
    {
        if (CasedForms is null)
        {
            return true;
        }
        foreach (var form in CasedForms)
        {
            if (SameCase(original, form))
            {
                return true;
            }
        }
        return false;
    }

    // The normalized forms are already equal, so letters pair up one to one: compare their case.
    private static bool SameCase(ReadOnlySpan<char> original, string form)
    {
        var k = 0;
        foreach (var c in original)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            while (k < form.Length && !char.IsLetter(form[k]))
            {
                k++;
            }
            if (k == form.Length || char.IsUpper(c) != char.IsUpper(form[k++]))
            {
                return false;
            }
        }
        return true;
    }
}

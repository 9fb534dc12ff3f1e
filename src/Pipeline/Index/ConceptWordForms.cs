namespace Pipeline.Index;

/// <summary>
/// The forms of an English word that a concept's name matches: its inflections, not its
/// derivations. Porter's stems join both: <c>separ</c> is separation and separately, <c>accord</c>
/// is accord and according, <c>reserv</c> is reserves and reservation, so a name matched by
/// its stem marked words that do not name the concept.
/// </summary>
/// <remarks>
/// Each word has up to two keys, written into a buffer without allocating, since the index
/// takes them for every token:
/// <list type="bullet">
/// <item>the noun key, singular and plural alike: reserve and reserves, licence and licences,
/// refinery and refineries, tax and taxes (and a word that is not lower-case ASCII Latin: a
/// Chinese word, a figure, as it stands);</item>
/// <item>the verb key, for a name's word ending in -ing: every form of the verb (refine,
/// refines, refined, refining; rely, relies, relied, relying), marked with a leading
/// <see cref="VerbMark"/> so it never equals a noun key.</item>
/// </list>
/// A name's word matches by its verb key if it ends in -ing, else by its noun key: the name
/// <c>accord</c> (the noun) matches accords and not according, and <c>refining</c> matches
/// refined and not refinement. Doubled consonants (stopping) and irregular forms (dealt) are not
/// folded: names list the forms they want beyond these (suspend, suspended).
/// </remarks>
public static class ConceptWordForms
{
    /// <summary>Starts every verb key: '~' never starts a word the tokenizers make.</summary>
    public const char VerbMark = '~';

    /// <summary>The longest key written: a longer word's keys are the word itself (noun) and none (verb).</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Writes the noun key of <paramref name="word"/> into <paramref name="key"/> and returns its length.</summary>
    public static int Noun(ReadOnlySpan<char> word, Span<char> key)
    {
        var y = false;
        var length = IsPlainWord(word) ? SingularLength(word, out y) : -1;
        if (length < 0)
        {
            word.CopyTo(key);
            return word.Length;
        }
        word[..length].CopyTo(key);
        if (y)
        {
            key[length++] = 'y';
        }
        return length;
    }

    /// <summary>Writes the verb key of <paramref name="word"/> (with its mark) into <paramref name="key"/> and returns its length; 0 for a word that is no English verb form.</summary>
    public static int Verb(ReadOnlySpan<char> word, Span<char> key)
    {
        if (!IsPlainWord(word) || word.Length + 1 > key.Length)
        {
            return 0;
        }
        var length = word.Length;
        var y = false;
        if (word.EndsWith("ing") && length >= 6)
        {
            length -= 3; // refining, relying, processing
        }
        else if ((word.EndsWith("ied") || word.EndsWith("ies")) && length >= 5)
        {
            length -= 3; // relied, relies
            y = true;
        }
        else if (word.EndsWith("ed") && length >= 5)
        {
            length -= 2; // refined, processed
        }
        else if (SingularLength(word, out _) is var singular and >= 0)
        {
            length = singular; // refines, processes
        }
        // refine, refin(ed), refin(ing) are one verb: a final e goes, after the endings above.
        if (!y && length >= 4 && word[length - 1] == 'e')
        {
            length--;
        }
        key[0] = VerbMark;
        word[..length].CopyTo(key[1..]);
        if (y)
        {
            key[++length] = 'y';
        }
        return length + 1;
    }

    /// <summary>The key a name's word is matched by: its verb key if it ends in -ing (and is a verb's form), else its noun key.</summary>
    public static string KeyOfNameWord(string word)
    {
        Span<char> key = stackalloc char[word.Length + 2];
        var length = word.EndsWith("ing", StringComparison.Ordinal) ? Verb(word, key) : 0;
        return new string(key[..(length > 0 ? length : Noun(word, key))]);
    }

    /// <summary>Whether <paramref name="word"/> is a form of the name's word keyed <paramref name="nameKey"/> (<see cref="KeyOfNameWord"/>).</summary>
    public static bool IsFormOf(ReadOnlySpan<char> word, string nameKey)
    {
        Span<char> key = stackalloc char[word.Length + 2];
        var length = nameKey.StartsWith(VerbMark) ? Verb(word, key) : Noun(word, key);
        return key[..length].SequenceEqual(nameKey);
    }

    /// <summary>Lower-case ASCII letters only, short enough for a key: the words whose endings are read.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word) =>
        word.Length is > 0 and < MaxKeyLength && !word.ContainsAnyExceptInRange('a', 'z');

    /// <summary>How much of a plural is its singular (with a 'y' to add for -ies), or -1 for a word that is no plural.</summary>
    private static int SingularLength(ReadOnlySpan<char> word, out bool y)
    {
        y = false;
        var length = word.Length;
        if (word.EndsWith("ies") && length >= 5)
        {
            y = true; // refineries, dependencies
            return length - 3;
        }
        if (word.EndsWith("es") && length >= 4 && (word[^3] is 's' or 'x' or 'z' || word[^4..^2] is "ch" or "sh"))
        {
            return length - 2; // taxes, processes, pushes
        }
        if (word.EndsWith('s') && length >= 4 && !(word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is")))
        {
            return length - 1; // reserves, controls, licences
        }
        return -1;
    }
}

using System.Text;

namespace Pipeline.Text;

/// <summary>
/// Brings text to the one form that indexing, querying and extraction share: Simplified
/// script, half-width letters, digits and punctuation, lower-case Latin, and squared unit
/// signs spelled out (㎏ becomes kg).
/// </summary>
/// <remarks>
/// Almost every step maps one UTF-16 unit to one, so the usual map is the identity and the
/// text is built in one pass; only squared unit signs expand, and a text holding one takes
/// the slower path that records where each normalized character came from. The one-to-one
/// steps are worked out once for every UTF-16 unit (a 128 KB table): normalizing is then one
/// array read per character, and every document's text is normalized for extraction and again
/// for each field the index analyzes.
/// </remarks>
public sealed class TextNormalizer
{
    private readonly char[] _normalized;

    public TextNormalizer(ScriptConverter scripts)
    {
        _normalized = new char[char.MaxValue + 1];
        for (var c = 0; c < _normalized.Length; c++)
        {
            _normalized[c] = NormalizeChar((char)c, scripts);
        }
    }

    public static TextNormalizer Default { get; } = new(ScriptConverter.Default);

    public NormalizedText Normalize(string original)
    {
        if (!Expands(original))
        {
            return new(NormalizeSameLength(original), OffsetMap.Identity(original.Length));
        }
        return NormalizeExpanding(original);
    }

    /// <summary>The normalized form alone, for queries and lookups.</summary>
    public string NormalizeString(string text) =>
        // No map made: claims normalize every sentence again and read none.
        Expands(text) ? NormalizeExpanding(text).Text : NormalizeSameLength(text);

    /// <summary>Whether the text holds a squared unit sign, the one thing normalizing spells out longer.</summary>
    private static bool Expands(string text) => text.AsSpan().IndexOfAnyInRange(SquaredFirst, SquaredLast) >= 0;

    /// <summary>Normalizes characters in place; squared unit signs are left as they are.</summary>
    public void FoldInPlace(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = _normalized[chars[i]];
        }
    }

    private string NormalizeSameLength(string text) => string.Create(text.Length, (text, _normalized), static (span, state) =>
    {
        var (source, normalized) = state;
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = normalized[source[i]];
        }
    });

    private NormalizedText NormalizeExpanding(string original)
    {
        var text = new StringBuilder(original.Length + 16);
        var positions = new List<int>(original.Length + 16);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c is >= SquaredFirst and <= SquaredLast)
            {
                foreach (var expanded in c.ToString().Normalize(NormalizationForm.FormKC))
                {
                    text.Append(_normalized[expanded]);
                    positions.Add(i);
                }
                continue;
            }
            text.Append(_normalized[c]);
            positions.Add(i);
        }
        return new(text.ToString(), OffsetMap.FromPositions([.. positions], original.Length));
    }

    private static char NormalizeChar(char c, ScriptConverter converter)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            // Full-width forms sit at a fixed distance from ASCII.
            var ascii = (char)(c - 0xFEE0);
            return ascii is >= 'A' and <= 'Z' ? (char)(ascii + 32) : ascii;
        }
        if (c == '\u3000')
        {
            return ' ';
        }
        if (c >= '\u3400')
        {
            return converter.ToSimplified(c);
        }
        return char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
    }

    // CJK Compatibility: squared unit signs such as ㎏ ㎞ ㎡ that NFKC spells out.
    private const char SquaredFirst = '\u3380';
    private const char SquaredLast = '\u33DF';
}

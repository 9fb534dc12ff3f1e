using System.Collections.Frozen;
using Icu;

namespace Pipeline.Text;

/// <summary>
/// Traditional to Simplified Chinese, one character at a time, from ICU's "Hant-Hans" transform.
/// </summary>
/// <remarks>
/// ICU's transform is character-based, so its table is read once, character by character, for the
/// CJK blocks; conversion is then a lookup that never changes the text's length, which keeps every
/// offset valid. Quote marks (「」『』) are not Han characters and are left as written, unlike
/// ICU's own transform, which turns them into “”.
/// </remarks>
public sealed class ScriptConverter
{
    private static readonly Lazy<ScriptConverter> Shared = new(() => new ScriptConverter(BuildTable()));

    private readonly FrozenDictionary<char, char> _toSimplified;

    private ScriptConverter(FrozenDictionary<char, char> toSimplified) => _toSimplified = toSimplified;

    public static ScriptConverter Default => Shared.Value;

    /// <summary>
    /// Starts building <see cref="Default"/> on another thread, for a process that will need it: loading
    /// ICU and reading its table take a tenth of a second or two, which then overlap the config files'
    /// reading. Whoever needs it first waits for the build, or meets its error.
    /// </summary>
    public static void BuildInBackground()
    {
        if (!Shared.IsValueCreated)
        {
            _ = Task.Run(() => Shared.Value);
        }
    }

    /// <summary>How many characters have a different Simplified form.</summary>
    public int TraditionalCharacterCount => _toSimplified.Count;

    public char ToSimplified(char c) => _toSimplified.TryGetValue(c, out var s) ? s : c;

    public bool IsTraditionalOnly(char c) => _toSimplified.ContainsKey(c);

    public string ToSimplified(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = ToSimplified(source[i]);
        }
    });

    private static FrozenDictionary<char, char> BuildTable()
    {
        IcuRuntime.EnsureInitialized();
        using var transform = Transliterator.CreateInstance("Hant-Hans");
        var table = new Dictionary<char, char>();
        foreach (var (first, last) in HanBlocks)
        {
            for (var c = first; c <= last; c++)
            {
                var converted = transform.Transliterate(c.ToString());
                if (converted.Length == 1 && converted[0] != c)
                {
                    table[c] = converted[0];
                }
            }
        }
        return table.ToFrozenDictionary();
    }

    // CJK Unified Ideographs Extension A, the main block, and the compatibility ideographs.
    private static readonly (char First, char Last)[] HanBlocks =
        [('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF'), ('\uF900', '\uFAFF')];
}

using Icu;

namespace Pipeline.Text;

/// <summary>
/// Traditional to Simplified Chinese, one character at a time, from ICU's "Hant-Hans" transform.
/// </summary>
/// <remarks>
/// ICU's transform is character-based, so its table is read once, character by character, for the
/// CJK blocks; conversion is then a lookup that never changes the text's length, which keeps every
/// offset valid. The table holds every UTF-16 unit (128 KB), so a lookup is one array read (script
/// detection asks for every Han character of a document). Quote marks (「」『』) are not Han
/// characters and are left as written, unlike ICU's own transform, which turns them into “”.
/// </remarks>
public sealed class ScriptConverter
{
    private static readonly Lazy<ScriptConverter> Shared = new(() => new ScriptConverter(BuildTable()));

    // Indexed by UTF-16 unit: the Simplified form, or the unit itself.
    private readonly char[] _toSimplified;

    private ScriptConverter(char[] toSimplified) => _toSimplified = toSimplified;

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

    public char ToSimplified(char c) => _toSimplified[c];

    public bool IsTraditionalOnly(char c) => _toSimplified[c] != c;

    private static char[] BuildTable()
    {
        IcuRuntime.EnsureInitialized();
        using var transform = Transliterator.CreateInstance("Hant-Hans");
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
        }
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
        return table;
    }

    // CJK Unified Ideographs Extension A, the main block, and the compatibility ideographs.
    private static readonly (char First, char Last)[] HanBlocks =
        [('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF'), ('\uF900', '\uFAFF')];
}

namespace Pipeline.Claims;

/// <summary>
/// Which characters and adjacent character pairs a text holds, hashed into a small bit set. A cue
/// one of whose character pairs (or, for a one-character cue, its character) is not in the set cannot
/// occur in the text, so most of the catalogue's cue sets skip their search in most sentences. The
/// set errs only one way: a pair it holds may be absent, one it lacks is never present.
/// </summary>
internal sealed class CharacterPairs
{
    // 2,048 bits: a 100-character sentence fills about a tenth of them.
    private const int Bits = 2048;
    private const int Shift = 32 - 11;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    public CharacterPairs()
    {
    }

    public CharacterPairs(string text) => Fill(text);

    /// <summary>Holds the characters and pairs of <paramref name="text"/> only, forgetting any text before.</summary>
    public void Fill(string text)
    {
        Array.Clear(_bits);
        for (var i = 0; i < text.Length; i++)
        {
            Set(SlotOf(text[i]));
            if (i + 1 < text.Length)
            {
                Set(SlotOf(text[i], text[i + 1]));
            }
        }
    }

    public bool Has(int slot) => (_bits[slot >> 6] & (1UL << (slot & 63))) != 0;

    /// <summary>Whether every slot is set: whether a literal with these <see cref="SlotsOf"/> may occur.</summary>
    public bool HasAll(int[] slots)
    {
        foreach (var slot in slots)
        {
            if (!Has(slot))
            {
                return false;
            }
        }
        return true;
    }

    public static int SlotOf(char single) => (int)(((uint)single * 0x9E3779B1u) >> Shift);

    public static int SlotOf(char first, char second) => (int)((((uint)first * 0x85EBCA77u) ^ ((uint)second * 0xC2B2AE3Du)) >> Shift);

    /// <summary>The slots a literal must find set to occur in a text: its character pairs, or its one character.</summary>
    public static int[] SlotsOf(ReadOnlySpan<char> literal)
    {
        if (literal.Length == 1)
        {
            return [SlotOf(literal[0])];
        }
        var slots = new int[literal.Length - 1];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = SlotOf(literal[i], literal[i + 1]);
        }
        return slots;
    }

    private void Set(int slot) => _bits[slot >> 6] |= 1UL << (slot & 63);
}

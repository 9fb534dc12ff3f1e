using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Jobs;

/// <summary>
/// Many short English reports, each different (a letter code names it) but with the same
/// entities, so every one has the same mentions, and no figures, so no claims to cross-check.
/// </summary>
internal static class GeneratedReports
{
    /// <summary>Writes <paramref name="count"/> reports into <paramref name="folder"/> (relative to <paramref name="root"/>); returns its full path.</summary>
    public static string Write(TempDirectory root, string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var code = Code(i);
            root.Write($"{folder}/report-{code}.txt",
                $"Bulletin {code}\n\nLynas and MP Materials met officials from China and Malaysia to discuss neodymium supplies, bulletin {code} said.\n");
        }
        return root.Combine(folder);
    }

    // Letters only: a number in the text could become a mention of its own.
    private static string Code(int i)
    {
        var letters = new char[4];
        for (var k = letters.Length - 1; k >= 0; k--, i /= 26)
        {
            letters[k] = (char)('a' + (i % 26));
        }
        return new string(letters);
    }
}

using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Evaluation;

/// <summary>
/// A small annotated folder in the dev set's layout, in the team's own words: four English
/// articles on China's share of rare-earth refining (90%, 85%, 90% again, and 99% of heavy rare
/// earths only), five annotated claims (one outside Pipeline's catalogue), two conflict pairs, an
/// agree pair and a trap.
/// </summary>
internal static class AnnotatedFolder
{
    public const string ClaimsHeader = "id\tfile\tquote\tsubject\tmeasure\tscope\tlo\thi\tunit\ttime\tnote";

    public static readonly string[] Claims =
    [
        "t1\ten_a_refining.txt\t90% of global rare earth refining\tchina\trefining-share\tglobal\t90\t90\t%\t-\tpresent tense",
        "t2\ten_b_estimate.txt\t85% of rare earth refining\tchina\trefining-share\tglobal\t85\t85\t%\t-\t",
        "t3\ten_c_agree.txt\t90% of rare earth refining worldwide\tchina\trefining-share\tglobal\t90\t90\t%\t-\t",
        "t4\ten_d_heavy.txt\t99% of heavy rare earth refining\tchina\trefining-share\theavy-rare-earths\t99\t99\t%\t-\t",
        "t5\ten_d_heavy.txt\temploys 300 people\tplant\temployee-count\t-\t300\t300\tcount\t-\t",
    ];

    /// <summary>Writes the folder into <paramref name="root"/>; returns its path.</summary>
    public static string Write(TempDirectory root, string? claimsHeader = null, IEnumerable<string>? claims = null)
    {
        root.Write("set/articles/en_a_refining.txt", "Refining report\n\nChina accounts for 90% of global rare earth refining. Mining is spread more widely.\n");
        root.Write("set/articles/en_b_estimate.txt", "Another estimate\n\nChina controls 85% of rare earth refining, one estimate says.\n");
        root.Write("set/articles/en_c_agree.txt", "Agreeing view\n\nAnalysts note that China accounts for 90% of rare earth refining worldwide.\n");
        root.Write("set/articles/en_d_heavy.txt", "Heavy elements\n\nChina accounts for 99% of heavy rare earth refining. The plant employs 300 people.\n");
        root.Write("set/claims.tsv", Tsv([claimsHeader ?? ClaimsHeader, .. claims ?? Claims]));
        root.Write("set/pairs.tsv", Tsv(
            "pair\tkind\tclaim_a\tclaim_b\twhy",
            "p1\tconflict\tt1\tt2\t90 vs 85",
            "p2\tconflict\tt2\tt3\t85 vs 90",
            "p3\tagree\tt1\tt3\tboth 90",
            "p4\ttrap\tt1\tt4\theavy rare earths only"));
        root.Write("set/sources.tsv", Tsv(
            "file\turl\toutlet\tdate\tlang\tscript",
            "en_a_refining.txt\t-\tteam\t2025-07-01\ten\tLatn",
            "en_b_estimate.txt\t-\tteam\t2025-07-01\ten\tLatn",
            "en_c_agree.txt\t-\tteam\t2025-07-01\ten\tLatn",
            "en_d_heavy.txt\t-\tteam\t2025-07-01\ten\tLatn"));
        return root.Combine("set");
    }

    private static string Tsv(params string[] lines) => string.Join('\n', lines) + "\n";
}

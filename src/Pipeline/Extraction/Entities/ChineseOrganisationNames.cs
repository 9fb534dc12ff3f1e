using System.Buffers;
using System.Collections.Frozen;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// Chinese organisation names by their ending (…公司, …集团, …协会, …大学): the ending and the
/// two to ten Han characters before it, stopping at punctuation, at function words (的, 和, 与,
/// 在…), at numerals (六大稀土集团), at common verbs (成立, 收购) and at known entities.
/// </summary>
internal static class ChineseOrganisationNames
{
    private const int MaxNameLength = 10;

    // Longest first, so 股份有限公司 wins over 公司.
    private static readonly (string Ending, EntityKind Kind)[] Endings =
    [
        ("股份有限公司", EntityKind.Company), ("有限责任公司", EntityKind.Company), ("有限公司", EntityKind.Company),
        ("研究中心", EntityKind.Organisation), ("委员会", EntityKind.Organisation), ("研究院", EntityKind.Organisation),
        ("研究所", EntityKind.Organisation), ("公司", EntityKind.Company), ("集团", EntityKind.Company),
        ("银行", EntityKind.Company), ("协会", EntityKind.Organisation), ("学会", EntityKind.Organisation),
        ("大学", EntityKind.Organisation), ("学院", EntityKind.Organisation),
    ];

    // Lets the scan skip, vectorized, to the characters an ending can start with.
    private static readonly SearchValues<char> EndingFirstChars = SearchValues.Create([.. Endings.Select(e => e.Ending[0]).Distinct()]);

    private static readonly FrozenSet<char> StopChars =
        ("的和与及或在是向对为被将把从由给其该这那了也都还并而等让使但以于至即如据后前时同就又才已曾均各每某个些位名家"
        + "一二三四五六七八九十百千万亿两几多首")
        .ToFrozenSet();

    private static readonly FrozenSet<string> StopVerbs = new[]
    {
        "成立", "收购", "组建", "创办", "签署", "签订", "宣布", "表示", "透露", "通过", "包括", "以及", "例如", "成为",
        "加入", "联合", "更名", "接受", "引入", "投资", "合作", "参与", "旗下", "下属", "支持", "提供", "名为", "来自",
        "位于", "属于", "指出", "认为", "其中", "此外", "同时", "目前", "当时", "整合", "控制", "拥有", "发布", "报告",
        "要求", "设立", "使用", "禁止", "允许", "建立", "推动", "鼓励", "开设", "创建", "出售", "少数", "多数", "部分",
        "一些", "许多", "不少", "大量", "向其", "对于", "关于", "针对", "面向",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that describe rather than name: 外国公司, 稀土集团, 子公司 are no one in particular.
    private static readonly FrozenSet<string> GenericWords = new[]
    {
        "外国", "境外", "海外", "国外", "国内", "本土", "当地", "本", "子", "母", "分", "总", "合资", "独资", "上市", "国有",
        "国营", "民营", "私营", "跨国", "稀土", "大", "小", "大型", "中型", "小型", "头部", "龙头", "下游", "上游", "中游",
        "矿业", "科技", "磁业", "磁材", "咨询", "谘询", "汽车", "电子", "化工", "能源", "企业", "其他", "其它", "相关", "全球",
        "世界", "新", "老", "知名", "著名", "主要", "央企", "国企", "中央", "地方", "省", "市", "投资", "贸易", "控股",
        "材料", "金属", "冶炼", "分离", "资源", "集团", "公司", "研究", "技术", "工业", "产业", "行业", "证券", "银行",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly int LongestGenericWord = GenericWords.Max(w => w.Length);

    public static IEnumerable<CandidateSpan> Find(string text, KnownSpans known)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(EndingFirstChars);
            if (next < 0)
            {
                yield break;
            }
            i += next;
            if (EndingAt(text, i) is not var (ending, kind))
            {
                continue;
            }
            var end = i + ending.Length;
            if (known.Overlaps(i, end))
            {
                continue;
            }
            var start = NameStart(text, i, known);
            if (i - SkipGenericWords(text, start, i) >= 2)
            {
                // 中国有色金属工业协会: a country or place right before the name belongs to it.
                var location = start > 0 ? known.At(start - 1) : null;
                yield return new CandidateSpan(location is { } l && CandidateOrganisationFinder.IsLocation(l.Entity) ? l.Start : start, end, kind);
            }
            i = end - 1;
        }
    }

    private static (string Ending, EntityKind Kind)? EndingAt(string text, int index)
    {
        foreach (var (ending, kind) in Endings)
        {
            if (text.AsSpan(index).StartsWith(ending, StringComparison.Ordinal))
            {
                return (ending, kind);
            }
        }
        return null;
    }

    private static int NameStart(string text, int endingStart, KnownSpans known)
    {
        var k = endingStart - 1;
        while (k >= 0 && endingStart - k <= MaxNameLength && AliasKey.IsHan(text[k]) && !StopChars.Contains(text[k]) && !known.Covers(k))
        {
            if (k >= 1 && StopVerbs.Contains(text.Substring(k - 1, 2)))
            {
                break;
            }
            k--;
        }
        return k + 1;
    }

    private static int SkipGenericWords(string text, int start, int end)
    {
        var skipped = true;
        while (skipped && start < end)
        {
            skipped = false;
            for (var length = Math.Min(LongestGenericWord, end - start); length > 0; length--)
            {
                if (GenericWords.Contains(text.Substring(start, length)))
                {
                    start += length;
                    skipped = true;
                    break;
                }
            }
        }
        return start;
    }
}

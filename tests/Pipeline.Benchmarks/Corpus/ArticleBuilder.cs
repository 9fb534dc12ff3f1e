using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Benchmarks.Corpus;

/// <summary>
/// Writes one article: a title line naming its id, a date line, then paragraphs of sentences
/// drawn from the sample corpus with every figure redrawn and some names swapped, plus a made-up
/// sentence of entity, metal, price and date. No two articles, and no two paragraphs of one
/// article, come out the same.
/// </summary>
internal sealed partial class ArticleBuilder(SentencePool pool, Random random)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="targetBytes">Paragraphs are added until the file reaches this size, without passing <paramref name="maxBytes"/>.</param>
    /// <param name="bytesPerWideChar">What a non-ASCII character costs in the file's encoding (3 in UTF-8, 2 in GB18030 or Big5).</param>
    /// <param name="big5Only">Use only sentences that Big5 can encode.</param>
    public string Build(ArticleKind kind, int id, int targetBytes, int maxBytes, int bytesPerWideChar, bool big5Only = false)
    {
        var sentences = big5Only ? pool.Big5Of(kind) : pool.Of(kind);
        var text = new StringBuilder(targetBytes);
        var date = RandomDate();
        text.Append(Title(kind, id)).Append('\n').Append(DateLine(kind, id, date)).Append("\n\n");
        var bytes = Measure(text.ToString(), bytesPerWideChar);
        for (var attempts = 0; bytes < targetBytes && attempts < 1000; attempts++)
        {
            var paragraph = Paragraph(kind, sentences);
            var size = Measure(paragraph, bytesPerWideChar) + 2;
            if (bytes + size > maxBytes)
            {
                continue;
            }
            text.Append(paragraph).Append("\n\n");
            bytes += size;
        }
        return text.ToString();
    }

    private string Title(ArticleKind kind, int id) => kind switch
    {
        ArticleKind.Simplified => $"{Pick(Vocabulary.SimplifiedEntities)}与{Pick(Vocabulary.SimplifiedTopics)}观察 第{id}期",
        ArticleKind.Traditional => $"{Pick(Vocabulary.TraditionalEntities)}與{Pick(Vocabulary.TraditionalTopics)}觀察 第{id}期",
        _ => $"{Pick(Vocabulary.EnglishEntities)} and the {Pick(Vocabulary.EnglishTopics)}: briefing {id}",
    };

    private static string DateLine(ArticleKind kind, int id, DateOnly date) => kind switch
    {
        ArticleKind.Simplified => $"{date.Year}年{date.Month}月{date.Day}日 编号 PB-{id.ToString("D6", Invariant)}",
        ArticleKind.Traditional => $"{date.Year}年{date.Month}月{date.Day}日 編號 PB-{id.ToString("D6", Invariant)}",
        _ => $"Published: {date.ToString("yyyy-MM-dd", Invariant)} | Ref PB-{id.ToString("D6", Invariant)}",
    };

    private string Paragraph(ArticleKind kind, IReadOnlyList<string> sentences)
    {
        var parts = new List<string>();
        var count = random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            parts.Add(Vary(sentences[random.Next(sentences.Count)], kind));
        }
        if (random.NextDouble() < 0.7)
        {
            parts.Insert(random.Next(parts.Count + 1), Made(kind));
        }
        return string.Join(kind == ArticleKind.English ? " " : string.Empty, parts);
    }

    /// <summary>Every number redrawn with as many digits (years stay years); MP Materials sometimes becomes another company.</summary>
    private string Vary(string sentence, ArticleKind kind)
    {
        var varied = Digits().Replace(sentence, m => m.Length == 4 && m.Value.StartsWith("20", StringComparison.Ordinal)
            ? random.Next(2019, 2027).ToString(Invariant)
            : RandomDigits(m.Length));
        if (random.NextDouble() < 0.5 && varied.Contains("MP Materials", StringComparison.Ordinal))
        {
            var entities = kind switch
            {
                ArticleKind.Simplified => Vocabulary.SimplifiedEntities,
                ArticleKind.Traditional => Vocabulary.TraditionalEntities,
                _ => Vocabulary.EnglishEntities,
            };
            varied = varied.Replace("MP Materials", Pick(entities), StringComparison.Ordinal);
        }
        return varied;
    }

    /// <summary>A sentence of the kind extraction looks for: who, which metal, what price or tonnage, when, and the change.</summary>
    private string Made(ArticleKind kind)
    {
        var date = RandomDate();
        var amount = random.Next(20, 900);
        var tonnes = random.Next(100, 90_000);
        var percent = random.Next(1, 60);
        var priceSentence = random.NextDouble() < 0.5;
        return kind switch
        {
            ArticleKind.Simplified => priceSentence
                ? $"{date.Year}年{date.Month}月{date.Day}日，{Pick(Vocabulary.SimplifiedEntities)}表示，{Pick(Vocabulary.SimplifiedMetals)}价格约为每公斤{amount}美元，较上月{Pick("上涨", "下降")}{percent}%。"
                : $"据{Pick(Vocabulary.SimplifiedEntities)}统计，{date.Year}年{date.Month}月{Pick(Vocabulary.SimplifiedMetals)}出口量为{tonnes}吨，同比{Pick("增长", "下降")}{percent}%。",
            ArticleKind.Traditional => priceSentence
                ? $"{date.Year}年{date.Month}月{date.Day}日，{Pick(Vocabulary.TraditionalEntities)}表示，{Pick(Vocabulary.TraditionalMetals)}價格約為每公斤{amount}美元，較上月{Pick("上漲", "下降")}{percent}%。"
                : $"據{Pick(Vocabulary.TraditionalEntities)}統計，{date.Year}年{date.Month}月{Pick(Vocabulary.TraditionalMetals)}出口量為{tonnes}噸，同比{Pick("增長", "下降")}{percent}%。",
            _ => priceSentence
                ? $"On {date.ToString("MMMM d, yyyy", Invariant)}, {Pick(Vocabulary.EnglishEntities)} said {Pick(Vocabulary.EnglishMetals)} traded near ${amount} per kilogram, {Pick("up", "down")} {percent}% from a month earlier."
                : $"{Pick(Vocabulary.EnglishEntities)} reported {Pick(Vocabulary.EnglishMetals)} exports of {tonnes.ToString("N0", Invariant)} tonnes in {date.Year}, {Pick("up", "down")} {percent}% on the year.",
        };
    }

    private DateOnly RandomDate() => new DateOnly(2023, 1, 1).AddDays(random.Next(0, 3 * 365));

    private string RandomDigits(int length)
    {
        Span<char> digits = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            digits[i] = (char)('0' + (i == 0 && length > 1 ? random.Next(1, 10) : random.Next(10)));
        }
        return new string(digits);
    }

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];

    private static int Measure(string text, int bytesPerWideChar)
    {
        var bytes = 0;
        foreach (var c in text)
        {
            bytes += c < 0x80 ? 1 : c < 0x800 ? Math.Min(2, bytesPerWideChar) : bytesPerWideChar;
        }
        return bytes;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

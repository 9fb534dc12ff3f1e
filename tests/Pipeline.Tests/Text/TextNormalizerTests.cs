using Pipeline.Text;

namespace Pipeline.Tests.Text;

public sealed class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = TextNormalizer.Default;

    [Theory]
    [InlineData("中國稀土出口管制", "中国稀土出口管制")]
    [InlineData("3500萬美元", "3500万美元")]
    [InlineData("鐠釹氧化物", "镨钕氧化物")]
    [InlineData("「價格下限」", "「价格下限」")]
    [InlineData("ＬＹＮＡＳ　１２３％", "lynas 123%")]
    [InlineData("Lynas Rare Earths", "lynas rare earths")]
    [InlineData("ÉLYSÉE Ωmega", "élysée ωmega")]
    [InlineData("稀土精炼", "稀土精炼")]
    public void Text_is_brought_to_one_form_of_the_same_length(string original, string expected)
    {
        var normalized = Normalizer.Normalize(original);

        Assert.Equal(expected, normalized.Text);
        Assert.Equal((1, 3), normalized.Map.ToOriginal(1, 3));
        Assert.Equal(expected, Normalizer.NormalizeString(original));
    }

    [Fact]
    public void Squared_unit_signs_are_spelled_out_and_mapped_back_to_the_sign()
    {
        var normalized = Normalizer.Normalize("每㎏12美元");

        Assert.Equal("每kg12美元", normalized.Text);
        Assert.Equal((1, 2), normalized.Map.ToOriginal(1, 3));
        Assert.Equal((2, 4), normalized.Map.ToOriginal(3, 5));
    }

    [Fact]
    public void Folding_in_place_gives_what_normalizing_gives()
    {
        var original = "中國稀土 ＬＹＮＡＳ Neodymium 價格下限 ÉTÉ";
        var chars = original.ToCharArray();

        Normalizer.FoldInPlace(chars);

        Assert.Equal(Normalizer.Normalize(original).Text, new string(chars));
    }

    [Fact]
    public void Every_Han_character_takes_the_script_converters_Simplified_form()
    {
        var converter = ScriptConverter.Default;
        var han = Enumerable.Range(0x3400, 0x9FFF - 0x3400 + 1).Concat(Enumerable.Range(0xF900, 0xFAFF - 0xF900 + 1))
            .Select(c => (char)c).ToArray();

        var normalized = Normalizer.NormalizeString(new string(han));

        Assert.Equal(string.Concat(han.Select(converter.ToSimplified)), normalized);
        Assert.True(han.Count(converter.IsTraditionalOnly) > 2000, "the table should know the Traditional characters");
    }

    [Fact]
    public void Characters_outside_every_rule_are_left_as_they_are()
    {
        var original = "— • ‰ ½ 😀 ㄅ あ 한";

        Assert.Equal(original, Normalizer.NormalizeString(original));
    }
}

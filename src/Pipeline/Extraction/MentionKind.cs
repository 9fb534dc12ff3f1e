namespace Pipeline.Extraction;

/// <summary>What a span of text names or states.</summary>
public enum MentionKind
{
    /// <summary>A company, element, material, organisation, country or place (see <see cref="EntityKind"/>).</summary>
    Entity,

    /// <summary>An amount of money: 4亿美元, US$400m.</summary>
    Money,

    /// <summary>An amount with a unit of mass (or a count with a unit): 10,000 tonnes, 140多萬噸.</summary>
    Quantity,

    /// <summary>A price per unit: 每公斤110美元, $110/kg, 人民币每噸80萬元.</summary>
    Rate,

    /// <summary>A share: 95%, ９５％, 90 percent, 九成.</summary>
    Percentage,

    /// <summary>A day, month, half-year, year or fiscal year: 2025年10月9日, Oct. 9, 2025年上半年.</summary>
    Date,

    /// <summary>A plain count of things: 七种中重稀土, seven elements, 8个国家.</summary>
    Count,

    /// <summary>A span of time: 15-20年, ten-year.</summary>
    Duration,

    /// <summary>A place in a ranking, the ordinal as the value in unit "rank": 第四大, 位居全球第4, fourth-largest, ranks third.</summary>
    Rank,
}

using Pipeline.CrossCheck;
using Pipeline.Extraction;

namespace Pipeline.Benchmarks.CrossCheck;

/// <summary>
/// Generated claims shaped like the corpus's, deterministically (fixed seed): 300 subjects of
/// skewed popularity (a few, like China, take a large share, so some blocks hold thousands of
/// claims) × 12 attributes; each block has a true figure that drifts a little by year (0.2%), which
/// sources state exactly (rounded), approximately, as a bound or a range, for a year, a month or
/// no time; money in USD or CNY, prices per kilogram, per pound or in CNY; about 5% of the
/// claims are wrong (a factor off, or a price per pound written as per kilogram).
/// </summary>
internal static class SyntheticClaims
{
    private const int Subjects = 300;
    private const double WrongShare = 0.05;
    private const double KilogramsPerPound = 0.45359237;

    private static readonly (string Key, string Kind)[] Attributes =
    [
        ("reserves-share", "%"), ("refining-share", "%"), ("mining-share", "%"), ("magnet-share", "%"),
        ("import-reliance", "%"), ("equity-stake", "%"), ("investment", "money"), ("price-floor", "rate"),
        ("market-price", "rate"), ("production-capacity", "t"), ("controlled-elements", ""), ("effective-on", "date"),
    ];

    public static List<CrossCheckClaim> Generate(int count, int seed = 20251107)
    {
        var random = new Random(seed);
        var subjects = Enumerable.Range(0, Subjects).Select(i => $"entity-{i:000}").ToArray();
        // Zipf-like popularity: subject i is chosen with weight 1 / (i + 1).
        var weights = Enumerable.Range(0, Subjects).Select(i => 1.0 / (i + 1)).ToArray();
        var cumulative = new double[Subjects];
        var total = 0.0;
        for (var i = 0; i < Subjects; i++)
        {
            cumulative[i] = total += weights[i];
        }
        var truths = new Dictionary<(int, int), double>();
        var documents = Math.Max(1, count / 8);
        var claims = new List<CrossCheckClaim>(count);
        for (var id = 1; id <= count; id++)
        {
            var subject = Array.BinarySearch(cumulative, random.NextDouble() * total);
            subject = subject < 0 ? ~subject : subject;
            var attribute = random.Next(Attributes.Length);
            if (!truths.TryGetValue((subject, attribute), out var truth))
            {
                truths[(subject, attribute)] = truth = TruthFor(Attributes[attribute].Kind, random);
            }
            claims.Add(Claim(id, random.Next(1, documents + 1), subjects[subject], Attributes[attribute], truth, random));
        }
        return claims;
    }

    private static double TruthFor(string kind, Random random) => kind switch
    {
        "%" => 10 + (random.NextDouble() * 80),
        "money" => Math.Round(random.NextDouble() * 1000) * 1e6,
        "rate" => 20 + (random.NextDouble() * 200),
        "t" => Math.Round(1000 + (random.NextDouble() * 50_000)),
        "" => random.Next(3, 20),
        _ => new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1000)).DayNumber,
    };

    private static CrossCheckClaim Claim(long id, int document, string subject, (string Key, string Kind) attribute, double truth, Random random)
    {
        var (timeFrom, timeTo, year) = Time(random);
        var wrong = random.NextDouble() < WrongShare;
        if (attribute.Kind == "date")
        {
            var day = (int)truth + (wrong ? random.Next(20, 60) : 0);
            return new CrossCheckClaim(id, document, subject, attribute.Key, day, day, CrossCheckClaim.DateUnit, Qualifier.Exact, null, null, null);
        }
        // The figure moves 0.2% a year from 2022.
        var value = truth * (1 + (0.002 * ((year ?? 2022) - 2022)));
        var unit = attribute.Kind == "money" ? "USD" : attribute.Kind == "rate" ? "USD/kg" : attribute.Kind;
        var stated = unit;
        var draw = random.NextDouble();
        if (attribute.Kind == "money" && draw < 0.2)
        {
            (unit, stated, value) = ("CNY", "CNY", value * 7.1);
        }
        else if (attribute.Kind == "rate" && draw < 0.2)
        {
            (unit, stated, value) = ("CNY/kg", "CNY/kg", value * 7.1);
        }
        else if (attribute.Kind == "rate" && draw < 0.3)
        {
            stated = "USD/lb"; // the same price, written per pound: canonical value unchanged
        }
        if (wrong)
        {
            value = attribute.Kind == "rate" && random.NextDouble() < 0.5
                ? value / KilogramsPerPound // per pound taken for per kilogram
                : value * (random.NextDouble() < 0.5 ? 0.6 : 1.5);
            if (attribute.Kind == "rate" && stated == "USD/kg" && random.NextDouble() < 0.5)
            {
                stated = "USD/lb";
            }
        }
        var (low, high, qualifier) = Stated(value, attribute.Kind, random);
        return new CrossCheckClaim(id, document, subject, attribute.Key, low, high, unit, qualifier, stated, timeFrom, timeTo, "", (int)(id % 5000));
    }

    private static (double?, double?, Qualifier) Stated(double value, string kind, Random random)
    {
        var draw = random.NextDouble();
        var rounded = kind is "%" ? Math.Round(value, draw < 0.2 ? 1 : 0) : RoundSignificant(value, 3);
        return draw switch
        {
            < 0.50 => (rounded, rounded, Qualifier.Exact),
            < 0.75 => (RoundSignificant(value, 2), RoundSignificant(value, 2), Qualifier.Approximate),
            < 0.85 => (RoundSignificant(value * 0.95, 2), null, Qualifier.AtLeast),
            < 0.90 => (null, RoundSignificant(value * 1.05, 2), Qualifier.AtMost),
            _ => (RoundSignificant(value * 0.9, 2), RoundSignificant(value * 1.1, 2), Qualifier.Range),
        };
    }

    /// <summary>No time (40%), a year (40%) or a month (20%), 2018-2026.</summary>
    private static (DateOnly?, DateOnly?, int?) Time(Random random)
    {
        var draw = random.NextDouble();
        var year = random.Next(2018, 2027);
        if (draw < 0.4)
        {
            return (null, null, null);
        }
        if (draw < 0.8)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year);
        }
        var month = new DateOnly(year, random.Next(1, 13), 1);
        return (month, month.AddMonths(1).AddDays(-1), year);
    }

    private static double RoundSignificant(double value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }
        var scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) + 1 - digits);
        return Math.Round(value / scale) * scale;
    }
}

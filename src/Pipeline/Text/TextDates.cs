using System.Text.RegularExpressions;

namespace Pipeline.Text;

/// <summary>Finds a calendar date written out in a line: 2025年11月7日, 2025-10-10, October 10, 2025, Oct. 10, 2025, 10 October 2025.</summary>
internal static partial class TextDates
{
    /// <summary>The first complete, valid date in <paramref name="line"/>, with where it was written.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string line)
    {
        foreach (Match match in DatePattern().Matches(line))
        {
            if (ToDate(match) is { } date)
            {
                return (date, match.Index, match.Length);
            }
        }
        return null;
    }

    /// <summary>A short line that is only a date, or a byline: "July 22, 2025", "Published: 2025-10-20", "By Pipeline staff".</summary>
    public static bool IsDateOrByline(string line)
    {
        const int MaxLength = 60;
        const int MaxLabel = 16;
        if (line.Length > MaxLength)
        {
            return false;
        }
        if (line.StartsWith("By ", StringComparison.Ordinal))
        {
            return true;
        }
        // Every date form has a four-digit year: a cheap test spares the regex most lines.
        return HasYear(line) && Find(line) is { } found && line.Length - found.Length <= MaxLabel;
    }

    private static bool HasYear(string line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsAsciiDigit(c) || c is >= '０' and <= '９' ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }
        return false;
    }

    private static DateOnly? ToDate(Match match)
    {
        var groups = match.Groups;
        int year, month, day;
        if (groups["cy"].Success)
        {
            (year, month, day) = (Number(groups["cy"].Value), Number(groups["cm"].Value), Number(groups["cd"].Value));
        }
        else if (groups["iy"].Success)
        {
            (year, month, day) = (Number(groups["iy"].Value), Number(groups["im"].Value), Number(groups["id"].Value));
        }
        else if (groups["ey"].Success)
        {
            (year, month, day) = (Number(groups["ey"].Value), Month(groups["em"].Value), Number(groups["ed"].Value));
        }
        else
        {
            (year, month, day) = (Number(groups["dy"].Value), Month(groups["dm"].Value), Number(groups["dd"].Value));
        }
        var valid = year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return valid ? new DateOnly(year, month, day) : null;
    }

    // Full-width digits (２０２５) count too: their value is their distance from '０'.
    private static int Number(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return value;
    }

    private static int Month(string name) => name[..3].ToUpperInvariant() switch
    {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        _ => 12,
    };

    private const string MonthName =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    [GeneratedRegex(
        @"(?<cy>[0-9０-９]{4})\s*年\s*(?<cm>[0-9０-９]{1,2})\s*月\s*(?<cd>[0-9０-９]{1,2})\s*[日号號]"
        + @"|(?<![0-9])(?<iy>[0-9]{4})([-/.])(?<im>[0-9]{1,2})\1(?<id>[0-9]{1,2})(?![0-9])"
        + @"|\b(?<em>" + MonthName + @")\.?\s+(?<ed>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<ey>[0-9]{4})\b"
        + @"|\b(?<dd>[0-9]{1,2})\s+(?<dm>" + MonthName + @")\.?,?\s+(?<dy>[0-9]{4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}

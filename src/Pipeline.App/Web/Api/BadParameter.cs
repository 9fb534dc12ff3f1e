using System.Text.RegularExpressions;

namespace Pipeline.App.Web.Api;

/// <summary>
/// ASP.NET Core's binding errors ("Failed to bind parameter "int? from" from "abc".") in the API's
/// words: the parameter, what it got, and what it takes.
/// </summary>
public static partial class BadParameter
{
    public static string Describe(string bindingError)
    {
        var match = Unbound().Match(bindingError);
        if (!match.Success)
        {
            return bindingError;
        }
        var type = NullableOf().Replace(match.Groups["type"].Value, "$1").TrimEnd('?');
        // A form's property (Page) stands for its query key (page).
        var name = char.ToLowerInvariant(match.Groups["name"].Value[0]) + match.Groups["name"].Value[1..];
        return NotA(type, name, match.Groups["value"].Value);
    }

    /// <summary>A value that is not of <paramref name="type"/> (a C# name: int, DateOnly), told as the API tells it.</summary>
    public static string NotA(string type, string name, string? value)
    {
        var wants = type switch
        {
            "int" or "long" => "a whole number",
            "DateOnly" or "DateTime" => "a date (yyyy-mm-dd)",
            "bool" => "true or false",
            _ => $"a {type}",
        };
        return $"{name}: \"{value}\" is not {wants}";
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>\\S+) (?<name>\\w+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex Unbound();

    [GeneratedRegex("^Nullable<(.+)>$")]
    private static partial Regex NullableOf();
}

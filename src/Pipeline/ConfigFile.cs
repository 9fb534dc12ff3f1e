using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pipeline;

/// <summary>
/// Reads one YAML config file into its model (snake_case keys, as analysts write them); a file
/// YAML cannot read, or that does not fit the model, is a <see cref="ConfigException"/> naming the line.
/// </summary>
public static class ConfigFile
{
    /// <summary>The model of <paramref name="path"/>; null for an empty file.</summary>
    /// <param name="configure">Extra deserializer settings, such as recording each entry's line.</param>
    /// <param name="reason">How a YAML error is worded for the analyst; by default YamlDotNet's own message without its position.</param>
    public static T? Read<T>(string path, Action<DeserializerBuilder>? configure = null, Func<YamlException, string>? reason = null)
        where T : class
    {
        var builder = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance);
        configure?.Invoke(builder);
        try
        {
            using var reader = new StreamReader(path);
            return builder.Build().Deserialize<T?>(reader);
        }
        catch (YamlException e)
        {
            throw new ConfigException(path, (int)e.Start.Line, (reason ?? Reason)(e), e);
        }
    }

    /// <summary>YamlDotNet's message without the "(Line: 3, Col: 1, Idx: 20) - (…): " it starts with, and in the file's words where it names .NET types.</summary>
    public static string Reason(YamlException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.GetBaseException().Message;
        var position = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line", StringComparison.Ordinal) && position >= 0 ? message[(position + 3)..] : message;
        if (message.StartsWith("Property '", StringComparison.Ordinal) && message.Contains(" not found", StringComparison.Ordinal))
        {
            return $"unknown field '{message.Split('\'')[1]}'";
        }
        return message.Contains("into type ", StringComparison.Ordinal) || message.Contains("to type ", StringComparison.Ordinal)
            ? "this value has the wrong shape: a list, a single value or a mapping where another is expected"
            : message;
    }
}

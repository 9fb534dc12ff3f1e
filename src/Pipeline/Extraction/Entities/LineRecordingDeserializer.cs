using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Pipeline.Extraction.Entities;

/// <summary>
/// Wraps YamlDotNet's object deserializer to note the line each lexicon entry starts on, so that
/// validation errors found after reading (a duplicate id, an unknown kind) can name the line.
/// </summary>
internal sealed class LineRecordingDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        var line = reader.Current?.Start.Line ?? 0;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
        {
            return false;
        }
        if (value is LexiconEntryModel entry)
        {
            entry.Line = (int)line;
        }
        return true;
    }
}

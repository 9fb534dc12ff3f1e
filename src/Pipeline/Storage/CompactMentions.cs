using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Pipeline.Extraction;

namespace Pipeline.Storage;

/// <summary>
/// A document's mentions as the packed form writes them since format 2, before compression: a count,
/// then per mention a byte of flags (which members are set), its kind, its start as the step from the
/// mention before and its length (variable-length numbers), its strings as references into a table
/// the document builds as it goes (a string is written once, where it first appears), the numbers that
/// are set, and dates as day numbers.
/// </summary>
/// <remarks>
/// Format 1 wrote each mention as MemoryPack lays out the record: fixed-width numbers, a nullable
/// double's padding and the entity id in UTF-16 every time, about 117 bytes a mention; compressing
/// that took a tenth of ingestion's CPU. This takes about 20 before compression. Never reorder the
/// flags or the enums' members: stored documents are read with them.
/// </remarks>
internal static class CompactMentions
{
    [ThreadStatic]
    private static Dictionary<string, int>? t_table;

    [Flags]
    private enum Members : byte
    {
        None = 0,
        Verified = 1,
        EntityKind = 2,
        Low = 4,
        High = 8,
        Qualifier = 16,
        DateFrom = 32,
        DateTo = 64,
    }

    /// <summary>Writes <paramref name="mentions"/>, in start order (the starts are written as steps forward).</summary>
    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<MentionFields> mentions)
    {
        // One string table a thread, emptied for each document: a new one for each grew again every time.
        var table = t_table ??= new Dictionary<string, int>(StringComparer.Ordinal);
        table.Clear();
        var writer = new Writer(output, table);
        writer.Number((uint)mentions.Length);
        var previousStart = 0;
        foreach (ref readonly var mention in mentions)
        {
            writer.Byte((byte)MembersOf(mention));
            writer.Byte((byte)mention.Kind);
            writer.Number((uint)(mention.Start - previousStart));
            writer.Number((uint)(mention.End - mention.Start));
            previousStart = mention.Start;
            writer.String(mention.Surface);
            writer.String(mention.EntityId);
            if (mention.EntityKind is { } entityKind)
            {
                writer.Byte((byte)entityKind);
            }
            if (mention.Low is { } low)
            {
                writer.Double(low);
            }
            if (mention.High is { } high)
            {
                writer.Double(high);
            }
            writer.String(mention.Unit);
            if (mention.Qualifier is { } qualifier)
            {
                writer.Byte((byte)qualifier);
            }
            writer.String(mention.StatedUnit);
            if (mention.DateFrom is { } from)
            {
                writer.Number((uint)from.DayNumber);
            }
            if (mention.DateTo is { } to)
            {
                writer.Number((uint)to.DayNumber);
            }
        }
    }

    /// <summary>The mentions <see cref="Write"/> wrote; an <see cref="InvalidDataException"/> if the bytes are not such.</summary>
    public static MentionRecord[] Read(ReadOnlySpan<byte> data)
    {
        var reader = new Reader(data);
        var mentions = new MentionRecord[reader.Count()];
        var start = 0;
        for (var i = 0; i < mentions.Length; i++)
        {
            var members = (Members)reader.Byte();
            var kind = (MentionKind)reader.Byte();
            start += (int)reader.Number();
            var end = start + (int)reader.Number();
            // Initializers run in the order they are written: the order Write wrote the members in.
            mentions[i] = new MentionRecord
            {
                Kind = kind,
                Start = start,
                End = end,
                Surface = reader.String() ?? throw new InvalidDataException("a mention without its surface"),
                EntityId = reader.String(),
                EntityKind = members.HasFlag(Members.EntityKind) ? (EntityKind)reader.Byte() : null,
                Verified = members.HasFlag(Members.Verified),
                Low = members.HasFlag(Members.Low) ? reader.Double() : null,
                High = members.HasFlag(Members.High) ? reader.Double() : null,
                Unit = reader.String(),
                Qualifier = members.HasFlag(Members.Qualifier) ? (Qualifier)reader.Byte() : null,
                StatedUnit = reader.String(),
                DateFrom = members.HasFlag(Members.DateFrom) ? DateOnly.FromDayNumber((int)reader.Number()) : null,
                DateTo = members.HasFlag(Members.DateTo) ? DateOnly.FromDayNumber((int)reader.Number()) : null,
            };
        }
        reader.End();
        return mentions;
    }

    private static Members MembersOf(in MentionFields mention) =>
        (mention.Verified ? Members.Verified : Members.None)
        | (mention.EntityKind is null ? Members.None : Members.EntityKind)
        | (mention.Low is null ? Members.None : Members.Low)
        | (mention.High is null ? Members.None : Members.High)
        | (mention.Qualifier is null ? Members.None : Members.Qualifier)
        | (mention.DateFrom is null ? Members.None : Members.DateFrom)
        | (mention.DateTo is null ? Members.None : Members.DateTo);

    /// <summary>
    /// Numbers seven bits a byte, low first, the high bit saying another byte follows. A string is 0
    /// for none, n for the table's nth, or the table's size plus one followed by its UTF-8 length and bytes.
    /// </summary>
    private readonly struct Writer(IBufferWriter<byte> output, Dictionary<string, int> table)
    {
        private readonly Dictionary<string, int> _table = table;

        public void Byte(byte value)
        {
            output.GetSpan(1)[0] = value;
            output.Advance(1);
        }

        public void Number(uint value)
        {
            var span = output.GetSpan(5);
            var length = 0;
            for (; value >= 0x80; value >>= 7)
            {
                span[length++] = (byte)(value | 0x80);
            }
            span[length++] = (byte)value;
            output.Advance(length);
        }

        public void Double(double value)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(output.GetSpan(sizeof(double)), value);
            output.Advance(sizeof(double));
        }

        public void String(string? value)
        {
            if (value is null)
            {
                Number(0);
                return;
            }
            if (_table.TryGetValue(value, out var index))
            {
                Number((uint)index + 1);
                return;
            }
            Number((uint)_table.Count + 1);
            _table.Add(value, _table.Count);
            var length = Encoding.UTF8.GetByteCount(value);
            Number((uint)length);
            Encoding.UTF8.GetBytes(value, output.GetSpan(length));
            output.Advance(length);
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private readonly List<string> _table = [];
        private int _at;

        /// <summary>A count of mentions, at most one for every two bytes that follow (each takes more).</summary>
        public int Count()
        {
            var count = Number();
            return count <= (uint)(_data.Length - _at) / 2 ? (int)count : throw Damaged();
        }

        public byte Byte() => _at < _data.Length ? _data[_at++] : throw Damaged();

        public uint Number()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var next = Byte();
                value |= (uint)(next & 0x7F) << shift;
                if (next < 0x80)
                {
                    return value;
                }
            }
            throw Damaged();
        }

        public double Double()
        {
            var bytes = Take(sizeof(double));
            return BinaryPrimitives.ReadDoubleLittleEndian(bytes);
        }

        public string? String()
        {
            var reference = Number();
            if (reference == 0)
            {
                return null;
            }
            if (reference <= _table.Count)
            {
                return _table[(int)reference - 1];
            }
            if (reference != _table.Count + 1)
            {
                throw Damaged();
            }
            var value = Encoding.UTF8.GetString(Take((int)Math.Min(Number(), int.MaxValue)));
            _table.Add(value);
            return value;
        }

        public readonly void End()
        {
            if (_at != _data.Length)
            {
                throw Damaged();
            }
        }

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length > _data.Length - _at)
            {
                throw Damaged();
            }
            var taken = _data.Slice(_at, length);
            _at += length;
            return taken;
        }

        private static InvalidDataException Damaged() => new("packed mentions that end early or run on");
    }
}

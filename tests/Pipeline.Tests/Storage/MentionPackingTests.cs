using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

public class MentionPackingTests
{
    private static readonly MentionRecord Floor = new()
    {
        Kind = MentionKind.Rate, Start = 30, End = 37, Surface = "每磅110美元", Low = 242.5, High = 242.5,
        Unit = "USD/kg", Qualifier = Qualifier.Exact, StatedUnit = "USD/lb",
    };

    private static readonly MentionRecord Mofcom = new()
    {
        Kind = MentionKind.Entity, Start = 0, End = 5, Surface = "中國商務部", EntityId = "mofcom", EntityKind = EntityKind.Organisation,
    };

    private static readonly MentionRecord ThisYear = new()
    {
        Kind = MentionKind.Date, Start = 5, End = 7, Surface = "今年", Verified = false,
        DateFrom = new DateOnly(2025, 1, 1), DateTo = new DateOnly(2025, 12, 31),
    };

    [Fact]
    public void Mentions_packed_before_their_document_has_an_id_unpack_as_packed_with_it()
    {
        var floor = new Mention(MentionKind.Rate, 30, 37, "每磅110美元") { Value = new Measure(242.5, 242.5, "USD/kg", Qualifier.Exact, "USD/lb") };
        var mofcom = new Mention(MentionKind.Entity, 0, 5, "中國商務部") { EntityId = "mofcom", EntityKind = EntityKind.Organisation };

        var packed = PackedMentions.Of([floor, mofcom]);
        var later = MentionPacking.Unpack(packed.For(12));
        var atOnce = MentionPacking.Unpack(MentionPacking.Pack(12, [MentionRecord.From(12, floor), MentionRecord.From(12, mofcom)]));

        Assert.Equal(2, packed.Count);
        Assert.Equal(atOnce.Select(m => Fields(m)), later.Select(m => Fields(m)));
        Assert.All(later, m => Assert.Equal(12, m.DocumentId));
    }

    /// <summary>Every member of the record, by reflection: one added to the record and not to the packed form fails the round trips.</summary>
    private static string Fields(MentionRecord m, int? documentId = null) =>
        string.Join(" ", typeof(MentionRecord).GetProperties().Select(p => p.Name == nameof(MentionRecord.DocumentId)
            ? $"{p.Name}={documentId ?? m.DocumentId}"
            : $"{p.Name}={(p.GetValue(m) is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : p.GetValue(m))}"));

    [Fact]
    public void Mentions_unpack_in_text_order_with_their_document()
    {
        var packed = MentionPacking.Pack(7, [Floor, Mofcom, ThisYear]);

        var mentions = MentionPacking.Unpack(packed);

        Assert.Equal(3, packed.Count);
        Assert.Equal([(7, 0, "中國商務部"), (7, 5, "今年"), (7, 30, "每磅110美元")], mentions.Select(m => (m.DocumentId, m.Start, m.Surface)));
        Assert.Equal((242.5, "USD/kg", Qualifier.Exact, "USD/lb"), (mentions[2].Low!.Value, mentions[2].Unit!, mentions[2].Qualifier!.Value, mentions[2].StatedUnit!));
        Assert.Equal((EntityKind.Organisation, true), (mentions[0].EntityKind!.Value, mentions[0].Verified));
        Assert.Equal((false, new DateOnly(2025, 12, 31)), (mentions[1].Verified, mentions[1].DateTo!.Value));
    }

    /// <summary>
    /// Databases written before December 2026 hold mentions in format 1, MemoryPack's layout of
    /// <see cref="MentionRecord"/>: a change to its members or to the enums' order would make them
    /// read wrongly, and this record would not read back. Add members and enum values at the end.
    /// (The bytes themselves are not pinned: MemoryPack writes a nullable enum or number as its
    /// memory, padding included, which reading ignores.)
    /// </summary>
    [Fact]
    public void A_record_stored_in_format_1_reads_back()
    {
        // Packed by MentionPacking.Pack(1, [Mofcom, Floor]) when the format was made (compressed bytes may differ between Brotli versions; reading them may not).
        var stored = new DocumentMentions { DocumentId = 1, Count = 2, Packed = Convert.FromBase64String(
            "AQQBAACDgQAAgKqqquqfzBzM7GaHo93svBxudjC4G4CBHS5mAG4Ht+VyMDC7GID5yQ8O4De/+MXBr37y28nVDfzmVz+xqtdkZ1jOeFiKw+HxOLwuOQAM8OAmIsfZKM5kAz6QywF+kmL8eT/v5rKY02yW83e8/SW5QDfs66GzgB0gvGNLUtMouYH+JpwACM9LxwM+j+N2nZIk3l6rmcZZReuqjrxPvYn9msoiiw6NsFAqjbYCAAAAGA==") };

        var mentions = MentionPacking.Unpack(stored);

        Assert.Equal([(1, MentionKind.Entity, 0, 5, "中國商務部", "mofcom"), (1, MentionKind.Rate, 30, 37, "每磅110美元", null)],
            mentions.Select(m => (m.DocumentId, m.Kind, m.Start, m.End, m.Surface, m.EntityId)));
        Assert.Equal((EntityKind.Organisation, true), (mentions[0].EntityKind!.Value, mentions[0].Verified));
        Assert.Equal((242.5, 242.5, "USD/kg", Qualifier.Exact, "USD/lb"), (mentions[1].Low!.Value, mentions[1].High!.Value, mentions[1].Unit!, mentions[1].Qualifier!.Value, mentions[1].StatedUnit!));
    }

    /// <summary>
    /// Format 2, as databases hold it since: the serialized bytes are pinned (they are what a stored
    /// document is read with), and a record packed when the format was made reads back.
    /// </summary>
    [Fact]
    public void Format_2_writes_these_bytes_and_a_record_stored_in_it_reads_back()
    {
        var serialized = new System.Buffers.ArrayBufferWriter<byte>();
        CompactMentions.Write(serialized, [MentionFields.Of(Mofcom), MentionFields.Of(ThisYear), MentionFields.Of(Floor)]);
        var stored = new DocumentMentions { DocumentId = 1, Count = 3, Packed = Convert.FromBase64String(PackedInFormat2) };

        Assert.Equal(SerializedInFormat2, Convert.ToHexString(serialized.WrittenSpan));
        Assert.Equal([Fields(Mofcom, 1), Fields(ThisYear, 1), Fields(Floor, 1)], MentionPacking.Unpack(stored).Select(m => Fields(m)));
    }

    // CompactMentions.Write([Mofcom, ThisYear, Floor]), and MentionPacking.Pack(1, the same), when format 2 was made.
    private const string SerializedInFormat2 =
        "0303000005010FE4B8ADE59C8BE59586E58B99E983A802066D6F66636F6D030000600505020306E4BB8AE5B9B4000000B38F2D9F922D1D031907040FE6AF8FE7A385313130E7BE8EE58583000000000000506E400000000000506E4005065553442F6B670006065553442F6C62";
    private const string PackedInFormat2 =
        "Am0AAAADNoADAwAABQEP5Lit5ZyL5ZWG5YuZ6YOoAgZtb2Zjb20DAABgBQUCAwbku4rlubQAAACzjy2fki0dAxkHBA/mr4/no4UxMTDnvo7lhYMAAAAAAABQbkAAAAAAAFBuQAUGVVNEL2tnAAYGVVNEL2xiAw==";

    /// <summary>Every mention the extractor finds in the corpus and in the real articles, packed and unpacked: each member as it was.</summary>
    [Fact]
    public void Every_extracted_mention_reads_back_exactly()
    {
        var extractor = Extraction.Gold.DefaultExtractors.Create();
        var compared = 0;
        foreach (var path in Infrastructure.SeedCorpus.CorpusAndDevNewsFiles().Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(path);
            var language = text.Count(c => c >= '\u4E00' && c <= '\u9FFF') > text.Length / 10 ? "zh" : "en";
            var mentions = extractor.Extract(ExtractionInput.From(text, language, new DateOnly(2025, 10, 9)));
            var records = mentions.Select(m => MentionRecord.From(5, m)).OrderBy(m => m.Start).ToList();

            // As ingestion packs them (from the mentions, before the document has an id) and as the
            // conversion of the old mention table does (from records).
            var packed = PackedMentions.Of(mentions).For(5);
            var fromRecords = MentionPacking.Pack(5, records);

            Assert.Equal(fromRecords.Packed, packed.Packed);
            Assert.Equal(records.Select(m => Fields(m)), MentionPacking.Unpack(packed).Select(m => Fields(m)));
            compared += records.Count;
        }
        Assert.True(compared > 2_000, $"only {compared} mentions compared");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    public void Format_2_bytes_cut_short_or_running_on_are_refused(int change)
    {
        var serialized = new System.Buffers.ArrayBufferWriter<byte>();
        CompactMentions.Write(serialized, [MentionFields.Of(Mofcom), MentionFields.Of(ThisYear), MentionFields.Of(Floor)]);
        var bytes = serialized.WrittenSpan.ToArray();
        byte[] damaged = change switch
        {
            0 => bytes[..^3],
            1 => [.. bytes, 0],
            _ => [.. bytes[..4], 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F],
        };

        Assert.Throws<InvalidDataException>(() => CompactMentions.Read(damaged));
    }

    [Fact]
    public void A_record_in_a_form_this_version_cannot_read_says_what_to_do()
    {
        var stored = new DocumentMentions { DocumentId = 3, Count = 1, Packed = [9, 0, 0] };

        var error = Assert.Throws<InvalidDataException>(() => MentionPacking.Unpack(stored));

        Assert.Contains("document 3", error.Message);
        Assert.Contains("pipeline reindex", error.Message);
    }
}

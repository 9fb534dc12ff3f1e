using System.Buffers;
using System.Text;
using System.Text.Unicode;
using UtfUnknown;
using UtfUnknown.Core.Probers;

namespace Pipeline.Text;

/// <summary>
/// Bytes to text: a byte-order mark if there is one, else strict UTF-8, else BOM-less UTF-16
/// recognised by its zero bytes (or, for Chinese alone, by its high bytes), else GB18030 or Big5 as
/// the charset detector judges.
/// </summary>
/// <remarks>
/// Bad input (binary, empty, undecodable) throws <see cref="SourceReadException"/> rather than
/// letting mojibake into the corpus: a wrong decoding would be stored, indexed and cited.
/// </remarks>
public static class TextDecoder
{
    private const string Undecodable = "undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5";

    // The detector is given a prefix: enough to judge, and it keeps large files fast.
    private const int DetectionSample = 64 * 1024;

    // UTF.Unknown's own threshold for taking a prober's word before the end of the data. Chinese
    // articles score 0.99; single-byte text in another script 0.16 at most (Thai, as GB18030).
    private const float SureConfidence = 0.95f;

    private static readonly SearchValues<char> BinaryControls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF");

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, declaredCharset: null);

    /// <param name="declaredCharset">
    /// A charset the container names (an HTML meta tag); used only when the bytes carry no BOM
    /// and are not UTF-8, and only if it is one this decoder accepts.
    /// </param>
    internal static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (bytes.IsEmpty)
        {
            throw new SourceReadException("empty file");
        }
        var text = DecodeBytes(bytes, declaredCharset);
        Check(text);
        return text;
    }

    private static string DecodeBytes(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (FromByteOrderMark(bytes) is { } withBom)
        {
            return withBom;
        }
        // UTF-8 first, checked once: valid UTF-8 without a zero byte is never taken for UTF-16, whose test it
        // could pass (every other byte of English is a letter, and letters, 0x4E-0x7A, look like CJK high bytes).
        var hasZeroByte = bytes.Contains((byte)0);
        if (!hasZeroByte && Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        // Chinese UTF-16 next, before the zero bytes: a character such as 稀 (U+7A00) has a zero low byte,
        // which would pass for ASCII's zero high byte. But not a double-byte text the multi-byte probers are
        // sure of, whose lead bytes may look like UTF-16's CJK high bytes: Shift-JIS codes kana and most kanji
        // with lead bytes 0x81-0x9F.
        var sureCharset = SureMultiByteCharset(bytes);
        if (sureCharset is null && ChineseUtf16WithoutBom(bytes) is { } chinese)
        {
            return chinese;
        }
        // Zero bytes then: ASCII in UTF-16 is also valid UTF-8, one NUL per character.
        if (hasZeroByte)
        {
            return Utf16WithoutBom(bytes) ?? throw new SourceReadException("binary content, not text");
        }
        var encoding = ChineseEncoding(declaredCharset)
            ?? (sureCharset is null ? Detect(bytes) : ChineseEncoding(sureCharset))
            ?? throw new SourceReadException(Undecodable);
        return encoding.GetString(bytes);
    }

    /// <summary>
    /// UTF-16 without a BOM holding only Chinese has no zero byte, but every other byte is the high byte
    /// of a CJK character (0x4E-0x9F), of CJK punctuation (0x30) or of a fullwidth form (0xFF). GB18030 and
    /// Big5 put trail bytes there, mostly outside that range: nine in ten is UTF-16.
    /// </summary>
    private static string? ChineseUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0 || bytes.Length < 8)
        {
            return null;
        }
        var sample = bytes[..Math.Min(bytes.Length, DetectionSample & ~1)];
        int little = 0, big = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            little += IsChineseHighByte(sample[i + 1]) ? 1 : 0;
            big += IsChineseHighByte(sample[i]) ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        return little * 10 >= pairs * 9 ? Encoding.Unicode.GetString(bytes)
            : big * 10 >= pairs * 9 ? Encoding.BigEndianUnicode.GetString(bytes)
            : null;
    }

    private static bool IsChineseHighByte(byte b) => b is >= 0x4E and <= 0x9F or 0x30 or 0xFF;

    private static string? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE starts like UTF-16 LE, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        return null;
    }

    /// <summary>
    /// UTF-16 without a BOM puts the zero high byte of ASCII characters (newlines, digits,
    /// spaces) at every other position; binary scatters zeros over both.
    /// </summary>
    private static string? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }
        var sample = Sample(bytes);
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var (zeros, strays) = oddZeros >= evenZeros ? (oddZeros, evenZeros) : (evenZeros, oddZeros);
        if (zeros < 2 || strays * 20 > zeros)
        {
            return null;
        }
        var encoding = oddZeros >= evenZeros ? Encoding.Unicode : Encoding.BigEndianUnicode;
        return encoding.GetString(bytes);
    }

    private static Encoding? ChineseEncoding(string? charset)
    {
        EncodingSupport.EnsureCodePages();
        return charset?.Trim().ToUpperInvariant() switch
        {
            // GB2312 and GBK are subsets of GB18030: decoding with the superset loses nothing.
            "GB18030" or "GBK" or "GB2312" or "CP936" or "X-GBK" or "EUC-CN" => Encoding.GetEncoding("gb18030"),
            "BIG5" or "BIG5-HKSCS" or "CP950" or "X-X-BIG5" => Encoding.GetEncoding("big5"),
            _ => null,
        };
    }

    /// <summary>
    /// The charset UTF.Unknown's multi-byte probers (GB18030, Big5, Shift-JIS, EUC-JP, EUC-KR, UTF-8...)
    /// are sure of, or null. When they are sure of GB18030 or Big5, that is the answer, without the
    /// thirty-odd single-byte probers of the whole detector (half of the time that reading such a file
    /// took); on Cyrillic, Greek, Thai or Latin-1 text, none comes near sure.
    /// </summary>
    private static string? SureMultiByteCharset(ReadOnlySpan<byte> bytes)
    {
        var multiByte = new MBCSGroupProber();
        multiByte.HandleData(Sample(bytes));
        return multiByte.GetConfidence() >= SureConfidence ? multiByte.GetCharsetName() : null;
    }

    /// <summary>The whole detector, every prober, for text the multi-byte probers are not sure of.</summary>
    private static Encoding? Detect(ReadOnlySpan<byte> bytes) =>
        ChineseEncoding(CharsetDetector.DetectFromBytes(Sample(bytes)).Detected?.EncodingName);

    /// <summary>The prefix the detectors judge by.</summary>
    private static ReadOnlySpan<byte> Sample(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, DetectionSample)];

    private static void Check(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyExcept(Whitespace) < 0)
        {
            throw new SourceReadException(text.Length == 0 ? "empty file" : "no text: only whitespace");
        }
        var controls = CountAny(span, BinaryControls);
        if (span.Contains('\0') || controls * 100 > span.Length)
        {
            throw new SourceReadException("binary content, not text");
        }
        if (span.Count('\uFFFD') * 100 > span.Length)
        {
            throw new SourceReadException(Undecodable);
        }
    }

    private static int CountAny(ReadOnlySpan<char> span, SearchValues<char> values)
    {
        var count = 0;
        for (var at = span.IndexOfAny(values); at >= 0; at = span.IndexOfAny(values))
        {
            count++;
            span = span[(at + 1)..];
        }
        return count;
    }
}

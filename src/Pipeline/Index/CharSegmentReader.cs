namespace Pipeline.Index;

/// <summary>
/// Reads a slice of a character array without copying it into a string, so one scanner can be
/// pointed at stretch after stretch of a text already in memory.
/// </summary>
internal sealed class CharSegmentReader : TextReader
{
    private char[] _chars = [];
    private int _next;
    private int _end;

    public void Reset(char[] chars, int start, int length)
    {
        _chars = chars;
        _next = start;
        _end = start + length;
    }

    public override int Peek() => _next < _end ? _chars[_next] : -1;

    public override int Read() => _next < _end ? _chars[_next++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, _end - _next);
        _chars.AsSpan(_next, count).CopyTo(buffer);
        _next += count;
        return count;
    }
}

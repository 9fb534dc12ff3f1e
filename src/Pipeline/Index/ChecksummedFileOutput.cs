using System.IO.Hashing;
using Lucene.Net.Store;

namespace Pipeline.Index;

/// <summary>
/// A new index file, written through a buffer of its own, with the CRC-32 of everything written so
/// far (Lucene writes it into each file's footer and checks it when reading). Not forced to disk on
/// closing: <see cref="IndexDirectory.Sync"/> does that for the files a commit keeps.
/// </summary>
internal sealed class ChecksummedFileOutput : IndexOutput
{
    private const int BufferSize = 64 * 1024;

    private readonly FileStream _file;
    private readonly Crc32 _crc = new();
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _buffered;
    private long _flushed;
    private bool _disposed;

    public ChecksummedFileOutput(string path) =>
        // Unbuffered: this class buffers, and the CRC must see the bytes in the order they are written.
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);

    public override long Position => _flushed + _buffered;

    public override long Length
    {
        get
        {
            Flush();
            return _file.Length;
        }
    }

    public override long Checksum
    {
        get
        {
            Flush();
            return _crc.GetCurrentHashAsUInt32();
        }
    }

    public override void WriteByte(byte b)
    {
        if (_buffered == BufferSize)
        {
            Flush();
        }
        _buffer[_buffered++] = b;
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        var bytes = b.AsSpan(offset, length);
        if (bytes.Length > BufferSize - _buffered)
        {
            Flush();
            if (bytes.Length >= BufferSize)
            {
                Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_buffered));
        _buffered += bytes.Length;
    }

    public override void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_buffered > 0)
        {
            Write(_buffer.AsSpan(0, _buffered));
            _buffered = 0;
        }
    }

    [Obsolete("Lucene 4.1 stopped seeking in outputs; kept because IndexOutput declares it.")]
    public override void Seek(long pos) => throw new NotSupportedException("index files are written from start to end");

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            try
            {
                Flush();
            }
            finally
            {
                _disposed = true;
                _file.Dispose();
            }
        }
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _crc.Append(bytes);
        _file.Write(bytes);
        _flushed += bytes.Length;
    }
}

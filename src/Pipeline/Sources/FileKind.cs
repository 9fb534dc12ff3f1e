using System.Runtime.InteropServices;

namespace Pipeline.Sources;

/// <summary>
/// Whether a path is a regular file, asked of the kernel before the file is opened: opening a FIFO waits
/// for a writer forever, and a device (/dev/zero) never ends. .NET reports neither kind, so this asks
/// statx(2), whose buffer layout is the same on every Linux architecture (stat's is not).
/// </summary>
public static partial class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: mask, blksize, attributes (u64), nlink, uid, gid, then mode
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>
    /// False for a FIFO, socket, device or folder (symbolic links followed); true for a regular file, and
    /// wherever the kernel cannot tell (no such file, not Linux): opening the file then says what is wrong.
    /// </summary>
    public static bool IsRegularOrUnknown(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }
        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return true;
        }
        var mode = BitConverter.ToUInt16(buffer[ModeOffset..]);
        return (mode & TypeMask) == RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, Span<byte> buffer);
}

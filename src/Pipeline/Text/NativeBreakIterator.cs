using System.Runtime.InteropServices;
using System.Text;
using Icu;

namespace Pipeline.Text;

/// <summary>
/// An ICU break iterator called directly (ubrk_*), opened once for a break type and locale and
/// reused for every text: a boundary is one native call and no allocation.
/// </summary>
/// <remarks>
/// icu.net's <see cref="BreakIterator.SetText"/> walks every boundary eagerly and, for each, asks ICU
/// for its rule-status vector into a new 128-int array (about 600 bytes a boundary). Splitting
/// sentences that way was about a seventh of what analysing a document allocated. <see cref="Open"/> gives null when
/// the library or its functions cannot be found; callers then use icu.net, which calls the same
/// ICU functions with the same locale, so the boundaries are the same.
/// </remarks>
internal sealed unsafe class NativeBreakIterator
{
    private const int Done = -1; // UBRK_DONE

    private static readonly Functions? Native = Functions.TryLoad();

    private readonly BreakIteratorHandle _handle;

    private NativeBreakIterator(BreakIteratorHandle handle) => _handle = handle;

    /// <summary>An iterator of <paramref name="type"/> for <paramref name="locale"/> ("en@ss=standard"), or null without native ICU.</summary>
    public static NativeBreakIterator? Open(BreakIterator.UBreakIteratorType type, string locale)
    {
        if (Native is not { } native)
        {
            return null;
        }
        // The id icu.net would pass (canonicalized), NUL-terminated.
        var id = Encoding.UTF8.GetBytes(new Locale(locale).Id + "\0");
        var status = 0;
        IntPtr iterator;
        fixed (byte* localeId = id)
        {
            iterator = native.Open((int)type, localeId, null, 0, &status);
        }
        Check(status, "ubrk_open");
        return new NativeBreakIterator(new BreakIteratorHandle(iterator, native.Close));
    }

    /// <summary>Adds every boundary of <paramref name="text"/>, 0 and its length included, in order.</summary>
    public void Boundaries(string text, List<int> boundaries) => Boundaries(text, offset: 0, boundaries);

    /// <summary>Adds every boundary of <paramref name="text"/>, its start and end included, in order, each plus <paramref name="offset"/>.</summary>
    public void Boundaries(ReadOnlySpan<char> text, int offset, List<int> boundaries)
    {
        var native = Native!;
        var iterator = _handle.DangerousGetHandle();
        var status = 0;
        fixed (char* chars = text)
        {
            native.SetText(iterator, chars, text.Length, &status);
            Check(status, "ubrk_setText");
            for (var at = native.First(iterator); at != Done; at = native.Next(iterator))
            {
                boundaries.Add(offset + at);
            }
            // ICU keeps the pointer: let go of the text before it is unpinned.
            native.SetText(iterator, null, 0, &status);
        }
    }

    private static void Check(int status, string function)
    {
        // U_ZERO_ERROR is 0, warnings are negative, failures positive.
        if (status > 0)
        {
            throw new InvalidOperationException($"{function} failed with ICU error {status}");
        }
    }

    private sealed class BreakIteratorHandle(IntPtr iterator, delegate* unmanaged<IntPtr, void> close) : SafeHandle(iterator, ownsHandle: true)
    {
        public override bool IsInvalid => handle == IntPtr.Zero;

        protected override bool ReleaseHandle()
        {
            close(handle);
            return true;
        }
    }

    /// <summary>The five ubrk functions, found in the ICU common library that icu.net loaded.</summary>
    private sealed class Functions
    {
        public delegate* unmanaged<int, byte*, char*, int, int*, IntPtr> Open;
        public delegate* unmanaged<IntPtr, char*, int, int*, void> SetText;
        public delegate* unmanaged<IntPtr, int> First;
        public delegate* unmanaged<IntPtr, int> Next;
        public delegate* unmanaged<IntPtr, void> Close;

        public static Functions? TryLoad()
        {
            IcuRuntime.EnsureInitialized();
            var major = Wrapper.IcuVersion?.Split('.')[0] ?? string.Empty;
            string[] libraries = [$"libicuuc.so.{major}", $"libicuuc.{major}.dylib", $"icuuc{major}.dll", "icuuc.dll", "icu.dll"];
            foreach (var name in libraries)
            {
                if (NativeLibrary.TryLoad(name, out var library) && Resolve(library, major) is { } functions)
                {
                    return functions;
                }
            }
            return null;
        }

        private static Functions? Resolve(IntPtr library, string major)
        {
            IntPtr Find(string function) =>
                NativeLibrary.TryGetExport(library, $"{function}_{major}", out var versioned) ? versioned
                : NativeLibrary.TryGetExport(library, function, out var plain) ? plain
                : IntPtr.Zero;

            var open = Find("ubrk_open");
            var setText = Find("ubrk_setText");
            var first = Find("ubrk_first");
            var next = Find("ubrk_next");
            var close = Find("ubrk_close");
            if (open == IntPtr.Zero || setText == IntPtr.Zero || first == IntPtr.Zero || next == IntPtr.Zero || close == IntPtr.Zero)
            {
                return null;
            }
            return new Functions
            {
                Open = (delegate* unmanaged<int, byte*, char*, int, int*, IntPtr>)open,
                SetText = (delegate* unmanaged<IntPtr, char*, int, int*, void>)setText,
                First = (delegate* unmanaged<IntPtr, int>)first,
                Next = (delegate* unmanaged<IntPtr, int>)next,
                Close = (delegate* unmanaged<IntPtr, void>)close,
            };
        }
    }
}

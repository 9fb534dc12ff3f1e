using System.Text;

namespace Pipeline.Text;

/// <summary>Makes the legacy code pages (GB18030, Big5) available to <see cref="Encoding.GetEncoding(string)"/>.</summary>
internal static class EncodingSupport
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static void EnsureCodePages() => _ = Registered.Value;
}

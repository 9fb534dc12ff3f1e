using Icu;

namespace Pipeline.Text;

/// <summary>Loads the system's ICU (libicu) once, before any icu.net call.</summary>
internal static class IcuRuntime
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        Wrapper.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}

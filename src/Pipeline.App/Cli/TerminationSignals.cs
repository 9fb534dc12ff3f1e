using System.Runtime.InteropServices;

namespace Pipeline.App.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM as a cancellation: the first one cancels <see cref="Token"/> and keeps
/// the process alive, so the command rolls back its batch and records the run as cancelled; a second
/// one ends the process at once, for a command that does not stop.
/// </summary>
public sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;

    public TerminationSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancel.IsCancellationRequested)
        {
            return;
        }
        context.Cancel = true;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _cancel.Dispose();
    }
}

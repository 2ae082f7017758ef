using System.Runtime.InteropServices;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// Ctrl+C while a fix runs: the first press asks the engine to stop between steps and roll back what ran (a step that
/// has started is let finish, since stopping a service or DISM half-way helps nobody); a second press ends wutk at once,
/// leaving the journal for <c>wutk undo</c>. Only the real process listens (a test in-process cancels its token).
/// </summary>
public sealed class InterruptBetweenSteps : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration? _interrupt;
    private readonly PosixSignalRegistration? _quit;

    public InterruptBetweenSteps(TextWriter error, bool listen, CancellationToken outer)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _error = error;
        if (listen)
        {
            _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
            _quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Handle);
        }
    }

    public CancellationToken Token => _cancel.Token;

    public void Dispose()
    {
        _interrupt?.Dispose();
        _quit?.Dispose();
        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_cancel.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _error.WriteLine(MessageLine.Warning(FixStrings.InterruptReceived));
        _cancel.Cancel();
    }
}

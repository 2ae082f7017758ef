using WuToolkit.Fixing.Engine;
using WuToolkit.Fixing.Planning;
using WuToolkit.Host.Output;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Fixes;

/// <summary>
/// How far a fix has got, as a progress line on standard error (a terminal only): "step 4 of 12: Run dism.exe …
/// (2:31)". A long step (a program marked long-running, such as DISM or sfc) has its time ticking every second, so a
/// person waiting sees that it still works. Erased when done.
/// </summary>
public sealed class FixProgressLine : IProgress<FixProgress>, IDisposable
{
    private readonly ProgressLine _line;
    private readonly Lock _gate = new();
    private readonly bool _enabled;
    private ITimer? _ticker;
    private string _text = "";
    private DateTime _started;

    public FixProgressLine(TextWriter error, bool enabled)
    {
        _enabled = enabled;
        _line = new ProgressLine(error, enabled, TimeSpan.Zero);
    }

    public void Report(FixProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_enabled)
        {
            return;
        }

        lock (_gate)
        {
            _ticker?.Dispose();
            _ticker = null;
            if (value.Ended)
            {
                return;
            }

            var step = TerminalText.Escape(StepText.Describe(value.Step));
            _text = value.Phase switch
            {
                FixPhase.Applying => FixStrings.FormatProgressApplying(value.Index + 1, value.Count, step),
                FixPhase.RollingBack => FixStrings.FormatProgressRollingBack(value.Index + 1, step),
                _ => FixStrings.FormatProgressUndoing(value.Index + 1, step),
            };
            _started = DateTime.UtcNow;
            _line.Report(_text);
            if (value.LongRunning)
            {
                _ticker = TimeProvider.System.CreateTimer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _ticker?.Dispose();
            _ticker = null;
            _line.Dispose();
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_ticker is null)
            {
                return;
            }

            var elapsed = DateTime.UtcNow - _started;
            _line.Report(FixStrings.FormatProgressElapsed(_text, elapsed.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}

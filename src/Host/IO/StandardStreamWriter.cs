using System.Text;

namespace WuToolkit.Host.IO;

/// <summary>
/// A standard stream that may fail under wutk: redirected to a full disk, closed (<c>&gt;&amp;-</c>), or a pipe whose
/// reader left. Forwards every write to the real writer and decides what a failure means. On standard output the
/// result is lost, which is the command's failure (<see cref="OutputLostException"/>, exit code 73). On standard error
/// it is ignored: a warning or log line that cannot be shown must never end a run, and the console logger writes
/// there from a thread of its own, where an exception would end the process.
/// </summary>
public sealed class StandardStreamWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly bool _ignoreFailures;

    private StandardStreamWriter(TextWriter inner, bool ignoreFailures)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        _ignoreFailures = ignoreFailures;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    /// <summary>Standard output: a failed write throws <see cref="OutputLostException"/>.</summary>
    public static TextWriter ForOutput(TextWriter inner) => new StandardStreamWriter(inner ?? throw new ArgumentNullException(nameof(inner)), ignoreFailures: false);

    /// <summary>Standard error: a failed write is ignored.</summary>
    public static TextWriter ForErrors(TextWriter inner) => new StandardStreamWriter(inner ?? throw new ArgumentNullException(nameof(inner)), ignoreFailures: true);

    public override void Write(char value)
    {
        try
        {
            _inner.Write(value);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        try
        {
            _inner.Write(buffer, index, count);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override void Write(string? value)
    {
        try
        {
            _inner.Write(value);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override void WriteLine(string? value)
    {
        try
        {
            _inner.WriteLine(value);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override async Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await _inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override async Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await _inner.WriteLineAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    public override Task WriteAsync(string? value) => WriteAsync((value ?? "").AsMemory());

    public override Task WriteLineAsync(string? value) => WriteLineAsync((value ?? "").AsMemory());

    public override Task WriteAsync(char value) => WriteAsync(value.ToString().AsMemory());

    public override Task WriteLineAsync() => WriteLineAsync(ReadOnlyMemory<char>.Empty);

    public override Task FlushAsync() => FlushAsync(CancellationToken.None);

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStreamFailure(ex))
        {
            Fail(ex);
        }
    }

    /// <summary>How .NET reports a full disk or a broken pipe (IOException) and a closed descriptor
    /// (UnauthorizedAccessException: EBADF).</summary>
    private static bool IsStreamFailure(Exception ex) => ex is IOException or UnauthorizedAccessException or ObjectDisposedException;

    private void Fail(Exception ex)
    {
        if (!_ignoreFailures)
        {
            throw new OutputLostException(ex.Message, ex);
        }
    }
}

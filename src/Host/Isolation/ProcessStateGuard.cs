using System.Globalization;
using System.Text;

namespace WuToolkit.Host.Isolation;

/// <summary>
/// Keeps what plugins running inside wutk share with it from spoiling wutk's output. While plugin code may run, the
/// console's standard output (when it is wutk's own output) goes to standard error, so that a plugin that prints cannot
/// break <c>--format json</c>. When wutk writes its report it puts back what a plugin may have changed: the current
/// directory, the console's encodings and writers, and the default cultures of new threads.
/// What a guard cannot stop in wutk's own process: a plugin that ends it (Environment.Exit, FailFast, a stack overflow,
/// an exception thrown on a thread of its own, an access violation), one that writes to the raw standard output
/// stream, or one that eats the memory; for those there is <c>--isolate</c>.
/// </summary>
public sealed class ProcessStateGuard : IDisposable
{
    private readonly string _directory;
    private readonly Encoding? _outputEncoding;
    private readonly Encoding? _inputEncoding;
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly CultureInfo? _culture;
    private readonly CultureInfo? _uiCulture;

    /// <param name="output">wutk's own output: while the guard holds, the console's standard output goes to
    /// <paramref name="error"/> if it is this writer.</param>
    /// <param name="error">wutk's own standard error.</param>
    public ProcessStateGuard(TextWriter output, TextWriter error)
    {
        _directory = Environment.CurrentDirectory;
        _outputEncoding = Read(() => Console.OutputEncoding);
        _inputEncoding = Read(() => Console.InputEncoding);
        _out = Console.Out;
        _error = Console.Error;
        _culture = CultureInfo.DefaultThreadCurrentCulture;
        _uiCulture = CultureInfo.DefaultThreadCurrentUICulture;
        if (ReferenceEquals(_out, output))
        {
            Console.SetOut(error);
        }
    }

    /// <summary>Puts back what plugins may have changed, and the console's standard output.</summary>
    public void Restore()
    {
        if (!string.Equals(Environment.CurrentDirectory, _directory, StringComparison.Ordinal))
        {
            try
            {
                Environment.CurrentDirectory = _directory;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // wutk resolved every path it uses before plugins ran; only a relative path given later would miss it.
            }
        }

        // Setting an encoding makes the console build new writers: the encodings first, then wutk's writers back.
        Reset(() => Console.OutputEncoding, encoding => Console.OutputEncoding = encoding, _outputEncoding);
        Reset(() => Console.InputEncoding, encoding => Console.InputEncoding = encoding, _inputEncoding);
        Console.SetOut(_out);
        Console.SetError(_error);
        CultureInfo.DefaultThreadCurrentCulture = _culture;
        CultureInfo.DefaultThreadCurrentUICulture = _uiCulture;
    }

    public void Dispose() => Restore();

    private static Encoding? Read(Func<Encoding> read)
    {
        try
        {
            return read();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Reset(Func<Encoding> read, Action<Encoding> write, Encoding? original)
    {
        if (original is null || Read(read) is not { } now || now.CodePage == original.CodePage)
        {
            return;
        }

        try
        {
            write(original);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
        }
    }
}

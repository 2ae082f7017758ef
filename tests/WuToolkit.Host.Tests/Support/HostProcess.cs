using System.Runtime.Versioning;

namespace WuToolkit.Host.Tests.Support;

/// <summary>
/// Runs the built host as a real process, for what only a real process has: a pipe or a process substitution
/// for its input, its own standard error (where log lines go), and another user's rights. Unix only: the
/// tests that need it say so.
/// </summary>
internal static class HostProcess
{
    /// <summary>The host's own launcher in its build output.</summary>
    public static string Wutk { get; } = Path.Combine(TestPaths.HostOutput, OperatingSystem.IsWindows() ? "wutk.exe" : "wutk");

    private static readonly Dictionary<string, string> Quiet = new() { ["NO_COLOR"] = "1" };

    private static readonly string[] AsNobody = ["--reuid=65534", "--regid=65534", "--clear-groups"];

    // A clone under /root cannot be run by nobody; then the tests that need it cannot run here.
    private static readonly Lazy<Task<bool>> NobodyCanRunTheHost = new(async () =>
    {
        try
        {
            var version = await ProcessRunner.RunAsync("setpriv", [.. AsNobody, Wutk, "--version"], Path.GetTempPath(), Quiet, TimeSpan.FromMinutes(1));
            return version.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    /// <summary>wutk with these arguments, in <paramref name="folder"/>.</summary>
    public static Task<ProcessRunner.Result> RunAsync(string folder, params string[] args) =>
        ProcessRunner.RunAsync(Wutk, args, folder, Quiet, TimeSpan.FromMinutes(1));

    /// <summary>A bash command line in which <c>"$WUTK"</c> is wutk; <paramref name="args"/> are <c>$1</c>, <c>$2</c> ….</summary>
    public static Task<ProcessRunner.Result> ShellAsync(string folder, string script, params string[] args) =>
        ProcessRunner.RunAsync("bash", ["-c", script, "bash", .. args], folder, new Dictionary<string, string>(Quiet) { ["WUTK"] = Wutk }, TimeSpan.FromMinutes(1));

    /// <summary>
    /// wutk run by a user without the rights to what a test locked with <see cref="UnixFileMode.None"/>. Tests
    /// running as an ordinary user run it in-process; as root, who reads everything, the real host runs as the
    /// user nobody (setpriv), with <paramref name="temp"/> opened to others so that nobody can reach its files.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    public static async Task<Cli.Result> RunUnprivilegedAsync(TempFolder temp, params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return await Cli.RunAsync(args);
        }

        Assume.That(await NobodyCanRunTheHost.Value, Is.True, "running as root, the tests need setpriv and a build the user nobody can run");
        File.SetUnixFileMode(temp.Path, File.GetUnixFileMode(temp.Path) | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var result = await ProcessRunner.RunAsync(
            "setpriv", [.. AsNobody, Wutk, .. args], temp.Path, Quiet, TimeSpan.FromMinutes(1));
        return new Cli.Result(result.ExitCode, result.Output, result.Error);
    }
}

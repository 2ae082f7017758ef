namespace WuToolkit.Host.Tests.Support;

/// <summary>Runs the built wutk as a real child process, for what only a process shows: its own standard streams
/// redirected or closed by a shell, or file permissions, which root ignores (the child then runs without the
/// capabilities that bypass them). Linux only: it uses <c>/bin/sh</c> and <c>setpriv</c>.</summary>
internal static class WutkProcess
{
    /// <summary>Runs <c>wutk</c> with <paramref name="arguments"/>; <paramref name="redirections"/> is shell syntax applied
    /// to wutk itself (<c>&gt;/dev/full</c>, <c>&gt;&amp;-</c>).</summary>
    public static Task<ProcessRunner.Result> RunAsync(string redirections, params string[] arguments) =>
        RunAsync(redirections, withoutPermissionBypass: false, arguments);

    /// <summary>As <see cref="RunAsync(string, string[])"/>, but held to file permissions even when the tests run as root.</summary>
    public static Task<ProcessRunner.Result> RunHeldToPermissionsAsync(params string[] arguments) =>
        RunAsync("", withoutPermissionBypass: true, arguments);

    public static void AssumeLinux() =>
        Assume.That(OperatingSystem.IsLinux(), Is.True, "uses /bin/sh, mkfifo, mknod and setpriv");

    private static Task<ProcessRunner.Result> RunAsync(string redirections, bool withoutPermissionBypass, string[] arguments)
    {
        AssumeLinux();
        var program = new List<string>();
        if (withoutPermissionBypass && Environment.IsPrivilegedProcess)
        {
            Assume.That(File.Exists("/usr/bin/setpriv") || File.Exists("/bin/setpriv"), Is.True, "setpriv drops root's permission bypass");
            program.AddRange(["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]);
        }

        program.AddRange(["dotnet", Path.Combine(TestPaths.HostOutput, "wutk.dll")]);
        return ProcessRunner.RunAsync(
            "/bin/sh",
            ["-c", $"exec \"$@\" {redirections}", "sh", .. program, .. arguments],
            Path.GetTempPath(),
            new Dictionary<string, string> { ["NO_COLOR"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            TimeSpan.FromMinutes(2));
    }

    /// <summary>Makes a FIFO or a device node with the system's own tools; false when not permitted.</summary>
    public static async Task<bool> MakeSpecialFileAsync(string tool, params string[] arguments)
    {
        AssumeLinux();
        var result = await ProcessRunner.RunAsync(tool, arguments, Path.GetTempPath());
        return result.ExitCode == 0;
    }

    /// <summary>The file type as <c>test</c> sees it without following a link: "device", "fifo", "link", "file", "folder" or "missing".</summary>
    public static async Task<string> KindOfAsync(string path)
    {
        var result = await ProcessRunner.RunAsync(
            "/bin/sh",
            ["-c", "if [ -L \"$1\" ]; then echo link; elif [ -c \"$1\" ] || [ -b \"$1\" ]; then echo device; elif [ -p \"$1\" ]; then echo fifo; elif [ -d \"$1\" ]; then echo folder; elif [ -f \"$1\" ]; then echo file; else echo missing; fi", "sh", path],
            Path.GetTempPath());
        return result.Output.Trim();
    }
}

namespace WuToolkit.Plugins.Catalog.Fixes;

/// <summary>The Windows Update Standalone Installer and the DISM servicing tool, as the catalog fixes run them: quietly,
/// never restarting the PC, and for as long as an update takes.</summary>
internal static class Wusa
{
    public const string Program = @"%SystemRoot%\System32\wusa.exe";

    public const string Dism = @"%SystemRoot%\System32\Dism.exe";

    /// <summary>Done, and waiting for a restart (ERROR_SUCCESS_REBOOT_REQUIRED).</summary>
    public const int RestartNeeded = 3010;

    /// <summary>WU_S_ALREADY_INSTALLED (0x00240006): wusa found the update installed already.</summary>
    public const int AlreadyInstalled = 0x00240006;

    /// <summary>WU_S_ALREADY_UNINSTALLED (0x00240007): wusa found the update not installed.</summary>
    public const int AlreadyUninstalled = 0x00240007;

    /// <summary>A cumulative update can take the better part of an hour on a slow PC; the host's ten minutes would stop it half-way.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromHours(2);

    /// <summary><c>wusa /uninstall /kb:NNN /quiet /norestart</c>; an update already gone counts as removed.</summary>
    public static Abstractions.Fixes.RunProgramStep Uninstall(string kbId, string reason) => new()
    {
        Program = Program,
        Arguments = ["/uninstall", "/kb:" + KbArticle.Number(kbId), "/quiet", "/norestart"],
        SuccessExitCodes = [0, RestartNeeded, AlreadyUninstalled],
        Timeout = Timeout,
        LongRunning = true,
        Reason = reason,
    };
}

namespace WuToolkit.Plugins.Health.Fixes;

/// <summary>The Windows programs the health fixes run, by full path: a bare name would be looked up on the PATH, which
/// anything installed can put a program of the same name on.</summary>
internal static class SystemPrograms
{
    public const string Dism = @"%SystemRoot%\System32\Dism.exe";

    public const string Sfc = @"%SystemRoot%\System32\sfc.exe";

    public const string W32tm = @"%SystemRoot%\System32\w32tm.exe";

    public const string Msdt = @"%SystemRoot%\System32\msdt.exe";
}

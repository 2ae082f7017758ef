namespace WuToolkit.Plugins.Cache.Fixes;

/// <summary>The DLLs Microsoft's "reset Windows Update components" procedure registers again, in its order. Many are
/// gone from newer Windows (wuaueng1.dll, wucltui.dll, wups2.dll, muweb.dll and the smart-card providers), so the reset
/// asks the machine which exist and registers only those.</summary>
internal static class UpdateDlls
{
    /// <summary>Where they live: the procedure runs <c>regsvr32</c> from there.</summary>
    public const string Folder = @"%SystemRoot%\System32";

    /// <summary>regsvr32 itself, beside them: given a bare name, it loads the DLL from its own folder first.</summary>
    public const string Regsvr32 = @"%SystemRoot%\System32\regsvr32.exe";

    /// <summary>regsvr32's exit code when the DLL loaded but exports no DllRegisterServer: nothing to register on this
    /// build (wuaueng.dll on Windows 10 and later), which is not a failure of the reset.</summary>
    public const int NothingToRegister = 4;

    public static IReadOnlyList<string> Names { get; } =
    [
        "atl.dll", "urlmon.dll", "mshtml.dll", "shdocvw.dll", "browseui.dll", "jscript.dll", "vbscript.dll", "scrrun.dll",
        "msxml.dll", "msxml3.dll", "msxml6.dll", "actxprxy.dll", "softpub.dll", "wintrust.dll", "dssenh.dll", "rsaenh.dll",
        "gpkcsp.dll", "sccbase.dll", "slbcsp.dll", "cryptdlg.dll", "oleaut32.dll", "ole32.dll", "shell32.dll", "initpki.dll",
        "wuapi.dll", "wuaueng.dll", "wuaueng1.dll", "wucltui.dll", "wups.dll", "wups2.dll", "wuweb.dll", "qmgr.dll",
        "qmgrprxy.dll", "wucltux.dll", "muweb.dll", "wuwebv.dll",
    ];

    /// <summary>The DLL's full path as the machine is asked about it.</summary>
    public static string PathOf(string name) => Folder + @"\" + name;
}

using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Cache.Fixes;
using WuToolkit.Testing;
using static WuToolkit.Plugins.Tests.Support.FixPcs;

namespace WuToolkit.Plugins.Tests.Cache.Fixes;

/// <summary>PCs whose update cache the reset fixes repair.</summary>
internal static class CachePcs
{
    public const string Download = WindowsPaths.SoftwareDistributionDownload;
    public const string BitsQueue = ResetComponentsFix.BitsQueueFolder;

    /// <summary>The update DLLs Windows 11 has; the rest of Microsoft's list is gone from it.</summary>
    public static IReadOnlyList<string> Windows11Dlls { get; } =
    [
        "atl.dll", "urlmon.dll", "mshtml.dll", "shdocvw.dll", "browseui.dll", "jscript.dll", "vbscript.dll", "scrrun.dll", "msxml3.dll",
        "msxml6.dll", "actxprxy.dll", "softpub.dll", "wintrust.dll", "dssenh.dll", "rsaenh.dll", "cryptdlg.dll", "oleaut32.dll", "ole32.dll",
        "shell32.dll", "initpki.dll", "wuapi.dll", "wuaueng.dll", "wups.dll", "qmgr.dll", "qmgrprxy.dll",
    ];

    public static IReadOnlyList<ServiceInfo> Windows11Services { get; } =
    [
        Service("UsoSvc", ServiceStartType.AutomaticDelayed),
        Service("DoSvc", ServiceStartType.AutomaticDelayed),
        Service("wuauserv", ServiceStartType.Manual),
        Service("BITS", ServiceStartType.Manual),
        Service("CryptSvc", ServiceStartType.Automatic),
    ];

    /// <summary>A Windows 11 PC whose download is stuck: a large cache, every update service running.</summary>
    public static TestPc StuckDownload { get; } = TestPc.Empty with
    {
        Services = Windows11Services,
        ServicesComplete = true,
        Paths =
        [
            Folder(WindowsPaths.SoftwareDistribution, files: 4_000),
            Folder(Download, files: 300),
            Folder(WindowsPaths.Catroot2, files: 40),
            Folder(BitsQueue, files: 6),
            File(BitsQueue + @"\qmgr.db"),
            Absent(WindowsPaths.PendingXml),
            .. UpdateDlls.Names.Select(dll => Windows11Dlls.Contains(dll) ? File(UpdateDlls.PathOf(dll)) : Absent(UpdateDlls.PathOf(dll))),
        ],
    };

    /// <summary>Windows 8.1: no Update Orchestrator, no Delivery Optimization.</summary>
    public static TestPc Windows81 { get; } = StuckDownload with
    {
        Services = [.. Windows11Services.Where(service => service.Name is not ("UsoSvc" or "DoSvc"))],
    };

    public static TestPc WithService(this TestPc pc, ServiceInfo replacement) => pc with
    {
        Services = [.. (pc.Services ?? []).Select(service => service.Name == replacement.Name ? replacement : service)],
    };

    public static TestPc WithPaths(this TestPc pc, params PathInfo[] paths) => pc with
    {
        Paths = [.. (pc.Paths ?? []).Where(info => !paths.Any(path => string.Equals(path.Path, info.Path, StringComparison.OrdinalIgnoreCase))), .. paths],
    };
}

using System.Composition;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Plugins.ErrorCodes.Resources;
using C = WuToolkit.Plugins.ErrorCodes.CheckIds;
using F = WuToolkit.Plugins.ErrorCodes.FixIds;

namespace WuToolkit.Plugins.ErrorCodes;

/// <summary>
/// Delivery Optimization, which downloads updates from Microsoft and from peers (0x80D0xxxx). Meanings and causes
/// are in Resources/DeliveryOptimizationCodes.resx under each code's name.
/// </summary>
[ExportErrorCatalog("codes.delivery-optimization", "Delivery Optimization (DO_E_*)")]
public sealed class DeliveryOptimizationCatalog : IErrorCatalog
{
    private static readonly CodeRow[] Rows =
    [
        new(0x80D01001, "DO_E_NO_SERVICE", [C.UpdateServices], [F.RestoreServiceDefaults]),
        new(0x80D02002, "DO_E_DOWNLOAD_NO_PROGRESS", [C.NetworkEndpoints, C.NetworkProxy, C.DownloadProgress], [F.ResetDownload]),
        new(0x80D02003, "DO_E_JOB_NOT_FOUND"),
        new(0x80D02004, "DO_E_JOB_EMPTY"),
        new(0x80D02005, "DO_E_NO_DOWNLOADS"),
        new(0x80D0200C, "DO_E_JOB_TOO_OLD", [C.DownloadProgress, C.NetworkEndpoints]),
        new(0x80D0200D, "DO_E_LOCALPATH_NOT_SET"),
        new(0x80D02010, "DO_E_FILE_NOT_AVAILABLE"),
        new(0x80D02011, "DO_E_UNKNOWN_PROPERTY_ID"),
        new(0x80D02012, "DO_E_READ_ONLY_PROPERTY"),
        new(0x80D02013, "DO_E_INVALID_STATE"),
        new(0x80D02014, "DO_E_ERROR_INFORMATION_UNAVAILABLE"),
        new(0x80D02018, "DO_E_FILE_DOWNLOADSINK_UNSPECIFIED"),
        new(0x80D02200, "DO_E_DOWNLOAD_NO_URI"),
        new(0x80D03002, "DO_E_NO_DOWNLOAD_EXTSETTINGS"),
        new(0x80D03801, "DO_E_BLOCKED_BY_COST_TRANSFER_POLICY"),
        new(0x80D03803, "DO_E_BLOCKED_BY_CELLULAR_POLICY"),
        new(0x80D03804, "DO_E_BLOCKED_BY_POWER_STATE"),
        new(0x80D03805, "DO_E_BLOCKED_BY_NO_NETWORK", [C.NetworkAdapter, C.NetworkEndpoints]),
        new(0x80D03807, "DO_E_BLOCKED_BY_VPN_POLICY"),
        new(0x80D03808, "DO_E_BLOCKED_BY_CRITICAL_MEMORY_USAGE", [C.Memory]),
        new(0x80D05001, "DO_E_HTTP_BLOCKSIZE_MISMATCH", [C.NetworkProxy]),
        new(0x80D05002, "DO_E_HTTP_CERT_VALIDATION", [C.NetworkProxy, C.ThirdPartyServices]),
        new(0x80D05010, "DO_E_INVALID_RANGE"),
        new(0x80D05011, "DO_E_INSUFFICIENT_RANGE_SUPPORT", [C.NetworkProxy]),
        new(0x80D05012, "DO_E_OVERLAPPING_RANGES"),
        new(0x80D06802, "DO_E_FATAL_CORE_ERROR", [C.UpdateServices]),
    ];

    private readonly CodeTable _table = new(Rows, DeliveryOptimizationCodes.ResourceManager);

    public IReadOnlyList<ErrorCode> Codes => _table.Codes;
}

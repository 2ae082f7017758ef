using WuToolkit.Abstractions.Knowledge;

namespace WuToolkit.Fixtures.VendorCodes;

/// <summary>A vendor's catalog: one code of its own product, and its own note on a code wutk already explains, which
/// must be shown after wutk's explanation rather than instead of it.</summary>
[ExportErrorCatalog("contoso.codes", "Contoso printer agent")]
public sealed class VendorCatalog : IErrorCatalog
{
    public const uint QueueStuck = 0xA0041234;
    public const string QueueStuckName = "CONTOSO_E_PRINTER_QUEUE_STUCK";
    public const uint NameNotResolved = 0x8024402C;

    public IReadOnlyList<ErrorCode> Codes { get; } =
    [
        new ErrorCode { Code = QueueStuck, Name = QueueStuckName, Meaning = "The Contoso print queue stopped taking jobs while updates were installing.", Causes = ["The Contoso spooler service holds the queue"], CheckIds = ["network.adapter"], FixIds = [] },
        new ErrorCode { Code = NameNotResolved, Name = "WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", Meaning = "Contoso note: the Contoso VPN client hides the update servers unless split tunnelling is on.", Causes = ["Contoso VPN without split tunnelling"], CheckIds = [], FixIds = [] },
    ];
}

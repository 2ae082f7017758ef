using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>
/// The Windows licence from the Software Licensing service's products (WMI SoftwareLicensingProduct of the Windows
/// application, those holding a product key): the properties <c>Name</c>, <c>Description</c>, <c>LicenseStatus</c>,
/// <c>GracePeriodRemaining</c> (minutes) and <c>LicenseIsAddon</c>, as <c>slmgr /dli</c> shows them.
/// </summary>
public static class LicenseFacts
{
    /// <summary>The Windows application id of the Software Licensing service: only its products license Windows.</summary>
    public const string WindowsApplicationId = "55c92734-d682-4d71-983e-d6ec3f16059f";

    /// <summary>LicenseStatus as the SDK's status; <see langword="null"/> for a number the service does not document.</summary>
    public static LicenseStatus? Status(long licenseStatus) => licenseStatus switch
    {
        0 => LicenseStatus.Unlicensed,
        1 => LicenseStatus.Licensed,
        2 => LicenseStatus.OutOfBoxGrace,
        3 => LicenseStatus.OutOfToleranceGrace,
        4 => LicenseStatus.NonGenuineGrace,
        5 => LicenseStatus.Notification,
        6 => LicenseStatus.ExtendedGrace,
        _ => null,
    };

    /// <summary>An evaluation copy: its channel is <c>TIMEBASED_EVAL</c> ("Windows(R) Operating System, TIMEBASED_EVAL
    /// channel") or its edition's name ends in Eval ("Windows(R), ServerStandardEval edition").</summary>
    public static bool IsEvaluation(string? name, string? description) =>
        (description?.Contains("TIMEBASED_EVAL", StringComparison.OrdinalIgnoreCase) ?? false) ||
        (name?.Contains("Eval edition", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>
    /// The licence of Windows from its products with a key, or <see langword="null"/> when the status number is not one
    /// the service documents. No product with a key means no licence at all (what <c>slmgr /dli</c> calls "product key
    /// not found"). Add-ons (extended security updates) hold keys too: the edition's own product is the one that
    /// licenses Windows.
    /// </summary>
    public static LicenseInfo? Read(IReadOnlyList<CimRecord> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        var product = products.FirstOrDefault(p => p.Flag("LicenseIsAddon") != true && !IsAddOnName(p.Text("Name")))
            ?? (products.Count > 0 ? products[0] : null);
        if (product is null)
        {
            return new LicenseInfo { Status = LicenseStatus.Unlicensed };
        }

        if (product.Number("LicenseStatus") is not { } number || Status(number) is not { } status)
        {
            return null;
        }

        var name = product.Text("Name");
        var description = product.Text("Description");
        var evaluation = IsEvaluation(name, description);
        return new LicenseInfo
        {
            Status = status,
            ProductName = name,
            Channel = description,
            Evaluation = evaluation,
            GraceRemaining = GraceRemaining(status, evaluation, product.Number("GracePeriodRemaining")),
        };
    }

    /// <summary>
    /// The minutes left, where they mean a deadline: a grace period, or an evaluation's expiry. An activated volume
    /// licence (KMS) also counts down, but renews itself every few days, so it is no deadline and is not reported.
    /// </summary>
    public static TimeSpan? GraceRemaining(LicenseStatus status, bool evaluation, long? minutes) =>
        minutes is > 0 and var left && (status != LicenseStatus.Licensed || evaluation) ? TimeSpan.FromMinutes(left) : null;

    private static bool IsAddOnName(string? name) => name?.Contains("add-on", StringComparison.OrdinalIgnoreCase) ?? false;
}

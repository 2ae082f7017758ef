using System.Globalization;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>The Windows licence from the Software Licensing service through WMI (what <c>slmgr /dli</c> reads), for
/// the products of the Windows application that hold a product key.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsLicense
{
    private const string Question = "license";

    private static readonly string Query =
        "SELECT Name, Description, LicenseStatus, GracePeriodRemaining, LicenseIsAddon FROM SoftwareLicensingProduct " +
        $"WHERE ApplicationID = '{LicenseFacts.WindowsApplicationId}' AND PartialProductKey IS NOT NULL";

    public static async Task<LicenseInfo> ReadAsync(CancellationToken cancellationToken)
    {
        var products = await Wmi.QueryAsync(Question, @"root\cimv2", Query, cancellationToken).ConfigureAwait(false);
        return LicenseFacts.Read(products)
            ?? throw new QuestionUnansweredException(Question, MachineStrings.FormatLicenseUnknownStatus(
                string.Join(", ", products.Select(p => Convert.ToString(p["LicenseStatus"], CultureInfo.InvariantCulture)))));
    }
}

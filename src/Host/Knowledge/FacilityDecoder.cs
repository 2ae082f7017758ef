using System.ComponentModel;
using System.Globalization;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Knowledge;

/// <summary>
/// Decodes any 32-bit code by its HRESULT layout, so that a code no catalog knows still says where it comes from:
/// Windows Update (facility 0x24) and its component ranges, servicing or SetupAPI (0x0F), HTTP statuses (0x19),
/// BITS (0x20), Delivery Optimization (0xD0), Win32 errors (7) and Windows Setup (0xC190xxxx).
/// </summary>
public static class FacilityDecoder
{
    private const int Win32 = 7;
    private const int SetupApi = 15;
    private const int Http = 25;
    private const int Bits = 32;
    private const int WindowsUpdate = 36;
    private const int DeliveryOptimization = 208;
    private const int Setup = 0x190;

    /// <summary>Servicing (CBS) took the upper part of the SetupAPI facility: 0x800F0800 and above.</summary>
    private const int FirstServicingCode = 0x800;

    public static CodeAnatomy Decode(uint code)
    {
        var facility = (int)((code >> 16) & 0x7FF);
        var low = (int)(code & 0xFFFF);
        var win32 = facility == Win32 ? low : (int?)null;
        var http = facility == Http && low is >= 100 and <= 599 ? low : (int?)null;
        return new CodeAnatomy(
            code,
            IsFailure: (code & 0x80000000) != 0,
            IsCustomer: (code & 0x20000000) != 0,
            facility,
            FacilityName(facility),
            low,
            Area(facility, low),
            win32,
            win32 is { } number ? SystemMessage(number) : null,
            http);
    }

    private static string FacilityName(int facility) =>
        Text("Facility" + facility.ToString(CultureInfo.InvariantCulture)) ?? ExplainStrings.FormatFacilityUnknown(facility);

    private static string? Area(int facility, int low) => facility switch
    {
        WindowsUpdate => Text("WuArea" + (low >> 12).ToString("X", CultureInfo.InvariantCulture)),
        SetupApi => low >= FirstServicingCode && low < 0x1000 ? ExplainStrings.AreaCbs : ExplainStrings.AreaSetupApi,
        Http => ExplainStrings.AreaHttp,
        Bits => ExplainStrings.AreaBits,
        DeliveryOptimization => ExplainStrings.AreaDeliveryOptimization,
        Setup => Text("AreaSetup" + (low >> 8).ToString("X", CultureInfo.InvariantCulture)) ?? ExplainStrings.AreaSetup,
        Win32 => Win32Area(low),
        _ => null,
    };

    /// <summary>The Win32 error ranges that update failures come from, which say more than "Win32".</summary>
    private static string? Win32Area(int error) => error switch
    {
        >= 1050 and <= 1099 => ExplainStrings.AreaServices,
        >= 1600 and <= 1699 => ExplainStrings.AreaInstaller,
        >= 1700 and <= 1799 => ExplainStrings.AreaRpc,
        >= 9000 and <= 9999 => ExplainStrings.AreaDns,
        >= 12000 and <= 12199 => ExplainStrings.AreaWinHttp,
        >= 14000 and <= 14999 => ExplainStrings.AreaSxs,
        >= 15600 and <= 15699 => ExplainStrings.AreaAppx,
        _ => null,
    };

    /// <summary>
    /// The system's own words for a Win32 error, only on Windows: elsewhere .NET maps the number to the C library's
    /// errno text, which is right for a few small numbers and wrong for the rest (1058 is not an errno).
    /// </summary>
    private static string? SystemMessage(int error) =>
        OperatingSystem.IsWindows() ? new Win32Exception(error).Message : null;

    private static string? Text(string key) => ExplainStrings.ResourceManager.GetString(key, ExplainStrings.Culture);
}

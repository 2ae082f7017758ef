using System.Globalization;
using System.Text.RegularExpressions;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>How raw Windows answers become the SDK's facts. Pure, so it is tested on every OS with recorded values.</summary>
public static partial class WindowsFacts
{
    /// <summary>
    /// Windows 11 still writes "Windows 10 …" in the registry's ProductName; the build number tells the truth
    /// (22000 and later is Windows 11).
    /// </summary>
    public static string ProductName(string? registryProductName, int build)
    {
        var name = string.IsNullOrWhiteSpace(registryProductName) ? "Windows" : registryProductName.Trim();
        return build >= 22000 && name.StartsWith("Windows 10", StringComparison.OrdinalIgnoreCase)
            ? "Windows 11" + name["Windows 10".Length..]
            : name;
    }

    /// <summary>The TPM's specification version from WMI's Win32_Tpm.SpecVersion ("2.0, 0, 1.59" → "2.0").</summary>
    public static string? TpmSpecVersion(string? specVersion)
    {
        var first = specVersion?.Split(',', 2)[0].Trim();
        return string.IsNullOrEmpty(first) ? null : first;
    }

    /// <summary>The KB id an update title names, such as "KB5034441", or null.</summary>
    public static string? KbId(string? title)
    {
        var match = title is null ? Match.Empty : KbPattern().Match(title);
        return match.Success ? "KB" + match.Groups[1].Value : null;
    }

    /// <summary>IUpdateHistoryEntry.ResultCode (OperationResultCode) as the SDK's result.</summary>
    public static UpdateResult Result(int operationResultCode) => operationResultCode switch
    {
        0 or 1 => UpdateResult.InProgress,
        2 => UpdateResult.Succeeded,
        3 => UpdateResult.SucceededWithErrors,
        4 => UpdateResult.Failed,
        _ => UpdateResult.Aborted,
    };

    /// <summary>IUpdateHistoryEntry.Operation (UpdateOperation: 1 installation, 2 uninstallation).</summary>
    public static UpdateOperation Operation(int updateOperation) =>
        updateOperation == 2 ? UpdateOperation.Uninstallation : UpdateOperation.Installation;

    /// <summary>A registry value's data as text: numbers in decimal, multi-strings one per line, binary as hex.</summary>
    public static string RegistryData(object? data) => data switch
    {
        null => "",
        string text => text,
        string[] lines => string.Join('\n', lines),
        int number => unchecked((uint)number).ToString(CultureInfo.InvariantCulture),
        long number => unchecked((ulong)number).ToString(CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Convert.ToString(data, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Splits "HKLM\SOFTWARE\…" into the hive's name and the subkey; accepts short and long hive names.</summary>
    public static (string Hive, string SubKey)? RegistryPath(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('\\', StringComparison.Ordinal);
        var hive = (slash < 0 ? key : key[..slash]).ToUpperInvariant();
        var subKey = slash < 0 ? "" : key[(slash + 1)..].Trim('\\');
        var canonical = hive switch
        {
            "HKLM" or "HKEY_LOCAL_MACHINE" => "HKLM",
            "HKCU" or "HKEY_CURRENT_USER" => "HKCU",
            "HKU" or "HKEY_USERS" => "HKU",
            "HKCR" or "HKEY_CLASSES_ROOT" => "HKCR",
            _ => null,
        };
        return canonical is null ? null : (canonical, subKey);
    }

    [GeneratedRegex(@"\bKB(\d{6,8})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KbPattern();
}

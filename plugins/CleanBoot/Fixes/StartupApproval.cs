using System.Buffers.Binary;
using System.Globalization;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.CleanBoot.Fixes;

/// <summary>
/// How Task Manager's Startup apps switch turns a program off: it leaves the Run key alone and writes a REG_BINARY value
/// of the same name under <c>Explorer\StartupApproved</c> beside it (<c>Run</c> for a Run key, <c>Run32</c> for the
/// machine's 32-bit one): twelve bytes, the first 02 (or 06) for on and 03 (odd) for off, the last eight the time it
/// was turned off as a FILETIME. No value at all means on. Windows reads the switch at sign-in, so a program turned off
/// this way stays installed and registered, and restoring the value (or removing it) turns it on again.
/// </summary>
internal static class StartupApproval
{
    private const string Run = @"SOFTWARE\Microsoft\Windows\CurrentVersion\Run";
    private const string Run32 = @"SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Run";
    private const string Approved = @"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved";

    /// <summary>The first byte Task Manager writes for "off".</summary>
    private const byte Off = 0x03;

    /// <summary>The StartupApproved key that switches items of <paramref name="location"/>, or <see langword="null"/> for a
    /// place the switch does not cover (RunOnce, a Startup folder, a place wutk does not know).</summary>
    /// <param name="location">Where the item is registered, as <see cref="StartupItemInfo.Location"/> says:
    /// <c>HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run</c>, or a user's under <c>HKU\&lt;SID&gt;</c> (or <c>HKCU</c>).</param>
    public static string? KeyFor(string location)
    {
        var path = location.Trim().TrimEnd('\\');
        var cut = path.IndexOf('\\', StringComparison.Ordinal);
        if (cut < 0)
        {
            return null;
        }

        var rest = path[(cut + 1)..];
        switch (path[..cut].ToUpperInvariant())
        {
            case "HKLM" or "HKEY_LOCAL_MACHINE":
                return Same(rest, Run) ? $@"HKLM\{Approved}\Run" : Same(rest, Run32) ? $@"HKLM\{Approved}\Run32" : null;
            case "HKCU" or "HKEY_CURRENT_USER":
                return Same(rest, Run) ? $@"HKCU\{Approved}\Run" : null;
            case "HKU" or "HKEY_USERS":
                var user = rest.IndexOf('\\', StringComparison.Ordinal);
                return user > 0 && Same(rest[(user + 1)..], Run) ? $@"HKU\{rest[..user]}\{Approved}\Run" : null;
            default:
                return null;
        }
    }

    /// <summary>Whether the location is a RunOnce key: a program that runs once and removes itself, which Task Manager
    /// does not list.</summary>
    public static bool IsRunOnce(string location) =>
        location.TrimEnd('\\').EndsWith(@"\RunOnce", StringComparison.OrdinalIgnoreCase)
        || location.TrimEnd('\\').EndsWith(@"\RunOnceEx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a StartupApproved value says "off" (its first byte is odd).</summary>
    public static bool IsOff(RegistryValue? value)
    {
        if (value is null || !string.Equals(value.Kind, "REG_BINARY", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hex = new string([.. value.Data.Where(Uri.IsHexDigit)]);
        return hex.Length >= 2
            && byte.TryParse(hex.AsSpan(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var first)
            && (first & 1) == 1;
    }

    /// <summary>The data Task Manager writes to turn an item off at <paramref name="when"/>, as REG_BINARY text (hex).</summary>
    public static string OffData(DateTimeOffset? when)
    {
        Span<byte> bytes = stackalloc byte[12];
        bytes[0] = Off;
        BinaryPrimitives.WriteInt64LittleEndian(bytes[4..], when is { } time && time.UtcDateTime.Year >= 1601 ? time.ToFileTime() : 0);
        return Convert.ToHexString(bytes);
    }

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}

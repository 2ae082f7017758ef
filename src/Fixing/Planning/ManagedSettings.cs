using WuToolkit.Abstractions.Fixes;

namespace WuToolkit.Fixing.Planning;

/// <summary>
/// What a fix must leave alone on a PC whose updates something else manages (WSUS, Windows Update for Business, MDM,
/// Configuration Manager): the update policies, as Group Policy and MDM write them, and the update client's identity,
/// by which WSUS knows the PC. Changing either would undo the administrator's choices or make the PC a stranger to its
/// update server.
/// </summary>
public static class ManagedSettings
{
    /// <summary>The keys under which update policy lives (and everything below them).</summary>
    public static IReadOnlyList<string> PolicyKeys { get; } =
    [
        @"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate",
        @"HKLM\SOFTWARE\WOW6432Node\Policies\Microsoft\Windows\WindowsUpdate",
        @"HKCU\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate",
        @"HKLM\SOFTWARE\Microsoft\PolicyManager",
    ];

    /// <summary>The key that holds the update client's identity.</summary>
    public const string ClientIdentityKey = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate";

    /// <summary>The values under <see cref="ClientIdentityKey"/> that make up the client's identity.</summary>
    public static IReadOnlyList<string> ClientIdentityValues { get; } = ["SusClientId", "SusClientIdValidation", "AccountDomainSid", "PingID"];

    private static readonly string[] RegistryPrograms = ["reg", "reg.exe", "regedit", "regedit.exe", "regini", "regini.exe"];

    /// <summary>Whether the step would change update policy or the client's identity. A program is judged by what it
    /// is told: a registry tool whose arguments name one of those keys or values does.</summary>
    public static bool Touches(FixStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            SetRegistryValueStep set => IsPolicyKey(set.Key) || IsClientIdentity(set.Key, set.Name),
            RunProgramStep run => Touches(run.Program, run.Arguments) || (run.Undo is { } undo && Touches(undo)),
            _ => false,
        };
    }

    /// <summary>Whether the key is, or lies below, an update policy key.</summary>
    public static bool IsPolicyKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normal = Normalize(key);
        return PolicyKeys.Any(policy => normal.Equals(policy, StringComparison.OrdinalIgnoreCase)
            || normal.StartsWith(policy + "\\", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the value is part of the update client's identity (or the key holding it is the step's).</summary>
    public static bool IsClientIdentity(string key, string name)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(name);
        return Normalize(key).Equals(ClientIdentityKey, StringComparison.OrdinalIgnoreCase)
            && ClientIdentityValues.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A key written any of the ways Windows accepts (<c>HKEY_LOCAL_MACHINE\…</c>, <c>HKLM:\…</c>,
    /// <c>Registry::…</c>, forward slashes, doubled or trailing separators) in the one form compared here.</summary>
    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = key.Trim().Replace('/', '\\');
        if (text.StartsWith("Registry::", StringComparison.OrdinalIgnoreCase))
        {
            text = text["Registry::".Length..];
        }

        var parts = text.Split('\\', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count == 0)
        {
            return "";
        }

        parts[0] = parts[0].TrimEnd(':').ToUpperInvariant() switch
        {
            "HKEY_LOCAL_MACHINE" => "HKLM",
            "HKEY_CURRENT_USER" => "HKCU",
            "HKEY_USERS" => "HKU",
            "HKEY_CLASSES_ROOT" => "HKCR",
            var hive => hive,
        };
        return string.Join('\\', parts);
    }

    private static bool Touches(string program, IReadOnlyList<string> arguments)
    {
        var name = program.Trim('"')[(program.Trim('"').LastIndexOfAny(['\\', '/']) + 1)..];
        if (!RegistryPrograms.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        return arguments.Any(argument =>
            IsPolicyKey(argument)
            || Normalize(argument).Equals(ClientIdentityKey, StringComparison.OrdinalIgnoreCase)
            || ClientIdentityValues.Contains(argument, StringComparer.OrdinalIgnoreCase));
    }
}

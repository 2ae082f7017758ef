using System.Globalization;
using WuToolkit.Abstractions.Logs;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The lines of setupact.log / setuperr.log that name one of SetupDiag's causes, and what each names. Every clause reads
/// one Error (or Fatal Error) line and gives SetupDiag's profile, the subject the cause is about (an object, a unit, a
/// plug-in, an installer, a package, a profile, a module) and the code when the line has one:
/// <code>
/// MIG    Error 1392 while gathering object C:\ProgramData\…\S-1-5-18\…. Shell application requested abort![gle=0x00000570]
/// SP     Error READ, 0x00000570 while gathering/applying object: File, C:\…. Will return 0
/// MIG    Abandoning apply due to error for object: C:\Users\…
/// CSI    (F) Failed execution of queue item Installer: Generic Command ({81a3…}) with HRESULT HRESULT_FROM_WIN32(14109). Failure will not be ignored: …
/// DISM   DISM Manager: … Failed to create Dism Image Session in host. - CDISMManager::LoadRemoteImageSession(hr:0x80040154)
/// SYSPRP ActionPlatform::LaunchModule: Failure occurred while executing 'Sysprep_Clean_Validate_Opk' from C:\Windows\System32\spopk.dll; dwRet = 0x8007000d
/// </code>
/// and, worded as the components write them, plug-ins that fail (a <c>{GUID}</c> or <c>.dll</c>), user profiles (a
/// <c>S-1-5-21-…</c> SID or <c>C:\Users\…</c>), the WIM mount driver (wimmount.sys), the Safe OS dynamic update, the
/// servicing session and packages of optional components, DPX expanding a download, the boot-time file filter
/// (WinSetupMon) and drivers that do not migrate. Lines a healthy upgrade also writes are not clauses: an installer whose
/// "Failure will be ignored", Warning lines, and the appraiser's (CONX) errors that Setup swallows.
/// </summary>
internal static class SetupClauses
{
    /// <summary>What a line names: the cause, its subject and code.</summary>
    public readonly record struct Match(string Profile, string? Subject, uint? Code);

    /// <summary>The cause an Error line names, or null. <paramref name="installsDrivers"/>: the run was given /InstallDrivers.</summary>
    public static Match? Of(LogEntry entry, bool installsDrivers)
    {
        if (!IsError(entry) || entry.Component.Equals("CONX", StringComparison.Ordinal))
        {
            return null;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        return Migration(text) ?? AdvancedInstaller(text) ?? Dism(entry.Component, text) ?? Sysprep(entry.Component, text)
            ?? Plugin(entry.Component, text) ?? Profile(text) ?? WimMount(text) ?? SafeOs(text) ?? OptionalComponents(text)
            ?? Expander(entry.Component, text) ?? BootFilter(text) ?? Drivers(text, installsDrivers);
    }

    /// <summary>True for Error and Fatal Error entries.</summary>
    public static bool IsError(LogEntry entry) =>
        entry.Level.StartsWith("Error", StringComparison.Ordinal) || entry.Level.StartsWith("Fatal", StringComparison.Ordinal);

    private static Match? Migration(ReadOnlySpan<char> text)
    {
        const string gathering = " while gathering object ";
        const string applying = " while applying object ";
        const string abandoning = "Abandoning apply due to error for object";
        const string either = "while gathering/applying object:";
        if ((Words.Between(text, gathering, ". Shell") ?? Words.Between(text, applying, ". Shell")) is { } obj)
        {
            return new("FindMigGatherApplyFailure", Clean(obj), Win32After(text, "Error ") ?? Gle(text));
        }

        if (Words.After(text, abandoning) is { } abandoned)
        {
            return new("FindMigGatherApplyFailure", Clean(abandoned.TrimStart(':', ' ')), Gle(text));
        }

        if (Words.Between(text, either, ". Will return") is { } other)
        {
            var comma = other.IndexOf(", ", StringComparison.Ordinal);
            var code = HResult.TryFindAfter(text, ", 0x", out var value) ? value : (uint?)null;
            var name = comma >= 0 ? other[(comma + 2)..] : other;
            return new("FindMigGatherApplyFailure", Clean(name), code is { } win32 && !HResult.IsFailure(win32) ? HResult.FromWin32(win32) : code);
        }

        return null;
    }

    private static Match? AdvancedInstaller(ReadOnlySpan<char> text)
    {
        const string marker = "Failed execution of queue item Installer: ";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || text.Contains("Failure will be ignored", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text[(at + marker.Length)..];
        var open = rest.IndexOf(" ({", StringComparison.Ordinal);
        var name = (open < 0 ? rest : rest[..open]).Trim().ToString();
        var profile = name.Contains("Generic Command", StringComparison.OrdinalIgnoreCase) ? "AdvancedInstallerGenericFailure"
            : name.Contains("Language", StringComparison.OrdinalIgnoreCase) || name.Contains("Feature", StringComparison.OrdinalIgnoreCase) ||
              name.Contains("Capability", StringComparison.OrdinalIgnoreCase) || name.Contains(".NET", StringComparison.OrdinalIgnoreCase) ||
              name.Contains("Netfx", StringComparison.OrdinalIgnoreCase) ? "AdvancedInstallerPluginInstallFailed"
            : "AdvancedInstallerFailed";
        return new(profile, name, InstallerCode(rest));
    }

    /// <summary>"with HRESULT HRESULT_FROM_WIN32(14109)", "with HRESULT 800f0207 [Error,…]", "with HRESULT 0x80070005".</summary>
    private static uint? InstallerCode(ReadOnlySpan<char> text)
    {
        const string marker = "with HRESULT ";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = text[(at + marker.Length)..];
        const string fromWin32 = "HRESULT_FROM_WIN32(";
        if (rest.StartsWith(fromWin32, StringComparison.Ordinal))
        {
            var digits = rest[fromWin32.Length..];
            var close = digits.IndexOf(')');
            return close > 0 && uint.TryParse(digits[..close], NumberStyles.None, CultureInfo.InvariantCulture, out var win32) ? HResult.FromWin32(win32) : null;
        }

        return HResult.TryParseAt(rest, out var code, out _) && HResult.IsFailure(code) ? code : null;
    }

    private static Match? Dism(string component, ReadOnlySpan<char> text)
    {
        if (!component.Equals("DISM", StringComparison.Ordinal) || !HResult.TryFindAfter(text, "(hr:", out var code) || !HResult.IsFailure(code))
        {
            return null;
        }

        if (text.Contains("Image Session", StringComparison.OrdinalIgnoreCase) || text.Contains("ImageSession", StringComparison.Ordinal))
        {
            return new("DISMImageSessionFailure", null, code);
        }

        if (text.Contains("add package", StringComparison.OrdinalIgnoreCase) || text.Contains("AddPackage", StringComparison.Ordinal))
        {
            return new("DISMAddPackageFailed", Words.Package(text) ?? Cab(text), code);
        }

        // "DISM Package Manager: PID=… Failed …" names the provider before its first colon; DISM's own layers (its
        // manager, API and host) only pass the failure on.
        var colon = text.IndexOf(':');
        var provider = colon > 0 ? text[..colon].Trim() : default;
        return provider.StartsWith("DISM ", StringComparison.Ordinal) && !provider.Equals("DISM Manager", StringComparison.Ordinal) &&
               (provider.EndsWith("Provider", StringComparison.Ordinal) || provider.EndsWith("Manager", StringComparison.Ordinal))
            ? new("DISMproviderFailure", provider.ToString(), code)
            : null;
    }

    private static Match? Sysprep(string component, ReadOnlySpan<char> text)
    {
        if (!component.Equals("SYSPRP", StringComparison.Ordinal) && !text.Contains("LaunchModule", StringComparison.Ordinal))
        {
            return null;
        }

        var module = Words.Between(text, "while executing '", "'");
        var dll = Words.Between(text, "' from ", ";");
        var subject = module is null ? dll : dll is null ? module : $"{module} ({Words.FileName(dll)})";
        var code = HResult.TryFindAfter(text, "dwRet = ", out var value) || HResult.TryFindAfter(text, "hr = ", out value) ? value : (uint?)null;
        return subject is null && code is null ? null : new("SysPrepLaunchModuleFailure", subject, code);
    }

    private static Match? Plugin(string component, ReadOnlySpan<char> text)
    {
        if (!text.Contains("plugin", StringComparison.OrdinalIgnoreCase) && !text.Contains("plug-in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = Guid(text) ?? Dll(text);
        var code = AnyCode(text);
        if (name is null && code is null)
        {
            return null;
        }

        var migration = component.Equals("MIG", StringComparison.Ordinal) || text.Contains("migration", StringComparison.OrdinalIgnoreCase) ||
                        text.Contains("abort", StringComparison.OrdinalIgnoreCase);
        return new(migration ? "MigrationAbortedDueToPluginFailure" : "FindFatalPluginFailure", name, code);
    }

    private static Match? Profile(ReadOnlySpan<char> text)
    {
        var sid = Sid(text);
        var users = text.IndexOf(@":\Users\", StringComparison.OrdinalIgnoreCase);
        var mentions = text.Contains("profile", StringComparison.OrdinalIgnoreCase);
        if (sid is null && !(mentions && users > 0))
        {
            return null;
        }

        var subject = sid ?? Path(text, users - 1);
        var profile = text.Contains("duplicate", StringComparison.OrdinalIgnoreCase) || text.Contains("multiple", StringComparison.OrdinalIgnoreCase)
            ? "DuplicateUserProfileFailure"
            : text.Contains("suffix", StringComparison.OrdinalIgnoreCase) || text.Contains(".bak", StringComparison.OrdinalIgnoreCase) ||
              text.Contains("mismatch", StringComparison.OrdinalIgnoreCase) ? "UserProfileSuffixMismatch"
            : text.Contains("Finalize", StringComparison.OrdinalIgnoreCase) ? "UserProfileCreationFailureDuringFinalize"
            : "UserProfileCreationFailureDuringOnlineApply";
        return new(profile, subject, AnyCode(text));
    }

    private static Match? WimMount(ReadOnlySpan<char> text)
    {
        if (!text.Contains("wimmount", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var prerelease = text.Contains("pre-release", StringComparison.OrdinalIgnoreCase) || text.Contains("prerelease", StringComparison.OrdinalIgnoreCase) ||
                         text.Contains("unrecognized", StringComparison.OrdinalIgnoreCase) || text.Contains("unexpected version", StringComparison.OrdinalIgnoreCase);
        return new(prerelease ? "PreReleaseWimMountDriverFound" : "WimMountDriverIssue", "wimmount.sys", AnyCode(text));
    }

    private static Match? SafeOs(ReadOnlySpan<char> text)
    {
        if (!(text.Contains("SafeOS", StringComparison.OrdinalIgnoreCase) || text.Contains("Safe OS", StringComparison.OrdinalIgnoreCase)) ||
            !(text.Contains("dynamic update", StringComparison.OrdinalIgnoreCase) || text.Contains(" DU", StringComparison.Ordinal) ||
              text.Contains(".cab", StringComparison.OrdinalIgnoreCase) || text.Contains("package", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new("CriticalSafeOSDUFailure", Cab(text) ?? Words.Package(text), AnyCode(text));
    }

    private static Match? OptionalComponents(ReadOnlySpan<char> text)
    {
        if (text.Contains("CBS session", StringComparison.OrdinalIgnoreCase) || text.Contains("CbsSession", StringComparison.Ordinal))
        {
            return new("OptionalComponentInitCBSSessionFailed", null, AnyCode(text));
        }

        var oc = text.Contains("OC package", StringComparison.OrdinalIgnoreCase) || text.Contains("Optional Component", StringComparison.OrdinalIgnoreCase) ||
                 text.Contains("OCs", StringComparison.Ordinal);
        if (!oc)
        {
            return null;
        }

        var package = Words.Between(text, "Package Name: ", ",") ?? Words.Package(text) ?? PackageIdentity(text) ?? Cab(text);
        var profile = text.Contains("OCs from", StringComparison.Ordinal) || text.Contains("enumerate", StringComparison.OrdinalIgnoreCase) ||
                      text.Contains("get the optional components", StringComparison.OrdinalIgnoreCase)
            ? "OptionalComponentFailedToGetOCsFromPackage"
            : "OptionalComponentOpenPackageFailed";
        return new(profile, package, AnyCode(text));
    }

    private static Match? Expander(string component, ReadOnlySpan<char> text)
    {
        if (!component.Equals("DPX", StringComparison.Ordinal) && !text.Contains("Expander", StringComparison.Ordinal))
        {
            return null;
        }

        var code = AnyCode(text);
        return code is null ? null : new("UpdateAgentExpanderFailure", Cab(text) ?? Esd(text), code);
    }

    private static Match? BootFilter(ReadOnlySpan<char> text) =>
        text.Contains("WinSetupMon", StringComparison.OrdinalIgnoreCase) || text.Contains("WinSetupBoot", StringComparison.OrdinalIgnoreCase)
            ? new("WinSetupBootFilterFailure", null, AnyCode(text))
            : null;

    private static Match? Drivers(ReadOnlySpan<char> text, bool installsDrivers)
    {
        if (!text.Contains("driver", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var inf = DriverFiles.In(text).FirstOrDefault(name => name.EndsWith(".inf", StringComparison.OrdinalIgnoreCase));
        if (installsDrivers && (text.Contains("add", StringComparison.OrdinalIgnoreCase) || text.Contains("inject", StringComparison.OrdinalIgnoreCase) ||
                                text.Contains("install", StringComparison.OrdinalIgnoreCase)))
        {
            return new("UserProvidedDriverInjectionFailure", inf, AnyCode(text));
        }

        if (!text.Contains("migrat", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return inf is null ? new("DriverMigrationFailure", null, AnyCode(text)) : new("UnknownDriverMigrationFailure", inf, AnyCode(text));
    }

    /// <summary>The first failing code of the line in any of Setup's spellings.</summary>
    private static uint? AnyCode(ReadOnlySpan<char> text)
    {
        foreach (var marker in (ReadOnlySpan<string>)["Error: ", "hr = ", "hr:", "HRESULT = ", "Result = ", "error ", "Error ", "0x"])
        {
            if (HResult.TryFindAfter(text, marker, out var code) && HResult.IsFailure(code))
            {
                return code;
            }
        }

        return Gle(text);
    }

    /// <summary>"Error 1392 while …": a decimal Win32 code as its HRESULT.</summary>
    private static uint? Win32After(ReadOnlySpan<char> text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 && HResult.TryParseWin32Decimal(text[(at + marker.Length)..], out var code) ? code : null;
    }

    private static uint? Gle(ReadOnlySpan<char> text) => HResult.TryFindGle(text, out var code) && code != HResult.FromWin32(0) ? code : null;

    private static string? Guid(ReadOnlySpan<char> text)
    {
        var open = text.IndexOf('{');
        return open >= 0 && open + 38 <= text.Length && text[open + 37] == '}' ? text.Slice(open, 38).ToString() : null;
    }

    private static string? Dll(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf(".dll", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-' or '.'))
        {
            start--;
        }

        return start == at ? null : text[start..(at + 4)].ToString();
    }

    /// <summary>A servicing package's identity: "Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.19041.1".</summary>
    private static string? PackageIdentity(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("~31bf3856ad364e35~", StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return null;
        }

        var start = at;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '_' or '.'))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.' or '~'))
        {
            end++;
        }

        return text[start..end].TrimEnd('.').ToString();
    }

    private static string? Cab(ReadOnlySpan<char> text) => FileWith(text, ".cab") ?? FileWith(text, ".msu");

    private static string? Esd(ReadOnlySpan<char> text) => FileWith(text, ".esd") ?? FileWith(text, ".psf");

    private static string? FileWith(ReadOnlySpan<char> text, string extension)
    {
        var at = text.IndexOf(extension, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at;
        while (start > 0 && text[start - 1] is not (' ' or '\\' or '/' or '[' or '\'' or '"' or '('))
        {
            start--;
        }

        return start == at ? null : text[start..(at + extension.Length)].ToString();
    }

    /// <summary>A user's SID (S-1-5-21-…); the well-known ones (S-1-5-18 …) are no user profiles.</summary>
    private static string? Sid(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("S-1-5-21-", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var end = at + "S-1-5-21-".Length;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text[at..end].TrimEnd('-').ToString();
    }

    /// <summary>The path that starts with the drive letter at <paramref name="start"/>, to the next space or bracket.</summary>
    private static string Path(ReadOnlySpan<char> text, int start)
    {
        var rest = text[Math.Max(start, 0)..];
        var end = rest.IndexOfAny(" []\"'".AsSpan());
        return Clean((end < 0 ? rest : rest[..end]).ToString());
    }

    private static string Clean(string value) => value.Trim().TrimEnd('.', ';', ',').Trim();
}

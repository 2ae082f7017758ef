using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs.Resources;

namespace WuToolkit.Plugins.Logs;

/// <summary>
/// A SetupPlatform operation that failed: "Operation failed: Apply WIM file PathForNewOSFile, index 6 to
/// D:\$WINDOWS.~BT\NewOS. Error: 0x80070570", "Operation failed: Set boot command … Error: 0x80040154". The
/// operation is the subject (SetupDiag's "last operation"). Applying the image with 0x80070570
/// (ERROR_FILE_CORRUPT) means the installation files are damaged; the file named in the preceding
/// "SPWIMCallback: Error in apply of …" is given, and the fix is new media, not a repair of this PC.
/// <para>
/// The operation's name says which of SetupDiag's causes it is: applying or extracting a WIM (WimApplyExtractFailure),
/// mounting one (WimMountFailure), migrating (FindMigGatherApplyFailure), drivers (DriverMigrationFailure, or
/// UserProvidedDriverInjectionFailure when Setup was given drivers with /InstallDrivers), packages added to the Safe OS
/// (CriticalSafeOSDUFailure) or to the new Windows (DISMAddPackageFailed), optional components, sysprep, user
/// profiles; any other operation is FindSetupPlatformFailedOperationInfo.
/// </para>
/// </summary>
[ExportLogRule(Id, "Setup operations that failed, such as applying the Windows image", LogKind.SetupAct, LogKind.SetupErr, Markers = new[] { SetupRuns.Marker, "SPWIMCallback: Error in apply of", "Operation failed:" })]
public sealed class SetupOperationFailedRule : ILogRule
{
    public const string Id = "setup.operation-failed";

    private const uint FileCorrupt = 0x80070570;
    private const string OperationFailed = "Operation failed: ";
    private const string ApplyError = "SPWIMCallback: Error in apply of ";

    /// <summary>Words of an operation's name and the cause they make it, most specific first.</summary>
    private static readonly (string[] Words, string Profile)[] Kinds =
    [
        (["Mount WIM"], "WimMountFailure"),
        (["Apply WIM", "Extract files from WIM", "Apply image", "Extract WIM"], "WimApplyExtractFailure"),
        (["Migrate framework", "Migrate data", "Gather data", "Apply data"], "FindMigGatherApplyFailure"),
        (["SafeOS", "Safe OS"], "CriticalSafeOSDUFailure"),
        (["Optional Component"], "OptionalComponentOpenPackageFailed"),
        (["Add package", "Install package", "Add packages"], "DISMAddPackageFailed"),
        (["Sysprep", "sysprep"], "SysPrepLaunchModuleFailure"),
        (["profile", "Profile"], "UserProfileCreationFailureDuringOnlineApply"),
        (["Driver", "driver"], "DriverMigrationFailure"),
    ];

    private readonly SetupRuns _runs = new();
    private readonly HashSet<(string, uint)> _reported = [];
    private string? _lastFile;
    private uint _lastFileCode;

    public void Observe(LogEntry entry, IFindingSink findings)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(findings);
        if (_runs.Observe(entry))
        {
            _reported.Clear();
            return;
        }

        if (!entry.Level.Equals("Error", StringComparison.Ordinal) || !entry.Component.Equals("SP", StringComparison.Ordinal))
        {
            return;
        }

        var text = Words.FirstLine(entry.Text.AsSpan());
        var apply = text.IndexOf(ApplyError, StringComparison.Ordinal);
        if (apply >= 0)
        {
            var path = text[(apply + ApplyError.Length)..];
            var gle = path.IndexOf(". GLE [", StringComparison.Ordinal);
            _lastFile = Words.FileName(gle < 0 ? path : path[..gle]);

            // "GLE [1392]": the file's own Win32 error, in decimal (1392 is ERROR_FILE_CORRUPT).
            _lastFileCode = gle >= 0 && HResult.TryParseWin32Decimal(path[(gle + ". GLE [".Length)..], out var fileCode) ? fileCode : 0;
            return;
        }

        if (Words.Between(text, OperationFailed, ". Error:") is not { } operation ||
            !HResult.TryFindAfter(text, ". Error:", out var code) || !HResult.IsFailure(code) ||
            !_reported.Add((operation, code)))
        {
            return;
        }

        var hex = HResult.Format(code);
        var corrupt = code == FileCorrupt || _lastFileCode == FileCorrupt;
        var profile = Profile(operation);
        var summary = corrupt && operation.StartsWith("Apply WIM", StringComparison.Ordinal)
            ? (_lastFile is null ? Strings.FormatSetupMediaCorrupt(hex) : Strings.FormatSetupMediaCorruptFile(hex, _lastFile))
            : profile == "FindSetupPlatformFailedOperationInfo" ? Strings.FormatSetupOperationFailed(operation, hex)
            : Strings.FormatSetupOperationFailedCause(SetupProfiles.Of(profile).Describe(operation), hex);
        var finding = SetupProfiles.Of(profile).Finding(Id, entry, operation, code) with { Summary = summary };
        findings.Add(_runs.Tag(finding));
    }

    /// <summary>SetupDiag's cause for a failed operation, by its name.</summary>
    private string Profile(string operation)
    {
        foreach (var (words, profile) in Kinds)
        {
            if (Array.Exists(words, word => operation.Contains(word, StringComparison.Ordinal)))
            {
                return profile == "DriverMigrationFailure" && _runs.InstallsDrivers ? "UserProvidedDriverInjectionFailure" : profile;
            }
        }

        return "FindSetupPlatformFailedOperationInfo";
    }

    public void Complete(IFindingSink findings)
    {
    }
}

using System.Text.RegularExpressions;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog.Fixes;

/// <summary>What kind of package a file is, by its extension.</summary>
internal enum PackageKind
{
    /// <summary>A standalone update (<c>.msu</c>), installed with wusa.</summary>
    Msu,

    /// <summary>A servicing package (<c>.cab</c>), installed with DISM.</summary>
    Cab,
}

/// <summary>The package <c>catalog.package</c> names, checked before anything is planned: a full path to an .msu or .cab
/// file whose name carries one well-formed KB id (as the Microsoft Update Catalog names its downloads), which the machine
/// says is there. Anything else is refused as a setting of the wrong form, naming the setting and what it takes.</summary>
internal sealed partial record PackageFile
{
    public required string Path { get; init; }

    public required string KbId { get; init; }

    public required PackageKind Kind { get; init; }

    /// <summary>Whether the machine said the file is there; false when it could not say (a snapshot of another PC).</summary>
    public required bool Seen { get; init; }

    public string FileName => Path[(Path.LastIndexOf('\\') + 1)..];

    public static async Task<PackageFile> ReadAsync(ISettings settings, IStorageQueries storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(storage);
        var path = settings.Get(InstallPackageSettings.Package);
        if (path.Length == 0)
        {
            throw Refused(path, Strings.ExpectedPackage);
        }

        if (!FullPath().IsMatch(path))
        {
            throw Refused(path, Strings.ExpectedPackageFullPath);
        }

        var fileName = path[(path.LastIndexOf('\\') + 1)..];
        PackageKind? kind = System.IO.Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".MSU" => PackageKind.Msu,
            ".CAB" => PackageKind.Cab,
            _ => null,
        };
        if (kind is null)
        {
            throw Refused(path, Strings.ExpectedPackageKind);
        }

        var kbIds = KbArticle.InFileName(fileName);
        if (kbIds.Count != 1)
        {
            throw Refused(path, kbIds.Count == 0 ? Strings.ExpectedPackageKb : Strings.FormatExpectedPackageOneKb(string.Join(", ", kbIds)));
        }

        var seen = false;
        try
        {
            var file = await storage.GetPathAsync(path, cancellationToken).ConfigureAwait(false);
            if (!file.Exists || file.IsDirectory)
            {
                throw Refused(path, Strings.ExpectedExistingPackage);
            }

            seen = true;
        }
        catch (QuestionUnansweredException)
        {
            // Planning for another PC from its snapshot: the plan says the file was not seen.
        }

        return new PackageFile { Path = path, KbId = kbIds[0], Kind = kind.Value, Seen = seen };
    }

    private static InvalidSettingException Refused(string value, string expected) => new(InstallPackageSettings.Package.Key, value, expected);

    // A drive path (C:\…) or a share (\\server\share\…), without the characters Windows refuses in a path: a relative
    // path would depend on where wutk runs, and %VARIABLES% are not expanded in a program's arguments.
    [GeneratedRegex(@"^([A-Za-z]:\\|\\\\[^\\/:*?""<>|]+\\[^\\/:*?""<>|]+\\)[^/:*?""<>|]*[^\\/:*?""<>|]$", RegexOptions.CultureInvariant)]
    private static partial Regex FullPath();
}

using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;
using WuToolkit.Plugins.Upgrade.Resources;

namespace WuToolkit.Plugins.Upgrade;

/// <summary>
/// An upgrade from installation media keeps apps and files only when the media has the language Windows was installed
/// in and an edition the installed one can move to (Microsoft's "Windows upgrade paths"); otherwise setup greys out
/// "Keep personal files and apps". The media is not on the PC, so the user names it in the settings; without them the
/// check names what the media must match.
/// </summary>
[ExportCheck(
    "upgrade.edition-language",
    "Edition and language against the installation media",
    Scenario = Scenario.Upgrade,
    Tags = ["upgrade", "edition", "language"],
    Settings = typeof(ReadinessSettings),
    Description = "Compares the installed edition (EditionID) and installation language (InstallLanguage) with the media's, given as upgrade.mediaEdition and upgrade.mediaLanguage: keeping apps and files needs the same language and a compatible edition.")]
public sealed class EditionLanguageCheck : ICheck
{
    private const string CurrentVersionKey = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion";

    /// <inheritdoc />
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mediaEdition = context.Settings.Get(ReadinessSettings.MediaEdition);
        var mediaLanguage = context.Settings.Get(ReadinessSettings.MediaLanguage);
        var registry = context.Machine.Registry;

        var edition = (await registry.GetValueAsync(CurrentVersionKey, "EditionID", cancellationToken).ConfigureAwait(false))?.Data.Trim();
        var installationType = (await registry.GetValueAsync(CurrentVersionKey, "InstallationType", cancellationToken).ConfigureAwait(false))?.Data.Trim();
        var languageCode = (await registry.GetValueAsync(InstallLanguage.Key, InstallLanguage.Value, cancellationToken).ConfigureAwait(false))?.Data.Trim();
        var language = InstallLanguage.CultureOf(languageCode);

        var installedEdition = string.IsNullOrEmpty(edition) ? ReadinessStrings.EvidenceUnknown : edition;
        var installedLanguage = language ?? (string.IsNullOrEmpty(languageCode) ? ReadinessStrings.EvidenceUnknown : languageCode);
        var evidence = new List<Evidence>
        {
            new("editionId", installedEdition),
            new("installationType", string.IsNullOrEmpty(installationType) ? ReadinessStrings.EvidenceUnknown : installationType),
            new("installLanguage", installedLanguage),
            new("installLanguageId", string.IsNullOrEmpty(languageCode) ? ReadinessStrings.EvidenceUnknown : languageCode),
            new("mediaEdition", mediaEdition.Length == 0 ? ReadinessStrings.EvidenceNotSet : Editions.IdOf(mediaEdition)),
            new("mediaLanguage", mediaLanguage.Length == 0 ? ReadinessStrings.EvidenceNotSet : InstallLanguage.Canonical(mediaLanguage)),
        };

        if (mediaEdition.Length == 0 && mediaLanguage.Length == 0)
        {
            return CheckResult.Pass(ReadinessStrings.FormatMediaNotGiven(installedEdition, installedLanguage), [.. evidence]);
        }

        var findings = new List<(CheckStatus Status, string Summary)>();
        if (mediaLanguage.Length > 0)
        {
            var media = InstallLanguage.Canonical(mediaLanguage);
            if (language is null)
            {
                findings.Add((CheckStatus.Warn, ReadinessStrings.FormatInstallLanguageUnknown(media)));
            }
            else if (!InstallLanguage.Same(language, media))
            {
                findings.Add((CheckStatus.Fail, ReadinessStrings.FormatLanguageMismatch(media, language)));
            }
        }

        if (mediaEdition.Length > 0)
        {
            var media = Editions.IdOf(mediaEdition);
            if (string.IsNullOrEmpty(edition))
            {
                findings.Add((CheckStatus.Warn, ReadinessStrings.FormatEditionUnknown(media)));
            }
            else if (EditionFinding(edition, media) is { } finding)
            {
                findings.Add(finding);
            }
        }

        if (findings.Count == 0)
        {
            return CheckResult.Pass(ReadinessStrings.FormatMediaMatches(installedEdition, installedLanguage), [.. evidence]);
        }

        return new CheckResult
        {
            Status = findings.Max(finding => finding.Status),
            Summary = string.Join(ReadinessStrings.ClauseSeparator, findings.Select(finding => finding.Summary)),
            Evidence = evidence,
        };
    }

    private static (CheckStatus, string)? EditionFinding(string installed, string media) => Editions.Path(installed, media) switch
    {
        EditionPath.Same => null,
        EditionPath.NeedsProductKey => (CheckStatus.Warn, ReadinessStrings.FormatEditionNeedsKey(media, installed)),
        EditionPath.AppsRemoved => (CheckStatus.Fail, ReadinessStrings.FormatEditionAppsRemoved(media, installed)),
        EditionPath.NotSupported => (CheckStatus.Fail, ReadinessStrings.FormatEditionNotSupported(media, installed)),
        _ => (CheckStatus.Warn, ReadinessStrings.FormatEditionUndocumented(media, installed)),
    };
}

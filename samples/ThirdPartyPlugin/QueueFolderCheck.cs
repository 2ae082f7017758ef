using System.Globalization;
using Contoso.PrinterQueue.Resources;
using WuToolkit.Abstractions;
using WuToolkit.Abstractions.Checks;

namespace Contoso.PrinterQueue;

/// <summary>Contoso Queue Manager keeps every print job it could not deliver. Left alone the folder grows until it
/// takes the space a cumulative update needs to stage, so a large queue is worth a warning before updating.</summary>
[ExportCheck("contoso.queue-folder", "Size of the Contoso print queue", Tags = ["printing", "storage"], Settings = typeof(PrinterQueueSettings))]
public sealed class QueueFolderCheck : ICheck
{
    /// <summary>Where Contoso Queue Manager keeps undelivered jobs; wutk's machine resolves the variable.</summary>
    public const string Folder = @"%ProgramData%\Contoso\PrinterQueue\Jobs";

    /// <summary>Setting: the queue size, in GB, above which the check warns (<c>--set contoso.queueMaxGB=5</c>).</summary>
    public const string LimitSetting = "contoso.queueMaxGB";

    /// <summary>Default limit: far more than a healthy queue ever holds.</summary>
    public const double DefaultLimitGB = 2;

    private const double GB = 1024d * 1024 * 1024;

    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.Settings.Get(PrinterQueueSettings.QueueMaxGB);
        var folder = await context.Machine.Storage.GetPathAsync(Folder, cancellationToken).ConfigureAwait(false);
        if (!folder.Exists)
        {
            return CheckResult.Skipped(Strings.FormatQueueFolderAbsent(Folder));
        }

        var size = Format(folder.SizeBytes / GB);
        Evidence[] evidence =
        [
            new("queue.folder", Folder),
            new("queue.sizeGB", size),
            new("queue.files", folder.FileCount.ToString(CultureInfo.InvariantCulture)),
            new("queue.limitGB", Format(limit)),
        ];

        return folder.SizeBytes / GB > limit
            ? CheckResult.Warn(Strings.FormatQueueTooBig(size, Folder, Format(limit)), evidence)
            : CheckResult.Pass(Strings.FormatQueueSmall(size, folder.FileCount, Format(limit)), evidence);
    }

    private static string Format(double gigabytes) => gigabytes.ToString("0.0", CultureInfo.InvariantCulture);
}

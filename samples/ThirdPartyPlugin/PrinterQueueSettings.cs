using Contoso.PrinterQueue.Resources;
using WuToolkit.Abstractions;

namespace Contoso.PrinterQueue;

/// <summary>The settings of this plugin, declared so that wutk checks every value before a check runs.</summary>
public static class PrinterQueueSettings
{
    /// <summary>The queue size, in GB, above which the check warns (<c>--set contoso.queueMaxGB=5</c>).</summary>
    public static readonly NumberSetting QueueMaxGB =
        new(QueueFolderCheck.LimitSetting, Strings.SettingQueueMaxGB, QueueFolderCheck.DefaultLimitGB) { Minimum = 0.01, Maximum = 1_000, Unit = "GB" };
}

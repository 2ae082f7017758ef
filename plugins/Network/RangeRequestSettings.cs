using WuToolkit.Abstractions;
using WuToolkit.Plugins.Network.Resources;

namespace WuToolkit.Plugins.Network;

/// <summary>The settings <c>network.range-requests</c> reads.</summary>
public static class RangeRequestSettings
{
    /// <summary>The update payload asked for in part: by default the offline scan catalogue (wsusscn2.cab) on Windows
    /// Update's payload host, over plain HTTP as the update client downloads it.</summary>
    public const string DefaultUrl = "http://download.windowsupdate.com/microsoftupdate/v6/wsusscan/wsusscn2.cab";

    /// <summary>The files asked for with a Range request.</summary>
    public static readonly UrlListSetting Urls =
        new("network.rangeTestUrls", Strings.SettingRangeTestUrls, [new Uri(DefaultUrl)]) { MaxCount = 4 };
}

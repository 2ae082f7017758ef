using WuToolkit.Abstractions;
using WuToolkit.Plugins.Catalog.Resources;

namespace WuToolkit.Plugins.Catalog.Fixes;

/// <summary>What <c>catalog.install-package</c> reads (<c>wutk fix catalog.install-package --set catalog.package=C:\Downloads\windows10.0-kb5034441-x64.msu</c>).</summary>
public static class InstallPackageSettings
{
    /// <summary>The full path of the downloaded .msu or .cab package. No default: there is no package to guess.</summary>
    public static readonly TextSetting Package = new("catalog.package", Strings.SettingPackage, defaultValue: "") { MaxLength = 32_767 };
}

namespace WuToolkit.Plugins.Network.Fixes;

internal static class Netsh
{
    public const string Program = @"%SystemRoot%\System32\netsh.exe";
}

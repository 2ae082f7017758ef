namespace WuToolkit.Plugins.Logs;

/// <summary>
/// The verdict of a component store repair (DISM /RestoreHealth, /ScanHealth through CBS) as its summary block in
/// CBS.log states it: <c>Operation result: 0x0</c> and <c>CheckSur: hrStatus: 0x0 [S_OK]</c>.
/// </summary>
internal static class CbsRepairVerdict
{
    public static bool TryRead(string text, out uint result)
    {
        var span = text.AsSpan().TrimStart();
        if (span.StartsWith("Operation result:", StringComparison.Ordinal))
        {
            return HResult.TryParseAt(span["Operation result:".Length..], out result, out _);
        }

        if (span.StartsWith("CheckSur: hrStatus:", StringComparison.Ordinal))
        {
            return HResult.TryParseAt(span["CheckSur: hrStatus:".Length..], out result, out _);
        }

        result = 0;
        return false;
    }
}

using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Services;

internal static class WindowsEdition
{
    /// <summary>Whether the PC runs Windows Server, where Microsoft accounts do not apply and disabling the sign-in
    /// assistant is allowed by Microsoft's own guidance. Unknown counts as a client, the common case.</summary>
    public static async Task<bool> IsServerAsync(ISystemQueries system, CancellationToken cancellationToken)
    {
        try
        {
            var os = await system.GetOsAsync(cancellationToken).ConfigureAwait(false);
            return os.ProductName.Contains("Server", StringComparison.OrdinalIgnoreCase);
        }
        catch (QuestionUnansweredException)
        {
            return false;
        }
    }
}

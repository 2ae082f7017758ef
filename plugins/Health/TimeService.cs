using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Plugins.Health;

/// <summary>How the Windows Time service is set up: whether it synchronises at all, and from where. Evidence for the
/// clock check; every part may be unknown (Linux, or a snapshot that did not record it).</summary>
/// <param name="Type">The w32time <c>Type</c>: <c>NTP</c> (the servers in NtpServer), <c>NT5DS</c> (the domain
/// hierarchy), <c>AllSync</c>, or <c>NoSync</c> (no synchronisation at all); <see langword="null"/> when unknown.</param>
/// <param name="NtpServer">The w32time <c>NtpServer</c> list, such as <c>time.windows.com,0x9</c>.</param>
/// <param name="Service">The W32Time service: unknown, absent (answered <see langword="null"/>) or as installed.</param>
internal sealed record TimeService(string? Type, string? NtpServer, Answer<ServiceInfo?> Service)
{
    public const string ParametersKey = @"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Parameters";
    public const string ServiceName = "W32Time";

    public static async Task<TimeService> ReadAsync(IMachine machine, CancellationToken cancellationToken)
    {
        var type = await Answers.AskAsync(() => machine.Registry.GetValueAsync(ParametersKey, "Type", cancellationToken)).ConfigureAwait(false);
        var server = await Answers.AskAsync(() => machine.Registry.GetValueAsync(ParametersKey, "NtpServer", cancellationToken)).ConfigureAwait(false);
        var service = await Answers.AskAsync(() => machine.Services.GetAsync(ServiceName, cancellationToken)).ConfigureAwait(false);
        return new TimeService(type.Value?.Data, server.Value?.Data, service);
    }
}

using System.Diagnostics;
using System.Runtime.Versioning;
using System.ServiceProcess;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Services through the service control manager; start details the SCM API does not give come from the
/// service's registry key, and the publisher from its executable's version resource.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsServices : IServiceQueries
{
    private const string ServicesKey = @"HKLM\SYSTEM\CurrentControlSet\Services\";

    public Task<ServiceInfo?> GetAsync(string name, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            using var controller = ServiceController.GetServices().FirstOrDefault(s => string.Equals(s.ServiceName, name, StringComparison.OrdinalIgnoreCase));
            return controller is null ? null : Describe(controller);
        }, cancellationToken);

    public Task<IReadOnlyList<ServiceInfo>> ListAsync(CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<ServiceInfo>>(() =>
        {
            var services = ServiceController.GetServices();
            try
            {
                return services.Select(Describe).OfType<ServiceInfo>().ToList();
            }
            finally
            {
                foreach (var service in services)
                {
                    service.Dispose();
                }
            }
        }, cancellationToken);

    private static ServiceInfo? Describe(ServiceController service)
    {
        try
        {
            var key = ServicesKey + service.ServiceName;
            var delayed = WindowsRegistry.ReadNumber(key, "DelayedAutostart") == 1;
            var imagePath = WindowsRegistry.ReadText(key, "ImagePath");
            return new ServiceInfo { Name = service.ServiceName, DisplayName = service.DisplayName, StartType = service.StartType switch
                {
                    ServiceStartMode.Boot => ServiceStartType.Boot,
                    ServiceStartMode.System => ServiceStartType.System,
                    ServiceStartMode.Automatic => delayed ? ServiceStartType.AutomaticDelayed : ServiceStartType.Automatic,
                    ServiceStartMode.Manual => ServiceStartType.Manual,
                    _ => ServiceStartType.Disabled,
                }, State = service.Status switch
                {
                    ServiceControllerStatus.Running => ServiceState.Running,
                    ServiceControllerStatus.StartPending => ServiceState.StartPending,
                    ServiceControllerStatus.StopPending => ServiceState.StopPending,
                    ServiceControllerStatus.ContinuePending => ServiceState.ContinuePending,
                    ServiceControllerStatus.PausePending => ServiceState.PausePending,
                    ServiceControllerStatus.Paused => ServiceState.Paused,
                    _ => ServiceState.Stopped,
                }, ImagePath = imagePath, Publisher = Publisher(imagePath) };
        }
        catch (InvalidOperationException)
        {
            // The service was removed while we looked: it is not there.
            return null;
        }
    }

    private static string? Publisher(string? imagePath)
    {
        var file = ServiceImagePath.Executable(imagePath, Environment.GetFolderPath(Environment.SpecialFolder.Windows), Environment.ExpandEnvironmentVariables);
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        try
        {
            return FileVersionInfo.GetVersionInfo(file).CompanyName is { Length: > 0 } company ? company.Trim() : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}

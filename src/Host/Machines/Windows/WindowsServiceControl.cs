using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.ServiceProcess;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Machines.Steps;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// Changes services through the service control manager: stop and start with a timeout (a stop never takes dependent
/// services down with it: the SCM refuses, and the refusal says which run), start types with ChangeServiceConfig, and
/// security descriptors with sc.exe (sdshow/sdset, the descriptor being SDDL in any language). A service this Windows
/// does not have leaves the step with nothing to do. When a service will not stop, the outcome says what holds it.
/// </summary>
[SupportedOSPlatform("windows")]
internal static partial class WindowsServiceControl
{
    private const string ScExe = @"%SystemRoot%\System32\sc.exe";

    public static Task<StepOutcome> StopAsync(string name, TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            using var service = Find(name);
            if (service is null)
            {
                return StepOutcome.Unchanged(StepStrings.FormatServiceAbsent(name));
            }

            if (service.Status == ServiceControllerStatus.Stopped)
            {
                return StepOutcome.Unchanged(StepStrings.FormatServiceAlreadyStopped(name));
            }

            try
            {
                if (service.Status != ServiceControllerStatus.StopPending)
                {
                    service.Stop(stopDependentServices: false);
                }

                service.WaitForStatus(ServiceControllerStatus.Stopped, timeout);
                return StepOutcome.Done(StepStrings.FormatServiceStopped(name));
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ServiceProcess.TimeoutException)
            {
                return StepOutcome.Failed(StepStrings.FormatServiceWouldNotStop(name, Message(ex, timeout), Holders(service)));
            }
        }, cancellationToken);

    public static Task<StepOutcome> StartAsync(string name, TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            using var service = Find(name);
            if (service is null)
            {
                return StepOutcome.Unchanged(StepStrings.FormatServiceAbsent(name));
            }

            if (service.Status == ServiceControllerStatus.Running)
            {
                return StepOutcome.Unchanged(StepStrings.FormatServiceAlreadyRunning(name));
            }

            try
            {
                if (service.Status != ServiceControllerStatus.StartPending)
                {
                    service.Start();
                }

                service.WaitForStatus(ServiceControllerStatus.Running, timeout);
                return StepOutcome.Done(StepStrings.FormatServiceStarted(name));
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ServiceProcess.TimeoutException)
            {
                return StepOutcome.Failed(StepStrings.FormatServiceWouldNotStart(name, Message(ex, timeout)));
            }
        }, cancellationToken);

    public static StepOutcome SetStartType(string name, ServiceStartType current, ServiceStartType wanted)
    {
        if (current == wanted)
        {
            return StepOutcome.Unchanged(StepStrings.FormatStartTypeAlready(name, wanted));
        }

        var (start, delayed) = ServiceStartConfig.For(wanted);
        var manager = OpenSCManagerW(null, null, ScManagerConnect);
        if (manager == IntPtr.Zero)
        {
            return StepOutcome.Failed(StepStrings.FormatStartTypeFailed(name, Marshal.GetLastPInvokeErrorMessage()));
        }

        try
        {
            var service = OpenServiceW(manager, name, ServiceChangeConfig | ServiceQueryConfig);
            if (service == IntPtr.Zero)
            {
                return StepOutcome.Failed(StepStrings.FormatStartTypeFailed(name, Marshal.GetLastPInvokeErrorMessage()));
            }

            try
            {
                if (!ChangeServiceConfigW(service, NoChange, start, NoChange, null, null, IntPtr.Zero, null, null, null, null))
                {
                    return StepOutcome.Failed(StepStrings.FormatStartTypeFailed(name, Marshal.GetLastPInvokeErrorMessage()));
                }

                if (start == ServiceStartConfig.Auto)
                {
                    var info = delayed ? 1 : 0;
                    if (!ChangeServiceConfig2W(service, DelayedAutoStartInfo, ref info))
                    {
                        return StepOutcome.Failed(StepStrings.FormatStartTypeFailed(name, Marshal.GetLastPInvokeErrorMessage()));
                    }
                }

                return StepOutcome.Done(StepStrings.FormatStartTypeSet(name, wanted));
            }
            finally
            {
                CloseServiceHandle(service);
            }
        }
        finally
        {
            CloseServiceHandle(manager);
        }
    }

    public static async Task<string?> ReadSecurityAsync(string name, CancellationToken cancellationToken)
    {
        var (code, output) = await ProgramRunner.CaptureAsync(ScExe, ["sdshow", name], cancellationToken).ConfigureAwait(false);
        return code == 0 ? ScSecurityOutput.Sddl(output) : null;
    }

    public static async Task<StepOutcome> SetSecurityAsync(string name, string sddl, CancellationToken cancellationToken)
    {
        if (await ReadSecurityAsync(name, cancellationToken).ConfigureAwait(false) is { } current && string.Equals(current, sddl, StringComparison.Ordinal))
        {
            return StepOutcome.Unchanged(StepStrings.FormatSecurityAlready(name));
        }

        var (code, output) = await ProgramRunner.CaptureAsync(ScExe, ["sdset", name, sddl], cancellationToken).ConfigureAwait(false);
        return code == 0
            ? StepOutcome.Done(StepStrings.FormatSecuritySet(name))
            : StepOutcome.Failed(StepStrings.FormatSecurityFailed(name, code, output.ReplaceLineEndings(" ").Trim()));
    }

    private static ServiceController? Find(string name) =>
        ServiceController.GetServices().FirstOrDefault(service => string.Equals(service.ServiceName, name, StringComparison.OrdinalIgnoreCase));

    private static string Message(Exception ex, TimeSpan timeout) =>
        ex is System.ServiceProcess.TimeoutException ? StepStrings.FormatServiceTimedOut(timeout.TotalSeconds) : (ex.InnerException ?? ex).Message;

    /// <summary>What holds a service that will not stop: its running dependents, and its process with the services in it.</summary>
    private static string Holders(ServiceController service)
    {
        List<string> dependents;
        try
        {
            dependents = [.. service.DependentServices.Where(dependent => dependent.Status != ServiceControllerStatus.Stopped).Select(dependent => dependent.ServiceName)];
        }
        catch (InvalidOperationException)
        {
            dependents = [];
        }

        int? processId = null;
        string? processName = null;
        List<string> sharing = [];
        try
        {
            var name = service.ServiceName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
            var record = Wmi.Query("serviceProcess", @"root\cimv2", $"SELECT ProcessId FROM Win32_Service WHERE Name = '{name}'", null, CancellationToken.None).FirstOrDefault();
            if (record?.Number("ProcessId") is { } id and > 0)
            {
                processId = (int)id;
                using var process = System.Diagnostics.Process.GetProcessById(processId.Value);
                processName = process.ProcessName;
                sharing = [.. Wmi.Query("serviceProcess", @"root\cimv2", $"SELECT Name FROM Win32_Service WHERE ProcessId = {processId.Value}", null, CancellationToken.None)
                    .Select(other => other.Text("Name"))
                    .OfType<string>()
                    .Where(other => !string.Equals(other, service.ServiceName, StringComparison.OrdinalIgnoreCase))];
            }
        }
        catch (Exception ex) when (ex is QuestionUnansweredException or ArgumentException or InvalidOperationException)
        {
            // What holds it is a help, not a must: the failure is reported either way.
        }

        return ServiceHolders.Describe(dependents, processName, processId, sharing);
    }

    private const uint ScManagerConnect = 0x0001;
    private const uint ServiceQueryConfig = 0x0001;
    private const uint ServiceChangeConfig = 0x0002;
    private const uint NoChange = 0xFFFFFFFF;
    private const uint DelayedAutoStartInfo = 3;

    [LibraryImport("advapi32.dll", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    private static partial IntPtr OpenSCManagerW(string? machineName, string? databaseName, uint desiredAccess);

    [LibraryImport("advapi32.dll", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    private static partial IntPtr OpenServiceW(IntPtr manager, string serviceName, uint desiredAccess);

    [LibraryImport("advapi32.dll", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool ChangeServiceConfigW(
        IntPtr service, uint serviceType, uint startType, uint errorControl, string? binaryPathName, string? loadOrderGroup,
        IntPtr tagId, string? dependencies, string? serviceStartName, string? password, string? displayName);

    [LibraryImport("advapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool ChangeServiceConfig2W(IntPtr service, uint infoLevel, ref int info);

    [LibraryImport("advapi32.dll")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CloseServiceHandle(IntPtr handle);
}

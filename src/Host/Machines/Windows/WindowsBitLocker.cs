using System.Globalization;
using System.Management;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>BitLocker's state of the system volume through WMI's Win32_EncryptableVolume (what manage-bde -status
/// shows). The provider answers administrators only; to anyone else the question is unanswered, saying so.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsBitLocker
{
    private const string Question = "systemVolumeEncryption";
    private const string Scope = @"root\cimv2\Security\MicrosoftVolumeEncryption";

    public static Task<VolumeEncryptionInfo> ReadAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        var drive = Path.GetPathRoot(Environment.SystemDirectory)?.TrimEnd('\\') ?? "C:";
        var query = $"SELECT * FROM Win32_EncryptableVolume WHERE DriveLetter = '{drive}'";
        try
        {
            var options = new System.Management.EnumerationOptions { Timeout = Wmi.Timeout, ReturnImmediately = true, Rewindable = false };
            using var searcher = new ManagementObjectSearcher(new ManagementScope(Scope), new ObjectQuery(query), options);
            using var volumes = searcher.Get();
            foreach (var found in volumes)
            {
                using var volume = (ManagementObject)found;
                cancellationToken.ThrowIfCancellationRequested();
                var protection = Call(volume, "GetProtectionStatus");
                var conversion = Call(volume, "GetConversionStatus");
                var suspended = Call(volume, "GetSuspendedCount");
                var protectionStatus = protection.Number("ProtectionStatus") ?? -1;
                var conversionStatus = conversion.Number("ConversionStatus") ?? -1;
                return BitLockerFacts.Read(protectionStatus, conversionStatus, conversion.Number("EncryptionPercentage") ?? 0, suspended.Number("SuspendedCount"))
                    ?? throw new QuestionUnansweredException(Question, MachineStrings.FormatBitLockerUnknownStatus(protectionStatus, conversionStatus));
            }

            throw new QuestionUnansweredException(Question, MachineStrings.FormatBitLockerNoVolume(drive));
        }
        catch (Exception ex) when (Wmi.Unanswered(Question, Scope, query, MachineStrings.BitLockerMissing, ex) is { } unanswered)
        {
            throw unanswered;
        }
    }, cancellationToken).WaitAsync(cancellationToken);

    /// <summary>One of the volume's Get… methods: its out parameters, or unanswered with its return code.</summary>
    private static CimRecord Call(ManagementObject volume, string method)
    {
        using var result = volume.InvokeMethod(method, null, null);
        var answer = Wmi.Record(result);
        return answer.Number("ReturnValue") is null or 0
            ? answer
            : throw new QuestionUnansweredException(Question, MachineStrings.FormatBitLockerFailed(method, string.Create(CultureInfo.InvariantCulture, $"0x{answer.Number("ReturnValue"):X8}")));
    }
}

using System.Runtime.Versioning;
using Microsoft.Win32;
using WuToolkit.Abstractions.Fixes;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Sets and restores registry values for fix steps (64-bit view): a key the step creates is removed again by
/// its undo while nothing else is in it.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsRegistryWriter
{
    public static bool KeyExists(string key)
    {
        using var opened = Open(key, writable: false, create: false);
        return opened is not null;
    }

    public static StepOutcome Set(string key, string name, string kind, string data)
    {
        if (RegistryData.Parse(kind, data) is not var (valueKind, value))
        {
            return StepOutcome.Failed(StepStrings.FormatRegistryDataInvalid(kind, data));
        }

        if (WindowsRegistry.Read(key, name) is { } current && string.Equals(current.Kind, kind, StringComparison.OrdinalIgnoreCase) && current.Data == data)
        {
            return StepOutcome.Unchanged(StepStrings.FormatRegistryAlready(key, name));
        }

        try
        {
            using var opened = Open(key, writable: true, create: true);
            opened!.SetValue(name, value, valueKind switch
            {
                RegistryDataKind.ExpandString => RegistryValueKind.ExpandString,
                RegistryDataKind.MultiString => RegistryValueKind.MultiString,
                RegistryDataKind.DWord => RegistryValueKind.DWord,
                RegistryDataKind.QWord => RegistryValueKind.QWord,
                RegistryDataKind.Binary => RegistryValueKind.Binary,
                _ => RegistryValueKind.String,
            });
            return StepOutcome.Done(StepStrings.FormatRegistrySet(key, name));
        }
        catch (Exception ex) when (ex is System.Security.SecurityException or UnauthorizedAccessException or IOException)
        {
            return StepOutcome.Failed(StepStrings.FormatRegistryFailed(key, name, ex.Message));
        }
    }

    public static StepOutcome Restore(SetRegistryValueStep step, PreparedStep prepared)
    {
        var now = WindowsRegistry.Read(step.Key, step.Name);
        var before = prepared.RegistryValue;
        if ((now is null && before is null) || (now is not null && before is not null
            && string.Equals(now.Kind, before.Kind, StringComparison.OrdinalIgnoreCase) && now.Data == before.Data))
        {
            return StepOutcome.Unchanged(StepStrings.FormatRegistryAlready(step.Key, step.Name));
        }

        try
        {
            if (before is not null)
            {
                return Set(step.Key, step.Name, before.Kind, before.Data) is { Status: StepStatus.Failed } failed
                    ? failed
                    : StepOutcome.Done(StepStrings.FormatRegistryRestored(step.Key, step.Name));
            }

            using (var opened = Open(step.Key, writable: true, create: false))
            {
                opened?.DeleteValue(step.Name, throwOnMissingValue: false);
            }

            if (!prepared.RegistryKeyExisted)
            {
                RemoveIfEmpty(step.Key);
            }

            return StepOutcome.Done(StepStrings.FormatRegistryRestored(step.Key, step.Name));
        }
        catch (Exception ex) when (ex is System.Security.SecurityException or UnauthorizedAccessException or IOException)
        {
            return StepOutcome.Failed(StepStrings.FormatRegistryFailed(step.Key, step.Name, ex.Message));
        }
    }

    private static void RemoveIfEmpty(string key)
    {
        using (var opened = Open(key, writable: false, create: false))
        {
            if (opened is null || opened.ValueCount > 0 || opened.SubKeyCount > 0)
            {
                return;
            }
        }

        if (WindowsFacts.RegistryPath(key) is var (hive, subKey))
        {
            using var root = Root(hive);
            root.DeleteSubKey(subKey, throwOnMissingSubKey: false);
        }
    }

    private static RegistryKey? Open(string key, bool writable, bool create)
    {
        if (WindowsFacts.RegistryPath(key) is not var (hive, subKey) || subKey.Length == 0)
        {
            throw new IOException(StepStrings.FormatRegistryKeyInvalid(key));
        }

        using var root = Root(hive);
        return create ? root.CreateSubKey(subKey, writable) : root.OpenSubKey(subKey, writable);
    }

    private static RegistryKey Root(string hive) => RegistryKey.OpenBaseKey(hive switch
    {
        "HKCU" => RegistryHive.CurrentUser,
        "HKU" => RegistryHive.Users,
        "HKCR" => RegistryHive.ClassesRoot,
        _ => RegistryHive.LocalMachine,
    }, RegistryView.Registry64);
}

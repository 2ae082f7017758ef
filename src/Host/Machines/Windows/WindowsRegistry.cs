using System.Runtime.Versioning;
using Microsoft.Win32;
using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>Registry questions through Microsoft.Win32.Registry (64-bit view), read only.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsRegistry : IRegistryQueries
{
    public Task<RegistryValue?> GetValueAsync(string key, string name, CancellationToken cancellationToken) =>
        Task.FromResult(Read(key, name));

    public Task<IReadOnlyList<RegistryValue>?> GetValuesAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RegistryValue>?>(ReadAll(key));

    public Task<IReadOnlyList<string>?> GetSubKeysAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>?>(SubKeys(key));

    public static RegistryValue? Read(string key, string name)
    {
        var question = $@"registry/{key}\{name}";
        using var opened = Open(key, question);
        return opened is null ? null : Value(opened, key, name, question);
    }

    private static List<RegistryValue>? ReadAll(string key)
    {
        var question = $"registryKeys/{key}";
        using var opened = Open(key, question);
        if (opened is null)
        {
            return null;
        }

        try
        {
            return opened.GetValueNames().Select(name => Value(opened, key, name, question)).OfType<RegistryValue>().ToList();
        }
        catch (Exception ex) when (ex is System.Security.SecurityException or UnauthorizedAccessException or IOException)
        {
            throw new QuestionUnansweredException(question, ex.Message);
        }
    }

    private static List<string>? SubKeys(string key)
    {
        var question = $"registrySubKeys/{key}";
        using var opened = Open(key, question);
        try
        {
            return opened?.GetSubKeyNames().ToList();
        }
        catch (Exception ex) when (ex is System.Security.SecurityException or UnauthorizedAccessException or IOException)
        {
            throw new QuestionUnansweredException(question, ex.Message);
        }
    }

    private static RegistryKey? Open(string key, string question)
    {
        if (WindowsFacts.RegistryPath(key) is not var (hive, subKey))
        {
            throw new QuestionUnansweredException(question, $"'{key}' does not start with a registry hive");
        }

        using var root = RegistryKey.OpenBaseKey(hive switch
        {
            "HKCU" => RegistryHive.CurrentUser,
            "HKU" => RegistryHive.Users,
            "HKCR" => RegistryHive.ClassesRoot,
            _ => RegistryHive.LocalMachine,
        }, RegistryView.Registry64);
        try
        {
            return root.OpenSubKey(subKey, writable: false);
        }
        catch (Exception ex) when (ex is System.Security.SecurityException or UnauthorizedAccessException)
        {
            throw new QuestionUnansweredException(question, ex.Message);
        }
    }

    private static RegistryValue? Value(RegistryKey opened, string key, string name, string question)
    {
        try
        {
            if (opened.GetValue(name, null, RegistryValueOptions.DoNotExpandEnvironmentNames) is not { } data)
            {
                return null;
            }

            var kind = opened.GetValueKind(name) switch
            {
                RegistryValueKind.String => "REG_SZ",
                RegistryValueKind.ExpandString => "REG_EXPAND_SZ",
                RegistryValueKind.DWord => "REG_DWORD",
                RegistryValueKind.QWord => "REG_QWORD",
                RegistryValueKind.MultiString => "REG_MULTI_SZ",
                RegistryValueKind.Binary => "REG_BINARY",
                _ => "REG_NONE",
            };
            return new RegistryValue { Key = key, Name = name, Kind = kind, Data = WindowsFacts.RegistryData(data) };
        }
        catch (Exception ex) when (ex is System.Security.SecurityException or UnauthorizedAccessException)
        {
            throw new QuestionUnansweredException(question, ex.Message);
        }
    }

    public static int? ReadNumber(string key, string name) =>
        Read(key, name) is { Kind: "REG_DWORD" or "REG_QWORD" } value && long.TryParse(value.Data, out var number) ? (int)number : null;

    public static string? ReadText(string key, string name) => Read(key, name)?.Data;
}

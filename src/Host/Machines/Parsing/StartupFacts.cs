using WuToolkit.Abstractions.Machine;

namespace WuToolkit.Host.Machines.Parsing;

/// <summary>Programs started with Windows from WMI's Win32_StartupCommand (<c>Name</c>, <c>Command</c>, <c>Location</c>,
/// <c>User</c>): the Run keys of the machine and of each loaded user, and the Startup folders.</summary>
public static class StartupFacts
{
    /// <summary>What WMI writes as the user of an item that starts for everyone: the machine's Run keys and the common
    /// Startup folder are "Public", the default profile ".DEFAULT".</summary>
    private static readonly string[] Everyone = ["Public", "All Users", ".DEFAULT"];

    /// <summary>The item, or <see langword="null"/> for one without a command.</summary>
    public static StartupItemInfo? Read(CimRecord command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Text("Command") is not { } line)
        {
            return null;
        }

        var user = command.Text("User");
        return new StartupItemInfo
        {
            Name = command.Text("Name") ?? command.Text("Caption") ?? line,
            Command = line,
            Location = command.Text("Location") ?? "",
            User = user is null || Everyone.Contains(user, StringComparer.OrdinalIgnoreCase) ? null : user,
        };
    }
}

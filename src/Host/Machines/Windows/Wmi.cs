using System.Globalization;
using System.Management;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// WMI queries as lists of <see cref="CimRecord"/> (plain values, so that what they mean is decided by code that runs
/// everywhere), and every way WMI fails as a <see cref="QuestionUnansweredException"/> with a reason for the user: a
/// namespace or class this Windows lacks, access denied, a provider that does not answer in time.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class Wmi
{
    /// <summary>Long enough for the slow providers (licensing, Plug and Play), short enough that a hung one ends.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="query"/> in <paramref name="scope"/> off the caller's thread.</summary>
    /// <param name="question">The question being answered, for the exception.</param>
    /// <param name="scope">Such as <c>root\cimv2</c>.</param>
    /// <param name="query">WQL naming the properties it needs.</param>
    /// <param name="missing">The reason to give when the namespace or class does not exist on this Windows, when it
    /// says more than WMI's own words (Security Center on Windows Server).</param>
    /// <param name="cancellationToken">Stops waiting; a query WMI is running ends on its own timeout.</param>
    public static Task<IReadOnlyList<CimRecord>> QueryAsync(string question, string scope, string query, CancellationToken cancellationToken, string? missing = null) =>
        Task.Run<IReadOnlyList<CimRecord>>(() => Query(question, scope, query, missing, cancellationToken), cancellationToken).WaitAsync(cancellationToken);

    /// <summary>The same, on the caller's thread.</summary>
    public static List<CimRecord> Query(string question, string scope, string query, string? missing, CancellationToken cancellationToken)
    {
        try
        {
            var options = new System.Management.EnumerationOptions { Timeout = Timeout, ReturnImmediately = true, Rewindable = false };
            using var searcher = new ManagementObjectSearcher(new ManagementScope(scope), new ObjectQuery(query), options);
            using var results = searcher.Get();
            var records = new List<CimRecord>();
            foreach (var instance in results)
            {
                using (instance)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    records.Add(Record(instance));
                }
            }

            return records;
        }
        catch (Exception ex) when (Unanswered(question, scope, query, missing, ex) is { } unanswered)
        {
            throw unanswered;
        }
    }

    /// <summary>An instance's properties as plain values (dates stay CIM_DATETIME text).</summary>
    public static CimRecord Record(ManagementBaseObject instance) =>
        new(instance.Properties.Cast<PropertyData>().Select(property => new KeyValuePair<string, object?>(property.Name, property.Value)));

    /// <summary>What a WMI failure means for the user, or <see langword="null"/> for an exception that is no WMI failure.</summary>
    public static QuestionUnansweredException? Unanswered(string question, string scope, string query, string? missing, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = exception switch
        {
            ManagementException { ErrorCode: ManagementStatus.AccessDenied } or UnauthorizedAccessException => Strings.NeedsAdministrator,
            ManagementException { ErrorCode: ManagementStatus.InvalidNamespace } => missing ?? MachineStrings.FormatWmiNamespaceMissing(scope),
            ManagementException { ErrorCode: ManagementStatus.InvalidClass or ManagementStatus.NotFound } => missing ?? MachineStrings.FormatWmiClassMissing(ClassOf(query), scope),
            ManagementException { ErrorCode: ManagementStatus.Timedout } => MachineStrings.FormatWmiTimedOut(Timeout.TotalSeconds),
            ManagementException management => MachineStrings.FormatWmiFailed(Describe(management.Message, (int)management.ErrorCode)),
            COMException com => MachineStrings.FormatWmiFailed(Describe(com.Message, com.HResult)),
            _ => null,
        };
        return reason is null ? null : new QuestionUnansweredException(question, reason);
    }

    private static string Describe(string message, int code) =>
        string.Create(CultureInfo.InvariantCulture, $"0x{unchecked((uint)code):X8}: {message.ReplaceLineEndings(" ").Trim()}");

    /// <summary>The class a WQL query reads ("SELECT … FROM Win32_Tpm WHERE …" → Win32_Tpm).</summary>
    private static string ClassOf(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = Array.FindIndex(words, word => word.Equals("FROM", StringComparison.OrdinalIgnoreCase));
        return from >= 0 && from + 1 < words.Length ? words[from + 1] : query;
    }
}

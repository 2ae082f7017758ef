using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;
using System.Runtime.Versioning;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;
using WuToolkit.Host.Resources;

namespace WuToolkit.Host.Machines.Windows;

/// <summary>
/// Whether the connection in use is metered, from the Network List Manager's INetworkCostManager::GetCost: the
/// documented Win32 way to the cost Settings shows, and the one Windows Update itself goes by (the WinRT
/// NetworkInformation API reads the same). Its COM interface is declared here and bound through the source-generated
/// COM wrappers, so no interop assembly is needed.
/// </summary>
[SupportedOSPlatform("windows")]
internal static partial class WindowsConnectionCost
{
    private const string Question = "connectionCost";
    private const uint ClassContextAll = 0x17;
    private const uint MultithreadedApartment = 0x0;
    private static readonly Guid NetworkListManager = new("DCB00C01-570F-4A9B-8D69-199FDBA5723B");

    public static Task<ConnectionCostInfo> ReadAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        var cost = Cost();
        return ConnectionCostFacts.Read(cost)
            ?? throw new QuestionUnansweredException(Question, MachineStrings.ConnectionCostUnknown);
    }, cancellationToken).WaitAsync(cancellationToken);

    private static uint Cost()
    {
        // This runs on a pool thread, which may not have joined COM yet: join the multithreaded apartment for the call
        // (S_FALSE: it had; RPC_E_CHANGED_MODE: it is in another apartment, which works as well).
        var joined = CoInitializeEx(IntPtr.Zero, MultithreadedApartment);
        try
        {
            return CostInApartment();
        }
        finally
        {
            if (joined >= 0)
            {
                CoUninitialize();
            }
        }
    }

    private static uint CostInApartment()
    {
        var interfaceId = typeof(INetworkCostManager).GUID;
        var result = CoCreateInstance(NetworkListManager, IntPtr.Zero, ClassContextAll, interfaceId, out var pointer);
        if (result < 0)
        {
            throw Failed(result);
        }

        try
        {
            var wrapper = new StrategyBasedComWrappers().GetOrCreateObjectForComInstance(pointer, CreateObjectFlags.UniqueInstance);
            try
            {
                // No destination: the cost of the machine's connection as a whole.
                ((INetworkCostManager)wrapper).GetCost(out var cost, IntPtr.Zero);
                return cost;
            }
            catch (Exception ex) when (ex is COMException or UnauthorizedAccessException or InvalidCastException)
            {
                // The call's HRESULT, which the generated stub turned into an exception.
                throw Failed(ex.HResult);
            }
            finally
            {
                // The wrapper holds its own reference, released here rather than whenever the finalizer runs.
                (wrapper as ComObject)?.FinalRelease();
            }
        }
        finally
        {
            Marshal.Release(pointer);
        }
    }

    private static QuestionUnansweredException Failed(int result) =>
        new(Question, MachineStrings.FormatConnectionCostFailed(string.Create(CultureInfo.InvariantCulture, $"0x{unchecked((uint)result):X8}")));

    [LibraryImport("ole32.dll")]
    private static partial int CoInitializeEx(IntPtr reserved, uint coInit);

    [LibraryImport("ole32.dll")]
    private static partial void CoUninitialize();

    [LibraryImport("ole32.dll")]
    private static partial int CoCreateInstance(in Guid classId, IntPtr outer, uint context, in Guid interfaceId, out IntPtr instance);

    /// <summary>netlistmgr.h's INetworkCostManager, up to the one method called: the methods after it need no
    /// declaration, since nothing calls through their slots.</summary>
    [GeneratedComInterface]
    [Guid("DCB00008-570F-4A9B-8D69-199FDBA5723B")]
    internal partial interface INetworkCostManager
    {
        void GetCost(out uint cost, IntPtr destination);
    }
}

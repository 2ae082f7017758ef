namespace WuToolkit.Host.Knowledge;

/// <summary>
/// The names Windows Setup gives the parts of an extend code (SetupDiag and the upgrade error-code documentation):
/// the phase in which Setup failed and the operation it was running. The words for people are in ExplainStrings.
/// </summary>
internal static class SetupExecutionNames
{
    /// <summary>By phase number, the first hex digit of the extend code.</summary>
    public static IReadOnlyList<string> Phases { get; } =
    [
        "SP_EXECUTION_UNKNOWN",
        "SP_EXECUTION_DOWNLEVEL",
        "SP_EXECUTION_SAFE_OS",
        "SP_EXECUTION_FIRST_BOOT",
        "SP_EXECUTION_OOBE_BOOT",
        "SP_EXECUTION_UNINSTALL",
    ];

    /// <summary>By operation number, the low byte of the extend code.</summary>
    public static IReadOnlyList<string> Operations { get; } =
    [
        "SP_EXECUTION_OP_UNKNOWN",
        "SP_EXECUTION_OP_COPY_PAYLOAD",
        "SP_EXECUTION_OP_DOWNLOAD_UPDATES",
        "SP_EXECUTION_OP_INSTALL_UPDATES",
        "SP_EXECUTION_OP_INSTALL_RECOVERY_ENVIRONMENT",
        "SP_EXECUTION_OP_INSTALL_RECOVERY_IMAGE",
        "SP_EXECUTION_OP_REPLICATE_OC",
        // Misspelt so in Setup itself; kept, because logs and SetupDiag print it this way.
        "SP_EXECUTION_OP_INSTALL_DRVIERS",
        "SP_EXECUTION_OP_PREPARE_SAFE_OS",
        "SP_EXECUTION_OP_PREPARE_ROLLBACK",
        "SP_EXECUTION_OP_PREPARE_FIRST_BOOT",
        "SP_EXECUTION_OP_PREPARE_OOBE_BOOT",
        "SP_EXECUTION_OP_APPLY_IMAGE",
        "SP_EXECUTION_OP_MIGRATE_DATA",
        "SP_EXECUTION_OP_SET_PRODUCT_KEY",
        "SP_EXECUTION_OP_ADD_UNATTEND",
        "SP_EXECUTION_OP_ADD_DRIVER",
        "SP_EXECUTION_OP_ENABLE_FEATURE",
        "SP_EXECUTION_OP_DISABLE_FEATURE",
        "SP_EXECUTION_OP_REGISTER_ASYNC_PROCESS",
        "SP_EXECUTION_OP_REGISTER_SYNC_PROCESS",
        "SP_EXECUTION_OP_CREATE_FILE",
        "SP_EXECUTION_OP_CREATE_REGISTRY",
        "SP_EXECUTION_OP_BOOT",
        "SP_EXECUTION_OP_SYSPREP",
        "SP_EXECUTION_OP_OOBE",
        "SP_EXECUTION_OP_BEGIN_FIRST_BOOT",
        "SP_EXECUTION_OP_END_FIRST_BOOT",
        "SP_EXECUTION_OP_BEGIN_OOBE_BOOT",
        "SP_EXECUTION_OP_END_OOBE_BOOT",
        "SP_EXECUTION_OP_PRE_OOBE",
        "SP_EXECUTION_OP_POST_OOBE",
        "SP_EXECUTION_OP_ADD_PROVISIONING_PACKAGE",
    ];
}

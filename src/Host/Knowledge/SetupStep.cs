namespace WuToolkit.Host.Knowledge;

/// <summary>One half of a decoded setup extend code: a phase or an operation.</summary>
/// <param name="Number">Its number in the extend code.</param>
/// <param name="Name">Setup's name for it, such as <c>SP_EXECUTION_OOBE_BOOT</c>; null for a number Setup does not document.</param>
/// <param name="Description">What it is, in plain words.</param>
public sealed record SetupStep(int Number, string? Name, string Description);

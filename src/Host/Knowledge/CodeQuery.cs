namespace WuToolkit.Host.Knowledge;

/// <summary>The code a user asked about, read from what they typed.</summary>
/// <param name="Input">The text as given.</param>
/// <param name="Code">The code as an unsigned 32-bit value, such as 0x8024402C.</param>
/// <param name="ExtendCode">For a setup result given as a pair (0xC1900101-0x40017), the extend code after the dash.</param>
/// <param name="Win32Error">Set when the input was a bare Win32 error number (1058), which Windows reports as
/// 0x8007xxxx: <see cref="Code"/> is then that HRESULT.</param>
public sealed record CodeQuery(string Input, uint Code, uint? ExtendCode = null, int? Win32Error = null);

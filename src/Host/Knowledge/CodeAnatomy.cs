namespace WuToolkit.Host.Knowledge;

/// <summary>
/// What the bits of a code say by themselves (HRESULT layout: severity, customer bit, facility, code), with what the
/// facility and range tell about the part of Windows it comes from. This is the answer for a code no catalog knows.
/// </summary>
/// <param name="Code">The code.</param>
/// <param name="IsFailure">The severity bit: a failure rather than a success or information code.</param>
/// <param name="IsCustomer">The customer bit: defined by a vendor rather than by Microsoft.</param>
/// <param name="Facility">The facility number, such as 36 for Windows Update.</param>
/// <param name="FacilityName">The facility's name, or "facility n" when it has none here.</param>
/// <param name="FacilityCode">The low 16 bits: the code within its facility.</param>
/// <param name="Area">The part of Windows the facility and range point to, when they say more than the facility's name.</param>
/// <param name="Win32Error">For a Win32 code (0x8007xxxx), the Win32 error number.</param>
/// <param name="Win32Message">The system's message for <paramref name="Win32Error"/>, where the system can give one.</param>
/// <param name="HttpStatus">For an HTTP code (0x8019xxxx), the HTTP status.</param>
public sealed record CodeAnatomy(
    uint Code,
    bool IsFailure,
    bool IsCustomer,
    int Facility,
    string FacilityName,
    int FacilityCode,
    string? Area,
    int? Win32Error,
    string? Win32Message,
    int? HttpStatus)
{
    /// <summary>As Windows prints it: <c>0x8024402C</c>.</summary>
    public string Hex => $"0x{Code:X8}";

    /// <summary>As a signed 32-bit number, the way some tools and event logs print it.</summary>
    public int SignedForm => unchecked((int)Code);
}

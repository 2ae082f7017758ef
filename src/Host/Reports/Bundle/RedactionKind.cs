namespace WuToolkit.Host.Reports.Bundle;

/// <summary>What a redacted value was, which names its placeholder (<c>user-1</c>, <c>host-…</c>, <c>ip-2</c>).</summary>
public enum RedactionKind
{
    User,
    Host,
    Domain,
    Ip,
    Mac,
    Serial,
    ProductKey,
    Email,
}

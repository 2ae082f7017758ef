namespace WuToolkit.Fixtures.SharedHelper;

/// <summary>Version 2 of the shared library: what version 1 had, said otherwise, and something version 1 lacks.</summary>
public static class Helper
{
    public static string Describe() => "helper two";

    public static string Describe(string prefix) => prefix + Describe();
}

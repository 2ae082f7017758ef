namespace WuToolkit.Fixtures.SharedHelper;

/// <summary>Version 1 of the shared library.</summary>
public static class Helper
{
    public static string Describe() => "helper one";
}

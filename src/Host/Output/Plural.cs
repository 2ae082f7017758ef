namespace WuToolkit.Host.Output;

/// <summary>
/// Which of a resource's two texts a count takes: <c>…One</c> for exactly one, <c>…Other</c> for any other count (none
/// too), as English counts. A language without plurals, such as Japanese, gives both texts the same words.
/// </summary>
public static class Plural
{
    public static string Of(int count, string one, string other) => count == 1 ? one : other;
}

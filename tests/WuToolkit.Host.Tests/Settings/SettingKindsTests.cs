using System.Globalization;
using WuToolkit.Abstractions;

namespace WuToolkit.Host.Tests.Settings;

/// <summary>The SDK's kinds of setting read what users type the same way on every PC, whatever its language.</summary>
public class SettingKindsTests
{
    private static readonly NumberSetting Gigabytes = new("test.sizeGB", "size", 35) { Minimum = 0, Maximum = 100, Unit = "GB" };

    [TestCase("35", 35.0)]
    [TestCase(" 7.5 ", 7.5)]
    [TestCase("0", 0.0)]
    [TestCase("100", 100.0)]
    [TestCase("1e1", 10.0)]
    public void A_number_in_range_is_read_with_a_dot_for_decimals(string text, double expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.That(Gigabytes.TryParse(text, out var value), Is.True);
            Assert.That(value, Is.EqualTo(expected));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("7,5")]
    [TestCase("-0.1")]
    [TestCase("100.01")]
    [TestCase("abc")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("1e400")]
    [TestCase("5s")]
    public void Anything_else_is_refused(string text) =>
        Assert.That(Gigabytes.Accepts(text), Is.False);

    [Test]
    public void What_a_number_accepts_is_said_in_words() =>
        Assert.That(SettingExpectation.Describe(Gigabytes), Is.EqualTo("a number from 0 to 100 GB"));

    [Test]
    public void A_text_with_allowed_values_takes_them_in_any_case_and_returns_them_as_declared()
    {
        var mode = new TextSetting("test.mode", "mode", "fail") { AllowedValues = ["fail", "warn"] };

        Assert.That(mode.TryParse(" WARN ", out var value), Is.True);
        Assert.That(value, Is.EqualTo("warn"));
        Assert.That(mode.Accepts("maybe"), Is.False);
        Assert.That(SettingExpectation.Describe(mode), Is.EqualTo("one of: fail, warn"));
    }

    [TestCase("a\u001b]0;x\u0007")]
    [TestCase("")]
    public void A_free_text_refuses_control_characters_and_emptiness(string text) =>
        Assert.That(new TextSetting("test.name", "name", "x").Accepts(text), Is.False);

    [Test]
    public void A_list_of_addresses_takes_http_and_https_only_and_not_too_many()
    {
        var endpoints = new UrlListSetting("test.endpoints", "endpoints", [new Uri("https://example.test/")]) { MaxCount = 2 };

        Assert.That(endpoints.TryParse("https://a.test/, http://b.test:8530/", out var urls), Is.True);
        Assert.That(urls.Select(url => url.Host), Is.EqualTo(new[] { "a.test", "b.test" }));
        Assert.That(endpoints.Accepts("https://a.test/,https://b.test/,https://c.test/"), Is.False, "more than MaxCount");
        Assert.That(endpoints.Accepts("file:///etc/passwd"), Is.False);
        Assert.That(endpoints.Accepts("https://a.test/,not a url"), Is.False);
        Assert.That(endpoints.Accepts(","), Is.False);
    }

    [Test]
    public void Reading_an_unchecked_bad_value_names_the_setting_and_what_it_accepts()
    {
        var settings = new WuToolkit.Testing.TestSettings([("test.sizeGB", "lots")]);

        var refused = Assert.Throws<InvalidSettingException>(() => settings.Get(Gigabytes));

        Assert.That(refused!.Key, Is.EqualTo("test.sizeGB"));
        Assert.That(refused.Expected, Is.EqualTo("a number from 0 to 100 GB"));
        Assert.That(settings.Get(new NumberSetting("test.other", "other", 3)), Is.EqualTo(3), "unset: the default");
    }
}

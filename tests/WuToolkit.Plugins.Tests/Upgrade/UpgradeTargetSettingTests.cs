using WuToolkit.Abstractions;
using WuToolkit.Plugins.Upgrade;
using WuToolkit.Testing;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class UpgradeTargetSettingTests
{
    [Test]
    public void Windows_11_is_the_default_target()
    {
        Assert.That(UpgradeTargetSetting.Read(TestSettings.None), Is.EqualTo(UpgradeTarget.Windows11));
        Assert.That(UpgradeTargetSetting.Target.DefaultText, Is.EqualTo("windows11"));
    }

    [TestCase("windows10", UpgradeTarget.Windows10)]
    [TestCase(" Windows10 ", UpgradeTarget.Windows10)]
    [TestCase("WINDOWS11", UpgradeTarget.Windows11)]
    public void The_target_is_read_ignoring_case_and_spaces(string value, UpgradeTarget expected)
    {
        Assert.That(UpgradeTargetSetting.Read(new TestSettings([("upgrade.target", value)])), Is.EqualTo(expected));
    }

    [TestCase("windows12")]
    [TestCase("11")]
    public void Other_targets_are_refused_naming_the_allowed_ones(string value)
    {
        Assert.That(UpgradeTargetSetting.Target.Accepts(value), Is.False);
        var error = Assert.Throws<InvalidSettingException>(() => UpgradeTargetSetting.Read(new TestSettings([("upgrade.target", value)])));
        Assert.That(error!.Expected, Does.Contain("windows11").And.Contain("windows10"));
    }
}

using WuToolkit.Abstractions.Machine;
using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>SoftwareLicensingProduct instances as Windows reports them (uint32 status and minutes, the product's
/// name and channel description as <c>slmgr /dli</c> prints them).</summary>
public class LicenseFactsTests
{
    private static CimRecord Product(string name, string description, uint status, uint graceMinutes, bool addOn = false) =>
        CimRecord.Of(("Name", name), ("Description", description), ("LicenseStatus", status), ("GracePeriodRemaining", graceMinutes), ("LicenseIsAddon", addOn));

    [TestCase(0u, LicenseStatus.Unlicensed)]
    [TestCase(1u, LicenseStatus.Licensed)]
    [TestCase(2u, LicenseStatus.OutOfBoxGrace)]
    [TestCase(3u, LicenseStatus.OutOfToleranceGrace)]
    [TestCase(4u, LicenseStatus.NonGenuineGrace)]
    [TestCase(5u, LicenseStatus.Notification)]
    [TestCase(6u, LicenseStatus.ExtendedGrace)]
    public void Every_documented_status_number_has_its_status(uint number, LicenseStatus expected) =>
        Assert.That(LicenseFacts.Status(number), Is.EqualTo(expected));

    [Test]
    public void An_undocumented_status_is_no_answer()
    {
        Assert.That(LicenseFacts.Status(7), Is.Null);
        Assert.That(LicenseFacts.Read([Product("Windows(R), Professional edition", "Windows(R) Operating System, RETAIL channel", 7, 0)]), Is.Null);
    }

    [Test]
    public void An_activated_retail_pro_is_licensed_with_no_deadline()
    {
        var license = LicenseFacts.Read([Product("Windows(R), Professional edition", "Windows(R) Operating System, RETAIL channel", 1, 0)])!;

        Assert.That(license.Status, Is.EqualTo(LicenseStatus.Licensed));
        Assert.That(license.ProductName, Is.EqualTo("Windows(R), Professional edition"));
        Assert.That(license.Channel, Is.EqualTo("Windows(R) Operating System, RETAIL channel"));
        Assert.That(license.Evaluation, Is.False);
        Assert.That(license.GraceRemaining, Is.Null);
    }

    [Test]
    public void A_kms_client_counting_down_to_its_next_renewal_has_no_deadline()
    {
        var license = LicenseFacts.Read([Product("Windows(R), Enterprise edition", "Windows(R) Operating System, VOLUME_KMSCLIENT channel", 1, 259_200)])!;

        Assert.That((license.Status, license.GraceRemaining), Is.EqualTo((LicenseStatus.Licensed, (TimeSpan?)null)));
    }

    [Test]
    public void A_fresh_install_in_its_grace_period_says_how_long_is_left()
    {
        var license = LicenseFacts.Read([Product("Windows(R), Core edition", "Windows(R) Operating System, OEM_DM channel", 2, 43_200)])!;

        Assert.That(license.Status, Is.EqualTo(LicenseStatus.OutOfBoxGrace));
        Assert.That(license.GraceRemaining, Is.EqualTo(TimeSpan.FromDays(30)));
    }

    [Test]
    public void An_evaluation_copy_is_licensed_until_it_expires()
    {
        var license = LicenseFacts.Read([Product("Windows(R), EnterpriseEval edition", "Windows(R) Operating System, TIMEBASED_EVAL channel", 1, 129_533)])!;

        Assert.That(license.Status, Is.EqualTo(LicenseStatus.Licensed));
        Assert.That(license.Evaluation, Is.True);
        Assert.That(license.GraceRemaining, Is.EqualTo(TimeSpan.FromMinutes(129_533)));
    }

    [Test]
    public void An_expired_server_evaluation_is_in_notification()
    {
        var license = LicenseFacts.Read([Product("Windows(R), ServerStandardEval edition", "Windows(R) Operating System, TIMEBASED_EVAL channel", 5, 0)])!;

        Assert.That((license.Status, license.Evaluation, license.GraceRemaining), Is.EqualTo((LicenseStatus.Notification, true, (TimeSpan?)null)));
    }

    [Test]
    public void Without_any_product_key_windows_is_unlicensed()
    {
        var license = LicenseFacts.Read([])!;

        Assert.That((license.Status, license.ProductName), Is.EqualTo((LicenseStatus.Unlicensed, (string?)null)));
    }

    [Test]
    public void An_extended_security_update_add_on_listed_first_does_not_stand_for_windows()
    {
        var license = LicenseFacts.Read(
        [
            Product("Windows(R), Client-ESU-Year1 add-on for Windows(R), Professional edition", "Windows(R) Operating System, VOLUME_MAK channel", 1, 0, addOn: true),
            Product("Windows(R), Professional edition", "Windows(R) Operating System, OEM_DM channel", 5, 0),
        ])!;

        Assert.That(license.Status, Is.EqualTo(LicenseStatus.Notification));
        Assert.That(license.ProductName, Is.EqualTo("Windows(R), Professional edition"));
    }

    [Test]
    public void An_add_on_is_known_by_its_name_where_the_flag_is_missing()
    {
        var addOn = CimRecord.Of(("Name", "Windows(R), Client-ESU-Year2 add-on for Windows(R), Enterprise edition"), ("LicenseStatus", 1u));
        var windows = CimRecord.Of(("Name", "Windows(R), Enterprise edition"), ("LicenseStatus", 0u));

        Assert.That(LicenseFacts.Read([addOn, windows])!.Status, Is.EqualTo(LicenseStatus.Unlicensed));
    }
}

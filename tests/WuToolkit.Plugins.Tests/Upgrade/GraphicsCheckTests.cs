using WuToolkit.Abstractions.Checks;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Testing;
using WuToolkit.Plugins.Tests.Support;
using WuToolkit.Plugins.Upgrade;

namespace WuToolkit.Plugins.Tests.Upgrade;

public class GraphicsCheckTests
{
    private static DisplayAdapterInfo Adapter(string name, string? model, string? version = "31.0.101.2111") =>
        new() { Name = name, DriverModel = model, DriverVersion = version };

    private static TestPc Pc(params DisplayAdapterInfo[] adapters) => CheckHarness.EmptyPc with { DisplayAdapters = adapters };

    [Test]
    public async Task A_WDDM_2_7_driver_passes()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("Intel(R) UHD Graphics 620", "2.7")));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("WDDM 2.7").And.Contain("Windows 11"));
        Assert.That(result.Evidence("adapter"), Is.EqualTo("Intel(R) UHD Graphics 620 (WDDM 2.7, driver 31.0.101.2111)"));
        Assert.That(result.Evidence("minimumWddm"), Is.EqualTo("2.0"));
    }

    [Test]
    public async Task A_WDDM_1_3_driver_fails_for_Windows_11()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("AMD Radeon HD 6450", "1.3", "15.201.1151.1008")));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Fail));
        Assert.That(result.Summary, Does.Contain("WDDM 1.3").And.Contain("DirectX 12").And.Contain("WDDM 2.0").And.Contain("newest driver"));
    }

    [Test]
    public async Task A_WDDM_1_3_driver_is_enough_for_Windows_10()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("AMD Radeon HD 6450", "1.3")), (UpgradeTargetSetting.Key, "windows10"));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("DirectX 9").And.Contain("WDDM 1.0"));
    }

    [Test]
    public async Task The_basic_display_adapter_warns_to_install_the_vendors_driver()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("Microsoft Basic Display Adapter", "1.3", "10.0.19041.3636")));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("install the vendor's driver"));
    }

    [Test]
    public async Task The_basic_display_adapter_is_recognised_under_its_Japanese_name()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("Microsoft 基本ディスプレイ アダプター", "1.3")));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task An_unknown_driver_model_warns()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("NVIDIA GeForce GTX 1050", null)));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
        Assert.That(result.Summary, Does.Contain("unknown"));
        Assert.That(result.Evidence("adapter"), Does.Contain("WDDM unknown"));
    }

    [Test]
    public async Task One_qualifying_adapter_is_enough_beside_a_remote_one_and_an_old_one()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(
            Adapter("Microsoft Remote Display Adapter", "1.3"),
            Adapter("Matrox G200eR (BMC)", "1.2"),
            Adapter("NVIDIA GeForce RTX 3060", "3.1")));

        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
        Assert.That(result.Summary, Does.Contain("NVIDIA GeForce RTX 3060"));
        Assert.That(result.Evidence.Count(evidence => evidence.Key == "adapter"), Is.EqualTo(3));
    }

    [Test]
    public async Task A_graphics_card_without_its_driver_beside_an_old_adapter_warns_rather_than_fails()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("Microsoft Basic Display Adapter", "1.3"), Adapter("Matrox G200eR (BMC)", "1.2")));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task Driver_models_written_with_their_name_are_read()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc(Adapter("Intel(R) Iris(R) Xe Graphics", "WDDM 3.1")));
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Pass));
    }

    [Test]
    public async Task No_adapter_warns()
    {
        var result = await CheckHarness.RunAsync(new GraphicsCheck(), Pc());
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public async Task A_snapshot_without_display_adapters_leaves_the_question_unanswered()
    {
        await Assert.ThrowsAsync<QuestionUnansweredException>(() => CheckHarness.RunAsync(new GraphicsCheck(), CheckHarness.EmptyPc));
    }
}

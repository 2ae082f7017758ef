using WuToolkit.Host.Knowledge;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>A setup extend code splits into the phase (its first hex digit) and the operation (its low byte).</summary>
public class SetupExtendCodeTests
{
    [TestCase(0x40017u, 4, "SP_EXECUTION_OOBE_BOOT", 0x17, "SP_EXECUTION_OP_BOOT")]
    [TestCase(0x2000Cu, 2, "SP_EXECUTION_SAFE_OS", 0x0C, "SP_EXECUTION_OP_APPLY_IMAGE")]
    [TestCase(0x30018u, 3, "SP_EXECUTION_FIRST_BOOT", 0x18, "SP_EXECUTION_OP_SYSPREP")]
    [TestCase(0x50012u, 5, "SP_EXECUTION_UNINSTALL", 0x12, "SP_EXECUTION_OP_DISABLE_FEATURE")]
    [TestCase(0x10001u, 1, "SP_EXECUTION_DOWNLEVEL", 0x01, "SP_EXECUTION_OP_COPY_PAYLOAD")]
    public void The_phase_and_operation_are_named_and_described(uint value, int phase, string phaseName, int operation, string operationName)
    {
        var extend = SetupExtendCode.Decode(value);

        Assert.That(extend.Phase.Number, Is.EqualTo(phase));
        Assert.That(extend.Phase.Name, Is.EqualTo(phaseName));
        Assert.That(extend.Operation.Number, Is.EqualTo(operation));
        Assert.That(extend.Operation.Name, Is.EqualTo(operationName));
        Assert.That(extend.Phase.Description, Is.Not.Empty);
        Assert.That(extend.Operation.Description, Is.Not.Empty);
        Assert.That(extend.Hex, Is.EqualTo($"0x{value:X}"));
    }

    [Test]
    public void Numbers_setup_does_not_document_are_decoded_without_a_name()
    {
        var extend = SetupExtendCode.Decode(0x600FFu);

        Assert.That(extend.Phase.Number, Is.EqualTo(6));
        Assert.That(extend.Phase.Name, Is.Null);
        Assert.That(extend.Operation.Number, Is.EqualTo(0xFF));
        Assert.That(extend.Operation.Name, Is.Null);
        Assert.That(extend.Phase.Description, Is.Not.Empty);
    }
}

using WuToolkit.Host.Machines.Parsing;

namespace WuToolkit.Host.Tests.Machines.Parsing;

/// <summary>WMI instances arrive as the CLR types System.Management gives CIM's types; the mapping reads them through
/// one record, tested here with those very types.</summary>
public class CimRecordTests
{
    private static readonly CimRecord Partition = CimRecord.Of(
        ("DiskNumber", 0u),
        ("PartitionNumber", 3u),
        ("DriveLetter", 'C'),
        ("Size", 254_356_226_048UL),
        ("MbrType", null),
        ("GptType", "{ebd0a0a2-b9e5-4433-87c0-68b6b72699c7}"),
        ("IsBoot", true),
        ("AccessPaths", new[] { @"C:\", @"\\?\Volume{3c1a2b4e-0000-0000-0000-100000000000}\" }),
        ("PartitionStyle", (ushort)2),
        ("Level", (byte)7));

    [Test]
    public void Every_cim_integer_type_reads_as_a_number()
    {
        Assert.That(Partition.Number("DiskNumber"), Is.Zero);
        Assert.That(Partition.Number("Size"), Is.EqualTo(254_356_226_048L));
        Assert.That(Partition.Number("PartitionStyle"), Is.EqualTo(2));
        Assert.That(Partition.Number("Level"), Is.EqualTo(7));
        Assert.That(CimRecord.Of(("Count", "42")).Number("Count"), Is.EqualTo(42), "uint64 as scripting hosts give it");
    }

    [Test]
    public void What_is_absent_null_or_of_another_kind_reads_as_null()
    {
        Assert.That(Partition.Number("MbrType"), Is.Null);
        Assert.That(Partition.Number("Missing"), Is.Null);
        Assert.That(Partition.Number("GptType"), Is.Null);
        Assert.That(Partition.Number("IsBoot"), Is.Null);
        Assert.That(Partition.Flag("Size"), Is.Null);
        Assert.That(CimRecord.Of(("Big", ulong.MaxValue)).Number("Big"), Is.Null);
    }

    [Test]
    public void Names_compare_without_case_and_texts_are_trimmed()
    {
        var record = CimRecord.Of(("displayName", "  Windows Defender  "), ("Blank", "   "));

        Assert.That(record.Text("DISPLAYNAME"), Is.EqualTo("Windows Defender"));
        Assert.That(record.Text("Blank"), Is.Null);
    }

    [Test]
    public void A_char16_drive_letter_is_text_and_the_nul_letter_is_none()
    {
        Assert.That(Partition.Text("DriveLetter"), Is.EqualTo("C"));
        Assert.That(CimRecord.Of(("DriveLetter", '\0')).Text("DriveLetter"), Is.Null);
    }

    [Test]
    public void String_arrays_read_as_lists_without_blanks()
    {
        Assert.That(Partition.Texts("AccessPaths"), Has.Count.EqualTo(2));
        Assert.That(CimRecord.Of(("AccessPaths", new[] { "", @"C:\" })).Texts("AccessPaths"), Is.EqualTo(new[] { @"C:\" }));
        Assert.That(Partition.Texts("Missing"), Is.Empty);
    }

    [Test]
    public void Booleans_read_as_flags()
    {
        Assert.That(Partition.Flag("IsBoot"), Is.True);
        Assert.That(Partition.Flag("IsSystem"), Is.Null);
    }
}

using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>Text pasted with quote marks, Markdown fences or an indentation is read as the log it quotes; a log as
/// Windows writes it is read as it is, and a file named as a log is never unwrapped.</summary>
public class FragmentTests
{
    private const string Cbs = "2023-05-17 08:45:59, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]";

    private static List<LogEntry> Read(string name, string text, out LogKind kind, out bool unwrapped)
    {
        using var file = LogReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);
        (kind, unwrapped) = (file.Kind, file.WasUnwrapped);
        return [.. file.Entries()];
    }

    [TestCase("> " + Cbs)]
    [TestCase("> > " + Cbs)]
    [TestCase("```log\n" + Cbs + "\n```")]
    [TestCase("> ```\n> " + Cbs + "\n> ```")]
    [TestCase("    " + Cbs + "\n    " + Cbs)]
    public void Quote_marks_fences_and_a_shared_indentation_are_taken_off(string pasted)
    {
        var entries = Read("(standard input)", pasted, out var kind, out var unwrapped);

        Assert.That((kind, unwrapped), Is.EqualTo((LogKind.Cbs, true)));
        Assert.That(entries.Select(e => (e.Level, e.Component)), Is.All.EqualTo(("Error", "CBS")));
        Assert.That(entries[0].Text, Does.StartWith("Failed to process single phase execution."));
    }

    [Test]
    public void A_log_as_Windows_writes_it_is_not_unwrapped_even_with_indented_continuation_lines()
    {
        const string setup = """
            2022-07-06 08:08:30, Info                  SP     Host system information:
                                               VM: NO
                                               Firmware type: UEFI
            2022-07-06 08:08:30, Info                  SP     CSetupPlatform::Initialize: Setup log starts:
            """;

        var entries = Read("pasted.txt", setup, out var kind, out var unwrapped);

        Assert.That((kind, unwrapped), Is.EqualTo((LogKind.SetupAct, false)));
        Assert.That(entries, Has.Count.EqualTo(2));
        Assert.That(entries[0].Text, Does.Contain("Firmware type: UEFI"));
    }

    [Test]
    public void A_file_named_as_a_log_is_read_as_it_is()
    {
        var entries = Read("CBS.log", "> " + Cbs, out var kind, out var unwrapped);

        Assert.That((kind, unwrapped), Is.EqualTo((LogKind.Cbs, false)));
        Assert.That(entries.Single().Level, Is.Not.EqualTo("Error"), "a name that says CBS.log is taken at its word");
    }

    [Test]
    public void A_paste_without_line_ends_is_read_in_pieces_not_as_one_unbounded_line()
    {
        var text = "> " + new string('x', 300_000);

        var entries = Read("(standard input)", text, out _, out var unwrapped);

        Assert.That(unwrapped, Is.True);
        Assert.That(entries.Sum(e => e.Text.Length), Is.LessThanOrEqualTo(300_000));
    }
}

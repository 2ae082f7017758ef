using System.Text;
using WuToolkit.Logs.Reading.Lines;
using WuToolkit.Tests.Shared;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>The prefilter tells whether a line starts an entry without parsing its head: it must tell exactly what
/// parsing the head tells, for every line of the corpus's line logs and every shortened copy of them.</summary>
public class LineHeadTests
{
    [Test]
    public void Telling_a_head_agrees_with_parsing_it_on_every_corpus_line_and_its_beginnings()
    {
        var pool = new StringPool();
        var servicing = new ServicingLineParser<char>(pool, Encoding.UTF8);
        var windowsUpdate = new WindowsUpdateLineParser<char>(pool, Encoding.UTF8);
        var servicingBytes = new ServicingLineParser<byte>(pool, Encoding.UTF8);
        var windowsUpdateBytes = new WindowsUpdateLineParser<byte>(pool, Encoding.UTF8);
        var lines = new[] { "cbs", "dism", "windowsupdate", "setup" }
            .SelectMany(folder => Directory.GetFiles(SharedCorpus.Require(folder)))
            .SelectMany(File.ReadLines)
            .Concat(
            [
                "2023-02-30 00:31:12, Info                  CBS    no such day",
                "2023/05/22 11:38:54.",
                "2023/05/22 11:38:54.x 1 2 Agent",
                "2016-09-09\t10:11:12:123\t 908\t1234\tAgent\tmessage",
                "2016-09-09\t10:11:12:12x\t 908",
                "[6172.4860] Mounting new image.",
                "[6172.] no",
            ])
            .ToList();
        Assert.That(lines, Has.Count.GreaterThan(1000));
        var checkedLines = 0;
        foreach (var whole in lines)
        {
            foreach (var cut in Enumerable.Range(0, Math.Min(whole.Length, 40) + 1).Select(length => whole[..length]).Append(whole))
            {
                var bytes = Encoding.UTF8.GetBytes(cut);
                Assert.That(servicing.IsHead(cut), Is.EqualTo(servicing.TryParse(cut, out _)), cut);
                Assert.That(windowsUpdate.IsHead(cut), Is.EqualTo(windowsUpdate.TryParse(cut, out _)), cut);
                Assert.That(servicingBytes.IsHead(bytes), Is.EqualTo(servicingBytes.TryParse(bytes, out _)), cut);
                Assert.That(windowsUpdateBytes.IsHead(bytes), Is.EqualTo(windowsUpdateBytes.TryParse(bytes, out _)), cut);
                checkedLines++;
            }
        }

        Assert.That(checkedLines, Is.GreaterThan(lines.Count));
    }
}

using System.Text;
using WuToolkit.Logs.Reading.Lines;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>
/// The markers searched in several sets (many markers, as the setup rules declare): each line is said to hold a marker
/// exactly when one of them occurs in it in any case, whichever set it belongs to, whether the lines before it were asked
/// or not, and wherever the reader's buffer is refilled.
/// </summary>
public class MarkerSetTests
{
    private static readonly string[] Markers =
    [
        "SetupHost::Initialize: CmdLine", "Execution phase", "Failed execution phase", "Result =", "Error:", "hr =", "(hr:",
        "driver", ".sys", ".inf", "OCs", "DPX", "MOUPG", "plug-in", "plugin", "S-1-5-21-", @":\Users\", "Safe OS", "SafeOS",
        "0x80070070", "C1900101", "not enough space", "insufficient", "Current result:", "Initiating rollback", "wimmount",
        "Gather failed", "Apply failed", "LaunchModule", "SYSPRP", "Expander", "WinSetupMon",
    ];

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(MarkerSearch.MaxPerSet)]
    [TestCase(int.MaxValue)]
    public void A_line_holds_a_marker_exactly_when_one_occurs_in_it_in_any_case_whatever_the_sets(int maxPerSet)
    {
        var random = new Random(maxPerSet == int.MaxValue ? 17 : maxPerSet);
        var words = new[] { "alpha", "Info", "SP", "CONX", "0x00000000", "phase", "result", "users", "drive", "plug", "in", "Error", "hr", "=" };
        var lines = new List<string>();
        var size = 0;
        while (size < 300_000)
        {
            var line = new StringBuilder("2024-01-01 10:00:00, Info                  SP     ");
            var count = random.Next(0, 30);
            for (var i = 0; i < count; i++)
            {
                var word = random.Next(12) == 0 ? Cased(Markers[random.Next(Markers.Length)], random) : words[random.Next(words.Length)];
                line.Append(word).Append(random.Next(3) == 0 ? "" : " ");
            }

            lines.Add(line.ToString());
            size += line.Length + 2;
        }

        var search = MarkerSearch.Create(Markers.SelectMany(marker => new[] { marker, marker.ToUpperInvariant(), marker.ToLowerInvariant() }), maxPerSet);
        Assert.That(search.Sets, maxPerSet >= Markers.Length ? Is.EqualTo(1) : Is.GreaterThan(1));
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
        var reader = new LineReader<byte>(ChunkReader<byte>.For(new MemoryStream(bytes)), 2000);
        reader.UseMarkers(search);
        var asked = 0;
        for (var index = 0; reader.MoveNext(); index++)
        {
            // The parser asks of some lines only (not of the continuation lines of an entry it builds).
            if (random.Next(4) == 0)
            {
                continue;
            }

            var expected = Markers.Any(marker => lines[index].Contains(marker, StringComparison.OrdinalIgnoreCase));
            Assert.That(reader.HasMarker(), Is.EqualTo(expected), $"line {index + 1}: {lines[index]}");
            asked++;
        }

        Assert.That(asked, Is.GreaterThan(1000));
    }

    [Test]
    public void A_marker_that_holds_another_is_found_through_the_shorter_one()
    {
        var search = MarkerSearch.Create(["Failed execution phase", "execution PHASE", "Error:", "Main operation execution failed. Error:"], maxPerSet: 1);

        // Two sets are left: the longer markers hold the shorter ones.
        Assert.That(search.Sets, Is.EqualTo(2));
        Assert.That(search.IndexIn("x Main operation execution failed. Error: 5"), Is.EqualTo(35));
        Assert.That(search.IndexIn("a failed EXECUTION phase"), Is.EqualTo(9));
        Assert.That(search.IndexIn("nothing here"), Is.EqualTo(-1));
    }

    private static string Cased(string marker, Random random) => random.Next(3) switch
    {
        0 => marker.ToUpperInvariant(),
        1 => marker.ToLowerInvariant(),
        _ => marker,
    };
}

using System.Text;
using WuToolkit.Abstractions.Machine;
using WuToolkit.Snapshots;
using WuToolkit.Snapshots.Machines;
using WuToolkit.Host.Tests.Support;

namespace WuToolkit.Host.Tests.Snapshots;

/// <summary>Any byte sequence read as a snapshot gives a snapshot wutk can use or a <see cref="SnapshotFormatException"/>:
/// never another exception, never a hang. Random bytes, JSON-ish noise and mutations of a real snapshot, from a
/// fixed seed so that a failure can be replayed.</summary>
[Category("Slow")]
public class SnapshotFuzzTests
{
    private const int Seed = 20240312;
    private const int Inputs = 200;

    private static readonly byte[] Alphabet = Encoding.UTF8.GetBytes("{}[]\":,.-+0123456789eEtruefalsn \n\\u\uFEFF\u00e9\"format\"\"wutk-snapshot\"\"version\"");

    [Test]
    public async Task Random_and_mutated_input_either_parses_or_is_refused_cleanly()
    {
        var failures = new List<string>();
        var refused = 0;
        var work = Task.Run(() =>
        {
            var random = new Random(Seed);
            var valid = SnapshotExamples.Utf8(SnapshotExamples.Full());
            for (var i = 0; i < Inputs; i++)
            {
                var input = (i % 4) switch
                {
                    0 => RandomBytes(random),
                    1 => Noise(random),
                    _ => Mutate(random, valid),
                };

                try
                {
                    // What parses must also be usable: the machine indexes every list when it is built.
                    var machine = new SnapshotMachine(SnapshotText.Parse(input, $"fuzz-{i}.json"));
                    _ = ((IMachine)machine).Clock;
                }
                catch (SnapshotFormatException ex)
                {
                    refused++;
                    if (ex.Message.Contains('\n', StringComparison.Ordinal) || !ex.Message.Contains($"fuzz-{i}.json", StringComparison.Ordinal))
                    {
                        failures.Add($"input {i}: not one line naming the file: {ex.Message}");
                    }
                }
#pragma warning disable CA1031 // Any other exception is exactly what this test looks for.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failures.Add($"input {i} ({Convert.ToHexString(input.AsSpan(0, Math.Min(input.Length, 48)))}…): {ex.GetType().Name}: {ex.Message}");
                }
            }
        });

        await work.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.That(failures, Is.Empty);
        Assert.That(refused, Is.GreaterThan(Inputs / 2), "the inputs are hostile enough to be refused mostly");
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Noise(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return random.Next(2) == 0 ? [.. "{\"format\":\"wutk-snapshot\",\"version\":1,"u8, .. bytes] : bytes;
    }

    /// <summary>One to five edits of a valid snapshot: a flipped byte, a structural character, a cut, a deleted or
    /// repeated stretch, a null slipped into a list, a random byte.</summary>
    private static byte[] Mutate(Random random, byte[] valid)
    {
        var bytes = new List<byte>(valid);
        for (var edits = random.Next(1, 6); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = "{}[]\":,n0-"u8[random.Next(10)];
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 4:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 80), bytes.Count - at)));
                    break;
                case 5:
                    var open = bytes.IndexOf((byte)'[', at);
                    bytes.InsertRange(open < 0 ? at : open + 1, "null,"u8.ToArray());
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }
}

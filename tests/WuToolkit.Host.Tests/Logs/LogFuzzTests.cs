using System.Text;
using WuToolkit.Abstractions.Logs;
using WuToolkit.Logs.Reading;

namespace WuToolkit.Host.Tests.Logs;

/// <summary>
/// Hostile input: a fixed-seed loop of random and mutated logs through the reader, under every name (so
/// every parser sees every shape). Only <see cref="LogFormatException"/> may come out; each read must end
/// (a hang fails the test when the generous bound runs out, which no healthy read comes near).
/// </summary>
public class LogFuzzTests
{
    private const int Seed = 20240301;
    private const int Cases = 400;
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(30);

    private static readonly string[] Names =
    [
        "CBS.log", "dism.log", "WindowsUpdate.log", "setupact.log", "setuperr.log", "SetupDiagResults.log",
        "SetupDiagResults.xml", "SetupDiagResults.json", "CompatData_1.xml", "events.xml", "events.csv", "unknown.txt",
    ];

    private static readonly string[] Seeds =
    [
        LogFixtures.Cbs, LogFixtures.Dism, LogFixtures.SetupAct, LogFixtures.WindowsUpdate, LogFixtures.WindowsUpdateClassic,
        "Matching Profile found: Demo - 1\r\nSystem Information:\r\n\tMachine Name = X\r\nError = 0x1-0x2\r\nLast Phase = Safe OS\r\n",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?><SetupDiag><ProfileName>Demo</ProfileName><FailureDetails>Err = 0x1, LastPhase = X</FailureDetails></SetupDiag>",
        "{\"ProfileName\":\"Demo\",\"SystemInfo\":{\"UpgradeStartTime\":\"\\/Date(1559881150000-0700)\\/\"},\"FailureData\":[\"a\nb\"]}",
        "<CompatReport><Hardware><HardwareItem HardwareType=\"X\"><CompatibilityInfo BlockingType=\"Hard\"/></HardwareItem></Hardware></CompatReport>",
        "<Event><System><Provider Name='P'/><EventID>20</EventID><Level>2</Level><TimeCreated SystemTime='2024-03-01T08:22:09Z'/></System><RenderingInfo><Message>m</Message></RenderingInfo></Event>",
        "Level,Date and Time,Source,Event ID,Task Category\r\nError,3/1/2024 8:22:09 AM,P,20,T,\"a\r\nb\"\r\n",
    ];

    [Test]
    [Category("Slow")]
    public void Random_and_mutated_input_gives_entries_or_a_LogFormatException_and_always_ends()
    {
        var random = new Random(Seed);
        var refused = 0;
        for (var i = 0; i < Cases; i++)
        {
            var input = Make(random, i);
            var name = Names[random.Next(Names.Length)];
            var options = random.Next(4) == 0
                ? new LogReadOptions { MaxLineChars = 16 + random.Next(64), MaxEntryChars = 128 }
                : LogReadOptions.Default;
            var read = Task.Run(() => Read(input, name, options));

            Assert.That(read.Wait(HangBound), Is.True, $"case {i} ({name}, {input.Length} bytes) did not end");
            if (read.Result is { } failure)
            {
                Assert.That(failure, Is.InstanceOf<LogFormatException>(), $"case {i} ({name}): {failure}");
                refused++;
            }
        }

        Assert.That(refused, Is.LessThan(Cases / 10), "refusal is for binary event logs only");
    }

    [Test]
    public void Every_parser_survives_every_seed_under_every_name()
    {
        foreach (var seed in Seeds)
        {
            foreach (var name in Names)
            {
                foreach (var kind in Enum.GetValues<LogKind>())
                {
                    var entries = LogFixtures.Read(seed, name, new LogReadOptions { Kind = kind });
                    Assert.That(entries.Select(e => e.Kind), Is.All.EqualTo(kind));
                }
            }
        }
    }

    // "#" stands for a control character (test names must not carry one) after a long run of text: the XML
    // reader parses a long text node's value lazily, when it is read, and only then finds the character.
    [TestCase("SetupDiagResults.xml", "<SetupDiag><Version>1</Version><ProfileName>bad#name</ProfileName><ProfileGuid>g</ProfileGuid></SetupDiag>", 1)]
    [TestCase("CompatData.xml", "<CompatReport><DriverPackage Inf=\"a.inf\"/><DriverPackage Inf=\"b#.inf\"/><DriverPackage Inf=\"c.inf\"/></CompatReport>", 1)]
    [TestCase("events.xml", "<Event><System><EventID>1</EventID></System></Event><Event><System><EventID>2#</EventID></System></Event>", 1)]
    public void A_character_XML_forbids_ends_the_reading_where_it_is(string name, string xml, int before)
    {
        var bytes = LogFixtures.Utf8(xml.Replace("#", new string('a', 20_000) + "\u0019", StringComparison.Ordinal));

        Assert.That(Read(bytes, name, LogReadOptions.Default), Is.Null);
        Assert.That(LogFixtures.Read(bytes, name), Has.Count.GreaterThanOrEqualTo(before));
    }

    /// <summary>Reads everything; returns the exception if one came out.</summary>
    private static Exception? Read(byte[] input, string name, LogReadOptions options)
    {
        try
        {
            long previous = 0;
            foreach (var entry in LogFixtures.Read(input, name, options))
            {
                if (entry.Line < previous || entry.Text is null || entry.Level is null || entry.Component is null)
                {
                    return new InvalidOperationException($"bad entry at line {entry.Line} after {previous}");
                }

                previous = entry.Line;
            }

            return null;
        }
#pragma warning disable CA1031 // The test's point is to catch anything at all and report it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex;
        }
    }

    private static byte[] Make(Random random, int index)
    {
        if (index % 10 == 0)
        {
            var noise = new byte[random.Next(0, 20_000)];
            random.NextBytes(noise);
            return noise;
        }

        var seed = Seeds[random.Next(Seeds.Length)];
        var encoding = random.Next(5) switch
        {
            0 => Encoding.Unicode,
            1 => Encoding.BigEndianUnicode,
            _ => (Encoding)new UTF8Encoding(false),
        };
        var bytes = new List<byte>(LogFixtures.Encode(Repeat(seed, random), encoding, byteOrderMark: random.Next(2) == 0));
        var mutations = random.Next(1, 12);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.Insert(at, (byte)"\0\x85\r\n<>\"{}[],=:\t"[random.Next(15)]);
                    break;
                case 3:
                    bytes.InsertRange(at, Enumerable.Repeat((byte)random.Next(256), random.Next(1, 5000)));
                    break;
                case 4:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 400));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 5:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 50)));
                    break;
            }
        }

        if (index % 97 == 0)
        {
            bytes.InsertRange(0, "ElfFile\0"u8.ToArray());
        }

        return [.. bytes];
    }

    private static string Repeat(string seed, Random random) => string.Concat(Enumerable.Repeat(seed, random.Next(1, 4)));
}

using System.Globalization;

namespace WuToolkit.Host.Tests.Explain;

/// <summary>
/// Every code of the corpus tables is explained by a bundled catalog under the very name the table gives (an empty
/// name where Microsoft documents the code without one), and every setup pair decodes into the phase its extend
/// code's first digit names.
/// </summary>
public class CorpusCodeTests
{
    [TestCase("wu_error_codes.tsv")]
    [TestCase("setup_error_codes.tsv")]
    [TestCase("common_win32_hresults_in_wu_logs.tsv")]
    [TestCase("observed_hresult_names.tsv")]
    public void Every_code_is_explained_with_the_same_name(string file)
    {
        var missing = new List<string>();
        foreach (var row in CorpusTable.Read(file))
        {
            var explanation = BundledCodes.Explain(row.Code);
            if (!explanation.Entries.Any(entry => entry.Code.Name == row.Name))
            {
                var found = string.Join(", ", explanation.Entries.Select(entry => entry.Code.Name));
                missing.Add($"line {row.Line}: {row.Code} {row.Name} (found: {(found.Length > 0 ? found : "nothing")})");
            }
        }

        Assert.That(missing, Is.Empty, string.Join(Environment.NewLine, missing));
    }

    [Test]
    public void Every_setup_pair_decodes_into_the_phase_and_operation_of_its_extend_code()
    {
        foreach (var row in CorpusTable.Read("setup_result_extend_pairs.tsv"))
        {
            var explanation = BundledCodes.Explain(row.Code);
            var extendText = row.Code[(row.Code.IndexOf('-', StringComparison.Ordinal) + 1)..];
            var extend = uint.Parse(extendText[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

            Assert.That(explanation.Extend, Is.Not.Null, row.Code);
            Assert.That(explanation.Extend!.Value, Is.EqualTo(extend), row.Code);
            Assert.That(explanation.Extend.Phase.Number, Is.EqualTo((int)(extend >> 16)), row.Code);
            Assert.That(explanation.Extend.Operation.Number, Is.EqualTo((int)(extend & 0xFF)), row.Code);
        }
    }

    [Test]
    public void Setup_phase_and_operation_names_are_the_documented_ones()
    {
        foreach (var row in CorpusTable.Read("setup_extend_codes.tsv"))
        {
            var parts = row.Code.Split(':');
            var number = uint.Parse(parts[1][2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var decoded = parts[0] == "phase"
                ? Knowledge.SetupExtendCode.Decode(number << 16).Phase
                : Knowledge.SetupExtendCode.Decode(number).Operation;

            Assert.That(decoded.Name, Is.EqualTo(row.Name), row.Code);
            Assert.That(decoded.Description, Is.Not.Empty, row.Code);
        }
    }
}

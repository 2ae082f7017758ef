using WuToolkit.Abstractions.Logs;
using WuToolkit.Plugins.Logs;

namespace WuToolkit.Plugins.Tests.Logs;

public class CbsFailedOperationRuleTests
{
    [Test]
    public void A_chain_of_failed_lines_with_one_code_is_one_failure_at_its_first_line()
    {
        var findings = LogBuilder.Cbs()
            .Error("CBS", "Failed to get next element [HRESULT = 0x800f0821 - CBS_E_ABORT]")
            .Error("CBS", "Failed to process single phase execution. [HRESULT = 0x800f0821 - CBS_E_ABORT]")
            .Error("CBS", "Failed to perform operation.  [HRESULT = 0x800f0821 - CBS_E_ABORT]")
            .Run(new CbsFailedOperationRule());

        var failure = findings.Single();
        Assert.That((failure.Code, failure.Entry.Line), Is.EqualTo(((uint?)0x800F0821, 1L)));
        Assert.That(failure.Summary, Does.Contain("Failed to get next element").And.Contain("0x800F0821"));
    }

    [Test]
    public void Info_level_probing_failures_are_noise()
    {
        var findings = LogBuilder.Cbs()
            .Info("CBS", "Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]")
            .Info("CBS", "Failed to OpenPackage using worker session [HRESULT = 0x800f0805]")
            .Warning("CBS", "Current tick count: 800 lower than last tick count: 1086. [HRESULT = 0x8007000d - ERROR_INVALID_DATA]")
            .Run(new CbsFailedOperationRule());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void A_code_another_rule_already_reported_for_this_file_is_not_repeated()
    {
        var entries = LogBuilder.Cbs()
            .Error("CBS", "Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]")
            .Info("CBS", "WER: Generating failure report for package: Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.630.1.8, status: 0x800f0922, failure source: Execute")
            .Entries;
        // The log library's per-file sink: it drops a generic finding that another rule's failure explains.
        var findings = new WuToolkit.Logs.Analysis.FileFindings();
        ILogRule[] rules = [new CbsPackageFailureRule(), new CbsFailedOperationRule()];
        foreach (var entry in entries)
        {
            foreach (var rule in rules)
            {
                rule.Observe(entry, findings);
            }
        }

        foreach (var rule in rules)
        {
            rule.Complete(findings);
        }

        Assert.That(findings.Findings.Single().RuleId, Is.EqualTo(CbsPackageFailureRule.Id));
    }

    [Test]
    public void Lines_naming_a_package_or_a_corrupt_store_belong_to_other_rules()
    {
        var findings = LogBuilder.Cbs()
            .Error("CBS", "Failed to pre- stage package: Package_for_KB5012170~31bf3856ad364e35~amd64~~22621.372.1.1 [HRESULT = 0x800f0988]")
            .Error("CBS", "Exec: Failed to stage execution package. [HRESULT = 0x80073712 - ERROR_SXS_COMPONENT_STORE_CORRUPT]")
            .Run(new CbsFailedOperationRule());

        Assert.That(findings, Is.Empty);
    }
}

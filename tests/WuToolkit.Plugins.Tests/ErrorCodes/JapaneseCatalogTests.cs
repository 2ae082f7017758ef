using System.Globalization;
using WuToolkit.Abstractions.Knowledge;
using WuToolkit.Plugins.ErrorCodes;

namespace WuToolkit.Plugins.Tests.ErrorCodes;

/// <summary>
/// The catalogs speak the UI culture they are first read in: Japanese from the ja satellite, English otherwise, with
/// the same codes, names, checks and fixes, and each cause still on a line of its own.
/// </summary>
public class JapaneseCatalogTests
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    // Fresh catalogs for every read: a catalog keeps the texts of the culture it was first read in.
    private static IEnumerable<TestCaseData> Catalogs()
    {
        yield return Case(() => new WindowsUpdateCatalog());
        yield return Case(() => new ServicingCatalog());
        yield return Case(() => new SetupCatalog());
        yield return Case(() => new BitsCatalog());
        yield return Case(() => new DeliveryOptimizationCatalog());
        yield return Case(() => new CommonCatalog());
    }

    [Test]
    public void Under_a_Japanese_UI_culture_a_code_is_explained_in_Japanese()
    {
        var code = Read(Japanese, () => new ServicingCatalog()).Single(entry => entry.Code == 0x800F081F);

        Assert.That(code.Name, Is.EqualTo("CBS_E_SOURCE_MISSING"));
        Assert.That(code.Meaning, Is.EqualTo("Windows の修復または機能の追加に必要なファイルが、どのソースにも見つかりませんでした。"));
        Assert.That(code.Causes, Has.Count.EqualTo(3));
        Assert.That(code.Causes[0], Does.StartWith("コンポーネント ストアが破損しており").And.Contain("DISM /Source"));
        Assert.That(code.CheckIds, Is.EqualTo(new[] { "network.endpoints", "catalog.servicing-stack" }));
    }

    [Test]
    public void Under_an_English_UI_culture_the_same_code_stays_English()
    {
        var code = Read(English, () => new ServicingCatalog()).Single(entry => entry.Code == 0x800F081F);

        Assert.That(code.Meaning, Is.EqualTo("Files needed to repair Windows or add a feature could not be found in any source."));
        Assert.That(code.Causes[0], Does.StartWith("The component store is damaged"));
    }

    [TestCaseSource(nameof(Catalogs))]
    public void Every_code_reads_in_Japanese_with_as_many_causes_as_in_English(Func<IErrorCatalog> create)
    {
        var english = Read(English, create);
        var japanese = Read(Japanese, create);

        Assert.That(japanese.Select(code => (code.Code, code.Name)), Is.EqualTo(english.Select(code => (code.Code, code.Name))));
        for (var i = 0; i < english.Count; i++)
        {
            var (en, ja) = (english[i], japanese[i]);
            Assert.That(ja.Meaning, Is.Not.Empty.And.Not.Contain("\n").And.Match(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]"), ja.Hex);
            Assert.That(ja.Meaning, Is.Not.EqualTo(en.Meaning), ja.Hex);
            Assert.That(ja.Causes, Has.Count.EqualTo(en.Causes.Count).And.All.Not.Empty, ja.Hex);
            Assert.That(ja.CheckIds, Is.EqualTo(en.CheckIds), ja.Hex);
            Assert.That(ja.FixIds, Is.EqualTo(en.FixIds), ja.Hex);
        }
    }

    private static IReadOnlyList<ErrorCode> Read(CultureInfo culture, Func<IErrorCatalog> create)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var codes = create().Codes;
            return codes;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static TestCaseData Case(Func<IErrorCatalog> create) =>
        new TestCaseData(create).SetArgDisplayNames(create().GetType().Name);
}

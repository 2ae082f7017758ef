using WuToolkit.Host.Plugins.Trust;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>The Unix rules, on layouts given as data: who owns each path and its mode decide whether anyone but root
/// can change a plugin.</summary>
public class UnixLocationRulesTests
{
    private const uint Root = 0;
    private const uint Alice = 1000;
    private const UnixFileMode Folder755 = (UnixFileMode)0b111_101_101;
    private const UnixFileMode File644 = (UnixFileMode)0b110_100_100;
    private const UnixFileMode World777 = (UnixFileMode)0b111_111_111;
    private const UnixFileMode Sticky1777 = World777 | UnixFileMode.StickyBit;

    private static UnixPathFacts[] Layout(
        UnixFileMode pluginsFolder = Folder755, uint pluginsOwner = Root, UnixFileMode file = File644, uint fileOwner = Root, uint fileGroup = 0) =>
    [
        new("/opt/wutk/plugins/Contoso/Contoso.dll", PathRole.File, fileOwner, fileGroup, file),
        new("/opt/wutk/plugins/Contoso", PathRole.Folder, Root, 0, Folder755),
        new("/opt/wutk/plugins", PathRole.Ancestor, pluginsOwner, 0, pluginsFolder),
        new("/opt/wutk", PathRole.Ancestor, Root, 0, Folder755),
        new("/opt", PathRole.Ancestor, Root, 0, Folder755),
        new("/", PathRole.Ancestor, Root, 0, Folder755),
    ];

    [Test]
    public void Root_owning_every_path_with_no_one_else_writing_is_safe()
    {
        Assert.That(UnixLocationRules.Judge(Layout(), Root).AdministratorsOnly, Is.True);
    }

    [Test]
    public void A_world_writable_plugins_folder_is_unsafe_and_named()
    {
        var verdict = UnixLocationRules.Judge(Layout(pluginsFolder: World777), Root);

        Assert.That(verdict.Reasons, Is.EqualTo(new[] { "/opt/wutk/plugins can be written by every user" }));
    }

    [Test]
    public void A_world_writable_folder_with_the_sticky_bit_above_the_plugin_is_safe_as_tmp_is()
    {
        Assert.That(UnixLocationRules.Judge(Layout(pluginsFolder: Sticky1777), Root).AdministratorsOnly, Is.True);
    }

    [Test]
    public void The_sticky_bit_does_not_make_the_plugins_own_folder_safe()
    {
        UnixPathFacts[] loose =
        [
            new("/tmp/Contoso.dll", PathRole.File, Root, 0, File644),
            new("/tmp", PathRole.Folder, Root, 0, Sticky1777),
            new("/", PathRole.Ancestor, Root, 0, Folder755),
        ];

        Assert.That(UnixLocationRules.Judge(loose, Root).Reasons, Is.EqualTo(new[] { "/tmp can be written by every user" }));
    }

    [Test]
    public void A_file_owned_by_another_user_is_unsafe()
    {
        var verdict = UnixLocationRules.Judge(Layout(fileOwner: Alice), Root);

        Assert.That(verdict.Reasons, Is.EqualTo(new[] { "/opt/wutk/plugins/Contoso/Contoso.dll belongs to user 1000, not to root" }));
    }

    [Test]
    public void A_folder_further_up_owned_by_another_user_is_unsafe_since_its_owner_can_replace_what_it_holds()
    {
        Assert.That(UnixLocationRules.Judge(Layout(pluginsOwner: Alice), Root).AdministratorsOnly, Is.False);
    }

    [Test]
    public void Group_write_counts_only_for_a_group_other_than_roots()
    {
        var rootGroup = UnixLocationRules.Judge(Layout(file: File644 | UnixFileMode.GroupWrite, fileGroup: 0), Root);
        var users = UnixLocationRules.Judge(Layout(file: File644 | UnixFileMode.GroupWrite, fileGroup: 100), Root);

        Assert.That(rootGroup.AdministratorsOnly, Is.True);
        Assert.That(users.Reasons, Is.EqualTo(new[] { "/opt/wutk/plugins/Contoso/Contoso.dll can be written by the members of group 100" }));
    }

    [Test]
    public void A_world_writable_file_is_unsafe()
    {
        Assert.That(UnixLocationRules.Judge(Layout(file: File644 | UnixFileMode.OtherWrite), Root).AdministratorsOnly, Is.False);
    }

    [Test]
    public void A_path_whose_owner_cannot_be_told_is_unsafe()
    {
        UnixPathFacts[] unknown = [new("/x/Contoso.dll", PathRole.File, null, null, File644)];

        Assert.That(UnixLocationRules.Judge(unknown, Root).Reasons, Has.One.Contains("cannot be told"));
    }

    [Test]
    public void Paths_the_user_running_wutk_owns_count_as_its_own()
    {
        Assert.That(UnixLocationRules.Judge(Layout(fileOwner: Alice), Alice).AdministratorsOnly, Is.True);
    }

    [Test]
    public void Every_unsafe_path_is_named()
    {
        var verdict = UnixLocationRules.Judge(Layout(pluginsFolder: World777, fileOwner: Alice), Root);

        Assert.That(verdict.Reasons, Has.Count.EqualTo(2));
    }
}

using WuToolkit.Host.Plugins.Trust;

namespace WuToolkit.Host.Tests.Trust;

/// <summary>
/// The Windows rules through the same decision as everywhere, on access control lists recorded from real folders (as
/// <c>icacls</c> shows them): anyone but SYSTEM, Administrators, TrustedInstaller (and the CREATOR OWNER placeholder)
/// with write, modify or full control on the plugin's file or folder makes it untrusted.
/// </summary>
public class WindowsLocationRulesTests
{
    // FileSystemRights as Windows stores them.
    private const int FullControl = 0x1F01FF;
    private const int Modify = 0x1301BF;
    private const int ReadAndExecute = 0x1200A9;
    private const int GenericAll = 0x10000000;
    private const int GenericReadExecute = unchecked((int)0xA0000000);
    private const int CreateFilesAndFolders = 0x116; // (WD,AD,WEA,WA): what BUILTIN\Users get on %ProgramData%'s subfolders
    private const int AppendData = 0x4;

    private const string Users = "S-1-5-32-545";
    private const string AuthenticatedUsers = "S-1-5-11";
    private const string Everyone = "S-1-1-0";
    private const string AllApplicationPackages = "S-1-15-2-1";
    private const string Alice = "S-1-5-21-1004336348-1177238915-682003330-1001";

    /// <summary><c>C:\Program Files\wutk\plugins\Contoso</c> as the installer leaves it.</summary>
    private static readonly WindowsAccessRule[] ProgramFiles =
    [
        new(WindowsLocationRules.TrustedInstallerSid, FullControl),
        new(WindowsLocationRules.SystemSid, FullControl),
        new(WindowsLocationRules.AdministratorsSid, FullControl),
        new(Users, ReadAndExecute),
        new(WindowsLocationRules.CreatorOwnerSid, GenericAll, InheritOnly: true),
        new(AllApplicationPackages, ReadAndExecute),
        new(Users, GenericReadExecute, InheritOnly: true),
    ];

    /// <summary><c>C:\</c>: users may create folders in it, and get Modify on what they create (inherit-only).</summary>
    private static readonly WindowsAccessRule[] DriveRoot =
    [
        new(WindowsLocationRules.AdministratorsSid, FullControl),
        new(WindowsLocationRules.SystemSid, FullControl),
        new(Users, ReadAndExecute),
        new(AuthenticatedUsers, AppendData),
        new(AuthenticatedUsers, Modify, InheritOnly: true),
    ];

    private static WindowsPathFacts[] Layout(WindowsAccessRule[] file, WindowsAccessRule[] folder, WindowsAccessRule[]? ancestor = null) =>
    [
        new(@"C:\Program Files\wutk\plugins\Contoso\Contoso.dll", PathRole.File, file),
        new(@"C:\Program Files\wutk\plugins\Contoso", PathRole.Folder, folder),
        new(@"C:\Program Files\wutk\plugins", PathRole.Ancestor, ancestor ?? ProgramFiles),
        new(@"C:\Program Files", PathRole.Ancestor, ProgramFiles),
        new(@"C:\", PathRole.Ancestor, DriveRoot),
    ];

    [Test]
    public void A_plugin_under_program_files_is_safe()
    {
        Assert.That(WindowsLocationRules.Judge(Layout(ProgramFiles, ProgramFiles)).AdministratorsOnly, Is.True);
    }

    [Test]
    public void A_folder_under_program_data_that_inherits_users_create_rights_is_unsafe_and_names_them()
    {
        WindowsAccessRule[] programData =
        [
            new(WindowsLocationRules.SystemSid, FullControl),
            new(WindowsLocationRules.AdministratorsSid, FullControl),
            new(WindowsLocationRules.CreatorOwnerSid, GenericAll, InheritOnly: true),
            new(Users, ReadAndExecute),
            new(Users, CreateFilesAndFolders),
        ];

        var verdict = WindowsLocationRules.Judge(Layout(ProgramFiles, programData));

        Assert.That(verdict.Reasons, Is.EqualTo(new[] { @"C:\Program Files\wutk\plugins\Contoso can be changed by BUILTIN\Users" }));
    }

    [Test]
    public void A_file_everyone_may_modify_is_unsafe()
    {
        WindowsAccessRule[] file = [.. ProgramFiles, new(Everyone, Modify)];

        Assert.That(WindowsLocationRules.Judge(Layout(file, ProgramFiles)).Reasons, Has.One.EndsWith("can be changed by Everyone"));
    }

    [Test]
    public void A_folder_in_a_users_profile_is_unsafe_even_for_that_user_running_elevated()
    {
        // %LocalAppData%\wutk\plugins: the user's own SID has full control, so a process of that user that is not
        // elevated could change what the elevated one loads.
        WindowsAccessRule[] profile =
        [
            new(WindowsLocationRules.SystemSid, FullControl),
            new(WindowsLocationRules.AdministratorsSid, FullControl),
            new(Alice, FullControl) { Name = @"PC\alice" },
        ];

        var verdict = WindowsLocationRules.Judge(Layout(profile, profile, profile));

        Assert.That(verdict.Reasons, Has.Count.EqualTo(3).And.All.EndsWith(@"can be changed by PC\alice"));
    }

    [Test]
    public void Rights_that_apply_only_to_what_is_created_later_do_not_count()
    {
        WindowsAccessRule[] folder = [.. ProgramFiles, new(AuthenticatedUsers, Modify, InheritOnly: true)];

        Assert.That(WindowsLocationRules.Judge(Layout(ProgramFiles, folder)).AdministratorsOnly, Is.True);
    }

    [Test]
    public void A_denying_entry_grants_nothing()
    {
        WindowsAccessRule[] file = [.. ProgramFiles, new(Everyone, FullControl, Allow: false)];

        Assert.That(WindowsLocationRules.Judge(Layout(file, ProgramFiles)).AdministratorsOnly, Is.True);
    }

    [Test]
    public void Users_who_may_only_create_folders_in_a_folder_further_up_cannot_replace_the_plugin()
    {
        Assert.That(WindowsLocationRules.Judge(Layout(ProgramFiles, ProgramFiles, DriveRoot)).AdministratorsOnly, Is.True);
    }

    [Test]
    public void Users_who_may_delete_in_a_folder_further_up_can_replace_the_plugin()
    {
        WindowsAccessRule[] ancestor = [.. ProgramFiles, new(Users, 0x40)];

        Assert.That(WindowsLocationRules.Judge(Layout(ProgramFiles, ProgramFiles, ancestor)).Reasons, Has.One.Contains(@"C:\Program Files\wutk\plugins"));
    }

    [TestCase(0x2, TestName = "Write data")]
    [TestCase(0x4, TestName = "Append data")]
    [TestCase(0x10000, TestName = "Delete")]
    [TestCase(0x40000, TestName = "Change permissions")]
    [TestCase(0x80000, TestName = "Take ownership")]
    [TestCase(0x40000000, TestName = "Generic write")]
    public void Each_right_that_changes_the_file_makes_it_unsafe(int right)
    {
        WindowsAccessRule[] file = [.. ProgramFiles, new(Users, right)];

        Assert.That(WindowsLocationRules.Judge(Layout(file, ProgramFiles)).AdministratorsOnly, Is.False);
    }

    [Test]
    public void Reading_and_running_rights_leave_it_safe()
    {
        WindowsAccessRule[] file = [.. ProgramFiles, new(Everyone, ReadAndExecute), new(Users, 0x100 | 0x10)];

        Assert.That(WindowsLocationRules.Judge(Layout(file, ProgramFiles)).AdministratorsOnly, Is.True);
    }
}

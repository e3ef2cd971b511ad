using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Testing;
using VastbusBot.Tests.Records;
using VastbusBot.Tests.Support;
using static VastbusBot.Tests.Records.RecordsHarness;

namespace VastbusBot.Tests.Organisation;

[Collection(AzuriteCollection.Name)]
public sealed class RegistryIntegrationTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task BootstrapAdmin_AssignsChairAndMembers_AndRolesFollow()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1, "Karin Chair");
        var member = User(TenantA, 2);

        var assigned = await h.Registry.AssignChairAsync(AdminOfA, "boras", FormFor(chair, "Rektor", "Borås Stad"), None);
        await h.Registry.AddMemberAsync(AdminOfA, "boras", FormFor(member), None);

        var chairMember = Assert.IsType<ServiceResult<GroupMember>.Success>(assigned).Value;
        Assert.Equal((GroupRole.Chair, "Rektor", "Borås Stad"), (chairMember.Role, chairMember.Person.Function, chairMember.Person.Organisation));
        var chairRoles = await h.Registry.GetRolesAsync(TenantA, chair.AadObjectId, None);
        Assert.True(chairRoles.IsChairOf("boras"));
        Assert.False(chairRoles.IsAdmin);
        var memberGroups = await h.Registry.GetGroupsForUserAsync(member, None);
        var only = Assert.Single(memberGroups);
        Assert.Equal(("boras", GroupRole.Member), (only.Group.Id, only.Role));

        var details = Assert.IsType<ServiceResult<GroupDetails>.Success>(await h.Registry.GetGroupAsync(member, "boras", None)).Value;
        Assert.Equal(chair.AadObjectId, details.Chair!.Person.AadObjectId);
        Assert.Equal(2, details.Members.Count);
        Assert.Equal("sodra-alvsborg", details.Area.Id);
    }

    [Fact]
    public async Task AssignChair_ToSomeoneElse_KeepsThePreviousChairAsMember()
    {
        await using var h = Create(azurite);
        var first = User(TenantA, 1);
        var second = User(TenantA, 2);
        await h.SetUpGroupAsync("skovde", first, second);

        await h.Registry.AssignChairAsync(AdminOfA, "skovde", FormFor(second), None);

        Assert.Equal(GroupRole.Member, (await h.Registry.GetRolesAsync(TenantA, first.AadObjectId, None)).RoleIn("skovde"));
        Assert.Equal(GroupRole.Chair, (await h.Registry.GetRolesAsync(TenantA, second.AadObjectId, None)).RoleIn("skovde"));
        Assert.Equal(second.AadObjectId, await h.Registry.GetChairIdAsync(TenantA, "skovde", None));
    }

    [Fact]
    public async Task AddMember_UpdatingTheChairsDetails_KeepsThemChair()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        await h.SetUpGroupAsync("hjo", chair);

        var updated = await h.Registry.AddMemberAsync(AdminOfA, "hjo", FormFor(chair, "Socialchef"), None);

        Assert.Equal(GroupRole.Chair, Assert.IsType<ServiceResult<GroupMember>.Success>(updated).Value.Role);
        Assert.Equal(chair.AadObjectId, await h.Registry.GetChairIdAsync(TenantA, "hjo", None));
    }

    [Fact]
    public async Task RemoveMember_TheChair_LeavesTheGroupWithoutChair()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var member = User(TenantA, 2);
        await h.SetUpGroupAsync("tibro", chair, member);

        var removed = await h.Registry.RemoveMemberAsync(AdminOfA, "tibro", chair.AadObjectId, None);

        Assert.IsType<ServiceResult<GroupMember>.Success>(removed);
        Assert.Null(await h.Registry.GetChairIdAsync(TenantA, "tibro", None));
        Assert.Empty((await h.Registry.GetRolesAsync(TenantA, chair.AadObjectId, None)).Groups);
        Assert.IsType<ServiceResult<GroupMember>.NotFound>(await h.Registry.RemoveMemberAsync(AdminOfA, "tibro", chair.AadObjectId, None));

        // A new member is not made chair by leftovers of the old one.
        await h.Registry.AddMemberAsync(AdminOfA, "tibro", FormFor(chair), None);
        Assert.Equal(GroupRole.Member, (await h.Registry.GetRolesAsync(TenantA, chair.AadObjectId, None)).RoleIn("tibro"));
    }

    [Fact]
    public async Task Permissions_ChairManagesMembers_MembersAndOutsidersDoNot_OnlyAdminsAssignChairs()
    {
        await using var h = Create(azurite);
        var chair = User(TenantA, 1);
        var member = User(TenantA, 2);
        var outsider = User(TenantA, 3);
        await h.SetUpGroupAsync("vara", chair, member);

        Assert.IsType<ServiceResult<GroupMember>.Success>(await h.Registry.AddMemberAsync(chair, "vara", FormFor(outsider), None));
        Assert.IsType<ServiceResult<GroupMember>.Forbidden>(await h.Registry.AddMemberAsync(member, "vara", FormFor(User(TenantA, 4)), None));
        Assert.IsType<ServiceResult<GroupMember>.Forbidden>(await h.Registry.AssignChairAsync(chair, "vara", FormFor(member), None));
        Assert.IsType<ServiceResult<GroupMember>.Forbidden>(await h.Registry.RemoveMemberAsync(member, "vara", chair.AadObjectId, None));
        Assert.IsType<ServiceResult<GroupMember>.Forbidden>(await h.Registry.AddMemberAsync(chair, "skara", FormFor(outsider), None));
        Assert.IsType<ServiceResult<GroupDetails>.Forbidden>(await h.Registry.GetGroupAsync(User(TenantA, 9), "vara", None));
        Assert.IsType<ServiceResult<Coordinator>.Forbidden>(await h.Registry.AssignCoordinatorAsync(chair, "skaraborg", FormFor(chair), None));
    }

    [Fact]
    public async Task AddMember_InvalidForm_IsRefusedFieldByField()
    {
        await using var h = Create(azurite);

        var result = await h.Registry.AddMemberAsync(AdminOfA, "mark", new PersonForm("not-a-guid", "anna@mark.se", null, "Mark"), None);

        var errors = Assert.IsType<ServiceResult<GroupMember>.ValidationFailed>(result).Errors;
        Assert.Equal(
            [(RecordFields.AadObjectId, ErrorCodes.InvalidId), (RecordFields.Name, ErrorCodes.Identifier), (RecordFields.Function, ErrorCodes.Required)],
            errors.Select(e => (e.Field, e.Code)));
        Assert.Empty(Assert.IsType<ServiceResult<GroupDetails>.Success>(await h.Registry.GetGroupAsync(AdminOfA, "mark", None)).Value.Members);
    }

    [Fact]
    public async Task UnknownGroupOrArea_IsNotFound()
    {
        await using var h = Create(azurite);

        Assert.IsType<ServiceResult<GroupMember>.NotFound>(await h.Registry.AddMemberAsync(AdminOfA, "atlantis", FormFor(User(TenantA, 1)), None));
        Assert.IsType<ServiceResult<Coordinator>.NotFound>(await h.Registry.AssignCoordinatorAsync(AdminOfA, "norrland", FormFor(User(TenantA, 1)), None));
    }

    [Fact]
    public async Task Coordinators_AssignedPerArea_AreSeenInRoles_AndRemovable()
    {
        await using var h = Create(azurite);
        var coordinator = User(TenantA, 5);

        await h.Registry.AssignCoordinatorAsync(AdminOfA, "fyrbodal", new PersonForm(coordinator.AadObjectId, "Lena Samordnare"), None);

        Assert.True((await h.Registry.GetRolesAsync(TenantA, coordinator.AadObjectId, None)).IsCoordinatorOf("fyrbodal"));
        Assert.Equal([coordinator.AadObjectId], await h.Registry.GetCoordinatorIdsAsync(TenantA, "fyrbodal", None));
        var listed = Assert.IsType<ServiceResult<IReadOnlyList<Coordinator>>.Success>(await h.Registry.GetCoordinatorsAsync(User(TenantA, 8), "fyrbodal", None)).Value;
        Assert.Equal("Lena Samordnare", Assert.Single(listed).Person.Name);

        Assert.IsType<ServiceResult<Coordinator>.Success>(await h.Registry.RemoveCoordinatorAsync(AdminOfA, "fyrbodal", coordinator.AadObjectId, None));
        Assert.False((await h.Registry.GetRolesAsync(TenantA, coordinator.AadObjectId, None)).IsCoordinatorOf("fyrbodal"));
        Assert.IsType<ServiceResult<Coordinator>.NotFound>(await h.Registry.RemoveCoordinatorAsync(AdminOfA, "fyrbodal", coordinator.AadObjectId, None));
    }

    [Fact]
    public async Task Admins_BootstrapAddsAnother_WhoCanAct_ConfiguredAdminCannotBeRemoved()
    {
        await using var h = Create(azurite);
        var second = User(TenantA, 7, "Second Admin");

        Assert.IsType<ServiceResult<AdminEntry>.Forbidden>(await h.Registry.AddAdminAsync(second, FormFor(second), None));
        Assert.IsType<ServiceResult<AdminEntry>.Success>(await h.Registry.AddAdminAsync(AdminOfA, FormFor(second), None));
        Assert.IsType<ServiceResult<GroupMember>.Success>(await h.Registry.AssignChairAsync(second, "lerum", FormFor(User(TenantA, 1)), None));

        var admins = Assert.IsType<ServiceResult<IReadOnlyList<AdminEntry>>.Success>(await h.Registry.GetAdminsAsync(second, None)).Value;
        Assert.Equal([(AdminA, true), (second.AadObjectId, false)], admins.Select(a => (a.AadObjectId, a.FromConfiguration)));

        Assert.IsType<ServiceResult<AdminEntry>.Forbidden>(await h.Registry.RemoveAdminAsync(second, AdminA.ToUpperInvariant(), None));
        Assert.IsType<ServiceResult<AdminEntry>.Success>(await h.Registry.RemoveAdminAsync(AdminOfA, second.AadObjectId, None));
        Assert.False((await h.Registry.GetRolesAsync(TenantA, second.AadObjectId, None)).IsAdmin);
    }

    [Fact]
    public async Task TenantScoping_RolesAndAdminsInOneTenant_DoNotReachAnother()
    {
        await using var h = Create(azurite);
        var chairA = User(TenantA, 1);
        await h.SetUpGroupAsync("ale", chairA);
        var sameUserInB = new Actor(TenantB, chairA.AadObjectId);

        Assert.Empty((await h.Registry.GetRolesAsync(TenantB, chairA.AadObjectId, None)).Groups);
        Assert.Empty(await h.Registry.GetGroupsForUserAsync(sameUserInB, None));
        Assert.Null(await h.Registry.GetChairIdAsync(TenantB, "ale", None));
        Assert.False((await h.Registry.GetRolesAsync(TenantB, AdminA, None)).IsAdmin);
        Assert.IsType<ServiceResult<GroupMember>.Forbidden>(await h.Registry.AddMemberAsync(new Actor(TenantB, AdminA), "ale", FormFor(User(TenantB, 2)), None));
    }

    [Fact]
    public async Task ConcurrentChairAssignments_OnTwoInstances_LeaveExactlyOneChair()
    {
        var prefix = NewPrefix();
        await using var a = Create(azurite, prefix);
        await using var b = Create(azurite, prefix);
        var candidates = Enumerable.Range(1, 6).Select(i => User(TenantA, i)).ToList();

        var results = await Task.WhenAll(candidates.Select((c, i) =>
            (i % 2 == 0 ? a : b).Registry.AssignChairAsync(AdminOfA, "kungalv", FormFor(c), None)));

        Assert.All(results, r => Assert.True(r is ServiceResult<GroupMember>.Success or ServiceResult<GroupMember>.Conflict));
        var details = Assert.IsType<ServiceResult<GroupDetails>.Success>(await a.Registry.GetGroupAsync(AdminOfA, "kungalv", None)).Value;
        var chair = Assert.Single(details.Members, m => m.Role == GroupRole.Chair);
        Assert.Equal(chair.Person.AadObjectId, await b.Registry.GetChairIdAsync(TenantA, "kungalv", None));
        foreach (var member in details.Members)
        {
            Assert.Equal(member.Role, (await a.Registry.GetRolesAsync(TenantA, member.Person.AadObjectId, None)).RoleIn("kungalv"));
        }
    }

    [Fact]
    public async Task DistrictGroup_AddedInOneTenant_IsAGroupThereOnly()
    {
        await using var h = Create(azurite);

        var added = await h.Registry.AddDistrictGroupAsync(AdminOfA, "goteborg", "Västra Hisingen", None);
        var again = await h.Registry.AddDistrictGroupAsync(AdminOfA, "goteborg", "västra hisingen", None);

        var group = Assert.IsType<ServiceResult<LocalGroup>.Success>(added).Value;
        Assert.Equal(("goteborg-vastra-hisingen", "goteborgsomradet", false), (group.Id, group.AreaId, group.Seeded));
        Assert.Equal("Västbusgruppen i Västra Hisingen (Göteborg)", group.Name.Sv);
        Assert.IsType<ServiceResult<LocalGroup>.Conflict>(again);
        Assert.NotNull(await h.Registry.FindGroupAsync(TenantA, group.Id, None));
        Assert.Null(await h.Registry.FindGroupAsync(TenantB, group.Id, None));
        Assert.Equal(50, (await h.Registry.GetGroupsAsync(TenantA, None)).Count);
        Assert.IsType<ServiceResult<GroupMember>.Success>(await h.Registry.AssignChairAsync(AdminOfA, group.Id, FormFor(User(TenantA, 1)), None));
        Assert.IsType<ServiceResult<LocalGroup>.Forbidden>(await h.Registry.AddDistrictGroupAsync(User(TenantA, 1), "goteborg", "Angered", None));
    }
}

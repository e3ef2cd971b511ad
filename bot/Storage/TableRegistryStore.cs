using Azure;
using Azure.Data.Tables;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;

namespace VastbusBot.Storage;

/// <summary>
/// The registry table: one partition per tenant (a tenant's registry is a few hundred rows), so related rows change
/// together in one entity-group transaction.
/// <list type="table">
/// <item><term><c>gv|{group}</c></term><description>group version row: the chair's id; every membership change of the group goes through its ETag.</description></item>
/// <item><term><c>gm|{group}|{user}</c></term><description>a member: name, function, organisation, role.</description></item>
/// <item><term><c>am|{area}|{user}</c></term><description>a coordinator of an area.</description></item>
/// <item><term><c>ad|{user}</c></term><description>an admin added through the bot.</description></item>
/// <item><term><c>tg|{group}</c></term><description>a district group added in this tenant.</description></item>
/// <item><term><c>u|{user}|gm|{group}</c>, <c>u|{user}|am|{area}</c>, <c>u|{user}|ad</c></term><description>the same facts indexed by user, so one range query gives all of a user's roles.</description></item>
/// </list>
/// </summary>
public sealed class TableRegistryStore(TableProvider tables) : IRegistryStore
{
    internal const string TableName = "registry";
    private const int Attempts = 3;

    public async Task<UserRegistryEntries> GetUserEntriesAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var prefix = UserPrefix(aadObjectId);
        var groups = new List<GroupMembership>();
        var areas = new List<string>();
        var admin = false;
        await foreach (var e in table.QueryAsync<TableEntity>(RecordKeys.PrefixFilter(RecordKeys.Tenant(tenantId), prefix), cancellationToken: cancellationToken))
        {
            var rest = e.RowKey[prefix.Length..];
            if (rest.StartsWith("gm|", StringComparison.Ordinal))
            {
                groups.Add(new GroupMembership(rest[3..], ParseRole(e.GetString("Role"))));
            }
            else if (rest.StartsWith("am|", StringComparison.Ordinal))
            {
                areas.Add(rest[3..]);
            }
            else if (rest == "ad")
            {
                admin = true;
            }
        }

        return new UserRegistryEntries(groups, areas, admin);
    }

    public async Task<IReadOnlyList<GroupMember>> GetMembersAsync(string tenantId, string groupId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var members = new List<GroupMember>();
        await foreach (var e in table.QueryAsync<TableEntity>(RecordKeys.PrefixFilter(RecordKeys.Tenant(tenantId), $"gm|{groupId}|"), cancellationToken: cancellationToken))
        {
            members.Add(ToMember(groupId, e));
        }

        return [.. members.OrderByDescending(m => m.Role).ThenBy(m => m.Person.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<RegistryWrite<GroupMember>> SetMemberAsync(string tenantId, string groupId, Person person, bool makeChair, Stamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(stamp);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var pk = RecordKeys.Tenant(tenantId);
        var user = RecordKeys.User(person.AadObjectId);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var version = await ReadAsync(table, pk, VersionRow(groupId), cancellationToken);
            var chair = version?.GetString("Chair") ?? string.Empty;
            var existing = await ReadAsync(table, pk, MemberRow(groupId, user), cancellationToken);
            var role = makeChair || chair == user ? GroupRole.Chair : GroupRole.Member;
            var added = existing is null ? stamp : StampOf(existing, "Added") ?? stamp;

            var actions = new List<TableTransactionAction> { VersionAction(pk, groupId, makeChair ? user : chair, version) };
            var member = new GroupMember(groupId, person with { AadObjectId = user }, role, added);
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(pk, member)));
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexEntity(pk, user, "gm|" + groupId, role)));
            if (makeChair && chair.Length > 0 && chair != user && await ReadAsync(table, pk, MemberRow(groupId, chair), cancellationToken) is not null)
            {
                // The previous chair stays in the group as a member.
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(pk, MemberRow(groupId, chair)) { ["Role"] = RoleCode(GroupRole.Member) }, ETag.All));
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexEntity(pk, chair, "gm|" + groupId, GroupRole.Member)));
            }

            if (await TrySubmitAsync(table, actions, cancellationToken))
            {
                return new RegistryWrite<GroupMember>(RegistryWriteOutcome.Done, member);
            }
        }

        return new RegistryWrite<GroupMember>(RegistryWriteOutcome.Conflict, null);
    }

    public async Task<RegistryWrite<GroupMember>> RemoveMemberAsync(string tenantId, string groupId, string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var pk = RecordKeys.Tenant(tenantId);
        var user = RecordKeys.User(aadObjectId);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var version = await ReadAsync(table, pk, VersionRow(groupId), cancellationToken);
            var existing = await ReadAsync(table, pk, MemberRow(groupId, user), cancellationToken);
            if (existing is null)
            {
                return new RegistryWrite<GroupMember>(RegistryWriteOutcome.NotFound, null);
            }

            var chair = version?.GetString("Chair") ?? string.Empty;
            var actions = new List<TableTransactionAction>
            {
                VersionAction(pk, groupId, chair == user ? string.Empty : chair, version),
                new(TableTransactionActionType.Delete, new TableEntity(pk, MemberRow(groupId, user)), ETag.All),
                new(TableTransactionActionType.Delete, new TableEntity(pk, IndexRow(user, "gm|" + groupId)), ETag.All),
            };
            if (await TrySubmitAsync(table, actions, cancellationToken))
            {
                return new RegistryWrite<GroupMember>(RegistryWriteOutcome.Done, ToMember(groupId, existing));
            }
        }

        return new RegistryWrite<GroupMember>(RegistryWriteOutcome.Conflict, null);
    }

    public async Task<IReadOnlyList<Coordinator>> GetCoordinatorsAsync(string tenantId, string areaId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var list = new List<Coordinator>();
        await foreach (var e in table.QueryAsync<TableEntity>(RecordKeys.PrefixFilter(RecordKeys.Tenant(tenantId), $"am|{areaId}|"), cancellationToken: cancellationToken))
        {
            list.Add(new Coordinator(areaId, ToPerson(e), StampOf(e, "Added")!));
        }

        return list;
    }

    public async Task<Coordinator> SetCoordinatorAsync(string tenantId, string areaId, Person person, Stamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var pk = RecordKeys.Tenant(tenantId);
        var user = RecordKeys.User(person.AadObjectId);
        var row = $"am|{areaId}|{user}";
        var added = StampOf(await ReadAsync(table, pk, row, cancellationToken), "Added") ?? stamp;
        var coordinator = new Coordinator(areaId, person with { AadObjectId = user }, added);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, PersonEntity(pk, row, coordinator.Person, added)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexEntity(pk, user, "am|" + areaId, null)),
            ],
            cancellationToken);
        return coordinator;
    }

    public async Task<Coordinator?> RemoveCoordinatorAsync(string tenantId, string areaId, string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var pk = RecordKeys.Tenant(tenantId);
        var user = RecordKeys.User(aadObjectId);
        var row = $"am|{areaId}|{user}";
        var existing = await ReadAsync(table, pk, row, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        await DeleteWithIndexAsync(table, pk, row, IndexRow(user, "am|" + areaId), cancellationToken);
        return new Coordinator(areaId, ToPerson(existing), StampOf(existing, "Added")!);
    }

    public async Task<IReadOnlyList<AdminEntry>> GetAdminsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var list = new List<AdminEntry>();
        await foreach (var e in table.QueryAsync<TableEntity>(RecordKeys.PrefixFilter(RecordKeys.Tenant(tenantId), "ad|"), cancellationToken: cancellationToken))
        {
            list.Add(new AdminEntry(e.GetString("AadObjectId") ?? e.RowKey[3..], e.GetString("Name"), FromConfiguration: false, StampOf(e, "Added")));
        }

        return list;
    }

    public async Task<AdminEntry> SetAdminAsync(string tenantId, Person person, Stamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var pk = RecordKeys.Tenant(tenantId);
        var user = RecordKeys.User(person.AadObjectId);
        var row = "ad|" + user;
        var added = StampOf(await ReadAsync(table, pk, row, cancellationToken), "Added") ?? stamp;
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, PersonEntity(pk, row, person with { AadObjectId = user }, added)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexEntity(pk, user, "ad", null)),
            ],
            cancellationToken);
        return new AdminEntry(user, person.Name, FromConfiguration: false, added);
    }

    public async Task<AdminEntry?> RemoveAdminAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var pk = RecordKeys.Tenant(tenantId);
        var user = RecordKeys.User(aadObjectId);
        var existing = await ReadAsync(table, pk, "ad|" + user, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        await DeleteWithIndexAsync(table, pk, "ad|" + user, IndexRow(user, "ad"), cancellationToken);
        return new AdminEntry(user, existing.GetString("Name"), FromConfiguration: false, StampOf(existing, "Added"));
    }

    public async Task<IReadOnlyList<TenantGroup>> GetTenantGroupsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var list = new List<TenantGroup>();
        await foreach (var e in table.QueryAsync<TableEntity>(RecordKeys.PrefixFilter(RecordKeys.Tenant(tenantId), "tg|"), cancellationToken: cancellationToken))
        {
            list.Add(new TenantGroup(e.RowKey[3..], e.GetString("MunicipalityId") ?? string.Empty, e.GetString("District") ?? string.Empty, StampOf(e, "Added")!));
        }

        return list;
    }

    public async Task<bool> AddTenantGroupAsync(string tenantId, TenantGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var table = await tables.GetTableAsync(TableName, cancellationToken);
        var entity = new TableEntity(RecordKeys.Tenant(tenantId), "tg|" + group.Id)
        {
            ["MunicipalityId"] = group.MunicipalityId,
            ["District"] = group.District,
        };
        SetStamp(entity, "Added", group.Added);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private static async Task<bool> TrySubmitAsync(TableClient table, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status is 409 or 412)
        {
            return false; // the group version row changed (or was created) since it was read: read again
        }
    }

    private static async Task DeleteWithIndexAsync(TableClient table, string pk, string row, string indexRow, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, row), ETag.All),
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, indexRow), ETag.All),
                ],
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // Removed concurrently by someone else: the outcome is the same.
        }
    }

    private static TableTransactionAction VersionAction(string pk, string groupId, string chair, TableEntity? current)
    {
        var entity = new TableEntity(pk, VersionRow(groupId)) { ["Chair"] = chair };
        return current is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.ETag);
    }

    private static async Task<TableEntity?> ReadAsync(TableClient table, string pk, string row, CancellationToken cancellationToken)
    {
        var result = await table.GetEntityIfExistsAsync<TableEntity>(pk, row, cancellationToken: cancellationToken);
        return result.HasValue ? result.Value : null;
    }

    private static TableEntity ToEntity(string pk, GroupMember member)
    {
        var entity = PersonEntity(pk, MemberRow(member.GroupId, member.Person.AadObjectId), member.Person, member.Added);
        entity["Role"] = RoleCode(member.Role);
        return entity;
    }

    private static TableEntity PersonEntity(string pk, string row, Person person, Stamp added)
    {
        var entity = new TableEntity(pk, row)
        {
            ["AadObjectId"] = person.AadObjectId,
            ["Name"] = person.Name,
            ["Function"] = person.Function,
            ["Organisation"] = person.Organisation,
        };
        SetStamp(entity, "Added", added);
        return entity;
    }

    private static TableEntity IndexEntity(string pk, string user, string suffix, GroupRole? role)
    {
        var entity = new TableEntity(pk, IndexRow(user, suffix));
        if (role is { } r)
        {
            entity["Role"] = RoleCode(r);
        }

        return entity;
    }

    private static GroupMember ToMember(string groupId, TableEntity e) =>
        new(groupId, ToPerson(e), ParseRole(e.GetString("Role")), StampOf(e, "Added")!);

    private static Person ToPerson(TableEntity e) =>
        new(e.GetString("AadObjectId") ?? string.Empty, e.GetString("Name") ?? string.Empty, e.GetString("Function"), e.GetString("Organisation"));

    private static void SetStamp(TableEntity entity, string prefix, Stamp stamp) => RecordStamps.Set(entity, prefix, stamp);

    private static Stamp? StampOf(TableEntity? e, string prefix) => e is null ? null : RecordStamps.Get(e, prefix);

    private static string RoleCode(GroupRole role) => role == GroupRole.Chair ? "chair" : "member";

    private static GroupRole ParseRole(string? code) => code == "chair" ? GroupRole.Chair : GroupRole.Member;

    private static string VersionRow(string groupId) => "gv|" + groupId;

    private static string MemberRow(string groupId, string user) => $"gm|{groupId}|{RecordKeys.User(user)}";

    private static string UserPrefix(string aadObjectId) => $"u|{RecordKeys.User(aadObjectId)}|";

    private static string IndexRow(string user, string suffix) => UserPrefix(user) + suffix;
}

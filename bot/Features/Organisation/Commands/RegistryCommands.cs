using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Commands;

namespace VastbusBot.Features.Organisation.Commands;

/// <summary>Shared plumbing of the registry commands: who is asking, and the group or area named after the command.</summary>
public abstract class RegistryCommand(IOrganisationRegistry registry) : ITextCommand
{
    public abstract IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; }

    protected IOrganisationRegistry Registry { get; } = registry;

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (RecordReplies.ActorOf(turn) is not { } actor)
        {
            await turn.ReplyAsync(RecordReplies.NoIdentity(turn.Language), cancellationToken);
            return;
        }

        await turn.ReplyAsync(await RunAsync(actor, turn.Language, argument, cancellationToken), cancellationToken);
    }

    protected abstract Task<CardActionResult> RunAsync(Actor actor, UiLanguage language, string argument, CancellationToken cancellationToken);

    /// <summary>The group named in <paramref name="argument"/>: (null, null) when none was named, an error when it is unknown.</summary>
    protected async Task<(string? GroupId, CardActionResult? Error)> GroupArgumentAsync(Actor actor, UiLanguage language, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(argument))
        {
            return (null, null);
        }

        var group = GroupNames.Find(await Registry.GetGroupsAsync(actor.TenantId, cancellationToken), argument);
        return group is null
            ? (null, CardActionResult.Message(FormTexts.UnknownGroupName.Format(language, argument)))
            : (group.Id, null);
    }
}

/// <summary><c>min roll</c> / <c>my role</c>: groups, areas, admin, user id and what the user can do.</summary>
public sealed class MyRoleCommand(IOrganisationRegistry registry, RegistryWorkflow workflow) : RegistryCommand(registry)
{
    public override IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["min roll", "mina roller", "vem är jag"],
        [UiLanguage.English] = ["my role", "my roles", "who am i"],
    };

    protected override Task<CardActionResult> RunAsync(Actor actor, UiLanguage language, string argument, CancellationToken cancellationToken) =>
        workflow.MyRoleAsync(actor, language, cancellationToken);
}

/// <summary><c>visa grupp [kommun]</c> / <c>show group [municipality]</c>: a group's chair and members.</summary>
public sealed class ShowGroupCommand(IOrganisationRegistry registry, RegistryWorkflow workflow) : RegistryCommand(registry)
{
    public override IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["visa grupp", "visa gruppen", "min grupp"],
        [UiLanguage.English] = ["show group", "show the group", "my group"],
    };

    protected override async Task<CardActionResult> RunAsync(Actor actor, UiLanguage language, string argument, CancellationToken cancellationToken)
    {
        var (groupId, error) = await GroupArgumentAsync(actor, language, argument, cancellationToken);
        return error ?? await workflow.GroupAsync(actor, language, groupId, null, cancellationToken);
    }
}

/// <summary><c>lägg till medlem [kommun]</c> / <c>add member [municipality]</c>: the add-member form (chairs and admins).</summary>
public sealed class AddMemberCommand(IOrganisationRegistry registry, RegistryWorkflow workflow) : RegistryCommand(registry)
{
    public override IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["lägg till medlem", "ny medlem"],
        [UiLanguage.English] = ["add member", "add a member", "new member"],
    };

    protected override async Task<CardActionResult> RunAsync(Actor actor, UiLanguage language, string argument, CancellationToken cancellationToken)
    {
        var (groupId, error) = await GroupArgumentAsync(actor, language, argument, cancellationToken);
        return error ?? await workflow.MemberFormAsync(actor, language, groupId, cancellationToken);
    }
}

/// <summary><c>utse ordförande [kommun]</c> / <c>assign chair [municipality]</c>: the assign-chair form (admins).</summary>
public sealed class AssignChairCommand(IOrganisationRegistry registry, RegistryWorkflow workflow) : RegistryCommand(registry)
{
    public override IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["utse ordförande", "ny ordförande"],
        [UiLanguage.English] = ["assign chair", "assign a chair", "new chair"],
    };

    protected override async Task<CardActionResult> RunAsync(Actor actor, UiLanguage language, string argument, CancellationToken cancellationToken)
    {
        var (groupId, error) = await GroupArgumentAsync(actor, language, argument, cancellationToken);
        return error ?? await workflow.ChairFormAsync(actor, language, groupId, cancellationToken);
    }
}

/// <summary><c>utse samordnare [område]</c> / <c>assign coordinator [area]</c>: the assign-coordinator form (admins).</summary>
public sealed class AssignCoordinatorCommand(IOrganisationRegistry registry, RegistryWorkflow workflow) : RegistryCommand(registry)
{
    public override IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["utse samordnare", "ny samordnare"],
        [UiLanguage.English] = ["assign coordinator", "assign a coordinator", "new coordinator"],
    };

    protected override Task<CardActionResult> RunAsync(Actor actor, UiLanguage language, string argument, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return workflow.CoordinatorFormAsync(actor, language, null, cancellationToken);
        }

        var wanted = CommandRouter.Normalize(argument);
        var area = Registry.Catalog.Areas.FirstOrDefault(a =>
            a.Id == wanted || CommandRouter.Normalize(a.Name.Sv) == wanted || CommandRouter.Normalize(a.Name.En) == wanted);
        return area is null
            ? Task.FromResult(CardActionResult.Message(RegistryTexts.UnknownArea.Format(language, argument, string.Join(", ", Registry.Catalog.Areas.Select(a => a.Name[language])))))
            : workflow.CoordinatorFormAsync(actor, language, area.Id, cancellationToken);
    }
}

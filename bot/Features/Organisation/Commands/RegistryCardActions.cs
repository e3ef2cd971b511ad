using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Commands;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Organisation.Commands;

/// <summary>The registry cards' buttons: open the forms, save a member, a chair or a coordinator, show a group.</summary>
public sealed class RegistryCardActions(IOrganisationRegistry registry, RegistryWorkflow workflow) : ICardAction
{
    public IReadOnlyCollection<string> Verbs { get; } =
    [
        RegistryCards.AddMemberVerb, RegistryCards.AssignChairVerb, RegistryCards.AssignCoordinatorVerb,
        RegistryCards.MemberFormVerb, RegistryCards.ChairFormVerb, RegistryCards.CoordinatorFormVerb, RegistryCards.ShowGroupVerb,
    ];

    public async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (RecordReplies.ActorOf(turn) is not { } actor)
        {
            return RecordReplies.NoIdentity(turn.Language);
        }

        var values = FormValues.From(request);
        var language = turn.Language;
        var groupId = values.Get(RegistryCards.GroupKey);
        return request.Verb switch
        {
            RegistryCards.AddMemberVerb => await SaveMemberAsync(actor, language, values, PersonFormKind.Member, cancellationToken),
            RegistryCards.AssignChairVerb => await SaveMemberAsync(actor, language, values, PersonFormKind.Chair, cancellationToken),
            RegistryCards.AssignCoordinatorVerb => await SaveCoordinatorAsync(actor, language, values, cancellationToken),
            RegistryCards.MemberFormVerb => await workflow.MemberFormAsync(actor, language, groupId, cancellationToken),
            RegistryCards.ChairFormVerb => await workflow.ChairFormAsync(actor, language, groupId, cancellationToken),
            RegistryCards.CoordinatorFormVerb => await workflow.CoordinatorFormAsync(actor, language, values.Get(RegistryCards.AreaKey), cancellationToken),
            RegistryCards.ShowGroupVerb => await workflow.GroupAsync(actor, language, groupId, null, cancellationToken),
            _ => CardActionResult.Message(turn.Text(CommonText.UnknownButton)),
        };
    }

    private async Task<CardActionResult> SaveMemberAsync(Actor actor, UiLanguage language, FormValues values, PersonFormKind kind, CancellationToken cancellationToken)
    {
        var groupId = values.Get(RegistryCards.GroupKey);
        var form = PersonFormOf(values);
        var prefilled = kind == PersonFormKind.Chair && form.AadObjectId == actor.AadObjectId;
        if (string.IsNullOrWhiteSpace(groupId))
        {
            return await FormAgainAsync(actor, language, kind, groupId, form, prefilled, new FormErrors([Required(RegistryCards.GroupKey)]), cancellationToken);
        }

        var result = kind == PersonFormKind.Chair
            ? await registry.AssignChairAsync(actor, groupId, form, cancellationToken)
            : await registry.AddMemberAsync(actor, groupId, form, cancellationToken);
        switch (result)
        {
            case ServiceResult<GroupMember>.Success { Value: var member }:
                var group = (await registry.FindGroupAsync(actor.TenantId, groupId, cancellationToken))!;
                var text = (kind == PersonFormKind.Chair ? RegistryTexts.ChairAssigned : RegistryTexts.MemberAdded)
                    .Format(language, member.Person.Name, group.Name[language]);
                return await workflow.GroupAsync(actor, language, groupId, new CardBanner(text, BannerKind.Success), cancellationToken);
            case ServiceResult<GroupMember>.ValidationFailed invalid:
                return await FormAgainAsync(actor, language, kind, groupId, form, prefilled, new FormErrors(invalid.Errors), cancellationToken);
            default:
                return RecordReplies.Failure(result, language);
        }
    }

    private async Task<CardActionResult> SaveCoordinatorAsync(Actor actor, UiLanguage language, FormValues values, CancellationToken cancellationToken)
    {
        var areaId = values.Get(RegistryCards.AreaKey);
        var form = PersonFormOf(values);
        var prefilled = form.AadObjectId == actor.AadObjectId;
        if (string.IsNullOrWhiteSpace(areaId))
        {
            return CardActionResult.ReplaceCard(RegistryCards.CoordinatorForm(
                language, registry.Catalog.Areas, areaId, form, prefilled, new FormErrors([Required(RegistryCards.AreaKey)])));
        }

        var result = await registry.AssignCoordinatorAsync(actor, areaId, form, cancellationToken);
        switch (result)
        {
            case ServiceResult<Coordinator>.Success { Value: var coordinator }:
                var area = registry.Catalog.FindArea(areaId)!;
                var all = await registry.GetCoordinatorsAsync(actor, areaId, cancellationToken);
                var text = RegistryTexts.CoordinatorAssigned.Format(language, coordinator.Person.Name, area.Name[language]);
                return CardActionResult.ReplaceCard(RegistryCards.Coordinators(language, area, all.ValueOrDefault ?? [coordinator], new CardBanner(text, BannerKind.Success)));
            case ServiceResult<Coordinator>.ValidationFailed invalid:
                return CardActionResult.ReplaceCard(RegistryCards.CoordinatorForm(language, registry.Catalog.Areas, areaId, form, prefilled, new FormErrors(invalid.Errors)));
            default:
                return RecordReplies.Failure(result, language);
        }
    }

    private async Task<CardActionResult> FormAgainAsync(
        Actor actor, UiLanguage language, PersonFormKind kind, string? groupId, PersonForm form, bool prefilled, FormErrors errors, CancellationToken cancellationToken)
    {
        var groups = kind == PersonFormKind.Chair
            ? await registry.GetGroupsAsync(actor.TenantId, cancellationToken)
            : await workflow.ManageableGroupsAsync(actor, cancellationToken);
        return CardActionResult.ReplaceCard(RegistryCards.PersonForm(language, kind, groups, groupId, form, prefilled, errors));
    }

    private static PersonForm PersonFormOf(FormValues values) => new(
        values.Get(RecordFields.AadObjectId), values.Get(RecordFields.Name), values.Get(RecordFields.Function), values.Get(RecordFields.Organisation));

    private static FieldError Required(string field) => new(field, ErrorCodes.Required, RecordsText.Required);
}

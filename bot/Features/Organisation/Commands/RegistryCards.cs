using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Organisation.Commands;

/// <summary>Which registry form a person card is: adding a member or assigning a chair.</summary>
public enum PersonFormKind
{
    Member,
    Chair,
}

/// <summary>The registry cards: the user's role, a group with its members, and the forms to add members, chairs and coordinators.</summary>
public static class RegistryCards
{
    public const string AddMemberVerb = "registry.addMember";
    public const string AssignChairVerb = "registry.assignChair";
    public const string AssignCoordinatorVerb = "registry.assignCoordinator";
    public const string MemberFormVerb = "registry.memberForm";
    public const string ChairFormVerb = "registry.chairForm";
    public const string CoordinatorFormVerb = "registry.coordinatorForm";
    public const string ShowGroupVerb = "registry.showGroup";

    public const string GroupKey = MeetingCards.GroupKey;
    public const string AreaKey = "areaId";

    /// <summary>Members listed on a group card (the card budget); more are counted.</summary>
    public const int MaxMembersShown = 40;

    /// <summary>What <c>min roll</c> / <c>my role</c> shows: groups, areas, admin, and the commands that fit.</summary>
    public static AdaptiveCard MyRole(
        UiLanguage language, Actor actor, IReadOnlyList<UserGroup> groups, IReadOnlyList<Area> coordinatorOf, bool isAdmin)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(coordinatorOf);
        var body = new List<CardElement> { CardKit.Title(RegistryTexts.MyRoleTitle[language]) };
        if (actor.Name is { } name)
        {
            body.Add(CardKit.Labelled(RegistryTexts.Name[language] + ":", name));
        }

        body.Add(CardKit.Labelled(RegistryTexts.UserId[language] + ":", actor.AadObjectId));
        body.Add(CardKit.Subtle(RegistryTexts.UserIdHint[language]));

        body.Add(CardKit.Section(RegistryTexts.Groups[language]));
        body.AddRange(groups.Count == 0
            ? [CardKit.Subtle(RegistryTexts.NoGroups[language])]
            : groups.Select(g => (CardElement)new TextBlock { Text = "• " + g.Group.Name[language] + " – " + GroupRoles.Label(g.Role)[language], Spacing = Spacing.None }));
        if (coordinatorOf.Count > 0)
        {
            body.Add(CardKit.Section(RegistryTexts.CoordinatorOf[language]));
            body.AddRange(coordinatorOf.Select(a => (CardElement)new TextBlock { Text = "• " + a.Name[language], Spacing = Spacing.None }));
        }

        body.Add(CardKit.Labelled(RegistryTexts.Admin[language] + ":", (isAdmin ? FormTexts.Yes : FormTexts.No)[language], Spacing.Medium));

        var can = new List<LocalizedText> { RegistryTexts.CanReport };
        if (groups.Count > 0)
        {
            can.Add(RegistryTexts.CanLog);
        }

        if (groups.Any(g => g.Role == GroupRole.Chair) || coordinatorOf.Count > 0 || isAdmin)
        {
            can.Add(RegistryTexts.CanHandle);
        }

        if (groups.Any(g => g.Role == GroupRole.Chair))
        {
            can.Add(RegistryTexts.CanManage);
        }

        if (isAdmin)
        {
            can.Add(RegistryTexts.CanAdminister);
        }

        body.Add(CardKit.Section(RegistryTexts.WhatYouCanDo[language]));
        body.AddRange(can.Select(c => (CardElement)new TextBlock { Text = "• " + c[language], Spacing = Spacing.None }));
        if (groups.Count == 0 && !isAdmin)
        {
            body.Add(CardKit.Subtle(RegistryTexts.AskToJoin[language], Spacing.Small));
        }

        var actions = new List<CardAction>();
        if (groups.Count > 0)
        {
            actions.Add(CardActions.Execute(RegistryTexts.ShowGroup[language], ShowGroupVerb, CardData.For(language, (GroupKey, groups[0].Group.Id))));
        }

        if (isAdmin)
        {
            actions.Add(CardActions.Execute(RegistryTexts.AssignChair[language], ChairFormVerb, CardData.For(language)));
            actions.Add(CardActions.Execute(RegistryTexts.AssignCoordinator[language], CoordinatorFormVerb, CardData.For(language)));
        }

        if (isAdmin || groups.Any(g => g.Role == GroupRole.Chair))
        {
            actions.Add(CardActions.Execute(RegistryTexts.AddMember[language], MemberFormVerb, CardData.For(language)));
        }

        return Card(body, RegistryTexts.MyRoleTitle[language], actions);
    }

    /// <summary>A group with its area, chair and members.</summary>
    public static AdaptiveCard Group(UiLanguage language, GroupDetails details, bool canManage, bool isAdmin, CardBanner? banner = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var group = details.Group;
        var area = details.Area.Name[language] + (details.Area.Established ? string.Empty : " " + RegistryTexts.AreaNotEstablished[language]);
        var body = new List<CardElement> { CardKit.Title(group.Name[language]), CardKit.Subtle(RegistryTexts.Area[language] + ": " + area) };
        if (banner is not null)
        {
            body.Add(CardKit.Banner(banner));
        }

        body.Add(details.Chair is { } chair
            ? CardKit.Labelled(RegistryTexts.Chair[language] + ":", Describe(chair.Person), Spacing.Medium)
            : CardKit.Subtle(RegistryTexts.NoChair[language], Spacing.Medium));
        body.Add(CardKit.Section(RegistryTexts.Members.Format(language, details.Members.Count)));
        body.AddRange(details.Members.Count == 0
            ? [CardKit.Subtle(RegistryTexts.NoMembers[language])]
            : details.Members
                .OrderByDescending(m => m.Role == GroupRole.Chair)
                .ThenBy(m => m.Person.Name, StringComparer.CurrentCultureIgnoreCase)
                .Take(MaxMembersShown)
                .Select(m => (CardElement)new RichTextBlock
                {
                    Spacing = Spacing.None,
                    Inlines =
                    [
                        new TextRun { Text = "• " + Describe(m.Person) },
                        new TextRun { Text = m.Role == GroupRole.Chair ? "  (" + GroupRoles.Label(m.Role)[language] + ")" : string.Empty, IsSubtle = true },
                    ],
                }));

        if (details.Members.Count > MaxMembersShown)
        {
            body.Add(CardKit.Subtle(MeetingTexts.AndMore.Format(language, details.Members.Count - MaxMembersShown)));
        }

        var actions = new List<CardAction>();
        if (canManage)
        {
            actions.Add(CardActions.Execute(RegistryTexts.AddMember[language], MemberFormVerb, CardData.For(language, (GroupKey, group.Id))));
        }

        if (isAdmin)
        {
            actions.Add(CardActions.Execute(RegistryTexts.AssignChair[language], ChairFormVerb, CardData.For(language, (GroupKey, group.Id))));
        }

        return Card(body, group.Name[language], actions);
    }

    /// <summary>The form to add a member or assign a chair; <paramref name="form"/> holds what is typed (or prefilled).</summary>
    public static AdaptiveCard PersonForm(
        UiLanguage language, PersonFormKind kind, IReadOnlyList<LocalGroup> groups, string? groupId, PersonForm form, bool prefilledWithSelf, FormErrors? errors = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(form);
        errors ??= FormErrors.None;
        var title = (kind == PersonFormKind.Chair ? RegistryTexts.AssignChair : RegistryTexts.AddMember)[language];
        var body = new List<CardElement> { CardKit.Title(title) };
        if (CardKit.ErrorSummary(errors, f => LabelOf(f, language), language) is { } summary)
        {
            body.Add(summary);
        }

        body.Add(CardKit.Subtle(RegistryTexts.PersonIntro[language], Spacing.Small));
        if (prefilledWithSelf)
        {
            body.Add(CardKit.Subtle(RegistryTexts.PrefilledWithYou[language], Spacing.Small));
        }

        body.AddRange(CardKit.ChoiceInput(
            GroupKey, FormTexts.Group[language], RecordDisplay.GroupChoices(groups), groupId, errors.For(GroupKey), language,
            required: true, style: ChoiceInputStyle.Filtered, placeholder: FormTexts.ChooseGroup[language]));
        body.AddRange(PersonInputs(language, form, errors, functionRequired: true));
        var verb = kind == PersonFormKind.Chair ? AssignChairVerb : AddMemberVerb;
        return Card(body, title, [CardActions.Execute(FormTexts.Save[language], verb, CardData.For(language), ActionStyle.Positive)]);
    }

    /// <summary>The form to assign a delregional coordinator to an area.</summary>
    public static AdaptiveCard CoordinatorForm(
        UiLanguage language, IReadOnlyList<Area> areas, string? areaId, PersonForm form, bool prefilledWithSelf, FormErrors? errors = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(form);
        errors ??= FormErrors.None;
        var title = RegistryTexts.AssignCoordinator[language];
        var body = new List<CardElement> { CardKit.Title(title) };
        if (CardKit.ErrorSummary(errors, f => LabelOf(f, language), language) is { } summary)
        {
            body.Add(summary);
        }

        body.Add(CardKit.Subtle(RegistryTexts.CoordinatorIntro[language], Spacing.Small));
        if (prefilledWithSelf)
        {
            body.Add(CardKit.Subtle(RegistryTexts.PrefilledWithYou[language], Spacing.Small));
        }

        body.AddRange(CardKit.ChoiceInput(
            AreaKey, RegistryTexts.Area[language], areas.Select(a => new Choice(a.Name[language], a.Id)), areaId, errors.For(AreaKey), language,
            required: true, placeholder: RegistryTexts.ChooseArea[language]));
        body.AddRange(PersonInputs(language, form, errors, functionRequired: false));
        return Card(body, title, [CardActions.Execute(FormTexts.Save[language], AssignCoordinatorVerb, CardData.For(language), ActionStyle.Positive)]);
    }

    /// <summary>An area's coordinators, after one was assigned.</summary>
    public static AdaptiveCard Coordinators(UiLanguage language, Area area, IReadOnlyList<Coordinator> coordinators, CardBanner? banner)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(coordinators);
        var title = RegistryTexts.CoordinatorsTitle.Format(language, area.Name[language]);
        var body = new List<CardElement> { CardKit.Title(title) };
        if (banner is not null)
        {
            body.Add(CardKit.Banner(banner));
        }

        body.AddRange(coordinators.Select(c => (CardElement)new RichTextBlock { Spacing = Spacing.Small, Inlines = [new TextRun { Text = "• " + Describe(c.Person) }] }));
        return Card(body, title, [CardActions.Execute(RegistryTexts.AssignCoordinator[language], CoordinatorFormVerb, CardData.For(language, (AreaKey, area.Id)))]);
    }

    public static string LabelOf(string field, UiLanguage language) => field switch
    {
        GroupKey => FormTexts.Group[language],
        AreaKey => RegistryTexts.Area[language],
        RecordFields.AadObjectId => RegistryTexts.PersonId[language],
        RecordFields.Name => RegistryTexts.Name[language],
        RecordFields.Function => RegistryTexts.Function[language],
        RecordFields.Organisation => RegistryTexts.Organisation[language],
        _ => field,
    };

    /// <summary>"Anna Berg, enhetschef, Socialtjänsten".</summary>
    public static string Describe(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return string.Join(", ", new[] { person.Name, person.Function, person.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    private static IEnumerable<CardElement> PersonInputs(UiLanguage language, PersonForm form, FormErrors errors, bool functionRequired)
    {
        foreach (var e in CardKit.TextInput(RecordFields.AadObjectId, RegistryTexts.PersonId[language], form.AadObjectId, errors.For(RecordFields.AadObjectId), language, required: true, maxLength: 40))
        {
            yield return e;
        }

        foreach (var e in CardKit.TextInput(RecordFields.Name, RegistryTexts.Name[language], form.Name, errors.For(RecordFields.Name), language, required: true, maxLength: PersonValidator.MaxNameLength))
        {
            yield return e;
        }

        var function = functionRequired ? RegistryTexts.Function : RegistryTexts.FunctionOptional;
        foreach (var e in CardKit.TextInput(RecordFields.Function, function[language], form.Function, errors.For(RecordFields.Function), language, required: functionRequired, maxLength: PersonValidator.MaxFunctionLength))
        {
            yield return e;
        }

        var organisation = functionRequired ? RegistryTexts.Organisation : RegistryTexts.OrganisationOptional;
        foreach (var e in CardKit.TextInput(RecordFields.Organisation, organisation[language], form.Organisation, errors.For(RecordFields.Organisation), language, required: functionRequired, maxLength: PersonValidator.MaxOrganisationLength))
        {
            yield return e;
        }
    }

    private static AdaptiveCard Card(List<CardElement> body, string fallback, IList<CardAction> actions) => new()
    {
        FallbackText = fallback,
        MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
        Body = body,
        Actions = actions.Count == 0 ? null : actions,
    };
}

using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>
/// The deviation cards: the report form, the reporter's receipt, the chair's handling card (also sent proactively),
/// the reporter's status notice, and the list with its filters.
/// </summary>
public static class DeviationCards
{
    public const string ReportVerb = "deviation.report";
    public const string HandleVerb = "deviation.handle";
    public const string OpenVerb = "deviation.open";
    public const string ListVerb = "deviation.list";
    public const string NewVerb = "deviation.new";

    public const string GroupKey = MeetingCards.GroupKey;
    public const string DeviationKey = "deviationId";
    public const string VersionKey = MeetingCards.VersionKey;

    public const string FilterStatusId = "filterStatus";
    public const string FilterYearId = "filterYear";
    public const string FilterGroupId = "filterGroup";

    /// <summary>The value of the "any status" and "all my groups" filter choices.</summary>
    public const string AllFilter = "all";

    /// <summary>Rows per list section; more are counted, not shown (the budget of a card).</summary>
    public const int MaxListed = 8;

    /// <summary>The user's own reports listed when they also handle deviations (their handling list comes first).</summary>
    public const int MaxMineWhenHandling = 5;

    private const int ListExcerptLength = 70;

    /// <summary>The report form; <paramref name="submissionId"/> stays the same until the report is stored.</summary>
    public static AdaptiveCard ReportForm(
        UiLanguage language,
        IReadOnlyList<LocalGroup> groups,
        DeviationFormState state,
        string submissionId,
        DateOnly today,
        FormErrors? errors = null,
        CardBanner? banner = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(state);
        errors ??= FormErrors.None;
        var body = CardKit.FormHeader(FormTitle(language), banner is null ? [] : [banner], errors, f => LabelOf(f, language), language);

        body.Add(CardKit.Subtle(DeviationTexts.FormIntro[language], Spacing.Small));
        body.AddRange(CardKit.ChoiceInput(
            GroupKey, DeviationTexts.GroupConcerned[language], RecordDisplay.GroupChoices(groups), state.GroupId, errors.For(GroupKey), language,
            required: true, style: ChoiceInputStyle.Filtered, placeholder: FormTexts.ChooseGroup[language]));
        body.AddRange(CardKit.DateInput(RecordFields.Date, DeviationTexts.DateOfEvent[language], state.Date, errors.For(RecordFields.Date), language, today));
        body.AddRange(CardKit.TextInput(
            RecordFields.ReportingOrganisation, DeviationTexts.ReportingOrganisation[language], state.ReportingOrganisation, errors.For(RecordFields.ReportingOrganisation), language,
            required: true, maxLength: DeviationValidator.MaxOrganisationLength, placeholder: DeviationTexts.ReportingOrganisationPlaceholder[language]));

        var partyErrors = errors.ForList(RecordFields.PartiesConcerned);
        body.AddRange(CardKit.ChoiceInput(
            RecordFields.PartiesConcerned, DeviationTexts.PartiesConcerned[language], DeviationParties.Choices(language), string.Join(',', state.PartyCodes),
            [.. partyErrors.Where(e => !state.IsOtherPartyError(e))], language, multiSelect: true, placeholder: DeviationTexts.ChooseParties[language]));
        body.AddRange(CardKit.TextInput(
            DeviationFormState.OtherPartyId, DeviationTexts.OtherParty[language], state.OtherParty, [.. partyErrors.Where(state.IsOtherPartyError)], language,
            maxLength: DeviationValidator.MaxOrganisationLength));
        body.AddRange(CardKit.ChoiceInput(
            RecordFields.Category, DeviationTexts.Category[language], DeviationCategories.All.Select(c => new Choice(c.Label[language], c.Code)), state.Category,
            errors.For(RecordFields.Category), language, required: true, placeholder: DeviationTexts.ChooseCategory[language]));
        body.AddRange(CardKit.TextInput(
            RecordFields.Description, DeviationTexts.Description[language], state.Description, errors.For(RecordFields.Description), language,
            required: true, multiline: true, maxLength: DeviationValidator.MaxDescriptionLength, placeholder: DeviationTexts.DescriptionPlaceholder[language]));
        body.AddRange(CardKit.TextInput(
            RecordFields.ProposedAction, DeviationTexts.ProposedAction[language], state.ProposedAction, errors.For(RecordFields.ProposedAction), language,
            multiline: true, maxLength: DeviationValidator.MaxProposedActionLength));

        return Card(body, FormTitle(language),
        [
            CardActions.Execute(DeviationTexts.Send[language], ReportVerb, CardData.For(language, (RecordFields.SubmissionId, submissionId)), ActionStyle.Positive),
        ]);
    }

    /// <summary>What the reporter sees after sending (and when opening their own report): no analysis.</summary>
    public static AdaptiveCard ReporterView(UiLanguage language, LocalGroup group, Deviation deviation, params CardBanner[] banners)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(deviation);
        ArgumentNullException.ThrowIfNull(banners);
        var title = DeviationTexts.ReportedTitle.Format(language, group.Name[language]);
        var body = new List<CardElement> { CardKit.Title(title) };
        body.AddRange(banners.Select(CardKit.Banner));
        body.AddRange(Details(language, group, deviation));
        body.AddRange(History(language, deviation));
        body.Add(CardKit.Subtle(DeviationTexts.ReporterViewNote[language], Spacing.Medium));
        return Card(body, title, [CardActions.Execute(DeviationTexts.ShowMine[language], ListVerb, CardData.For(language))]);
    }

    /// <summary>
    /// The chair's card (also the coordinators' and admins'): the report, its history, and the status and analysis
    /// inputs. <paramref name="status"/> and <paramref name="analysis"/> are what the user typed, when the card comes
    /// back with errors; otherwise the stored values are shown.
    /// </summary>
    public static AdaptiveCard Handling(
        UiLanguage language,
        LocalGroup group,
        Deviation deviation,
        IReadOnlyList<CardBanner>? banners = null,
        FormErrors? errors = null,
        string? status = null,
        string? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(deviation);
        errors ??= FormErrors.None;
        var title = DeviationTexts.HandleTitle.Format(language, group.Name[language]);
        var body = CardKit.FormHeader(title, banners ?? [], errors, f => LabelOf(f, language), language);

        body.AddRange(Details(language, group, deviation));
        body.Add(CardKit.Labelled(DeviationTexts.ReportedBy[language] + ":", RecordDisplay.Stamp(deviation.Reported, language)));
        body.AddRange(History(language, deviation));

        var options = new[] { deviation.Status }.Concat(DeviationStatuses.AllowedFrom(deviation.Status));
        body.Add(CardKit.Section(DeviationTexts.NewStatus[language]));
        body.AddRange(CardKit.ChoiceInput(
            RecordFields.Status, DeviationTexts.NewStatus[language], options.Select(s => new Choice(DeviationStatuses.Label(s)[language], DeviationStatuses.Code(s))),
            status ?? DeviationStatuses.Code(deviation.Status), errors.For(RecordFields.Status), language, required: true, style: ChoiceInputStyle.Expanded));
        body.Add(CardKit.Subtle(DeviationTexts.AnalysisHint[language], Spacing.Small));
        body.AddRange(CardKit.TextInput(
            RecordFields.Analysis, DeviationTexts.Analysis[language], analysis ?? deviation.Analysis, errors.For(RecordFields.Analysis), language,
            multiline: true, maxLength: DeviationValidator.MaxAnalysisLength));

        var data = CardData.For(language, (GroupKey, group.Id), (DeviationKey, deviation.Id), (VersionKey, deviation.Version));
        return Card(body, title,
        [
            CardActions.Execute(DeviationTexts.SaveHandling[language], HandleVerb, data, ActionStyle.Positive),
            CardActions.Execute(DeviationTexts.ListTitle.Format(language, deviation.Content.Date.Year), ListVerb, CardData.For(language, (FilterYearId, deviation.Content.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        ]);
    }

    /// <summary>The proactive notice to the reporter when the status of their report changed.</summary>
    public static AdaptiveCard StatusNotice(UiLanguage language, LocalGroup group, Deviation deviation, StatusChange change)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(deviation);
        ArgumentNullException.ThrowIfNull(change);
        var from = change.From is { } f ? DeviationStatuses.Label(f)[language] : "–";
        var body = new List<CardElement>
        {
            CardKit.Title(DeviationTexts.StatusChangedTitle[language]),
            new TextBlock
            {
                Text = DeviationTexts.StatusChangedText.Format(
                    language, group.Name[language], RecordDisplay.Date(deviation.Content.Date), from, DeviationStatuses.Label(change.To)[language]),
            },
            CardKit.Section(DeviationTexts.YourReport[language]),
        };
        body.AddRange(Details(language, group, deviation));
        body.AddRange(History(language, deviation));
        body.Add(CardKit.Subtle(DeviationTexts.ReporterViewNote[language], Spacing.Medium));
        return Card(body, DeviationTexts.StatusChangedTitle[language], [CardActions.Execute(DeviationTexts.ShowMine[language], ListVerb, CardData.For(language))]);
    }

    /// <summary>The deviations to handle and the user's own reports, with the filters that produced them.</summary>
    public static AdaptiveCard List(UiLanguage language, DeviationListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var title = DeviationTexts.ListTitle.Format(language, view.Year);
        var body = new List<CardElement> { CardKit.Title(title) };
        body.Add(Filters(language, view));
        if (view.Note is { } note)
        {
            body.Add(CardKit.Banner(new CardBanner(note[language], BannerKind.Info)));
        }

        if (view.ToHandle is { } toHandle)
        {
            body.Add(CardKit.Section(DeviationTexts.ToHandle[language] + " (" + toHandle.Count + ")"));
            AddRows(body, language, toHandle, DeviationTexts.NoneToHandle, MaxListed);
        }

        body.Add(CardKit.Section(DeviationTexts.Mine[language] + " (" + view.Mine.Count + ")"));
        AddRows(body, language, view.Mine, DeviationTexts.NoneMine, view.ToHandle is null ? MaxListed : MaxMineWhenHandling);

        var data = CardData.For(language);
        return Card(body, title,
        [
            CardActions.Execute(DeviationTexts.ApplyFilter[language], ListVerb, data, ActionStyle.Positive),
            CardActions.Execute(DeviationTexts.Report[language], NewVerb, CardData.For(language)),
        ]);
    }

    /// <summary>The label of a form field, for the error summary.</summary>
    public static string LabelOf(string field, UiLanguage language) => field switch
    {
        GroupKey => DeviationTexts.GroupConcerned[language],
        RecordFields.Date => DeviationTexts.DateOfEvent[language],
        RecordFields.ReportingOrganisation => DeviationTexts.ReportingOrganisation[language],
        RecordFields.Category => DeviationTexts.Category[language],
        RecordFields.Description => DeviationTexts.Description[language],
        RecordFields.ProposedAction => DeviationTexts.ProposedAction[language],
        RecordFields.Status => DeviationTexts.NewStatus[language],
        RecordFields.Analysis => DeviationTexts.Analysis[language],
        _ when field.StartsWith(RecordFields.PartiesConcerned, StringComparison.Ordinal) => DeviationTexts.PartiesConcerned[language],
        _ => field,
    };

    private static string FormTitle(UiLanguage language) => DeviationTexts.FormTitle[language];

    private static IEnumerable<CardElement> Details(UiLanguage language, LocalGroup group, Deviation deviation)
    {
        var c = deviation.Content;
        yield return CardKit.Labelled(DeviationTexts.Status[language] + ":", DeviationStatuses.Label(deviation.Status)[language], Spacing.Medium);
        yield return CardKit.Labelled(DeviationTexts.DateOfEvent[language] + ":", RecordDisplay.Date(c.Date));
        yield return CardKit.Labelled(FormTexts.Group[language] + ":", group.Name[language]);
        yield return CardKit.Labelled(DeviationTexts.ReportingOrganisation[language] + ":", c.ReportingOrganisation);
        yield return CardKit.Labelled(DeviationTexts.PartiesConcerned[language] + ":", string.Join(", ", c.PartiesConcerned.Select(p => DeviationParties.Display(p, language))));
        yield return CardKit.Labelled(DeviationTexts.Category[language] + ":", DeviationCategories.Label(c.Category)[language]);
        yield return CardKit.Section(DeviationTexts.Description[language]);
        foreach (var line in CardKit.Plain(c.Description, Spacing.None))
        {
            yield return line;
        }

        if (!string.IsNullOrWhiteSpace(c.ProposedAction))
        {
            yield return CardKit.Section(DeviationTexts.ProposedAction[language]);
            foreach (var line in CardKit.Plain(c.ProposedAction, Spacing.None))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<CardElement> History(UiLanguage language, Deviation deviation)
    {
        yield return CardKit.Section(DeviationTexts.History[language]);
        foreach (var change in deviation.History)
        {
            var what = change.From is { } from
                ? DeviationStatuses.Label(from)[language] + " → " + DeviationStatuses.Label(change.To)[language]
                : DeviationStatuses.Label(change.To)[language];
            yield return new RichTextBlock
            {
                Spacing = Spacing.None,
                Inlines =
                [
                    new TextRun { Text = RecordDisplay.LocalTime(change.By.At) + "  " },
                    new TextRun { Text = what, Weight = TextWeight.Bolder },
                    new TextRun { Text = string.IsNullOrWhiteSpace(change.By.Name) ? string.Empty : "  (" + change.By.Name + ")", IsSubtle = true },
                ],
            };
        }
    }

    private static Container Filters(UiLanguage language, DeviationListView view)
    {
        var statuses = new[] { new Choice(DeviationTexts.AnyStatus[language], AllFilter) }
            .Concat(DeviationStatuses.All.Select(s => new Choice(s.Label[language], s.Code)));
        var years = Enumerable.Range(0, 3).Select(i => view.CurrentYear - i).Append(view.Year).Distinct().OrderDescending()
            .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(y => new Choice(y, y));
        var groups = new[] { new Choice(DeviationTexts.AllMyGroups[language], AllFilter) }.Concat(RecordDisplay.GroupChoices(view.GroupChoices));
        return new Container
        {
            Style = ContainerStyle.Emphasis,
            Items =
            [
                new ColumnSet
                {
                    Columns =
                    [
                        FilterColumn(FilterStatusId, DeviationTexts.FilterStatus[language], statuses, view.Status is { } s ? DeviationStatuses.Code(s) : AllFilter),
                        FilterColumn(FilterYearId, DeviationTexts.FilterYear[language], years, view.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        FilterColumn(FilterGroupId, DeviationTexts.FilterGroup[language], groups, view.GroupId ?? AllFilter),
                    ],
                },
            ],
        };
    }

    private static Column FilterColumn(string id, string label, IEnumerable<Choice> choices, string value) => new()
    {
        Width = ColumnWidth.Stretch,
        Items = [new InputChoiceSet { Id = id, Label = label, Choices = [.. choices], Value = value }],
    };

    private static void AddRows(List<CardElement> body, UiLanguage language, IReadOnlyList<(LocalGroup Group, Deviation Deviation)> rows, LocalizedText none, int max)
    {
        if (rows.Count == 0)
        {
            body.Add(CardKit.Subtle(none[language]));
            return;
        }

        body.AddRange(rows.Take(max).Select(r => (CardElement)Row(language, r.Group, r.Deviation)));
        if (rows.Count > max)
        {
            body.Add(CardKit.Subtle(DeviationTexts.MoreNotShown.Format(language, rows.Count - max)));
        }
    }

    private static Container Row(UiLanguage language, LocalGroup group, Deviation deviation) => new()
    {
        SelectAction = CardKit.RowAction(
            MeetingTexts.Open[language], OpenVerb, CardData.For(language, (GroupKey, group.Id), (DeviationKey, deviation.Id))),
        Items =
        [
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = RecordDisplay.Date(deviation.Content.Date) + "  ", Weight = TextWeight.Bolder },
                    new TextRun { Text = RecordDisplay.ShortName(group) + " · " + DeviationCategories.Label(deviation.Content.Category)[language] + "  " },
                    new TextRun { Text = DeviationStatuses.Label(deviation.Status)[language], Weight = TextWeight.Bolder, Color = StatusColor(deviation.Status) },
                ],
            },
            new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = CardKit.Excerpt(deviation.Content.Description, ListExcerptLength), IsSubtle = true }] },
        ],
    };

    private static TextColor StatusColor(DeviationStatus status) => status switch
    {
        DeviationStatus.Received => TextColor.Attention,
        DeviationStatus.UnderAnalysis => TextColor.Warning,
        DeviationStatus.Resolved => TextColor.Good,
        _ => TextColor.Accent,
    };

    private static AdaptiveCard Card(List<CardElement> body, string fallback, IList<CardAction> actions) => new()
    {
        FallbackText = fallback,
        MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
        Body = body,
        Actions = actions,
    };
}

/// <summary>What the deviation list shows: the filters, the deviations to handle (null for someone who handles none) and the user's own.</summary>
/// <param name="Year">The year filtered on.</param>
/// <param name="CurrentYear">This year (the year filter offers it and the two before).</param>
/// <param name="Status">The status filtered on, or null for any.</param>
/// <param name="GroupId">The group filtered on, or null for every group the user handles.</param>
/// <param name="GroupChoices">The groups the group filter offers.</param>
/// <param name="ToHandle">The deviations the user handles, or null when the user handles none.</param>
/// <param name="Mine">The user's own reports that match the filters.</param>
/// <param name="Note">A note above the lists (e.g. why nothing is listed to handle).</param>
public sealed record DeviationListView(
    int Year,
    int CurrentYear,
    DeviationStatus? Status,
    string? GroupId,
    IReadOnlyList<LocalGroup> GroupChoices,
    IReadOnlyList<(LocalGroup Group, Deviation Deviation)>? ToHandle,
    IReadOnlyList<(LocalGroup Group, Deviation Deviation)> Mine,
    LocalizedText? Note);

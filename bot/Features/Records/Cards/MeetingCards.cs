using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>The meeting cards: the form (new and edit), the read-only summary, the year list and the join card.</summary>
public static class MeetingCards
{
    public const string SaveVerb = "meeting.save";
    public const string UpdateVerb = "meeting.update";
    public const string MoreRowsVerb = "meeting.rows";
    public const string EditVerb = "meeting.edit";
    public const string ShowVerb = "meeting.show";
    public const string ListVerb = "meeting.list";
    public const string NewVerb = "meeting.new";
    public const string JoinVerb = "meeting.join";

    public const string GroupKey = "groupId";
    public const string MeetingKey = "meetingId";
    public const string VersionKey = "version";
    public const string RowsKey = "rows";
    public const string YearKey = "year";
    public const string RoleKey = "role";
    public const string ChairRole = "chair";
    public const string MemberRole = "member";

    /// <summary>Meetings listed on the year card (a group meets a few times a year); more are counted.</summary>
    public const int MaxListed = 20;

    private const int ListExcerptLength = 70;

    /// <summary>The form for a new meeting. <paramref name="submissionId"/> stays the same until the meeting is stored.</summary>
    public static AdaptiveCard NewForm(
        UiLanguage language,
        IReadOnlyList<LocalGroup> groups,
        MeetingFormState state,
        string submissionId,
        int rows,
        DateOnly today,
        FormErrors? errors = null,
        CardBanner? banner = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(state);
        errors ??= FormErrors.None;
        var body = Header(MeetingTexts.FormTitle[language], banner, errors, language);
        body.Add(CardKit.Subtle(MeetingTexts.FormIntro[language], Spacing.Small));
        var groupValue = state.GroupId ?? (groups.Count == 1 ? groups[0].Id : null);
        body.AddRange(CardKit.ChoiceInput(
            GroupKey, FormTexts.Group[language], RecordDisplay.GroupChoices(groups), groupValue, errors.For(GroupKey), language, required: true, placeholder: FormTexts.ChooseGroup[language]));
        body.AddRange(Fields(language, state, rows, today, errors));

        var data = CardData.For(language, (RecordFields.SubmissionId, submissionId), (RowsKey, rows));
        return Card(body, MeetingTexts.FormTitle[language],
        [
            CardActions.Execute(MeetingTexts.SaveMeeting[language], SaveVerb, data, ActionStyle.Positive),
            .. MoreRows(language, rows, data),
        ]);
    }

    /// <summary>The form for changing a stored meeting; it carries the version it was read at.</summary>
    public static AdaptiveCard EditForm(
        UiLanguage language,
        LocalGroup group,
        string meetingId,
        string version,
        MeetingFormState state,
        int rows,
        DateOnly today,
        FormErrors? errors = null,
        CardBanner? banner = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(state);
        errors ??= FormErrors.None;
        var body = Header(MeetingTexts.EditTitle[language], banner, errors, language);
        body.Add(CardKit.Subtle(group.Name[language], Spacing.Small));
        body.AddRange(Fields(language, state, rows, today, errors));

        var data = CardData.For(language, (GroupKey, group.Id), (MeetingKey, meetingId), (VersionKey, version), (RowsKey, rows));
        return Card(body, MeetingTexts.EditTitle[language],
        [
            CardActions.Execute(MeetingTexts.SaveChanges[language], UpdateVerb, data, ActionStyle.Positive),
            .. MoreRows(language, rows, data),
        ]);
    }

    /// <summary>A stored meeting, read-only, with an Edit button.</summary>
    public static AdaptiveCard Summary(UiLanguage language, LocalGroup group, Meeting meeting, CardBanner? banner = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meeting);
        var c = meeting.Content;
        var title = MeetingTexts.SummaryTitle.Format(language, RecordDisplay.Date(c.Date));
        var body = new List<CardElement> { CardKit.Title(title), CardKit.Subtle(group.Name[language]) };
        if (banner is not null)
        {
            body.Add(CardKit.Banner(banner));
        }

        body.Add(CardKit.Section(MeetingTexts.Participants[language]));
        body.AddRange(c.Participants.Take(MeetingCardLimits.ParticipantsShown).Select(p => (CardElement)Bullet(
            MeetingCardLimits.Shown(p.Name, MeetingCardLimits.NameLength) + ", " + MeetingCardLimits.Shown(p.Organisation, MeetingCardLimits.OrganisationLength))));
        if (c.Participants.Count > MeetingCardLimits.ParticipantsShown)
        {
            body.Add(CardKit.Subtle(MeetingTexts.AndMore.Format(language, c.Participants.Count - MeetingCardLimits.ParticipantsShown)));
        }

        body.Add(CardKit.Section(MeetingTexts.Topics[language]));
        body.AddRange(CardKit.Plain(MeetingCardLimits.Shown(c.Topics, MeetingCardLimits.TopicsLength), Spacing.None));
        AddOptional(body, MeetingTexts.Decisions[language], c.Decisions, MeetingCardLimits.DecisionsLength);
        if (c.Trainings.Count > 0)
        {
            body.Add(CardKit.Section(MeetingTexts.TrainingsHeading[language]));
            body.AddRange(c.Trainings.Take(MeetingCardLimits.TrainingsShown).Select(t => (CardElement)Bullet(MeetingCardLimits.Shown(t, MeetingCardLimits.TrainingsLength))));
            if (c.Trainings.Count > MeetingCardLimits.TrainingsShown)
            {
                body.Add(CardKit.Subtle(MeetingTexts.AndMore.Format(language, c.Trainings.Count - MeetingCardLimits.TrainingsShown)));
            }
        }

        AddOptional(body, MeetingTexts.DeviationsDiscussed[language], c.DeviationsDiscussed, MeetingCardLimits.DeviationsDiscussedLength);
        if (MeetingCardLimits.IsShortened(c))
        {
            body.Add(CardKit.Subtle(MeetingTexts.Shortened[language], Spacing.Medium));
        }

        body.Add(CardKit.Subtle(MeetingTexts.LoggedBy.Format(language, RecordDisplay.Stamp(meeting.Created, language)), Spacing.Medium));
        if (meeting.Updated is { } updated)
        {
            body.Add(CardKit.Subtle(MeetingTexts.ChangedBy.Format(language, RecordDisplay.Stamp(updated, language))));
        }

        return Card(body, title,
        [
            CardActions.Execute(MeetingTexts.Edit[language], EditVerb, CardData.For(language, (GroupKey, group.Id), (MeetingKey, meeting.Id))),
            CardActions.Execute(MeetingTexts.ShowMeetingsOf.Format(language, c.Date.Year), ListVerb, YearData(language, c.Date.Year, group.Id)),
        ]);
    }

    /// <summary>The meetings of one year, per group, newest first.</summary>
    /// <param name="language">The card's language.</param>
    /// <param name="year">The year shown.</param>
    /// <param name="currentYear">This year (no button to a later one).</param>
    /// <param name="groups">Each group with its meetings of the year.</param>
    /// <param name="groupId">The group asked for by name, kept on the year buttons; null for the user's own groups.</param>
    /// <param name="canLog">Whether to offer "Log meeting".</param>
    public static AdaptiveCard List(
        UiLanguage language,
        int year,
        int currentYear,
        IReadOnlyList<(LocalGroup Group, IReadOnlyList<Meeting> Meetings)> groups,
        string? groupId,
        bool canLog)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var title = MeetingTexts.ListTitle.Format(language, year);
        var body = new List<CardElement> { CardKit.Title(title) };
        var room = MaxListed;
        foreach (var (group, meetings) in groups)
        {
            var heading = meetings.Count == 1
                ? MeetingTexts.GroupCountOne.Format(language, group.Name[language])
                : MeetingTexts.GroupCount.Format(language, group.Name[language], meetings.Count);
            body.Add(CardKit.Section(heading));
            if (meetings.Count == 0)
            {
                body.Add(CardKit.Subtle(MeetingTexts.NoneThisYear.Format(language, year)));
                continue;
            }

            var shown = Math.Min(room, meetings.Count);
            body.AddRange(meetings.Take(shown).Select(m => (CardElement)Row(language, group, m)));
            room -= shown;
            if (meetings.Count > shown)
            {
                body.Add(CardKit.Subtle(MeetingTexts.MoreNotShown.Format(language, meetings.Count - shown)));
            }
        }

        var actions = new List<CardAction>();
        if (canLog)
        {
            actions.Add(CardActions.Execute(MeetingTexts.LogMeeting[language], NewVerb, CardData.For(language), ActionStyle.Positive));
        }

        actions.Add(CardActions.Execute("← " + (year - 1), ListVerb, YearData(language, year - 1, groupId)));
        if (year < currentYear)
        {
            actions.Add(CardActions.Execute((year + 1) + " →", ListVerb, YearData(language, year + 1, groupId)));
        }

        return Card(body, title, actions);
    }

    /// <summary>For an admin in no group: join a group as chair or member, then log the meeting.</summary>
    public static AdaptiveCard Join(
        UiLanguage language, IReadOnlyList<LocalGroup> groups, string? groupId, string? function, string? organisation, FormErrors? errors = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        errors ??= FormErrors.None;
        var body = Header(MeetingTexts.NoGroupTitle[language], null, errors, language);
        body.Add(new TextBlock { Text = MeetingTexts.NoGroupAdmin[language] });
        body.AddRange(CardKit.ChoiceInput(
            GroupKey, FormTexts.Group[language], RecordDisplay.GroupChoices(groups), groupId, errors.For(GroupKey), language,
            required: true, style: ChoiceInputStyle.Filtered, placeholder: FormTexts.ChooseGroup[language]));
        body.AddRange(CardKit.TextInput(RecordFields.Function, MeetingTexts.YourFunction[language], function, errors.For(RecordFields.Function), language, required: true, maxLength: PersonValidator.MaxFunctionLength));
        body.AddRange(CardKit.TextInput(RecordFields.Organisation, MeetingTexts.YourOrganisation[language], organisation, errors.For(RecordFields.Organisation), language, required: true, maxLength: PersonValidator.MaxOrganisationLength));
        return Card(body, MeetingTexts.NoGroupTitle[language],
        [
            CardActions.Execute(MeetingTexts.MakeMeChair[language], JoinVerb, CardData.For(language, (RoleKey, ChairRole)), ActionStyle.Positive),
            CardActions.Execute(MeetingTexts.AddMeAsMember[language], JoinVerb, CardData.For(language, (RoleKey, MemberRole))),
        ]);
    }

    /// <summary>The label of a form field, for the error summary.</summary>
    public static string LabelOf(string field, UiLanguage language) => field switch
    {
        GroupKey => FormTexts.Group[language],
        RecordFields.Date => FormTexts.Date[language],
        RecordFields.Topics => MeetingTexts.Topics[language],
        RecordFields.Decisions => MeetingTexts.Decisions[language],
        RecordFields.DeviationsDiscussed => MeetingTexts.DeviationsDiscussed[language],
        RecordFields.Function => MeetingTexts.YourFunction[language],
        RecordFields.Organisation => MeetingTexts.YourOrganisation[language],
        _ when field.StartsWith(RecordFields.Participants, StringComparison.Ordinal) =>
            CardKit.ItemLabel(field, RecordFields.Participants, MeetingTexts.Participants[language], language),
        _ when field.StartsWith(RecordFields.Trainings, StringComparison.Ordinal) =>
            CardKit.ItemLabel(field, RecordFields.Trainings, MeetingTexts.TrainingsHeading[language], language),
        _ => field,
    };

    private static List<CardElement> Header(string title, CardBanner? banner, FormErrors errors, UiLanguage language) =>
        CardKit.FormHeader(title, banner is null ? [] : [banner], errors, f => LabelOf(f, language), language);

    private static IEnumerable<CardElement> Fields(UiLanguage language, MeetingFormState state, int rows, DateOnly today, FormErrors errors)
    {
        foreach (var e in CardKit.DateInput(RecordFields.Date, FormTexts.Date[language], state.Date, errors.For(RecordFields.Date), language, today))
        {
            yield return e;
        }

        yield return CardKit.Section(MeetingTexts.Participants[language]);
        yield return CardKit.Subtle(MeetingTexts.ParticipantsHint[language]);
        for (var i = 0; i < rows; i++)
        {
            var row = i < state.Participants.Count ? state.Participants[i] : null;
            yield return new ColumnSet
            {
                Spacing = Spacing.Small,
                Columns =
                [
                    RowColumn(language, MeetingFormState.NameId(i), MeetingFormState.NameField(i), MeetingTexts.ParticipantName[language], row?.Name, i, MeetingCardLimits.NameLength, errors),
                    RowColumn(language, MeetingFormState.OrganisationId(i), MeetingFormState.OrganisationField(i), MeetingTexts.ParticipantOrganisation[language], row?.Organisation, i, MeetingCardLimits.OrganisationLength, errors),
                ],
            };
        }

        foreach (var error in errors.For(RecordFields.Participants))
        {
            yield return CardKit.FieldError(error.Message[language]);
        }

        foreach (var e in CardKit.TextInput(RecordFields.Topics, MeetingTexts.Topics[language], state.Topics, errors.For(RecordFields.Topics), language, required: true, multiline: true, maxLength: MeetingCardLimits.Allow(MeetingCardLimits.TopicsLength, state.Topics)))
        {
            yield return e;
        }

        foreach (var e in CardKit.TextInput(RecordFields.Decisions, MeetingTexts.Decisions[language], state.Decisions, errors.For(RecordFields.Decisions), language, multiline: true, maxLength: MeetingCardLimits.Allow(MeetingCardLimits.DecisionsLength, state.Decisions)))
        {
            yield return e;
        }

        // Errors of single lines name the line, since all trainings share one input.
        var trainingErrors = errors.ForList(RecordFields.Trainings)
            .Select(e => e.Field == RecordFields.Trainings ? e : e with { Message = LineMessage(e, MeetingTexts.TrainingsHeading) })
            .ToList();
        foreach (var e in CardKit.TextInput(RecordFields.Trainings, MeetingTexts.Trainings[language], state.Trainings, trainingErrors, language, multiline: true, maxLength: MeetingCardLimits.Allow(MeetingCardLimits.TrainingsLength, state.Trainings)))
        {
            yield return e;
        }

        foreach (var e in CardKit.TextInput(
            RecordFields.DeviationsDiscussed, MeetingTexts.DeviationsDiscussed[language], state.DeviationsDiscussed, errors.For(RecordFields.DeviationsDiscussed), language,
            multiline: true, maxLength: MeetingCardLimits.Allow(MeetingCardLimits.DeviationsDiscussedLength, state.DeviationsDiscussed), placeholder: MeetingTexts.DeviationsDiscussedPlaceholder[language]))
        {
            yield return e;
        }
    }

    private static Column RowColumn(UiLanguage language, string id, string field, string label, string? value, int row, int maxLength, FormErrors errors)
    {
        var fieldErrors = errors.For(field);
        var items = new List<CardElement>
        {
            new InputText
            {
                Id = id,
                Label = row == 0 ? label : null,
                Placeholder = row == 0 ? null : label,
                Value = string.IsNullOrEmpty(value) ? null : value,
                MaxLength = MeetingCardLimits.Allow(maxLength, value),
            },
        };
        items.AddRange(fieldErrors.Select(e => (CardElement)CardKit.FieldError(RowMessage(e)[language])));
        return new Column { Width = ColumnWidth.Stretch, Items = items };
    }

    /// <summary>Row inputs are half the card wide, so their errors are short; the identifier's kind and excerpt are not needed to find it.</summary>
    private static LocalizedText RowMessage(FieldError error) => error.Code switch
    {
        ErrorCodes.Identifier => MeetingTexts.RowIdentifier,
        ErrorCodes.Required => MeetingTexts.RowRequired,
        _ => error.Message,
    };

    private static LocalizedText LineMessage(FieldError error, LocalizedText listLabel) => new(
        CardKit.ItemLabel(error.Field, RecordFields.Trainings, listLabel.Sv, UiLanguage.Swedish) + ": " + error.Message.Sv,
        CardKit.ItemLabel(error.Field, RecordFields.Trainings, listLabel.En, UiLanguage.English) + ": " + error.Message.En);

    private static IEnumerable<CardAction> MoreRows(UiLanguage language, int rows, Dictionary<string, object?> data)
    {
        if (rows < MeetingCardLimits.MaxRows)
        {
            yield return CardActions.Execute(MeetingTexts.MoreRows[language], MoreRowsVerb, data);
        }
    }

    private static void AddOptional(List<CardElement> body, string heading, string? text, int limit)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            body.Add(CardKit.Section(heading));
            body.AddRange(CardKit.Plain(MeetingCardLimits.Shown(text, limit), Spacing.None));
        }
    }

    private static RichTextBlock Bullet(string text) => new() { Spacing = Spacing.None, Inlines = [new TextRun { Text = "• " + text }] };

    private static Container Row(UiLanguage language, LocalGroup group, Meeting meeting) => new()
    {
        SelectAction = CardKit.RowAction(
            MeetingTexts.Open[language], ShowVerb, CardData.For(language, (GroupKey, group.Id), (MeetingKey, meeting.Id))),
        Items =
        [
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = RecordDisplay.Date(meeting.Content.Date) + "  ", Weight = TextWeight.Bolder },
                    new TextRun { Text = CardKit.Excerpt(meeting.Content.Topics, ListExcerptLength) },
                    new TextRun { Text = "  · " + MeetingTexts.ParticipantCount.Format(language, meeting.Content.Participants.Count), IsSubtle = true },
                ],
            },
        ],
    };

    private static Dictionary<string, object?> YearData(UiLanguage language, int year, string? groupId) =>
        groupId is null ? CardData.For(language, (YearKey, year)) : CardData.For(language, (YearKey, year), (GroupKey, groupId));

    private static AdaptiveCard Card(List<CardElement> body, string fallback, IList<CardAction> actions) => new()
    {
        FallbackText = fallback,
        MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
        Body = body,
        Actions = actions,
    };
}

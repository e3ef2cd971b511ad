using System.Globalization;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Booking;

/// <summary>What the booking form shows: the booking id it books under, the areas offered and the values as typed.</summary>
public sealed record BookingFormModel(string BookingId, IReadOnlyList<Area> Areas, BookingForm Values, DateOnly Today);

/// <summary>
/// The booking cards: the form, the proposals, the confirmation (with Move and Cancel), the move card, the cancel
/// question and the cancelled card. Every button carries the card's language, the booking id and its area.
/// </summary>
public static class BookingCards
{
    public const string ProposeVerb = "booking.propose";
    public const string EditVerb = "booking.edit";
    public const string NewVerb = "booking.new";
    public const string BookVerb = "booking.book";
    public const string ShowVerb = "booking.show";
    public const string MoveVerb = "booking.move";
    public const string MoveToVerb = "booking.moveto";
    public const string CancelVerb = "booking.cancel";
    public const string ConfirmCancelVerb = "booking.cancelconfirm";

    public const string BookingKey = "booking";
    public const string AreaKey = "area";
    public const string StartKey = "start";

    public static IReadOnlyList<string> Verbs { get; } =
        [ProposeVerb, EditVerb, NewVerb, BookVerb, ShowVerb, MoveVerb, MoveToVerb, CancelVerb, ConfirmCancelVerb];

    /// <summary>The booking form, with what was typed, the errors next to their inputs and an optional note on top.</summary>
    public static AdaptiveCard Form(UiLanguage language, BookingFormModel model, IReadOnlyList<FieldError>? errors = null, LocalizedText? notice = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var v = model.Values;
        var body = new List<CardElement>
        {
            Heading(BookingTexts.FormTitle[language]),
            new TextBlock { Text = BookingTexts.FormIntro[language] },
        };
        AddNotice(body, notice, language);

        body.Add(new InputChoiceSet
        {
            Id = BookingFields.Area,
            Label = BookingTexts.Area[language],
            IsRequired = true,
            ErrorMessage = RecordsText.Required[language],
            Style = ChoiceInputStyle.Compact,
            Value = v.AreaId,
            Choices = [.. model.Areas.Select(a => new Choice(a.Name[language], a.Id))],
        });
        AddErrors(body, errors, BookingFields.Area, language);

        body.Add(new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Stretch, Items = [DateInput(BookingFields.From, BookingTexts.From[language], v.From, model.Today, language), .. Errors(errors, BookingFields.From, language)] },
                new Column { Width = ColumnWidth.Stretch, Items = [DateInput(BookingFields.To, BookingTexts.To[language], v.To, model.Today, language), .. Errors(errors, BookingFields.To, language)] },
            ],
        });

        body.Add(new InputChoiceSet
        {
            Id = BookingFields.Duration,
            Label = BookingTexts.Duration[language],
            IsRequired = true,
            ErrorMessage = RecordsText.Required[language],
            Style = ChoiceInputStyle.Compact,
            Value = v.DurationMinutes,
            Choices = [.. BookingFormValidator.Durations.Select(m => new Choice(BookingFormat.Duration(m, language), m.ToString(CultureInfo.InvariantCulture)))],
        });
        AddErrors(body, errors, BookingFields.Duration, language);

        body.Add(new InputChoiceSet
        {
            Id = BookingFields.Mode,
            Label = BookingTexts.Mode[language],
            Style = ChoiceInputStyle.Expanded,
            Value = string.IsNullOrWhiteSpace(v.Mode) ? BookingForm.Online : v.Mode,
            Choices = [new Choice(BookingTexts.Online[language], BookingForm.Online), new Choice(BookingTexts.OnSite[language], BookingForm.OnSite)],
        });
        AddErrors(body, errors, BookingFields.Mode, language);

        body.Add(new InputText
        {
            Id = BookingFields.Location,
            Label = BookingTexts.Location[language],
            Placeholder = BookingTexts.LocationPlaceholder[language],
            Value = v.Location,
            MaxLength = BookingFormValidator.MaxLocationLength,
        });
        AddErrors(body, errors, BookingFields.Location, language);

        body.Add(new InputText
        {
            Id = BookingFields.Agenda,
            Label = BookingTexts.Agenda[language],
            Value = v.Agenda,
            IsMultiline = true,
            MaxLength = BookingFormValidator.MaxAgendaLength,
        });
        AddErrors(body, errors, BookingFields.Agenda, language);
        body.Add(new TextBlock { Text = CommonText.PrivacyReminder[language], IsSubtle = true, Size = TextSize.Small });

        return new AdaptiveCard
        {
            FallbackText = BookingTexts.FormTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions = [CardActions.Execute(BookingTexts.Propose[language], ProposeVerb, CardData.For(language, (BookingKey, model.BookingId)), ActionStyle.Positive)],
        };
    }

    /// <summary>3–5 proposed times, each with who cannot come and a button that books it.</summary>
    public static AdaptiveCard Proposals(UiLanguage language, Gathering gathering, Area area, TimeZoneInfo zone, LocalizedText? notice = null)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        ArgumentNullException.ThrowIfNull(area);
        var title = $"{BookingTexts.ProposalsTitle[language]} – {area.Name[language]}";
        var mode = gathering.Request.Online ? BookingTexts.Online[language] : $"{BookingTexts.OnSite[language]}: {gathering.Request.Location}";
        var body = new List<CardElement>
        {
            Heading(title),
            new TextBlock { Text = BookingTexts.ProposalsIntro.Format(language, BookingFormat.Duration(gathering.Request.DurationMinutes, language), mode) },
        };
        AddNotice(body, notice, language);
        AddOptions(body, language, gathering, zone, BookVerb, BookingTexts.BookOption);
        AddGuests(body, language, gathering);

        return new AdaptiveCard
        {
            FallbackText = title,
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions = [CardActions.Execute(BookingTexts.EditForm[language], EditVerb, Data(language, gathering))],
        };
    }

    /// <summary>The booked gathering: when, where, the join link, who is invited; Move and Cancel.</summary>
    public static AdaptiveCard Confirmation(UiLanguage language, Gathering gathering, Area area, TimeZoneInfo zone, LocalizedText? notice = null)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        ArgumentNullException.ThrowIfNull(area);
        var booked = gathering.Event ?? throw new ArgumentException("The gathering is not booked.", nameof(gathering));
        var calendarOwner = gathering.Booker is { } booker && string.Equals(booker.AadObjectId, gathering.Organizer, StringComparison.OrdinalIgnoreCase)
            ? booker.Name
            : gathering.Organizer;
        var body = new List<CardElement>
        {
            Heading(BookingTexts.BookedTitle[language], TextColor.Good),
        };
        AddNotice(body, notice, language, TextColor.Default);
        body.Add(new TextBlock { Text = BookingTexts.BookedIntro.Format(language, BookingFormat.Genitive(calendarOwner, language)) });
        var facts = new List<Fact>
        {
            new(BookingTexts.When[language], BookingFormat.When(booked.Start, booked.End, zone, language)),
            new(BookingTexts.Area[language], area.Name[language]),
            new(BookingTexts.Mode[language], gathering.Request.Online ? BookingTexts.Online[language] : BookingTexts.OnSite[language]),
        };
        if (!string.IsNullOrWhiteSpace(gathering.Request.Location))
        {
            facts.Add(new Fact(BookingTexts.Where[language], gathering.Request.Location));
        }

        body.Add(new FactSet { Facts = facts });
        if (booked.JoinUrl is { Length: > 0 } join)
        {
            body.Add(new TextBlock { Text = $"[{BookingTexts.JoinLink[language]}]({join})", Weight = TextWeight.Bolder });
        }

        AddGuests(body, language, gathering);

        var actions = new List<CardAction>();
        if (booked.JoinUrl is { Length: > 0 } url)
        {
            actions.Add(new OpenUrlAction { Title = BookingTexts.JoinLink[language], Url = url });
        }

        actions.Add(CardActions.Execute(BookingTexts.Move[language], MoveVerb, Data(language, gathering)));
        actions.Add(CardActions.Execute(BookingTexts.Cancel[language], CancelVerb, Data(language, gathering), ActionStyle.Destructive));
        return new AdaptiveCard
        {
            FallbackText = BookingTexts.BookedTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions = actions,
        };
    }

    /// <summary>New times to move a booked gathering to, and a period to search in.</summary>
    public static AdaptiveCard Move(
        UiLanguage language,
        Gathering gathering,
        TimeZoneInfo zone,
        DateOnly today,
        LocalizedText? notice = null,
        IReadOnlyList<FieldError>? errors = null,
        (string? From, string? To)? typed = null)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        var booked = gathering.Event ?? throw new ArgumentException("The gathering is not booked.", nameof(gathering));
        var body = new List<CardElement>
        {
            Heading(BookingTexts.MoveTitle[language]),
            new TextBlock { Text = BookingTexts.MoveIntro.Format(language, BookingFormat.When(booked.Start, booked.End, zone, language)) },
        };
        AddNotice(body, notice, language);
        if (gathering.OptionsForMove)
        {
            AddOptions(body, language, gathering, zone, MoveToVerb, BookingTexts.MoveHere);
        }

        var from = typed?.From ?? FormChecker.Iso(gathering.Request.From);
        var to = typed?.To ?? FormChecker.Iso(gathering.Request.To);
        body.Add(new TextBlock { Text = BookingTexts.OtherPeriod[language], Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true });
        body.Add(new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Stretch, Items = [DateInput(BookingFields.From, BookingTexts.From[language], from, today, language), .. Errors(errors, BookingFields.From, language)] },
                new Column { Width = ColumnWidth.Stretch, Items = [DateInput(BookingFields.To, BookingTexts.To[language], to, today, language), .. Errors(errors, BookingFields.To, language)] },
            ],
        });

        return new AdaptiveCard
        {
            FallbackText = BookingTexts.MoveTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions =
            [
                CardActions.Execute(BookingTexts.ShowTimes[language], MoveVerb, Data(language, gathering)),
                WithoutInputs(CardActions.Execute(BookingTexts.Back[language], ShowVerb, Data(language, gathering))),
            ],
        };
    }

    /// <summary>"Cancel the chairs' meeting?" with Yes and No.</summary>
    public static AdaptiveCard ConfirmCancel(UiLanguage language, Gathering gathering, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        var booked = gathering.Event ?? throw new ArgumentException("The gathering is not booked.", nameof(gathering));
        return new AdaptiveCard
        {
            FallbackText = BookingTexts.CancelTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body =
            [
                Heading(BookingTexts.CancelTitle[language]),
                new TextBlock { Text = BookingTexts.CancelQuestion.Format(language, Capitalise(BookingFormat.When(booked.Start, booked.End, zone, language))) },
            ],
            Actions =
            [
                CardActions.Execute(BookingTexts.ConfirmCancel[language], ConfirmCancelVerb, Data(language, gathering), ActionStyle.Destructive),
                CardActions.Execute(BookingTexts.KeepIt[language], ShowVerb, Data(language, gathering)),
            ],
        };
    }

    /// <summary>The gathering is cancelled; a button starts a new booking for the same area.</summary>
    public static AdaptiveCard Cancelled(UiLanguage language, Gathering gathering, TimeZoneInfo zone, LocalizedText? notice = null)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        var body = new List<CardElement> { Heading(BookingTexts.CancelledTitle[language]) };
        AddNotice(body, notice, language);
        if (gathering.Event is { } booked)
        {
            body.Add(new TextBlock { Text = BookingTexts.CancelledBody.Format(language, Capitalise(BookingFormat.When(booked.Start, booked.End, zone, language))) });
        }

        return new AdaptiveCard
        {
            FallbackText = BookingTexts.CancelledTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions = [CardActions.Execute(BookingTexts.BookNew[language], NewVerb, CardData.For(language, (AreaKey, gathering.AreaId)))],
        };
    }

    /// <summary>The card for a gathering as it now is: proposals for a draft, the confirmation once booked, or cancelled.</summary>
    public static AdaptiveCard ForStatus(UiLanguage language, Gathering gathering, Area area, TimeZoneInfo zone, LocalizedText? notice = null)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        return gathering.Status switch
        {
            GatheringStatus.Draft => Proposals(language, gathering, area, zone, notice),
            GatheringStatus.Booked => Confirmation(language, gathering, area, zone, notice),
            _ => Cancelled(language, gathering, zone, notice),
        };
    }

    /// <summary>The round-trip form of a time on a button (ISO 8601 with offset).</summary>
    public static string StartValue(DateTimeOffset start) => start.ToString("o", CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> Data(UiLanguage language, Gathering gathering) =>
        CardData.For(language, (BookingKey, gathering.Id), (AreaKey, gathering.AreaId));

    private static void AddOptions(List<CardElement> body, UiLanguage language, Gathering gathering, TimeZoneInfo zone, string verb, LocalizedText buttonText)
    {
        var asked = gathering.Reachable.Count();
        foreach (var option in gathering.Options)
        {
            var free = asked - option.Busy.Count - option.Unknown.Count;
            var items = new List<CardElement>
            {
                new TextBlock { Text = Capitalise(BookingFormat.When(option.Start, option.End, zone, language)), Weight = TextWeight.Bolder },
                new TextBlock
                {
                    Text = free == asked ? BookingTexts.AllFree.Format(language, asked) : BookingTexts.SomeFree.Format(language, free, asked),
                    Color = free == asked ? TextColor.Good : TextColor.Default,
                    Spacing = Spacing.None,
                },
            };
            if (option.Busy.Count > 0)
            {
                items.Add(new TextBlock { Text = BookingTexts.BusyList.Format(language, Names(gathering, option.Busy)), Spacing = Spacing.None, Color = TextColor.Warning });
            }

            if (option.Unknown.Count > 0)
            {
                items.Add(new TextBlock { Text = BookingTexts.UnknownList.Format(language, Names(gathering, option.Unknown)), Spacing = Spacing.None, IsSubtle = true });
            }

            items.Add(new ActionSet
            {
                Actions =
                [
                    WithoutInputs(CardActions.Execute(
                        buttonText.Format(language, BookingFormat.Short(option.Start, zone, language)),
                        verb,
                        CardData.For(language, (BookingKey, gathering.Id), (AreaKey, gathering.AreaId), (StartKey, StartValue(option.Start))))),
                ],
            });
            body.Add(new Container { Items = items, Separator = true, Spacing = Spacing.Medium });
        }
    }

    /// <summary>A button that needs none of the card's inputs, so the client does not hold it back over an input it would refuse.</summary>
    private static ExecuteAction WithoutInputs(ExecuteAction action)
    {
        action.AssociatedInputs = AssociatedInputs.None;
        if (action.Fallback is SubmitAction fallback)
        {
            fallback.AssociatedInputs = AssociatedInputs.None;
        }

        return action;
    }

    private static void AddGuests(List<CardElement> body, UiLanguage language, Gathering gathering)
    {
        var invited = gathering.Attendees.Where(a => a.Address is not null).ToList();
        body.Add(new TextBlock { Text = $"{BookingTexts.Invited[language]} ({invited.Count})", Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true });
        body.Add(new FactSet { Facts = [.. invited.Select(a => new Fact(a.Name, RoleText(a, language)))] });

        var missing = gathering.Attendees.Where(a => a.Address is null).Select(a => a.Name).ToList();
        if (missing.Count > 0)
        {
            body.Add(new TextBlock { Text = BookingTexts.NotInDirectory.Format(language, string.Join(", ", missing)), Color = TextColor.Warning, Size = TextSize.Small });
        }

        if (gathering.GroupsWithoutChair.Count > 0)
        {
            body.Add(new TextBlock { Text = BookingTexts.GroupsWithoutChair.Format(language, string.Join(", ", gathering.GroupsWithoutChair)), IsSubtle = true, Size = TextSize.Small });
        }
    }

    private static string RoleText(GatheringAttendee attendee, UiLanguage language) => attendee.Role switch
    {
        AttendeeRole.Booker => BookingTexts.BookerRole[language],
        AttendeeRole.Coordinator => BookingTexts.CoordinatorRole[language],
        _ => BookingTexts.ChairOf.Format(language, attendee.GroupName),
    };

    private static string Names(Gathering gathering, IEnumerable<string> addresses) => string.Join(", ", addresses.Select(gathering.NameOf));

    private static TextBlock Heading(string text, TextColor? color = null) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Color = color };

    private static InputDate DateInput(string id, string label, string? value, DateOnly today, UiLanguage language) =>
        new() { Id = id, Label = label, Value = value, Min = FormChecker.Iso(today), IsRequired = true, ErrorMessage = RecordsText.Required[language] };

    private static void AddNotice(List<CardElement> body, LocalizedText? notice, UiLanguage language, TextColor color = TextColor.Attention)
    {
        if (notice is not null)
        {
            body.Add(new Container
            {
                Style = color == TextColor.Attention ? ContainerStyle.Attention : ContainerStyle.Emphasis,
                Items = [new TextBlock { Text = notice[language], Color = color == TextColor.Default ? null : color, Weight = TextWeight.Bolder }],
            });
        }
    }

    private static void AddErrors(List<CardElement> body, IReadOnlyList<FieldError>? errors, string field, UiLanguage language) =>
        body.AddRange(Errors(errors, field, language));

    private static IEnumerable<CardElement> Errors(IReadOnlyList<FieldError>? errors, string field, UiLanguage language) =>
        (errors ?? []).Where(e => e.Field == field)
            .Select(e => new TextBlock { Text = e.Message[language], Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}

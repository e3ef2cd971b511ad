using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Organisation.Commands;
using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Records.Notices;
using VastbusBot.Features.Records.Validation;
using VastbusBot.Testing;

namespace VastbusBot.Tests.RecordCards;

/// <summary>
/// Records as they come out of the services, at their largest where it matters (the card budget), for the card
/// catalog and card tests.
/// </summary>
internal static class RecordCardSamples
{
    public static readonly DateOnly Today = new(2025, 6, 15);
    public static readonly DateTimeOffset Now = new(2025, 6, 15, 10, 0, 0, TimeSpan.Zero);

    public static readonly LocalGroup Boras = new("boras", "boras", "Borås", "sodra-alvsborg", null, Seeded: true);
    public static readonly LocalGroup District = new("goteborg-vastra-hisingen", "goteborg", "Göteborg", "goteborgsomradet", "Västra Hisingen", Seeded: false);
    public static readonly Area SodraAlvsborg = new("sodra-alvsborg", new LocalizedText("Södra Älvsborg", "Södra Älvsborg"), new LocalizedText("x", "x"), Established: true);

    public static Stamp Stamp(string name = "Anna Lindqvist") => new("6b1c0f3e-0000-4000-8000-000000000101", name, Now);

    /// <summary>Every municipality's group, as the deviation form offers them.</summary>
    public static IReadOnlyList<LocalGroup> AllGroups { get; } = OrganisationSeedLoader.LoadFile(RepoPaths.Combine("bot", "Data", "organisation.yaml")).Groups;

    public static Meeting Meeting(int participants = 3, bool large = false) => new(
        new string('b', 32),
        "t",
        Boras.Id,
        "s1",
        new MeetingContent(
            Today,
            [.. Enumerable.Range(1, participants).Select(i => new Participant($"Deltagare {i} Efternamnsson", "Socialtjänsten i Borås"))],
            large ? new string('ä', MeetingValidator.MaxTopicsLength) : "Rutiner för kallelse inom tre veckor.\nSIP-mallen.",
            large ? new string('b', MeetingValidator.MaxDecisionsLength) : "Skolan kallar nästa gång.",
            [.. Enumerable.Range(1, large ? MeetingValidator.MaxTrainings : 1).Select(i => large ? new string('u', MeetingValidator.MaxTrainingLength) : "SIP-utbildning")],
            large ? new string('d', MeetingValidator.MaxDeviationsDiscussedLength) : "Två avvikelser om uteblivna parter."),
        Stamp(),
        large ? Stamp("Erik Johansson") : null,
        "3");

    public static Deviation Deviation(DeviationStatus status = DeviationStatus.Received, bool large = false, bool reporterView = false)
    {
        var history = new List<StatusChange> { new(null, DeviationStatus.Received, Stamp()) };
        if (status != DeviationStatus.Received)
        {
            history.Add(new StatusChange(DeviationStatus.Received, status, Stamp("Erik Johansson")));
        }

        return new Deviation(
            new string('a', 32),
            "t",
            Boras.Id,
            "s1",
            new DeviationContent(
                Today,
                large ? new string('o', DeviationValidator.MaxOrganisationLength) : "Socialtjänsten i Borås",
                large
                    ? [.. Enumerable.Range(0, DeviationValidator.MaxPartiesConcerned).Select(i => new string('p', DeviationValidator.MaxOrganisationLength))]
                    : ["Barn- och ungdomspsykiatrin (BUP)", "Förskola och skola", "Kommunens fritidsgård"],
                DeviationCategory.CalledPartyAbsent,
                large ? new string('x', DeviationValidator.MaxDescriptionLength) : "En kallad part kom inte till Västbusmötet och meddelade inte förhinder.",
                large ? new string('y', DeviationValidator.MaxProposedActionLength) : "Påminnelse dagen före mötet."),
            status,
            reporterView ? null : large ? new string('z', DeviationValidator.MaxAnalysisLength) : (status == DeviationStatus.Received ? null : "Kallelsen gick till fel adress."),
            Stamp(),
            status == DeviationStatus.Received ? null : Stamp("Erik Johansson"),
            history,
            "2",
            reporterView);
    }

    public static MeetingFormState TypedMeeting(string topics = "Rutiner") => new(
        Boras.Id, "2025-06-10", [new("Anna", "Socialtjänsten"), new("Omar", "BUP")], topics, "Beslut", "SIP-utbildning\nSkolan", "Inga");

    /// <summary>Everything the meeting form lets a user type, at its card limits.</summary>
    public static MeetingFormState LargestTypedMeeting() => new(
        District.Id,
        "2025-06-10",
        [.. Enumerable.Range(0, MeetingCardLimits.MaxRows).Select(_ => new ParticipantForm(new string('n', MeetingCardLimits.NameLength), new string('o', MeetingCardLimits.OrganisationLength)))],
        new string('t', MeetingCardLimits.TopicsLength),
        new string('d', MeetingCardLimits.DecisionsLength),
        new string('u', MeetingCardLimits.TrainingsLength),
        new string('v', MeetingCardLimits.DeviationsDiscussedLength));

    /// <summary>Errors on every field of the meeting form, one an identifier refusal; with <paramref name="everyRow"/> on every participant too.</summary>
    public static FormErrors MeetingErrors(bool everyRow = false)
    {
        var detector = new PersonalIdentifierDetector();
        var finding = detector.Find("personnummer 19121212-1212")[0];
        var rows = everyRow
            ? Enumerable.Range(0, MeetingCardLimits.MaxRows).Select(i => new FieldError(MeetingFormState.OrganisationField(i), ErrorCodes.Identifier, RecordsText.Identifier.With(RecordsText.Describe(finding.Kind), finding.MaskedExcerpt)))
            : [];
        return new FormErrors(
        [
            .. rows,
            new FieldError(RecordFields.Date, ErrorCodes.FutureDate, RecordsText.FutureDate.With("2025-06-15")),
            new FieldError(RecordFields.Item(RecordFields.Participants, 1, RecordFields.ParticipantName), ErrorCodes.Required, RecordsText.Required),
            new FieldError(RecordFields.Participants, ErrorCodes.TooMany, RecordsText.TooMany.With(40)),
            new FieldError(RecordFields.Topics, ErrorCodes.Identifier, RecordsText.Identifier.With(RecordsText.Describe(finding.Kind), finding.MaskedExcerpt)),
            new FieldError(RecordFields.Item(RecordFields.Trainings, 1), ErrorCodes.TooLong, RecordsText.TooLong.With(300, 200)),
            new FieldError(MeetingCards.GroupKey, ErrorCodes.Required, RecordsText.Required),
        ]);
    }

    public static FormErrors DeviationErrors() => new(
    [
        new FieldError(MeetingCards.GroupKey, ErrorCodes.Required, RecordsText.Required),
        new FieldError(RecordFields.Category, ErrorCodes.InvalidChoice, RecordsText.InvalidChoice),
        new FieldError(RecordFields.PartiesConcerned, ErrorCodes.Required, RecordsText.AtLeastOneRow),
        new FieldError(RecordFields.Item(RecordFields.PartiesConcerned, 1), ErrorCodes.Identifier, RecordsText.Identifier.With(RecordsText.Describe(IdentifierKind.EmailAddress), "…a***@b***.se…")),
        new FieldError(RecordFields.Description, ErrorCodes.Identifier, RecordsText.Identifier.With(RecordsText.Describe(IdentifierKind.PhoneNumber), "…070-*** ** **…")),
    ]);

    public static GroupDetails GroupDetails(int members) => new(
        Boras,
        SodraAlvsborg,
        [.. Enumerable.Range(0, members).Select(i => new GroupMember(
            Boras.Id,
            new Person($"{i:D8}-0000-4000-8000-000000000000", $"Medlem {i} Efternamnsson", "Enhetschef för barn och unga", "Socialtjänsten i Borås stad"),
            i == 0 ? GroupRole.Chair : GroupRole.Member,
            Stamp()))]);

    public static DeviationNotice Notice(DeviationNoticeKind kind) => new(
        kind,
        kind == DeviationNoticeKind.StatusChanged ? DeviationService.ForReporter(Deviation(DeviationStatus.Resolved)) : Deviation(kind == DeviationNoticeKind.Escalated ? DeviationStatus.Escalated : DeviationStatus.Received),
        ["r"],
        kind == DeviationNoticeKind.Reported ? null : new StatusChange(DeviationStatus.Received, kind == DeviationNoticeKind.Escalated ? DeviationStatus.Escalated : DeviationStatus.Resolved, Stamp("Erik Johansson")));

    /// <summary>Every record and registry card in every state, for <c>BotCardCatalog</c>.</summary>
    public static IEnumerable<(string Name, VastbusBot.Cards.AdaptiveCard Card)> All(UiLanguage language)
    {
        var groups = new[] { Boras, District };
        var sid = Guid.NewGuid().ToString();
        yield return ("meeting-form-empty", MeetingCards.NewForm(language, groups, MeetingFormState.New(null, Today, "Anna Lindqvist", "Socialtjänsten"), sid, MeetingFormState.InitialRows, Today));
        yield return ("meeting-form-errors", MeetingCards.NewForm(language, groups, TypedMeeting(), sid, 6, Today, MeetingErrors()));
        yield return ("meeting-form-largest", MeetingCards.NewForm(language, groups, LargestTypedMeeting(), sid, MeetingCardLimits.MaxRows, Today, MeetingErrors(everyRow: true), new CardBanner("Klart", BannerKind.Success)));
        yield return ("meeting-edit-largest", MeetingCards.EditForm(language, District, "m1", "3", LargestTypedMeeting(), MeetingCardLimits.MaxRows, Today, MeetingErrors(everyRow: true)));
        yield return ("meeting-edit", MeetingCards.EditForm(language, Boras, "m1", "3", MeetingFormState.From(Meeting()), 4, Today));
        yield return ("meeting-summary", MeetingCards.Summary(language, Boras, Meeting(), new CardBanner(MeetingTexts.Saved[language], BannerKind.Success)));
        yield return ("meeting-summary-largest", MeetingCards.Summary(language, District, Meeting(MeetingValidator.MaxParticipants, large: true)));
        yield return ("meeting-list", MeetingCards.List(language, 2025, 2025, [(Boras, [.. Enumerable.Range(0, 30).Select(_ => Meeting(40, large: true))]), (District, [.. Enumerable.Range(0, 5).Select(_ => Meeting())])], null, canLog: true));
        yield return ("meeting-list-empty", MeetingCards.List(language, 2024, 2025, [(Boras, [])], Boras.Id, canLog: false));
        yield return ("meeting-join", MeetingCards.Join(language, AllGroups, null, null, null));
        yield return ("meeting-join-errors", MeetingCards.Join(language, AllGroups, "boras", "x", null, new FormErrors([new FieldError(RecordFields.Organisation, ErrorCodes.Required, RecordsText.Required)])));

        yield return ("deviation-form-empty", DeviationCards.ReportForm(language, AllGroups, DeviationFormState.New(null, Today), sid, Today));
        yield return ("deviation-form-errors", DeviationCards.ReportForm(
            language, AllGroups, new DeviationFormState("boras", "2025-06-01", "Socialtjänsten", ["bup", "school"], "a@b.se", "nope", "Ring 070-123 45 67", "Åtgärd"), sid, Today, DeviationErrors()));
        yield return ("deviation-reported", DeviationCards.ReporterView(
            language, Boras, Deviation(reporterView: true), new CardBanner(DeviationTexts.Reported[language], BannerKind.Success), new CardBanner(DeviationTexts.ChairUnreachable[language], BannerKind.Warning)));
        yield return ("deviation-reporter-largest", DeviationCards.ReporterView(language, Boras, Deviation(DeviationStatus.Escalated, large: true, reporterView: true)));
        yield return ("deviation-chair", DeviationCards.Handling(language, Boras, Deviation(), [new CardBanner(DeviationTexts.YouHandleIt[language], BannerKind.Info)]));
        yield return ("deviation-chair-resolved", DeviationCards.Handling(language, Boras, Deviation(DeviationStatus.Resolved)));
        yield return ("deviation-chair-largest", DeviationCards.Handling(
            language, Boras, Deviation(DeviationStatus.UnderAnalysis, large: true), [new CardBanner(RecordsText.DeviationConflict[language], BannerKind.Error)],
            new FormErrors([new FieldError(RecordFields.Analysis, ErrorCodes.Required, RecordsText.AnalysisRequired.With(DeviationStatuses.Label(DeviationStatus.Resolved)))]),
            "resolved", new string('a', DeviationValidator.MaxAnalysisLength)));
        foreach (var kind in Enum.GetValues<DeviationNoticeKind>())
        {
            yield return ($"deviation-notice-{kind}", TeamsDeviationNotifier.CardFor(Notice(kind), Boras, language));
        }

        var many = Enumerable.Range(0, 40).Select(_ => (Boras, Deviation(DeviationStatus.UnderAnalysis, large: true))).ToList();
        yield return ("deviation-list", DeviationCards.List(language, new DeviationListView(2025, 2025, DeviationStatus.UnderAnalysis, null, AllGroups, many, many, null)));
        yield return ("deviation-list-empty", DeviationCards.List(language, new DeviationListView(2023, 2025, null, null, [], null, [], DeviationTexts.NotAHandler)));

        var actor = new Actor("t", "6b1c0f3e-0000-4000-8000-000000000101", "Anna Lindqvist");
        yield return ("my-role-new", RegistryCards.MyRole(language, actor, [], [], isAdmin: false));
        yield return ("my-role-all", RegistryCards.MyRole(language, actor, [new UserGroup(Boras, GroupRole.Chair), new UserGroup(District, GroupRole.Member)], [SodraAlvsborg], isAdmin: true));
        yield return ("group", RegistryCards.Group(language, GroupDetails(60), canManage: true, isAdmin: true, new CardBanner("Klart", BannerKind.Success)));
        yield return ("group-empty", RegistryCards.Group(language, GroupDetails(0), canManage: false, isAdmin: false));
        yield return ("member-form", RegistryCards.PersonForm(language, PersonFormKind.Member, AllGroups, null, new PersonForm(null, null), prefilledWithSelf: false));
        yield return ("chair-form-errors", RegistryCards.PersonForm(
            language, PersonFormKind.Chair, AllGroups, "boras", new PersonForm("nope", "Anna"), prefilledWithSelf: true,
            new FormErrors([new FieldError(RecordFields.AadObjectId, ErrorCodes.InvalidId, RecordsText.InvalidUserId), new FieldError(RecordFields.Function, ErrorCodes.Required, RecordsText.Required)])));
        yield return ("coordinator-form", RegistryCards.CoordinatorForm(language, [SodraAlvsborg], null, new PersonForm(actor.AadObjectId, actor.Name), prefilledWithSelf: true));
        yield return ("coordinators", RegistryCards.Coordinators(language, SodraAlvsborg, [new Coordinator("sodra-alvsborg", new Person(actor.AadObjectId, "Anna Lindqvist", null, null), Stamp())], new CardBanner("Klart", BannerKind.Success)));
    }
}

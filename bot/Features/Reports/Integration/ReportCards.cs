using System.Globalization;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reminders;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>The annual report card (correct, submit, export), the summary card and the gathering card.</summary>
public static class ReportCards
{
    public const string SubmitAnnualVerb = "report.annual.submit";
    public const string ExportAnnualVerb = "report.annual.export";
    public const string SubmitSummaryVerb = "report.summary.submit";
    public const string ExportSummaryVerb = "report.summary.export";
    public const string MarkGatheringVerb = "report.gathering.mark";
    public const string NotesInputId = "compositionNotes";
    public const string TrainingsInputId = "trainings";
    public const string AnalysisInputId = "deviationAnalysis";
    public const string ETagKey = "etag";

    /// <param name="view">The report.</param>
    /// <param name="language">The card's language.</param>
    /// <param name="notice">A confirmation or error from the last click.</param>
    /// <param name="downloadUrl">A signed .docx link, shown as a button.</param>
    /// <param name="typed">What the user typed, kept when it was refused.</param>
    public static AdaptiveCard Annual(AnnualReportView view, UiLanguage language, string? notice = null, bool noticeIsError = false, Uri? downloadUrl = null, AnnualReportCorrections? typed = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Report;
        var year = r.Year.ToString(CultureInfo.InvariantCulture);
        var title = ReportCardTexts.AnnualTitle.Format(language, year, r.GroupName);
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
        };
        AddNotice(body, notice, noticeIsError);
        body.Add(new TextBlock { Text = ReportCardTexts.AnnualIntro.Format(language, r.Year + 1), Wrap = true });
        body.Add(new TextBlock
        {
            Text = view.Submitted is { } s ? ReportCardTexts.SubmittedOn.Format(language, s.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : ReportCardTexts.NotSubmitted[language],
            IsSubtle = true,
            Spacing = Spacing.Small,
        });
        body.Add(new FactSet
        {
            Facts =
            [
                new Fact(ReportCardTexts.Members[language], r.Members.Count == 0 ? ReportCardTexts.NoMembers[language] : string.Join(", ", r.Members.Take(30).Select(Member))),
                new Fact(ReportCardTexts.Meetings[language], r.MeetingCount.ToString(CultureInfo.InvariantCulture)),
                new Fact(ReportCardTexts.Deviations[language], r.DeviationCount.ToString(CultureInfo.InvariantCulture) + Categories(r)),
            ],
        });
        body.Add(new InputText { Id = NotesInputId, Label = ReportCardTexts.NotesLabel[language], Value = typed?.CompositionNotes ?? r.CompositionNotes ?? string.Empty, IsMultiline = true, MaxLength = ReportWorkflow.MaxNotes });
        body.Add(new InputText { Id = TrainingsInputId, Label = ReportCardTexts.TrainingsLabel[language], Value = typed?.Trainings ?? string.Join("\n", r.Trainings), IsMultiline = true, MaxLength = ReportWorkflow.MaxTrainings });
        body.Add(new InputText { Id = AnalysisInputId, Label = ReportCardTexts.AnalysisLabel[language], Value = typed?.DeviationAnalysis ?? r.DeviationAnalysis, IsMultiline = true, MaxLength = ReportWorkflow.MaxAnalysis });

        var data = CardData.For(
            language,
            (ReportActions.KindKey, DeadlineKinds.LocalAnnualReportId),
            (ReportActions.YearKey, r.Year),
            (ReportActions.UnitKey, r.GroupId),
            (ETagKey, view.Submitted?.ETag ?? string.Empty));
        var actions = new List<CardAction>
        {
            CardActions.Execute((view.Submitted is null ? ReportCardTexts.Submit : ReportCardTexts.Resubmit)[language], SubmitAnnualVerb, data, ActionStyle.Positive),
            CardActions.Execute(ReportCardTexts.Export[language], ExportAnnualVerb, data),
        };
        AddDownload(actions, downloadUrl, language);
        return new AdaptiveCard { FallbackText = title, MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full }, Body = body, Actions = actions };
    }

    /// <param name="view">The summary.</param>
    /// <param name="language">The card's language.</param>
    /// <param name="chartPng">The chart; shown as a data: URI when the card stays within the budget.</param>
    /// <param name="notice">A confirmation or error from the last click.</param>
    /// <param name="downloadUrl">A signed .docx link.</param>
    public static AdaptiveCard Summary(SummaryView view, UiLanguage language, byte[]? chartPng, string? notice = null, bool noticeIsError = false, Uri? downloadUrl = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var s = view.Summary;
        var year = s.Year.ToString(CultureInfo.InvariantCulture);
        var title = ReportCardTexts.SummaryTitle.Format(language, year, s.AreaName);
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
        };
        AddNotice(body, notice, noticeIsError);
        body.Add(new TextBlock { Text = ReportCardTexts.SummaryIntro.Format(language, s.ReportedCount, s.Groups.Count, s.Year + 1), Wrap = true });
        body.Add(new TextBlock
        {
            Text = view.Submitted is { } sub ? ReportCardTexts.SubmittedOn.Format(language, sub.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : ReportCardTexts.NotSubmitted[language],
            IsSubtle = true,
            Spacing = Spacing.Small,
        });
        body.Add(new TextBlock { Text = ReportCardTexts.Groups[language], Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        body.Add(new FactSet { Facts = [.. s.Groups.Select(g => new Fact(g.GroupName, (g.Reported ? ReportCardTexts.Reported : ReportCardTexts.NotReported)[language]))] });
        body.Add(new TextBlock { Text = ReportCardTexts.PerMunicipality[language], Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        foreach (var m in s.Municipalities)
        {
            body.Add(new TextBlock { Text = ReportCardTexts.MunicipalityLine.Format(language, m.Municipality, m.Meetings, m.Trainings, m.Deviations, m.ReportedGroups, m.Groups), Spacing = Spacing.None, Wrap = true });
        }

        var data = CardData.For(
            language,
            (ReportActions.KindKey, DeadlineKinds.DelregionalSummaryId),
            (ReportActions.YearKey, s.Year),
            (ReportActions.UnitKey, s.AreaId),
            (ETagKey, view.Submitted?.ETag ?? string.Empty));
        var actions = new List<CardAction>
        {
            CardActions.Execute((view.Submitted is null ? ReportCardTexts.Submit : ReportCardTexts.Resubmit)[language], SubmitSummaryVerb, data, ActionStyle.Positive),
            CardActions.Execute(ReportCardTexts.Export[language], ExportSummaryVerb, data),
        };
        AddDownload(actions, downloadUrl, language);
        var card = new AdaptiveCard { FallbackText = title, MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full }, Body = body, Actions = actions };

        if (chartPng is { Length: > 0 })
        {
            var image = new Image { Url = "data:image/png;base64," + Convert.ToBase64String(chartPng), AltText = ReportCardTexts.ChartAlt[language], Spacing = Spacing.Medium };
            body.Add(image);
            if (CardBudget.MeasureBytes(card) > CardBudget.MaxBytes)
            {
                body.Remove(image);
                body.Add(new TextBlock { Text = ReportCardTexts.ChartInDocx[language], IsSubtle = true, Spacing = Spacing.Medium });
            }
        }

        return card;
    }

    /// <summary>The chairs' gathering: one button marks it held or booked.</summary>
    public static AdaptiveCard Gathering(string areaId, string areaName, int year, UiLanguage language, string? notice = null)
    {
        var title = ReportCardTexts.GatheringTitle.Format(language, year, areaName);
        var body = new List<CardElement> { new TextBlock { Text = title, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true } };
        AddNotice(body, notice, false);
        body.Add(new TextBlock { Text = ReportCardTexts.GatheringBody[language], Wrap = true });
        var data = CardData.For(language, (ReportActions.KindKey, DeadlineKinds.ChairsGatheringId), (ReportActions.YearKey, year), (ReportActions.UnitKey, areaId));
        return new AdaptiveCard
        {
            FallbackText = title,
            Body = body,
            Actions = notice is null ? [CardActions.Execute(ReportCardTexts.GatheringMark[language], MarkGatheringVerb, data, ActionStyle.Positive)] : [],
        };
    }

    private static void AddNotice(List<CardElement> body, string? notice, bool isError)
    {
        if (notice is not null)
        {
            body.Add(new TextBlock { Text = notice, Color = isError ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder, Wrap = true });
        }
    }

    private static void AddDownload(List<CardAction> actions, Uri? downloadUrl, UiLanguage language)
    {
        if (downloadUrl is not null)
        {
            actions.Add(new OpenUrlAction { Title = ReportCardTexts.Download[language], Url = downloadUrl.AbsoluteUri });
        }
    }

    private static string Member(ReportMember m) =>
        string.IsNullOrWhiteSpace(m.Function) ? m.Name : $"{m.Name} ({m.Function})";

    private static string Categories(LocalAnnualReport r) =>
        r.DeviationsByCategory.Count == 0 ? string.Empty : " – " + string.Join(", ", r.DeviationsByCategory.Select(c => $"{c.Category}: {c.Count.ToString(CultureInfo.InvariantCulture)}"));
}

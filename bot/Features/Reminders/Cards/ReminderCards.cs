using System.Globalization;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reports;

namespace VastbusBot.Features.Reminders.Cards;

/// <summary>The reminder card sent before a deadline, and the <c>påminnelser</c> / <c>reminders</c> card.</summary>
public static class ReminderCards
{
    public const string ShowVerb = "reminders.show";
    public const string PauseVerb = "reminders.pause";
    public const string ResumeVerb = "reminders.resume";
    public const string SaveOffsetsVerb = "reminders.offsets";
    public const string ResetOffsetsVerb = "reminders.reset";
    public const string OffsetsInputId = "offsets";

    private const int MaxOverviewItems = 8;

    /// <summary>The card for <paramref name="due"/>; the days left are counted in the deadline's time zone.</summary>
    public static AdaptiveCard Reminder(DueReminder due, UiLanguage language, DateTimeOffset now, TimeZoneInfo deadlineZone)
    {
        ArgumentNullException.ThrowIfNull(due);
        var occurrence = due.Occurrence;
        var year = occurrence.ReportYear.ToString(CultureInfo.InvariantCulture);
        var date = DateTexts.Long(occurrence.Date, language);
        var (title, body, contents, open) = occurrence.Kind switch
        {
            DeadlineKind.LocalAnnualReport => (ReminderTexts.AnnualReportTitle, ReminderTexts.AnnualReportBody, ReminderTexts.AnnualReportContents, ReminderTexts.AnnualReportOpen),
            DeadlineKind.DelregionalSummary => (ReminderTexts.SummaryTitle, ReminderTexts.SummaryBody, ReminderTexts.SummaryContents, ReminderTexts.SummaryOpen),
            _ => (ReminderTexts.GatheringTitle, ReminderTexts.GatheringBody, ReminderTexts.GatheringContents, ReminderTexts.GatheringOpen),
        };
        var daysLeft = occurrence.Date.DayNumber - ReminderTimes.LocalDate(now, deadlineZone).DayNumber;
        var role = due.Obligation.Role == ObligationRole.LocalChair ? ReminderTexts.RoleChair : ReminderTexts.RoleCoordinator;
        var titleText = title.Format(language, year, date);

        return new AdaptiveCard
        {
            FallbackText = titleText,
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body =
            [
                new TextBlock { Text = titleText, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
                new TextBlock { Text = body.Format(language, year, date) },
                new FactSet
                {
                    Facts =
                    [
                        new Fact(ReminderTexts.Unit[language], due.Obligation.UnitName),
                        new Fact(ReminderTexts.Deadline[language], date),
                        new Fact(ReminderTexts.TimeLeft[language], DateTexts.DaysLeft(daysLeft, language)),
                    ],
                },
                new TextBlock { Text = contents[language], Spacing = Spacing.Medium },
                new TextBlock
                {
                    Text = ReminderTexts.WhyYou.Format(language, role[language], due.Obligation.UnitName),
                    IsSubtle = true,
                    Size = TextSize.Small,
                    Spacing = Spacing.Medium,
                },
            ],
            Actions =
            [
                CardActions.Execute(
                    open[language],
                    ReportActions.OpenVerb,
                    CardData.For(
                        language,
                        (ReportActions.KindKey, occurrence.Kind.Id()),
                        (ReportActions.YearKey, occurrence.ReportYear),
                        (ReportActions.UnitKey, due.Obligation.UnitId),
                        (ReportActions.DeadlineKey, occurrence.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                    ActionStyle.Positive),
                CardActions.Execute(ReminderTexts.MyReminders[language], ShowVerb, CardData.For(language)),
            ],
        };
    }

    /// <summary>The user's reminders: status, days, what is coming, and buttons to change them.</summary>
    /// <param name="overview">What to show.</param>
    /// <param name="language">The card's language.</param>
    /// <param name="notice">A confirmation or an error from the last click, shown at the top.</param>
    /// <param name="typedOffsets">What the user typed, kept in the field when it was refused.</param>
    public static AdaptiveCard Overview(ReminderOverview overview, UiLanguage language, string? notice = null, bool noticeIsError = false, string? typedOffsets = null)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var body = new List<CardElement>
        {
            new TextBlock { Text = ReminderTexts.OverviewTitle[language], Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock { Text = notice, Color = noticeIsError ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock { Text = (overview.Paused ? ReminderTexts.StatusPaused : ReminderTexts.StatusOn)[language] });
        body.Add(new TextBlock
        {
            Text = (overview.OwnOffsets ? ReminderTexts.OffsetsOwn : ReminderTexts.OffsetsDefault).Format(language, JoinNumbers(overview.OffsetsDays, language)),
            Spacing = Spacing.Small,
        });

        body.Add(new TextBlock { Text = ReminderTexts.Upcoming[language], Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        if (overview.Items.Count == 0)
        {
            body.Add(new TextBlock { Text = ReminderTexts.NothingToReport[language], IsSubtle = true });
        }

        foreach (var item in overview.Items.Take(MaxOverviewItems))
        {
            body.Add(OverviewItem(item, overview.Paused, language));
        }

        body.Add(new InputText
        {
            Id = OffsetsInputId,
            Label = ReminderTexts.OffsetsLabel[language],
            Value = typedOffsets ?? string.Join(", ", overview.OffsetsDays.Select(o => o.ToString(CultureInfo.InvariantCulture))),
            MaxLength = 40,
            Spacing = Spacing.Medium,
        });

        var actions = new List<CardAction>
        {
            CardActions.Execute(ReminderTexts.SaveOffsets[language], SaveOffsetsVerb, CardData.For(language), ActionStyle.Positive),
        };
        if (overview.OwnOffsets)
        {
            actions.Add(CardActions.Execute(ReminderTexts.ResetOffsets[language], ResetOffsetsVerb, CardData.For(language)));
        }

        actions.Add(overview.Paused
            ? CardActions.Execute(ReminderTexts.Resume[language], ResumeVerb, CardData.For(language))
            : CardActions.Execute(ReminderTexts.Pause[language], PauseVerb, CardData.For(language)));

        return new AdaptiveCard
        {
            FallbackText = ReminderTexts.OverviewTitle[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions = actions,
        };
    }

    private static Container OverviewItem(ReminderOverviewItem item, bool paused, UiLanguage language)
    {
        var occurrence = item.Occurrence;
        var year = occurrence.ReportYear.ToString(CultureInfo.InvariantCulture);
        var heading = occurrence.Kind switch
        {
            DeadlineKind.LocalAnnualReport => ReminderTexts.ItemAnnualReport,
            DeadlineKind.DelregionalSummary => ReminderTexts.ItemSummary,
            _ => ReminderTexts.ItemGathering,
        };
        string status;
        if (item.Obligation.Submitted)
        {
            status = ReminderTexts.ItemSubmitted[language];
        }
        else if (item.ReminderDates.Count == 0 || paused)
        {
            status = paused ? ReminderTexts.StatusPaused[language] : ReminderTexts.ItemNoMoreReminders[language];
        }
        else
        {
            status = ReminderTexts.ItemNextReminders.Format(language, JoinList(item.ReminderDates.Select(d => DateTexts.DayMonth(d, language)).ToList(), language));
        }

        return new Container
        {
            Spacing = Spacing.Small,
            Items =
            [
                new TextBlock
                {
                    Text = heading.Format(language, occurrence.Kind == DeadlineKind.ChairsGathering ? occurrence.Date.Year.ToString(CultureInfo.InvariantCulture) : year, item.Obligation.UnitName),
                    Weight = TextWeight.Bolder,
                },
                new TextBlock { Text = ReminderTexts.ItemDue.Format(language, DateTexts.Long(occurrence.Date, language)) + " " + status, Spacing = Spacing.None },
            ],
        };
    }

    private static string JoinNumbers(IReadOnlyList<int> numbers, UiLanguage language) =>
        JoinList([.. numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))], language);

    /// <summary>"30, 14 och 3" / "30, 14 and 3".</summary>
    private static string JoinList(IReadOnlyList<string> items, UiLanguage language) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + ReminderTexts.And[language] + " " + items[^1],
    };
}

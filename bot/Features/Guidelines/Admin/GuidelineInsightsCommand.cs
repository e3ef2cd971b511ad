using System.Globalization;
using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Administration;
using VastbusBot.Features.Guidelines.Insights;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Features.Guidelines.Admin;

/// <summary>
/// <c>obesvarade frågor [dagar]</c> / <c>unanswered questions [days]</c>: the most frequent unanswered questions and
/// the answers rated unhelpful in the tenant, so the knowledge base's owners know what to write next.
/// </summary>
public sealed class GuidelineInsightsCommand(
    IGuidelineInsightsStore insights, IGuidelineKnowledge knowledge, IAdminPolicy admins, TimeProvider time) : ITextCommand
{
    public const int DefaultDays = 90;
    private const int MaxDays = 3650;
    private const int Top = 10;

    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["obesvarade frågor", "frågestatistik"],
        [UiLanguage.English] = ["unanswered questions", "question statistics"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!await admins.IsAdminAsync(turn.TenantId, turn.UserAadObjectId, cancellationToken))
        {
            await turn.SendTextAsync(turn.Text(AdminTexts.NotAdmin), cancellationToken);
            return;
        }

        var days = int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and <= MaxDays ? d : DefaultDays;
        var since = time.GetUtcNow().AddDays(-days);
        var unanswered = await insights.TopUnansweredAsync(turn.TenantId, since, Top, cancellationToken);
        var unhelpful = await insights.TopUnhelpfulAsync(turn.TenantId, since, Top, cancellationToken);
        await turn.SendCardAsync(InsightsCard.Build(turn.Language, days, unanswered, unhelpful, knowledge.Current), cancellationToken);
    }
}

/// <summary>The card of <see cref="GuidelineInsightsCommand"/>.</summary>
public static class InsightsCard
{
    private static readonly LocalizedText Title = new("Kunskapsbanken – senaste {0} dagarna", "The knowledge base – last {0} days");
    private static readonly LocalizedText UnansweredHeading = new("Vanligaste obesvarade frågorna", "Most frequent unanswered questions");
    private static readonly LocalizedText UnhelpfulHeading = new("Svar som fått \"inte till hjälp\"", "Answers rated not helpful");
    private static readonly LocalizedText NoneUnanswered = new("Inga obesvarade frågor.", "No unanswered questions.");
    private static readonly LocalizedText NoneUnhelpful = new("Inga svar har fått \"inte till hjälp\".", "No answer has been rated not helpful.");
    private static readonly LocalizedText Ratings = new("{0} nej, {1} ja", "{0} no, {1} yes");
    private const int MaxQuestionLength = 140;

    private static readonly LocalizedText AskedAs = new("Frågat som: {0}", "Asked as: {0}");

    public static AdaptiveCard Build(
        UiLanguage language,
        int days,
        IReadOnlyList<UnansweredSummary> unanswered,
        IReadOnlyList<UnhelpfulSummary> unhelpful,
        Knowledge.KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(unanswered);
        ArgumentNullException.ThrowIfNull(unhelpful);
        ArgumentNullException.ThrowIfNull(knowledge);
        var body = new List<CardElement>
        {
            new TextBlock { Text = Title.Format(language, days), Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock { Text = UnansweredHeading[language], Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
        };
        body.Add(unanswered.Count == 0
            ? new TextBlock { Text = NoneUnanswered[language], IsSubtle = true }
            : new FactSet { Facts = [.. unanswered.Select(u => new Fact(u.Count.ToString(CultureInfo.InvariantCulture) + "×", Cut(u.Question)))] });

        body.Add(new TextBlock { Text = UnhelpfulHeading[language], Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        if (unhelpful.Count == 0)
        {
            body.Add(new TextBlock { Text = NoneUnhelpful[language], IsSubtle = true });
        }

        foreach (var u in unhelpful)
        {
            var title = knowledge.Find(u.EntryId)?.Title[language] ?? u.EntryId;
            body.Add(new TextBlock { Text = $"{title} ({Ratings.Format(language, u.Unhelpful, u.Helpful)})", Spacing = Spacing.Small });
            body.AddRange(u.SampleQuestions.Select(q => (CardElement)new TextBlock { Text = AskedAs.Format(language, Cut(q)), IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None }));
        }

        return new AdaptiveCard
        {
            FallbackText = Title.Format(language, days),
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
        };
    }

    // Keeps ten rows of each list well inside the card size budget.
    private static string Cut(string text) => text.Length <= MaxQuestionLength ? text : text[..(MaxQuestionLength - 1)] + "…";
}

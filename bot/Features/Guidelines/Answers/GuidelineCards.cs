using VastbusBot.Cards;
using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;

namespace VastbusBot.Features.Guidelines.Answers;

/// <summary>The answer card (with its "Menade du …?" alternatives), and what its buttons carry.</summary>
public static class GuidelineCards
{
    public const string ShowVerb = "guideline.show";
    public const string FeedbackVerb = "guideline.feedback";
    public const string NoneOfTheseVerb = "guideline.none";

    public const string EntryKey = "entry";
    public const string QuestionKey = "q";
    public const string HelpfulKey = "helpful";
    public const string BackKey = "back";

    /// <summary>Questions travel on the buttons (so feedback knows what was asked); long ones are cut.</summary>
    public const int MaxQuestionOnCard = 300;

    private const int MaxSources = 3;
    private const int MaxRelated = 3;
    private const string DetailsId = "details";

    /// <summary>The id of the "Menade du …?" section of an answer card that has close alternatives.</summary>
    public const string AlternativesId = "alternatives";

    /// <summary>The state of the card's feedback row.</summary>
    public enum Feedback
    {
        NotGiven,
        Helpful,
        Unhelpful,
    }

    /// <param name="entry">The entry to show.</param>
    /// <param name="knowledge">The knowledge base (for the related entries' titles).</param>
    /// <param name="language">The card's language.</param>
    /// <param name="question">What the user asked, carried on the buttons for feedback.</param>
    /// <param name="feedback">Whether the user has rated this answer.</param>
    /// <param name="backTo">The entry the user came from through a related question, if any.</param>
    /// <param name="alternatives">
    /// Entries that fit the question almost as well: offered right under the answer as "Menade du …?", so the user
    /// reads the likeliest answer at once and is one tap from the others.
    /// </param>
    public static AdaptiveCard Answer(
        KnowledgeEntry entry,
        KnowledgeBase knowledge,
        UiLanguage language,
        string question,
        Feedback feedback = Feedback.NotGiven,
        KnowledgeEntry? backTo = null,
        IReadOnlyList<KnowledgeEntry>? alternatives = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(knowledge);
        question = Shorten(question);
        var body = new List<CardElement>
        {
            new TextBlock { Text = entry.Title[language], Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock { Text = entry.Answer[language] },
        };

        if (entry.Applies == Applicability.Historical)
        {
            body.Add(new TextBlock { Text = GuidelineTexts.HistoricalNote[language], IsSubtle = true, Size = TextSize.Small });
        }

        if (alternatives is { Count: > 0 })
        {
            body.Add(Alternatives(alternatives, language, question));
        }

        if (entry.Responsible.Count > 0)
        {
            body.Add(Heading(GuidelineTexts.Responsible[language]));
            body.Add(new FactSet { Facts = [.. entry.Responsible.Select(r => new Fact(r.Party.Name[language], r.Role[language]))] });
        }

        if (entry.LegalBasis.Count > 0)
        {
            body.Add(Heading(GuidelineTexts.LegalBasis[language]));
            body.Add(new FactSet { Facts = [.. entry.LegalBasis.Select(l => new Fact(l.Reference, l.Note?[language] ?? string.Empty))] });
        }

        body.Add(Heading(GuidelineTexts.Document[language]));
        body.Add(new TextBlock { Text = entry.Document[language], Spacing = Spacing.None });

        if (entry.Details is { } details)
        {
            body.Add(new Container
            {
                Id = DetailsId,
                IsVisible = false,
                Items = [Heading(GuidelineTexts.Details[language]), new TextBlock { Text = details[language], Spacing = Spacing.None }],
            });
        }

        body.Add(Heading(GuidelineTexts.Sources[language]));
        // One line per document, with every section cited from it: the same page twice reads like a mistake.
        body.AddRange(entry.Sources.GroupBy(s => s.Source.Id, StringComparer.Ordinal).Take(MaxSources)
            .Select(g => (CardElement)new TextBlock { Text = SourceLine(g.First().Source, [.. g.Select(c => c.Section)]), Size = TextSize.Small, Spacing = Spacing.None }));
        body.Add(new TextBlock { Text = GuidelineTexts.NotAnIndividualCase[language], IsSubtle = true, Size = TextSize.Small });

        // An entry already offered as an alternative or as the way back is not offered again as a related question.
        var offered = (alternatives ?? []).Select(a => a.Id).Append(backTo?.Id).ToHashSet(StringComparer.Ordinal);
        var related = entry.Related.Select(knowledge.Find).OfType<KnowledgeEntry>().Where(r => !offered.Contains(r.Id)).Take(MaxRelated).ToList();
        if (related.Count > 0 || backTo is not null)
        {
            body.Add(Heading(GuidelineTexts.Related[language]));
            var links = related.Select(r => (CardAction)CardActions.Execute(
                r.Title[language], ShowVerb, CardData.For(language, (EntryKey, r.Id), (QuestionKey, question), (BackKey, entry.Id))));
            if (backTo is not null)
            {
                links = links.Prepend(CardActions.Execute(
                    "← " + backTo.Title[language], ShowVerb, CardData.For(language, (EntryKey, backTo.Id), (QuestionKey, question))));
            }

            body.Add(new ActionSet { Spacing = Spacing.None, Actions = [.. links] });
        }

        body.Add(FeedbackRow(entry, language, question, feedback));

        var actions = new List<CardAction>();
        if (entry.Details is not null)
        {
            actions.Add(new ToggleVisibilityAction { Title = GuidelineTexts.ShowDetails[language], TargetElements = [DetailsId] });
        }

        if (entry.Sources.Select(s => s.Source.Url).FirstOrDefault(u => u is not null) is { } url)
        {
            actions.Add(new OpenUrlAction { Title = GuidelineTexts.OpenSource[language], Url = url.AbsoluteUri });
        }

        return new AdaptiveCard
        {
            FallbackText = entry.Answer[language],
            MsTeams = new TeamsCardProperties { Width = TeamsCardWidth.Full },
            Body = body,
            Actions = actions.Count > 0 ? actions : null,
        };
    }

    private static Container Alternatives(IReadOnlyList<KnowledgeEntry> alternatives, UiLanguage language, string question) => new()
    {
        Id = AlternativesId,
        Style = ContainerStyle.Emphasis,
        Items =
        [
            new TextBlock { Text = GuidelineTexts.DidYouMean[language], Weight = TextWeight.Bolder },
            new TextBlock { Text = GuidelineTexts.AlternativesIntro[language], Size = TextSize.Small, Spacing = Spacing.None },
            new ActionSet
            {
                Actions =
                [
                    .. alternatives.Select(a => (CardAction)CardActions.Execute(
                        a.Title[language], ShowVerb, CardData.For(language, (EntryKey, a.Id), (QuestionKey, question)))),
                    CardActions.Execute(GuidelineTexts.NoneOfThese[language], NoneOfTheseVerb, CardData.For(language, (QuestionKey, question))),
                ],
            },
        ],
    };

    /// <summary>What a "did you mean" card turns into when the user says none of the suggestions fits.</summary>
    public static AdaptiveCard NoneChosen(UiLanguage language, string question) => new()
    {
        FallbackText = GuidelineTexts.NotFound[language],
        Body =
        [
            new TextBlock { Text = Shorten(question), Weight = TextWeight.Bolder },
            new TextBlock { Text = GuidelineTexts.NoneChosen[language], IsSubtle = true, Spacing = Spacing.None },
        ],
    };

    /// <summary>The reply when the guidelines do not cover the question: it says so first, then where to turn.</summary>
    public static string NotFoundText(UiLanguage language) =>
        string.Join(' ', GuidelineTexts.NotFound[language], GuidelineTexts.NotFoundExplanation[language], GuidelineTexts.WhereToTurn[language]);

    /// <summary>"Not covered" for a known outside topic: the same first sentence, then where to turn for that topic.</summary>
    public static string OutsideText(OutsideTopic topic, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return string.Join(' ', GuidelineTexts.NotFound[language], GuidelineTexts.OutsideExplanation[language], topic.Referral[language]);
    }

    internal static string Shorten(string question)
    {
        var trimmed = question.Trim();
        return trimmed.Length <= MaxQuestionOnCard ? trimmed : trimmed[..MaxQuestionOnCard];
    }

    private static Container FeedbackRow(KnowledgeEntry entry, UiLanguage language, string question, Feedback feedback)
    {
        if (feedback != Feedback.NotGiven)
        {
            var thanks = feedback == Feedback.Helpful ? GuidelineTexts.ThanksHelpful : GuidelineTexts.ThanksUnhelpful;
            return new Container { Separator = true, Spacing = Spacing.Medium, Items = [new TextBlock { Text = thanks[language], IsSubtle = true }] };
        }

        IReadOnlyDictionary<string, object?> Data(bool helpful) =>
            CardData.For(language, (EntryKey, entry.Id), (QuestionKey, question), (HelpfulKey, helpful ? "yes" : "no"));
        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                new TextBlock { Text = GuidelineTexts.WasThisHelpful[language], Weight = TextWeight.Bolder },
                new ActionSet
                {
                    Spacing = Spacing.None,
                    Actions =
                    [
                        CardActions.Execute(GuidelineTexts.Yes[language], FeedbackVerb, Data(helpful: true)),
                        CardActions.Execute(GuidelineTexts.No[language], FeedbackVerb, Data(helpful: false)),
                    ],
                },
            ],
        };
    }

    private static TextBlock Heading(string text) => new() { Text = text, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    private static string SourceLine(Source source, IReadOnlyList<string?> sections)
    {
        var title = source.Url is { } url ? $"[{source.Title}]({url.AbsoluteUri})" : source.Title;
        var cited = string.Join("; ", sections.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal));
        return cited.Length == 0 ? "• " + title : $"• {title} – {cited}";
    }
}

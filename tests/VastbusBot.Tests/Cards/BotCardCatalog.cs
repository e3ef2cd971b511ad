using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Admin;
using VastbusBot.Features.Guidelines.Answers;
using VastbusBot.Features.Guidelines.Insights;
using VastbusBot.Features.Help;
using VastbusBot.Tests.GuidelineAnswers;
using VastbusBot.Tests.RecordCards;

namespace VastbusBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in both languages. A feature that adds a card adds it here, so the npm
/// adaptivecards parser and the size budget see it.
/// </summary>
internal static class BotCardCatalog
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<UiLanguage>())
        {
            var tag = language == UiLanguage.English ? "en" : "sv";
            yield return ($"welcome-{tag}", HelpCards.Welcome(language, "Megan Bowen"));
            yield return ($"welcome-anonymous-{tag}", HelpCards.Welcome(language, null));
            yield return ($"help-{tag}", HelpCards.Help(language));
            foreach (var topic in HelpCatalog.All)
            {
                yield return ($"help-topic-{topic.Id}-{tag}", HelpCards.Topic(language, topic));
            }

            // Every knowledge base entry as an answer card, in every state of its feedback row.
            var kb = TestKnowledge.Base;
            var longQuestion = new string('x', 1000);
            foreach (var entry in kb.Entries)
            {
                yield return ($"answer-{entry.Id}-{tag}", GuidelineCards.Answer(entry, kb, language, longQuestion));
            }

            var rich = TestKnowledge.Rich;
            var back = kb.Find(rich.Related[0])!;
            yield return ($"answer-back-{tag}", GuidelineCards.Answer(back, kb, language, "q", backTo: rich));
            yield return ($"answer-helpful-{tag}", GuidelineCards.Answer(rich, kb, language, "q", GuidelineCards.Feedback.Helpful));
            yield return ($"answer-unhelpful-{tag}", GuidelineCards.Answer(rich, kb, language, "q", GuidelineCards.Feedback.Unhelpful));
            yield return ($"did-you-mean-{tag}", GuidelineCards.DidYouMean([.. kb.Entries.Take(3)], language, longQuestion));
            yield return ($"none-chosen-{tag}", GuidelineCards.NoneChosen(language, "q"));
            yield return ($"insights-empty-{tag}", InsightsCard.Build(language, 90, [], [], kb));
            yield return ($"insights-{tag}", InsightsCard.Build(
                language,
                30,
                [.. Enumerable.Range(1, 10).Select(i => new UnansweredSummary(new string('q', 300), 11 - i, DateTimeOffset.UnixEpoch))],
                [.. kb.Entries.Take(10).Select(e => new UnhelpfulSummary(e.Id, 5, 1, [new string('q', 300), new string('r', 300), new string('s', 300)]))],
                kb));
            foreach (var report in Reports.ReportCardSamples.All(language, tag))
            {
                yield return report;
            }

            // Meetings, deviations and the registry: every form empty and with errors, summaries, lists, notices.
            foreach (var (name, card) in RecordCardSamples.All(language))
            {
                yield return ($"{name}-{tag}", card);
            }
        }
    }
}

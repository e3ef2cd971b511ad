using VastbusBot.Cards;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Booking;
using VastbusBot.Features.Records;
using VastbusBot.Features.Guidelines.Admin;
using VastbusBot.Features.Guidelines.Answers;
using VastbusBot.Features.Guidelines.Insights;
using VastbusBot.Features.Help;
using VastbusBot.Tests.Booking;
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
            yield return ($"answer-alternatives-{tag}", GuidelineCards.Answer(rich, kb, language, longQuestion, alternatives: [.. kb.Entries.Where(e => e.Id != rich.Id).Take(2)]));
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

            // The chairs' gathering booking: every card in every state, at its largest.
            var zone = BookingSamples.Stockholm;
            var area = BookingSamples.Area;
            var notice = BookingTexts.GraphNotConfigured;
            yield return ($"booking-form-{tag}", BookingCards.Form(language, BookingSamples.Form(language)));
            yield return ($"booking-form-errors-{tag}", BookingCards.Form(language, BookingSamples.TypedForm(), BookingSamples.EveryFieldWrong(), notice));
            yield return ($"booking-proposals-{tag}", BookingCards.Proposals(language, BookingSamples.Draft(), area, zone, BookingTexts.AlreadyBookedThisYear.With(area.Name, "x")));
            yield return ($"booking-proposals-all-free-{tag}", BookingCards.Proposals(language, BookingSamples.Draft(chairs: 0), area, zone));
            yield return ($"booking-confirmation-{tag}", BookingCards.Confirmation(language, BookingSamples.Booked(), area, zone, BookingTexts.AlreadyBooked));
            yield return ($"booking-confirmation-onsite-{tag}", BookingCards.Confirmation(language, BookingSamples.Booked(online: false), area, zone));
            yield return ($"booking-move-{tag}", BookingCards.Move(language, BookingSamples.BookedWithMoveOptions(), zone, BookingSamples.Today, notice));
            yield return ($"booking-move-errors-{tag}", BookingCards.Move(
                language, BookingSamples.Booked(), zone, BookingSamples.Today, BookingTexts.NoOptions, BookingSamples.EveryFieldWrong(), ("2026-13-45", "x")));
            yield return ($"booking-cancel-question-{tag}", BookingCards.ConfirmCancel(language, BookingSamples.Booked(), zone));
            yield return ($"booking-cancelled-{tag}", BookingCards.Cancelled(language, BookingSamples.Cancelled(), zone, BookingTexts.EventGone));
        }
    }
}

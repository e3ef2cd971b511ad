using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VastbusBot.Conversation.Localization;
using VastbusBot.EndToEnd.Tests.Support;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Organisation.Commands;
using VastbusBot.Features.Records.Cards;
using VastbusBot.Features.Records.Deviations;
using static Microsoft.Playwright.Assertions;

namespace VastbusBot.EndToEnd.Tests;

/// <summary>
/// Issue 4 as a new user tries it in the Agents Playground: Anna Lindqvist (the playground's user, a bootstrap admin in
/// Development) gets into a group, logs a meeting through its card and sees it listed; reports a deviation, gets the
/// chair's card (she is the chair) and resolves it; and sees a form with a personnummer refused with nothing stored.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RecordsTests(EndToEndStack stack)
{
    // The playground's mock tenant (.m365agentsplayground.yml).
    private static readonly Actor Anna = new("6b1c0f3e-2a4d-4c8e-9f10-5a7b3c2d1e01", "6b1c0f3e-0000-4000-8000-000000000101", "Anna Lindqvist");

    // A valid personnummer (Skatteverket's test number 19121212-1212: date 1912-12-12, Luhn check digit 2).
    private const string Personnummer = "19121212-1212";

    private IOrganisationRegistry Registry => stack.Bot.Services.GetRequiredService<IOrganisationRegistry>();

    private IDeviationService Deviations => stack.Bot.Services.GetRequiredService<IDeviationService>();

    [Fact]
    public Task NewAdmin_JoinsAGroupAsChair_LogsAMeeting_AndSeesItListed() =>
        stack.RunChatAsync(nameof(NewAdmin_JoinsAGroupAsChair_LogsAMeeting_AndSeesItListed), async chat =>
        {
            const UiLanguage sv = UiLanguage.Swedish;
            await LeaveAllGroupsAsync();
            var today = Today();

            // In no group yet: "logga möte" says so and, as she is an admin, offers to join a group.
            await chat.SendAsync("logga möte");
            var join = chat.MessagesWith(MeetingTexts.NoGroupTitle[sv]);
            await Expect(join).ToHaveCountAsync(1);
            await chat.ChooseAsync(join, FormTexts.Group[sv], "Borås");
            await ChatSession.TextInput(join, MeetingTexts.YourFunction[sv]).FillAsync("Enhetschef");
            await ChatSession.TextInput(join, MeetingTexts.YourOrganisation[sv]).FillAsync("Socialtjänsten");
            await ChatSession.Button(join, MeetingTexts.MakeMeChair[sv]).ClickAsync();

            // The join card turns into the meeting form, with her on the first participant row.
            var form = chat.MessagesWith(MeetingTexts.FormTitle[sv]);
            await Expect(form).ToHaveCountAsync(1);
            await Expect(form).ToContainTextAsync("Klart – du är ordförande i Västbusgruppen i Borås");
            var names = ChatSession.TextInput(form, MeetingTexts.ParticipantName[sv]);
            var organisations = ChatSession.TextInput(form, MeetingTexts.ParticipantOrganisation[sv]);
            await Expect(names.First).ToHaveValueAsync("Anna Lindqvist");
            await Expect(organisations.First).ToHaveValueAsync("Socialtjänsten");
            await names.Nth(1).FillAsync("Omar Said");
            await organisations.Nth(1).FillAsync("BUP Borås");
            await ChatSession.TextInput(form, MeetingTexts.Topics[sv]).FillAsync("Rutiner för kallelse inom tre veckor.");
            await ChatSession.TextInput(form, MeetingTexts.Decisions[sv]).FillAsync("Skolan kallar till nästa möte.");
            await ChatSession.TextInput(form, MeetingTexts.Trainings[sv]).FillAsync("SIP-utbildning");
            var messages = await chat.Messages.CountAsync();
            await ChatSession.Button(form, MeetingTexts.SaveMeeting[sv]).ClickAsync();

            // Saved: the same card is now the read-only summary, with an Edit button.
            var summary = chat.MessagesWith(MeetingTexts.SummaryTitle.Format(sv, today));
            await Expect(summary).ToHaveCountAsync(1);
            await Expect(summary).ToContainTextAsync(MeetingTexts.Saved[sv]);
            await Expect(summary).ToContainTextAsync("Omar Said, BUP Borås");
            await Expect(summary).ToContainTextAsync("SIP-utbildning");
            await Expect(ChatSession.Button(summary, MeetingTexts.Edit[sv])).ToBeVisibleAsync();
            await Expect(chat.MessagesWith(MeetingTexts.FormTitle[sv])).ToHaveCountAsync(0);
            await Expect(chat.Messages).ToHaveCountAsync(messages);

            // Listed under this year.
            await chat.SendAsync("visa möten");
            var list = chat.MessagesWith("Västbusgruppen i Borås – 1 möte");
            await Expect(list).ToHaveCountAsync(1);
            await Expect(list).ToContainTextAsync(MeetingTexts.ListTitle.Format(sv, today[..4]));
            await Expect(list).ToContainTextAsync(today + "  Rutiner för kallelse inom tre veckor.");
        });

    [Fact]
    public Task Chair_ReportsADeviation_GetsTheChairCard_AndResolvesIt() =>
        stack.RunChatAsync(nameof(Chair_ReportsADeviation_GetsTheChairCard_AndResolvesIt), async chat =>
        {
            const UiLanguage en = UiLanguage.English;
            var today = Today();

            // An admin makes herself chair of the group in Mark with "assign chair" (the card is filled in with her).
            await chat.SendAsync("assign chair");
            var assign = chat.MessagesWith(RegistryTexts.PrefilledWithYou[en]);
            await Expect(assign).ToHaveCountAsync(1);
            await chat.ChooseAsync(assign, FormTexts.Group[en], "Mark");
            await ChatSession.TextInput(assign, RegistryTexts.Function[en]).FillAsync("Unit manager");
            await ChatSession.TextInput(assign, RegistryTexts.Organisation[en]).FillAsync("Social services");
            await ChatSession.Button(assign, FormTexts.Save[en]).ClickAsync();
            var group = chat.MessagesWith("Anna Lindqvist is now the chair of the Västbus group in Mark.");
            await Expect(group).ToHaveCountAsync(1);

            // She reports a deviation to her own group.
            await chat.SendAsync("report deviation");
            var form = chat.MessagesWith(DeviationTexts.FormIntro[en]);
            await Expect(form).ToHaveCountAsync(1);
            await chat.ChooseAsync(form, DeviationTexts.GroupConcerned[en], "Mark");
            await Expect(form.GetByRole(AriaRole.Combobox, new() { Name = DeviationTexts.DateOfEvent[en] })).ToHaveValueAsync(new Regex(".+"));
            await ChatSession.TextInput(form, DeviationTexts.ReportingOrganisation[en]).FillAsync("School health services in Mark");
            await chat.ChooseAsync(form, DeviationTexts.PartiesConcerned[en], "Child and adolescent psychiatry (BUP)", "Social services");
            await chat.ChooseAsync(form, DeviationTexts.Category[en], DeviationCategories.Label(DeviationCategory.CalledPartyAbsent)[en]);
            await ChatSession.TextInput(form, DeviationTexts.Description[en]).FillAsync("A party that was called did not come and did not send word.");
            await ChatSession.Button(form, DeviationTexts.Send[en]).ClickAsync();

            // Stored, and as the chair she gets the chair's card right away: status, analysis, history.
            var chairCard = chat.MessagesWith(DeviationTexts.YouHandleIt[en]);
            await Expect(chairCard).ToHaveCountAsync(1);
            await Expect(chairCard).ToContainTextAsync(DeviationTexts.Reported[en]);
            await Expect(chairCard).ToContainTextAsync("Child and adolescent psychiatry (BUP), Social services");
            await Expect(chairCard).ToContainTextAsync(DeviationStatuses.Label(DeviationStatus.Received)[en]);

            // She analyses it and resolves it.
            await ChatSession.ChooseRadioAsync(chairCard, DeviationStatuses.Label(DeviationStatus.Resolved)[en]);
            await ChatSession.TextInput(chairCard, DeviationTexts.Analysis[en]).FillAsync("The invitation went to an old address; the register is corrected.");
            await ChatSession.Button(chairCard, DeviationTexts.SaveHandling[en]).ClickAsync();
            var resolved = chat.MessagesWith(DeviationTexts.HandlingSaved.Format(en, DeviationStatuses.Label(DeviationStatus.Resolved)[en]));
            await Expect(resolved).ToHaveCountAsync(1);
            await Expect(resolved).ToContainTextAsync("Received → Resolved");

            // The list shows it resolved, among those she handles and those she reported.
            await chat.SendAsync("show deviations");
            var list = chat.MessagesWith(DeviationTexts.ToHandle[en]);
            await Expect(list).ToHaveCountAsync(1);
            await Expect(list).ToContainTextAsync(DeviationTexts.ListTitle.Format(en, today[..4]));
            await Expect(list.GetByText(new Regex("Mark · A party that was called did not come to the meeting"))).ToHaveCountAsync(2);
        });

    [Fact]
    public Task DeviationForm_WithAPersonnummer_IsRefusedOnTheSameCard_AndNothingIsStored() =>
        stack.RunChatAsync(nameof(DeviationForm_WithAPersonnummer_IsRefusedOnTheSameCard_AndNothingIsStored), async chat =>
        {
            const UiLanguage sv = UiLanguage.Swedish;
            var before = (await Deviations.ListMineAsync(Anna, 50, CancellationToken.None)).Count;

            await chat.SendAsync("rapportera avvikelse");
            var form = chat.MessagesWith(DeviationTexts.FormIntro[sv]);
            await Expect(form).ToHaveCountAsync(1);
            await chat.ChooseAsync(form, DeviationTexts.GroupConcerned[sv], "Borås");
            await ChatSession.TextInput(form, DeviationTexts.ReportingOrganisation[sv]).FillAsync("Elevhälsan i Borås");
            await chat.ChooseAsync(form, DeviationTexts.PartiesConcerned[sv], "Socialtjänsten");
            await chat.ChooseAsync(form, DeviationTexts.Category[sv], DeviationCategories.Label(DeviationCategory.InformationSharing)[sv]);
            var description = $"Pojken med personnummer {Personnummer} fick ingen plan.";
            await ChatSession.TextInput(form, DeviationTexts.Description[sv]).FillAsync(description);
            var messages = await chat.Messages.CountAsync();
            await ChatSession.Button(form, DeviationTexts.Send[sv]).ClickAsync();

            // The same card comes back: why nothing was saved, the error at the field, and what she typed.
            var refused = chat.MessagesWith(FormTexts.NothingSavedIdentifier[sv]);
            await Expect(refused).ToHaveCountAsync(1);
            await Expect(refused).ToContainTextAsync("Här står något som ser ut som ett personnummer");
            await Expect(refused).ToContainTextAsync(DeviationTexts.Description[sv]);
            await Expect(ChatSession.TextInput(refused, DeviationTexts.ReportingOrganisation[sv])).ToHaveValueAsync("Elevhälsan i Borås");
            await Expect(ChatSession.TextInput(refused, DeviationTexts.Description[sv])).ToHaveValueAsync(description);
            await Expect(chat.Messages).ToHaveCountAsync(messages);
            Assert.Equal(before, (await Deviations.ListMineAsync(Anna, 50, CancellationToken.None)).Count);
        });

    /// <summary>Anna as a brand-new user: in no group (other tests in this stack may have put her in some).</summary>
    private async Task LeaveAllGroupsAsync()
    {
        foreach (var group in await Registry.GetGroupsForUserAsync(Anna, CancellationToken.None))
        {
            await Registry.RemoveMemberAsync(Anna, group.Group.Id, Anna.AadObjectId, CancellationToken.None);
        }
    }

    /// <summary>Today in Sweden, as the bot dates records.</summary>
    private static string Today() =>
        RecordDisplay.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime));
}
